/**
 * Runs the bundled action (dist/index.js) as a child process the way the Actions runner does: every
 * input of action.yml as an `INPUT_<NAME>` variable (defaults filled in, the name upper-cased with
 * spaces as `_` and dashes kept, as @actions/core's getInput reads it), the event payload in a file at
 * `GITHUB_EVENT_PATH`, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files, and `GITHUB_API_URL`. It
 * parses the workflow commands on stdout and the outputs file.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export const ACTION_ENTRY = path.resolve('dist/index.js');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

/** action.yml, parsed. */
export function readActionYml(): ActionYml {
  return parse(readFileSync('action.yml', 'utf8')) as ActionYml;
}

/** One workflow command from stdout, with properties and message unescaped like the runner does. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
  /** The raw stdout line. */
  raw: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Workflow commands (`::name props::message` lines) in order. */
  commands: WorkflowCommand[];
  /** GITHUB_OUTPUT, parsed (the last value of a name wins, as on the runner). */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY's content. */
  summary: string;
}

export interface RunActionOptions {
  /** The node binary. */
  node: string;
  workspace: string;
  /** Inputs as written in a workflow's `with:`; the rest get action.yml's defaults. */
  inputs?: Record<string, string>;
  /** The value `${{ github.token }}` stands for. */
  githubToken?: string;
  eventName: string;
  payload: unknown;
  apiUrl: string;
  repository: string;
  sha?: string;
  /** Extra environment (e.g. the job's `env:`). */
  env?: Record<string, string>;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Parses `::command k=v,k=v::message` lines as the runner does (a command must start its line). */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const raw of stdout.split(/\r?\n/)) {
    const m = /^\s*::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = pair.indexOf('=');
      if (i > 0) properties[pair.slice(0, i)] = unescapeProperty(pair.slice(i + 1));
    }
    out.push({ command: m[1]!, properties, message: unescapeData(m[3]!), raw });
  }
  return out;
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` blocks, and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** The runner's input variable name for an input. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runAction(o: RunActionOptions): Promise<ActionRun> {
  const action = readActionYml();
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-runner-'));
  try {
    const eventPath = path.join(dir, 'event.json');
    const outputPath = path.join(dir, 'output');
    const summaryPath = path.join(dir, 'summary.md');
    writeFileSync(eventPath, JSON.stringify(o.payload, null, 2));
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');

    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: o.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_API_URL: o.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: o.repository,
      GITHUB_WORKSPACE: o.workspace,
      GITHUB_RUN_ID: '7000000001',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: o.sha ?? '0'.repeat(40),
      RUNNER_TEMP: dir,
      ...o.env,
    };
    for (const [name, spec] of Object.entries(action.inputs)) {
      const given = o.inputs?.[name];
      let value = given ?? spec.default ?? '';
      value = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, o.githubToken ?? '');
      env[inputEnvName(name)] = value;
    }
    for (const name of Object.keys(o.inputs ?? {}))
      if (!(name in action.inputs)) throw new Error(`input ${name} is not declared in action.yml`);

    const child = spawn(o.node, [ACTION_ENTRY], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c) => resolve(c));
    });
    return {
      code,
      stdout,
      stderr,
      commands: parseCommands(stdout),
      outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
