import rule from '../../rules/unused-suppression.js';
import tokenRotation from '../../rules/token-rotation.js';
import { check } from '../../src/check.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';

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
