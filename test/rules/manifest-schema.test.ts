import rule from '../../rules/manifest-schema.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD, FIRST } from '../helpers/manifests.js';

const u = (body: string) => `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n${body}`;

ruleTester(rule, {
  valid: [
    { yaml: u('    useCases: [page_content]\n    permissions: [pages_manage_posts]\n') },
    { name: 'custom use case', yaml: u('    useCases: [nightly_feed]\n').replace('systemUsers:\n', 'useCases:\n  nightly_feed:\n    maxTasks: { catalog: [MANAGE] }\nsystemUsers:\n') },
    { name: 'admin without environment', yaml: `${HEAD}  - name: bm-admin\n    role: admin\n` },
  ],
  invalid: [
    {
      name: 'unknown key with a suggestion',
      yaml: u('    permisions: [pages_manage_posts]\n'),
      errors: [
        {
          messageId: 'schema',
          line: FIRST + 3,
          column: 5,
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
      name: 'missing environment points at the user',
      yaml: `${HEAD}  - name: x\n    role: system_user\n`,
      errors: [{ messageId: 'schemaNoSuggestion', line: FIRST, column: 5, message: 'Missing key `environment` in `systemUsers[0]` (required unless role is admin).' }],
    },
    {
      name: 'enum typo and wrong type',
      yaml: u('    useCases: page_content\n').replace('role: system_user', 'role: sytem_user'),
      errors: [
        { messageId: 'schemaNoSuggestion', line: FIRST + 1, column: 11, message: '`systemUsers[0].role` must be one of system_user, admin, not `sytem_user` — did you mean `system_user`?' },
        { messageId: 'schemaNoSuggestion', line: FIRST + 3, column: 15, message: '`systemUsers[0].useCases` must be a list, not a string.' },
      ],
    },
    {
      name: 'unknown rule id',
      yaml: `${u('    useCases: [page_content]\n')}rules:\n  token-rotaton: warn\n`,
      errors: [{ messageId: 'schema', line: FIRST + 5, column: 3, message: 'Unknown rule `token-rotaton` — did you mean `token-rotation`?' }],
    },
    {
      name: 'task not valid for the asset type; unknown use case',
      yaml: u('    useCases: [page_contnet]\n    assets:\n      - asset: Ads\n        tasks: [CREATE_CONTENT]\n'),
      errors: [
        { messageId: 'unknownUseCase', line: FIRST + 3, column: 16, message: 'Unknown use case `page_contnet` for system user shop-prod (did you mean `page_content`?).' },
        { messageId: 'badTask', line: FIRST + 6, column: 17, message: 'Task `CREATE_CONTENT` is not a ad account task (on Ads).' },
      ],
    },
  ],
});
