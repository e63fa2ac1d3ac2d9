import rule from '../../rules/live-undeclared-system-user.js';
import type { LiveSnapshot, LiveSystemUser } from '../../src/graph/types.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD, FIRST } from '../helpers/manifests.js';

const snap = (systemUsers: LiveSystemUser[] | null, incomplete: string[] = []): LiveSnapshot => ({
  businessId: '100000000000001',
  systemUsers,
  tokens: {},
  leakedTokens: {},
  incomplete,
});
const emp = (id: string, name: string, assets: LiveSystemUser['assets'] = []): LiveSystemUser => ({ id, name, role: 'EMPLOYEE', assets });

const two = `${HEAD}  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
  - name: shop-test
    role: system_user
    environment: test
`;

ruleTester(rule, {
  valid: [
    { name: 'every live user declared, by id and by name', yaml: two, live: snap([emp('400000000000005', 'renamed live'), emp('400000000000006', 'shop-test')]) },
    { name: 'the list could not be read: nothing to compare', yaml: two, live: snap(null, ['system users of business 100000000000001: throttled']) },
    { name: 'a declared user missing live is another rule', yaml: two, live: snap([emp('400000000000009', 'shop-test')]) },
  ],
  invalid: [
    {
      name: 'two undeclared users, reported at the systemUsers key',
      yaml: two,
      live: snap([
        emp('400000000000005', 'shop-prod'),
        emp('400000000000006', 'shop-test'),
        emp('400000000000007', 'ci-bot', [{ id: '300000000000003', type: 'page', tasks: ['MANAGE'] }]),
        { id: '400000000000008', name: 'Old Admin', role: 'ADMIN', assets: null },
      ]),
      errors: [
        {
          messageId: 'undeclared',
          line: FIRST - 1,
          column: 1,
          severity: 'error',
          message: 'System user ci-bot (400000000000007, live role EMPLOYEE, 1 asset grant) exists in business 100000000000001 but is not declared in the manifest.',
          suggestion: 'Declare it under systemUsers with id: "400000000000007", or delete it from the business.',
        },
        { messageId: 'undeclared', line: FIRST - 1, column: 1, message: 'System user Old Admin (400000000000008, live role ADMIN, asset grants not read)' },
      ],
    },
    {
      name: 'a declared id claims its live user; the same name with another id is undeclared',
      yaml: `${HEAD}  - name: shop-prod\n    id: "400000000000005"\n    role: system_user\n    environment: production\n`,
      live: snap([emp('400000000000006', 'shop-prod'), emp('400000000000005', 'x')]),
      errors: [{ messageId: 'undeclared', line: FIRST - 1, column: 1, message: 'System user shop-prod (400000000000006, live role EMPLOYEE, 0 asset grants)' }],
    },
    {
      name: 'a name match takes one live user only',
      yaml: `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n`,
      live: snap([emp('400000000000005', 'shop-prod'), emp('400000000000006', 'shop-prod')]),
      errors: [{ messageId: 'undeclared', line: FIRST - 1, column: 1, message: '(400000000000006,' }],
    },
  ],
});
