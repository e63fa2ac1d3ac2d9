/** Pipeline behaviour that belongs to no single rule. */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { defineRule } from '../src/rule.js';
import { main } from '../src/cli.js';
import { ConfigError } from '../src/types.js';
import { InternalError, RuleCrash } from '../src/errors.js';
import { HEAD } from './helpers/manifests.js';
import { fakeSecret } from './helpers/secrets.js';

const manifest = `${HEAD}  - name: a\n    role: system_user\n    environment: production\n`;

function dir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'gg-check-'));
  writeFileSync(path.join(d, 'graphguard.yml'), manifest);
  return d;
}

const crashing = defineRule({
  id: 'token-rotation', // any id; the crash must name it
  kind: 'manifest',
  defaultSeverity: 'error',
  description: 'Crash.',
  rationale: 'Test.',
  sources: ['https://example.invalid'],
  messages: { x: 'X.' },
  check() {
    throw new TypeError('cannot read properties of undefined');
  },
});

describe('a crashing rule', () => {
  it('is an internal error naming the rule, never a ConfigError and never a silent pass', async () => {
    const err = await check({ cwd: dir(), paths: [], env: {}, rules: [crashing] }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RuleCrash);
    expect(err).toBeInstanceOf(InternalError);
    expect(err).not.toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe('rule token-rotation crashed: cannot read properties of undefined');
  });

  it('ends the CLI with one line and exit 2; the stack only with --debug', async () => {
    const run = async (argv: string[]) => {
      let err = '';
      const code = await main(argv, { cwd: dir(), env: {}, stdout: () => {}, stderr: (s) => (err += s), isTTY: false, rules: [crashing] });
      return { code, err };
    };
    const plain = await run(['check', '--no-color']);
    expect(plain).toEqual({
      code: 2,
      err: 'graphguard: internal error: rule token-rotation crashed: cannot read properties of undefined (run with --debug for details)\n',
    });
    const debug = await run(['check', '--no-color', '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.err).toContain('graphguard: internal error: rule token-rotation crashed: cannot read properties of undefined\n');
    expect(debug.err).toMatch(/TypeError: cannot read properties of undefined\n\s+at /);
  });
});

describe('a crashing code rule', () => {
  const crashingCode = defineRule({
    id: 'admin-token-in-code',
    kind: 'code',
    defaultSeverity: 'error',
    description: 'Crash.',
    rationale: 'Test.',
    sources: ['https://example.invalid'],
    messages: { x: 'X.' },
    checkFile() {
      throw new RangeError('Maximum call stack size exceeded');
    },
  });

  it('is an internal error naming the rule, not a file counted unreadable with its findings dropped', async () => {
    const d = dir();
    mkdirSync(path.join(d, 'src'));
    writeFileSync(path.join(d, 'src', 'a.js'), 'export const a = 1;\n');
    const err = await check({ cwd: d, paths: ['.'], env: {}, rules: [crashingCode] }).then(
      (r) => r.report.skipped,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RuleCrash);
    expect((err as Error).message).toBe('rule admin-token-in-code crashed: Maximum call stack size exceeded');
  });
});

describe('constants built of constants (the call reader resolves a bounded number of parts)', () => {
  it('a 2 KB file of nested constants is read, and the token beside them is found', async () => {
    // A0 is a URL; each next constant joins 80 of the one before: 80^5 parts if resolved whole.
    const names = ['A0', 'A1', 'A2', 'A3', 'A4', 'A5'];
    const lines = ['const A0 = "https://graph.facebook.com/v19.0/";'];
    for (let k = 1; k < names.length; k++) lines.push(`const ${names[k]} = ${Array(80).fill(names[k - 1]).join(' + ')} + "y";`);
    const token = fakeSecret('EA' + 'AB', 120, 11);
    lines.push('fetch(A5 + "/me");', `const t = "${token}";`, '');
    const d = dir();
    mkdirSync(path.join(d, 'src'));
    writeFileSync(path.join(d, 'src', 'a.js'), lines.join('\n'));
    const r = await check({ cwd: d, paths: ['.'], env: {}, today: '2026-11-27' });
    expect(r.report.skipped).toEqual({ binary: 0, unreadable: 0, symlinks: 0 });
    expect(r.report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => [f.file, f.line])).toEqual([['src/a.js', lines.length - 1]]);
  });
});

describe('the CLI shell', () => {
  it("takes over the process's warnings and writes them through the output sink", async () => {
    const token = fakeSecret('EA' + 'AG', 80, 5);
    let handler: ((w: Error) => void) | undefined;
    let err = '';
    const code = await main(['check', '--no-color', '--manifest', 'nope.yml'], {
      cwd: dir(),
      env: {},
      stdout: () => {},
      stderr: (s) => (err += s),
      isTTY: false,
      warnings: (h) => (handler = h),
    });
    expect(code).toBe(2);
    handler!(Object.assign(new Error(`Keys with collection values will be stringified: "[ ${token} ]"\nsecond line`), { name: 'Warning' }));
    expect(err).toContain('graphguard: Warning: Keys with collection values will be stringified: "[ EAAG');
    expect(err).not.toContain(token.slice(0, 12));
    expect(err).not.toContain('second line');
  });

  it('a manifest whose parse warns (a collection as a key, with an alias elsewhere) warns nothing itself', async () => {
    const d = dir();
    const token = fakeSecret('EA' + 'AG', 80, 6);
    writeFileSync(path.join(d, 'graphguard.yml'), `${manifest}junk: &x\n  ? [${token}, 1]\n  : v\nother: *x\n`);
    const warned: string[] = [];
    const onWarning = (w: Error) => warned.push(w.message);
    process.on('warning', onWarning);
    try {
      await check({ cwd: d, paths: [], env: {} }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 10));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warned).toEqual([]);
  });

  it('turns a ConfigError into one line and exit 2 (here: a --manifest that does not exist)', async () => {
    let err = '';
    const code = await main(['check', '--manifest', 'nope.yml'], { cwd: dir(), env: {}, stdout: () => {}, stderr: (s) => (err += s), isTTY: false });
    expect(code).toBe(2);
    expect(err).toBe('graphguard: nope.yml: manifest not found\n');
  });
});

describe('report counts', () => {
  it('counts by severity after suppression and baseline, and reports the live status', async () => {
    const { report } = await check({ cwd: dir(), paths: [], env: {}, today: '2026-11-27' });
    expect(report.summary).toEqual({
      errors: report.findings.filter((f) => f.severity === 'error').length,
      warnings: report.findings.filter((f) => f.severity === 'warn').length,
      notices: report.findings.filter((f) => f.severity === 'notice').length,
      filesScanned: 0,
      live: 'skipped',
    });
  });
});

describe('code frames', () => {
  it('are built for manifest and code findings by default, and for neither with frames: false', async () => {
    const d = dir();
    // A manifest finding (a permission with no use case to justify it) and a code finding (a token).
    writeFileSync(path.join(d, 'graphguard.yml'), `${manifest}    permissions: [ads_read]\n`);
    writeFileSync(path.join(d, 'a.js'), `const t = "${fakeSecret('E' + 'AAG', 120, 7)}";\n`);
    const withFrames = await check({ cwd: d, paths: ['.'], env: {}, today: '2026-11-27' });
    const without = await check({ cwd: d, paths: ['.'], env: {}, today: '2026-11-27', frames: false });
    const code = (r: typeof withFrames) => r.report.findings.filter((f) => f.file === 'a.js');
    const man = (r: typeof withFrames) => r.report.findings.filter((f) => f.file === 'graphguard.yml');
    expect(code(withFrames).length).toBeGreaterThan(0);
    expect(man(withFrames).length).toBeGreaterThan(0);
    expect([...code(withFrames), ...man(withFrames)].every((f) => f.frame !== undefined)).toBe(true);
    expect([...code(without), ...man(without)].some((f) => f.frame !== undefined)).toBe(false);
    // Everything else is the same.
    const strip = (r: typeof withFrames) => r.report.findings.map(({ frame: _f, ...rest }) => rest);
    expect(strip(without)).toEqual(strip(withFrames));
  });
});

describe('a manifest named with --manifest in another folder', () => {
  it('matches its globs from the working directory (as ESLint does a --config file) and says so under --debug', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-glob-base-'));
    mkdirSync(path.join(dir, 'svc', 'ops', 'admin'), { recursive: true });
    mkdirSync(path.join(dir, 'ops', 'admin'), { recursive: true });
    const m = `${HEAD}  - name: bm-admin\n    role: admin\n    useCases: [business_admin]\n    token: { secret: META_ADMIN_TOKEN }\nscan:\n  adminPaths: ["ops/admin/**"]\n`;
    writeFileSync(path.join(dir, 'svc', 'graphguard.yml'), m);
    writeFileSync(path.join(dir, 'svc', 'ops', 'admin', 'rotate.js'), 'process.env.META_ADMIN_TOKEN;\n');
    writeFileSync(path.join(dir, 'ops', 'admin', 'app.js'), 'process.env.META_ADMIN_TOKEN;\n');
    const lines: string[] = [];
    const { report } = await check({ cwd: dir, manifest: 'svc/graphguard.yml', today: '2026-11-27', env: {}, debug: (l) => lines.push(l) });
    expect(report.findings.filter((f) => f.ruleId === 'admin-token-in-code').map((f) => f.file)).toEqual(['svc/ops/admin/rotate.js']);
    expect(lines).toContain('manifest: svc/graphguard.yml, its globs matched from the working directory, not svc');
    // Run from the manifest's folder, the same globs mean its own ops/admin.
    const inside = await check({ cwd: path.join(dir, 'svc'), today: '2026-11-27', env: {} });
    expect(inside.report.findings.filter((f) => f.ruleId === 'admin-token-in-code')).toEqual([]);
  });
});

describe('unused-permission needs the whole repository', () => {
  it('is not judged from named paths that leave part of it out (check src/orders.js), nor by infer of a folder', async () => {
    const shop = path.resolve('examples/shop');
    const part = await check({ cwd: shop, paths: ['src/orders.js'], today: '2026-11-27', env: {} });
    expect(part.report.findings.filter((f) => f.ruleId === 'unused-permission')).toEqual([]);
    const whole = await check({ cwd: shop, paths: ['.'], today: '2026-11-27', env: {} });
    expect(whole.report.findings.filter((f) => f.ruleId === 'unused-permission')).toEqual([]);
    const { inferRepository } = await import('../src/infer.js');
    const folder = await inferRepository({ cwd: shop, paths: ['webhooks'] });
    expect(folder.analysis.complete).toBe(false);
    expect((await inferRepository({ cwd: shop })).analysis.complete).toBe(true);
  });
});

describe('check --output - and --quiet', () => {
  it('`--output -` is stdout (no file named -); --quiet counts what it shows', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-out-'));
    writeFileSync(path.join(dir, 'graphguard.yml'), `${HEAD}  - name: a\n    role: system_user\n    environment: production\n    useCases: [page_content]\n    token: { secret: T, expires: never }\n`);
    writeFileSync(path.join(dir, 'a.js'), `const t = "${fakeSecret('E' + 'AAG', 120, 5150)}";\n`);
    const run = async (...args: string[]) => {
      let stdout = '';
      const code = await main(['check', ...args, '--today', '2026-11-27', '--format', 'json'], { cwd: dir, env: {}, stdout: (s) => (stdout += s), stderr: () => {}, isTTY: false });
      return { code, json: JSON.parse(stdout) as { summary: { errors: number; warnings: number; notices: number }; findings: { severity: string }[] } };
    };
    const all = await run('--output', '-');
    expect(existsSync(path.join(dir, '-'))).toBe(false);
    expect(all.json.summary.warnings).toBeGreaterThan(0);
    const quiet = await run('--quiet');
    expect(quiet.json.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(quiet.json.summary).toMatchObject({ errors: quiet.json.findings.length, warnings: 0, notices: 0 });
    expect(quiet.code).toBe(all.code);
  });

  it('--quiet with --fail-on warn or --max-warnings says why the run fails when it shows no error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-quiet-'));
    // Two token-rotation warnings (tokens that never expire), no error.
    const user = (n: string) => `  - name: ${n}\n    role: system_user\n    environment: production\n    useCases: [page_content]\n    token: { secret: T_${n}, expires: never }\n`;
    writeFileSync(path.join(dir, 'graphguard.yml'), `${HEAD}${user('a')}${user('b')}`);
    const run = async (...args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await main(['check', ...args, '--today', '2026-11-27'], { cwd: dir, env: {}, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
      return { code, stdout, stderr };
    };
    const all = await run('--format', 'json');
    const summary = (JSON.parse(all.stdout) as { summary: { errors: number; warnings: number; notices: number } }).summary;
    expect(summary).toMatchObject({ errors: 0, warnings: 2 });
    const notices = summary.notices;
    expect(notices).toBeGreaterThan(0);
    const warn = await run('--quiet', '--fail-on', 'warn');
    // Never "No problems" above a run the hidden findings fail (hunt K): the summary says what it leaves out.
    expect(warn.stdout).toBe(`✔ No errors (2 warnings and ${notices} notice${notices === 1 ? '' : 's'} not shown: --quiet; 1 file scanned)\n`);
    expect(warn).toMatchObject({ code: 1, stderr: 'graphguard: 2 warnings hidden by --quiet fail the run (--fail-on warn)\n' });
    expect(await run('--quiet', '--fail-on', 'notice', '--format', 'json')).toMatchObject({
      code: 1,
      stderr: `graphguard: 2 warnings and ${notices} notice${notices === 1 ? '' : 's'} hidden by --quiet fail the run (--fail-on notice)\n`,
    });
    expect(await run('--quiet', '--max-warnings', '0')).toMatchObject({ code: 1, stderr: 'graphguard: 2 warnings hidden by --quiet exceed --max-warnings 0\n' });
    // With an error shown, the summary says what it hid too (hunt NEW-1: it said "0 warnings").
    writeFileSync(path.join(dir, 'graphguard.yml'), `${HEAD}${user('a')}${user('b')}  - name: c\n    role: system_user\n    environment: production\n    assets: [{ asset: Shop, tasks: [MANAGE] }]\n`);
    const withError = await run('--quiet');
    expect(withError.code).toBe(1);
    expect(withError.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ 1 problem \(1 error; 3 warnings and \d+ notices? not shown: --quiet\)$/);
    writeFileSync(path.join(dir, 'graphguard.yml'), `${HEAD}${user('a')}${user('b')}`);
    expect(await run('--quiet', '--max-warnings', '1')).toMatchObject({ code: 1, stderr: 'graphguard: 2 warnings hidden by --quiet exceed --max-warnings 1\n' });
    // Passing runs, and runs without --quiet (the warnings are shown), add no line.
    expect(await run('--quiet', '--max-warnings', '2')).toMatchObject({ code: 0, stderr: '' });
    expect(await run('--quiet')).toMatchObject({ code: 0, stderr: '' });
    expect(await run('--fail-on', 'warn')).toMatchObject({ code: 1, stderr: '' });
    // A shown error explains the failure itself.
    writeFileSync(path.join(dir, 'a.js'), `const t = "${fakeSecret('E' + 'AAG', 120, 5151)}";\n`);
    expect(await run('.', '--quiet', '--fail-on', 'warn')).toMatchObject({ code: 1, stderr: '' });
  });
});

describe('a run --max-warnings fails', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-maxwarn-'));
  // Two token-rotation warnings (tokens that never expire), no error.
  const user = (n: string) => `  - name: ${n}\n    role: system_user\n    environment: production\n    useCases: [page_content]\n    token: { secret: T_${n}, expires: never }\n`;
  writeFileSync(path.join(dir, 'graphguard.yml'), `${HEAD}${user('a')}${user('b')}`);
  const run = async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await main(['check', ...args, '--today', '2026-11-27'], { cwd: dir, env: {}, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
    return { code, stdout, stderr };
  };

  it('is a failing JUnit testcase, as the exit code says (with --quiet too)', async () => {
    const junit = await run('--format', 'junit', '--max-warnings', '0');
    expect(junit.code).toBe(1);
    expect(junit.stdout.split('\n').slice(2, 5)).toEqual([
      '  <testsuite name="graphguard" tests="1" failures="1">',
      '    <testcase classname="graphguard" name="run outcome">',
      '      <failure type="run" message="2 warnings exceed --max-warnings 0">graphguard: 2 warnings exceed --max-warnings 0</failure>',
    ]);
    expect(junit.stdout.match(/<failure /g)).toHaveLength(1);
    const quiet = await run('--format', 'junit', '--max-warnings', '1', '--quiet');
    expect(quiet.code).toBe(1);
    expect(quiet.stdout.split('\n').slice(1, 5)).toEqual([
      '<testsuites name="graphguard" tests="1" failures="1">',
      '  <testsuite name="graphguard" tests="1" failures="1">',
      '    <testcase classname="graphguard" name="run outcome">',
      '      <failure type="run" message="2 warnings hidden by --quiet exceed --max-warnings 1">graphguard: 2 warnings hidden by --quiet exceed --max-warnings 1</failure>',
    ]);
    // A run it does not fail has no such case.
    const passing = await run('--format', 'junit', '--max-warnings', '2');
    expect(passing.code).toBe(0);
    expect(passing.stdout).not.toContain('<failure ');
  });

  it('says why on stderr without --quiet too, in every format, leaving stdout as it was', async () => {
    for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit']) {
      const failed = await run('--format', format, '--max-warnings', '1');
      expect(failed.code, format).toBe(1);
      expect(failed.stderr, format).toBe('graphguard: 2 warnings exceed --max-warnings 1\n');
      // stdout is the report a run without the limit prints (JUnit's aside: its run outcome case).
      if (format !== 'junit') expect(failed.stdout, format).toBe((await run('--format', format)).stdout);
      if (format === 'json' || format === 'sarif') expect(() => JSON.parse(failed.stdout), format).not.toThrow();
    }
    expect(await run('--max-warnings', '2')).toMatchObject({ code: 0, stderr: '' });
    // The warnings fail the run themselves (--fail-on warn): they are shown, nothing more to say.
    expect(await run('--fail-on', 'warn', '--max-warnings', '0')).toMatchObject({ code: 1, stderr: '' });
  });
});

describe('an invalid manifest whose schema problems are suppressed or baselined', () => {
  // A grant of MANAGE where the use case allows less: a least-privilege-tasks error a valid manifest reports.
  const overGranted = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts, pages_read_engagement, business_management]
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets:
      - { asset: Shop, tasks: [MANAGE] }
`;
  const run = async (text: string, baseline?: string) => {
    const d = mkdtempSync(path.join(tmpdir(), 'gg-check-'));
    writeFileSync(path.join(d, 'graphguard.yml'), text);
    if (baseline !== undefined) writeFileSync(path.join(d, 'b.json'), baseline);
    const { report } = await check({ cwd: d, paths: [], env: {}, today: '2026-06-01', ...(baseline !== undefined ? { baseline: 'b.json' } : {}) });
    return report;
  };

  it('is never a silent pass: one error says the manifest was not checked', async () => {
    const valid = await run(overGranted);
    expect(valid.findings.map((f) => f.ruleId)).toContain('least-privilege-tasks');
    const lines = overGranted.split('\n').length;
    const report = await run(`${overGranted}# graphguard-disable-next-line manifest-schema -- migration notes, OPS-1\nnotes: x\n`);
    expect(report.suppressed).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId}:${f.messageId}@${f.line}:${f.column}:${f.severity}`)).toEqual([`manifest-schema:schemaNotChecked@${lines + 1}:1:error`]);
    expect(report.findings[0]!.message).toBe(
      'The manifest has 1 schema problem(s), all suppressed or in the baseline; while it has any, the other manifest rules do not run, so the manifest was not checked.',
    );
    // Not while a schema problem is still shown: it says so itself.
    const shown = await run(`${overGranted}notes: x\n`);
    expect(shown.findings.map((f) => `${f.ruleId}:${f.messageId}`)).toEqual(['manifest-schema:schema']);
  });

  it('a bad task name reported beside a suppressed schema problem does not stand for it: the manifest was still not checked', async () => {
    const lines = overGranted.split('\n').length;
    const report = await run(`${overGranted.replace('[MANAGE]', '[MANAGE, CREATE_CONTNET]')}# graphguard-disable-next-line manifest-schema -- migration notes, OPS-1\nnotes: x\n`);
    expect(report.findings.map((f) => `${f.ruleId}:${f.messageId}@${f.line}:${f.severity}`)).toEqual([
      `manifest-schema:badTask@${lines - 1}:error`,
      `manifest-schema:schemaNotChecked@${lines + 1}:error`,
    ]);
  });

  it('only-changed (the action) hides a schema problem of a manifest the pull request leaves alone: no "not checked" finding there', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'gg-check-'));
    writeFileSync(path.join(d, 'graphguard.yml'), `${overGranted}notes: x\n`);
    const other = await check({ cwd: d, paths: [], env: {}, today: '2026-06-01', onlyFiles: new Set(['src/a.js']) });
    expect(other.report.findings).toEqual([]);
    const touched = await check({ cwd: d, paths: [], env: {}, today: '2026-06-01', onlyFiles: new Set(['graphguard.yml']) });
    expect(touched.report.findings.map((f) => `${f.ruleId}:${f.messageId}`)).toEqual(['manifest-schema:schema']);
  });

  it('a baseline that holds the schema problem does not hide a new grant', async () => {
    const withNotes = `${overGranted.replace('[MANAGE]', '[CREATE_CONTENT]')}notes: x\n`;
    const first = await run(withNotes);
    const { buildBaseline } = await import('../src/baseline.js');
    const baseline = buildBaseline(first.findings);
    const report = await run(`${overGranted}notes: x\n`, baseline);
    expect(report.baselined).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId}:${f.messageId}`)).toEqual(['manifest-schema:schemaNotChecked']);
  });
});

describe("a token.secret naming the runner's own variable (hunt U4)", () => {
  it('is a manifest-schema finding, and its value is neither searched for, redacted nor handed on to be masked', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'gg-check-'));
    writeFileSync(
      path.join(d, 'graphguard.yml'),
      `${HEAD}  - name: a\n    role: system_user\n    environment: production\n    token: { secret: GITHUB_SERVER_URL }\n  - name: b\n    role: system_user\n    environment: test\n    token: { secret: META_B_TOKEN }\n`,
    );
    mkdirSync(path.join(d, 'src'));
    writeFileSync(path.join(d, 'src', 'a.js'), '// see https://github.com/acme/shop\nconst b = "Zx9aQw7bK2";\n');
    const learned: string[] = [];
    const r = await check({
      cwd: d,
      paths: ['.'],
      env: { GITHUB_SERVER_URL: 'https://github.com', META_B_TOKEN: 'Zx9aQw7bK2' },
      today: '2026-11-27',
      onSecrets: (s) => learned.push(...s.map((x) => x.reveal())),
    });
    const schema = r.report.findings.filter((f) => f.ruleId === 'manifest-schema');
    expect(schema.map((f) => [f.line, f.message.slice(0, 60)])).toEqual([[29, '`systemUsers[0].token.secret` names `GITHUB_SERVER_URL`, a v']]);
    // The other user's declared value is still found; the runner's is not.
    expect(r.report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => [f.file, f.line])).toEqual([['src/a.js', 2]]);
    expect(learned).not.toContain('https://github.com');
    expect(r.secrets.map((s) => s.reveal())).toEqual(['Zx9aQw7bK2']);
  });

  it("a runner image's own variable, or a value that is a path, declares no secret (hunt U2r-7)", async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'gg-check-'));
    writeFileSync(
      path.join(d, 'graphguard.yml'),
      `${HEAD}  - name: a\n    role: system_user\n    environment: production\n    token: { secret: AGENT_TOOLSDIRECTORY }\n  - name: b\n    role: system_user\n    environment: test\n    token: { secret: META_B_TOKEN }\n`,
    );
    writeFileSync(path.join(d, 'a.sh'), 'ls /opt/hostedtoolcache\n');
    const learned: string[] = [];
    const r = await check({ cwd: d, paths: ['.'], env: { AGENT_TOOLSDIRECTORY: '/opt/hostedtoolcache', META_B_TOKEN: '/opt/hostedtoolcache' }, today: '2026-11-27', onSecrets: (s) => learned.push(...s.map((x) => x.reveal())) });
    expect(r.report.findings.filter((f) => f.ruleId === 'hardcoded-token')).toEqual([]);
    expect(learned).toEqual([]);
  });
});
