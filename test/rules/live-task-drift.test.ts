import rule from '../../rules/live-task-drift.js';
import type { LiveAssetGrant, LiveSnapshot, LiveSystemUser } from '../../src/graph/types.js';
import { ruleTester } from '../helpers/rule-tester.js';

const snap = (...systemUsers: LiveSystemUser[]): LiveSnapshot => ({
  businessId: '100000000000001',
  systemUsers,
  tokens: {},
  leakedTokens: {},
  incomplete: systemUsers.some((u) => u.assets === null) ? ['assigned pages of system user 400000000000005 (shop-prod): throttled'] : [],
});
const emp = (assets: LiveAssetGrant[] | null, id = '400000000000005', name = 'shop-prod', role = 'EMPLOYEE'): LiveSystemUser => ({ id, name, role, assets });
const page = (tasks: string[], id = '300000000000003'): LiveAssetGrant => ({ id, type: 'page', name: 'Shop', tasks });
const ads = (tasks: string[]): LiveAssetGrant => ({ id: '320000000000001', type: 'ad_account', name: 'Ads', tasks });
const catalog = (tasks: string[]): LiveAssetGrant => ({ id: '310000000000001', type: 'catalog', name: 'Products', tasks });

// Line numbers below: systemUsers starts at line 17.
const HEAD = `version: 1
business:
  id: "100000000000001"
app:
  id: "200000000000002"
  graphApiVersion: v26.0
assets:
  - { id: "300000000000003", type: page, name: Shop, environment: production }
  - { id: "300000000000004", type: page, name: Shop (test), environment: test }
  - { id: act_320000000000001, type: ad_account, name: Ads, environment: production }
  - { id: "310000000000001", type: catalog, name: Products, environment: production }
  - { id: "330000000000001", type: pixel, name: Pixel, environment: production }
  - { id: "340000000000001", type: instagram_account, name: Insta, environment: production }
useCases:
  shop:
    maxTasks: { page: [MANAGE], ad_account: [MANAGE], catalog: [MANAGE], pixel: [EDIT], instagram_account: [CONTENT] }
systemUsers:
`;
const user = (grants: string, extra = '') => `${HEAD}  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    useCases: [shop]
${extra}${grants}`;
// `assets:` at line 23; tasks of Shop at 25, of the ad account at 27 (its `asset` at 26).
const GRANTS = `    assets:
      - asset: Shop
        tasks: [CREATE_CONTENT]
      - asset: act_320000000000001
        tasks: [ADVERTISE]
      - asset: Pixel
        tasks: [EDIT]
      - asset: Insta
        tasks: [CONTENT]
`;

ruleTester(rule, {
  valid: [
    {
      name: 'equal after expansion; ad account ids compared without act_; pixel and instagram grants not compared',
      yaml: user(GRANTS),
      live: snap(emp([page(['CREATE_CONTENT']), ads(['ADVERTISE', 'DRAFT', 'ANALYZE'])])),
    },
    {
      name: 'a legacy Editor, unpacked live, declared with its four switches',
      yaml: user(GRANTS.replace('tasks: [CREATE_CONTENT]', 'tasks: [CREATE_CONTENT, MODERATE, ADVERTISE, ANALYZE]')),
      live: snap(emp([page(['ANALYZE', 'ADVERTISE', 'MODERATE', 'CREATE_CONTENT']), ads(['ADVERTISE'])])),
    },
    {
      name: 'admins are not compared, whichever side says admin',
      yaml: `${HEAD}  - name: bm-admin\n    id: "400000000000001"\n    role: admin\n  - name: shop-prod\n    id: "400000000000005"\n    role: system_user\n    environment: production\n`,
      live: snap(emp([page(['MANAGE'])], '400000000000001', 'bm-admin', 'ADMIN'), emp([catalog(['MANAGE'])], '400000000000005', 'shop-prod', 'ADMIN')),
    },
    { name: 'grants that could not be read are not compared', yaml: user(GRANTS), live: snap(emp(null)) },
    { name: 'undeclared live users are another rule', yaml: user(GRANTS), live: snap(emp([page(['CREATE_CONTENT']), ads(['ADVERTISE'])]), emp([page(['MANAGE'])], '400000000000009', 'other')) },
  ],
  invalid: [
    {
      name: 'live broader on a declared grant (MANAGE covers more than CREATE_CONTENT)',
      yaml: user(GRANTS),
      live: snap(emp([page(['MANAGE', 'CREATE_CONTENT', 'MODERATE', 'ADVERTISE', 'ANALYZE', 'MESSAGING']), ads(['ADVERTISE', 'DRAFT', 'ANALYZE'])])),
      errors: [
        {
          messageId: 'broader',
          line: 25,
          column: 16,
          severity: 'error',
          message: 'System user shop-prod has ADVERTISE, ANALYZE, MANAGE, MESSAGING, MODERATE on page Shop live, beyond the declared CREATE_CONTENT.',
          suggestion: 'Reduce the tasks in the business to CREATE_CONTENT, or declare tasks: [MANAGE, CREATE_CONTENT, MODERATE, ADVERTISE, ANALYZE, MESSAGING] if that access is intended.',
        },
      ],
    },
    {
      name: 'live grants on a declared asset the user lacks, and on an undeclared asset',
      yaml: user(GRANTS),
      live: snap(emp([page(['CREATE_CONTENT']), ads(['ADVERTISE']), catalog(['MANAGE']), page(['ANALYZE'], '399999999999999')])),
      errors: [
        {
          messageId: 'unlistedGrant',
          line: 23,
          column: 5,
          severity: 'error',
          message: 'System user shop-prod has MANAGE on catalog Products live, an asset its declared grants do not include.',
          suggestion: 'Remove shop-prod from catalog Products in the business, or add a grant: { asset: "310000000000001", tasks: [MANAGE] }.',
        },
        {
          messageId: 'undeclaredAsset',
          line: 23,
          column: 5,
          message: 'System user shop-prod has ANALYZE on page Shop (399999999999999) live, an asset the manifest does not declare.',
          suggestion: 'Remove shop-prod from page Shop (399999999999999) in the business, or declare the asset (id: "399999999999999") and the grant.',
        },
      ],
    },
    {
      name: 'a user with no assets key: undeclared grants point at its name; ad accounts suggested as act_',
      yaml: user(''),
      live: snap(emp([{ id: '320000000000002', type: 'ad_account', tasks: ['ANALYZE'] }])),
      errors: [
        {
          messageId: 'undeclaredAsset',
          line: 18,
          column: 11,
          message: 'System user shop-prod has ANALYZE on ad account (320000000000002) live',
          suggestion: 'Remove shop-prod from ad account (320000000000002) in the business, or declare the asset (id: "act_320000000000002") and the grant.',
        },
      ],
    },
    {
      name: 'per-switch Page access: a legacy Editor unpacked live is broader than CREATE_CONTENT',
      yaml: user(GRANTS),
      live: snap(emp([page(['ANALYZE', 'ADVERTISE', 'MODERATE', 'CREATE_CONTENT']), ads(['ADVERTISE'])])),
      errors: [
        {
          messageId: 'broader',
          line: 25,
          column: 16,
          message: 'System user shop-prod has ADVERTISE, ANALYZE, MODERATE on page Shop live, beyond the declared CREATE_CONTENT.',
        },
      ],
    },
    {
      name: 'declared grants missing or narrower live are notices',
      yaml: user(GRANTS.replace('tasks: [CREATE_CONTENT]', 'tasks: [CREATE_CONTENT, ANALYZE]')),
      live: snap(emp([page(['ANALYZE'])])),
      errors: [
        {
          messageId: 'narrower',
          line: 25,
          column: 16,
          severity: 'notice',
          message: 'System user shop-prod is declared with CREATE_CONTENT on page Shop but lacks it live (live: ANALYZE).',
          suggestion: 'Assign tasks [CREATE_CONTENT, ANALYZE] in the business, or declare tasks: [ANALYZE].',
        },
        {
          messageId: 'missingGrant',
          line: 26,
          column: 16,
          severity: 'notice',
          message: 'System user shop-prod is declared with ADVERTISE on ad account Ads but has no access to it live.',
          suggestion: 'Assign ad account Ads to shop-prod in the business, or remove the grant.',
        },
      ],
    },
    {
      name: 'a task name Meta added (not in data/tasks.json) is a warning, not drift; known tasks beside it are still compared',
      yaml: user(GRANTS),
      live: snap(emp([page(['CREATE_CONTENT', 'SHOPS_INSIGHTS_2027']), ads(['ADVERTISE', 'ANALYZE', 'NEW_AD_TASK', 'MANAGE'])])),
      errors: [
        {
          messageId: 'unknownTask',
          line: 25,
          column: 16,
          severity: 'warn',
          message: 'System user shop-prod has SHOPS_INSIGHTS_2027 on page Shop live: a task graphguard does not know, so it cannot tell whether it goes beyond the declared CREATE_CONTENT.',
          suggestion: 'Check what SHOPS_INSIGHTS_2027 allows in Business Settings and remove it if the user does not need it; a graphguard release that knows the task compares it.',
        },
        { messageId: 'broader', line: 27, column: 16, severity: 'error', message: 'System user shop-prod has MANAGE on ad account Ads live, beyond the declared ADVERTISE.' },
        { messageId: 'unknownTask', line: 27, column: 16, severity: 'warn', message: 'System user shop-prod has NEW_AD_TASK on ad account Ads live' },
      ],
    },
    {
      name: 'a known task written another way (lower case, spaces) is that task: drift, not an unknown task',
      yaml: user(GRANTS),
      live: snap(emp([page(['CREATE_CONTENT', 'manage']), ads(['ADVERTISE', ' ANALYZE '])])),
      errors: [{ messageId: 'broader', line: 25, column: 16, severity: 'error', message: 'System user shop-prod has ADVERTISE, ANALYZE, MANAGE, MESSAGING, MODERATE on page Shop live, beyond the declared CREATE_CONTENT.' }],
    },
    {
      name: 'broader and narrower at once on one grant; a user matched by name',
      yaml: `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    useCases: [shop]\n    assets:\n      - asset: "300000000000003"\n        tasks: [MESSAGING]\n`,
      live: snap(emp([page(['ANALYZE'])], '400000000000077')),
      errors: [
        { messageId: 'broader', line: 24, column: 16, message: 'has ANALYZE on page Shop live, beyond the declared MESSAGING.' },
        { messageId: 'narrower', line: 24, column: 16, severity: 'notice', message: 'declared with MESSAGING on page Shop but lacks it live' },
      ],
    },
  ],
});
