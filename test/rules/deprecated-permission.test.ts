import rule from '../../rules/deprecated-permission.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { code, manifest } from '../helpers/marked.js';

const user = (permissions: string) =>
  `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: ${permissions}
`;

/** HEAD without its last key (`systemUsers:`), with `app.reviewedPermissions`, to add top-level keys after. */
const KEYS = HEAD.replace('  graphApiVersion: v25.0\n', '  graphApiVersion: v25.0\n  reviewedPermissions: [read_mailbox]\n').replace(/systemUsers:\n$/, '');

const PAGE_REPLACEMENTS =
  '`pages_read_engagement`, `pages_read_user_content`, `pages_manage_metadata`, `pages_manage_posts`, `pages_manage_engagement`, `pages_manage_ads`';

ruleTester(rule, {
  valid: [
    { name: 'current permissions', yaml: user('[pages_manage_posts, pages_read_engagement]') },
    { name: 'unknown names are unknown-permission\'s', yaml: user('[pages_manage_postz]') },
    { name: 'no permissions', yaml: `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n` },
  ],
  invalid: [
    {
      name: 'manage_pages: removed, with its six replacements and the date',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          permissions: [pages_show_list, manage_pages]
                                         ^^^^^^^^^^^^ replaced
      `,
      errors: [
        {
          messageId: 'replaced',
          severity: 'warn',
          message: `Permission \`manage_pages\` of system user shop-prod was removed by Meta (deprecated since 2020-05-05); it is replaced by ${PAGE_REPLACEMENTS}.`,
          suggestion: `Replace it with the ones among ${PAGE_REPLACEMENTS} that the token needs.`,
        },
      ],
    },
    {
      name: 'a deprecated Instagram Login scope, block list',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          permissions:
            - business_basic
              ^^^^^^^^^^^^^^ replaced
            - publish_pages
              ^^^^^^^^^^^^^ replaced
      `,
      errors: [
        {
          messageId: 'replaced',
          message: 'Permission `business_basic` of system user shop-prod was deprecated by Meta (deprecated since 2025-01-27); it is replaced by `instagram_business_basic`.',
        },
        { messageId: 'replaced', message: 'Permission `publish_pages` of system user shop-prod was removed by Meta' },
      ],
    },
    {
      name: 'removed with no replacement and no date',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          permissions: [manage_notifications]
                        ^^^^^^^^^^^^^^^^^^^^ retired
      `,
      errors: [
        {
          messageId: 'retired',
          message: 'Permission `manage_notifications` of system user shop-prod was removed by Meta and has no replacement.',
          suggestion: 'Remove `manage_notifications`: Meta offers nothing in its place.',
        },
      ],
    },
    {
      name: 'in app.reviewedPermissions and in a manifest use case',
      yaml: code`
        ${KEYS}useCases:
          page_inbox:
            permissions:
              required: [read_page_mailboxes]
                         ^^^^^^^^^^^^^^^^^^^ replaced
        systemUsers: []
      `,
      errors: [
        { messageId: 'retired', line: 8, column: 25, message: 'Permission `read_mailbox` of app.reviewedPermissions was removed by Meta (deprecated since 2015-07-08) and has no replacement.' },
        { messageId: 'replaced', suggestion: 'Replace it with `pages_messaging`.', message: 'Permission `read_page_mailboxes` of use case page_inbox was removed by Meta; it is replaced by `pages_messaging`.' },
      ],
    },
  ],
});
