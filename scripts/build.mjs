// Bundles the CLI (dist/cli.js), the action (dist/index.js) and the library (dist/lib/) with esbuild; all committed.
import { build } from 'esbuild';
import { readFileSync, existsSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

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
  charset: 'utf8',
  define: { __GRAPHGUARD_VERSION__: JSON.stringify(pkg.version) },
  plugins: [jsonAsParse],
  // CommonJS dependencies (ajv, fast-glob) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __graphguardRequire } from 'node:module';\nconst require = __graphguardRequire(import.meta.url);" },
};

// The CLI: dist/cli.js answers `--version` alone (a few hundred bytes); everything else is in
// dist/chunks/, split where the code loads lazily (the Graph client, the call reader and its endpoint
// tables, the commands other than check, fast-glob), so that a check loads only what it runs. The
// scan's worker thread (src/scan/parallel.ts) loads dist/chunks/scan-worker.js, next to main.js. The
// yaml package is dist/chunks/yaml.cjs, required synchronously on first use (src/yaml-load.ts).
rmSync('dist/chunks', { recursive: true, force: true });
const mainChunk = {
  name: 'main-chunk',
  setup(b) {
    b.onResolve({ filter: /^\.\/cli-main\.js$/ }, () => ({ path: './chunks/main.js', external: true }));
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
await build({ ...common, plugins: [...common.plugins, mainChunk], entryPoints: ['src/bin.ts'], outfile: 'dist/cli.js' });
await build({
  ...common,
  plugins: [...common.plugins, lazyYaml],
  entryPoints: { main: 'src/cli-main.ts', 'scan-worker': 'src/scan/scan-worker.ts' },
  outdir: 'dist/chunks',
  splitting: true,
  chunkNames: '[name]-[hash]',
});
await build({
  ...common,
  format: 'cjs',
  banner: {},
  stdin: { contents: "module.exports = require('yaml');", resolveDir: '.', sourcefile: 'yaml-entry.cjs', loader: 'js' },
  outfile: 'dist/chunks/yaml.cjs',
});
if (existsSync('src/action.ts')) await build({ ...common, entryPoints: ['src/action.ts'], outfile: 'dist/index.js' });

// The library (`import`/`require('graphguard')`): one ESM and one CommonJS file, and its declarations.
// The scan's worker thread is not bundled here: the library scans on the calling thread.
rmSync('dist/lib', { recursive: true, force: true });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/lib/index.js' });
await build({
  ...common,
  format: 'cjs',
  // import.meta.url (the scan worker's and the docs pages' location) has no CommonJS form: give it one.
  banner: { js: "const __graphguardImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { ...common.define, 'import.meta.url': '__graphguardImportMetaUrl' },
  entryPoints: ['src/index.ts'],
  outfile: 'dist/lib/index.cjs',
});
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
