import rule from '../../rules/new-access.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';

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
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions: [catalog_management]
          token:
            secret: META_SHOP_PROD_TOKEN
            expires: 60d
          assets:
            - asset: Shop
              tasks: [MANAGE]
                     ^^^^^^^^ newAccess
      `,
      base: BASE,
      errors: [
        {
          messageId: 'newAccess',
          severity: 'warn',
          message: 'shop-prod gains MANAGE on page Shop (was CREATE_CONTENT).',
          suggestion: SUGGESTION,
        },
      ],
    },
    {
      name: 'a grant on a new asset',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions: [catalog_management]
          token:
            secret: META_SHOP_PROD_TOKEN
            expires: 60d
          assets:
            - asset: Shop
              tasks: [CREATE_CONTENT]
            - asset: Ads
              ^^^^^ newAccess
              tasks: [ANALYZE]
      `,
      base: BASE,
      errors: [{ messageId: 'newAccess', message: 'shop-prod gains ANALYZE on ad_account Ads.' }],
    },
    {
      name: 'a permission added',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions: [catalog_management, ads_management]
                                            ^^^^^^^^^^^^^^ newAccess
          token:
            secret: META_SHOP_PROD_TOKEN
            expires: 60d
          assets:
            - asset: Shop
              tasks: [CREATE_CONTENT]
      `,
      base: BASE,
      errors: [{ messageId: 'newAccess', message: 'shop-prod gains permission ads_management.' }],
    },
    {
      name: 'a role raised to admin',
      yaml: manifest`
        - name: shop-prod
          role: admin
                ^^^^^ newAccess
          environment: production
          useCases: [instagram_shopping]
          permissions: [catalog_management]
          token:
            secret: META_SHOP_PROD_TOKEN
            expires: 60d
          assets:
            - asset: Shop
              tasks: [CREATE_CONTENT]
      `,
      base: BASE,
      errors: [{ messageId: 'newAccess', message: 'shop-prod is raised to admin.' }],
    },
    {
      name: 'a token that no longer expires',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions: [catalog_management]
          token:
            secret: META_SHOP_PROD_TOKEN
            expires: never
                     ^^^^^ newAccess
          assets:
            - asset: Shop
              tasks: [CREATE_CONTENT]
      `,
      base: BASE,
      errors: [{ messageId: 'newAccess', message: "shop-prod's token no longer expires." }],
    },
    {
      name: 'no manifest at base: every system user is new',
      yaml: manifest`
        - name: shop-prod
          ^^^^ newAccess
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions: [catalog_management]
          token:
            secret: META_SHOP_PROD_TOKEN
            expires: 60d
          assets:
            - asset: Shop
              tasks: [CREATE_CONTENT]
        - name: ads-bot
          ^^^^ newAccess
          role: system_user
          environment: production
          useCases: [marketing]
      `,
      base: null,
      errors: [
        {
          messageId: 'newAccess',
          message:
            'New system user shop-prod (system_user, production) with permission catalog_management; CREATE_CONTENT on page Shop.',
          suggestion: SUGGESTION,
        },
        {
          messageId: 'newAccess',
          message: 'New system user ads-bot (system_user, production).',
          suggestion: "New access needs a reviewer's approval: confirm that ads-bot needs it, or remove it from the manifest.",
        },
      ],
    },
    {
      name: 'several changes in one user, each at its node',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions: [catalog_management, ads_management]
                                            ^^^^^^^^^^^^^^ newAccess
          token:
            secret: META_SHOP_PROD_TOKEN
            expires: never
                     ^^^^^ newAccess
          assets:
            - asset: Shop
              tasks: [MANAGE]
                     ^^^^^^^^ newAccess
      `,
      base: BASE,
      errors: [
        { messageId: 'newAccess', message: 'permission ads_management' },
        { messageId: 'newAccess', message: 'no longer expires' },
        { messageId: 'newAccess', message: 'MANAGE on page Shop' },
      ],
    },
  ],
});
