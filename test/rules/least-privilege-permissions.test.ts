import rule from '../../rules/least-privilege-permissions.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';

const user = (useCases: string, permissions: string) =>
  `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: ${useCases}
    permissions: ${permissions}
`;
const SHOP = '[catalog_management, commerce_account_manage_orders';
/** What page_content requires: POST /{page-id}/feed with a system-user token (manage-pages guide). */
const PAGE = 'pages_manage_posts, pages_read_engagement, business_management';

// Cases with several findings at one place: the marks are read here, as one mark per case text counts once.
const LEAD = manifest`
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [lead_retrieval]
               ^^^^^^^^^^^^^^
    permissions: [leads_retrieval]
`;
const BOTH = manifest`
  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content, instagram_shopping]
               ^^^^^^^^^^^^  ^^^^^^^^^^^^^^^^^^
    permissions: [pages_show_list, catalog_management]
`;

ruleTester(rule, {
  valid: [
    { name: 'exactly the required permissions', yaml: user('[instagram_shopping]', `${SHOP}]`) },
    { name: 'required plus optional ones', yaml: user('[instagram_shopping]', `${SHOP}, pages_show_list, business_management]`) },
    { name: 'two use cases together', yaml: user('[instagram_shopping, page_content]', `${SHOP}, ${PAGE}]`) },
    { name: 'a use case that requires nothing', yaml: user('[messaging]', '[pages_messaging]') },
    {
      name: 'a use case declared in the manifest',
      yaml: `${HEAD.replace(
        'systemUsers:\n',
        'useCases:\n  nightly_feed:\n    permissions: { required: [catalog_management], optional: [pages_events] }\n    maxTasks: { catalog: [MANAGE] }\nsystemUsers:\n',
      )}  - name: feed\n    role: system_user\n    environment: production\n    useCases: [nightly_feed]\n    permissions: [catalog_management, pages_events]\n`,
    },
    { name: 'admins are left to admin-scope', yaml: `${HEAD}  - name: bm-admin\n    role: admin\n    permissions: [business_management, ads_management]\n` },
    { name: 'retired and unknown names are other rules\' findings', yaml: user('[page_content]', `[${PAGE}, manage_pages, pages_manage_postz]`) },
    { name: 'a user with an unknown use case is left to manifest-schema', yaml: user('[instagram_shoping]', `${SHOP}, ads_read]`) },
    // The use-case corrections of issue 10, each held to the operations Meta documents.
    {
      name: 'instagram_content may hold ads_read (Page role through Business Manager)',
      yaml: user('[instagram_content]', '[instagram_basic, pages_read_engagement, pages_show_list, ads_read]'),
    },
    {
      name: 'instagram_content may hold ads_management instead',
      yaml: user('[instagram_content]', '[instagram_basic, pages_read_engagement, pages_show_list, ads_management, instagram_content_publish]'),
    },
    {
      name: 'lead_retrieval holds what Retrieving Leads requires, and pages_manage_metadata for webhooks',
      yaml: user('[lead_retrieval]', '[leads_retrieval, ads_management, pages_show_list, pages_read_engagement, pages_manage_ads, pages_manage_metadata]'),
    },
    {
      name: 'order_management holds the pages_* a Page token needs',
      yaml: user('[order_management]', '[commerce_account_manage_orders, pages_show_list, pages_read_engagement, business_management]'),
    },
    {
      name: 'instagram_shopping may hold ads_read for available_catalogs',
      yaml: user('[instagram_shopping]', `${SHOP}, instagram_basic, instagram_shopping_tag_products, pages_read_engagement, pages_show_list, business_management, ads_read]`),
    },
    {
      // Meta's current product_tags reference: ads_management when the Page role comes through Business Manager.
      name: 'instagram_shopping may hold ads_management, which tagging products needs',
      yaml: user('[instagram_shopping]', `${SHOP}, instagram_basic, instagram_shopping_tag_products, pages_read_engagement, pages_show_list, ads_management]`),
    },
    { name: 'no use cases and no permissions', yaml: `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n` },
  ],
  invalid: [
    {
      name: 'lead_retrieval requires the five permissions of Retrieving Leads',
      yaml: LEAD.text,
      errors: ['ads_management', 'pages_show_list', 'pages_read_engagement', 'pages_manage_ads'].map((p) => ({
        messageId: 'missingRequired',
        ...LEAD.marks[0]!,
        severity: 'notice' as const,
        message: `System user shop-prod lacks \`${p}\`, which its use case lead_retrieval requires.`,
      })),
    },
    {
      name: 'page_content requires business_management (system users calling Pages endpoints)',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
                     ^^^^^^^^^^^^ missingRequired
          permissions: [pages_manage_posts, pages_read_engagement]
      `,
      errors: [{ messageId: 'missingRequired', severity: 'notice', message: 'lacks `business_management`, which its use case page_content requires.' }],
    },
    {
      name: 'a permission another use case would need',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions: [catalog_management, commerce_account_manage_orders, pages_manage_posts]
                                                                            ^^^^^^^^^^^^^^^^^^ notAllowed
      `,
      errors: [
        {
          messageId: 'notAllowed',
          message: 'System user shop-prod holds `pages_manage_posts`, which none of its use cases (instagram_shopping) requires or allows.',
          suggestion: 'Remove `pages_manage_posts` from its permissions, or add the use case `page_content` if the token really needs it.',
        },
      ],
    },
    {
      name: 'the use case named is one that requires it, before one that only allows it',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [order_management]
          permissions:
            - commerce_account_manage_orders
            - catalog_management
              ^^^^^^^^^^^^^^^^^^ notAllowed
            - ads_read
              ^^^^^^^^ notAllowed
      `,
      errors: [
        { messageId: 'notAllowed', suggestion: 'Remove `catalog_management` from its permissions, or add the use case `catalog_management` if the token really needs it.' },
        { messageId: 'notAllowed', suggestion: 'Remove `ads_read` from its permissions, or add the use case `ads_reporting` if the token really needs it.' },
      ],
    },
    {
      name: 'a permission no use case of the catalogue uses',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          permissions: [pages_manage_posts, pages_read_engagement, business_management, pages_events]
                                                                                        ^^^^^^^^^^^^ notAllowedAnywhere
      `,
      errors: [
        {
          messageId: 'notAllowedAnywhere',
          message: 'System user shop-prod holds `pages_events`, which none of its use cases (page_content) requires or allows.',
          suggestion:
            'Remove `pages_events` from its permissions; no use case in the catalogue uses it (declare one under `useCases:` if the token needs it).',
        },
      ],
    },
    {
      name: 'permissions with no use case at all',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          permissions: [business_management, ads_read]
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ noUseCases
      `,
      errors: [
        {
          messageId: 'noUseCases',
          message: 'System user shop-prod holds `business_management`, `ads_read` with no use case to justify them.',
          suggestion: 'Declare the user\'s `useCases:` so its permissions can be checked.',
        },
      ],
    },
    {
      name: 'a required permission missing is a notice at the use case',
      yaml: BOTH.text,
      errors: [
        {
          messageId: 'missingRequired',
          ...BOTH.marks[0]!,
          severity: 'notice',
          message: 'System user shop-prod lacks `pages_manage_posts`, which its use case page_content requires.',
          suggestion: 'Add `pages_manage_posts` to its permissions (and to the token), or drop the use case.',
        },
        { messageId: 'missingRequired', ...BOTH.marks[0]!, severity: 'notice', message: 'lacks `pages_read_engagement`, which its use case page_content requires.' },
        { messageId: 'missingRequired', ...BOTH.marks[0]!, severity: 'notice', message: 'lacks `business_management`, which its use case page_content requires.' },
        { messageId: 'missingRequired', ...BOTH.marks[1]!, severity: 'notice', message: 'lacks `commerce_account_manage_orders`, which its use case instagram_shopping requires.' },
      ],
    },
    {
      name: 'a user without a permissions list lacks every required one',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [catalog_management]
                     ^^^^^^^^^^^^^^^^^^ missingRequired
      `,
      errors: [{ messageId: 'missingRequired', severity: 'notice', message: 'lacks `catalog_management`' }],
    },
  ],
});
