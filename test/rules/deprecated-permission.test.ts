import rule from '../../rules/deprecated-permission.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD, FIRST } from '../helpers/manifests.js';

const user = (permissions: string) =>
  `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    permissions: ${permissions}
`;

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
      yaml: user('[pages_show_list, manage_pages]'),
      errors: [
        {
          messageId: 'replaced',
          line: FIRST + 4,
          column: 36,
          severity: 'warn',
          message: `Permission \`manage_pages\` of system user shop-prod was removed by Meta (deprecated since 2020-05-05); it is replaced by ${PAGE_REPLACEMENTS}.`,
          suggestion: `Replace it with the ones among ${PAGE_REPLACEMENTS} that the token needs.`,
        },
      ],
    },
    {
      name: 'a deprecated Instagram Login scope, block list',
      yaml: user('\n      - business_basic\n      - publish_pages\n'),
      errors: [
        {
          messageId: 'replaced',
          line: FIRST + 5,
          column: 9,
          message: 'Permission `business_basic` of system user shop-prod was deprecated by Meta (deprecated since 2025-01-27); it is replaced by `instagram_business_basic`.',
        },
        { messageId: 'replaced', line: FIRST + 6, column: 9, message: 'Permission `publish_pages` of system user shop-prod was removed by Meta' },
      ],
    },
    {
      name: 'removed with no replacement and no date',
      yaml: user('[manage_notifications]'),
      errors: [
        {
          messageId: 'retired',
          line: FIRST + 4,
          column: 19,
          message: 'Permission `manage_notifications` of system user shop-prod was removed by Meta and has no replacement.',
          suggestion: 'Remove `manage_notifications`: Meta offers nothing in its place.',
        },
      ],
    },
    {
      name: 'in app.reviewedPermissions and in a manifest use case',
      yaml: HEAD.replace('  graphApiVersion: v25.0\n', '  graphApiVersion: v25.0\n  reviewedPermissions: [read_mailbox]\n').replace(
        'systemUsers:\n',
        'useCases:\n  page_inbox:\n    permissions:\n      required: [read_page_mailboxes]\nsystemUsers: []\n',
      ),
      errors: [
        { messageId: 'retired', line: 8, column: 25, message: 'Permission `read_mailbox` of app.reviewedPermissions was removed by Meta (deprecated since 2015-07-08) and has no replacement.' },
        { messageId: 'replaced', line: FIRST + 3, column: 18, suggestion: 'Replace it with `pages_messaging`.', message: 'Permission `read_page_mailboxes` of use case page_inbox was removed by Meta; it is replaced by `pages_messaging`.' },
      ],
    },
  ],
});
