#!/usr/bin/env node
/** Entry point of dist/cli.js. `--version` answers before any other module is loaded. */
declare const __GRAPHGUARD_VERSION__: string | undefined;

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // The bundler inlines the version; from source, version.ts knows it.
  const version = typeof __GRAPHGUARD_VERSION__ === 'string' ? __GRAPHGUARD_VERSION__ : (await import('./version.js')).VERSION;
  process.stdout.write(`${version}\n`);
} else {
  const { main } = await import('./cli.js');
  const { processWriters } = await import('./fs-safe.js');
  // A closed pipe or a full disk ends the run with one line (exit 2; EPIPE keeps the findings' code).
  const out = processWriters(process);
  const code = await main(argv, { cwd: process.cwd(), env: process.env, ...out, isTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true });
  if (process.exitCode !== 2) process.exitCode = code;
}
