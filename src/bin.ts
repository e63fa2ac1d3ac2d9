#!/usr/bin/env node
/** Entry point of dist/cli.js. `--version` answers before any other module is loaded. */
declare const __GRAPHGUARD_VERSION__: string | undefined;

// No top-level await: the bundle (dist/cli.js) is CommonJS, which Node starts some 5 ms sooner than an
// ES module (no module loader to set up first).
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // The bundler inlines the version; from source, version.ts knows it.
  if (typeof __GRAPHGUARD_VERSION__ === 'string') process.stdout.write(`${__GRAPHGUARD_VERSION__}\n`);
  else void import('./version.js').then(({ VERSION }) => process.stdout.write(`${VERSION}\n`));
} else void main();

async function main(): Promise<void> {
  // The bundle replaces main-loader.js with the loader of dist/chunks/main.cjs (scripts/build.mjs).
  const { loadMain } = await import('./main-loader.js');
  let cli: Awaited<ReturnType<typeof loadMain>>;
  try {
    cli = await loadMain(cacheKind(argv));
  } catch (e) {
    // A damaged install (a file missing or cut short): one line, exit 2, never a stack trace.
    const err = e as NodeJS.ErrnoException;
    const what = `${err.code ? '' : `${err.name}: `}${String(err.message).split('\n')[0]!.slice(0, 200)}`;
    process.stderr.write(`graphguard: cannot load its own code (${what}); reinstall graphguard\n`);
    process.exit(2);
  }
  const tags = await cli.run(argv);
  // Everything is written: once both streams have flushed, exit with process.exitCode at once, instead
  // of letting Node free the heap page by page first (10-20 ms after a large scan or manifest).
  for (const stream of [process.stdout, process.stderr]) await new Promise<void>((done) => stream.write('', () => done()));
  // A write that failed (a closed pipe) reports its error on the next turn: let it set the exit code first.
  await new Promise<void>((done) => setImmediate(done));
  // The code cache is written after a run that did its work (not a usage error's), so that it holds the
  // functions such a run compiles.
  if (process.exitCode !== 2) cli.save(tags);
  process.exit();
}

/** The commands with a code cache of their own; anything else runs a check (cli.ts) or prints help. */
const CACHE_KINDS = new Set(['check', 'baseline', 'diff', 'init', 'infer', 'rotate', 'rules', 'explain', 'schema', 'help']);

/**
 * Which code cache a run uses (src/compile-cache.ts): its command's, and its report format's where it
 * names one (a report of each format compiles its own writer; one cache of two formats took 5 ms more
 * to read at every start than one of the format in use, measured on an empty check).
 */
function cacheKind(args: readonly string[]): string {
  const first = args[0];
  const command = first === undefined ? 'check' : first === '--help' || first === '-h' ? 'help' : CACHE_KINDS.has(first) ? first : 'check';
  let format: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '--format' || a === '-f') format = args[i + 1];
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
  }
  return format !== undefined && /^[a-z]{1,12}$/.test(format) ? `${command}-${format}` : command;
}
