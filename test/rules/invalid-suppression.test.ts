import rule from '../../rules/invalid-suppression.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { code, manifest } from '../helpers/marked.js';

const m = `${HEAD}  - name: a\n    role: system_user\n    environment: production\n`;

ruleTester(rule, {
  valid: [
    { yaml: `${m}# graphguard-disable-next-line token-rotation -- rotated by vault until=2027-01-01\nrules: {}\n` },
    { name: 'in code, // form', yaml: m, files: { 'a.js': '// graphguard-disable-next-line asset-reference -- fixture\nconst x = 1;\n' } },
  ],
  invalid: [
    {
      yaml: manifest`
        - name: a
          role: system_user
          environment: production
      # graphguard-disable-next-line token-rotation
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ noReason
      rules: {}
      `,
      errors: [{ messageId: 'noReason', message: 'Suppression of token-rotation gives no reason.' }],
    },
    {
      yaml: m,
      files: {
        'a.py': code`
          x = 1
          # graphguard-disable-next-line hardcoded-tokn -- typo
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unknownRule
          y = 2
        `,
        'b.ts': code`
          /* graphguard-disable-next-line token-rotation -- old until=2026-01-01 */
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ expired
          let a;
          // graphguard-disable-next-line -- nothing
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ noRule
          // graphguard-disable-next-line token-rotation -- x until=2026-02-30
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ badDate
        `,
      },
      errors: [
        { messageId: 'unknownRule', file: 'a.py', message: 'Suppression names unknown rule `hardcoded-tokn`.' },
        { messageId: 'expired', file: 'b.ts' },
        { messageId: 'noRule', file: 'b.ts' },
        { messageId: 'badDate', file: 'b.ts' },
      ],
    },
  ],
});
