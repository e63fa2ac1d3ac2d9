import rule from '../../rules/live-token-age.js';
import type { DeclaredTokenState, LiveSnapshot, TokenInfo } from '../../src/graph/types.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';

const at = (date: string) => Date.parse(`${date}T12:00:00Z`) / 1000;
const OK: TokenInfo = { isValid: true, type: 'SYSTEM_USER', appId: '200000000000002', userId: '400000000000005', scopes: [], expiresAt: 0 };
const snap = (info: Partial<TokenInfo>, state: DeclaredTokenState['state'] = 'checked'): LiveSnapshot => ({
  businessId: '100000000000001',
  systemUsers: [{ id: '400000000000005', name: 'shop-prod', role: 'EMPLOYEE', assets: [] }],
  tokens: { 'shop-prod': state === 'checked' ? { state, envVar: 'SHOP_TOKEN', info: { ...OK, ...info } } : { state: 'unset', envVar: 'SHOP_TOKEN' } },
  leakedTokens: {},
  incomplete: [],
});

const withToken = (token: string) => `${HEAD}  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    useCases: [page_content]
    token:
      secret: SHOP_TOKEN
${token}`;
/** Findings are at the token's secret. */
const every90 = manifest`
  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    useCases: [page_content]
    token:
      secret: SHOP_TOKEN
      ^^^^^^ old
      expires: never
      rotateEveryDays: 90
      lastRotated: 2026-11-01
`;

ruleTester(rule, {
  valid: [
    { name: 'a 60-day token issued exactly 60 days ago', yaml: withToken('      expires: 60d\n'), live: snap({ issuedAt: at('2026-09-27') }) },
    { name: 'issued within the policy (exactly 90 days)', yaml: every90.text, live: snap({ issuedAt: Date.parse('2026-08-29T00:00:00Z') / 1000 }) },
    { name: 'no issued_at: no age finding', yaml: every90.text, live: snap({}) },
    { name: 'no rotation policy on a never-expiring token: token-rotation\'s', yaml: withToken('      expires: never\n'), live: snap({ issuedAt: at('2025-01-01') }) },
    { name: 'an invalid token: live-token-invalid\'s', yaml: every90.text, live: snap({ isValid: false, issuedAt: at('2025-01-01') }) },
    { name: 'env var not set', yaml: every90.text, live: snap({}, 'unset') },
  ],
  invalid: [
    {
      name: 'older than rotateEveryDays, whatever lastRotated says',
      yaml: every90,
      live: snap({ issuedAt: at('2026-08-01') }),
      errors: [
        {
          messageId: 'old',
          severity: 'warn',
          message: 'The token of shop-prod (env var SHOP_TOKEN) was issued on 2026-08-01, 117 days ago; the rotation policy is every 90 days.',
          suggestion:
            'Rotate the token: generate a new one, update SHOP_TOKEN, revoke the old one (DELETE /{system-user-id}/access_tokens revokes every token of shop-prod; `graphguard rotate shop-prod` plans all of it), and set lastRotated.',
        },
      ],
    },
    {
      name: 'one day past the policy',
      yaml: every90,
      live: snap({ issuedAt: Date.parse('2026-08-28T00:00:00Z') / 1000 }),
      errors: [{ messageId: 'old', message: 'issued on 2026-08-28, 91 days ago;' }],
    },
    {
      name: 'a 60-day token without rotateEveryDays: 60 days',
      yaml: manifest`
        - name: shop-prod
          id: "400000000000005"
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: SHOP_TOKEN
            ^^^^^^ old
            expires: 60d
      `,
      live: snap({ issuedAt: at('2026-09-20'), expiresAt: at('2026-11-29') }),
      errors: [{ messageId: 'old', message: 'issued on 2026-09-20, 67 days ago; the rotation policy is every 60 days.' }],
    },
  ],
});
