/** The `graphguard` command: a thin shell that parses arguments, calls the pipeline, formats and exits. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { rules } from '../rules/index.js';
import type { AnyRule } from './rule.js';
import schema from '../schema/manifest.schema.json' with { type: 'json' };
import { check, todayUtc, type CheckOptions } from './check.js';
import { buildBaseline } from './baseline.js';
import { FORMATS, renderReport, type FormatName } from './format/index.js';
import { DIFF_FORMATS, RULES_FORMATS } from './format-names.js';
import { safeIO } from './secrets/sink.js';
import { existsNoFollow, writeUserFile } from './fs-safe.js';
import { dateValue, FAIL_ON_LEVELS, maxWarningsValue, oneOfValues, wholeNumberValue } from './option-values.js';
import { ConfigError, type Report } from './types.js';
import { createProgress, progressWanted, type ScanProgress } from './scan/progress.js';
import { scanCacheSetting } from './scan/scan-cache.js';
import { manifestCacheSetting } from './manifest/parse-cache.js';
import { exitCodeFor, unexplainedFailure } from './outcome.js';
import { VERSION } from './version.js';
import { starterManifest } from './init.js';
import { MANIFEST_NAMES } from './manifest/load.js';
import { explainRule, listRules } from './explain.js';
import { COMMAND_HELP, wantsHelp } from './help.js';
import { suggest } from './suggest.js';
import { useColor } from './color.js';
import { refuseEmptyPaths, refuseEmptyValues } from './cli-args.js';
import { graphBaseUrl } from './graph/base-url.js';

const HELP = `graphguard ${VERSION} — policy linter for Meta Business Manager access

Usage:
  graphguard check [PATH...]     lint the manifest and scan PATHs (default: .)
  graphguard diff BASE HEAD      the access change between two manifests
  graphguard init [--from-live | --from-code]  write a starter manifest (--force, --business ID, --app ID: see init --help)
  graphguard infer [PATH...]     the Graph API calls in the code, per system user, and what they need
  graphguard baseline [PATH...]  write a baseline of the current findings
  graphguard rules               list the rules
  graphguard explain RULE        print a rule's documentation
  graphguard schema              print the manifest JSON Schema
  graphguard rotate USER         plan (--yes: perform) the rotation of USER's token; see docs/live.md
  graphguard COMMAND --help      a command's options

Options for check:
  --manifest FILE        manifest (default: graphguard.yml, graphguard.yaml, .graphguard.yml)
  -f, --format NAME      ${FORMATS.join(' | ')} (default: stylish)
  -o, --output FILE      write the report to FILE instead of stdout (- is stdout)
  --fail-on LEVEL        error | warn | notice | never (default: error)
  --max-warnings N       also fail when there are more than N warnings (-1: no limit)
  --baseline FILE        hide findings recorded in FILE
  --changed-only REF     scan only files changed since the commit REF (not a range)
  --history[=RANGE]      also scan for secrets the blobs the commits of RANGE added (default: all
                         history; \`--history A..B\` works too): tokens removed since are still found
  --today YYYY-MM-DD     the date rotation and version rules measure against
  --no-color, --color    no ANSI colours, or colours even when not a terminal (also NO_COLOR and
                         FORCE_COLOR; default: colours on a terminal)
  -q, --quiet            report errors only
  --debug                print pipeline steps, and stack traces of internal errors
  --progress             show the scan's progress line on stderr even when it is not a terminal
  --no-progress          never show it (default: on a terminal after a second, not in CI)
  --live                 verify the manifest against the business through the Graph API
  --graph-url URL        Graph API base URL (default: GRAPHGUARD_GRAPH_URL or https://graph.facebook.com)
  --live-timeout SEC     total time budget for live calls and retries (default: 60)

Live credentials come from the environment only: GRAPHGUARD_GRAPH_TOKEN, GRAPHGUARD_APP_SECRET.
The CLI keeps four caches in ~/.cache/graphguard, private to you: V8's compiled code of itself,
what each scanned file held (statuses and verdicts, no text), outside git the walk's list of files
(paths; never one that holds a secret the run knows), and your manifest's parse (never one whose text
holds a secret). GRAPHGUARD_COMPILE_CACHE=0 turns them off and =DIR moves them;
GRAPHGUARD_SCAN_CACHE (the scan and walk caches) and GRAPHGUARD_MANIFEST_CACHE do the same for those.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config error or incomplete live check.
Docs: https://github.com/graphguard/graphguard#readme
`;

const BASELINE_HELP = `graphguard ${VERSION} — policy linter for Meta Business Manager access

Usage: graphguard baseline [PATH...] [options]

Runs the check and writes the fingerprint of every finding to a baseline file; \`check --baseline FILE\`
then reports only findings that are not in it. Always exits 0 once written.

Options:
  --manifest FILE        manifest (default: graphguard.yml, graphguard.yaml, .graphguard.yml)
  -o, --output FILE      where to write it (default: .graphguard-baseline.json; - is stdout)
  --changed-only REF     only the files changed since the commit REF
  --history[=RANGE]      also the secrets the commits of RANGE added (see check --help)
  --today YYYY-MM-DD     the date rotation and version rules measure against
  --live                 include the live findings (--graph-url URL, --live-timeout SEC as for check)
  --debug                print pipeline steps
  --progress, --no-progress  the scan's progress line on stderr

--format, --fail-on, --max-warnings and --baseline are options of check (refused here).
`;

export const CHECK_OPTIONS = {
  manifest: { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  baseline: { type: 'string' },
  'changed-only': { type: 'string' },
  history: { type: 'string' },
  today: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  debug: { type: 'boolean' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  live: { type: 'boolean' },
  'graph-url': { type: 'string' },
  'live-timeout': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export class UsageError extends ConfigError {}

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Resolves once what was written to stdout is handed over; rejects when it could not be (`rotate --output -`). */
  flushStdout?: () => Promise<void>;
  isTTY: boolean;
  /** Whether stderr is a terminal (the scan's progress line). */
  stderrIsTTY?: boolean;
  /** Milliseconds before the progress line shows (default 1000; tests shorten it). */
  progressDelayMs?: number;
  /** The rules `check` runs (all of them unless a test narrows them). */
  rules?: readonly AnyRule[];
  /**
   * Takes over the process's warnings (Node prints them to stderr as they are, and a library's
   * warning may quote the manifest): `main` gives it a handler that writes them through the sink.
   */
  warnings?: (handler: (w: Error) => void) => void;
}

function parse<O extends ParseArgsConfig['options']>(args: string[], options: O, positionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (e) {
    const first = (e as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '');
    // `--max-warnings -2`: Node's "argument is ambiguous", said plainly with the spelling that works.
    const dashed = /^Option '(--[\w-]+)' argument is ambiguous/.exec(first)?.[1];
    if (dashed) {
      const value = args[args.indexOf(dashed) + 1] ?? '-…';
      throw new UsageError(`${dashed} ${value}: a value that starts with "-" is written ${dashed}=${value}; see \`graphguard --help\``);
    }
    // "Unknown option '--formt'": say which option was meant.
    const unknown = /^Unknown option '(--?[^']+)'/.exec(first)?.[1];
    const names = Object.keys(options ?? {});
    const given = unknown?.startsWith('--') ? unknown.slice(2) : undefined;
    const near = given ? (names.filter((n) => n.startsWith(given)).length === 1 ? names.find((n) => n.startsWith(given)) : suggest(given, names)) : undefined;
    throw new UsageError(`${first}${near ? `; did you mean --${near}?` : ''}; see \`graphguard --help\``);
  }
}

// The checks the action and the library share (src/option-values.ts), under the CLI's names.
function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], dflt: T): T {
  return value === undefined ? dflt : oneOfValues(`--${name}`, value, allowed);
}

function wholeNumberOption(name: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : wholeNumberValue(`--${name}`, value);
}

function dateOption(value: string | undefined): string | undefined {
  return value === undefined ? undefined : dateValue('--today', value);
}

/** The CLI's writers after `safeIO`: everything written is cleaned (src/secrets/sink.ts). */
type SafeIO = ReturnType<typeof safeIO<CliIO>>;

/** Report text to `--output` (never through a symlink: src/fs-safe.ts) or stdout, cleaned either way. */
function emit(io: SafeIO, text: string, output: string | undefined): void {
  // `-` is stdout, as for init and rotate (and as most tools read it), never a file named `-`.
  if (output && output !== '-') writeUserFile(io.cwd, output, io.sink.clean(text));
  else io.stdout(text);
}

function scanProgress(io: SafeIO, v: { progress?: boolean; 'no-progress'?: boolean; quiet?: boolean }): { progress: ScanProgress } | undefined {
  const flag = v['no-progress'] ? false : v.progress;
  const wanted = progressWanted({ ...(flag !== undefined ? { flag } : {}), ...(v.quiet ? { quiet: true } : {}), stderrIsTTY: io.stderrIsTTY === true, env: io.env });
  return wanted ? { progress: createProgress({ line: io.stderrLine, ...(io.progressDelayMs !== undefined ? { delayMs: io.progressDelayMs } : {}) }) } : undefined;
}

async function runCheck(args: string[], io: SafeIO, mode: 'check' | 'baseline'): Promise<number> {
  const { values: v, positionals } = parse(checkArgs(args), CHECK_OPTIONS);
  if (v.help) {
    io.stdout(mode === 'baseline' ? BASELINE_HELP : HELP);
    return 0;
  }
  refuseEmptyValues(v);
  refuseEmptyPaths(positionals);
  if (mode === 'baseline') {
    // What only a report uses would be ignored without a word: `baseline --baseline old.json` kept nothing of it.
    const ignored = (['baseline', 'format', 'fail-on', 'max-warnings'] as const).filter((o) => v[o] !== undefined);
    if (ignored.length > 0)
      throw new UsageError(
        `baseline writes every finding's fingerprint to --output (default .graphguard-baseline.json); ${ignored.map((o) => `--${o}`).join(', ')} ${ignored.length === 1 ? 'is an option' : 'are options'} of check`,
      );
  }
  const format = oneOf<FormatName>('format', v.format, FORMATS, 'stylish');
  const failOn = oneOf('fail-on', v['fail-on'], FAIL_ON_LEVELS, 'error');
  const maxWarnings = v['max-warnings'] === undefined ? undefined : maxWarningsValue('--max-warnings', v['max-warnings']);
  const liveTimeout = wholeNumberOption('live-timeout', v['live-timeout']);
  const today = dateOption(v.today) ?? todayUtc();
  if (!v.live && (v['graph-url'] || v['live-timeout'])) throw new UsageError('--graph-url and --live-timeout go with --live');
  const debug = v.debug ? (line: string) => io.say(`[debug] ${line}`) : undefined;
  // What the caches may write: nothing the output sink would redact (known secrets, credential shapes).
  const mayKeep = (text: string) => !io.sink.holdsSecret(text);
  const opts: CheckOptions = {
    cwd: io.cwd,
    paths: positionals.length ? positionals : ['.'],
    today,
    env: io.env,
    ...(v.manifest ? { manifest: v.manifest } : {}),
    ...(v.baseline && mode === 'check' ? { baseline: v.baseline } : {}),
    ...(v['changed-only'] ? { changedOnly: v['changed-only'] } : {}),
    ...(v.history !== undefined ? { history: v.history === '' ? {} : { range: v.history } } : {}),
    ...(debug ? { debug } : {}),
    ...(scanProgress(io, v) ?? {}),
    onSecrets: (values) => io.sink.addSecrets(values),
    ...((c) => (c ? { scanCache: { ...c, mayKeep } } : {}))(scanCacheSetting(io.env)),
    ...((c) => (c ? { manifestCache: { ...c, mayKeep } } : {}))(manifestCacheSetting(io.env)),
    // Only stylish shows code frames; building them for another format is wasted work.
    frames: format === 'stylish',
    ...(io.rules ? { rules: io.rules } : {}),
    live: v.live ? { ...(v['graph-url'] ? { graphUrl: v['graph-url'] } : {}), ...(liveTimeout !== undefined ? { timeoutSeconds: liveTimeout } : {}) } : false,
  };
  const { report, repositoryPrefix, historyFolded } = await check(opts);
  if (mode === 'baseline') {
    const out = v.output ?? '.graphguard-baseline.json';
    // With --history, also the history findings of values a finding here reports (check.ts's historyFolded).
    const fingerprints = new Set(report.findings.map((f) => f.fingerprint));
    const accepted = historyFolded ? [...report.findings, ...historyFolded.filter((f) => !fingerprints.has(f.fingerprint))] : report.findings;
    emit(io, buildBaseline(accepted), out);
    io.say(`graphguard: wrote ${accepted.length} finding(s) to ${out === '-' ? 'stdout' : out}`);
    if (report.historyIncomplete !== undefined) io.say(`graphguard: ${report.historyIncomplete}`);
    return 0;
  }
  // --quiet: errors only, and counted so (as ESLint's summary does); the exit code still reads every finding.
  const shown: Report = v.quiet
    ? { ...report, findings: report.findings.filter((f) => f.severity === 'error'), summary: { ...report.summary, warnings: 0, notices: 0 } }
    : report;
  const toStdout = !v.output || v.output === '-';
  const color = format === 'stylish' && toStdout && useColor({ flag: v['no-color'] ? false : v.color, env: io.env, isTTY: io.isTTY });
  const hiddenByQuiet = v.quiet ? { warnings: report.summary.warnings, notices: report.summary.notices } : undefined;
  // A failing run whose output shows nothing failing says why (ESLint: "too many warnings (maximum: 0)").
  const runFailure = unexplainedFailure(report, failOn, maxWarnings, v.quiet === true);
  const text = renderReport(format, shown, { rules, color, failOn, repositoryPrefix, ...(hiddenByQuiet ? { hiddenByQuiet } : {}), ...(runFailure ? { runFailure } : {}) }, io.sink);
  if (color) io.colorStdout(text);
  else emit(io, text, v.output);
  if (report.summary.live === 'incomplete') io.say(`graphguard: live check incomplete: ${(report.unverified ?? []).join('; ')}`);
  // A shallow clone's history: one line, whatever the format (the exit code does not change for it; hunt Y5-1).
  if (report.historyIncomplete !== undefined) io.say(`graphguard: ${report.historyIncomplete}`);
  // On stderr in every format, as the live line above: json, sarif and junit on stdout stay valid.
  if (runFailure) io.say(`graphguard: ${runFailure}`);
  return exitCodeFor(report, failOn, maxWarnings);
}

/** A full `diff` command line for one given argument: a ref gets a path, a file gets a base ref. */
function diffExample(given: string): string {
  if (given.includes(':')) return `${given} ${given.slice(given.indexOf(':') + 1) || 'graphguard.yml'}`;
  if (/\.ya?ml$/.test(given)) return `main:${given} ${given}`;
  return `${given}:graphguard.yml graphguard.yml`;
}

async function runDiff(args: string[], io: SafeIO): Promise<number> {
  const { values, positionals } = parse(args, {
    'fail-on-new-access': { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
  });
  if (positionals.length !== 2)
    throw new UsageError(
      positionals.length === 1
        ? `diff needs two manifests, BASE and HEAD (files or git REF:path), e.g. \`graphguard diff ${diffExample(positionals[0]!)}\``
        : 'usage: graphguard diff BASE HEAD [--fail-on-new-access]; BASE and HEAD are files or git REF:path',
    );
  refuseEmptyValues(values);
  const format = oneOf('format', values.format, DIFF_FORMATS, 'text');
  const { runDiffCommand } = await import('./diff-command.js');
  const { manifestSecretValues } = await import('./manifest/secrets.js');
  const { text, newAccess, note } = runDiffCommand(io.cwd, positionals[0]!, positionals[1]!, format, (m) => io.sink.addSecrets(manifestSecretValues(m, io.env)), io.sink);
  if (note) io.say(`graphguard: ${note}`);
  emit(io, text, values.output);
  return values['fail-on-new-access'] && newAccess > 0 ? 1 : 0;
}

async function runInit(args: string[], io: SafeIO): Promise<number> {
  const { values } = parse(
    args,
    {
      'from-live': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      business: { type: 'string' },
      app: { type: 'string' },
      'graph-api-version': { type: 'string' },
      'graph-url': { type: 'string' },
      'live-timeout': { type: 'string' },
      today: { type: 'string' },
      'from-code': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  );
  if (values.help) {
    io.stdout(COMMAND_HELP.init!);
    return 0;
  }
  refuseEmptyValues(values);
  if (values['from-code'] && values['from-live']) throw new UsageError('--from-code and --from-live cannot be combined');
  // With a manifest already here (any of the discovered names), init writes no second one.
  const existing = values.output === undefined ? MANIFEST_NAMES.find((n) => existsSync(path.join(io.cwd, n))) : undefined;
  const out = values.output ?? existing ?? 'graphguard.yml';
  const abs = path.resolve(io.cwd, out);
  if (out !== '-' && existsNoFollow(abs) && !values.force) throw new UsageError(`${out} exists; pass --force to overwrite it`);
  const version = values['graph-api-version'];
  if (version !== undefined && !/^v\d{1,3}\.\d{1,2}$/.test(version)) throw new UsageError(`--graph-api-version must look like v26.0, not "${version}"`);
  // Read whatever the mode (only --from-live uses them): a bad value is a usage error here as for every command (D33-2).
  const today = dateOption(values.today);
  const timeoutSeconds = wholeNumberOption('live-timeout', values['live-timeout']);
  let text = starterManifest(version);
  if (values['from-live']) {
    const { initFromLive } = await import('./init.js');
    text = await initFromLive({
      env: io.env,
      businessId: values.business ?? io.env.GRAPHGUARD_BUSINESS_ID,
      appId: values.app ?? io.env.GRAPHGUARD_APP_ID,
      graphApiVersion: values['graph-api-version'],
      graphUrl: graphBaseUrl(values['graph-url'], io.env),
      timeoutSeconds: timeoutSeconds ?? 60,
      today: today ?? todayUtc(),
      onSecrets: (secrets) => io.sink.addSecrets(secrets),
    });
  }
  if (values['from-code']) {
    const { initFromCode } = await import('./infer-command.js');
    text = await initFromCode(io.cwd, values['graph-api-version']);
  }
  // A manifest `check` would refuse (a business of tens of thousands of live users) is not written.
  const { MAX_MANIFEST_BYTES } = await import('./manifest/load.js');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_MANIFEST_BYTES) throw new ConfigError(`the manifest would be ${bytes} bytes, past the ${MAX_MANIFEST_BYTES} (8 MiB) a manifest may hold; nothing written`);
  if (out === '-') io.stdout(text);
  else {
    emit(io, text, out);
    const next = values['from-live']
      ? 'review the TODO comments'
      : values['from-code']
        ? 'replace the business, app and asset ids with yours, and check each user\'s environment and app.graphApiVersion'
        : 'replace the example ids, users and assets with yours';
    io.say(`graphguard: wrote ${out}; ${next}, then run \`graphguard check\``);
  }
  return 0;
}

/** Runs the CLI with arguments (without node and script); returns the exit code. */
export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  const debug = argv.includes('--debug');
  // Every byte written from here on is cleaned: credentials redacted, control characters escaped.
  const io = safeIO(rawIO);
  rawIO.warnings?.((w) => io.say(`graphguard: ${w.name}: ${String(w.message).split('\n')[0]}`));
  try {
    const [cmd, ...rest] = argv;
    // Every subcommand answers --help (check, init and infer have their own).
    const usage = cmd !== undefined ? COMMAND_HELP[cmd] : undefined;
    if (usage && wantsHelp(rest)) {
      io.stdout(usage);
      return 0;
    }
    switch (cmd) {
      case undefined:
        return await runCheck([], io, 'check');
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP);
        return 0;
      case 'check':
        return await runCheck(rest, io, 'check');
      case 'baseline':
        return await runCheck(rest, io, 'baseline');
      case 'diff':
        return await runDiff(rest, io);
      case 'init':
        return await runInit(rest, io);
      case 'infer': {
        const { runInfer } = await import('./infer-command.js');
        return await runInfer(rest, io);
      }
      case 'rotate': {
        // The new token goes only to --output FILE or, with --output -, to a pipe: the raw stdout.
        const { runRotate } = await import('./rotate.js');
        return await runRotate(rest, { ...io, rawStdout: rawIO.stdout, ...(rawIO.flushStdout ? { flushStdout: rawIO.flushStdout } : {}) });
      }
      case 'rules': {
        const { values } = parse(rest, { format: { type: 'string', short: 'f' } }, false);
        io.stdout(listRules(rules, oneOf('format', values.format, RULES_FORMATS, 'text')));
        return 0;
      }
      case 'explain': {
        const { positionals } = parse(rest, {});
        if (positionals.length !== 1) throw new UsageError('usage: graphguard explain RULE-ID');
        io.stdout(explainRule(rules, positionals[0]!));
        return 0;
      }
      case 'schema':
        parse(rest, {}, false);
        io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
        return 0;
      default:
        if (cmd.startsWith('-') || existsSync(path.resolve(io.cwd, cmd))) return await runCheck(argv, io, 'check');
        throw new UsageError(`unknown command "${cmd}"; see \`graphguard --help\``);
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      // One line, but for a list of problems graphguard itself writes one to a line (`(2 problems):`, then
      // `  - …`): any other newline in it (an argument's, a file name's) is escaped on its line.
      const [head, ...items] = e.format().split('\n  - ');
      io.say(`graphguard: ${head}`);
      for (const item of items) io.say(`  - ${item}`);
      if (debug && e.stack) io.stderr(`${e.stack}\n`);
      return 2;
    }
    io.say(`graphguard: internal error: ${(e as Error).message?.split('\n')[0] ?? String(e)}${debug ? '' : ' (run with --debug for details)'}`);
    if (debug) io.stderr(`${(e as Error).stack ?? ''}\n`);
    return 2;
  }
}

/**
 * `check`'s arguments made parseable: `--history` takes an optional value (bare `--history` is
 * `--history=`, all history; `--history A..B` takes the next argument when it is a range, holding `..`;
 * anything else after it is a PATH), and `--max-warnings -1` becomes `--max-warnings=-1` (the parser
 * would read `-1` as an option). Arguments after `--` are left alone.
 */
function checkArgs(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    // `--max-warnings -1` (ESLint's "no limit"): the parser would read `-1` as an option.
    if (a === '--max-warnings' && args[i + 1] === '-1') {
      out.push('--max-warnings=-1');
      i++;
      continue;
    }
    if (a !== '--history') {
      out.push(a);
      continue;
    }
    const next = args[i + 1];
    if (next !== undefined && !next.startsWith('-') && next.includes('..')) {
      out.push(`--history=${next}`);
      i++;
    } else out.push('--history=');
  }
  return out;
}

