import rule from '../../rules/live-token-invalid.js';
import type { DeclaredTokenState, LiveSnapshot, TokenInfo } from '../../src/graph/types.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { manifest } from '../helpers/marked.js';

const at = (date: string) => Date.parse(`${date}T12:00:00Z`) / 1000;
const OK: TokenInfo = { isValid: true, type: 'SYSTEM_USER', appId: '200000000000002', userId: '400000000000005', scopes: ['pages_manage_posts'], expiresAt: 0, issuedAt: at('2026-11-01') };
const snap = (tokens: Record<string, DeclaredTokenState>, extra: Partial<LiveSnapshot> = {}): LiveSnapshot => ({
  businessId: '100000000000001',
  systemUsers: [
    { id: '400000000000005', name: 'shop-prod', role: 'EMPLOYEE', assets: [] },
    { id: '400000000000006', name: 'shop-test', role: 'EMPLOYEE', assets: [] },
    { id: '400000000000007', name: 'stray', role: 'EMPLOYEE', assets: [] },
  ],
  tokens,
  leakedTokens: {},
  incomplete: [],
  ...extra,
});
const checked = (info: Partial<TokenInfo>): DeclaredTokenState => ({ state: 'checked', envVar: 'SHOP_TOKEN', info: { ...OK, ...info } });

// Every finding is at the token node (its `secret:` line), some cases have two there: the mark is read
// here, as one mark per case text counts once.
const withMark = manifest`
  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts]
    token:
      secret: SHOP_TOKEN
      ^^^^^^
      expires: never
      rotateEveryDays: 90
  - name: shop-test
    role: system_user
    environment: test
    useCases: [page_content]
`;
const yaml = withMark.text;
const TOKEN = withMark.marks[0]!;

// Hunt L1-1: the declared lifetime against debug_token's expires_at (0 = never), at `token.expires`.
const sixty = manifest`
  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts]
    token:
      secret: SHOP_TOKEN
      expires: 60d
               ^^^ neverExpires
  - name: shop-test
    role: system_user
    environment: test
    useCases: [page_content]
`;
const never = manifest`
  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts]
    token:
      secret: SHOP_TOKEN
      expires: never
               ^^^^^ expiresButNever
      rotateEveryDays: 90
`;
const noExpires = manifest`
  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts]
    token: { secret: SHOP_TOKEN, rotateEveryDays: 90 }
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ expiresButNever
`;

ruleTester(rule, {
  valid: [
    { name: 'a valid system-user token of the app and of the user, declared never and never expiring (expires_at 0)', yaml, live: snap({ 'shop-prod': checked({}) }) },
    { name: 'a 60-day token that expires after today', yaml: sixty.text, live: snap({ 'shop-prod': checked({ expiresAt: at('2026-12-20') }) }) },
    {
      name: 'no expires_at in the answer: the lifetime is not compared',
      yaml: sixty.text,
      live: snap({ 'shop-prod': checked({ expiresAt: undefined }) }),
    },

    {
      name: 'a token that could not be checked is named in incomplete, not here',
      yaml,
      live: snap({ 'shop-prod': { state: 'error', envVar: 'SHOP_TOKEN', reason: 'debug_token: HTTP 500' } }, { incomplete: ['declared token of shop-prod (SHOP_TOKEN): debug_token: HTTP 500'] }),
    },
    {
      name: 'a user without id is checked against its live match by name',
      yaml: yaml.replace('    id: "400000000000005"\n', ''),
      live: snap({ 'shop-prod': checked({}) }),
    },
  ],
  invalid: [
    {
      name: 'env var not set: a notice',
      yaml,
      live: snap({ 'shop-prod': { state: 'unset', envVar: 'SHOP_TOKEN' } }),
      errors: [
        {
          messageId: 'unset',
          ...TOKEN,
          severity: 'notice',
          message: 'The token of shop-prod was not checked: env var SHOP_TOKEN is not set.',
          suggestion: 'Set SHOP_TOKEN in the environment of the live check to verify the token.',
        },
      ],
    },
    {
      name: 'invalid, with the reason debug_token gives',
      yaml,
      live: snap({ 'shop-prod': checked({ isValid: false, error: { code: 190, subcode: 463, message: 'Session has expired.' } }) }),
      errors: [
        {
          messageId: 'invalid',
          ...TOKEN,
          severity: 'error',
          message: 'The token of shop-prod (env var SHOP_TOKEN) is invalid: Session has expired.',
          suggestion: 'Generate a new token for shop-prod and update SHOP_TOKEN.',
        },
      ],
    },
    {
      name: 'invalid without a message',
      yaml,
      live: snap({ 'shop-prod': checked({ isValid: false, error: { code: 190 } }) }),
      errors: [{ messageId: 'invalid', ...TOKEN, message: 'is invalid: debug_token says is_valid: false (code 190).' }],
    },
    {
      name: 'expired before --today',
      yaml,
      live: snap({ 'shop-prod': checked({ expiresAt: at('2026-11-26') }) }),
      errors: [{ messageId: 'expired', ...TOKEN, message: 'The token of shop-prod (env var SHOP_TOKEN) expired on 2026-11-26.' }],
    },
    {
      name: 'declared 60d, but debug_token says the token never expires (expires_at 0): an error at expires',
      yaml: sixty,
      live: snap({ 'shop-prod': checked({ expiresAt: 0 }) }),
      errors: [
        {
          messageId: 'neverExpires',
          severity: 'error',
          message: 'The token of shop-prod (env var SHOP_TOKEN) never expires (debug_token expires_at: 0), though the manifest declares expires: 60d.',
          suggestion:
            'Replace it with a 60-day token (`graphguard rotate shop-prod` generates one with set_token_expires_in_60_days=true and revokes the old one), or declare expires: never with a rotateEveryDays policy.',
        },
      ],
    },
    {
      name: 'declared never, but the token expires: a warning at expires',
      yaml: never,
      live: snap({ 'shop-prod': checked({ expiresAt: at('2027-01-20') }) }),
      errors: [
        {
          messageId: 'expiresButNever',
          severity: 'warn',
          message: 'The token of shop-prod (env var SHOP_TOKEN) expires on 2027-01-20, though the manifest declares expires: never.',
          suggestion: 'Declare expires: 60d and rotate the token before it expires, or generate a non-expiring token for shop-prod and update SHOP_TOKEN.',
        },
      ],
    },
    {
      name: 'no expires (never by default), but the token expires: a warning at token',
      yaml: noExpires,
      live: snap({ 'shop-prod': checked({ expiresAt: at('2027-01-20') }) }),
      errors: [
        {
          messageId: 'expiresButNever',
          severity: 'warn',
          message: 'The token of shop-prod (env var SHOP_TOKEN) expires on 2027-01-20, though the manifest declares no expires (never, by default).',
        },
      ],
    },
    {
      name: 'an expiry no Date holds is not printed as a date',
      yaml: never,
      live: snap({ 'shop-prod': checked({ expiresAt: 9e12 }) }),
      errors: [{ messageId: 'expiresButNever', message: 'expires on a date too far to print (expires_at 9000000000000), though' }],
    },
    {
      name: 'a USER token of another app',
      yaml,
      live: snap({ 'shop-prod': checked({ type: 'USER', appId: '999', userId: '123' }) }),
      errors: [
        { messageId: 'notSystemUser', ...TOKEN, message: 'The token of shop-prod (env var SHOP_TOKEN) is a USER token, not a system-user token.' },
        {
          messageId: 'otherApp',
          ...TOKEN,
          message: 'The token of shop-prod (env var SHOP_TOKEN) was issued for app 999, not app 200000000000002.',
          suggestion: 'Generate the token for shop-prod through app 200000000000002, or fix app.id.',
        },
      ],
    },
    {
      name: 'the token of another declared user (matched by name)',
      yaml,
      live: snap({ 'shop-prod': checked({ userId: '400000000000006' }) }),
      errors: [
        {
          messageId: 'otherUser',
          ...TOKEN,
          message: 'The token of shop-prod (env var SHOP_TOKEN) belongs to system user shop-test (400000000000006), not to shop-prod (400000000000005).',
          suggestion: 'Put the token of shop-prod in SHOP_TOKEN, or fix the declared id.',
        },
      ],
    },
    {
      name: 'the token of an undeclared live user',
      yaml,
      live: snap({ 'shop-prod': checked({ userId: '400000000000007' }) }),
      errors: [{ messageId: 'otherUser', ...TOKEN, message: 'belongs to undeclared system user stray (400000000000007), not to shop-prod' }],
    },
  ],
});
