/**
 * The calls made through what another file holds, read once the rules' pass has read every file's own
 * calls (SPEC §7, with ScanInput.calls). Three readers, in this order:
 * - Python (follow-python-imports.ts): a Graph client another module holds at its top level;
 * - Go, PHP, Java/Kotlin, Ruby and Spring (src/calls/shared-values.ts): a Graph URL another file gives a name;
 * - JavaScript/TypeScript (src/calls/imports.ts): a Graph client another file exports.
 * Only files whose calls can count for a user are read again: those a user's `code:` globs match or whose
 * token reads were found (every file, for `infer` without a manifest). The readers are loaded (`await
 * import()`) only when a scan needs one.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { compileGlobs } from '../glob.js';
import type { ExportedBinding } from '../calls/sites.js';
import type { FileCalls } from '../calls/analyze.js';
import { languageOf } from '../calls/language.js';
import { isExportedClientReason } from '../calls/markers.js';
import { isSpringConfig } from '../calls/spring-config.js';
import { decodeSource, type ByteReader } from './read.js';
import type { CallsSeen } from './rules-pass.js';
import type { ScanInput } from './run.js';
import { absolutePath, type ListFilesResult } from './walk.js';
import { followPythonImports } from './follow-python-imports.js';

/** What the reading through imports takes from the scan. */
export interface ImportScan {
  input: ScanInput;
  listing: ListFilesResult;
  /** The rules' pass's reader (ByteReader: a file's bytes, valid until its next read). */
  reader: ByteReader;
  /** The calls the rules' pass read; the calls read through imports are set here too. */
  calls: CallsSeen;
  /** Whether a listed file is a tracked one under a folder that became a symlink (RulesPass.throughLink): never read. */
  throughLink: (rel: string) => boolean;
  /** Whether a folder on a path is a symlink (RulesPass.underSymlink). */
  underSymlink: (rel: string) => boolean;
}

/** What each reader asks of the scan and of the manifest's users (`followContext` makes it once). */
export interface FollowContext {
  scan: ImportScan;
  tokenNames: string[];
  /** `infer` without a manifest: every file's calls count, the env vars named `*TOKEN*` it reads are its tokens. */
  discover: boolean;
  /** A listed file's bytes (`ByteReader.read`). */
  bytesOf: (rel: string) => ReturnType<ByteReader['read']>;
  /** A file's text, or undefined when it is not a readable text file (or lies through a symlinked folder). */
  textOf: (rel: string) => string | undefined;
  throughLink: (rel: string) => boolean;
  /** Whether a path is one of the folder's files (listed, or with `--changed-only` a regular file on disk). */
  exists: (rel: string) => boolean;
  /** The user a file's `code:` globs give it. */
  owner: (rel: string) => number | undefined;
  /** The declared tokens each Python module reads (filled by followPythonImports; `refuse` asks it). */
  moduleTokens: Map<string, string[]>;
  /** Whether a file's calls can count for a user. */
  wanted: (rel: string) => boolean;
  /** Whether an importer of the module may be another user's (or none's). */
  mayServeAnother: (rel: string) => boolean;
  /** Whether an import is not worth noting (importer and module are one user's). */
  quiet: (importer: string, target: string) => boolean;
  /** Why a client the importer takes from `target` is not declared for it, or undefined when it is. */
  refuse: (importer: string, target: string, b: ExportedBinding) => string | undefined;
  readWithImports: typeof import('../calls/imports.js').readWithImports;
}

/** Reads the calls made through other files' clients and values, when some file holds one (see the top comment). */
export async function followImports(scan: ImportScan): Promise<void> {
  const { input, listing, calls } = scan;
  const exporters = [...calls.files.values()].filter((f) => f.calls.some((c) => c.status === 'unresolved' && isExportedClientReason(c.reason)));
  // With `--changed-only` the modules a changed file imports are not listed: they are looked for below.
  const changedOnly = input.changedOnly !== undefined;
  // Python: a module with a call marker may hold a client; with `--changed-only`, an unchanged one may.
  const python =
    calls.pythonMarked.size > 0 || [...calls.files.keys()].some((f) => languageOf(f) === 'python') || (changedOnly && listing.files.some((f) => languageOf(f) === 'python'));
  // Go, PHP, Java, Ruby: a Graph URL one file holds that others use; Spring: a configuration that may set one.
  const shared = calls.valueMarked.size > 0 || listing.files.some(isSpringConfig);
  if (exporters.length === 0 && !changedOnly && !python && !shared) return;
  const imports = await import('../calls/imports.js');
  const ctx = await followContext(scan, changedOnly, imports.readWithImports);
  if (python) await followPythonImports(ctx);
  if (shared) await followSharedValues(ctx);
  if (exporters.length === 0 && !changedOnly) return;
  followJsImports(ctx, imports, exporters, changedOnly);
}

/** The scan's files and the manifest's users as the readers ask about them. */
async function followContext(scan: ImportScan, changedOnly: boolean, readWithImports: FollowContext['readWithImports']): Promise<FollowContext> {
  const { input, listing, reader, throughLink, underSymlink, calls } = scan;
  const { cwd, manifest } = input;
  const valid = manifest !== undefined;
  const discover = input.calls!.discover === true;
  const bytesOf = (rel: string) => reader.read(absolutePath(cwd, rel, listing.raw));
  // Not a tracked file under a folder that became a symlink (RulesPass.visit says why).
  const textOf = (rel: string): string | undefined => {
    if (throughLink(rel)) return undefined;
    const got = bytesOf(rel);
    return got !== 'stream' && got.kind === 'text' ? decodeSource(got.bytes!).text : undefined;
  };
  // Each user's `code:` globs on their own (one user's `!` excludes nothing of another's).
  const coded = input.calls!.discover || !valid ? [] : (manifest.systemUsers ?? []).filter((u) => (u.code ?? []).length > 0).map((u) => compileGlobs(u.code!));
  const wanted = (rel: string) => input.calls!.discover === true || calls.files.has(rel) || coded.some((m) => m(rel));
  // The user a file's `code:` globs give it (analyze.ts's attribution, with no token read): its index in the manifest.
  const { attribute } = await import('../calls/analyze.js');
  const ownerOf = (rel: string): number | undefined => (valid ? attribute(manifest, { file: rel, calls: [], tokens: [] })?.userIndex : undefined);
  // Only where an importer may be another user's (or none's): a module of no user, or with several users' globs.
  const mayServeAnother = (rel: string) => coded.length !== 1 || ownerOf(rel) === undefined;
  const quiet = (importer: string, target: string): boolean => {
    const owner = ownerOf(importer);
    return owner !== undefined && owner === ownerOf(target);
  };
  // A client (or a factory of one) whose module reads a declared token (`params: { access_token:
  // process.env.SHOP_TOKEN }`) makes its calls with that token: declared only for a file of that token's user,
  // else noted (never counted for another).
  const users = valid ? (manifest.systemUsers ?? []) : [];
  const moduleTokens = new Map<string, string[]>();
  const refuse = (importer: string, target: string, b: ExportedBinding): string | undefined => {
    // (Python: a factory too, and a module that reads two users' tokens refuses all its clients. JavaScript reads a
    // factory's token parameter at its call, and a module's clients by the importer's token.)
    const python = languageOf(target) === 'python';
    if (input.calls!.discover || (b.kind !== 'client' && b.kind !== 'config' && !(python && b.kind === 'factory'))) return undefined;
    const bound = new Set([...(calls.files.get(target)?.tokens ?? []).map((t) => t.name), ...(moduleTokens.get(target) ?? [])]);
    if (bound.size === 0) return undefined;
    // A module that reads two users' tokens: which one a client of it is bound to is not told.
    if (python && bound.size > 1) return "a client of a module that reads more than one user's token";
    const owner = ownerOf(importer);
    const secrets = owner !== undefined ? [users[owner]?.token?.secret] : (calls.files.get(importer)?.tokens ?? []).map((t) => t.name);
    return secrets.some((x) => x !== undefined && bound.has(x)) ? undefined : 'a client bound to the token its module reads, of another user';
  };
  const listed = new Set(listing.files);
  // A file not listed (`--changed-only`) that is one of the folder's: a regular file, on no symlink.
  const onDisk = (r: string): boolean => {
    if (!changedOnly || r.startsWith('../') || path.posix.isAbsolute(r) || underSymlink(r)) return false;
    try {
      return lstatSync(path.join(cwd, r)).isFile();
    } catch {
      return false;
    }
  };
  const exists = (r: string) => listed.has(r) || onDisk(r);
  return { scan, tokenNames: input.calls!.tokenNames, discover, bytesOf, textOf, throughLink, exists, owner: ownerOf, moduleTokens, wanted, mayServeAnother, quiet, refuse, readWithImports };
}

/**
 * A value another file gives a name this file uses (src/calls/shared-values.ts: a Go package's Graph URL constants,
 * a class constant named qualified, a Spring `@Value` field), declared ahead of its text: what every reader declares
 * for a file is gathered, then the file is read again once.
 */
async function followSharedValues(ctx: FollowContext): Promise<void> {
  const { valueMarked } = ctx.scan.calls;
  const values = await import('../calls/shared-values.js');
  const ahead = new Map<string, { text: string; prelude: string; through: string[]; blank: [number, number][] }>();
  const read = (rel: string, text: string, prelude: string, through: string[], blank: [number, number][] = []) => {
    const a = ahead.get(rel) ?? { text, prelude: '', through: [], blank: [] };
    ahead.set(rel, { text, prelude: a.prelude + prelude, through: [...new Set([...a.through, ...through])], blank: [...a.blank, ...blank] });
  };
  const io = { files: ctx.scan.listing.files, textOf: ctx.textOf, wanted: ctx.wanted, read };
  values.readGoPackages(io, valueMarked);
  values.readSharedClassUrls(io, valueMarked);
  values.readSpringValues(io);
  for (const [rel, a] of ahead) {
    const got = ctx.readWithImports({ path: rel, text: a.text }, { prelude: a.prelude, blank: a.blank, unfollowed: [], through: a.through }, ctx.tokenNames, { discover: ctx.discover });
    if (got.calls.length > 0 || got.tokens.length > 0) ctx.scan.calls.files.set(rel, got);
  }
}

/**
 * The calls made through a Graph client another JavaScript/TypeScript file exports (src/calls/imports.ts): the files
 * that export one are read for what they export (with `--changed-only`, also the modules the changed files import,
 * which are not listed), barrels that pass a client on are found, and the files that may import one are read again
 * with it declared.
 */
function followJsImports(ctx: FollowContext, imports: typeof import('../calls/imports.js'), exporters: readonly FileCalls[], changedOnly: boolean): void {
  const { listing } = ctx.scan;
  const callFiles = ctx.scan.calls.files;
  const { textOf, exists, wanted, throughLink, mayServeAnother } = ctx;
  const index = new Map<string, ExportedBinding[]>();
  for (const f of exporters) {
    const text = textOf(f.file);
    const bindings = text === undefined ? [] : imports.findExportedBindings(text, f.file);
    if (imports.holdsClient(bindings)) index.set(f.file, bindings);
  }
  // tsconfig.json's `paths` (`@/lib/graph`), from the one nearest each importer; the folder's own packages by name.
  const configs = (listing.whole ?? listing.files).filter(imports.isResolutionConfig);
  const { aliases, patterns } = imports.importAliases(configs, exists, textOf);
  if (changedOnly) {
    // The modules the changed files import, and those they pass on (`export … from`), read for their clients.
    const seen = new Set<string>();
    const passing = new Map<string, string>();
    let frontier: string[] = [];
    for (const rel of listing.files) {
      if (languageOf(rel) !== 'js' || !wanted(rel)) continue;
      const text = textOf(rel);
      if (text !== undefined) for (const imp of imports.importsOf(text)) frontier.push(imports.resolveImport(rel, imp.spec, exists, aliases) ?? '');
    }
    for (let depth = 0; depth <= imports.MAX_REEXPORT_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const rel of frontier) {
        // (A bound on the modules read: the changed files' imports, not the whole repository's.)
        if (rel === '' || seen.has(rel) || languageOf(rel) !== 'js' || seen.size >= MAX_CHANGED_ONLY_MODULES) continue;
        seen.add(rel);
        const text = textOf(rel);
        if (text === undefined) continue;
        const bindings = index.has(rel) ? [] : imports.findExportedBindings(text, rel);
        if (imports.holdsClient(bindings)) index.set(rel, bindings);
        const specs = [...imports.reexportsOf(text).map((r) => r.spec), ...imports.importsOf(text).map((i) => i.spec)];
        if (specs.length > 0) passing.set(rel, text);
        for (const spec of specs) next.push(imports.resolveImport(rel, spec, exists, aliases) ?? '');
      }
      frontier = next;
    }
    imports.addBarrels(index, [...passing.keys()], (rel) => ({ exports: true, text: passing.get(rel) }), exists, aliases, patterns);
  }
  if (index.size === 0) return;
  // Modules that call the Graph API themselves (their own calls were read, or they call through an imported
  // client: addBarrels finds those): a file that imports a function of one of them calls Graph through it, for
  // the module's user. Such an import is noted for the importer (importsRead), unless both are one user's.
  const callModule = (rel: string, text: string | undefined): void => {
    if (!index.has(rel) && text !== undefined) index.set(rel, imports.inertExports(text));
  };
  for (const f of callFiles.values()) if (f.calls.length > 0 && languageOf(f.file) === 'js' && !index.has(f.file) && mayServeAnother(f.file)) callModule(f.file, textOf(f.file));
  const needlesOf = () => imports.importNeedles(index, patterns)?.map((n) => Buffer.from(n, 'utf8'));
  let names = needlesOf();
  // Past some hundred names (or a path pattern that maps any name), every file is lexed for its imports.
  const mayName = (b: Buffer) => names === undefined || names.length > 256 || names.some((n) => b.includes(n));
  // Barrels (`lib/index.ts`: `export { graph } from './graph'`, `export * from`, an import exported again) pass
  // the clients on: they export them too, found before the importers are read (imports.addBarrels).
  const EXPORT = Buffer.from('export');
  let needleBytes: { of: string[] | undefined; bytes: Buffer[] } | undefined;
  imports.addBarrels(
    index,
    listing.files,
    (rel, needles) => {
      if (languageOf(rel) !== 'js' || throughLink(rel)) return { exports: false };
      const got = ctx.bytesOf(rel);
      if (got === 'stream' || got.kind !== 'text' || !got.bytes!.includes(EXPORT)) return { exports: false };
      if (needleBytes?.of !== needles) needleBytes = { of: needles, bytes: (needles ?? []).map((x) => Buffer.from(x, 'utf8')) };
      const bytes = needleBytes!.bytes;
      const may = needles === undefined || needles.length > 256 || bytes.some((x) => got.bytes!.includes(x));
      return may ? { exports: true, text: decodeSource(got.bytes!).text } : { exports: true };
    },
    exists,
    aliases,
    patterns,
    { wants: mayServeAnother, add: callModule },
  );
  names = needlesOf();
  for (const rel of listing.files) {
    if (languageOf(rel) !== 'js' || !wanted(rel) || throughLink(rel)) continue;
    const got = ctx.bytesOf(rel);
    if (got === 'stream' || got.kind !== 'text' || !mayName(got.bytes!)) continue;
    const text = decodeSource(got.bytes!).text;
    const how = imports.importsRead(rel, text, index, exists, aliases, ctx.quiet, ctx.refuse);
    if (how === undefined) continue;
    const read = imports.readWithImports({ path: rel, text }, how, ctx.tokenNames, { discover: ctx.discover });
    if (read.calls.length > 0 || read.tokens.length > 0) callFiles.set(rel, read);
  }
}

/** Modules read for the clients they export with `--changed-only` (the changed files' imports, and theirs), at most. */
const MAX_CHANGED_ONLY_MODULES = 2000;
