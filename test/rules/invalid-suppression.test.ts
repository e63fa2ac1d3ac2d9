import rule from '../../rules/invalid-suppression.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD, FIRST } from '../helpers/manifests.js';

const m = `${HEAD}  - name: a\n    role: system_user\n    environment: production\n`;

ruleTester(rule, {
  valid: [
    { yaml: `${m}# graphguard-disable-next-line token-rotation -- rotated by vault until=2027-01-01\nrules: {}\n` },
    { name: 'in code, // form', yaml: m, files: { 'a.js': '// graphguard-disable-next-line asset-reference -- fixture\nconst x = 1;\n' } },
  ],
  invalid: [
    {
      yaml: `${m}# graphguard-disable-next-line token-rotation\nrules: {}\n`,
      errors: [{ messageId: 'noReason', line: FIRST + 3, column: 3, message: 'Suppression of token-rotation gives no reason.' }],
    },
    {
      yaml: m,
      files: {
        'a.py': 'x = 1\n# graphguard-disable-next-line hardcoded-tokn -- typo\ny = 2\n',
        'b.ts': '/* graphguard-disable-next-line token-rotation -- old until=2026-01-01 */\nlet a;\n// graphguard-disable-next-line -- nothing\n// graphguard-disable-next-line token-rotation -- x until=2026-02-30\n',
      },
      errors: [
        { messageId: 'unknownRule', file: 'a.py', line: 2, column: 3, message: 'Suppression names unknown rule `hardcoded-tokn`.' },
        { messageId: 'expired', file: 'b.ts', line: 1, column: 4 },
        { messageId: 'noRule', file: 'b.ts', line: 3, column: 4 },
        { messageId: 'badDate', file: 'b.ts', line: 4, column: 4 },
      ],
    },
  ],
});
