#!/usr/bin/env node
/** Entry point of dist/cli.js. `--version` answers before any other module is loaded. */
declare const __GRAPHGUARD_VERSION__: string | undefined;

import { cacheKind } from './cache-kind.js';

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
