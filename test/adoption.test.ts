/** Issue 14's papercuts, one test each, through the CLI's main() (in process) and the formatters. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CHECK_OPTIONS, main } from '../src/cli.js';
import { rules } from '../rules/index.js';
import { formatGithub } from '../src/format/github.js';
import { formatSarif } from '../src/format/sarif.js';
import { planAnnotations } from '../src/github/annotations.js';
import { fakeSecret } from './helpers/secrets.js';
import { validateManifest } from '../src/manifest/validate.js';
import type { Finding } from '../src/types.js';
import schema from '../schema/manifest.schema.json' with { type: 'json' };

const TODAY = '2026-12-01';
const SHOP = readFileSync('examples/shop/graphguard.yml', 'utf8');

async function run(args: string[], cwd: string, env: Record<string, string> = {}, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: { ...env }, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY });
  return { code, stdout, stderr };
}

function tmp(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-adopt-'));
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), c);
  }
  return dir;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });

describe('--help', () => {
  for (const cmd of ['check', 'baseline', 'diff', 'init', 'rules', 'explain', 'schema']) {
    it(`${cmd} --help and ${cmd} -h exit 0 with the command's usage and write nothing`, async () => {
      const dir = tmp();
      for (const flag of ['--help', '-h']) {
        const r = await run([cmd, flag], dir);
        expect(r.code).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toMatch(cmd === 'check' || cmd === 'baseline' ? /^graphguard .* policy linter/ : new RegExp(`^Usage: graphguard ${cmd}\\b`));
      }
      expect(existsSync(path.join(dir, 'graphguard.yml'))).toBe(false);
    });
  }
  it('baseline --help lists what baseline takes, and names the options it refuses as check\'s', async () => {
    const help = (await run(['baseline', '--help'], tmp())).stdout;
    expect(help).toContain('Usage: graphguard baseline [PATH...] [options]');
    for (const o of ['--manifest FILE', '-o, --output FILE', '--changed-only REF', '--history[=RANGE]', '--today', '--live']) expect(help).toContain(o);
    expect(help).toContain('--format, --fail-on, --max-warnings and --baseline are options of check (refused here).');
    expect(help).not.toMatch(/^\s+--format NAME/m);
  });
  it('check --help lists every option check accepts, with its short form', async () => {
    const help = (await run(['check', '--help'], tmp())).stdout;
    for (const [name, o] of Object.entries(CHECK_OPTIONS)) {
      if (name === 'help') continue;
      expect(help, name).toMatch(new RegExp(`(^|[\\s,])--${name}\\b`, 'm'));
      if ('short' in o) expect(help, name).toContain(`-${o.short}, --${name}`);
    }
  });
  it('init --help lists --force, --business and --app; the main help points to it', async () => {
    const init = (await run(['init', '--help'], tmp())).stdout;
    for (const o of ['--force', '--business ID', '--app ID', '--from-live', '--output FILE']) expect(init).toContain(o);
    const all = (await run(['--help'], tmp())).stdout;
    expect(all).toContain('--force, --business ID, --app ID');
    expect(all).toContain('graphguard COMMAND --help');
  });
});

describe('init', () => {
  it('with .graphguard.yml present writes no second manifest; --force overwrites that one', async () => {
    const dir = tmp({ '.graphguard.yml': SHOP });
    const r = await run(['init'], dir);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'graphguard: .graphguard.yml exists; pass --force to overwrite it\n' });
    expect(existsSync(path.join(dir, 'graphguard.yml'))).toBe(false);
    expect((await run(['init', '--force'], dir)).code).toBe(0);
    expect(existsSync(path.join(dir, 'graphguard.yml'))).toBe(false);
    expect(readFileSync(path.join(dir, '.graphguard.yml'), 'utf8')).not.toBe(SHOP);
  });
});

describe('manifest discovery', () => {
  it('from a subfolder finds the manifest above, up to the git root, and reports paths from there', async () => {
    const dir = tmp({ 'graphguard.yml': SHOP, 'app/src/x.js': 'x();\n' });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    const r = await run(['check', '--format', 'json', '--today', TODAY], path.join(dir, 'app/src'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { summary: { filesScanned: number }; findings: Finding[] };
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toContain('graphguard.yml:47 least-privilege-tasks');
    // The subfolder is what is scanned: one file, named from the root.
    expect(out.summary.filesScanned).toBe(1);
  });
  it('does not look above the git root', async () => {
    const outer = tmp({ 'graphguard.yml': SHOP });
    mkdirSync(path.join(outer, 'repo/sub'), { recursive: true });
    git(path.join(outer, 'repo'), 'init', '-q');
    const r = await run(['check'], path.join(outer, 'repo/sub'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^graphguard: no manifest found/);
  });
});

describe('rules: settings', () => {
  it('a misspelled rule id is reported and skipped; every other finding still shows', async () => {
    const bad = `${SHOP}rules:\n  least-privilege-task: warn\n  token-rotation: error\n`;
    const good = await run(['check', '--format', 'json', '--today', TODAY, '--manifest', 'graphguard.yml'], tmp({ 'graphguard.yml': `${SHOP}rules:\n  token-rotation: error\n` }));
    const r = await run(['check', '--format', 'json', '--today', TODAY], tmp({ 'graphguard.yml': bad }));
    const ids = (s: string) => (JSON.parse(s) as { findings: Finding[] }).findings.map((f) => `${f.line} ${f.ruleId} ${f.severity}`);
    const schemaFinding = (JSON.parse(r.stdout) as { findings: Finding[] }).findings.find((f) => f.ruleId === 'manifest-schema')!;
    expect(schemaFinding.message).toBe(
      'Unknown rule `least-privilege-task` — did you mean `least-privilege-tasks`? Skipped `rules.least-privilege-task`; the other settings and rules apply.',
    );
    expect(schemaFinding.line).toBe(bad.split('\n').indexOf('  least-privilege-task: warn') + 1);
    // The other findings are those of the manifest without the bad line, the valid setting applied.
    expect(ids(r.stdout).filter((x) => !x.includes('manifest-schema'))).toEqual(ids(good.stdout));
    expect(ids(good.stdout).some((x) => / token-rotation error$/.test(x))).toBe(true);
  });
});

describe('baseline', () => {
  it('baselined findings are counted in stylish and JSON', async () => {
    const dir = tmp({ 'graphguard.yml': SHOP });
    expect((await run(['baseline', '--today', TODAY], dir)).code).toBe(0);
    const stylish = await run(['check', '--baseline', '.graphguard-baseline.json', '--today', TODAY], dir);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain('\n5 findings in the baseline not shown.\n');
    const json = JSON.parse((await run(['check', '--baseline', '.graphguard-baseline.json', '--format', 'json', '--today', TODAY], dir)).stdout);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, notices: 0, filesScanned: 2, live: 'skipped', baselined: 5 });
  });
  it('a missing baseline file says how to write one', async () => {
    const r = await run(['check', '--baseline', 'nope.json'], tmp({ 'graphguard.yml': SHOP }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: baseline file not found; write it with `graphguard baseline` \(then commit it\), or drop --baseline\n$/);
  });
});

describe('fresh repository', () => {
  const token = fakeSecret('E' + 'AAG', 180, 99);
  it('with nothing tracked, scans untracked files that .gitignore keeps', async () => {
    const dir = tmp({ 'graphguard.yml': SHOP, 'app.js': `const t = "${token}";\n`, 'ignored/x.js': `const t = "${token}";\n`, '.gitignore': 'ignored/\n' });
    git(dir, 'init', '-q');
    const r = await run(['check', '--format', 'json', '--today', TODAY], dir);
    const out = JSON.parse(r.stdout) as { summary: { filesScanned: number }; findings: Finding[] };
    expect(out.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['app.js:1:12']);
    expect(out.summary.filesScanned).toBe(3);
    expect(r.stdout).not.toContain(token);
  });
  it("with nothing tracked, node_modules/ is left out as outside git (README's Install steps in a new repository)", async () => {
    const files = { 'graphguard.yml': SHOP, 'app.js': `const t = "${token}";\n`, 'node_modules/left-pad/index.js': `module.exports = "${token}";\n` };
    const fresh = tmp(files);
    git(fresh, 'init', '-q');
    const plain = tmp(files);
    for (const dir of [fresh, plain]) {
      const out = JSON.parse((await run(['check', '--format', 'json', '--today', TODAY], dir)).stdout) as { summary: { filesScanned: number }; findings: Finding[] };
      expect(out.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => `${f.file}:${f.line}:${f.column}`), dir).toEqual(['app.js:1:12']);
      expect(out.summary.filesScanned, dir).toBe(2);
    }
  });
  it('once something is tracked, untracked files are left out (as documented)', async () => {
    const dir = tmp({ 'graphguard.yml': SHOP, 'app.js': `const t = "${token}";\n` });
    git(dir, 'init', '-q');
    git(dir, 'add', 'graphguard.yml');
    const out = JSON.parse((await run(['check', '--format', 'json', '--today', TODAY], dir)).stdout) as { summary: { filesScanned: number }; findings: Finding[] };
    expect(out.summary.filesScanned).toBe(1);
    expect(out.findings.some((f) => f.ruleId === 'hardcoded-token')).toBe(false);
  });
});

describe('errors say what to do', () => {
  it('an unknown git ref for --changed-only', async () => {
    const dir = tmp({ 'graphguard.yml': SHOP });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'x');
    const r = await run(['check', '--changed-only', 'origin/nope'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'graphguard: --changed-only origin/nope: git knows no ref "origin/nope" here; pass a branch, tag or commit (in CI, fetch it first: actions/checkout with fetch-depth: 0)\n',
    );
  });
  it('an option given an empty value (an unset variable in CI) is refused, not taken as absent', async () => {
    const dir = tmp({ 'graphguard.yml': SHOP });
    const cases: [string[], string][] = [
      [['check', '--manifest', ''], '--manifest must be a file, not ""'],
      [['check', '--manifest='], '--manifest must be a file, not ""'],
      [['check', '--baseline', ''], '--baseline must be a file, not ""'],
      [['check', '--changed-only', ''], '--changed-only must be a branch, tag or commit, not ""'],
      [['check', '--output='], '--output must be a file, or - for stdout, not ""'],
      [['check', '--live', '--graph-url', ''], '--graph-url must be a URL, not ""'],
      [['baseline', '--output', ''], '--output must be a file, or - for stdout, not ""'],
      [['diff', '--output=', 'a.yml', 'b.yml'], '--output must be a file, or - for stdout, not ""'],
      [['init', '--business', ''], '--business must be a business id, not ""'],
      [['infer', '--manifest='], '--manifest must be a file, not ""'],
      [['infer', '--user', ''], '--user must be a system user\'s name, not ""'],
      [['rotate', 'shop-prod', '--manifest', ''], '--manifest must be a file, not ""'],
      [['check', ''], 'a PATH argument is empty (""): name a file or folder, or leave it out to scan the repository'],
      [['check', 'src', ''], 'a PATH argument is empty (""): name a file or folder, or leave it out to scan the repository'],
      [['infer', ''], 'a PATH argument is empty (""): name a file or folder, or leave it out to scan the repository'],
      [['infer', '--no-manifest', '--manifest', 'graphguard.yml'], '--no-manifest and --manifest FILE contradict each other: give one'],
      [['check', '--max-warnings', '-2'], '--max-warnings -2: a value that starts with "-" is written --max-warnings=-2; see `graphguard --help`'],
    ];
    for (const [args, line] of cases) expect(await run(args, dir), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: `graphguard: ${line}\n` });
    // A value that is there is taken.
    expect((await run(['check', '--manifest', 'graphguard.yml', '--today', TODAY, '--fail-on', 'never'], dir)).code).toBe(0);
  });
  it('baseline refuses the options only a report uses (they were ignored without a word)', async () => {
    const dir = tmp({ 'graphguard.yml': SHOP });
    const lead = "baseline writes every finding's fingerprint to --output (default .graphguard-baseline.json); ";
    expect(await run(['baseline', '--baseline', 'missing.json'], dir)).toEqual({ code: 2, stdout: '', stderr: `graphguard: ${lead}--baseline is an option of check\n` });
    expect(await run(['baseline', '-f', 'json', '--fail-on', 'warn'], dir)).toEqual({ code: 2, stdout: '', stderr: `graphguard: ${lead}--format, --fail-on are options of check\n` });
    expect(existsSync(path.join(dir, '.graphguard-baseline.json'))).toBe(false);
  });
  it('a range for --changed-only (it takes one commit: a range would skip the uncommitted changes)', async () => {
    const dir = tmp({ 'graphguard.yml': SHOP });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'x');
    const r = await run(['check', '--changed-only', 'origin/main..HEAD'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'graphguard: --changed-only origin/main..HEAD: a range, not one commit; --changed-only compares one branch, tag or commit with the working tree (e.g. --changed-only origin/main)\n',
    );
  });
  it('diff, infer and rotate stop on a manifest that is not valid at the first problem\'s file:line:col (hunt IO-5)', async () => {
    const bad = SHOP.replace('role: system_user', 'role: superuser');
    const lines = SHOP.slice(0, SHOP.indexOf('role: system_user')).split('\n');
    const at = `${lines.length}:${lines.at(-1)!.length + 7}`;
    const dir = tmp({ 'graphguard.yml': SHOP, 'other.yml': bad });
    const msg = (file: string) => `graphguard: ${file}:${at}: \`systemUsers`;
    const d = await run(['diff', 'graphguard.yml', 'other.yml'], dir);
    expect(d.code).toBe(2);
    expect(d.stderr.startsWith(msg('other.yml'))).toBe(true);
    expect(d.stderr).toContain('schema problem(s); run `graphguard check --manifest other.yml`)');
    const i = await run(['infer', '--manifest', 'other.yml'], dir);
    expect(i.code).toBe(2);
    expect(i.stderr.startsWith(msg('other.yml'))).toBe(true);
    expect(i.stderr).toContain('run `graphguard check --manifest other.yml`');
    const r = await run(['rotate', 'shop-prod', '--manifest', 'other.yml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(msg('other.yml'))).toBe(true);
    // stderr breaks `##[`, whatever the message quotes (hunt ATK-5).
    writeFileSync(path.join(dir, 'evil.yml'), SHOP.replace('role: system_user', 'role: "##[error]pwned"'));
    const e = await run(['diff', 'graphguard.yml', 'evil.yml'], dir);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('#\u200b#[error]pwned');
    expect(e.stderr).not.toContain('##[');
    // infer's text breaks it in a file name (hunt ATK-6).
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', '##[error]x.js'), 'const t = process.env.META_SHOP_PROD_TOKEN;\nfetch(`https://graph.facebook.com/v26.0/${pageId}/feed`, { method: "POST" });\n');
    const i2 = await run(['infer', '--no-manifest'], dir);
    expect(i2.code).toBe(0);
    expect(i2.stdout).toContain('src/#\u200b#[error]x.js:2');
    expect(i2.stdout).not.toContain('##[');
  });

  it('diff with one argument, with a bare ref, and with an unknown ref', async () => {
    const dir = tmp({ 'graphguard.yml': SHOP });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'x');
    expect((await run(['diff', 'main'], dir)).stderr).toBe(
      'graphguard: diff needs two manifests, BASE and HEAD (files or git REF:path), e.g. `graphguard diff main:graphguard.yml graphguard.yml`\n',
    );
    expect((await run(['diff', 'main', 'graphguard.yml'], dir)).stderr).toBe(
      'graphguard: main is a git ref, not a manifest; name the manifest in it: main:graphguard.yml\n',
    );
    expect((await run(['diff', 'nope:graphguard.yml', 'graphguard.yml'], dir)).stderr).toMatch(/^graphguard: cannot read nope:graphguard.yml: git knows no ref "nope" here/);
    // A base commit without the manifest (the PR that adds it): everything is new (SPEC §6), said once.
    const added = await run(['diff', 'main:gone.yml', 'graphguard.yml', '--fail-on-new-access'], dir);
    expect(added.code).toBe(1);
    expect(added.stderr).toBe('graphguard: no manifest at main:gone.yml: every grant of graphguard.yml is new\n');
    expect(added.stdout).toContain('granting new access.');
    // HEAD must exist.
    expect((await run(['diff', 'graphguard.yml', 'main:gone.yml'], dir)).stderr).toBe(
      'graphguard: cannot read main:gone.yml: main has no file gone.yml (paths are from the repository root)\n',
    );
    const ok = await run(['diff', 'main:graphguard.yml', 'graphguard.yml'], dir);
    expect(ok).toEqual({ code: 0, stdout: 'No access changes.\n', stderr: '' });
    // A folder, or a file over the limit, in the commit is no "base without a manifest" (hunt IO-2).
    mkdirSync(path.join(dir, 'conf'));
    writeFileSync(path.join(dir, 'conf', 'x.txt'), 'x');
    writeFileSync(path.join(dir, 'big.yml'), `${SHOP}# ${'x'.repeat(9 * 1024 * 1024)}\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'big');
    expect(await run(['diff', 'main:conf', 'graphguard.yml'], dir)).toEqual({ code: 2, stdout: '', stderr: 'graphguard: cannot read main:conf: it is a tree in main, not a file\n' });
    expect(await run(['diff', 'main:big.yml', 'graphguard.yml'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `graphguard: cannot read main:big.yml: manifest is ${SHOP.length + 2 + 9 * 1024 * 1024 + 1} bytes; the limit is 8388608 (8 MiB)\n`,
    });
    expect((await run(['diff', 'graphguard.yml', 'main:big.yml'], dir)).code).toBe(2);
    // A submodule (a gitlink, whose commit is not here) is no base without a manifest either (hunt ATK-7).
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},sub`);
    git(dir, 'commit', '-qm', 'sub');
    expect(await run(['diff', 'main:sub', 'graphguard.yml'], dir)).toEqual({ code: 2, stdout: '', stderr: 'graphguard: cannot read main:sub: it is a submodule in main, not a file\n' });
    // A file named like a REF:path (a pull request's stand-in for the base) is refused until the user says which
    // (hunt ATK-2); `./` names the file.
    writeFileSync(path.join(dir, 'main:graphguard.yml'), SHOP);
    expect(await run(['diff', 'main:graphguard.yml', 'graphguard.yml'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: "graphguard: main:graphguard.yml names a file and reads as a git REF:path; write ./main:graphguard.yml for the file, or remove the file to read main's\n",
    });
    expect((await run(['diff', './main:graphguard.yml', 'graphguard.yml'], dir)).code).toBe(0);
    // Any spelling git reads as an object, or a ref not fetched: the same (hunt FIN31-7).
    writeFileSync(path.join(dir, 'main^{tree}:graphguard.yml'), SHOP);
    expect((await run(['diff', 'main^{tree}:graphguard.yml', 'graphguard.yml'], dir)).code).toBe(2);
    writeFileSync(path.join(dir, 'nowhere:graphguard.yml'), SHOP);
    expect((await run(['diff', 'nowhere:graphguard.yml', 'graphguard.yml'], dir)).code).toBe(2);
    // A submodule from a subfolder too (hunt FIN31-6).
    mkdirSync(path.join(dir, 'deep'));
    expect((await run(['diff', 'main:sub', '../graphguard.yml'], path.join(dir, 'deep'))).stderr).toBe('graphguard: cannot read main:sub: it is a submodule in main, not a file\n');
    // A misspelled rule id in a manifest does not stop a diff (it does not stop a check either).
    writeFileSync(path.join(dir, 'typo.yml'), `${SHOP}rules:\n  least-privilege-task: off\n`);
    expect(await run(['diff', 'typo.yml', 'graphguard.yml'], dir)).toEqual({ code: 0, stdout: 'No access changes.\n', stderr: '' });
    // The markdown of a diff is the access diff alone: no findings totals.
    const md = await run(['diff', 'main:gone.yml', 'graphguard.yml', '--format', 'markdown'], dir);
    expect(md.stdout).toMatch(/^## graphguard access diff\n\n### Access changes\n/);
    expect(md.stdout).not.toContain('files scanned');
    expect(md.stdout).not.toContain('No findings');
  });
  it('a mistyped option: did you mean', async () => {
    const r = await run(['check', '--formt', 'json'], tmp());
    expect(r).toEqual({ code: 2, stdout: '', stderr: "graphguard: Unknown option '--formt'; did you mean --format?; see `graphguard --help`\n" });
    expect((await run(['diff', '--fail-on-new', 'a', 'b'], tmp())).stderr).toContain('did you mean --fail-on-new-access?');
  });
  it('explain least-privilege names both rules', async () => {
    const r = await run(['explain', 'least-privilege'], tmp());
    expect(r.stderr).toBe(
      'graphguard: unknown rule "least-privilege"; did you mean "least-privilege-permissions" or "least-privilege-tasks"? (see `graphguard rules`)\n',
    );
    expect((await run(['explain', 'hardcoded-tokn'], tmp())).stderr).toContain('did you mean "hardcoded-token"?');
  });
});

describe('colour', () => {
  const dir = tmp({ 'graphguard.yml': SHOP });
  const colored = async (env: Record<string, string>, tty: boolean, args: string[] = []) =>
    (await run(['check', '--today', TODAY, ...args], dir, env, tty)).stdout.includes('\u001b[');
  it('FORCE_COLOR forces colour without a TTY; 0 turns it off; NO_COLOR and --no-color win', async () => {
    expect(await colored({}, false)).toBe(false);
    expect(await colored({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await colored({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(await colored({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await colored({}, true)).toBe(true);
    expect(await colored({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(false);
    // An empty NO_COLOR is not set (no-color.org: "present and not an empty string").
    expect(await colored({ FORCE_COLOR: '1', NO_COLOR: '' }, false)).toBe(true);
    expect(await colored({ FORCE_COLOR: '1' }, false, ['--no-color'])).toBe(false);
  });
});

describe('SARIF security-severity', () => {
  it('every rule has a security-severity GitHub can rank; leaked credentials are critical', () => {
    const doc = JSON.parse(formatSarif({ tool: { name: 'graphguard', version: '1' }, summary: { errors: 0, warnings: 0, notices: 0, filesScanned: 0, live: 'skipped' }, findings: [] }, { rules }));
    const sev = new Map<string, number>(doc.runs[0].tool.driver.rules.map((r: { id: string; properties: Record<string, string> }) => [r.id, Number(r.properties['security-severity'])]));
    expect(sev.size).toBe(rules.length);
    for (const [id, s] of sev) expect(s, id).toBeGreaterThan(0);
    expect(sev.get('hardcoded-token')).toBe(9.5);
    expect(sev.get('plaintext-token')).toBe(9.5);
    expect(sev.get('least-privilege-tasks')).toBe(7);
    expect(sev.get('token-rotation')).toBe(5);
  });
});

describe('schema', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the schema is plain JSON read for its shape
  const user = (schema as any).properties.systemUsers.items.properties;
  it('offers permission, task and use-case names to editors, from data/', () => {
    const perms = JSON.parse(readFileSync('data/permissions.json', 'utf8')).permissions as Record<string, { status: string }>;
    expect(user.permissions.items.examples).toEqual(Object.keys(perms).filter((p) => perms[p]!.status === 'current').sort());
    expect(user.permissions.items.examples).not.toContain('manage_pages');
    expect(user.useCases.items.examples).toContain('instagram_shopping');
    expect(user.assets.items.properties.tasks.items.examples).toEqual(expect.arrayContaining(['MANAGE', 'CREATE_CONTENT', 'ADVERTISE']));
    // biome-ignore lint/suspicious/noExplicitAny: the schema is plain JSON read for its shape
    expect((schema as any).properties.useCases.additionalProperties.properties.maxTasks.properties.ad_account.items.examples).toContain('ADVERTISE');
  });
  it('examples complete; they do not validate: unknown names stay rule findings', () => {
    const m = parseYaml(SHOP.replace('pages_manage_posts', 'pages_manage_postz'));
    expect(validateManifest(m)).toEqual([]);
  });
});

describe('pre-commit hook', () => {
  it('asks only for the pre-commit its keys need', () => {
    const hooks = parseYaml(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { minimum_pre_commit_version: string }[];
    expect(hooks[0]!.minimum_pre_commit_version).toBe('1.13.0');
  });
});

describe('docs', () => {
  it("the fork-PR guard for live checks keeps them on for push to main", () => {
    const doc = readFileSync('docs/action.md', 'utf8');
    expect(doc).toContain("live: ${{ github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository }}");
    expect(doc).not.toMatch(/live: \$\{\{ github\.event\.pull_request\.head\.repo\.full_name == github\.repository \}\}/);
  });
});

describe('code frames', () => {
  it('the underline under a redacted token stops at the token', async () => {
    const token = fakeSecret('E' + 'AAG', 180, 7);
    const dir = tmp({ 'graphguard.yml': SHOP, 'a.js': `const t = "${token}"; call(t);\n` });
    const r = await run(['check', '--today', TODAY, 'a.js'], dir);
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => /> 1 \| const t = "EAAG…\(\d+ chars\)"; call\(t\);$/.test(l));
    expect(i).toBeGreaterThan(0);
    const shown = /"(EAAG…\(\d+ chars\))"/.exec(lines[i]!)![1]!;
    expect(lines[i + 1]).toBe(`      | ${' '.repeat(11)}${'^'.repeat(shown.length)}`);
  });
});

describe('--format github and the action', () => {
  const f = (over: Partial<Finding>): Finding => ({
    ruleId: 'least-privilege-tasks', severity: 'error', message: 'm.', file: 'graphguard.yml', line: 4, column: 3, endLine: 4, endColumn: 9, fingerprint: 'x', ...over,
  });
  it('agree on lines, columns (inclusive end) and titles', () => {
    const cases = [f({}), f({ endLine: 6, endColumn: 2 }), f({ endLine: 5, endColumn: 1 }), f({ column: 5, endColumn: 6 })];
    for (const c of cases) {
      const cmd = formatGithub({ tool: { name: 'graphguard', version: '1' }, summary: { errors: 1, warnings: 0, notices: 0, filesScanned: 0, live: 'skipped' }, findings: [c] }, { rules });
      const props = Object.fromEntries(/^::error ([^:]+)::/.exec(cmd)![1]!.split(',').map((kv) => kv.split('=') as [string, string]));
      const a = planAnnotations([c]).annotations[0]!.properties;
      expect({ title: props.title, line: Number(props.line), endLine: Number(props.endLine), col: props.col && Number(props.col), endColumn: props.endColumn && Number(props.endColumn) }).toEqual({
        title: a.title,
        line: a.startLine,
        endLine: a.endLine,
        col: a.startColumn,
        endColumn: a.endColumn,
      });
    }
    expect(planAnnotations([cases[0]!]).annotations[0]!.properties).toMatchObject({ title: 'least-privilege-tasks', startColumn: 3, endColumn: 8 });
  });
});

describe('a misspelled task', () => {
  it('is reported once (manifest-schema), not also as broader than allowed', async () => {
    const dir = tmp({ 'graphguard.yml': SHOP.replace('tasks: [MANAGE]               #', 'tasks: [MANGE]               #') });
    const out = JSON.parse((await run(['check', '--format', 'json', '--today', TODAY], dir)).stdout) as { findings: Finding[] };
    expect(out.findings.filter((x) => x.message.includes('MANGE')).map((x) => `${x.line}:${x.column} ${x.ruleId}`)).toEqual(['47:17 manifest-schema']);
  });
});

void cpSync;

describe('sarif and github from a subfolder', () => {
  it('name files from the repository root, where code scanning and annotations look for them', async () => {
    const dir = tmp({ 'graphguard.yml': SHOP, 'src/a.js': `const t = "${fakeSecret('E' + 'AAG', 120, 4711)}";\n` });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    const args = ['check', '--manifest', '../graphguard.yml', '--today', TODAY, '.'];
    const sarif = JSON.parse((await run([...args, '--format', 'sarif'], path.join(dir, 'src'))).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = new Set(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['graphguard.yml', 'src/a.js']);
    const github = (await run([...args, '--format', 'github'], path.join(dir, 'src'))).stdout;
    expect(github).toContain('::error file=src/a.js,line=1');
    expect(github).not.toContain('file=../');
    // Stylish and JSON keep naming files from where the check ran.
    const json = JSON.parse((await run([...args, '--format', 'json'], path.join(dir, 'src'))).stdout) as { findings: { file: string }[] };
    expect(json.findings.map((f) => f.file)).toContain('a.js');
  });
});
