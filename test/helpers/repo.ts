/** Repositories for the tests that run the CLI in-process: files written, the CLI run, its findings read. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli.js';

/** Writes `files` (path → text) under `dir`, making their folders. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
}

/** The CLI run in-process in `dir` (no TTY, stderr dropped): its exit code and stdout. */
export async function runCli(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(args, { cwd: dir, env, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false });
  return { code, stdout };
}

/** `rule file:line:column` of each finding of a JSON report whose rule is one of `rules`. */
export function findingsAt(json: string, rules: readonly string[]): string[] {
  return (JSON.parse(json) as { findings: { ruleId: string; file: string; line: number; column: number }[] }).findings
    .filter((f) => rules.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`);
}
