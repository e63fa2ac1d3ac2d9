import rule from '../../rules/app-review.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD, FIRST } from '../helpers/manifests.js';

/** HEAD with `app.reviewedPermissions` (one line more: users start at FIRST + 1). */
const reviewed = (list: string) => HEAD.replace('  graphApiVersion: v25.0\n', `  graphApiVersion: v25.0\n  reviewedPermissions: ${list}\n`);
const user = (environment: string, permissions: string, name = 'shop-prod') =>
  `  - name: ${name}\n    role: system_user\n    environment: ${environment}\n    useCases: [instagram_shopping]\n    permissions: ${permissions}\n`;
const L = FIRST + 1;

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
      yaml: reviewed('[catalog_management, commerce_account_manage_orders]') + user('production', '[catalog_management, commerce_account_manage_orders, ads_read]'),
      errors: [
        {
          messageId: 'notReviewed',
          line: L + 4,
          column: 71,
          message: 'Production system user shop-prod uses `ads_read`, which is not in app.reviewedPermissions (catalog_management, commerce_account_manage_orders).',
          suggestion:
            'Get `ads_read` approved in App Review (Advanced Access) and add it to app.reviewedPermissions, or remove it from the user\'s permissions.',
        },
      ],
    },
    {
      name: 'an empty reviewed list: every permission of every production user, test user still exempt',
      yaml:
        reviewed('[]') +
        user('production', '\n      - catalog_management\n      - commerce_account_manage_orders') +
        user('test', '[catalog_management]', 'shop-test'),
      errors: [
        { messageId: 'notReviewed', line: L + 5, column: 9, message: 'uses `catalog_management`, which is not in app.reviewedPermissions (empty).' },
        { messageId: 'notReviewed', line: L + 6, column: 9, message: 'uses `commerce_account_manage_orders`' },
      ],
    },
  ],
});
