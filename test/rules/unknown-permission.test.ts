import rule from '../../rules/unknown-permission.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { code, manifest } from '../helpers/marked.js';

const user = (permissions: string, extra = '') =>
  `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [instagram_shopping]
    permissions: ${permissions}
${extra}`;
/** HEAD with `reviewedPermissions` added to app: (one line more before the users). */
const reviewed = (list: string) => HEAD.replace('  graphApiVersion: v25.0\n', `  graphApiVersion: v25.0\n  reviewedPermissions: ${list}\n`);
/** HEAD without its last key (`systemUsers:`), to add top-level keys after. */
const KEYS = HEAD.replace(/systemUsers:\n$/, '');

ruleTester(rule, {
  valid: [
    { name: 'current permissions', yaml: user('[catalog_management, commerce_account_manage_orders]') },
    { name: 'retired permissions are deprecated-permission\'s', yaml: user('[manage_pages, business_basic]') },
    { name: 'no permissions key', yaml: `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n` },
    {
      name: 'a name accepted through the allow option',
      yaml: `${user('[catalog_management, pages_manage_reels]')}rules:\n  unknown-permission: { allow: [pages_manage_reels] }\n`,
    },
    {
      name: 'a 32-hex value in a permission list is plaintext-token\'s, never echoed here',
      yaml: user('[a3f9c2e17b5d4086e1f2a9c3b7d50e64]'),
    },
  ],
  invalid: [
    {
      name: 'a misspelt permission on a system user, with did-you-mean',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions: [catalog_managment, commerce_account_manage_orders]
                        ^^^^^^^^^^^^^^^^^ unknown
      `,
      errors: [
        {
          messageId: 'unknown',
          message: 'Permission `catalog_managment` of system user shop-prod is not a Graph API permission — did you mean `catalog_management`?',
          suggestion: 'Rename it to `catalog_management`.',
        },
      ],
    },
    {
      name: 'a name with nothing close',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions:
            - catalog_management
            - frobnicate_everything
              ^^^^^^^^^^^^^^^^^^^^^ unknownNoSuggestion
      `,
      errors: [
        {
          messageId: 'unknownNoSuggestion',
          message: 'Permission `frobnicate_everything` of system user shop-prod is not a Graph API permission.',
        },
      ],
    },
    {
      name: 'in app.reviewedPermissions',
      yaml: `${reviewed('[catalog_management, ads_mangement]')}  - name: shop-prod\n    role: system_user\n    environment: production\n`,
      errors: [{ messageId: 'unknown', line: 8, column: 45, message: 'of app.reviewedPermissions', suggestion: 'Rename it to `ads_management`.' }],
    },
    {
      name: 'in a manifest use case, required and optional',
      yaml: code`
        ${KEYS}useCases:
          nightly_feed:
            permissions: { required: [catalog_managment], optional: [buisness_management] }
                                      ^^^^^^^^^^^^^^^^^ unknown
                                                                     ^^^^^^^^^^^^^^^^^^^ unknown
        systemUsers: []
      `,
      errors: [
        { messageId: 'unknown', message: 'Permission `catalog_managment` of use case nightly_feed' },
        { messageId: 'unknown', message: 'Permission `buisness_management` of use case nightly_feed', suggestion: 'Rename it to `business_management`.' },
      ],
    },
    {
      name: 'the suggestion is a current permission, not a retired one',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions: [manage_page]
                        ^^^^^^^^^^^ unknownNoSuggestion
      `,
      errors: [{ messageId: 'unknownNoSuggestion' }],
    },
  ],
});
