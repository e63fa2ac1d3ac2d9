/** The built CLI (dist/cli.js) as a child process: exit codes, outputs, one-line errors. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAD, FIRST } from './helpers/manifests.js';
import { sarifErrors } from './helpers/sarif.js';

const CLI = path.resolve('dist/cli.js');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(manifest: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-cli-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), manifest);
  for (const [p, c] of Object.entries(files)) writeFileSync(path.join(dir, p), c);
  return dir;
}

const clean = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts, pages_read_engagement, business_management]
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets:
      - asset: Shop
        tasks: [CREATE_CONTENT]
  - name: shop-test
    role: system_user
    environment: test
    useCases: [page_content]
    permissions: [pages_manage_posts, pages_read_engagement, business_management]
    token: { secret: META_SHOP_TEST_TOKEN, expires: 60d }
    assets:
      - asset: Shop (test)
        tasks: [CREATE_CONTENT]
`;
const broad = clean.replace('tasks: [CREATE_CONTENT]', 'tasks: [MANAGE]');
const BROAD_LINE = FIRST + 8;

describe('graphguard CLI (dist/cli.js)', () => {
  it('--version prints the package version', () => {
    const r = run(['--version'], tmpdir());
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help lists the commands', () => {
    const r = run(['--help'], tmpdir());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('graphguard check [PATH...]');
  });

  it('check on the shipped example prints findings with a code frame and exits 1', () => {
    const r = run(['check', '--today', '2026-11-27'], path.resolve('examples/shop'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  47:16    error   System user shop-prod has MANAGE on page Acme Shop');
    expect(r.stdout).toContain('  > 47 |         tasks: [MANAGE]');
    expect(r.stdout).toMatch(/✖ \d+ problems/);
    expect(r.stderr).toBe('');
  });

  it('clean manifest: exit 0', () => {
    const r = run(['check', '--today', '2026-11-27'], project(clean));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ No problems/);
  });

  it('exit codes follow --fail-on and --max-warnings', () => {
    const dir = project(broad);
    expect(run(['check'], dir).code).toBe(1);
    expect(run(['check', '--fail-on', 'never'], dir).code).toBe(0);
    const warnOnly = project(clean.replace('expires: 60d', 'expires: never'));
    expect(run(['check'], warnOnly).code).toBe(0);
    expect(run(['check', '--fail-on', 'warn'], warnOnly).code).toBe(1);
    expect(run(['check', '--max-warnings', '0'], warnOnly).code).toBe(1);
    expect(run(['check', '--max-warnings', '1'], warnOnly).code).toBe(0);
    // -1 is no limit (ESLint's default), written either way.
    expect(run(['check', '--max-warnings', '0', '--max-warnings', '-1'], warnOnly).code).toBe(0);
    expect(run(['check', '--max-warnings=-1'], warnOnly).code).toBe(0);
  });

  it('--format json --output writes SPEC §5 JSON and nothing to stdout', () => {
    const dir = project(broad);
    const r = run(['check', '--format', 'json', '--output', 'out/report.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const json = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'));
    expect(json.summary).toEqual({ errors: 1, warnings: 0, notices: 0, filesScanned: 1, live: 'skipped' });
    expect(json.findings[0]).toMatchObject({ ruleId: 'least-privilege-tasks', file: 'graphguard.yml', line: BROAD_LINE, column: 16, endLine: BROAD_LINE, endColumn: 24 });
  });

  it('--format sarif validates against the SARIF 2.1.0 schema', () => {
    const r = run(['check', '--format', 'sarif'], project(broad));
    expect(r.code).toBe(1);
    expect(sarifErrors(JSON.parse(r.stdout))).toEqual([]);
  });

  it.each([
    [['check', '--format', 'xml'], 'graphguard: --format must be one of stylish, json, sarif, github, markdown, junit, not "xml"\n'],
    [['check', '--today', '2026-13-45'], 'graphguard: --today must be a date YYYY-MM-DD, not "2026-13-45"\n'],
    [['check', '--bogus'], "graphguard: Unknown option '--bogus'; see `graphguard --help`\n"],
    [['check', '--max-warnings', 'x'], 'graphguard: --max-warnings must be a whole number, not "x"\n'],
    [['frobnicate'], 'graphguard: unknown command "frobnicate"; see `graphguard --help`\n'],
    [['explain', 'token-rotaton'], 'graphguard: unknown rule "token-rotaton"; did you mean "token-rotation"? (see `graphguard rules`)\n'],
  ])('usage error %j: one line, exit 2', (args, line) => {
    const r = run(args, project(clean));
    expect(r).toEqual({ code: 2, stdout: '', stderr: line });
  });

  it('bad manifests: one file:line:col line, exit 2, no stack trace', () => {
    const cases: [string, string][] = [
      ['version: 1\nbusiness: {id: "1"\n', 'graphguard.yml:3:1: invalid YAML'],
      ['version: 1\nbusiness:\n  id: "1"\n  id: "2"\n', 'graphguard.yml:4:3: duplicate key: id'],
    ];
    for (const [text, start] of cases) {
      const r = run(['check'], project(text));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith(`graphguard: ${start}`)).toBe(true);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const none = mkdtempSync(path.join(tmpdir(), 'gg-none-'));
    const r = run(['check'], none);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^graphguard: no manifest found .*graphguard init/);
  });

  it('a schema-invalid manifest is a finding (exit 1), not a crash', () => {
    const r = run(['check', '--format', 'json'], project(clean.replace('permissions:', 'permisions:')));
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['manifest-schema']);
  });

  it('baseline hides accepted findings; new ones still fail', () => {
    const dir = project(broad);
    const b = run(['baseline'], dir);
    expect(b.code).toBe(0);
    expect(b.stderr).toBe('graphguard: wrote 1 finding(s) to .graphguard-baseline.json\n');
    expect(readFileSync(path.join(dir, '.graphguard-baseline.json'), 'utf8')).not.toMatch(/"line"/);
    expect(run(['check', '--baseline', '.graphguard-baseline.json'], dir).code).toBe(0);
    // An edit above the finding moves it; the fingerprint does not change.
    writeFileSync(path.join(dir, 'graphguard.yml'), `# a comment\n${broad}`);
    expect(run(['check', '--baseline', '.graphguard-baseline.json'], dir).code).toBe(0);
    writeFileSync(path.join(dir, 'graphguard.yml'), `# a comment\n${broad.replace('expires: 60d', 'expires: never')}`);
    const r = run(['check', '--baseline', '.graphguard-baseline.json', '--fail-on', 'warn'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('token-rotation');
    expect(r.stdout).not.toContain('least-privilege-tasks');
    expect(run(['check', '--baseline', 'missing.json'], dir).stderr).toMatch(/missing.json: baseline file not found; write it with `graphguard baseline`/);
  });

  it('rules, explain and schema print from metadata', () => {
    const dir = tmpdir();
    const rules = run(['rules'], dir);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/^token-rotation\s+warn\s+manifest\s+Require a rotation policy/m);
    const explain = run(['explain', 'least-privilege-tasks'], dir);
    expect(explain.stdout).toContain('# `least-privilege-tasks`');
    expect(explain.stdout).toContain('## How to fix');
    const schema = JSON.parse(run(['schema'], dir).stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties.rules.properties)).toContain('token-rotation');
  });

  it('init writes a starter manifest that checks clean, and refuses to overwrite', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-init-'));
    const r = run(['init'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'graphguard.yml'))).toBe(true);
    const c = run(['check', '--fail-on', 'warn'], dir);
    expect(c.stdout).toMatch(/^✔ No problems/);
    expect(c.code).toBe(0);
    expect(run(['init'], dir)).toEqual({ code: 2, stdout: '', stderr: 'graphguard: graphguard.yml exists; pass --force to overwrite it\n' });
  });

  it('init refuses a bad --today or --live-timeout without --from-live too, writing nothing (D33-2)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-init-'));
    for (const args of [['--today='], ['--today=yesterday'], ['--from-code', '--today='], ['--live-timeout=x']]) {
      const r = run(['init', ...args], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
    expect(existsSync(path.join(dir, 'graphguard.yml'))).toBe(false);
    expect(run(['init', '--today', '2026-11-27'], dir).code).toBe(0);
  });

  it('--quiet shows errors only; colour only when asked and never with NO_COLOR', () => {
    const dir = project(broad.replace('expires: 60d', 'expires: never'));
    const q = run(['check', '--quiet'], dir);
    expect(q.stdout).toContain('least-privilege-tasks');
    expect(q.stdout).not.toContain('token-rotation  ');
    expect(run(['check', '--color'], dir, { FORCE: '1' }).stdout).not.toContain('\u001b[');
    const colored = spawnSync(process.execPath, [CLI, 'check', '--color'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(colored.stdout).toContain('\u001b[31m');
  });
  it('diff BASE HEAD lists the access change; --fail-on-new-access exits 1 on added access only', () => {
    const dir = project(clean);
    writeFileSync(path.join(dir, 'head.yml'), broad);
    const r = run(['diff', 'graphguard.yml', 'head.yml'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('shop-prod gains MANAGE on page Shop (was CREATE_CONTENT)');
    expect(run(['diff', 'graphguard.yml', 'head.yml', '--fail-on-new-access'], dir).code).toBe(1);
    // The reverse only removes access.
    const back = run(['diff', 'head.yml', 'graphguard.yml', '--fail-on-new-access'], dir);
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('loses MANAGE');
    const json = JSON.parse(run(['diff', 'graphguard.yml', 'head.yml', '--format', 'json'], dir).stdout);
    expect(json.newAccess).toBe(1);
    expect(run(['diff', 'graphguard.yml'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'graphguard: diff needs two manifests, BASE and HEAD (files or git REF:path), e.g. `graphguard diff main:graphguard.yml graphguard.yml`\n',
    });
  });
});

describe('a hostile .git (hunt S2): never a hang', () => {
  /** A committed checkout with a planted token, then `.git/<file>` replaced by `make`. */
  function hostile(file: string, make: (p: string) => void): string {
    const dir = project(clean, { 't.js': `const t = "${'EA' + 'AG'}${'Zx7Qp2Lm9Vb4Nc8Rt6Wy3Ks5Dh1Fj0Ga'.repeat(3)}";\n` });
    const git = (...a: string[]) => spawnSync('git', a, { cwd: dir, env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', HOME: dir } });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-qm', 'init');
    rmSync(path.join(dir, '.git', file), { force: true });
    make(path.join(dir, '.git', file));
    return dir;
  }
  const fifo = (p: string) => spawnSync('mkfifo', [p]);
  const devZero = (p: string) => symlinkSync('/dev/zero', p);

  it.each([
    ['index', 'a FIFO', fifo],
    ['config', '/dev/zero', devZero],
    ['commondir', '/dev/zero', devZero],
  ] as const)('.git/%s as %s: the check ends, and finds the planted token', (file, _what, make) => {
    const r = run(['check', '--format', 'json'], hostile(file, make), { GRAPHGUARD_SCAN_CACHE: '0' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'hardcoded-token').map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['t.js:1']);
  });

  it('--history with .git/config a FIFO: one line naming the file, exit 2', () => {
    const dir = hostile('config', fifo);
    const r = run(['check', '--history'], dir, { GRAPHGUARD_SCAN_CACHE: '0' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`graphguard: ${path.join(realpathSync(dir), '.git', 'config')} is not a regular file: git would wait on it or read it without end`]);
  });
});

/** A tree big enough (2,000+ files) for the bundled scan worker (dist/chunks/scan-worker.cjs) to start. */
function bigTree(): string {
  const dir = project(clean);
  mkdirSync(path.join(dir, 'src'));
  for (let i = 0; i < 2100; i++) writeFileSync(path.join(dir, 'src', `m${i}.js`), `export const v${i} = ${i};\n`);
  // A fake token, assembled so this file holds none.
  writeFileSync(path.join(dir, 'src', 'm1500.js'), `const t = "${'EA' + 'AG'}${'Zx7Qp2Lm9Vb4Nc8Rt6Wy3Ks5Dh1Fj0Ga'.repeat(3)}";\n`);
  return dir;
}

describe('the bundled scan worker', () => {
  it('a 2,100-file tree gives the same report as the single-threaded path would: one token, at its line', () => {
    const r = run(['check', '--format', 'json', '--debug'], bigTree());
    expect(r.code).toBe(1);
    // Two threads, or one when this thread claimed every file before the worker had started (the worker
    // itself is run below).
    expect(r.stderr).toMatch(/\[debug\] scan: 2101 files listed \(filesystem\), first pass on [12] thread\(s\)(?:, cache new)?; listing \d+ ms, first pass \d+ ms\n/);
    expect(r.stderr).toMatch(/\[debug\] scan: the rest of the rules' pass \d+ ms, calls through imports \d+ ms\n/);
    const json = JSON.parse(r.stdout);
    expect(json.summary.filesScanned).toBe(2101);
    expect(json.findings.map((f: { ruleId: string; file: string; line: number; column: number }) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'hardcoded-token src/m1500.js:1:12',
    ]);
  });

  it('dist/chunks/scan-worker.cjs classifies the files of a job it is sent, and keeps the bytes of the one that matched', async () => {
    const { Worker } = await import('node:worker_threads');
    const { packFiles, ScanCode } = await import('../src/scan/parallel.js');
    const dir = bigTree();
    const files = ['src/m0.js', 'src/m1500.js', 'src/m7.js'];
    const worker = new Worker(path.resolve('dist/chunks/scan-worker.cjs'));
    try {
      const job = {
        files: packFiles(files),
        base: `${dir}/`,
        codes: new Uint8Array(new SharedArrayBuffer(files.length)),
        next: new Int32Array(new SharedArrayBuffer(4)),
        needles: [[{ text: 'EAAG' }]],
        gate: new Int32Array(new SharedArrayBuffer(4)),
        slot: 0,
      };
      const done = new Promise<{ done: boolean; kept: [number, Uint8Array][] }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      worker.postMessage(job);
      const answer = await done;
      expect([...job.gate]).toEqual([1]);
      expect([...job.codes]).toEqual([ScanCode.Clean, ScanCode.Look, ScanCode.Clean]);
      expect(answer.kept.map(([i, b]) => [i, Buffer.from(b).toString('utf8')])).toEqual([[1, readFileSync(path.join(dir, 'src/m1500.js'), 'utf8')]]);
    } finally {
      await worker.terminate();
    }
  });
});

describe('the end of a run', () => {
  // The CLI exits as soon as both streams have flushed (src/bin.ts): a reader that is slow to start
  // still gets every byte of a large report, and the exit code.
  it('a report of over a megabyte through a pipe read late arrives whole', async () => {
    const { spawn } = await import('node:child_process');
    const { fakeSecret } = await import('./helpers/secrets.js');
    const lines = Array.from({ length: 3000 }, (_, i) => `const t${i} = "${fakeSecret('E' + 'AAG', 120, 5000 + i)}";`);
    const dir = project(clean, { 'tokens.js': `${lines.join('\n')}\n` });
    const child = spawn(process.execPath, [CLI, 'check', '--format', 'json'], { cwd: dir, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    child.stdout.pause();
    await new Promise((r) => setTimeout(r, 300));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    const code = await new Promise<number | null>((r) => child.on('close', r));
    const out = Buffer.concat(chunks).toString('utf8');
    expect(out.length).toBeGreaterThan(1_000_000);
    const json = JSON.parse(out) as { findings: { ruleId: string; line: number }[] };
    expect(json.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => f.line)).toEqual(lines.map((_, i) => i + 1));
    expect(code).toBe(1);
  });
});

// The action runs on node24; the CLI must too. CI provides GRAPHGUARD_NODE24 (see .ci/run).
const NODE24 = process.env.GRAPHGUARD_NODE24;
describe.skipIf(!NODE24)(`graphguard CLI on Node 24 (${NODE24 ?? 'set GRAPHGUARD_NODE24 to run'})`, () => {
  const run24 = (args: string[], cwd: string) => {
    const r = spawnSync(NODE24!, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, timeout: 30_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  it('--version, and check on the example with the same findings as on Node 20', () => {
    expect(run24(['--version'], tmpdir()).stdout).toBe(`${pkg.version}\n`);
    const ex = path.resolve('examples/shop');
    const a = run24(['check', '--format', 'json', '--today', '2026-11-27'], ex);
    const b = run(['check', '--format', 'json', '--today', '2026-11-27'], ex);
    expect(a.code).toBe(1);
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe(b.stdout);
  });
  it('the scan worker on Node 24 gives the report Node 20 gives', () => {
    const dir = bigTree();
    const a = run24(['check', '--format', 'json'], dir);
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe(run(['check', '--format', 'json'], dir).stdout);
  });
});
