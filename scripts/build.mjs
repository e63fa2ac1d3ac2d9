// Bundles the CLI (dist/cli.js), the action (dist/index.js) and the library (dist/lib/) with esbuild; all committed.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, existsSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * What a bundle holds where src/version.ts's BUILD_ID is: after the build, each bundle file's placeholder
 * becomes the first 24 hex digits of the SHA-256 of the file's text (with the placeholder), so the caches a
 * build writes (src/compile-cache.ts's dataCacheSetting) are never taken by another build of one version.
 */
const BUILD_ID_PLACEHOLDER = 'graphguard-build-id-000000';
/** Non-ASCII characters as `\uXXXX` (comments esbuild keeps are not escaped by its ASCII charset). */
const toAscii = (text) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const stampBuildId = (file) => {
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'latin1');
  if (!text.includes(BUILD_ID_PLACEHOLDER)) return;
  const id = createHash('sha256').update(text, 'latin1').digest('hex').slice(0, 24);
  writeFileSync(file, text.split(BUILD_ID_PLACEHOLDER).join(id), 'latin1');
};

/**
 * JSON modules (data/, the schema) as `JSON.parse('…')`: V8 reads a string literal far faster than
 * the same data written as an object literal, and the data tables are most of what an empty check
 * loads (default imports only; nothing imports a JSON file's keys by name).
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  // Non-ASCII characters escaped: the CLI's loader reads an ASCII bundle as a one-byte string, with no
  // UTF-8 decoding (src/compile-cache.ts).
  charset: 'ascii',
  // Replaced in each written bundle by the SHA-256 of its text (stampBuildId, below).
  define: { __GRAPHGUARD_VERSION__: JSON.stringify(pkg.version), __GRAPHGUARD_BUILD_ID__: JSON.stringify(BUILD_ID_PLACEHOLDER) },
  plugins: [jsonAsParse],
  // CommonJS dependencies (ajv) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __graphguardRequire } from 'node:module';\nconst require = __graphguardRequire(import.meta.url);" },
};

// The CLI: dist/cli.js answers `--version` alone (a few kilobytes); everything else is
// dist/chunks/main.cjs, one CommonJS file that dist/cli.js runs through V8's code cache
// (src/compile-cache.ts): Node 20 caches no ES module, and compiling the bundle at every start cost
// some 40 ms. Modules a run may not need (the Graph client, the call reader and its endpoint tables,
// the commands other than check) are evaluated where they are first used (esbuild's lazy
// module wrappers); what a run never calls is never compiled. The scan's worker thread
// (src/scan/parallel.ts) runs dist/chunks/scan-worker.cjs, next to main.cjs. The yaml package is
// dist/chunks/yaml.cjs, required on first use (src/yaml-load.ts).
rmSync('dist/chunks', { recursive: true, force: true });
const cachedMain = {
  name: 'cached-main',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]main-loader\.ts$/ }, () => ({
      loader: 'js',
      resolveDir: 'src',
      contents: [
        "import { fileURLToPath } from 'node:url';",
        "import { loadCached } from './compile-cache.ts';",
        '/** dist/chunks/main.cjs, through the code cache. */',
        'export async function loadMain(kind) {',
        "  const m = loadCached(fileURLToPath(new URL('./chunks/main.cjs', import.meta.url)), `${__GRAPHGUARD_VERSION__}+${__GRAPHGUARD_MAIN_SHA__}`, process.env, kind);",
        '  return { run: m.exports.run, save: m.save };',
        '}',
      ].join('\n'),
    }));
  },
};
const lazyYaml = {
  name: 'lazy-yaml',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]yaml-load\.ts$/ }, () => ({
      loader: 'js',
      contents: [
        "import { createRequire } from 'node:module';",
        '/** The yaml package, from its own file next to this chunk, on first use. */',
        "export function loadYaml() { return createRequire(import.meta.url)('./yaml.cjs'); }",
      ].join('\n'),
    }));
  },
};
/** CommonJS output for Node (the CLI's chunks, the library's index.cjs): import.meta.url given a CommonJS form. */
const asCommonJs = {
  format: 'cjs',
  banner: { js: "const __graphguardImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { ...common.define, 'import.meta.url': '__graphguardImportMetaUrl' },
};
// dist/cli.js is CommonJS (dist/package.json says so): Node starts a CommonJS entry some 5 ms sooner
// than an ES module, whose loader it must set up first. So is the action (dist/index.js), which shares
// the folder; the library's ES module has its own package.json (dist/lib/).
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
await build({ ...common, ...asCommonJs, plugins: [...common.plugins, lazyYaml], entryPoints: ['src/cli-main.ts'], outfile: 'dist/chunks/main.cjs' });
await build({ ...common, ...asCommonJs, entryPoints: ['src/scan/scan-worker.ts'], outfile: 'dist/chunks/scan-worker.cjs' });
// esbuild's ASCII charset escapes code, not the comments it keeps; written as `\uXXXX` there too, the
// CLI's bundle is ASCII, which its loader reads as a one-byte string with no UTF-8 decoding.
// main.cjs is written inside the function a CommonJS module's code runs in, with a first line that says
// so and that it is ASCII (WRAPPED_HEAD in src/compile-cache.ts, whose loader then neither tests its
// bytes nor copies it into a wrapper: test/compile-cache.test.ts holds the two to the same text).
const WRAPPED_HEAD = '(function (exports, require, module, __filename, __dirname) { // graphguard bundle: wrapped, ASCII\n';
const WRAPPED_TAIL = '\n})\n';
for (const f of ['dist/chunks/main.cjs', 'dist/chunks/scan-worker.cjs']) {
  const text = readFileSync(f, 'utf8');
  // main.cjs runs through vm.Script, which has no module loader for a dynamic import().
  if (/\bimport\s*\(/.test(text)) throw new Error(`${f} holds an import(): bundle that module instead`);
  const ascii = toAscii(text);
  writeFileSync(f, f === 'dist/chunks/main.cjs' ? `${WRAPPED_HEAD}${ascii}${WRAPPED_TAIL}` : ascii);
}
// main.cjs is stamped before dist/cli.js names it by its SHA-256.
stampBuildId('dist/chunks/main.cjs');
// dist/cli.js last: the code cache's key names main.cjs by its SHA-256 as well as by version, size and
// modification time, so that two builds of one version never share a cache (npm gives every installed
// file the same modification time, and V8 itself checks only the source's length).
const mainSha = createHash('sha256').update(readFileSync('dist/chunks/main.cjs')).digest('hex').slice(0, 16);
await build({
  ...common,
  ...asCommonJs,
  define: { ...asCommonJs.define, __GRAPHGUARD_MAIN_SHA__: JSON.stringify(mainSha) },
  plugins: [...common.plugins, cachedMain],
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/cli.js',
});
writeFileSync('dist/cli.js', toAscii(readFileSync('dist/cli.js', 'utf8')));
await build({
  ...common,
  format: 'cjs',
  banner: {},
  stdin: { contents: "module.exports = require('yaml');", resolveDir: '.', sourcefile: 'yaml-entry.cjs', loader: 'js' },
  outfile: 'dist/chunks/yaml.cjs',
});
if (existsSync('src/action.ts')) await build({ ...common, ...asCommonJs, entryPoints: ['src/action.ts'], outfile: 'dist/index.js' });

// The library (`import`/`require('graphguard')`): one ESM and one CommonJS file, and its declarations.
// The scan's worker thread is not bundled here: the library scans on the calling thread.
rmSync('dist/lib', { recursive: true, force: true });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/lib/index.js' });
writeFileSync('dist/lib/package.json', `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
await build({
  ...common,
  // import.meta.url (the scan worker's and the docs pages' location) has no CommonJS form: give it one.
  ...asCommonJs,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/lib/index.cjs',
});
// Every other bundle that holds the placeholder (a bundle without it is left as it is).
for (const f of ['dist/cli.js', 'dist/chunks/scan-worker.cjs', 'dist/index.js', 'dist/lib/index.js', 'dist/lib/index.cjs']) stampBuildId(f);
await emitDeclarations();

/**
 * dist/lib/{index,api,types}.d.ts (and .d.cts copies for require), from tsc's declaration emit of
 * src/index.ts. The public types live in those three files; the build fails if a declaration reaches
 * any other module, so the package's types stand alone.
 */
async function emitDeclarations() {
  const ts = (await import('typescript')).default;
  const keep = ['index', 'api', 'types'];
  const out = new Map();
  const program = ts.createProgram(['src/index.ts'], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    resolveJsonModule: true,
    esModuleInterop: true,
    skipLibCheck: true,
    declaration: true,
    emitDeclarationOnly: true,
    rootDir: '.',
    outDir: 'dist/lib-types',
    types: ['node'],
  });
  const result = program.emit(
    undefined,
    (file, text) => {
      const m = /dist\/lib-types\/src\/([a-z]+)\.d\.ts$/.exec(file.replace(/\\/g, '/'));
      if (m && keep.includes(m[1])) out.set(m[1], text);
    },
    undefined,
    true,
  );
  if (result.diagnostics.length) throw new Error(`declaration emit failed: ${ts.formatDiagnostics([...result.diagnostics, ...program.getOptionsDiagnostics()].slice(0, 5), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' })}`);
  mkdirSync('dist/lib', { recursive: true });
  for (const name of keep) {
    const text = out.get(name);
    if (text === undefined) throw new Error(`no declarations for src/${name}.ts`);
    for (const [, spec] of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)'/gm))
      if (!keep.some((k) => spec === `./${k}.js`)) throw new Error(`dist/lib/${name}.d.ts imports ${spec}: keep the public types in src/api.ts`);
    writeFileSync(`dist/lib/${name}.d.ts`, text);
    writeFileSync(`dist/lib/${name}.d.cts`, text.replace(/from '\.\/([a-z]+)\.js'/g, "from './$1.cjs'"));
  }
}
