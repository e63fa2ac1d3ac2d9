/**
 * The calls made through a Graph client another Python module holds (src/calls/python-imports.ts): the
 * Python files a call marker matched are read for their top-level clients; a module that calls Graph itself
 * (where an importer may be another user's) counts as one that holds a client, of no name; the modules that
 * import a client pass it on, round by round; then the Python files whose calls can count for a user are
 * read with the clients they import declared ahead. Last (with a manifest), a client bound to a user's token
 * that a module of no user imports is noted at the client's module.
 *
 * Read `followPythonImports`, then `PythonImports` in its order: what a module holds (`settle`, `work`,
 * `bindingsOf`), the importers read with it (`readImporters`), the importers no user is attributed
 * (`noteUnattributedImporters`).
 */
import path from 'node:path';
import { languageOf } from '../calls/language.js';
import type { PyImport } from '../calls/python-imports.js';
import type { ExportedBinding } from '../calls/sites.js';
import type { FollowContext } from './follow-imports.js';

/** A Python test's path: `tests/…`, `test_x.py`, `x_test.py`, `conftest.py`. */
const PYTHON_TEST = /(?:^|\/)(?:tests?\/|test_[^/]*\.py$|[^/]*_test\.py$|conftest\.py$)/;

const GRAPH_HOSTS = ['graph.facebook.com', 'graph.instagram.com'];
const IMPORT = Buffer.from('import');

type PythonModules = typeof import('../calls/python-imports.js');
type FindModuleBindings = typeof import('../calls/sites.js').findModuleBindings;

/** Reads the Python files that import a Graph client from another module (see the top comment); sets their calls in `ctx.scan.calls.files`. */
export async function followPythonImports(ctx: FollowContext): Promise<void> {
  const files = ctx.scan.listing.files.filter((f) => languageOf(f) === 'python' && !ctx.throughLink(f) && ctx.wanted(f));
  if (files.length === 0) return;
  const py = await import('../calls/python-imports.js');
  const { findModuleBindings } = await import('../calls/sites.js');
  const modules = new PythonImports(ctx, py, findModuleBindings);
  modules.readImporters(files);
  if (!ctx.discover) modules.noteUnattributedImporters();
}

/** The folder's Python modules as their importers see them, worked out once each, and the importers read with them. */
class PythonImports {
  /** A module's names as an importer sees them (`bindingsOf`), by path; absent: it holds nothing an importer needs to know of. */
  private readonly index = new Map<string, ExportedBinding[]>();
  /** Each module's functions and classes (an importer's call of one is read in the module, for its user). */
  private readonly defsOf = new Map<string, Set<string>>();
  /** Each module's imports of the folder's own modules (not `os`, `httpx`), read once, when first needed. */
  private readonly importsOf = new Map<string, PyImport[]>();
  /** The declared tokens a module reads, and the names it binds to one (`TOKEN = os.environ["META_PAGES_TOKEN"]`). */
  private readonly constantsOf = new Map<string, Map<string, string>>();
  /**
   * Modules worked out (`settle`), being worked out (their imports first), and those of a cycle, to be worked out
   * again once it is closed (`graph.py`'s `from . import utils` under an `__init__.py` that imports `graph`).
   */
  private readonly settled = new Set<string>();
  private readonly inProgress = new Set<string>();
  private readonly again: string[] = [];

  constructor(
    private readonly ctx: FollowContext,
    private readonly py: PythonModules,
    private readonly findModuleBindings: FindModuleBindings,
  ) {}

  /** Each Python file whose calls can count for a user, read with the clients it imports declared ahead. */
  readImporters(files: readonly string[]): void {
    const { py, ctx } = this;
    const isDef = (target: string, name: string) => this.defsOf.get(target)?.has(name) === true;
    for (const rel of files) {
      const got = this.reach(rel);
      if (!got || got.list.length === 0) continue;
      const { list, text } = got;
      const how = py.pythonImportsRead(rel, list, this.index, ctx.exists, ctx.quiet, ctx.refuse, undefined, isDef, list.some((imp) => imp.indented) ? py.pythonParameterNames(text) : undefined);
      if (how === undefined) continue;
      const read = ctx.readWithImports({ path: rel, text }, how, ctx.tokenNames, { discover: ctx.discover });
      if (read.calls.length > 0 || read.tokens.length > 0) ctx.scan.calls.files.set(rel, read);
    }
  }

  /**
   * A client bound to a declared token (its module reads `META_SHOP_TOKEN`) makes its calls with that token wherever
   * it is imported. A module no user is attributed (no token read, no `code:` glob) that imports one (or its module
   * whole) makes calls of that token's user this reader does not count: the client's module holds one unresolved
   * call saying so, for that user (its unused permissions are then not judged).
   */
  noteUnattributedImporters(): void {
    const { py, ctx } = this;
    const callFiles = ctx.scan.calls.files;
    // (The modules with a call marker that read a declared token: what they hold, settled if no importer reached them.)
    for (const rel of ctx.scan.calls.pythonMarked) if ((callFiles.get(rel)?.tokens.length ?? 0) > 0) this.settle(rel, 1);
    const holding = [...this.index.keys()].filter((m) => this.origins(m).length > 0);
    if (holding.length === 0) return;
    const stems = [...new Set(holding.map(py.pythonModuleName))].map((n) => Buffer.from(n, 'utf8'));
    const noUser = (rel: string) => ctx.owner(rel) === undefined && (callFiles.get(rel)?.tokens.length ?? 0) === 0;
    const marked = new Map<string, string[]>();
    for (const rel of ctx.scan.listing.files) {
      // (A package's `__init__.py` passes a client on; its importers are looked at in turn.)
      // (A test's import of the client, to mock it, makes no call with the token.)
      if (languageOf(rel) !== 'python' || ctx.throughLink(rel) || !noUser(rel) || path.posix.basename(rel) === '__init__.py' || PYTHON_TEST.test(rel)) continue;
      const got = ctx.bytesOf(rel);
      if (got === 'stream' || got.kind !== 'text' || !got.bytes!.includes(IMPORT) || !stems.some((n) => got.bytes!.includes(n))) continue;
      const reached = this.reach(rel);
      const mark = (origin: string) => {
        if (!(marked.get(origin) ?? []).includes(rel)) marked.set(origin, [...(marked.get(origin) ?? []), rel]);
      };
      for (const imp of reached?.list ?? []) {
        // The client itself (a function of its module makes its calls there, for its user), or the module whole.
        const base = py.resolvePythonModule(rel, imp.dots, imp.module, ctx.exists);
        if (imp.whole || imp.names.length === 0) {
          for (const origin of base === undefined ? [] : this.origins(base)) mark(origin);
          continue;
        }
        for (const n of imp.names) {
          const sub = py.resolvePythonModule(rel, imp.dots, [...imp.module, n.imported], ctx.exists);
          const b = base === undefined ? undefined : this.index.get(base)?.find((x) => x.name === n.imported);
          if (!b && sub !== undefined) for (const origin of this.origins(sub)) mark(origin);
          else if (b && (b.kind === 'client' || b.kind === 'factory')) {
            const origin = b.from?.[b.from.length - 1] ?? base!;
            if ((ctx.moduleTokens.get(origin)?.length ?? 0) > 0) mark(origin);
          }
        }
      }
    }
    for (const [origin, importers] of marked) {
      const prev = callFiles.get(origin) ?? { file: origin, calls: [], tokens: (ctx.moduleTokens.get(origin) ?? []).map((name: string) => ({ name, line: 1, column: 1 })) };
      const reason = `a Graph API client bound to this module's token, imported by ${importers.length === 1 ? 'a module' : `${importers.length} modules`} no user is attributed (${importers.slice(0, 3).join(', ')}${importers.length > 3 ? ', …' : ''}): the calls made through it there are not read`;
      callFiles.set(origin, { ...prev, calls: [...prev.calls, { file: origin, line: 1, column: 1, endLine: 1, endColumn: 1, method: 'GET', via: 'client', status: 'unresolved', reason }] });
    }
  }

  /** The modules whose token-bound clients or factories `module` holds (itself, or those it passes them on from). */
  private origins(module: string): string[] {
    return (this.index.get(module) ?? [])
      .filter((b) => b.kind === 'client' || b.kind === 'factory')
      .map((b) => b.from?.[b.from.length - 1] ?? module)
      .filter((m) => (this.ctx.moduleTokens.get(m)?.length ?? 0) > 0);
  }

  /** A file's imports, with the modules they reach settled first; and its text. */
  private reach(rel: string): { list: PyImport[]; text: string } | undefined {
    const text = this.ctx.textOf(rel);
    if (text === undefined) return undefined;
    const list = this.importsIn(rel, text);
    for (const imp of list) for (const t of this.targets(rel, imp)) this.settle(t, 1);
    // The modules of a cycle, worked out again (those that import them first) now that each has its bindings.
    for (let n = 0; n < 2 && this.again.length > 0; n++) {
      const redo = this.again.splice(0).reverse();
      for (const r of [...redo, ...redo]) {
        const t = this.ctx.textOf(r);
        if (t !== undefined) this.work(r, t, this.importsIn(r, t));
      }
    }
    return { list, text };
  }

  /**
   * Each module an importer reaches: what it holds and passes on, worked out once (its importers' files, when no
   * module imports them, need only their imports), MAX_PASS_DEPTH modules deep: one past that which imports a
   * module of the folder is taken as opaque (an import of it is noted), and so is what imports it. A module in a
   * cycle is worked out again once the cycle is closed (`reach`).
   */
  private settle(rel: string, depth: number): void {
    if (this.settled.has(rel)) return;
    this.settled.add(rel);
    const text = this.ctx.textOf(rel);
    if (text === undefined) return;
    const list = this.importsIn(rel, text);
    if (depth > this.py.MAX_PASS_DEPTH && list.length > 0) {
      this.index.set(rel, [this.py.PASSED_TOO_DEEP]);
      return;
    }
    this.inProgress.add(rel);
    let cycle = false;
    for (const imp of list)
      for (const t of this.targets(rel, imp)) {
        cycle ||= this.inProgress.has(t);
        this.settle(t, depth + 1);
      }
    this.inProgress.delete(rel);
    this.work(rel, text, list);
    if (cycle) this.again.push(rel);
  }

  /** What module `rel` holds and passes on, into `index`; the tokens it reads, into `ctx.moduleTokens`. */
  private work(rel: string, text: string, list: PyImport[]): void {
    const { py, ctx } = this;
    let deep = false;
    const tokens = new Set((ctx.scan.calls.files.get(rel)?.tokens ?? []).map((t) => t.name));
    if (!ctx.scan.calls.files.has(rel)) for (const t of ctx.tokenNames) if (text.includes(t)) tokens.add(t);
    for (const imp of list) {
      for (const t of this.targets(rel, imp)) deep ||= this.index.get(t)?.includes(py.PASSED_TOO_DEEP) === true;
      // A token an imported name stands for (`from app.settings import TOKEN`) is read here too.
      const base = py.resolvePythonModule(rel, imp.dots, imp.module, ctx.exists);
      for (const n of imp.names) {
        const t = base === undefined ? undefined : this.constantsOf.get(base)?.get(n.imported);
        if (t !== undefined) tokens.add(t);
      }
    }
    ctx.moduleTokens.set(rel, [...tokens]);
    if (tokens.size > 0) this.constantsOf.set(rel, py.pythonTokenConstants(text, [...tokens]));
    const { passed, prelude } = list.length === 0 ? { passed: [], prelude: '' } : py.pythonPassedOn(rel, list, this.index, ctx.exists);
    const callsGraph = (ctx.scan.calls.files.get(rel)?.calls.length ?? 0) > 0 && ctx.mayServeAnother(rel);
    const bindings = this.bindingsOf(rel, text, prelude, deep ? [py.PASSED_TOO_DEEP, ...passed] : passed, callsGraph);
    if (bindings) this.index.set(rel, [...bindings, ...this.passedInert(rel, text, list, bindings)]);
  }

  /**
   * A module's names as an importer sees them: its top-level clients, factories and URLs (read with the clients it
   * imports declared ahead: `client = httpx.Client(base_url=GRAPH)` on an imported `GRAPH`), what it passes on,
   * and the names that make no call. Undefined when it holds nothing an importer needs to know of.
   */
  private bindingsOf(rel: string, text: string, prelude: string, passed: readonly ExportedBinding[], callsGraph: boolean): ExportedBinding[] | undefined {
    const { py } = this;
    const own = [...(prelude !== '' || GRAPH_HOSTS.some((h) => text.includes(h)) ? this.findModuleBindings(prelude + text, rel) : []), ...py.pythonSdkObjects(text)];
    const names = new Set(passed.map((b) => b.name));
    const all = [...passed, ...own.filter((b) => !names.has(b.name))];
    if (all.length === 0 && !callsGraph) return undefined;
    const top = py.pythonTopLevel(text, all.map((b) => b.name));
    this.defsOf.set(rel, top.defs);
    return [...all, ...top.inert.filter((n) => !names.has(n)).map((name): ExportedBinding => ({ name, kind: 'inert', instagram: false }))];
  }

  /**
   * The names a module imports from a module of the folder that holds nothing an importer needs to know of (no
   * client, no call marker: `from pyfacebook.ratelimit import RateLimit` in a package's `__init__.py`), which it
   * does not bind again: they make no call, and its importers take them freely. A module not worked out yet (in a
   * cycle, to be worked out again) says nothing.
   */
  private passedInert(rel: string, text: string, list: readonly PyImport[], bindings: readonly ExportedBinding[]): ExportedBinding[] {
    const { py, ctx } = this;
    const have = new Set(bindings.map((b) => b.name));
    const out: ExportedBinding[] = [];
    for (const imp of list) {
      if (imp.whole || imp.names.length === 0) continue;
      const from = py.resolvePythonModule(rel, imp.dots, imp.module, ctx.exists);
      if (from === undefined || from === rel || this.index.has(from) || !this.settled.has(from) || this.inProgress.has(from) || this.again.includes(from)) continue;
      // A module that names a Graph host or imports a Graph SDK may build a client in a function (`def make():
      // return facebook.GraphAPI(…)`), which index holds nothing of: its names stay noted (hunt Z7-5).
      const fromText = ctx.textOf(from);
      if (fromText === undefined || py.mayMakeGraphClient(fromText)) continue;
      for (const { imported, local } of imp.names) {
        if (have.has(local) || py.pythonRebinds(text, local)) continue;
        // `from . import graph`: a module of the package, not a name of it.
        const sub = py.resolvePythonModule(rel, imp.dots, [...imp.module, imported], ctx.exists);
        if (sub !== undefined && sub !== rel) continue;
        have.add(local);
        out.push({ name: local, kind: 'inert', instagram: false });
      }
    }
    return out;
  }

  /** A module's imports of the folder's own modules (read once: `importsOf`). */
  private importsIn(rel: string, text: string): PyImport[] {
    let list = this.importsOf.get(rel);
    if (!list) {
      list = text.includes('import') ? this.py.pythonImportsOf(text).filter((imp) => this.targets(rel, imp).length > 0) : [];
      this.importsOf.set(rel, list);
    }
    return list;
  }

  /** The modules of the folder an import reaches: the module itself, and each imported name that is a submodule. */
  private targets(rel: string, imp: PyImport): string[] {
    const out: string[] = [];
    const whole = this.py.resolvePythonModule(rel, imp.dots, imp.module, this.ctx.exists);
    if (whole !== undefined && whole !== rel) out.push(whole);
    for (const n of imp.names) {
      const sub = this.py.resolvePythonModule(rel, imp.dots, [...imp.module, n.imported], this.ctx.exists);
      if (sub !== undefined && sub !== rel) out.push(sub);
    }
    return out;
  }
}
