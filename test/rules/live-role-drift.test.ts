import rule from '../../rules/live-role-drift.js';
import type { LiveSnapshot, LiveSystemUser } from '../../src/graph/types.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';
import { manifest } from '../helpers/marked.js';

const snap = (...systemUsers: LiveSystemUser[]): LiveSnapshot => ({
  businessId: '100000000000001',
  systemUsers,
  tokens: {},
  leakedTokens: {},
  incomplete: [],
});
const u = (id: string, name: string, role: string): LiveSystemUser => ({ id, name, role, assets: [] });

const yaml = `${HEAD}  - name: shop-prod
    id: "400000000000005"
    role: system_user
    environment: production
  - name: bm-admin
    role: admin
`;

ruleTester(rule, {
  valid: [
    { name: 'EMPLOYEE is system_user, ADMIN is admin', yaml, live: snap(u('400000000000005', 'x', 'EMPLOYEE'), u('400000000000001', 'bm-admin', 'ADMIN')) },
    { name: 'unmatched users are other rules', yaml, live: snap(u('400000000000009', 'shop-prod', 'ADMIN')) },
  ],
  invalid: [
    {
      name: 'a system user raised to admin, an admin lowered',
      yaml: manifest`
        - name: shop-prod
          id: "400000000000005"
          role: system_user
                ^^^^^^^^^^^ drift
          environment: production
        - name: bm-admin
          role: admin
                ^^^^^ drift
      `,
      live: snap(u('400000000000005', 'shop-prod', 'ADMIN'), u('400000000000001', 'bm-admin', 'EMPLOYEE')),
      errors: [
        {
          messageId: 'drift',
          severity: 'error',
          message: 'System user shop-prod is declared as system_user but its live role is ADMIN (admin).',
          suggestion: 'Set role: admin if that is intended, or change the role in the business to EMPLOYEE.',
        },
        { messageId: 'drift', message: 'System user bm-admin is declared as admin but its live role is EMPLOYEE (system_user).' },
      ],
    },
    {
      name: 'a role graphguard does not map',
      yaml: manifest`
        - name: shop-prod
          id: "400000000000005"
          role: system_user
                ^^^^^^^^^^^ unknownRole
          environment: production
        - name: bm-admin
          role: admin
      `,
      live: snap(u('400000000000005', 'shop-prod', 'DEVELOPER'), u('400000000000001', 'bm-admin', 'ADMIN')),
      errors: [
        {
          messageId: 'unknownRole',
          message: 'System user shop-prod is declared as system_user but its live role is DEVELOPER, which is neither ADMIN nor EMPLOYEE.',
          suggestion: 'Change the role in the business to EMPLOYEE.',
        },
      ],
    },
  ],
});
