import rule from '../../rules/live-missing-system-user.js';
import type { LiveSnapshot, LiveSystemUser } from '../../src/graph/types.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';

const snap = (systemUsers: LiveSystemUser[] | null): LiveSnapshot => ({
  businessId: '100000000000001',
  systemUsers,
  tokens: {},
  leakedTokens: {},
  incomplete: systemUsers ? [] : ['system users of business 100000000000001: HTTP 500'],
});
const emp = (id: string, name: string): LiveSystemUser => ({ id, name, role: 'EMPLOYEE', assets: [] });

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
    { name: 'both found, by id and by name', yaml: two, live: snap([emp('400000000000005', 'another name'), emp('400000000000006', 'shop-test')]) },
    { name: 'the list could not be read', yaml: two, live: snap(null) },
  ],
  invalid: [
    {
      name: 'declared id missing live (a live user with the same name does not count)',
      yaml: manifest`
        - name: shop-prod
          id: "400000000000005"
              ^^^^^^^^^^^^^^^^^ missing
          role: system_user
          environment: production
        - name: shop-test
          role: system_user
          environment: test
      `,
      live: snap([emp('400000000000006', 'shop-prod'), emp('400000000000007', 'shop-test')]),
      errors: [
        {
          messageId: 'missing',
          severity: 'error',
          message: 'System user shop-prod is declared with id 400000000000005, but business 100000000000001 has no system user with that id.',
          suggestion: 'Fix the id (see Business Settings > System users), or remove shop-prod from the manifest.',
        },
      ],
    },
    {
      name: 'no id and no live user of that name: a notice at the name',
      yaml: manifest`
        - name: shop-prod
          id: "400000000000005"
          role: system_user
          environment: production
        - name: shop-test
                ^^^^^^^^^ notFoundByName
          role: system_user
          environment: test
      `,
      live: snap([emp('400000000000005', 'shop-prod'), emp('400000000000006', 'Shop Test')]),
      errors: [
        {
          messageId: 'notFoundByName',
          severity: 'notice',
          message: 'System user shop-test declares no id, and business 100000000000001 has no system user named shop-test.',
        },
      ],
    },
  ],
});
