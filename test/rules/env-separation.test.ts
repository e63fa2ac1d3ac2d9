import rule from '../../rules/env-separation.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';

/** A system user: 4 lines, then 2 per grant. */
const user = (name: string, env: string, secret: string, ...assets: string[]) =>
  `  - name: ${name}\n    role: system_user\n    environment: ${env}\n    token: { secret: ${secret} }\n` +
  (assets.length ? `    assets:\n${assets.map((a) => `      - asset: ${a}\n        tasks: [ANALYZE]\n`).join('')}` : '');
const WITH_PIXEL = HEAD.replace('systemUsers:\n', '  - { id: "330000000000001", type: pixel, name: Pixel }\nsystemUsers:\n');

ruleTester(rule, {
  valid: [
    {
      name: 'production and test users on their own pages',
      yaml: HEAD + user('shop-prod', 'production', 'META_PROD', 'Shop') + user('shop-test', 'test', 'META_TEST', 'Shop (test)'),
    },
    {
      name: 'admins are left out',
      yaml: `${HEAD}  - name: bm-admin\n    role: admin\n    token: { secret: META_PROD }\n    assets:\n      - { asset: Shop, tasks: [MANAGE] }\n      - { asset: Shop (test), tasks: [MANAGE] }\n${user('shop-prod', 'production', 'META_PROD')}`,
    },
    {
      name: 'an asset without environment reached from one side only belongs to neither side',
      yaml: WITH_PIXEL + user('px-test', 'test', 'META_TEST', 'Pixel', 'Shop (test)') + user('px-test-2', 'test', 'META_TEST', 'Pixel'),
    },
    {
      name: 'an asset without environment: an admin (no environment) is no side',
      yaml:
        `${WITH_PIXEL}  - name: bm-admin\n    role: admin\n    token: { secret: META_ADMIN }\n    assets:\n      - { asset: Pixel, tasks: [MANAGE] }\n` +
        user('px-test', 'test', 'META_TEST', 'Pixel', 'Shop (test)'),
    },
    {
      name: 'ignoreTypes exempts ad accounts from the test-counterpart warning',
      yaml: `${HEAD}${user('ads-prod', 'production', 'META_ADS', 'Ads')}rules:\n  env-separation: { ignoreTypes: [ad_account] }\n`,
    },
    {
      name: 'undeclared assets are asset-reference\'s; two users of one environment sharing a secret are not this rule\'s',
      yaml: HEAD + user('a', 'test', 'META_TEST', 'Outlet') + user('b', 'test', 'META_TEST'),
    },
  ],
  invalid: [
    {
      name: 'a test user reaches a production page',
      yaml: manifest`
        - name: shop-test
          role: system_user
          environment: test
          token: { secret: META_TEST }
          assets:
            - asset: Shop
                     ^^^^ crossEnv
              tasks: [ANALYZE]
      `,
      errors: [
        {
          messageId: 'crossEnv',
          message: 'System user shop-test is a test user but reaches production asset page Shop.',
          suggestion: 'Grant shop-test a test asset instead, and give page Shop to a production system user.',
        },
      ],
    },
    {
      name: 'a production user reaches both; nothing tests the page',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          token: { secret: META_PROD }
          assets:
            - asset: Shop
              tasks: [ANALYZE]
            - asset: Shop (test)
                     ^^^^^^^^^^^ mixed
              tasks: [ANALYZE]
      `,
      errors: [
        {
          messageId: 'noTestCounterpart',
          line: 12,
          column: 18,
          severity: 'warn',
          message: 'Production page Shop has no test counterpart: no test system user is granted a test page.',
          suggestion: 'Declare a test page (environment: test) and grant it to a test system user, or list page in the ignoreTypes option.',
        },
        {
          messageId: 'mixed',
          severity: 'error',
          message: 'System user shop-prod reaches both production and test assets: page Shop (test) is test.',
          suggestion: 'Move the grant on page Shop (test) to a separate test system user with its own token.',
        },
      ],
    },
    {
      name: 'test and production share a token secret',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          token: { secret: META_TOKEN }
          assets:
            - asset: Shop
              tasks: [ANALYZE]
        - name: shop-test
          role: system_user
          environment: test
          token: { secret: META_TOKEN }
                           ^^^^^^^^^^ sharedSecret
          assets:
            - asset: Shop (test)
              tasks: [ANALYZE]
      `,
      errors: [
        {
          messageId: 'sharedSecret',
          message: 'System users shop-prod (production) and shop-test (test) share the token secret META_TOKEN; test and production need separate tokens.',
          suggestion: 'Store the token of shop-test in a secret of its own.',
        },
      ],
    },
    {
      name: 'one warning per type, at the first production asset of it',
      yaml:
        HEAD.replace('systemUsers:\n', '  - { id: "320000000000002", type: ad_account, name: Ads 2, environment: production }\nsystemUsers:\n') +
        user('shop-prod', 'production', 'META_PROD', 'Ads 2', 'Shop', 'Ads') +
        user('shop-test', 'test', 'META_TEST', 'Shop (test)'),
      errors: [{ messageId: 'noTestCounterpart', line: 20, column: 18, message: 'Production ad account Ads has no test counterpart: no test system user is granted a test ad account.' }],
    },
    {
      name: 'an asset without environment reached by a test and a production user: a warning at the asset, naming the first of each',
      yaml:
        WITH_PIXEL +
        user('px-prod', 'production', 'META_PROD', 'Shop', 'Pixel') +
        user('px-test', 'test', 'META_TEST', '"330000000000001"', 'Shop (test)') +
        user('px-prod-2', 'production', 'META_PROD', 'Pixel'),
      errors: [
        {
          messageId: 'unknownEnvironment',
          line: 25,
          column: 11,
          endLine: 25,
          endColumn: 28,
          severity: 'warn',
          data: { testUser: 'px-test', prodUser: 'px-prod', asset: 'pixel Pixel' },
        },
      ],
    },
    {
      name: 'a test user on a test asset of another type does not count',
      yaml: HEAD + user('cat-prod', 'production', 'META_PROD', 'Products') + user('shop-test', 'test', 'META_TEST', 'Shop (test)'),
      errors: [{ messageId: 'noTestCounterpart', line: 24, column: 18, message: 'Production catalog Products has no test counterpart' }],
    },
  ],
});
