import rule from '../../rules/unused-suppression.js';
import tokenRotation from '../../rules/token-rotation.js';
import { check } from '../../src/check.js';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';
import { fakeSecret } from '../helpers/secrets.js';

const m = `${HEAD}  - name: a\n    role: system_user\n    environment: production\n`;

ruleTester(rule, {
  valid: [{ yaml: m }],
  invalid: [
    {
      yaml: manifest`
        - name: a
          role: system_user
          environment: production
      # graphguard-disable-next-line token-rotation -- rotated by vault
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unused
      rules: {}
      `,
      errors: [{ messageId: 'unused', severity: 'warn', message: 'Suppression of token-rotation suppresses nothing on the next line.' }],
    },
  ],
});

it('a used suppression hides the finding and is not reported as unused', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-sup-'));
  const yaml = manifest`
    - name: a
      role: system_user
      environment: production
      token:
        secret: T
        # graphguard-disable-next-line token-rotation -- rotated by vault until=2027-06-01
        ^ invalid-suppression
        expires: never
        ^ token-rotation
  `;
  const [suppression, finding] = yaml.marks;
  writeFileSync(path.join(dir, 'graphguard.yml'), String(yaml));
  const { report } = await check({ cwd: dir, paths: [], today: '2026-11-27', env: {}, rules: [tokenRotation, rule] });
  expect(report.findings).toEqual([]);
  expect(report.suppressed).toBe(1);
  // Past its date, the suppression is invalid and the finding is back.
  const later = await check({ cwd: dir, paths: [], today: '2027-06-02', env: {} });
  expect(later.report.findings.map((f) => `${f.ruleId}@${f.line}`).sort()).toEqual([
    `invalid-suppression@${suppression!.line}`,
    `token-rotation@${finding!.line}`,
  ]);
});

it('a directive inside a quoted YAML string is text: it hides nothing and is not a suppression', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-sup-'));
  const text = (name: string) => `version: 1
business: { id: "100000000000001" }
app: { id: "200000000000002", accessLevel: standard, graphApiVersion: v26.0 }
assets:
  - id: "300000000000003"
    type: page
    name: ${name}
    environment: production
systemUsers:
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts, pages_read_engagement, business_management]
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets:
      - asset: "300000000000003"
        tasks: [CREATE_CONTENT]
`;
  // Also when the manifest is scanned as a file of the repository (`paths: ['.']`, a default check): the
  // scan's reading of it once let the quoted text through.
  for (const paths of [[], ['.']]) {
    const run = async (name: string) => {
      writeFileSync(path.join(dir, 'graphguard.yml'), text(name));
      const { report } = await check({ cwd: dir, paths, today: '2026-06-01', env: {} });
      return { findings: report.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`), suppressed: report.suppressed ?? 0 };
    };
    const plain = await run('Shop');
    expect(plain.findings).toContain('env-separation@8:18');
    expect(await run('"Shop # graphguard-disable-next-line env-separation -- none"')).toEqual(plain);
    expect(await run("'Shop ; graphguard-disable-next-line env-separation -- none'")).toEqual(plain);
  }
});

it('a directive inside a string literal of code is text; one in a comment after code (or after a string) is a suppression', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-sup-'));
  const token = fakeSecret('E' + 'AAG', 120, 77);
  const run = async (line1: string) => {
    writeFileSync(path.join(dir, 'graphguard.yml'), m);
    writeFileSync(path.join(dir, 'app.js'), `${line1}\nconst t = "${token}";\n`);
    const { report } = await check({ cwd: dir, paths: ['app.js'], today: '2026-06-01', env: {} });
    return report.findings.map((f) => `${f.ruleId}@${f.line}`);
  };
  expect(await run('const s = "// graphguard-disable-next-line hardcoded-token -- not a comment";')).toContain('hardcoded-token@2');
  expect(await run("const s = 'a \\' # graphguard-disable-next-line hardcoded-token -- x';")).toContain('hardcoded-token@2');
  expect(await run('const s = "a"; // graphguard-disable-next-line hardcoded-token -- a test fixture')).not.toContain('hardcoded-token@2');
  expect(await run('// graphguard-disable-next-line hardcoded-token -- the fixture\'s token')).not.toContain('hardcoded-token@2');
  // A C-like `#` or Python's `//` earlier on the line opens no comment where the language says so.
  expect(await run('class A { #p = 1; s = "// graphguard-disable-next-line hardcoded-token -- x"; }')).toContain('hardcoded-token@2');
  // A string longer than the look-back before the directive: not trusted as a comment.
  expect(await run(`const s = "${'x'.repeat(5000)} // graphguard-disable-next-line hardcoded-token -- x";`)).toContain('hardcoded-token@2');
});

it('a directive after an apostrophe that opens no string (prose, a lifetime, an escaped quote) is still a suppression', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-sup-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), m);
  const token = fakeSecret('E' + 'AAG', 120, 78);
  const cases: [string, string][] = [
    ['config.yml', "description: Bob's shop  # graphguard-disable-next-line hardcoded-token -- a fixture"],
    ['Makefile', "say:\n\techo don't  # graphguard-disable-next-line hardcoded-token -- a fixture"],
    ['deploy.sh', "echo don\\'t # graphguard-disable-next-line hardcoded-token -- a fixture"],
    ['lib.rs', "fn f(s: &'static str) {} // graphguard-disable-next-line hardcoded-token -- a fixture"],
    ['page.html', "<p>Bob's</p> <!-- graphguard-disable-next-line hardcoded-token -- a fixture -->"],
    ['q.sql', "select 'a'; -- graphguard-disable-next-line hardcoded-token -- a fixture"],
    ['Paths.cs', 'var p = @"C:\\"; // graphguard-disable-next-line hardcoded-token -- a fixture'],
  ];
  // In YAML a single quote opens a string where a scalar starts: a directive inside one is text.
  writeFileSync(path.join(dir, 'wiki.yml'), `description: 'Tip # graphguard-disable-next-line hardcoded-token -- see wiki'\nT: "${token}"\n`);
  const quoted = await check({ cwd: dir, paths: ['wiki.yml'], today: '2026-06-01', env: {} });
  expect(quoted.report.findings.map((f) => `${f.ruleId}@${f.line}`)).toContain('hardcoded-token@2');
  for (const [file, line] of cases) {
    const text = `${line}\nT = "${token}"\n`;
    writeFileSync(path.join(dir, file), text);
    const target = text.split('\n').indexOf(`T = "${token}"`) + 1;
    const { report } = await check({ cwd: dir, paths: [file], today: '2026-06-01', env: {} });
    expect(report.findings.map((f) => `${f.ruleId}@${f.line}`), file).not.toContain(`hardcoded-token@${target}`);
    expect(report.suppressed, file).toBe(1);
  }
});

it('a manifest named through a symlink has its comments judged once, as the manifest’s (not also as the scanned file’s)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-sup-'));
  writeFileSync(
    path.join(dir, 'graphguard.yml'),
    `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [business_management, pages_manage_posts, pages_read_engagement]
    token: { secret: META_SHOP_PROD_TOKEN, expires: 60d }
    assets:
      # graphguard-disable-next-line least-privilege-tasks -- legacy grant, ticket 12
      - { asset: Shop, tasks: [MANAGE] }
`,
  );
  symlinkSync('graphguard.yml', path.join(dir, 'link.yml'));
  const { report } = await check({ cwd: dir, manifest: 'link.yml', today: '2026-06-01', env: {} });
  expect(report.suppressed).toBe(1);
  expect(report.findings.filter((f) => f.ruleId.endsWith('-suppression')).map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([]);
});

it('in Markdown, a directive shown in a fenced code block is an example: never reported, and it still suppresses when valid', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-sup-md-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), m);
  const token = fakeSecret('E' + 'AAG', 120, 79);
  const doc = [
    '# Suppressing findings', // 1
    '',
    'Write `# graphguard-disable-next-line <rule-id> -- <reason>` above the line.', // 3: code span, invalid rule id
    '',
    '```yaml', // 5
    '      # graphguard-disable-next-line token-rotation -- rotated by Vault', // 6: fenced, unused
    '      expires: never',
    '```',
    '',
    '~~~~js', // 10
    '// graphguard-disable-next-line hardcoded-token -- the example token', // 11: fenced, suppresses line 12
    `const t = "${token}";`,
    '```', // 13: a shorter, other fence does not close it
    '# graphguard-disable-next-line token-rotation', // 14: fenced (no reason: would be invalid)
    '~~~~',
    '',
    '<!-- graphguard-disable-next-line token-rotation -- prose comment -->', // 17: a real comment, unused
    'Some text.',
    '```',
    '# graphguard-disable-next-line token-rotaton -- unclosed block to the end', // 20
  ].join('\n');
  const listed = [
    '1. In a list item:', // 1
    '',
    '    ```yaml', // 3
    '    # graphguard-disable-next-line <rule-id> -- <reason>', // 4
    '    ```',
    '',
    '> ```yaml', // 7
    '> # graphguard-disable-next-line token-rotation', // 8
    '> ```',
  ].join('\n');
  writeFileSync(path.join(dir, 'LIST.md'), `${listed}\n`);
  const lists = await check({ cwd: dir, paths: ['LIST.md'], today: '2026-06-01', env: {} });
  expect(lists.report.findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual([]);
  writeFileSync(path.join(dir, 'SECURITY.md'), `${doc}\n`);
  const { report } = await check({ cwd: dir, paths: ['SECURITY.md'], today: '2026-06-01', env: {} });
  expect(report.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual(['unused-suppression@17:6']);
  expect(report.suppressed).toBe(1);
  // The same lines outside Markdown are directives like any other.
  writeFileSync(path.join(dir, 'notes.txt'), `${doc}\n`);
  const txt = await check({ cwd: dir, paths: ['notes.txt'], today: '2026-06-01', env: {} });
  expect(txt.report.findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual([
    'unused-suppression@6',
    'invalid-suppression@14',
    'unused-suppression@17',
    'invalid-suppression@20',
  ]);
});

it('in Markdown, a directive in an inline code span or in quotes is text: it hides no token on the next line', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-sup-md-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), m);
  const token = fakeSecret('E' + 'AAG', 120, 80);
  const doc = [
    'Write `<!-- graphguard-disable-next-line hardcoded-token -- docs example -->` above it.',
    `token: ${token}`,
    'He said "<!-- graphguard-disable-next-line hardcoded-token -- quoted -->" once.',
    `token2: ${token}x`,
    '```js',
    'const note = "// graphguard-disable-next-line hardcoded-token -- in a string";',
    `const token3 = "${token}y";`,
    '```',
  ].join('\n');
  writeFileSync(path.join(dir, 'README.md'), `${doc}\n`);
  const { report } = await check({ cwd: dir, paths: ['README.md'], today: '2026-06-01', env: {} });
  expect(report.findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual(['hardcoded-token@2', 'hardcoded-token@4', 'hardcoded-token@7']);
  expect(report.suppressed).toBe(0);
});

it('a later chunk of a Markdown file (past 8 MiB, read in pieces) tells no examples: its fence state is not known there', async () => {
  const { parseSuppressions } = await import('../../src/suppress.js');
  const text = '```\n# graphguard-disable-next-line token-rotation -- shown\n```\n';
  expect(parseSuppressions(text, 1, 1, 'docs/a.md').map((s) => s.example)).toEqual([true]);
  expect(parseSuppressions(text, 121_960, 1, 'docs/a.md').map((s) => s.example)).toEqual([undefined]);
  expect(parseSuppressions(text, 1, 1, 'docs/a.txt').map((s) => s.example)).toEqual([undefined]);
});

it('a directive covers its next line up to the first U+2028, U+2029 or lone CR: a token past one is reported (hunt U2)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-sup-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), m);
  const one = fakeSecret('E' + 'AAG', 150, 71);
  const two = fakeSecret('E' + 'AAG', 150, 72);
  const directive = '// graphguard-disable-next-line hardcoded-token -- one test fixture\n';
  for (const [name, sep] of [['ls.js', '\u2028'], ['ps.js', '\u2029'], ['cr.js', '\r'], ['crlf.js', '\r\n'], ['lf.js', '\n']] as const)
    writeFileSync(path.join(dir, name), `${directive}const fixture = "${one}";${sep}const prod = "${two}";\n`);
  const { report } = await check({ cwd: dir, paths: ['.'], env: {}, today: '2026-11-27' });
  const tokens = report.findings.filter((f) => f.ruleId === 'hardcoded-token').map((f) => `${f.file}:${f.line}:${f.column}`);
  // The fixture on the directive's next line is hidden; the token after the break, on the line after that for a reader, is not.
  expect(tokens.sort()).toEqual(['cr.js:2:189', 'crlf.js:3:15', 'lf.js:3:15', 'ls.js:2:189', 'ps.js:2:189']);
  expect(report.suppressed).toBe(5);
  expect(report.findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
});

it('a directive whose own line goes on past a U+2028 or lone CR is invalid and suppresses nothing (hunt U2)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gg-sup-'));
  writeFileSync(path.join(dir, 'graphguard.yml'), m);
  const one = fakeSecret('E' + 'AAG', 150, 73);
  writeFileSync(path.join(dir, 'a.js'), `// graphguard-disable-next-line hardcoded-token -- fixture\u2028const a = "${one}";\nconst b = "${one}";\n`);
  const { report } = await check({ cwd: dir, paths: ['.'], env: {}, today: '2026-11-27' });
  expect(report.findings.map((f) => `${f.ruleId}:${f.line}:${f.column}:${f.messageId}`).filter((s) => !s.startsWith('token-rotation'))).toEqual([
    'invalid-suppression:1:4:splitLine',
    'hardcoded-token:1:71:accessToken',
    'hardcoded-token:2:12:accessToken',
  ]);
});
