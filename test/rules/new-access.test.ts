import rule from '../../rules/new-access.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD, FIRST } from '../helpers/manifests.js';

/** shop-prod with the given grant lines, permissions and token/role overrides. */
const shop = (o: { tasks?: string; perms?: string; role?: string; expires?: string; extraGrant?: string } = {}) =>
  `${HEAD}  - name: shop-prod
    role: ${o.role ?? 'system_user'}
    environment: production
    useCases: [instagram_shopping]
    permissions: ${o.perms ?? '[catalog_management]'}
    token:
      secret: META_SHOP_PROD_TOKEN
      expires: ${o.expires ?? '60d'}
    assets:
      - asset: Shop
        tasks: ${o.tasks ?? '[CREATE_CONTENT]'}
${o.extraGrant ?? ''}`;

const BASE = shop();
const SUGGESTION = "New access needs a reviewer's approval: confirm that shop-prod needs it, or remove it from the manifest.";
// Lines of the head manifest built by shop(): FIRST is `- name: shop-prod`.
const ROLE = FIRST + 1;
const PERMS = FIRST + 4;
const EXPIRES = FIRST + 7;
const TASKS = FIRST + 10;
const EXTRA = FIRST + 11;

ruleTester(rule, {
  valid: [
    { name: 'the same manifest at base and head', yaml: BASE, base: BASE },
    { name: 'no base given (push, plain check): the rule does not run', yaml: shop({ tasks: '[MANAGE]' }) },
    { name: 'tasks narrowed', yaml: shop({ tasks: '[ANALYZE]' }), base: shop({ tasks: '[CREATE_CONTENT, ANALYZE]' }) },
    { name: 'a permission removed', yaml: shop({ perms: '[]' }), base: shop({ perms: '[catalog_management, ads_management]' }) },
    { name: 'tasks implied by the base are not new', yaml: shop({ tasks: '[MODERATE, ANALYZE]' }), base: shop({ tasks: '[MANAGE]' }) },
    { name: 'a token that now expires', yaml: BASE, base: shop({ expires: 'never' }) },
    { name: 'the same grant by id instead of name', yaml: shop().replace('asset: Shop', 'asset: "300000000000003"'), base: BASE },
  ],
  invalid: [
    {
      name: 'a broader task on a page',
      yaml: shop({ tasks: '[MANAGE]' }),
      base: BASE,
      errors: [
        {
          messageId: 'newAccess',
          line: TASKS,
          column: 16,
          severity: 'warn',
          message: 'shop-prod gains MANAGE on page Shop (was CREATE_CONTENT).',
          suggestion: SUGGESTION,
        },
      ],
    },
    {
      name: 'a grant on a new asset',
      yaml: shop({ extraGrant: '      - asset: Ads\n        tasks: [ANALYZE]\n' }),
      base: BASE,
      errors: [{ messageId: 'newAccess', line: EXTRA, column: 9, message: 'shop-prod gains ANALYZE on ad_account Ads.' }],
    },
    {
      name: 'a permission added',
      yaml: shop({ perms: '[catalog_management, ads_management]' }),
      base: BASE,
      errors: [{ messageId: 'newAccess', line: PERMS, column: 39, message: 'shop-prod gains permission ads_management.' }],
    },
    {
      name: 'a role raised to admin',
      yaml: shop({ role: 'admin' }),
      base: BASE,
      errors: [{ messageId: 'newAccess', line: ROLE, column: 11, message: 'shop-prod is raised to admin.' }],
    },
    {
      name: 'a token that no longer expires',
      yaml: shop({ expires: 'never' }),
      base: BASE,
      errors: [{ messageId: 'newAccess', line: EXPIRES, column: 16, message: "shop-prod's token no longer expires." }],
    },
    {
      name: 'no manifest at base: every system user is new',
      yaml: `${BASE}  - name: ads-bot\n    role: system_user\n    environment: production\n    useCases: [marketing]\n`,
      base: null,
      errors: [
        {
          messageId: 'newAccess',
          line: FIRST,
          column: 5,
          message:
            'New system user shop-prod (system_user, production) with permission catalog_management; CREATE_CONTENT on page Shop.',
          suggestion: SUGGESTION,
        },
        {
          messageId: 'newAccess',
          line: EXTRA,
          column: 5,
          message: 'New system user ads-bot (system_user, production).',
          suggestion: "New access needs a reviewer's approval: confirm that ads-bot needs it, or remove it from the manifest.",
        },
      ],
    },
    {
      name: 'several changes in one user, each at its node',
      yaml: shop({ perms: '[catalog_management, ads_management]', tasks: '[MANAGE]', expires: 'never' }),
      base: BASE,
      errors: [
        { messageId: 'newAccess', line: PERMS, column: 39, message: 'permission ads_management' },
        { messageId: 'newAccess', line: EXPIRES, column: 16, message: 'no longer expires' },
        { messageId: 'newAccess', line: TASKS, column: 16, message: 'MANAGE on page Shop' },
      ],
    },
  ],
});
