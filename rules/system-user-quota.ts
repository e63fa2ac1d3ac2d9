import { defineRule } from '../src/rule.js';
import { accessLevels, quotaLevel } from '../src/data.js';
import { usersWithIndex } from '../src/manifest/model.js';

export default defineRule({
  id: 'system-user-quota',
  kind: 'manifest',
  defaultSeverity: 'error',
  description: "Limit system users and admin system users to the app's access-level quota.",
  rationale:
    'Meta: "Meta limits the number of system users per business manager based on your app\'s access level", and "You can only have one system admin user per Business Manager account". A manifest that declares more cannot be made real: the extra system users cannot be created, and a deployment that expects them fails. Meta\'s "Plan your integration" guide tables the quota per access level: development 1/1, basic 3/1, standard 10/1 (system users / admin system users); the Marketing API Access Tier names limited and full count as development and standard. `app.quota` overrides the numbers where Meta granted a business a different limit.',
  sources: [
    'https://developers.facebook.com/documentation/ads-commerce/commerce-platform/best-practices/integration',
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
    'https://developers.facebook.com/documentation/ads-commerce/marketing-api/overview/rate-limiting',
    'https://developers.facebook.com/documentation/ads-commerce/marketing-api/collaborative-ads/managed-partner-ads/api-guide/prerequisites/create-system-user',
  ],
  messages: {
    tooMany: {
      message: 'System user {{user}} is over the quota: {{declared}} declared but {{limit}} allows {{max}}.',
      suggestion: 'Remove system users you no longer need or merge ones with the same access; if Meta granted a higher limit, record it in app.quota.systemUsers.',
    },
    tooManyAdmins: {
      message: 'Admin system user {{user}} is over the quota: {{declared}} declared but {{limit}} allows {{max}}.',
      suggestion: 'Keep no more admin system users than the quota ({{max}}) and make the others role: system_user with only the access they need, or remove them.',
    },
  },
  check(ctx) {
    const app = ctx.manifest.app;
    const level = app?.accessLevel;
    // No access level declared: assume standard, the most generous level, so only certain excess is reported.
    const quota = quotaLevel(level ?? 'standard');
    const base = accessLevels[quota];
    const levelText = !level
      ? 'the standard access level (assumed: app.accessLevel is not set)'
      : level === quota
        ? `the ${level} access level`
        : `the ${level} access tier (the ${quota} access level)`;
    const limits = [
      { kind: 'system_user' as const, noun: 'system user', messageId: 'tooMany' as const, max: app?.quota?.systemUsers, fallback: base.systemUsers },
      { kind: 'admin' as const, noun: 'admin system user', messageId: 'tooManyAdmins' as const, max: app?.quota?.adminSystemUsers, fallback: base.adminSystemUsers },
    ];
    for (const l of limits) {
      const max = l.max ?? l.fallback;
      const limit = l.max !== undefined ? `app.quota` : levelText;
      const users = [...usersWithIndex(ctx.manifest)].filter(([u]) => u.role === l.kind);
      const over = users[max];
      if (!over) continue;
      const [user, ui] = over;
      ctx.report({
        messageId: l.messageId,
        path: ['systemUsers', ui, 'name'],
        data: { declared: `${users.length} ${l.noun}${users.length === 1 ? ' is' : 's are'}`, limit, max, user: user.name },
      });
    }
  },
});
