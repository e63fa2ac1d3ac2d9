/**
 * The options of every git process graphguard starts on a scanned repository. A repository's
 * `.git/config` (a checkout received as an archive, a CI workspace) can name programs git runs on its
 * own: an fsmonitor hook, a clean/smudge/process filter, a signature verifier (`gpg.program` with
 * `log.showSignature`), an external diff or textconv driver, a pager, hooks, a transport. Nothing from
 * the scanned repository may run (docs/security.md), so each git command gets these options, which
 * turn those features off rather than point them somewhere else.
 */
import { childProcess } from './builtins.js';

/**
 * Before every git command (`git ...GIT_SAFE_ARGS <command>`): options given on the command line win
 * over every config file. fsmonitor off (a hook command or a daemon); signatures never verified (no
 * `gpg.program`); hooks looked up in a directory that cannot hold any; no pager; no external or ext::
 * transport (a lazy fetch of a partial clone's missing object included); paths printed literally.
 */
export const GIT_SAFE_ARGS: readonly string[] = [
  '--no-pager',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'log.showSignature=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.pager=cat',
  '-c',
  'protocol.ext.allow=never',
  '-c',
  'core.quotePath=false',
];

/**
 * After a diff-like command's name (`diff`, `diff-files`, `log`): no external diff program
 * (`diff.external`, `diff.<driver>.command`), no textconv program (`diff.<driver>.textconv`), no
 * signature check.
 */
export const GIT_SAFE_DIFF_ARGS: readonly string[] = ['--no-ext-diff', '--no-textconv'];

/**
 * Before every command but fetch: no transport at all. A partial clone fetches a missing object on
 * its own (a "lazy fetch"), through the remote the config names, and a local remote runs its
 * `remote.<name>.uploadpack` program. A protocol's own `protocol.<name>.allow` in a config file wins
 * over `protocol.allow`, so each is named; a command line's option wins over every config file.
 */
export const GIT_NO_TRANSPORT_ARGS: readonly string[] = ['protocol.allow', ...['file', 'ext', 'ssh', 'git', 'http', 'https'].map((p) => `protocol.${p}.allow`)].flatMap((k) => ['-c', `${k}=never`]);

/** After `fetch`'s name: the upload program is git's own, whatever `remote.<name>.uploadpack` says. */
export const GIT_SAFE_FETCH_ARGS: readonly string[] = ['--upload-pack=git-upload-pack', '--no-recurse-submodules'];

/**
 * The environment of a git command: no credential prompt, no lazy fetch where git knows the variable
 * (2.44+), no optional locks (a read never writes the index).
 */
export function gitSafeEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', ...extra };
}

/**
 * For a command that compares files of the work tree with what git stored (`git diff <commit>`,
 * `git diff-files`): git hashes a file whose status changed (or might have: a racily clean entry)
 * through the clean filter its `.gitattributes` name, and a filter driver is a program named in the
 * config. These options empty every filter driver the repository's config defines (`clean`, `smudge`,
 * `process`, and `required` false), so git compares the file's bytes as they are: a filtered file may
 * then count as changed when it is not, never the other way round. The driver names are read with
 * `git config --get-regexp`, which only reads config files.
 */
export function gitFilterOverrides(cwd: string, env: NodeJS.ProcessEnv = gitSafeEnv()): Promise<string[]> {
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      'git',
      safeGitArgs(['config', '-z', '--name-only', '--get-regexp', '^filter\\.']),
      { cwd, encoding: 'buffer', maxBuffer: 16 * 1024 * 1024, windowsHide: true, env, timeout: 60_000 },
      (err, stdout) => {
        // Exit code 1: no such key (no filter driver).
        if (err && (err as { code?: unknown }).code !== 1) {
          reject(new Error(`git config: ${err.message.split('\n')[0]}`));
          return;
        }
        resolve(filterOverrideArgs(stdout.toString('utf8')));
      },
    );
  });
}

/**
 * `gitFilterOverrides`, synchronously: for a git command started ahead of the check's own work (the scan
 * cache's `git diff-files`, prefetched while the manifest is read). Asked asynchronously, its answer waits
 * for the main thread to return to the event loop, and the command it starts then runs after the work it
 * was started to overlap (measured: 20-30 ms of a warm check). Throws what `git config` throws.
 */
export function gitFilterOverridesSync(cwd: string, env: NodeJS.ProcessEnv = gitSafeEnv()): string[] {
  try {
    const out = childProcess().execFileSync('git', safeGitArgs(['config', '-z', '--name-only', '--get-regexp', '^filter\\.']), {
      cwd,
      encoding: 'buffer',
      maxBuffer: 16 * 1024 * 1024,
      windowsHide: true,
      env,
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return filterOverrideArgs(out.toString('utf8'));
  } catch (err) {
    // Exit code 1: no such key (no filter driver).
    if ((err as { status?: unknown }).status === 1) return [];
    throw new Error(`git config: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** `-c filter.<name>.<var>=…` for each driver name in `git config -z --name-only` keys. */
export function filterOverrideArgs(keys: string): string[] {
  const names = new Set<string>();
  for (const key of keys.split('\0')) {
    const last = key.lastIndexOf('.');
    // `filter.<name>.<var>`: the name is everything between the first and the last dot.
    if (!key.startsWith('filter.') || last <= 'filter.'.length) continue;
    names.add(key.slice('filter.'.length, last));
  }
  const args: string[] = [];
  for (const name of names) {
    for (const v of ['clean=', 'smudge=', 'process=', 'required=false']) args.push('-c', `filter.${name}.${v}`);
  }
  return args;
}

/** Commands that can print a diff (and so could run an external diff or textconv program). */
const DIFF_COMMANDS = new Set(['diff', 'diff-files', 'diff-index', 'diff-tree', 'log', 'show', 'whatchanged']);

/**
 * A git command line with the safety options: `GIT_SAFE_ARGS` first, then `args` (leading `-c`
 * pairs, the command name, ...) with the command's own options right after its name (diff-like
 * commands: `GIT_SAFE_DIFF_ARGS`, and for log and show `--no-show-signature`; fetch:
 * `GIT_SAFE_FETCH_ARGS`); every command but fetch, `GIT_NO_TRANSPORT_ARGS`. Every git process graphguard starts gets its arguments from here.
 */
export function safeGitArgs(args: readonly string[]): string[] {
  let at = 0;
  while (args[at] === '-c' && at + 1 < args.length) at += 2;
  const command = args[at];
  const own =
    command === undefined
      ? []
      : DIFF_COMMANDS.has(command)
        ? [...GIT_SAFE_DIFF_ARGS, ...(command === 'log' || command === 'show' || command === 'whatchanged' ? ['--no-show-signature'] : [])]
        : command === 'fetch'
          ? GIT_SAFE_FETCH_ARGS
          : [];
  return [...GIT_SAFE_ARGS, ...(command === 'fetch' ? [] : GIT_NO_TRANSPORT_ARGS), ...args.slice(0, at + 1), ...own, ...args.slice(at + 1)];
}
