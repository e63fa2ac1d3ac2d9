/** The shell of `graphguard infer` and `init --from-code`: parse, read the repository, format. */
import { parseArgs } from 'node:util';
import { manifestSecretValues } from './manifest/secrets.js';
import type { Secret } from './secrets/secret.js';
import { cleanDeep, type Sink } from './secrets/sink.js';
import { breakCommands, skippedText } from './text.js';
import { ConfigError } from './types.js';
import { INFER_FORMATS } from './format-names.js';
import { refuseEmptyPaths, refuseEmptyValues } from './cli-args.js';
import { formatInferStylish, formatInferYaml, inferRepository, manifestFromCode } from './infer.js';
import { cleanAnalysis, toInferJson } from './calls/analyze.js';

export const INFER_HELP = `Usage: graphguard infer [PATH...] [--user NAME] [--format stylish|json|yaml] [--manifest FILE]

Reads the Graph API calls in PATHs (default: .), attributes them to the manifest's system users
(the token secret a file reads, or a user's code: globs), and prints per user the operations found,
the permissions and tasks they need and the change to the manifest; then the unattributed,
unresolved and unknown calls. Without a manifest, each token env var the code reads is a user.
  --user NAME     only this system user
  --format NAME   stylish (default) | json (its shape: docs/evidence.md) | yaml (manifest fragments to paste)
  --manifest FILE the manifest (default: graphguard.yml, graphguard.yaml, .graphguard.yml)
  --no-manifest   ignore any manifest: users from token env vars
`;

interface IO {
  cwd: string;
  env?: Record<string, string | undefined>;
  stdout: (s: string) => void;
  /** A line on stderr. */
  say?: (line: string) => void;
  /**
   * The output sink (src/secrets/sink.ts): told the manifest's secrets before anything is printed, and
   * cleaning what the formats are given (a format's escaping would hide a secret from the sink's search).
   */
  sink?: { addSecrets(values: Iterable<Secret>): void } & Pick<Sink, 'clean'>;
}

export async function runInfer(args: string[], io: IO): Promise<number> {
  let parsed: ReturnType<typeof parseInferArgs>;
  try {
    parsed = parseInferArgs(args);
  } catch (e) {
    throw new ConfigError(`${(e as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '')}; see \`graphguard infer --help\``);
  }
  const { values: v, positionals } = parsed;
  refuseEmptyValues(v);
  refuseEmptyPaths(positionals);
  if (v.help) {
    io.stdout(INFER_HELP);
    return 0;
  }
  const format = v.format ?? 'stylish';
  if (!(INFER_FORMATS as readonly string[]).includes(format)) throw new ConfigError(`--format must be one of ${INFER_FORMATS.join(', ')}, not "${format}"`);
  if (v['no-manifest'] && v.manifest !== undefined) throw new ConfigError('--no-manifest and --manifest FILE contradict each other: give one');
  const { analysis, manifest, skipped } = await inferRepository({
    cwd: io.cwd,
    paths: positionals,
    ...(v['no-manifest'] ? { manifest: false as const } : v.manifest ? { manifest: v.manifest } : {}),
    ...(v.user !== undefined ? { user: v.user } : {}),
    seen: (m) => io.sink?.addSecrets(manifestSecretValues(m, io.env ?? {})),
  });
  // Cleaned before formatting: JSON encodes control characters itself (file names keep them); the text
  // formats lay out lines, so theirs are escaped (a file named `a\n::error::…` stays on its line).
  const sink = io.sink;
  const opts = format === 'json' ? { keepControls: true } : { oneLine: true };
  const clean = <T>(value: T): T => (sink ? cleanDeep(value, sink, opts) : value);
  const shown = cleanAnalysis(analysis, clean);
  const user = v.user === undefined ? undefined : clean(v.user);
  if (format === 'json') io.stdout(`${JSON.stringify(toInferJson(shown, user), null, 2)}\n`);
  else if (format === 'yaml') io.stdout(formatInferYaml(shown, manifest, user));
  // (Its text is for people: `##[` broken, as check's stylish breaks it: hunt ATK-6.)
  else io.stdout(breakCommands(formatInferStylish(shown, user)));
  // What was not read is said, as check says it (hunt IO-8: `infer src/post.js` on a symlink answered as if clean).
  const notRead = skippedText(skipped);
  if (notRead) io.say?.(`graphguard: not read: ${notRead} (see docs/scan.md)`);
  return 0;
}

/** `init --from-code`: the starter manifest from the code's calls (users from token env vars). */
export async function initFromCode(cwd: string, graphApiVersion?: string): Promise<string> {
  const { analysis, manifest } = await inferRepository({ cwd, manifest: false });
  if (!analysis.users.some((u) => u.calls.length > 0))
    throw new ConfigError('init --from-code found no Graph API calls attributed to a token env var (`process.env.X_TOKEN`, `os.environ["X_TOKEN"]`, …)');
  return manifestFromCode(analysis, manifest, ...(graphApiVersion ? [graphApiVersion] : []));
}

function parseInferArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      user: { type: 'string' },
      format: { type: 'string', short: 'f' },
      manifest: { type: 'string' },
      'no-manifest': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
