import rule from '../../rules/least-privilege-tasks.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';

const user = (useCases: string, grants: string) => `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: ${useCases}
    permissions: [catalog_management, commerce_account_manage_orders]
    assets:
${grants}`;

ruleTester(rule, {
  valid: [
    { name: 'shopping with CREATE_CONTENT on the page', yaml: user('[instagram_shopping]', '      - asset: Shop\n        tasks: [CREATE_CONTENT]\n') },
    { name: 'implied tasks are not broader', yaml: user('[marketing]', '      - asset: Ads\n        tasks: [DRAFT, ANALYZE]\n') },
    // The use-case corrections of issue 10, each held to the operations Meta documents.
    { name: 'lead retrieval may advertise on the ad account (Retrieving Leads)', yaml: user('[lead_retrieval]', '      - asset: Ads\n        tasks: [ADVERTISE]\n') },
    { name: 'lead retrieval: Ads or Leads on the Page, Community activity for the webhook', yaml: user('[lead_retrieval]', '      - asset: Shop\n        tasks: [ADVERTISE, MANAGE_LEADS, MODERATE]\n') },
    { name: 'order management acts through a Page token of an Editor (CREATE_CONTENT)', yaml: user('[order_management]', '      - asset: Shop\n        tasks: [CREATE_CONTENT]\n') },
    { name: 'page content: the Content, Community activity and Insights switches', yaml: user('[page_content]', '      - asset: Shop\n        tasks: [CREATE_CONTENT, MODERATE, ANALYZE]\n') },
    { name: 'instagram content: the Instagram account asset or the Page', yaml: user('[instagram_content]', '      - asset: Shop\n        tasks: [CREATE_CONTENT, MODERATE, ANALYZE]\n') },
    { name: 'asset by id, catalog MANAGE allowed', yaml: user('[instagram_shopping]', '      - asset: "310000000000001"\n        tasks: [MANAGE]\n') },
    { name: 'ad account by act_ id with ADVERTISE for marketing', yaml: user('[marketing]', '      - asset: act_320000000000001\n        tasks: [ADVERTISE, ANALYZE]\n') },
    // An unknown use case is manifest-schema's finding: the user is not judged (hunt NEW-4).
    { name: 'a misspelled use case leaves the user to manifest-schema', yaml: user('[catalog_sync]', '      - asset: Shop\n        tasks: [MANAGE]\n') },
    { name: 'one unknown use case beside a known one: not judged either', yaml: user('[instagram_shopping, catalog_sync]', '      - asset: Shop\n        tasks: [MANAGE]\n') },
    {
      name: 'admins are left to admin-scope',
      yaml: `${HEAD}  - name: bm-admin\n    role: admin\n    assets:\n      - asset: Shop\n        tasks: [MANAGE]\n`,
    },
    {
      name: 'a manifest use case overrides the catalogue',
      yaml: user('[instagram_shopping]', '      - asset: Shop\n        tasks: [MANAGE]\n').replace(
        'systemUsers:\n',
        'useCases:\n  instagram_shopping:\n    permissions: { required: [catalog_management] }\n    maxTasks: { page: [MANAGE] }\nsystemUsers:\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'per-switch Page access: CREATE_CONTENT no longer covers Community activity or Insights',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions: [catalog_management, commerce_account_manage_orders]
          assets:
            - asset: Shop
              tasks: [MODERATE, ANALYZE]
                     ^^^^^^^^^^^^^^^^^^^ broader
      `,
      errors: [
        {
          messageId: 'broader',
          message: 'System user shop-prod has MODERATE, ANALYZE on page Shop, broader than its use cases allow (CREATE_CONTENT).',
          suggestion: 'Use tasks: [CREATE_CONTENT].',
        },
      ],
    },
    {
      name: 'order management stops at CREATE_CONTENT on the Page',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [order_management]
          permissions: [catalog_management, commerce_account_manage_orders]
          assets:
            - asset: Shop
              tasks: [CREATE_CONTENT, ADVERTISE]
                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ broader
      `,
      errors: [{ messageId: 'broader', suggestion: 'Use tasks: [CREATE_CONTENT].' }],
    },
    {
      name: 'the auditor reads assignments with business_management and needs no grant',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [business_audit]
          permissions: [catalog_management, commerce_account_manage_orders]
          assets:
            - asset: Shop
              tasks: [ANALYZE]
                     ^^^^^^^^^ noUseCase
      `,
      errors: [{ messageId: 'noUseCase', message: 'none of its use cases (business_audit) covers page assets.' }],
    },
    {
      name: 'MANAGE on a page where CREATE_CONTENT suffices',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [instagram_shopping]
          permissions: [catalog_management, commerce_account_manage_orders]
          assets:
            - asset: Shop
              tasks: [MANAGE]
                     ^^^^^^^^ broader
      `,
      errors: [
        {
          messageId: 'broader',
          message: 'System user shop-prod has MANAGE on page Shop, broader than its use cases allow (CREATE_CONTENT).',
          suggestion: 'Use tasks: [CREATE_CONTENT].',
        },
      ],
    },
    {
      name: 'keeps the allowed tasks in the suggestion',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [marketing]
          permissions: [catalog_management, commerce_account_manage_orders]
          assets:
            - asset: Ads
              tasks:
                - MANAGE
                ^^^^^^^^ broader
                - ANALYZE
      `,
      errors: [{ messageId: 'broader', suggestion: 'Use tasks: [ANALYZE].' }],
    },
    {
      name: 'no use case needs the asset type',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [order_management]
          permissions: [catalog_management, commerce_account_manage_orders]
          assets:
            - asset: Ads
              tasks: [ANALYZE]
                     ^^^^^^^^^ noUseCase
      `,
      errors: [{ messageId: 'noUseCase', message: 'none of its use cases (order_management) covers ad account assets.' }],
    },
    {
      name: 'no use cases at all',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          assets:
            - asset: Shop
              tasks: [ANALYZE]
                     ^^^^^^^^^ noUseCases
      `,
      errors: [{ messageId: 'noUseCases' }],
    },
  ],
});
