import rule from '../../rules/asset-reference.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { code, manifest } from '../helpers/marked.js';

const u = (name: string, grants = '') =>
  `  - name: ${name}\n    role: system_user\n    environment: production\n    useCases: [page_content]\n${grants ? `    assets:\n${grants}` : ''}`;

/** HEAD without its last key (`systemUsers:`), to add assets and keys after. */
const KEYS = HEAD.replace(/systemUsers:\n$/, '');

const MANY_UNKNOWN = `${HEAD}${u('a', '      - asset: Shopp\n        tasks: [CREATE_CONTENT]\n'.repeat(101))}`;

ruleTester(rule, {
  valid: [
    { yaml: `${HEAD}${u('a', '      - asset: Shop\n        tasks: [CREATE_CONTENT]\n')}` },
    { name: 'by id and act_ id', yaml: `${HEAD}${u('a', '      - asset: "300000000000003"\n        tasks: [ANALYZE]\n      - asset: "320000000000001"\n        tasks: [ANALYZE]\n')}` },
  ],
  invalid: [
    {
      name: 'undeclared asset, with a near name',
      yaml: manifest`
        - name: a
          role: system_user
          environment: production
          useCases: [page_content]
          assets:
            - asset: Shopp
                     ^^^^^ undeclared
              tasks: [CREATE_CONTENT]
      `,
      errors: [
        {
          messageId: 'undeclared',
          message: 'System user a is granted `Shopp`, which is not a declared asset (did you mean `Shop`?).',
        },
      ],
    },
    {
      name: 'the first 100 unknown names get a suggestion, the rest none (each compares with every declared name)',
      yaml: MANY_UNKNOWN,
      errors: Array.from({ length: 101 }, (_, i) => ({
        messageId: 'undeclared',
        line: MANY_UNKNOWN.split('\n').indexOf('      - asset: Shopp') + 1 + 2 * i,
        column: 16,
        message: `System user a is granted \`Shopp\`, which is not a declared asset${i < 100 ? ' (did you mean `Shop`?)' : ''}.`,
      })),
    },
    {
      name: 'duplicate users, ids and grants',
      yaml: manifest`
        - name: a
          role: system_user
          environment: production
          useCases: [page_content]
          assets:
            - asset: Shop
              tasks: [ANALYZE]
            - asset: "300000000000003"
                     ^^^^^^^^^^^^^^^^^ duplicateGrant
              tasks: [ANALYZE]
        - name: a
                ^ duplicateUser
          role: system_user
          environment: production
          useCases: [page_content]
      `,
      errors: [
        { messageId: 'duplicateGrant' },
        { messageId: 'duplicateUser', message: 'declared twice (first at systemUsers[0])' },
      ],
    },
    {
      name: 'duplicate asset id (act_ form) and ambiguous names',
      yaml: code`
        ${KEYS}  - id: "320000000000001"
                ^^^^^^^^^^^^^^^^^ duplicateAsset
            type: ad_account
            name: Shop
        systemUsers:
          - name: a
            role: system_user
            environment: production
            useCases: [page_content]
            assets:
              - asset: Shop
                       ^^^^ ambiguous
                tasks: [ANALYZE]
          - name: b
            id: "1"
            role: admin
          - name: c
            id: "1"
                ^^^ duplicateUserId
            role: admin
      `,
      errors: [
        { messageId: 'duplicateAsset', message: 'Asset id 320000000000001 is declared twice (first at assets[2]).' },
        { messageId: 'ambiguous' },
        { messageId: 'duplicateUserId', message: 'first for b' },
      ],
    },
  ],
});
