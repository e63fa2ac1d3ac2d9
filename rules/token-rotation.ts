import { defineRule } from '../src/rule.js';
import { daysBetween } from '../src/dates.js';
import { o } from '../src/options.js';
import { usersWithIndex } from '../src/manifest/model.js';

/** Days between two YYYY-MM-DD dates (b - a). */

export default defineRule({
  id: 'token-rotation',
  kind: 'manifest',
  defaultSeverity: 'warn',
  description: 'Require a rotation policy for non-expiring tokens and rotation within it.',
  rationale:
    'Meta offers system-user tokens that never expire and tokens that expire after 60 days, and suggests the expiring kind when "you want to limit the risk of leaked access tokens". A non-expiring token is acceptable only with a rotation policy that is kept: `rotateEveryDays` and a `lastRotated` date within it. A 60-day token cannot be rotated less often than every 60 days, since it stops working. Rotating means generating a new token (`POST /{system-user-id}/access_tokens`) and revoking the old one; Meta\'s only revocation for system-user tokens, `DELETE /{system-user-id}/access_tokens`, revokes every token of that user at once.',
  sources: [
    'https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens',
    'https://developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling',
    'https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user',
  ],
  options: o.object({
    maxRotateEveryDays: o.integer({
      minimum: 1,
      default: 365,
      description: 'The longest rotation period accepted for a non-expiring token.',
    }),
  }),
  messages: {
    noPolicy: {
      message: 'The token of {{user}} never expires and has no rotation policy.',
      suggestion: 'Add rotateEveryDays (e.g. 90) and lastRotated, or use expires: 60d.',
    },
    overdue: {
      message: 'The token of {{user}} was last rotated on {{lastRotated}}, {{age}} days ago; the policy is every {{every}} days.',
      suggestion:
        'Rotate the token now (`graphguard rotate {{user}}` plans it: a new token through the app, then DELETE /{system-user-id}/access_tokens, which revokes EVERY token of that user) and set lastRotated to the date you did.',
    },
    expired: {
      message: 'The token of {{user}} expires 60 days after it is made and was made on {{lastRotated}}, {{age}} days ago: it no longer works.',
      suggestion:
        'Generate a new token (`graphguard rotate {{user}}` plans it) and set lastRotated to the date you did; until then every call with it fails with error 190.',
    },
    over60: {
      message: 'The token of {{user}} expires after 60 days but rotateEveryDays is {{every}}.',
      suggestion: 'Set rotateEveryDays to 60 or less: the token stops working after 60 days.',
    },
    tooLong: {
      message: 'The token of {{user}} is rotated every {{every}} days, longer than the {{max}}-day maximum.',
      suggestion: 'Set rotateEveryDays to {{max}} or less.',
    },
    noLastRotated: {
      message: 'The token of {{user}} has a rotation policy but no lastRotated date, so its age cannot be checked.',
      suggestion: 'Add lastRotated: YYYY-MM-DD.',
    },
    future: {
      message: 'The token of {{user}} has lastRotated {{lastRotated}}, a date after today ({{today}}).',
      suggestion: 'Fix the date.',
    },
  },
  check(ctx, options) {
    for (const [user, ui] of usersWithIndex(ctx.manifest)) {
      const t = user.token;
      if (!t) continue;
      const p = ['systemUsers', ui, 'token'];
      const expires = t.expires ?? 'never';
      const every = t.rotateEveryDays;
      if (expires === '60d') {
        if (every !== undefined && every > 60)
          ctx.report({ messageId: 'over60', path: [...p, 'rotateEveryDays'], data: { user: user.name, every } });
      } else if (every === undefined) {
        ctx.report({ messageId: 'noPolicy', path: t.expires ? [...p, 'expires'] : p, data: { user: user.name } });
        continue;
      } else if (every > options.maxRotateEveryDays) {
        ctx.report({ messageId: 'tooLong', path: [...p, 'rotateEveryDays'], data: { user: user.name, every, max: options.maxRotateEveryDays } });
      }
      // A 60-day token stops working after 60 days whatever the declared period.
      const period = expires === '60d' ? Math.min(every ?? 60, 60) : every;
      if (period === undefined) continue;
      if (!t.lastRotated) {
        if (every !== undefined) ctx.report({ messageId: 'noLastRotated', path: p, severity: 'notice', data: { user: user.name } });
        continue;
      }
      const age = daysBetween(t.lastRotated, ctx.today);
      if (Number.isNaN(age)) continue; // manifest-schema checks the date's form
      if (age < 0) ctx.report({ messageId: 'future', path: [...p, 'lastRotated'], data: { user: user.name, lastRotated: t.lastRotated, today: ctx.today } });
      // A 60-day token past 60 days is not overdue but dead (Meta: "valid for 60 days"): an error whatever
      // the rule's severity for a late rotation.
      else if (expires === '60d' && age > 60)
        ctx.report({ messageId: 'expired', path: [...p, 'lastRotated'], severity: 'error', data: { user: user.name, lastRotated: t.lastRotated, age } });
      else if (age > period)
        ctx.report({ messageId: 'overdue', path: [...p, 'lastRotated'], data: { user: user.name, lastRotated: t.lastRotated, age, every: period } });
    }
  },
});
