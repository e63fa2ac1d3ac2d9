import rule from '../../rules/app-review.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest, MarkedText } from '../helpers/marked.js';

/** HEAD with `app.reviewedPermissions`. */
const reviewed = (list: string) => HEAD.replace('  graphApiVersion: v25.0\n', `  graphApiVersion: v25.0\n  reviewedPermissions: ${list}\n`);
/** A marked manifest with `app.reviewedPermissions`: one line more in the head, so its marks move down one. */
const withReviewed = (list: string, body: MarkedText) =>
  new MarkedText(
    reviewed(list) + body.text.slice(HEAD.length),
    body.marks.map((m) => ({ ...m, line: m.line + 1, endLine: m.endLine + 1 })),
  );
const user = (environment: string, permissions: string, name = 'shop-prod') =>
  `  - name: ${name}\n    role: system_user\n    environment: ${environment}\n    useCases: [instagram_shopping]\n    permissions: ${permissions}\n`;

ruleTester(rule, {
  valid: [
    { name: 'every permission reviewed', yaml: reviewed('[catalog_management, commerce_account_manage_orders]') + user('production', '[catalog_management, commerce_account_manage_orders]') },
    { name: 'no reviewedPermissions declared: nothing to compare', yaml: HEAD + user('production', '[catalog_management, ads_read]') },
    { name: 'test users are exempt (Standard Access)', yaml: reviewed('[catalog_management]') + user('test', '[catalog_management, ads_read]', 'shop-test') },
    { name: 'admins have no environment', yaml: `${reviewed('[]')}  - name: bm-admin\n    role: admin\n    permissions: [business_management]\n` },
    { name: 'unknown and retired names are other rules\' findings', yaml: reviewed('[catalog_management]') + user('production', '[catalog_management, manage_pages, catalog_managment]') },
  ],
  invalid: [
    {
      name: 'a production user with a permission App Review did not approve',
      yaml: withReviewed(
        '[catalog_management, commerce_account_manage_orders]',
        manifest`
          - name: shop-prod
            role: system_user
            environment: production
            useCases: [instagram_shopping]
            permissions: [catalog_management, commerce_account_manage_orders, ads_read]
                                                                              ^^^^^^^^ notReviewed
        `,
      ),
      errors: [
        {
          messageId: 'notReviewed',
          message: 'Production system user shop-prod uses `ads_read`, which is not in app.reviewedPermissions (catalog_management, commerce_account_manage_orders).',
          suggestion:
            'Get `ads_read` approved in App Review (Advanced Access) and add it to app.reviewedPermissions, or remove it from the user\'s permissions.',
        },
      ],
    },
    {
      name: 'an empty reviewed list: every permission of every production user, test user still exempt',
      yaml: withReviewed(
        '[]',
        manifest`
          - name: shop-prod
            role: system_user
            environment: production
            useCases: [instagram_shopping]
            permissions:
              - catalog_management
                ^^^^^^^^^^^^^^^^^^ notReviewed
              - commerce_account_manage_orders
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ notReviewed
          - name: shop-test
            role: system_user
            environment: test
            useCases: [instagram_shopping]
            permissions: [catalog_management]
        `,
      ),
      errors: [
        { messageId: 'notReviewed', message: 'uses `catalog_management`, which is not in app.reviewedPermissions (empty).' },
        { messageId: 'notReviewed', message: 'uses `commerce_account_manage_orders`' },
      ],
    },
  ],
});
