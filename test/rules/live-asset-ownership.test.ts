import rule from '../../rules/live-asset-ownership.js';
import type { LiveOwnership, LiveSnapshot, TokenInfo } from '../../src/graph/types.js';
import { ruleTester } from '../helpers/rule-tester.js';

const BUSINESS = '100000000000001';
const APP = '200000000000002';

// Lines: app.id 5; assets: Shop 8, Ads 9, Client Shop 10, Store 11; shop-prod's token 17.
const YAML = `version: 1
business:
  id: "${BUSINESS}"
app:
  id: "${APP}"
  graphApiVersion: v26.0
assets:
  - { id: "300000000000003", type: page, name: Shop, environment: production }
  - { id: act_320000000000001, type: ad_account, name: Ads, environment: production }
  - { id: "300000000000009", type: page, name: Client Shop, environment: production, owner: client }
  - { id: "390000000000001", type: commerce_account, name: Store, environment: production }
systemUsers:
  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
    token: { secret: SHOP_TOKEN }
`;

const OWNED: LiveOwnership = {
  owned: { page: ['300000000000003'], ad_account: ['320000000000001'] },
  client: { page: ['300000000000009'] },
  ownedApps: [APP],
  clientApps: [],
  unread: [],
};
const TOKEN: TokenInfo = { isValid: true, type: 'SYSTEM_USER', appId: APP, userId: '400000000000005', scopes: [], expiresAt: 0 };

const snap = (ownership: Partial<LiveOwnership> | undefined, token: Partial<TokenInfo> = {}, incomplete: string[] = []): LiveSnapshot => ({
  businessId: BUSINESS,
  systemUsers: [{ id: '400000000000005', name: 'shop-prod', role: 'EMPLOYEE', assets: [] }],
  tokens: { 'shop-prod': { state: 'checked', envVar: 'SHOP_TOKEN', info: { ...TOKEN, ...token } } },
  leakedTokens: {},
  incomplete,
  ...(ownership ? { ownership: { ...OWNED, ...ownership } } : {}),
});

ruleTester(rule, {
  valid: [
    { name: 'owned assets, a shared client asset, the owned app, the token through the app', yaml: YAML, live: snap({}) },
    { name: 'no ownership read (an older snapshot): only the token is judged', yaml: YAML, live: snap(undefined) },
    { name: 'an ownership edge not read while the run is already incomplete: no extra notice', yaml: YAML, live: snap({ owned: { page: ['300000000000003'] }, unread: [{ what: `${BUSINESS}/owned_ad_accounts`, types: ['ad_account'], reason: 'throttled' }] }, {}, ['x']) },
    { name: 'an invalid token says nothing about installation (live-token-invalid\'s)', yaml: YAML, live: snap({}, { isValid: false, appId: '999' }) },
  ],
  invalid: [
    {
      name: 'an asset the business does not own, and one it only has as a client asset',
      yaml: YAML,
      live: snap({ owned: { page: [], ad_account: [] }, client: { page: ['300000000000009'], ad_account: ['320000000000001'] } }),
      errors: [
        {
          messageId: 'notOwned',
          line: 8,
          column: 11,
          severity: 'warn',
          message: 'The page Shop is declared in business 100000000000001, but the business does not own it live.',
          suggestion: 'Move page Shop into business 100000000000001 (Business Settings > Accounts), or, if another business shares it with this one, declare owner: client.',
        },
        {
          messageId: 'sharedNotOwned',
          line: 9,
          column: 11,
          message: 'The ad account Ads is declared as owned by business 100000000000001, but live it is only a client asset shared with it by another business.',
        },
      ],
    },
    {
      name: 'owner: client that is not shared, and one the business owns',
      yaml: YAML.replace('name: Shop, environment: production }', 'name: Shop, environment: production, owner: client }'),
      live: snap({ client: { page: [] } }),
      errors: [
        { messageId: 'ownedNotClient', line: 8, column: 86, severity: 'notice', message: 'The page Shop is declared owner: client, but business 100000000000001 owns it live.' },
        { messageId: 'notClient', line: 10, column: 93, severity: 'warn', message: 'The page Client Shop is declared owner: client, but business 100000000000001 neither owns it nor has it as a client asset live.' },
      ],
    },
    {
      name: 'the app is not the business\'s (a client app)',
      yaml: YAML,
      live: snap({ ownedApps: [], clientApps: [APP] }),
      errors: [
        {
          messageId: 'appNotOwned',
          line: 5,
          column: 7,
          message: 'App 200000000000002 does not belong to business 100000000000001 live (its owned_apps do not list it, only its client_apps do).',
        },
      ],
    },
    {
      name: 'the token was issued through another app, or debug_token could not inspect it (another app)',
      yaml: YAML,
      live: snap({}, { appId: '999' }),
      errors: [
        {
          messageId: 'notInstalled',
          line: 17,
          column: 12,
          message: 'The token of shop-prod (env var SHOP_TOKEN) was issued through app 999, so app 200000000000002 is not the app installed for shop-prod.',
          suggestion: 'Install app 200000000000002 for shop-prod (POST /{system-user-id}/applications with business_app=200000000000002) and generate its token through it.',
        },
      ],
    },
    {
      name: 'a token debug_token refused as another app\'s',
      yaml: YAML,
      live: snap({}, { isValid: false, foreignApp: true, appId: undefined }),
      errors: [{ messageId: 'notInstalled', line: 17, column: 12, message: 'was issued through another app, so app 200000000000002' }],
    },
    {
      name: 'an ownership edge that could not be read is a notice, never a pass',
      yaml: YAML,
      live: snap({ owned: { page: ['300000000000003'] }, unread: [{ what: `${BUSINESS}/owned_ad_accounts`, types: ['ad_account'], reason: 'refused (code 100, subcode 33)' }] }),
      errors: [
        {
          messageId: 'unverified',
          line: 3,
          column: 7,
          severity: 'notice',
          message: 'Ownership could not be verified: 100000000000001/owned_ad_accounts was not read (refused (code 100, subcode 33)).',
        },
      ],
    },
  ],
});
