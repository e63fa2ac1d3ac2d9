import rule from '../../rules/manifest-schema.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';

const u = (body: string) => `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n${body}`;

ruleTester(rule, {
  valid: [
    { yaml: u('    useCases: [page_content]\n    permissions: [pages_manage_posts]\n') },
    { name: 'custom use case', yaml: u('    useCases: [nightly_feed]\n').replace('systemUsers:\n', 'useCases:\n  nightly_feed:\n    maxTasks: { catalog: [MANAGE] }\nsystemUsers:\n') },
    { name: 'admin without environment', yaml: `${HEAD}  - name: bm-admin\n    role: admin\n` },
  ],
  invalid: [
    {
      name: 'an act_ id on an asset that is not an ad account',
      yaml: `${HEAD.replace('  - id: "300000000000003"\n    type: page', '  - id: act_300000000000003\n    type: page')}  - name: a\n    role: system_user\n    environment: production\n`,
      errors: [
        {
          messageId: 'actNotAdAccount',
          line: HEAD.split('\n').findIndex((l) => l.includes('"300000000000003"')) + 1,
          column: 9,
          message: 'Asset Shop is a page, but its id is written `act_300000000000003`: only ad accounts are written act_<digits>.',
          suggestion: 'Write the id as "300000000000003", or set type: ad_account if it is one.',
        },
      ],
    },
    {
      name: "a declared use case's maxTasks name tasks of their asset type",
      yaml: `${HEAD.replace('systemUsers:\n', 'useCases:\n  nightly_post:\n    permissions: { required: [pages_manage_posts] }\n    maxTasks: { page: [CREATE_CONTNET], ad_account: [ANALYZE] }\nsystemUsers:\n')}  - name: a\n    role: system_user\n    environment: production\n`,
      errors: [
        {
          messageId: 'badMaxTask',
          line: HEAD.split('\n').length + 2,
          column: 24,
          message: 'Task `CREATE_CONTNET` in the maxTasks of use case nightly_post is not a page task (did you mean `CREATE_CONTENT`?).',
        },
      ],
    },
    {
      name: 'unknown key with a suggestion',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          permisions: [pages_manage_posts]
          ^^^^^^^^^^ schema
      `,
      errors: [
        {
          messageId: 'schema',
          message: 'Unknown key `permisions` in `systemUsers[0]` — did you mean `permissions`?',
          suggestion: 'Rename it to `permissions`.',
        },
      ],
    },
    {
      name: 'unquoted id',
      yaml: u('    useCases: [page_content]\n').replace('id: "100000000000001"', 'id: 100000000000001'),
      errors: [
        {
          messageId: 'schema',
          line: 3,
          column: 7,
          message: '`business.id` must be a string of digits; quote it.',
          suggestion: 'Write id: "100000000000001" — unquoted, large ids lose digits.',
        },
      ],
    },
    {
      name: 'unquoted version: what it must look like, not "quote it" (quoted, 25.0 fails the pattern next)',
      yaml: u('    useCases: [page_content]\n').replace('graphApiVersion: v25.0', 'graphApiVersion: 25.0'),
      errors: [
        {
          messageId: 'schema',
          line: 7,
          column: 20,
          message: '`app.graphApiVersion` must look like v26.0, not the number `25.0`.',
          suggestion: 'Write graphApiVersion: v25.0.',
        },
      ],
    },
    {
      name: 'unquoted whole-number version',
      yaml: u('    useCases: [page_content]\n').replace('graphApiVersion: v25.0', 'graphApiVersion: 25'),
      errors: [{ messageId: 'schema', line: 7, column: 20, message: '`app.graphApiVersion` must look like v26.0, not the number `25`.', suggestion: 'Write graphApiVersion: v25.0.' }],
    },
    {
      name: "token.secret naming a runner's own variable (U4: GITHUB_SERVER_URL would be masked for the whole job)",
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          token:
            secret: GITHUB_SERVER_URL
                    ^^^^^^^^^^^^^^^^^ schema
      `,
      errors: [
        {
          messageId: 'schema',
          message:
            '`systemUsers[0].token.secret` names `GITHUB_SERVER_URL`, a variable the CI runner sets (GITHUB_*, RUNNER_*, ACTIONS_*, AGENT_*, CI, HOME, PATH, ImageOS), not a secret: its value is not taken as the token.',
          suggestion: 'Name the CI secret that holds the token, e.g. `secret: META_SHOP_PROD_TOKEN` (GitHub refuses secret names that start with GITHUB_).',
        },
      ],
    },
    {
      name: 'token.secret naming HOME, any case',
      yaml: u('    token:\n      secret: home\n'),
      errors: [{ messageId: 'schema', line: 30, column: 15 }],
    },
    {
      name: 'missing environment points at the user',
      yaml: manifest`
        - name: x
          ^^^^ schemaNoSuggestion
          role: system_user
      `,
      errors: [{ messageId: 'schemaNoSuggestion', message: 'Missing key `environment` in `systemUsers[0]` (required unless role is admin).' }],
    },
    {
      name: 'enum typo and wrong type',
      yaml: manifest`
        - name: shop-prod
          role: sytem_user
                ^^^^^^^^^^ schemaNoSuggestion
          environment: production
          useCases: page_content
                    ^^^^^^^^^^^^ schemaNoSuggestion
      `,
      errors: [
        { messageId: 'schemaNoSuggestion', message: '`systemUsers[0].role` must be one of system_user, admin, not `sytem_user` — did you mean `system_user`?' },
        { messageId: 'schemaNoSuggestion', message: '`systemUsers[0].useCases` must be a list, not a string.' },
      ],
    },
    {
      name: 'unknown rule id',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
      rules:
        token-rotaton: warn
        ^^^^^^^^^^^^^ schema
      `,
      errors: [{ messageId: 'schema', message: 'Unknown rule `token-rotaton` — did you mean `token-rotation`?' }],
    },
    {
      name: 'task not valid for the asset type; unknown use case',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_contnet]
                     ^^^^^^^^^^^^ unknownUseCase
          assets:
            - asset: Ads
              tasks: [CREATE_CONTENT]
                      ^^^^^^^^^^^^^^ badTask
      `,
      errors: [
        { messageId: 'unknownUseCase', message: 'Unknown use case `page_contnet` for system user shop-prod (did you mean `page_content`?).' },
        { messageId: 'badTask', message: 'Task `CREATE_CONTENT` is not an ad account task (on Ads).' },
      ],
    },
    {
      name: 'an unknown key elsewhere does not hide a bad task or an unknown use case (one run shows every problem)',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          permisions: [pages_manage_posts]
          ^^^^^^^^^^ schema
          useCases: [page_contnet, Bad-Name]
                     ^^^^^^^^^^^^ unknownUseCase
                                   ^^^^^^^^ schemaNoSuggestion
          assets:
            - asset: Ads
              tasks: [CREATE_CONTENT, manage]
                      ^^^^^^^^^^^^^^ badTask
                                      ^^^^^^ schemaNoSuggestion
      `,
      errors: [
        { messageId: 'schema', message: 'Unknown key `permisions` in `systemUsers[0]` — did you mean `permissions`?' },
        { messageId: 'unknownUseCase', message: 'Unknown use case `page_contnet` for system user shop-prod (did you mean `page_content`?).' },
        { messageId: 'schemaNoSuggestion', message: '`systemUsers[0].useCases[1]` must be a lower_snake_case name, not `Bad-Name`.' },
        { messageId: 'badTask', message: 'Task `CREATE_CONTENT` is not an ad account task (on Ads).' },
        { messageId: 'schemaNoSuggestion', message: '`systemUsers[0].assets[0].tasks[1]` must be an UPPER_CASE task name, not `manage`.' },
      ],
    },
    {
      name: 'malformed sections are left to their schema problems (no crash, no guess)',
      yaml: `version: 1
business: { id: "100000000000001" }
assets: { id: "300000000000003" }
useCases: [nightly]
systemUsers:
  - name: a
    role: system_user
    environment: production
    useCases: [page_contnet]
    assets: [{ asset: Shop, tasks: [CREATE_CONTENT] }]
  - 42
  - name: b
    role: system_user
    environment: test
    useCases: 7
    assets: [Shop]
`,
      errors: [
        { messageId: 'schemaNoSuggestion', line: 3, column: 9, message: '`assets` must be a list, not a map.' },
        { messageId: 'schemaNoSuggestion', line: 4, column: 11, message: '`useCases` must be a map, not a list.' },
        { messageId: 'schemaNoSuggestion', line: 11, column: 5, message: '`systemUsers[1]` must be a map, not a number.' },
        { messageId: 'schemaNoSuggestion', line: 15, column: 15, message: '`systemUsers[2].useCases` must be a list, not a number.' },
        { messageId: 'schemaNoSuggestion', line: 16, column: 14, message: '`systemUsers[2].assets[0]` must be a map, not a string.' },
      ],
    },
    {
      name: 'a null document is a schema problem, not a crash',
      yaml: '~\n',
      errors: [{ messageId: 'schemaNoSuggestion', line: 1, column: 1, message: '`(document)` must be a map, not null.' }],
    },
    {
      name: 'a use case declared with no body is a schema problem, and still a declared name',
      yaml: `${HEAD.replace('systemUsers:\n', 'useCases:\n  nightly_feed:\nsystemUsers:\n')}  - name: a\n    role: system_user\n    environment: production\n    useCases: [nightly_feed]\n`,
      errors: [{ messageId: 'schemaNoSuggestion', line: HEAD.split('\n').length, column: 3, message: '`useCases.nightly_feed` must be a map, not null.' }],
    },
  ],
});
