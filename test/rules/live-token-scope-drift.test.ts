import rule from '../../rules/live-token-scope-drift.js';
import type { DeclaredTokenState, LiveSnapshot, TokenInfo } from '../../src/graph/types.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD, FIRST } from '../helpers/manifests.js';

const OK: TokenInfo = { isValid: true, type: 'SYSTEM_USER', appId: '200000000000002', userId: '400000000000005', scopes: [], expiresAt: 0 };
const snap = (state: DeclaredTokenState): LiveSnapshot => ({
  businessId: '100000000000001',
  systemUsers: [{ id: '400000000000005', name: 'shop-prod', role: 'EMPLOYEE', assets: [] }],
  tokens: { 'shop-prod': state },
  leakedTokens: {},
  incomplete: state.state === 'error' ? ['declared token of shop-prod (SHOP_TOKEN): x'] : [],
});
const scopes = (...s: string[]): LiveSnapshot => snap({ state: 'checked', envVar: 'SHOP_TOKEN', info: { ...OK, scopes: s } });

const manifest = (permissions: string) => `${HEAD}  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    useCases: [page_content]
${permissions}    token:
      secret: SHOP_TOKEN
      expires: 60d
`;
const yaml = manifest('    permissions: [pages_manage_posts, pages_show_list]\n');
const PERMS = { line: FIRST + 5, column: 18 };

ruleTester(rule, {
  valid: [
    { name: 'the same scopes, in another order', yaml, live: scopes('pages_show_list', 'pages_manage_posts') },
    { name: 'an invalid token is live-token-invalid\'s', yaml, live: snap({ state: 'checked', envVar: 'SHOP_TOKEN', info: { ...OK, isValid: false, scopes: ['ads_management'] } }) },
    { name: 'env var not set', yaml, live: snap({ state: 'unset', envVar: 'SHOP_TOKEN' }) },
    { name: 'not checked', yaml, live: snap({ state: 'error', envVar: 'SHOP_TOKEN', reason: 'x' }) },
  ],
  invalid: [
    {
      name: 'scopes beyond the declared permissions (error), declared ones missing (notice)',
      yaml,
      live: scopes('pages_manage_posts', 'business_management', 'ads_management'),
      errors: [
        {
          messageId: 'extra',
          ...PERMS,
          severity: 'error',
          message: 'The token of shop-prod (env var SHOP_TOKEN) has scopes ads_management, business_management live that its declared permissions do not include.',
          suggestion: 'Generate a new token with only [pages_manage_posts, pages_show_list], or declare ads_management, business_management if its use cases need them.',
        },
        {
          messageId: 'missing',
          ...PERMS,
          severity: 'notice',
          message: 'The token of shop-prod (env var SHOP_TOKEN) lacks the declared permissions pages_show_list live.',
          suggestion: 'Generate a new token that includes pages_show_list, or remove them from permissions.',
        },
      ],
    },
    {
      name: 'no permissions declared: points at the user',
      yaml: manifest(''),
      live: scopes('pages_manage_posts'),
      errors: [{ messageId: 'extra', line: FIRST, column: 5, suggestion: 'Generate a new token with only [no permissions], or declare pages_manage_posts if its use cases need them.' }],
    },
  ],
});
