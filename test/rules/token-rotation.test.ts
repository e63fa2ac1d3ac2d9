import rule from '../../rules/token-rotation.js';
import { manifest } from '../helpers/marked.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';

const withToken = (token: string, extra = '') =>
  `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    useCases: [page_content]\n    token:\n${token}${extra}`;

ruleTester(rule, {
  valid: [
    { name: 'never-expiring, rotated in time', yaml: withToken('      secret: T\n      expires: never\n      rotateEveryDays: 90\n      lastRotated: 2026-10-01\n') },
    { name: '60-day token', yaml: withToken('      secret: T\n      expires: 60d\n') },
    { name: '60-day token rotated every 30 days, in time', yaml: withToken('      secret: T\n      expires: 60d\n      rotateEveryDays: 30\n      lastRotated: 2026-11-20\n') },
    { name: 'exactly on the last day', yaml: withToken('      secret: T\n      rotateEveryDays: 30\n      lastRotated: 2026-10-28\n') },
    {
      name: 'option maxRotateEveryDays raised',
      yaml: withToken('      secret: T\n      rotateEveryDays: 400\n      lastRotated: 2026-10-28\n', 'rules:\n  token-rotation: { maxRotateEveryDays: 500 }\n'),
    },
  ],
  invalid: [
    {
      name: 'never expires, no policy',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: T
            expires: never
                     ^^^^^ noPolicy
      `,
      errors: [
        {
          messageId: 'noPolicy',
          severity: 'warn',
          message: 'The token of shop-prod never expires and has no rotation policy.',
          suggestion: 'Add rotateEveryDays (e.g. 90) and lastRotated, or use expires: 60d.',
        },
      ],
    },
    {
      name: 'expires omitted means never: points at the token',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: T
            ^^^^^^
      `,
      errors: [{ messageId: 'noPolicy', data: { user: 'shop-prod' } }],
    },
    {
      name: 'overdue',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: T
            expires: never
            rotateEveryDays: 30
            lastRotated: 2026-10-01
                         ^^^^^^^^^^ overdue
      `,
      errors: [{ messageId: 'overdue', message: 'last rotated on 2026-10-01, 57 days ago; the policy is every 30 days.' }],
    },
    {
      name: '60-day token with a longer period, and made more than 60 days ago: expired, an error',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: T
            expires: 60d
            rotateEveryDays: 90
                             ^^ over60
            lastRotated: 2026-09-01
                         ^^^^^^^^^^ expired
      `,
      errors: [
        { messageId: 'over60' },
        {
          messageId: 'expired',
          severity: 'error',
          message: 'The token of shop-prod expires 60 days after it is made and was made on 2026-09-01, 87 days ago: it no longer works.',
        },
      ],
    },
    {
      name: '60-day token rotated every 30 days, 45 days ago: overdue, still working',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: T
            expires: 60d
            rotateEveryDays: 30
            lastRotated: 2026-10-13
                         ^^^^^^^^^^ overdue
      `,
      errors: [{ messageId: 'overdue', message: '45 days ago; the policy is every 30 days' }],
    },
    {
      name: 'severity from rules:, too long, no lastRotated (notice)',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: T
            ^^^^^^ noLastRotated
            rotateEveryDays: 400
                             ^^^ tooLong
      rules:
        token-rotation: error
      `,
      errors: [
        { messageId: 'noLastRotated', severity: 'error' },
        { messageId: 'tooLong', severity: 'error', suggestion: 'Set rotateEveryDays to 365 or less.' },
      ],
    },
    {
      name: 'date in the future',
      yaml: manifest`
        - name: shop-prod
          role: system_user
          environment: production
          useCases: [page_content]
          token:
            secret: T
            rotateEveryDays: 30
            lastRotated: 2027-01-01
                         ^^^^^^^^^^ future
      `,
      errors: [{ messageId: 'future' }],
    },
  ],
});
