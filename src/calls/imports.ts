/**
 * Calls made through a Graph client another file exports (SPEC §7). The call reader reads one file at a
 * time; a client shared from one module (`export const graph = axios.create({ baseURL: GRAPH })`) is used
 * in the files that import it (`import { graph } from './lib/graph'; graph.get('/me/accounts')`). Here the
 * scan's second look: each JavaScript/TypeScript file that imports such a client is read with the client
 * declared as its module made it, ahead of the file's own text (`importPrelude`), so the file's calls
 * through it are read as its own, at their own lines, and count for the file's user.
 *
 * What is followed: `import x from`, `import { a, b as c } from`, `import x, { a } from`, TypeScript's
 * `import x = require(…)`, `const x = require(…)`, `const { a, b: c } = require(…)` and
 * `require(…).a`, of a relative path (`./graph`, `../lib/graph.js`, a folder's `index`), of a path
 * alias of the nearest tsconfig.json (`@/lib/graph`: `tsconfigAliases`) or of one of the folder's own
 * packages by name (a monorepo's `@acme/graph`, `#lib/graph`: `packageAliases`), directly or through barrels that
 * re-export it (`export { graph } from './graph'`, `export * from`: `reexportedBindings`). Not followed: a
 * bundler's own aliases, namespace re-exports, `import * as`, dynamic `import()`; the exporting file's one
 * unresolved call stays, so its user's permissions are still not called unused.
 *
 * Linear: one lexer pass over a file's tokens for its imports, then the reader over the file once more.
 */
import path from 'node:path';
import { readFileCalls } from './collect.js';
import type { FileCalls } from './analyze.js';
import { findExportedBindings as exportedBindingsOf, type ExportedBinding } from './sites.js';
import { ID, lex, NUM, OP, STR, type Part, type Tokens } from './lex.js';
import { languageOf } from './language.js';
import { LineIndex } from '../position.js';

/** The Graph clients each exporting file exports, by its path (as the scan lists it). */
type ExportIndex = ReadonlyMap<string, readonly ExportedBinding[]>;

/** The Graph clients (and names that make no call) a file exports (sites.ts). */
export function findExportedBindings(text: string, path: string): ExportedBinding[] {
  return exportedBindingsOf(text, path);
}

/** One name an import binds: the name the module exports (`default` for a default import) and the local one. */
interface ImportedName {
  imported: string;
  local: string;
}

/**
 * A file's import of a module by a string specifier, and the names it binds (`all`: the whole module, which
 * is not followed: `import * as graph`, a dynamic `import()`, `require()` kept whole or passed on).
 */
interface ImportOf {
  spec: string;
  names: ImportedName[];
  all?: true;
  /** Offsets of the specifier's string (where an import not followed is noted). */
  at: [start: number, end: number];
  /**
   * CommonJS and TypeScript's `import x = require(…)`: offsets of the assignment that binds the names
   * (`const graph = require('./graph')`), which is blanked when they are declared ahead (a variable's value
   * is the last one assigned before its use: the require's, unknown, would hide the client's).
   */
  assignment?: [start: number, end: number];
  /** Offsets of the whole statement that binds the names (where the file's own bindings of them are not another's). */
  span?: [start: number, end: number];
}

/** Extensions tried after an import's path, in the order TypeScript and Node's resolvers try them. */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** TypeScript's ESM imports name the output (`./graph.js`): the source's extensions for each. */
const SOURCE_OF: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

/**
 * The file an import's specifier names, among `exists` (the listed files), or undefined (a package, an alias
 * no tsconfig.json maps, or no such file). A relative specifier is resolved from the importer's folder; any
 * other through `aliases` (tsconfig's `paths`: `tsconfigAliases`). Paths are `/`-separated and relative to
 * the scan's folder.
 */
export function resolveImport(importer: string, spec: string, exists: (rel: string) => boolean, aliases?: Aliases): string | undefined {
  if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') return resolvePath(path.posix.join(path.posix.dirname(importer), spec), exists);
  for (const target of aliases?.(importer, spec) ?? []) {
    const hit = resolvePath(target, exists);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** The file a path names as TypeScript and Node resolve a module: itself, its source, an extension, its folder's index. */
function resolvePath(joined: string, exists: (rel: string) => boolean): string | undefined {
  const norm = path.posix.normalize(joined);
  if (norm.startsWith('../') || norm === '..' || path.posix.isAbsolute(norm)) return undefined;
  const base = norm === '.' ? '' : norm.replace(/\/$/, '');
  const tries: string[] = [];
  if (base !== '') {
    tries.push(base);
    const ext = path.posix.extname(base);
    for (const src of SOURCE_OF[ext] ?? []) tries.push(base.slice(0, -ext.length) + src);
    for (const e of EXTENSIONS) tries.push(base + e);
  }
  for (const e of EXTENSIONS) tries.push(`${base === '' ? '' : `${base}/`}index${e}`);
  return tries.find(exists);
}

/**
 * An import's specifier mapped by tsconfig's `paths`: the paths to try, in order (none when no pattern
 * matches). `patterns` gives the patterns of the tsconfig files named (for a test of a file's bytes).
 */
export type Aliases = ((importer: string, spec: string) => string[]) & {
  patterns?: (configs: readonly string[]) => string[];
  /** Whether a `paths` pattern maps the specifier (not only `baseUrl`). */
  mapsByPattern?: (importer: string, spec: string) => boolean;
  /** The folders of the folder's own packages the specifier names by name (`@acme/graph/client`). */
  packageDirs?: (spec: string) => string[];
};

/** A tsconfig.json's `compilerOptions` that map imports, with the folder each is relative to. */
interface AliasConfig {
  /** The folder `paths` is relative to: `baseUrl`'s, else the folder of the tsconfig that sets `paths`. */
  base: string;
  paths: [pattern: string, targets: string[]][];
  /** `baseUrl`: a bare import (`lib/graph`, Next.js's absolute imports) is also tried below it. */
  baseUrl?: string;
}

/** `paths` patterns read from one tsconfig, at most (real ones hold a handful; each import is tried against all). */
const MAX_PATTERNS = 256;

/** tsconfig files are small: a larger one is not read. */
const MAX_TSCONFIG_BYTES = 1 << 20;
/** How many `extends` are followed (a cycle or a long chain stops there). */
const MAX_EXTENDS = 4;

/**
 * Path aliases from the tsconfig.json (or jsconfig.json) nearest each importer among the listed files
 * (`read` gives a listed file's text): `compilerOptions.paths` (`"@/*": ["./src/*"]`) relative to `baseUrl`
 * or to the tsconfig that sets them, through `extends` of a relative path (a package's is not read). A
 * tsconfig that cannot be parsed maps nothing. Each folder's answer is worked out once.
 */
export function tsconfigAliases(exists: (rel: string) => boolean, read: (rel: string) => string | undefined): Aliases {
  const byDir = new Map<string, AliasConfig | undefined>();
  // Each tsconfig is read and worked out once (an `extends` list that names one file many times, or a cycle,
  // costs one parse a file); one still being worked out extends nothing (a cycle).
  const done = new Map<string, { baseUrl?: string; paths?: AliasConfig } | undefined>();
  const configOf = (file: string, depth: number): { baseUrl?: string; paths?: AliasConfig } | undefined => {
    if (done.has(file)) return done.get(file);
    done.set(file, undefined);
    const got = configOfFile(file, depth);
    done.set(file, got);
    return got;
  };
  const configOfFile = (file: string, depth: number): { baseUrl?: string; paths?: AliasConfig } | undefined => {
    const text = read(file);
    const json = text === undefined || text.length > MAX_TSCONFIG_BYTES ? undefined : parseJsonc(text);
    if (!isObject(json)) return undefined;
    const dir = path.posix.dirname(file);
    const opts = isObject(json.compilerOptions) ? json.compilerOptions : {};
    let inherited: { baseUrl?: string; paths?: AliasConfig } | undefined;
    const ext = typeof json.extends === 'string' ? [json.extends] : Array.isArray(json.extends) ? json.extends.filter((e): e is string => typeof e === 'string') : [];
    for (const e of ext.slice(0, MAX_EXTENDS)) {
      if (depth >= MAX_EXTENDS || !(e.startsWith('./') || e.startsWith('../'))) continue;
      const target = path.posix.normalize(path.posix.join(dir, e));
      const file2 = exists(target) ? target : exists(`${target}.json`) ? `${target}.json` : undefined;
      const got = file2 === undefined ? undefined : configOf(file2, depth + 1);
      if (got) inherited = { ...inherited, ...got };
    }
    const baseUrl = typeof opts.baseUrl === 'string' ? path.posix.normalize(path.posix.join(dir, opts.baseUrl)) : inherited?.baseUrl;
    let paths = inherited?.paths;
    if (isObject(opts.paths)) {
      const list: [string, string[]][] = [];
      for (const [pattern, targets] of Object.entries(opts.paths).slice(0, MAX_PATTERNS))
        if (Array.isArray(targets) && (pattern.match(/\*/g) ?? []).length <= 1) list.push([pattern, targets.filter((t): t is string => typeof t === 'string').slice(0, 8)]);
      paths = { base: baseUrl ?? dir, paths: list };
    } else if (paths && baseUrl !== undefined && typeof opts.baseUrl === 'string') paths = { ...paths, base: baseUrl };
    return { ...(baseUrl !== undefined ? { baseUrl } : {}), ...(paths ? { paths } : {}) };
  };
  const nearest = (dir: string): AliasConfig | undefined => {
    if (byDir.has(dir)) return byDir.get(dir);
    let found: AliasConfig | undefined;
    const file = ['tsconfig.json', 'jsconfig.json'].map((n) => (dir === '.' || dir === '' ? n : `${dir}/${n}`)).find(exists);
    if (file !== undefined) {
      const c = configOf(file, 0);
      if (c?.paths || c?.baseUrl !== undefined) found = { base: c.paths?.base ?? c.baseUrl!, paths: c.paths?.paths ?? [], ...(c.baseUrl !== undefined ? { baseUrl: c.baseUrl } : {}) };
    }
    else if (dir !== '.' && dir !== '') found = nearest(path.posix.dirname(dir));
    byDir.set(dir, found);
    return found;
  };
  const bestPattern = (config: AliasConfig, spec: string) => {
    // The pattern with the longest text before its `*` wins, as TypeScript chooses; an exact one first.
    let best: { targets: string[]; star: string; prefix: number } | undefined;
    for (const [pattern, targets] of config.paths) {
      const star = pattern.indexOf('*');
      if (star === -1) {
        if (pattern === spec) {
          best = { targets, star: '', prefix: Number.POSITIVE_INFINITY };
          break;
        }
        continue;
      }
      const before = pattern.slice(0, star);
      const after = pattern.slice(star + 1);
      if (spec.length >= before.length + after.length && spec.startsWith(before) && spec.endsWith(after) && (!best || before.length > best.prefix))
        best = { targets, star: spec.slice(before.length, spec.length - after.length), prefix: before.length };
    }
    return best;
  };
  const aliases: Aliases = (importer, spec) => {
    const config = nearest(path.posix.dirname(importer));
    if (!config) return [];
    const found = bestPattern(config, spec);
    const mapped = found ? found.targets.map((t) => path.posix.join(config.base, t.replace('*', found.star))) : [];
    // TypeScript tries `paths`, then `baseUrl` (a bare name below it: `lib/graph`); a package's name resolves to
    // no file of the folder, and is then left alone.
    return config.baseUrl !== undefined && !spec.startsWith('.') ? [...mapped, path.posix.join(config.baseUrl, spec)] : mapped;
  };
  aliases.mapsByPattern = (importer, spec) => {
    const config = nearest(path.posix.dirname(importer));
    return config !== undefined && bestPattern(config, spec) !== undefined;
  };
  aliases.patterns = (configs) => configs.flatMap((file) => (configOf(file, 0)?.paths?.paths ?? []).map(([pattern]) => pattern));
  return aliases;
}

/** package.json files read for the folder's own packages, at most, and the largest read. */
const MAX_PACKAGE_MANIFESTS = 100_000;
const MAX_PACKAGE_JSON_BYTES = 1 << 20;
/** …and all of them together (a checkout of thousands of vendored packages reads this much at most). */
const MAX_PACKAGE_JSON_TOTAL = 64 << 20;
/** Paths tried for one entry point of a package (its `exports` conditions, `main`, `module`, …), at most. */
const MAX_ENTRY_TARGETS = 16;

/** Whether a listed file is a package.json of the folder's own packages (not one under node_modules). */
export function isPackageManifest(rel: string): boolean {
  return (rel === 'package.json' || rel.endsWith('/package.json')) && !/(?:^|\/)node_modules\//.test(rel);
}

/** Whether a listed file is one import resolution reads: a tsconfig/jsconfig (or one it extends), a package.json. */
export function isResolutionConfig(rel: string): boolean {
  return /(?:^|\/)[tj]sconfig[^/]*\.json$/.test(rel) || isPackageManifest(rel);
}

/**
 * How the folder's imports are resolved: tsconfig's `paths` and `baseUrl` (`tsconfigAliases`), then the
 * folder's own packages by name (a monorepo's workspaces: `packageAliases`). `configs`: the listed files
 * `isResolutionConfig` takes (tsconfig files for their patterns, package.json files for the packages). The
 * patterns are what an importer's bytes may hold (`importNeedles`).
 */
export function importAliases(
  configs: readonly string[],
  exists: (rel: string) => boolean,
  read: (rel: string) => string | undefined,
  /** Some package.json files of the folder are not among `configs` (the pull request's base, past its budget). */
  partial = false,
): { aliases: Aliases; patterns: string[] } {
  const ts = tsconfigAliases(exists, read);
  const packages = packageAliases(configs.filter(isPackageManifest), read, partial);
  const aliases: Aliases = (importer, spec) => {
    const mapped = ts(importer, spec);
    const own = packages.resolve(importer, spec);
    return own.length === 0 ? mapped : [...mapped, ...own];
  };
  aliases.mapsByPattern = ts.mapsByPattern;
  aliases.packageDirs = packages.dirsOf;
  const patterns = [...(ts.patterns?.(configs.filter((f) => !isPackageManifest(f))) ?? []), ...packages.patterns];
  return { aliases, patterns };
}

/** One of the folder's own packages: its folder and its package.json. */
interface OwnPackage {
  dir: string;
  json: Record<string, unknown>;
}

/**
 * The folder's own packages (a monorepo's workspaces, `packages/graph/package.json` named `@acme/graph`),
 * imported by name as Node finds them once the workspace is installed: `@acme/graph` is the package's entry
 * point (its `exports`, `source`, `module`, `main`, `types`; the source of a built path, `dist/index.js` →
 * `src/index.ts`, first; then its `src/index` and `index`), `@acme/graph/client` a subpath (`exports`'s
 * `./client`, else the package's `client`); `#lib/graph` the nearest package.json's `imports`. A name two
 * packages share resolves to neither. Not read: a package.json over 1 MB or under node_modules; past the first
 * 100,000 or 64 MB in all, none is read further, and any package name may then be the folder's (`dirsOf`).
 */
export function packageAliases(
  manifests: readonly string[],
  read: (rel: string) => string | undefined,
  partial = false,
): { resolve: (importer: string, spec: string) => string[]; dirsOf: (spec: string) => string[]; patterns: string[] } {
  const byName = new Map<string, OwnPackage[]>();
  const byDir = new Map<string, OwnPackage>();
  const importKeys = new Set<string>();
  let total = 0;
  // Past the budget (files or bytes), a package of the folder may be one not read: any name may be one (dirsOf).
  let unread = partial;
  for (let f = 0; f < manifests.length; f++) {
    const file = manifests[f]!;
    if (f >= MAX_PACKAGE_MANIFESTS || total >= MAX_PACKAGE_JSON_TOTAL) {
      unread = true;
      break;
    }
    const text = read(file);
    if (text === undefined || text.length > MAX_PACKAGE_JSON_BYTES) continue;
    total += text.length;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      continue;
    }
    if (!isObject(json)) continue;
    const dir = path.posix.dirname(file);
    const pkg = { dir: dir === '.' ? '' : dir, json };
    byDir.set(pkg.dir, pkg);
    if (typeof json.name === 'string' && /^(?:@[\w.-]+\/)?[\w.-]+$/.test(json.name)) byName.set(json.name, [...(byName.get(json.name) ?? []), pkg]);
    if (isObject(json.imports)) for (const key of Object.keys(json.imports).slice(0, MAX_PATTERNS)) if (key.startsWith('#')) importKeys.add(key.split('*')[0]!);
  }
  const nameOf = (spec: string): { name: string; sub: string } | undefined => {
    const m = /^((?:@[^/]+\/)?[^/@.][^/]*)(?:\/(.*))?$/.exec(spec);
    return m ? { name: m[1]!, sub: m[2] ?? '' } : undefined;
  };
  const dirsOf = (spec: string): string[] => {
    const n = nameOf(spec);
    if (!n) return [];
    const found = (byName.get(n.name) ?? []).map((p) => p.dir);
    // Not every package.json was read: a name none of those read gives may be one of the folder's (the whole folder).
    return found.length === 0 && unread ? [''] : found;
  };
  const within = (dir: string, target: string) => (dir === '' ? target : `${dir}/${target}`);
  const resolveName = (spec: string): string[] => {
    const n = nameOf(spec);
    const found = n ? byName.get(n.name) : undefined;
    if (!n || !found || found.length !== 1) return [];
    const { dir, json } = found[0]!;
    const targets: string[] = [];
    if (n.sub === '') {
      if (typeof json.source === 'string') targets.push(json.source);
      targets.push(...exportTargets(json.exports, '.'));
      for (const field of ['module', 'main', 'types', 'typings']) if (typeof json[field] === 'string') targets.push(json[field]);
      targets.push('src/index', '.');
    } else targets.push(...exportTargets(json.exports, `./${n.sub}`), n.sub, `src/${n.sub}`);
    return entryPaths(dir, targets, within);
  };
  const resolve = (importer: string, spec: string): string[] => {
    if (!spec.startsWith('#')) return byName.size === 0 ? [] : resolveName(spec);
    // Node's subpath imports: the nearest package.json's `imports` (`"#lib/*": "./src/lib/*.js"`).
    for (let dir = path.posix.dirname(importer); ; dir = path.posix.dirname(dir)) {
      const pkg = byDir.get(dir === '.' ? '' : dir);
      if (pkg) {
        const targets = isObject(pkg.json.imports) ? subpathTargets(pkg.json.imports, spec) : [];
        const local = targets.filter((t) => t.startsWith('./'));
        return [...entryPaths(pkg.dir, local, within), ...targets.filter((t) => !t.startsWith('./') && !t.startsWith('#')).flatMap(resolveName)];
      }
      if (dir === '.' || dir === '' || dir === '/') return [];
    }
  };
  return { resolve, dirsOf, patterns: [...byName.keys(), ...importKeys] };
}

/** What an `exports` field maps `key` to (`'.'`, `'./client'`): its paths, in order, `types` last. */
function exportTargets(exports: unknown, key: string): string[] {
  if (exports === undefined || exports === null) return [];
  if (isObject(exports) && Object.keys(exports).some((k) => k.startsWith('.'))) return subpathTargets(exports, key);
  return key === '.' ? leaves(exports) : [];
}

/** The paths a subpath map (`exports`' `./*`, `imports`' `#lib/*`) gives `key`: its own entry, else the pattern with the longest prefix. */
function subpathTargets(map: Record<string, unknown>, key: string): string[] {
  if (Object.hasOwn(map, key)) return leaves(map[key]);
  let best: { at: string; star: string } | undefined;
  for (const pattern of Object.keys(map).slice(0, MAX_PATTERNS)) {
    const star = pattern.indexOf('*');
    if (star === -1 || pattern.indexOf('*', star + 1) !== -1) continue;
    const before = pattern.slice(0, star);
    const after = pattern.slice(star + 1);
    if (key.length >= before.length + after.length && key.startsWith(before) && key.endsWith(after) && (!best || before.length > best.at.indexOf('*')))
      best = { at: pattern, star: key.slice(before.length, key.length - after.length) };
  }
  return best ? leaves(map[best.at]).map((t) => t.replace('*', best!.star)) : [];
}

/** Conditions Node matches for a server's code (in the order the package lists them), and those it never does. */
const NODE_CONDITIONS = new Set(['source', 'node', 'import', 'require', 'module-sync', 'module', 'default', 'development', 'production']);
const TYPES_CONDITIONS = new Set(['types', 'typings']);

/**
 * The strings of an export target (a path, conditions, a fallback list), in order: the conditions Node takes for
 * a server first, in the package's order; then the others (`browser`, `worker`, `react-native`: a stub without the
 * client may stand there); `types` last.
 */
function leaves(v: unknown, out: string[] = [], depth = 0): string[] {
  if (out.length >= MAX_ENTRY_TARGETS || depth > 4) return out;
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v.slice(0, MAX_ENTRY_TARGETS)) leaves(x, out, depth + 1);
  else if (isObject(v)) {
    const keys = Object.keys(v).slice(0, MAX_ENTRY_TARGETS);
    const node = keys.filter((k) => NODE_CONDITIONS.has(k));
    const other = keys.filter((k) => !NODE_CONDITIONS.has(k) && !TYPES_CONDITIONS.has(k));
    for (const k of [...node, ...other, ...keys.filter((k) => TYPES_CONDITIONS.has(k))]) leaves(v[k], out, depth + 1);
  }
  return out;
}

/** An entry point's paths in the package's folder: a built path's source first (`dist/x.js` → `src/x`), declarations as their module. */
function entryPaths(dir: string, targets: readonly string[], within: (dir: string, t: string) => string): string[] {
  const out: string[] = [];
  for (const t of targets.slice(0, MAX_ENTRY_TARGETS)) {
    const rel = t.replace(/^\.\//, '').replace(/\.d\.[cm]?ts$/, '');
    if (rel.startsWith('/') || rel.split('/').includes('..')) continue;
    const built = /^(?:dist|lib|build|out)(?:\/(?:esm|cjs|mjs|types))?\/(.*)$/.exec(rel);
    // The source of a bundler's output: its path below `src/`, its extension any (tsup: `src/x.ts` → `dist/x.mjs`).
    if (built) out.push(within(dir, `src/${built[1]!}`), within(dir, `src/${built[1]!.replace(/\.[cm]?jsx?$/, '')}`));
    out.push(rel === '.' || rel === '' ? dir : within(dir, rel));
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * JSON with comments and trailing commas, as tsconfig.json is written (undefined when it is not valid even
 * so). One pass that keeps strings as they are and drops `//` and `/* … *\/` comments and a comma before `}`
 * or `]`; then JSON.parse.
 */
export function parseJsonc(text: string): unknown {
  const out: string[] = [];
  // Where in `out` a comma stands that only whitespace and comments follow so far (-1: none).
  let comma = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '"') {
      // A string: to its closing quote, escapes skipped.
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out.push(text.slice(i, j + 1));
      i = j;
      comma = -1;
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const line = text[i + 1] === '/';
      const end = line ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      out.push(' ');
      i = end === -1 ? n : line ? end - 1 : end + 1;
    } else if (c === ',') {
      out.push(c);
      comma = out.length - 1;
    } else if (c === '}' || c === ']') {
      if (comma !== -1) out[comma] = ' ';
      out.push(c);
      comma = -1;
    } else {
      out.push(c);
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') comma = -1;
    }
  }
  try {
    return JSON.parse(out.join(''));
  } catch {
    return undefined;
  }
}

/**
 * The modules a JavaScript/TypeScript file imports by a string specifier, with the names each import
 * binds. One pass over the tokens; `import type` and type-only names bind no value and are left out.
 */
export function importsOf(text: string): ImportOf[] {
  return readImportsOf(text).imports;
}

/**
 * `importsOf`, and the names the file binds otherwise (`const graph = …`, a destructuring `const { graph } =
 * ctx`, a dynamic import's `const { graph } = await import(…)`), each with the token offset where it is bound:
 * a name an import binds that the file binds again is not taken for the import's client.
 */
export function readImportsOf(text: string): { imports: ImportOf[]; bound: Map<string, number[]> } {
  const t = lex(text, 'js');
  const out: ImportOf[] = [];
  const bound = new Map<string, number[]>();
  const bind = (name: string, at: number) => {
    const list = bound.get(name);
    if (list) list.push(at);
    else bound.set(name, [at]);
  };
  const n = t.length;
  const id = (i: number) => (i >= 0 && i < n && t.kind[i] === ID ? t.v[i] : undefined);
  const op = (i: number, v: string) => i >= 0 && i < n && t.kind[i] === OP && t.v[i] === v;
  const str = (i: number) => (i >= 0 && i < n && t.kind[i] === STR ? t.v[i] : undefined);
  const at = (i: number): [number, number] => [t.start[i]!, t.end[i]!];
  for (let i = 0; i < n; i++) {
    const w = id(i);
    // A declaration (`const graph = …`) or a destructuring (`{ graph, a: api, b = 1 } = …`): names bound.
    if ((w === 'const' || w === 'let' || w === 'var') && id(i + 1) !== undefined && op(i + 2, '=')) bind(id(i + 1)!, t.start[i + 1]!);
    if (op(i, '}') && op(i + 1, '=')) {
      const open = braceStart(i, op);
      for (let q = open + 1; open !== -1 && q < i; q++) {
        if (!(op(q - 1, '{') || op(q - 1, ','))) continue;
        const key = id(q) ?? (t.kind[q] === STR ? t.v[q] : undefined);
        if (key === undefined) continue;
        if (id(q) !== undefined && (op(q + 1, ',') || op(q + 1, '}') || op(q + 1, '='))) bind(key, t.start[q]!);
        else if (op(q + 1, ':') && id(q + 2) !== undefined && (op(q + 3, ',') || op(q + 3, '}') || op(q + 3, '='))) bind(id(q + 2)!, t.start[q + 2]!);
      }
    }
    // A dynamic `import('./graph')`: the whole module, not followed.
    if (w === 'import' && op(i + 1, '(') && str(i + 2) !== undefined && !op(i - 1, '.')) {
      out.push({ spec: str(i + 2)!, names: [], all: true, at: at(i + 2) });
      continue;
    }
    if (w === 'import' && !op(i - 1, '.') && !op(i + 1, '(') && !op(i + 1, '.')) {
      let q = i + 1;
      if (id(q) === 'type' && !op(q + 1, ',') && id(q + 1) !== 'from' && !op(q + 1, '=')) continue;
      const names: ImportedName[] = [];
      // `import graph from`, `import graph, { … } from`, TypeScript's `import graph = require('…')`.
      const first = id(q);
      if (first !== undefined && first !== 'from' && (op(q + 1, ',') || id(q + 1) === 'from' || op(q + 1, '='))) {
        if (op(q + 1, '=')) {
          if (id(q + 2) === 'require' && op(q + 3, '(') && str(q + 4) !== undefined && op(q + 5, ')'))
            out.push({ spec: str(q + 4)!, names: [{ imported: 'default', local: first }], at: at(q + 4), assignment: [t.start[i]!, t.end[q + 5]!] });
          continue;
        }
        names.push({ imported: 'default', local: first });
        q += op(q + 1, ',') ? 2 : 1;
      }
      let all = false;
      if (op(q, '{')) {
        const close = braceEnd(t, q, id, op);
        if (close === -1) continue;
        names.push(...namedList(t, q, close, id, op, 'as'));
        q = close + 1;
      } else if (op(q, '*') && id(q + 1) === 'as' && id(q + 2) !== undefined) {
        all = true;
        q += 3;
      }
      if (id(q) === 'from' && str(q + 1) !== undefined) out.push({ spec: str(q + 1)!, names, ...(all ? { all: true as const } : {}), at: at(q + 1) });
      continue;
    }
    if (w !== 'require' || op(i - 1, '.') || !op(i + 1, '(') || str(i + 2) === undefined || !op(i + 3, ')')) continue;
    // (TypeScript's `import fb = require(…)` was read at its `import`.)
    if (op(i - 1, '=') && id(i - 3) === 'import') continue;
    const spec = str(i + 2)!;
    // `require('./graph').graph` / `.default`: that export.
    const member = op(i + 4, '.') ? id(i + 5) : undefined;
    const last = member !== undefined ? i + 5 : i + 3;
    // What it is assigned to: `const graph = require(…)`, `const { graph, api: client } = require(…)`.
    const target = i - 2;
    const open = op(i - 1, '=') && op(target, '}') && member === undefined ? braceStart(target, op) : -1;
    if (op(i - 1, '=') && id(target) !== undefined && !op(target - 1, '.') && !op(target - 1, ']')) {
      // `graph = require(…)` blanked from the name (the `const` left alone).
      out.push({ spec, names: [{ imported: member ?? 'default', local: id(target)! }], at: at(i + 2), assignment: [t.start[target]!, t.end[last]!], span: [t.start[target]!, t.end[last]!] });
    } else if (open !== -1) {
      // A destructuring is no assignment the reader sees: only `require(…)` is blanked, never what the pattern
      // holds besides (a default's `process.env.TOKEN` read stays the file's).
      out.push({ spec, names: namedList(t, open, target, id, op, ':'), at: at(i + 2), assignment: [t.start[i]!, t.end[last]!], span: [t.start[open]!, t.end[last]!] });
    } else {
      // A require kept whole or passed on (`module.exports = require(…)`, `use(require(…))`): not followed.
      out.push({ spec, names: [], all: true, at: at(i + 2) });
    }
  }
  return { imports: out, bound };
}

/**
 * The re-exports of a JavaScript/TypeScript file (a barrel, `lib/index.ts`): `export { graph, api as client }
 * from './graph'` (each as `{ imported, local }`: the name in that module and the one this file exports it
 * by) and `export * from './graph'` (`all`). `export type` and `export * as ns` are left out.
 */
export function reexportsOf(text: string): { spec: string; names: ImportedName[]; all: boolean }[] {
  const t = lex(text, 'js');
  const out: { spec: string; names: ImportedName[]; all: boolean }[] = [];
  const n = t.length;
  const id = (i: number) => (i >= 0 && i < n && t.kind[i] === ID ? t.v[i] : undefined);
  const op = (i: number, v: string) => i >= 0 && i < n && t.kind[i] === OP && t.v[i] === v;
  const str = (i: number) => (i >= 0 && i < n && t.kind[i] === STR ? t.v[i] : undefined);
  for (let i = 0; i < n; i++) {
    // CommonJS: `module.exports = require('./graph')` passes on all it exports, its default too.
    if (id(i) === 'module' && op(i + 1, '.') && id(i + 2) === 'exports' && op(i + 3, '=') && id(i + 4) === 'require' && op(i + 5, '(') && str(i + 6) !== undefined && op(i + 7, ')') && !op(i + 8, '.')) {
      out.push({ spec: str(i + 6)!, names: [{ imported: 'default', local: 'default' }], all: true });
      continue;
    }
    if (id(i) !== 'export' || op(i - 1, '.')) continue;
    if (op(i + 1, '*') && id(i + 2) === 'from' && str(i + 3) !== undefined) out.push({ spec: str(i + 3)!, names: [], all: true });
    // `export * as graph from './graph'`: the module whole, under one name (not followed: `opaque`).
    else if (op(i + 1, '*') && id(i + 2) === 'as' && id(i + 3) !== undefined && id(i + 4) === 'from' && str(i + 5) !== undefined)
      out.push({ spec: str(i + 5)!, names: [{ imported: '*', local: id(i + 3)! }], all: false });
    else if (op(i + 1, '{')) {
      const close = braceEnd(t, i + 1, id, op);
      if (close !== -1 && id(close + 1) === 'from' && str(close + 2) !== undefined) out.push({ spec: str(close + 2)!, names: namedList(t, i + 1, close, id, op, 'as'), all: false });
    }
  }
  return out;
}

/** Re-exports followed from one barrel to the next, at most (`lib/index.ts` passing on `lib/graph/index.ts`'s). */
export const MAX_REEXPORT_DEPTH = 8;

/**
 * What marks a barrel taken as opaque (past the depth or the budget, or passing such a barrel or a package not
 * resolved on): an import of any name of it is noted, whoever's the two files are.
 */
const CUT: ExportedBinding = Object.freeze({ name: '\0cut', kind: 'opaque', instagram: false });
/** A file that may export again a name it imports (addBarrels). */
const EXPORTS_AGAIN = /\bexport\s*(?:\{|default\b|=)|\bmodule\.exports\b|\bexports\s*[.[]/;
/** Bindings barrels pass on, in all (each `export *` copies its module's): past this, a barrel is taken as opaque. */
const MAX_BARREL_BINDINGS = 100_000;

/** A file read for the barrels: whether it exports anything, and its text when it may name an exporting module. */
type BarrelRead = { exports: boolean; text?: string };

/**
 * Adds to `index` the barrels among `files` that pass on a client of its modules: by `export … from`, `export *
 * from`, `module.exports = require(…)`, or an import exported again (`import { graph } from './graph'; export {
 * graph }`, `module.exports = { graph }`). Round by round, a barrel of barrels on the next, to
 * MAX_REEXPORT_DEPTH; a barrel found past that, or past MAX_BARREL_BINDINGS in all, is added with no binding: an
 * import of it is then noted as not followed (importsRead), never taken for nothing. `read(rel, needles)` reads
 * a file (needles: what its bytes must hold to be worth decoding; undefined: anything).
 */
export function addBarrels(
  index: Map<string, ExportedBinding[]>,
  files: readonly string[],
  read: (rel: string, needles: string[] | undefined) => BarrelRead,
  exists: (rel: string) => boolean,
  aliases: Aliases | undefined,
  patterns: readonly string[] = [],
  /** Told of each file it `wants` that exports something and calls through an imported client (a helper module). */
  clientUsers?: { wants: (rel: string) => boolean; add: (rel: string, text: string) => void },
): void {
  let candidates = files;
  const done = new Set<string>();
  let total = 0;
  // Barrels taken as opaque: one that passes one of them on is too.
  const cut = new Set<string>();
  const passesCut = (rel: string, text: string): boolean => {
    const packages = aliases?.packageDirs;
    if (cut.size === 0 && !packages) return false;
    const specs = [...reexportsOf(text).map((r) => r.spec), ...importsOf(text).map((i) => i.spec)];
    return specs.some((spec) => {
      const target = resolveImport(rel, spec, exists, aliases);
      // (A package of the folder that holds an exporting module, its entry point not found: passed on unread.)
      return target === undefined ? packages?.(spec).some((dir) => exporterUnder(index, dir)) === true : cut.has(target);
    });
  };
  const passedOn = (rel: string, text: string): ExportedBinding[] => {
    const own = index.get(rel) ?? [];
    const names = new Set(own.map((b) => b.name));
    const out: ExportedBinding[] = [];
    const add = (b: ExportedBinding) => {
      if (names.has(b.name)) return;
      names.add(b.name);
      out.push(b);
    };
    for (const b of reexportedBindings(rel, text, index, exists, aliases)) add(b);
    // An import exported again: the file read with its imports declared (importsRead), its exports then read as
    // any exporter's. Only where it can export a name it imports (`export {`, `export default`, `export =`,
    // CommonJS's exports): `export function` and `export const` make names of their own.
    if (!EXPORTS_AGAIN.test(text)) return out;
    const how = importsRead(rel, text, index, exists, aliases);
    if (how?.prelude) for (const b of findExportedBindings(how.prelude + blanked(text, how.blank), rel)) add({ ...b, from: how.through });
    return out;
  };
  for (let round = 0; round <= MAX_REEXPORT_DEPTH; round++) {
    const last = round === MAX_REEXPORT_DEPTH;
    const needles = importNeedles(index, patterns);
    const next: string[] = [];
    let added = false;
    for (const rel of candidates) {
      if (done.has(rel)) continue;
      const got = read(rel, needles);
      if (!got.exports) continue;
      next.push(rel);
      if (got.text === undefined) continue;
      if (clientUsers?.wants(rel) && !index.has(rel) && importsRead(rel, got.text, index, exists, aliases)?.prelude) clientUsers.add(rel, got.text);
      const passed = passedOn(rel, got.text);
      const opaque = passesCut(rel, got.text);
      if (!holdsClient(passed) && !opaque) continue;
      done.add(rel);
      added = true;
      // Past the depth or the budget, or passing such a barrel on: a barrel whose imports are noted, not followed.
      if (last || opaque || total + passed.length > MAX_BARREL_BINDINGS) {
        cut.add(rel);
        index.set(rel, [...(index.get(rel) ?? []), CUT]);
        continue;
      }
      total += passed.length;
      index.set(rel, [...(index.get(rel) ?? []), ...passed]);
    }
    if (!added) break;
    candidates = next;
  }
  // What passes a barrel taken as opaque on (found in no round yet: a chain past the depth) is opaque too:
  // one pass over the files left for what each names, then back along those names from the opaque ones.
  if (cut.size === 0) return;
  const namedBy = new Map<string, string[]>();
  for (const rel of candidates) {
    if (done.has(rel)) continue;
    const text = read(rel, undefined).text;
    if (text === undefined) continue;
    for (const spec of [...reexportsOf(text).map((r) => r.spec), ...importsOf(text).map((i) => i.spec)]) {
      const target = resolveImport(rel, spec, exists, aliases);
      if (target !== undefined) namedBy.set(target, [...(namedBy.get(target) ?? []), rel]);
    }
  }
  const queue = [...cut];
  while (queue.length > 0) {
    for (const rel of namedBy.get(queue.pop()!) ?? []) {
      if (cut.has(rel)) continue;
      cut.add(rel);
      index.set(rel, [...(index.get(rel) ?? []), CUT]);
      queue.push(rel);
    }
  }
}

/**
 * The bindings a barrel passes on from the exporting files of `index` (by its re-exports: `reexportsOf`), as
 * a file that imports the barrel sees them; empty when it passes none on.
 */
function reexportedBindings(rel: string, text: string, index: ExportIndex, exists: (rel: string) => boolean, aliases?: Aliases): ExportedBinding[] {
  const out: ExportedBinding[] = [];
  // As JavaScript resolves them: the file's own exports, then its named re-exports, then `export *` for the
  // names neither gives (a barrel's own `graph`, or `export { graph } from './internal'`, hides a star's).
  const seen = ownExportNames(text);
  const re = reexportsOf(text);
  for (const r of re) for (const { local } of r.names) if (r.spec !== '' && !r.all) seen.add(local);
  const taken = new Set<string>();
  for (const r of [...re.filter((x) => !x.all), ...re.filter((x) => x.all)]) {
    const target = resolveImport(rel, r.spec, exists, aliases);
    const from = target === undefined || target === rel ? undefined : byName(index, target);
    if (!from) continue;
    const pass = (b: ExportedBinding | undefined, as: string, star: boolean) => {
      if (!b || taken.has(as) || (star && seen.has(as))) return;
      taken.add(as);
      out.push({ ...b, name: as, from: [target!, ...(b.from ?? [])] });
    };
    for (const { imported, local } of r.names) pass(imported === '*' ? { name: local, kind: 'opaque', instagram: false } : from.get(imported), local, false);
    if (r.all) for (const [name, b] of from) if (name !== 'default') pass(b, name, true);
  }
  return out;
}

/**
 * The names a module exports that make no call, read from its tokens alone (a type, an interface, an enum, a
 * constant of a literal value): what a file may import from a module that calls Graph without its calls.
 */
export function inertExports(text: string): ExportedBinding[] {
  const out: ExportedBinding[] = [];
  if (!text.includes('export')) return out;
  const t = lex(text, 'js');
  const n = t.length;
  const id = (i: number) => (i >= 0 && i < n && t.kind[i] === ID ? t.v[i] : undefined);
  const op = (i: number, v: string) => i >= 0 && i < n && t.kind[i] === OP && t.v[i] === v;
  const literal = (k: number) => t.kind[k] === STR || t.kind[k] === NUM || ['true', 'false', 'null'].includes(id(k) ?? '');
  const valued = new Set<string>();
  const maybe: string[] = [];
  for (let i = 0; i + 1 < n; i++) {
    const w = id(i);
    if ((w === 'function' || w === 'class' || w === 'let' || w === 'var') && id(i + 1) !== undefined) valued.add(id(i + 1)!);
    if (w === 'const' && id(i + 1) !== undefined && !(op(i + 2, '=') && literal(i + 3) && (t.kind[i + 4] !== OP || op(i + 4, ';') || op(i + 4, ',')))) valued.add(id(i + 1)!);
    if (w !== 'export' || op(i - 1, '.')) continue;
    let q = i + 1;
    if (id(q) === 'declare') q++;
    const k = id(q);
    if ((k === 'interface' || k === 'type' || k === 'enum') && id(q + 1) !== undefined) maybe.push(id(q + 1)!);
    else if (k === 'const' && id(q + 1) === 'enum' && id(q + 2) !== undefined) maybe.push(id(q + 2)!);
    else if (k === 'const' && id(q + 1) !== undefined && op(q + 2, '=') && literal(q + 3) && (t.kind[q + 4] !== OP || op(q + 4, ';') || op(q + 4, ','))) maybe.push(id(q + 1)!);
  }
  for (const m of maybe) if (!valued.has(m)) out.push({ name: m, kind: 'inert', instagram: false });
  return out;
}

/** The names a file exports of its own (`export const|function|class X`, `export { a as b }` with no `from`, `export default`). */
function ownExportNames(text: string): Set<string> {
  const out = new Set<string>();
  if (!text.includes('export')) return out;
  const t = lex(text, 'js');
  const n = t.length;
  const id = (i: number) => (i >= 0 && i < n && t.kind[i] === ID ? t.v[i] : undefined);
  const op = (i: number, v: string) => i >= 0 && i < n && t.kind[i] === OP && t.v[i] === v;
  for (let i = 0; i < n; i++) {
    if (id(i) !== 'export' || op(i - 1, '.')) continue;
    let q = i + 1;
    while (id(q) === 'declare' || id(q) === 'async' || id(q) === 'abstract') q++;
    const k = id(q);
    if (k === 'default') out.add('default');
    else if (k === 'const' || k === 'let' || k === 'var' || k === 'function' || k === 'class' || k === 'enum' || k === 'interface' || k === 'type') {
      const name = id(q + 1) === 'enum' ? id(q + 2) : op(q + 1, '*') ? id(q + 2) : id(q + 1);
      if (name !== undefined) out.add(name);
    } else if (op(q, '{')) {
      const close = braceEnd(t, q, id, op);
      if (close === -1 || id(close + 1) === 'from') continue;
      for (const x of namedList(t, q, close, id, op, 'as')) out.add(x.local);
    }
  }
  return out;
}

/**
 * The `}` that closes an import's `{` at `open`, else -1: it stops at a `{`, `;` or another `import`, so the
 * scans of two imports never cover one token twice (linear however long the list).
 */
function braceEnd(t: Tokens, open: number, id: (i: number) => string | undefined, op: (i: number, v: string) => boolean): number {
  for (let k = open + 1; k < t.length; k++) {
    if (op(k, '}')) return k;
    if (op(k, '{') || op(k, ';') || id(k) === 'import') return -1;
  }
  return -1;
}

/** The `{` that opens a destructuring's `}` at `close`, else -1: it stops at a `}` or `;` (linear, as braceEnd). */
function braceStart(close: number, op: (i: number, v: string) => boolean): number {
  for (let k = close - 1; k >= 0; k--) {
    if (op(k, '{')) return k;
    if (op(k, '}') || op(k, ';') || op(k, ')')) return -1;
  }
  return -1;
}

/** `{ a, b as c, type d }` (`alias` = `as`) or `{ a, b: c }` (`alias` = `:`) between `open` and `close`. */
function namedList(t: Tokens, open: number, close: number, id: (i: number) => string | undefined, op: (i: number, v: string) => boolean, alias: 'as' | ':'): ImportedName[] {
  const out: ImportedName[] = [];
  for (let k = open + 1; k < close; k++) {
    if (!(op(k - 1, '{') || op(k - 1, ','))) continue;
    // `type d` (an import of a type only) binds no value.
    if (alias === 'as' && id(k) === 'type' && id(k + 1) !== undefined && id(k + 1) !== 'as') continue;
    const name = id(k) ?? (t.kind[k] === STR ? t.v[k] : undefined);
    if (name === undefined) continue;
    const aliased = alias === 'as' ? id(k + 1) === 'as' && id(k + 2) !== undefined : op(k + 1, ':') && id(k + 2) !== undefined && (op(k + 3, ',') || op(k + 3, '}'));
    if (!aliased && !(op(k + 1, ',') || op(k + 1, '}'))) continue;
    out.push({ imported: name, local: aliased ? id(k + 2)! : name });
  }
  return out;
}

/** A base URL for a binding's client: the host its module's client has (the calls through it give the path). */
const hostOf = (b: ExportedBinding) => (b.instagram ? 'https://graph.instagram.com' : 'https://graph.facebook.com');

/** A template literal of a URL's parts: literal text escaped, each hole `${…}` of a name nothing declares. */
function templateOf(parts: readonly Part[]): string {
  // A hole keeps its name (`${apiVersion}`: the reader tells a version by it), a name nothing declares here.
  return `\`${parts.map((p) => ('lit' in p ? p.lit.replace(/[\\`]|\$\{/g, (m) => `\\${m}`) : `\${${IDENTIFIER.test(p.hole) ? p.hole : '__graphguard_unknown'}}`)).join('')}\``;
}

/** One line of JavaScript that declares `local` as the binding's module made it (none for an `opaque` one). */
function declaration(local: string, b: ExportedBinding): string | undefined {
  const made = `axios.create({ baseURL: '${hostOf(b)}' })`;
  switch (b.kind) {
    case 'client':
      return `const ${local} = ${made};`;
    case 'factory':
      return `function ${local}() { return ${made}; }`;
    case 'config':
      return `const ${local} = { baseURL: '${hostOf(b)}' };`;
    case 'url':
      return `const ${local} = ${templateOf(b.url ?? [{ lit: hostOf(b) }])};`;
    case 'opaque':
    case 'chosen':
    case 'inert':
      return undefined;
  }
}

/** How a file is read with the Graph clients it imports (`importsRead`). */
export interface ImportsRead {
  /** Declarations to read ahead of the file's text, one a line. */
  prelude: string;
  /** Spans of the file's text blanked (CommonJS assignments of names the prelude declares). */
  blank: [start: number, end: number][];
  /** Imports of a module that exports a Graph client that are not followed: where, and why. */
  unfollowed: { start: number; end: number; why: string }[];
  /** The exporting files the file's reading depends on. */
  through: string[];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * How a file is read with the Graph clients it imports, or undefined when it imports none (nor anything of a
 * module that exports one). Each name bound to one exporting module's client, config, factory or URL is
 * declared ahead of the file (`prelude`). An import of such a module that cannot be followed is noted where it
 * is (`unfollowed`): the module whole (`import * as`, `import()`, `require()` kept whole), a name of it that is
 * no client (a function of the module makes its calls there, for that file's user), a name bound twice in the
 * file to different things, a path no tsconfig maps whose last part names an exporting module. `exists`
 * says which files are listed (to resolve an import's path as Node and TypeScript do).
 */
export function importsRead(
  rel: string,
  text: string,
  index: ExportIndex,
  exists: (rel: string) => boolean,
  aliases?: Aliases,
  /** Whether an import of `target`'s names needs no note from this file (a module that calls Graph for the same user). */
  quiet?: (importer: string, target: string) => boolean,
  /** Why a client of `target` is not declared for this file (a client bound to another user's token), if it is not. */
  refuse?: (importer: string, target: string, b: ExportedBinding) => string | undefined,
): ImportsRead | undefined {
  if (languageOf(rel) !== 'js' || index.size === 0) return undefined;
  const stems = exporterStems(index);
  const { imports, bound: rebound } = readImportsOf(text);
  // A test's mock of the module (`vi.mock('../lib/graph')`, `jest.mock`) calls nothing; nor does a mock server's
  // handler (msw, nock) on an imported Graph URL: in such a file nothing is declared.
  const mocked = new Set<string>();
  for (const m of text.matchAll(MOCK_CALL)) mocked.add(m[2]!);
  if (imports.some((i) => MOCK_SERVERS.has(i.spec))) return undefined;
  const bound = new Map<string, { b: ExportedBinding | undefined; key: string; span: [number, number] | undefined }[]>();
  const out: ImportsRead = { prelude: '', blank: [], unfollowed: [], through: [] };
  const uses: { imp: ImportOf; local: string; b: ExportedBinding }[] = [];
  const through = new Set<string>();
  const note = (imp: ImportOf, why: string) => out.unfollowed.push({ start: imp.at[0], end: imp.at[1], why });
  for (const imp of imports) {
    const target = resolveImport(rel, imp.spec, exists, aliases);
    const bindings = target === undefined || target === rel ? undefined : byName(index, target);
    if (!bindings) {
      // A path not resolved that can only be the folder's own: an alias (`@/lib/graph`, `~/graph`, `#graph`, a
      // tsconfig pattern's) whose last part names an exporting module. A package (`axios`, `@scope/api`) is not.
      const stem = imp.spec.replace(/\/(?:index)?(?:\.[cm]?[jt]sx?)?$/, '').replace(/\.[cm]?[jt]sx?$/, '').split('/').pop() ?? '';
      const alias = ALIAS_PREFIX.test(imp.spec) || aliases?.mapsByPattern?.(rel, imp.spec) === true;
      if (target === undefined && alias && stems.has(stem)) note(imp, 'a path not resolved');
      // One of the folder's own packages, by name, that holds an exporting module: its entry point not found.
      else if (target === undefined && aliases?.packageDirs?.(imp.spec).some((dir) => exporterUnder(index, dir))) note(imp, 'a package of the folder whose entry point was not found');
      for (const { local } of imp.names) bound.set(local, [...(bound.get(local) ?? []), { b: undefined, key: `${imp.spec}\0${local}`, span: imp.span }]);
      continue;
    }
    through.add(target!);
    if (imp.all) {
      note(imp, 'the module taken whole');
      continue;
    }
    for (const { imported, local } of imp.names) {
      const b = bindings.get(imported);
      bound.set(local, [...(bound.get(local) ?? []), { b, key: `${target}\0${imported}`, span: imp.span }]);
      for (const f of b?.from ?? []) through.add(f);
      if (b?.kind === 'inert') continue;
      if (!b && quiet?.(rel, target!) && !bindings.has(CUT.name)) continue;
      if (!b) note(imp, `\`${imported}\` of a module that holds a Graph client`);
      else if (b.kind === 'opaque') note(imp, `\`${imported}\` holds a Graph client`);
      else if (b.kind === 'chosen') note(imp, `\`${imported}\` has its host chosen by its caller`);
      else if (mocked.has(imp.spec)) continue;
      else {
        const why = refuse?.(rel, target!, b);
        if (why) note(imp, why);
        else uses.push({ imp, local, b });
      }
    }
  }
  const lines: string[] = [];
  const declared = new Set<string>();
  const refused = new Set<string>();
  for (const { imp, local, b } of uses) {
    if (declared.has(local) || refused.has(local)) continue;
    const all = bound.get(local)!;
    // The file binds the name otherwise too (an import of something else, a declaration, a destructuring):
    // neither is taken. Its imports of this one client (two functions' `require`) are one.
    const spans = all.map((x) => x.span);
    const elsewhere = (rebound.get(local) ?? []).some((o) => !spans.some((sp) => sp !== undefined && o >= sp[0] && o < sp[1]));
    if (!IDENTIFIER.test(local) || elsewhere || all.some((x) => x.key !== all[0]!.key)) {
      note(imp, IDENTIFIER.test(local) ? `\`${local}\` bound to more than one thing` : 'a name not read');
      refused.add(local);
      continue;
    }
    declared.add(local);
    lines.push(`${declaration(local, b)}\n`);
  }
  // The assignments of the names declared ahead are blanked (CommonJS, `import x = require`).
  for (const { imp } of uses)
    if (imp.assignment && imp.names.some((x) => declared.has(x.local)) && !imp.names.some((x) => refused.has(x.local)) && !out.blank.includes(imp.assignment)) out.blank.push(imp.assignment);
  if (lines.length === 0 && out.unfollowed.length === 0) return undefined;
  out.prelude = lines.join('');
  out.through = [...through];
  return out;
}

/** A test framework's module mock: `vi.mock('…')`, `jest.mock("…")`, `vi.doMock(…)`. */
const MOCK_CALL = /\b(?:vi|jest)\.(?:mock|doMock|unstable_mockModule)\(\s*(['"`])([^'"`\n]{1,512})\1/g;
/** Mock servers: a file that imports one serves Graph's answers, it does not call Graph. */
const MOCK_SERVERS = new Set(['msw', 'msw/node', 'msw/browser', 'nock', 'fetch-mock', 'jest-fetch-mock', 'vitest-fetch-mock', 'axios-mock-adapter']);

/** How an alias of the folder's own files starts (`@/`, `~/`, `~`, `#`, `$lib/`), never a package's name. */
const ALIAS_PREFIX = /^(?:@\/|~|#|\$)/;

/** Whether a module's exports hold a Graph client (not only names that make no call). */
export function holdsClient(bindings: readonly ExportedBinding[]): boolean {
  return bindings.some((b) => b.kind !== 'inert');
}

/**
 * The name a module is imported by (its base name without extension; a folder's for an `index` file), and
 * whether it is an `index` (also imported as `'.'`, `'..'`, `./index`). '' for a root `index`.
 */
function stemOf(file: string): { name: string; index: boolean } {
  const base = path.posix.basename(file).replace(/\.[^.]+$/, '');
  const index = base === 'index';
  const name = index ? path.posix.basename(path.posix.dirname(file)) : base;
  return { name: name === '.' ? '' : name, index };
}

/** The names the exporting files go by (stemOf). */
function exporterStems(index: ExportIndex): Set<string> {
  const out = new Set<string>();
  for (const file of index.keys()) out.add(stemOf(file).name);
  out.delete('');
  return out;
}

/** Whether some exporting file of `index` is in folder `dir` ('' for the whole folder); the folders made once per index and size (it only grows). */
const exporterDirsCache = new WeakMap<ExportIndex, { size: number; dirs: Set<string> }>();
function exporterUnder(index: ExportIndex, dir: string): boolean {
  if (index.size === 0) return false;
  let got = exporterDirsCache.get(index);
  if (!got || got.size !== index.size) {
    const dirs = new Set(['']);
    for (const file of index.keys()) for (let d = path.posix.dirname(file); d !== '.' && !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
    got = { size: index.size, dirs };
    exporterDirsCache.set(index, got);
  }
  return got.dirs.has(dir);
}

/** A module's bindings by exported name, made once per list (a module may export thousands). */
const byNameCache = new WeakMap<readonly ExportedBinding[], Map<string, ExportedBinding>>();
function byName(index: ExportIndex, file: string): Map<string, ExportedBinding> | undefined {
  const list = index.get(file);
  if (!list) return undefined;
  let names = byNameCache.get(list);
  if (!names) {
    names = new Map();
    for (const b of list) if (!names.has(b.name)) names.set(b.name, b);
    byNameCache.set(list, names);
  }
  return names;
}

/**
 * What a file's bytes hold if it may import one of the exporting files (any one of them), or undefined when
 * no test of its bytes can tell (a tsconfig path pattern that maps every name). The module's name as an
 * import's path ends with it (its base name without extension, or its folder's for an `index` file), after a
 * `/` or a quote (`'./lib/graph'`, `"@/graph.js"`, `'graph'`); a folder's index as `'.'`, `'..'` or
 * `./index`; and the text before the `*` of each tsconfig path pattern (`paths`), after a quote.
 */
export function importNeedles(index: ExportIndex, patterns: readonly string[] = []): string[] | undefined {
  const out = new Set<string>();
  const quotes = ["'", '"', '`'];
  for (const file of index.keys()) {
    const { name, index: isIndex } = stemOf(file);
    if (name !== '') for (const before of ['/', ...quotes]) out.add(`${before}${name}`);
    if (isIndex) {
      out.add('/index');
      for (const q of quotes) for (const d of ['.', '..', './', '../']) out.add(`${q}${d}${q}`);
    }
  }
  for (const pattern of patterns) {
    const prefix = pattern.split('*')[0]!;
    if (prefix === '') return undefined;
    for (const q of quotes) out.add(`${q}${prefix}`);
  }
  return [...out];
}

/** Lines in a prelude (each of its declarations ends one). */
function linesOf(prelude: string): number {
  let n = 0;
  for (let i = prelude.indexOf('\n'); i !== -1; i = prelude.indexOf('\n', i + 1)) n++;
  return n;
}

/** `text` with the spans blanked: each character but a line break made a space (offsets and lines kept). */
function blanked(text: string, spans: readonly [number, number][]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (a < from) continue;
    parts.push(text.slice(from, a), text.slice(a, b).replace(/[^\r\n]/g, ' '));
    from = b;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * A file's calls and token reads, read as `importsRead` says: its declarations ahead of the text, the
 * assignments they stand for blanked, and one *unresolved* call at each import not followed. Positions and
 * the code frames' lines are the file's own; nothing in the declarations is reported.
 */
export function readWithImports(src: { path: string; text: string }, read: ImportsRead, tokenNames: readonly string[], opts: { discover?: boolean } = {}): FileCalls & { through: string[] } {
  const { prelude } = read;
  const text = blanked(src.text, read.blank);
  const got = readFileCalls({ path: src.path, text: prelude + text, startLine: 1 - linesOf(prelude), owns: (o) => o >= prelude.length }, tokenNames, opts);
  // A frame's line is the file's own, not its blanked copy.
  const lines = read.blank.length > 0 || read.unfollowed.length > 0 ? new LineIndex(src.text) : undefined;
  const calls = got.calls.map((c) => (read.blank.length > 0 && c.source !== undefined ? { ...c, source: lines!.lineText(c.line)!.replace(/\r$/, '') } : c));
  if (read.unfollowed.length > 0) {
    for (const u of read.unfollowed) {
      const a = lines!.position(u.start);
      const b = lines!.position(u.end);
      calls.push({ file: src.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, method: 'GET', via: 'client', status: 'unresolved', reason: importNotFollowedReason(u.why) });
    }
    calls.sort((x, y) => x.line - y.line || x.column - y.column);
  }
  return { ...got, calls, through: read.through };
}

/** Why an import of a module that exports a Graph client stands for calls not read. */
export function importNotFollowedReason(why: string): string {
  return `an import of a module that exports a Graph client, not followed (${why}): the calls made through it are not read`;
}
