import rule from '../../rules/system-user-quota.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD, FIRST } from '../helpers/manifests.js';

/** n system users (role system_user), 3 lines each. */
const users = (n: number, prefix = 'bot') =>
  Array.from({ length: n }, (_, i) => `  - name: ${prefix}-${i + 1}\n    role: system_user\n    environment: production\n`).join('');
const admins = (n: number) => Array.from({ length: n }, (_, i) => `  - name: admin-${i + 1}\n    role: admin\n`).join('');
const level = (l: string) => HEAD.replace('accessLevel: standard', `accessLevel: ${l}`);
const noLevel = HEAD.replace('  accessLevel: standard\n', '');
const HEAD_LINES = FIRST;

ruleTester(rule, {
  valid: [
    { name: 'standard: 10 system users and 1 admin', yaml: HEAD + users(10) + admins(1) },
    { name: 'development: 1 and 1 (counted apart)', yaml: level('development') + users(1) + admins(1) },
    { name: 'basic: 3 system users', yaml: level('basic') + users(3) },
    { name: 'full (Marketing API Access Tier) counts as standard: 10 system users', yaml: level('full') + users(10) + admins(1) },
    {
      name: 'app.quota raises the limit',
      yaml: level('development').replace('  graphApiVersion', '  quota: { systemUsers: 4 }\n  graphApiVersion') + users(4),
    },
    { name: 'no accessLevel: standard assumed', yaml: noLevel + users(10) },
    { name: 'no app at all: standard assumed', yaml: noLevel.replace(/app:\n[\s\S]*?(?=assets:)/, '') + users(2) },
  ],
  invalid: [
    {
      name: 'development: the second system user is over',
      yaml: level('development') + users(2),
      errors: [
        {
          messageId: 'tooMany',
          line: HEAD_LINES + 3,
          column: 11,
          message: 'System user bot-2 is over the quota: 2 system users are declared but the development access level allows 1.',
          suggestion: 'Remove system users you no longer need or merge ones with the same access; if Meta granted a higher limit, record it in app.quota.systemUsers.',
        },
      ],
    },
    {
      name: 'basic: admins between users do not count; the fourth system user is over',
      yaml: level('basic') + users(2, 'a') + admins(1) + users(3, 'b'),
      errors: [{ messageId: 'tooMany', line: HEAD_LINES + 6 + 2 + 3, column: 11, message: 'System user b-2 is over the quota: 5 system users are declared but the basic access level allows 3.' }],
    },
    {
      name: 'limited (Marketing API Access Tier) counts as development: the second system user is over',
      yaml: level('limited') + users(2),
      errors: [{ messageId: 'tooMany', line: HEAD_LINES + 3, column: 11, message: 'System user bot-2 is over the quota: 2 system users are declared but the limited access tier (the development access level) allows 1.' }],
    },
    {
      name: 'full: eleven',
      yaml: level('full') + users(11),
      errors: [{ messageId: 'tooMany', line: HEAD_LINES + 30, column: 11, message: 'System user bot-11 is over the quota: 11 system users are declared but the full access tier (the standard access level) allows 10.' }],
    },
    {
      name: 'standard: eleven',
      yaml: HEAD + users(11),
      errors: [{ messageId: 'tooMany', line: HEAD_LINES + 30, column: 11, message: 'System user bot-11 is over the quota: 11 system users are declared but the standard access level allows 10.' }],
    },
    {
      name: 'two admin system users',
      yaml: HEAD + admins(2) + users(1),
      errors: [
        {
          messageId: 'tooManyAdmins',
          line: HEAD_LINES + 2,
          column: 11,
          message: 'Admin system user admin-2 is over the quota: 2 admin system users are declared but the standard access level allows 1.',
          suggestion: 'Keep no more admin system users than the quota (1) and make the others role: system_user with only the access they need, or remove them.',
        },
      ],
    },
    {
      name: 'app.quota lowers a limit; the other comes from the level',
      yaml: HEAD.replace('  graphApiVersion', '  quota: { adminSystemUsers: 0 }\n  graphApiVersion') + admins(1) + users(11),
      errors: [
        { messageId: 'tooManyAdmins', line: HEAD_LINES + 1, column: 11, message: 'Admin system user admin-1 is over the quota: 1 admin system user is declared but app.quota allows 0.' },
        { messageId: 'tooMany', line: HEAD_LINES + 1 + 2 + 30, column: 11, message: 'System user bot-11 is over the quota: 11 system users are declared but the standard access level allows 10.' },
      ],
    },
    {
      name: 'no accessLevel: the assumed level is named',
      yaml: noLevel + users(11),
      errors: [
        {
          messageId: 'tooMany',
          line: HEAD_LINES - 1 + 30,
          column: 11,
          message: 'System user bot-11 is over the quota: 11 system users are declared but the standard access level (assumed: app.accessLevel is not set) allows 10.',
        },
      ],
    },
  ],
});
