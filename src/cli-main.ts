/**
 * The CLI past `--version` (dist/chunks/main.js and the chunks it imports). What a run may not need is
 * loaded where it is used: the Graph client (--live), the call reader and its endpoint tables (a file
 * with a Graph API call), the yaml package (src/yaml.ts), fast-glob (a folder outside git) and the
 * commands other than check. An empty check loads about 0.9 MB of the bundle's 2.3 MB.
 */
import { main } from './cli.js';
import { processWriters } from './fs-safe.js';

export async function run(argv: string[]): Promise<void> {
  // A closed pipe or a full disk ends the run with one line (exit 2; EPIPE keeps the findings' code).
  const out = processWriters(process);
  const code = await main(argv, { cwd: process.cwd(), env: process.env, ...out, isTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true });
  if (process.exitCode !== 2) process.exitCode = code;
}
