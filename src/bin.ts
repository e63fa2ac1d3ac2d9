#!/usr/bin/env node
/** Entry point of dist/cli.js. `--version` answers before any other module is loaded. */
declare const __GRAPHGUARD_VERSION__: string | undefined;

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // The bundler inlines the version; from source, version.ts knows it.
  const version = typeof __GRAPHGUARD_VERSION__ === 'string' ? __GRAPHGUARD_VERSION__ : (await import('./version.js')).VERSION;
  process.stdout.write(`${version}\n`);
} else {
  // The bundle replaces main-loader.js with the loader of dist/chunks/main.cjs (scripts/build.mjs).
  const { loadMain } = await import('./main-loader.js');
  let main: Awaited<ReturnType<typeof loadMain>>;
  try {
    main = await loadMain();
  } catch (e) {
    // A damaged install (a file missing or cut short): one line, exit 2, never a stack trace.
    const err = e as NodeJS.ErrnoException;
    const what = `${err.code ? '' : `${err.name}: `}${String(err.message).split('\n')[0]!.slice(0, 200)}`;
    process.stderr.write(`graphguard: cannot load its own code (${what}); reinstall graphguard\n`);
    process.exit(2);
  }
  await main.run(argv);
  // Everything is written: once both streams have flushed, exit with process.exitCode at once, instead
  // of letting Node free the heap page by page first (10-20 ms after a large scan or manifest).
  for (const stream of [process.stdout, process.stderr]) await new Promise<void>((done) => stream.write('', () => done()));
  // The code cache is written after a run that did its work (not a usage error's), so that it holds the
  // functions such a run compiles.
  if (process.exitCode !== 2) main.save();
  process.exit();
}
