import rule from '../../rules/asset-reference.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD, FIRST } from '../helpers/manifests.js';

const u = (name: string, grants = '') =>
  `  - name: ${name}\n    role: system_user\n    environment: production\n    useCases: [page_content]\n${grants ? `    assets:\n${grants}` : ''}`;

ruleTester(rule, {
  valid: [
    { yaml: `${HEAD}${u('a', '      - asset: Shop\n        tasks: [CREATE_CONTENT]\n')}` },
    { name: 'by id and act_ id', yaml: `${HEAD}${u('a', '      - asset: "300000000000003"\n        tasks: [ANALYZE]\n      - asset: "320000000000001"\n        tasks: [ANALYZE]\n')}` },
  ],
  invalid: [
    {
      name: 'undeclared asset, with a near name',
      yaml: `${HEAD}${u('a', '      - asset: Shopp\n        tasks: [CREATE_CONTENT]\n')}`,
      errors: [
        {
          messageId: 'undeclared',
          line: FIRST + 5,
          column: 16,
          message: 'System user a is granted `Shopp`, which is not a declared asset (did you mean `Shop`?).',
        },
      ],
    },
    {
      name: 'duplicate users, ids and grants',
      yaml: `${HEAD}${u('a', '      - asset: Shop\n        tasks: [ANALYZE]\n      - asset: "300000000000003"\n        tasks: [ANALYZE]\n')}${u('a')}`,
      errors: [
        { messageId: 'duplicateGrant', line: FIRST + 7, column: 16 },
        { messageId: 'duplicateUser', line: FIRST + 9, column: 11, message: 'declared twice (first at systemUsers[0])' },
      ],
    },
    {
      name: 'duplicate asset id (act_ form) and ambiguous names',
      yaml: `${HEAD.replace(
        'systemUsers:\n',
        '  - id: "320000000000001"\n    type: ad_account\n    name: Shop\nsystemUsers:\n',
      ) + u('a', '      - asset: Shop\n        tasks: [ANALYZE]\n')}  - name: b\n    id: "1"\n    role: admin\n  - name: c\n    id: "1"\n    role: admin\n`,
      errors: [
        { messageId: 'duplicateAsset', line: FIRST - 1, column: 9, message: 'Asset id 320000000000001 is declared twice (first at assets[2]).' },
        { messageId: 'ambiguous', line: FIRST + 8, column: 16 },
        { messageId: 'duplicateUserId', line: FIRST + 14, column: 9, message: 'first for b' },
      ],
    },
  ],
});
