import rule from '../../rules/live-token-scope-drift.js';
import type { DeclaredTokenState, LiveSnapshot, TokenInfo } from '../../src/graph/types.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { manifest } from '../helpers/marked.js';

const OK: TokenInfo = { isValid: true, type: 'SYSTEM_USER', appId: '200000000000002', userId: '400000000000005', scopes: [], expiresAt: 0 };
const snap = (state: DeclaredTokenState): LiveSnapshot => ({
  businessId: '100000000000001',
  systemUsers: [{ id: '400000000000005', name: 'shop-prod', role: 'EMPLOYEE', assets: [] }],
  tokens: { 'shop-prod': state },
  leakedTokens: {},
  incomplete: state.state === 'error' ? ['declared token of shop-prod (SHOP_TOKEN): x'] : [],
});
const scopes = (...s: string[]): LiveSnapshot => snap({ state: 'checked', envVar: 'SHOP_TOKEN', info: { ...OK, scopes: s } });

// Both findings of the first invalid case are at the permissions: the mark is read here, as one mark
// per case text counts once.
const withPermissions = manifest`
  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts, pages_show_list]
                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    token:
      secret: SHOP_TOKEN
      expires: 60d
`;
const yaml = withPermissions.text;
const PERMS = withPermissions.marks[0]!;

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
      yaml: manifest`
        - name: shop-prod
          ^^^^ extra
          id: "400000000000005"
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: SHOP_TOKEN
            expires: 60d
      `,
      live: scopes('pages_manage_posts'),
      errors: [{ messageId: 'extra', suggestion: 'Generate a new token with only [no permissions], or declare pages_manage_posts if its use cases need them.' }],
    },
  ],
});
