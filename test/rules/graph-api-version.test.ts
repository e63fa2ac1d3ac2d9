import rule from '../../rules/graph-api-version.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';

/** HEAD with another version (line 7, value at column 20), and optionally a marketing user. */
const at = (version: string, permissions = '[business_management]', tail = '') =>
  `${HEAD.replace('graphApiVersion: v25.0', `graphApiVersion: ${version}`)}  - name: audit\n    role: system_user\n    environment: production\n    permissions: [business_management]\n  - name: ads-bot\n    role: system_user\n    environment: production\n    permissions: ${permissions}\n${tail}`;
const ADS = '[business_management, ads_management]';

ruleTester(rule, {
  valid: [
    { name: 'v26.0 has no announced Marketing API date', yaml: at('v26.0', ADS) },
    { name: 'the newest version', yaml: at('v27.0', ADS) },
    { name: 'v25.0 without Marketing API permissions: Graph until 2028, two majors behind', yaml: at('v25.0') },
    { name: 'no graphApiVersion', yaml: `${HEAD.replace('  graphApiVersion: v25.0\n', '')}  - name: a\n    role: admin\n` },
    { name: 'warnDays: 60 is shorter than the 88 days left', yaml: at('v25.0', ADS, 'rules:\n  graph-api-version: { warnDays: 60 }\n') },
    { name: 'maxMajorsBehind: 3 accepts v24.0 (no ads)', yaml: at('v24.0', '[business_management]', 'rules:\n  graph-api-version: { maxMajorsBehind: 3 }\n') },
    { name: 'ads_mcp_management is not a Marketing API permission', yaml: at('v24.0', '[ads_mcp_management]', 'rules:\n  graph-api-version: { maxMajorsBehind: 3 }\n') },
  ],
  invalid: [
    {
      name: 'Graph API version expired',
      yaml: at('v20.0', ADS),
      errors: [
        {
          messageId: 'expired',
          line: 7,
          column: 20,
          severity: 'error',
          message: 'Graph API version v20.0 was available until 2026-09-24; Meta now answers its calls with the next oldest usable version.',
          suggestion: 'Upgrade app.graphApiVersion to v27.0 and test the app against the changelogs in between.',
        },
      ],
    },
    { name: 'the day after the last day', yaml: at('v20.0'), today: '2026-09-25', errors: [{ messageId: 'expired', line: 7, column: 20 }] },
    {
      name: 'the last day of a Graph API version',
      yaml: at('v20.0'),
      today: '2026-09-24',
      errors: [{ messageId: 'expiring', line: 7, column: 20, severity: 'warn', message: 'Graph API version v20.0 is available only until 2026-09-24, 0 days from today.' }],
    },
    {
      name: 'Graph API version within 90 days',
      yaml: at('v21.0'),
      errors: [
        {
          messageId: 'expiring',
          line: 7,
          column: 20,
          severity: 'warn',
          message: 'Graph API version v21.0 is available only until 2027-01-21, 55 days from today.',
          suggestion: 'Upgrade app.graphApiVersion to v27.0 before 2027-01-21.',
        },
      ],
    },
    {
      name: 'Marketing API version expired for a manifest with ads_management',
      yaml: at('v24.0', ADS),
      errors: [
        {
          messageId: 'marketingExpired',
          line: 7,
          column: 20,
          severity: 'error',
          message: 'Marketing API version v24.0 expired on 2026-11-10, and system user ads-bot uses the Marketing API permission ads_management.',
          suggestion: 'Upgrade app.graphApiVersion to v27.0: Marketing API calls on an expired version fail (error #2635) or are upgraded without notice.',
        },
      ],
    },
    { name: 'on its Marketing API expiry date', yaml: at('v24.0', '[ads_read]'), today: '2026-11-10', errors: [{ messageId: 'marketingExpired', line: 7, column: 20 }] },
    {
      name: 'the day before the Marketing API expiry date',
      yaml: at('v24.0', '[ads_read]'),
      today: '2026-11-09',
      errors: [{ messageId: 'marketingExpiring', line: 7, column: 20, message: 'expires on 2026-11-10, 1 day from today, and system user ads-bot uses the Marketing API permission ads_read.' }],
    },
    {
      name: 'Marketing API version within 90 days',
      yaml: at('v25.0', ADS),
      errors: [
        {
          messageId: 'marketingExpiring',
          line: 7,
          column: 20,
          severity: 'warn',
          message: 'Marketing API version v25.0 expires on 2027-02-23, 88 days from today, and system user ads-bot uses the Marketing API permission ads_management.',
          suggestion: 'Upgrade app.graphApiVersion to v27.0 before 2027-02-23.',
        },
      ],
    },
    {
      name: 'a typo of a known version',
      yaml: at('v25.1'),
      errors: [
        {
          messageId: 'unknown',
          line: 7,
          column: 20,
          severity: 'error',
          message: 'Graph API version v25.1 is not a known version; did you mean v25.0?',
          suggestion: 'Set app.graphApiVersion to v25.0 (the newest is v27.0).',
        },
      ],
    },
    { name: 'a version that never existed gets the newest', yaml: at('v1.5'), errors: [{ messageId: 'unknown', line: 7, column: 20, message: 'did you mean v27.0?' }] },
    {
      name: 'newer than the data knows',
      yaml: at('v28.0'),
      errors: [
        {
          messageId: 'newer',
          line: 7,
          column: 20,
          severity: 'warn',
          message: 'Graph API version v28.0 is newer than any version graphguard knows (the newest it knows is v27.0).',
          suggestion: 'If Meta has released v28.0, update graphguard; otherwise use v27.0.',
        },
      ],
    },
    {
      name: 'three majors behind (notice)',
      yaml: at('v24.0'),
      errors: [
        {
          messageId: 'behind',
          line: 7,
          column: 20,
          severity: 'notice',
          message: 'Graph API version v24.0 is 3 major versions behind the newest, v27.0.',
          suggestion: 'Plan the upgrade to v27.0 while v24.0 is still supported.',
        },
      ],
    },
    {
      name: 'warnDays: 365 and severity from rules:',
      yaml: at('v22.0', '[business_management]', 'rules:\n  graph-api-version: { severity: error, warnDays: 365 }\n'),
      errors: [{ messageId: 'expiring', line: 7, column: 20, severity: 'error', message: 'until 2027-05-20, 174 days from today.' }],
    },
  ],
});
