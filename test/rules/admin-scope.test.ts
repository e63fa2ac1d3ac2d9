import rule from '../../rules/admin-scope.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';

const ADMIN = `  - name: bm-admin
    role: admin
    useCases: [business_admin]
    permissions: [business_management]
    token: { secret: META_ADMIN_TOKEN, expires: 60d }
`;
const SHOP = `  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: [pages_manage_posts]
    token: { secret: META_SHOP_TOKEN, expires: 60d }
    assets:
      - asset: Shop
        tasks: [CREATE_CONTENT]
`;

ruleTester(rule, {
  valid: [
    { name: 'admin for administration only, app work on a system user', yaml: HEAD + ADMIN + SHOP },
    { name: 'admin with no use cases, permissions or token', yaml: `${HEAD}  - name: bm-admin\n    role: admin\n` },
    {
      name: 'admin holding what Meta\'s admin operations need (assign Page and WhatsApp users, claim client Pages)',
      yaml: HEAD + ADMIN.replace('[business_management]', '[business_management, pages_manage_metadata, pages_show_list, whatsapp_business_management, catalog_management]'),
    },
    {
      name: 'an unknown use case on the admin is left to manifest-schema',
      yaml: `${HEAD}  - name: bm-admin\n    role: admin\n    useCases: [business_admn]\n`,
    },
    {
      name: 'system users of different environments sharing a secret are env-separation\'s',
      yaml: `${HEAD}${SHOP}  - name: shop-test\n    role: system_user\n    environment: test\n    token: { secret: META_SHOP_TOKEN }\n`,
    },
  ],
  invalid: [
    {
      name: 'admin with an app use case, an environment, a non-admin permission and a grant',
      yaml: manifest`
        - name: bm-admin
          role: admin
          environment: production
                       ^^^^^^^^^^ environment
          useCases: [business_admin, marketing]
                                     ^^^^^^^^^ useCase
          permissions: [business_management, ads_management]
                                             ^^^^^^^^^^^^^^ permission
          assets:
            - asset: Ads
              ^^^^^ grant
              tasks: [ADVERTISE]
      `,
      errors: [
        {
          messageId: 'environment',
          message: 'Admin system user bm-admin declares environment production; an admin reaches every asset of the business, test and production alike.',
          suggestion: 'Remove environment: from the admin, and declare a separate production system user for the app.',
        },
        {
          messageId: 'useCase',
          message: 'Admin system user bm-admin has the app use case marketing; the admin system user is for administrative actions only.',
          suggestion: 'Remove marketing here and give that work to a system user (role: system_user) with its own token.',
        },
        {
          messageId: 'permission',
          message:
            'Admin system user bm-admin holds ads_management, which none of Meta\'s 44 admin operations needs; the admin token needs business_management, whatsapp_business_management, pages_manage_metadata, catalog_management, pages_show_list at most.',
        },
        {
          messageId: 'grant',
          message: 'Admin system user bm-admin is granted ADVERTISE on ad account Ads; admins reach every asset by design',
          suggestion: 'Remove the grant here and grant the tasks to a system user (role: system_user).',
        },
      ],
    },
    {
      name: 'a grant on an undeclared asset is still a grant on the admin',
      yaml: manifest`
        - name: bm-admin
          role: admin
          assets:
            - { asset: Outlet, tasks: [MANAGE] }
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ grant
      `,
      errors: [{ messageId: 'grant', message: 'is granted MANAGE on Outlet;' }],
    },
    {
      name: 'admin-only use case on a system user',
      yaml: manifest`
        - name: ops
          role: system_user
          environment: production
          useCases: [business_audit, business_admin]
                                     ^^^^^^^^^^^^^^ adminOnlyUseCase
          permissions: [business_management]
      `,
      errors: [
        {
          messageId: 'adminOnlyUseCase',
          message: 'System user ops has the admin-only use case business_admin, but its role is system_user.',
          suggestion: 'Leave administration to the admin system user (role: admin); for read-only access use business_audit.',
        },
      ],
    },
    {
      name: 'a system user reusing the admin token secret',
      yaml: manifest`
        - name: bm-admin
          role: admin
          useCases: [business_admin]
          permissions: [business_management]
          token: { secret: META_ADMIN_TOKEN, expires: 60d }
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: META_ADMIN_TOKEN
                    ^^^^^^^^^^^^^^^^ sharedSecret
      `,
      errors: [
        {
          messageId: 'sharedSecret',
          message: 'Admin system user bm-admin and system user shop-prod share the token secret META_ADMIN_TOKEN, so the app would call the API with the admin token.',
          suggestion: 'Give shop-prod its own token in its own secret.',
        },
      ],
    },
    {
      name: 'severity from rules:',
      yaml: manifest`
        - name: bm-admin
          role: admin
          useCases: [page_content]
                     ^^^^^^^^^^^^ useCase
      rules:
        admin-scope: warn
      `,
      errors: [{ messageId: 'useCase', severity: 'warn' }],
    },
  ],
});
