/**
 * The CLI past `--version` (dist/chunks/main.js): the whole command line in one module, because Node's
 * ES module loader costs more per module than V8 costs per kilobyte (an empty check loaded 25 chunks).
 */
import { main } from './cli.js';
import { processWriters } from './fs-safe.js';

export async function run(argv: string[]): Promise<void> {
  // A closed pipe or a full disk ends the run with one line (exit 2; EPIPE keeps the findings' code).
  const out = processWriters(process);
  const code = await main(argv, { cwd: process.cwd(), env: process.env, ...out, isTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true });
  if (process.exitCode !== 2) process.exitCode = code;
}
