/**
 * The CLI past `--version` (dist/chunks/main.cjs, which dist/cli.js runs through V8's code cache:
 * src/compile-cache.ts). What a run may not need is imported where it is used, so that it is
 * evaluated (and compiled) only then: the Graph client (--live), the call reader and its endpoint
 * tables (a file with a Graph API call), the yaml package (src/yaml.ts, a file of its own) and the
 * commands other than check.
 */
import { main } from './cli.js';
import { processWriters } from './fs-safe.js';
import { runTags } from './run-tags.js';

/** Runs the CLI; returns what the run did (`runTags`), which decides whether the code cache is written again. */
export async function run(argv: string[]): Promise<string[]> {
  // A closed pipe or a full disk ends the run with one line and exit 2 (SPEC §8).
  const out = processWriters(process);
  const code = await main(argv, {
    cwd: process.cwd(),
    env: process.env,
    ...out,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    // Node's own printer writes a warning as it is: replaced by one that goes through the output sink.
    warnings: (handler) => {
      process.removeAllListeners('warning');
      process.on('warning', handler);
    },
  });
  if (process.exitCode !== 2) process.exitCode = code;
  return [...runTags];
}
