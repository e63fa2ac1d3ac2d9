import { defineRule } from '../src/rule.js';
import { liveRoleOf, manifestRoleOf, matchUsers } from '../src/live-model.js';

export default defineRule({
  id: 'live-role-drift',
  kind: 'live',
  defaultSeverity: 'error',
  description: 'Report system users whose live role differs from the declared role.',
  rationale:
    'An admin system user can do everything in the business, assign assets and create tokens; an employee system user reaches only its assigned assets. The system_users edge returns the base role, `ADMIN` or `EMPLOYEE`, which correspond to the manifest roles `admin` and `system_user`. A user raised to admin outside the manifest is the drift that matters most.',
  sources: [
    'https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users',
    'https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions',
  ],
  messages: {
    drift: {
      message: 'System user {{user}} is declared as {{declared}} but its live role is {{live}} ({{liveAs}}).',
      suggestion: 'Set role: {{liveAs}} if that is intended, or change the role in the business to {{expected}}.',
    },
    unknownRole: {
      message: 'System user {{user}} is declared as {{declared}} but its live role is {{live}}, which is neither ADMIN nor EMPLOYEE.',
      suggestion: 'Change the role in the business to {{expected}}.',
    },
  },
  check(ctx) {
    for (const { user, index, live } of matchUsers(ctx.manifest, ctx.live)?.matches ?? []) {
      if (!live) continue;
      const liveAs = manifestRoleOf(live.role);
      if (liveAs === user.role) continue;
      const data = { user: user.name, declared: user.role, live: live.role, expected: liveRoleOf(user.role) };
      const path = ['systemUsers', index, 'role'];
      if (liveAs) ctx.report({ messageId: 'drift', path, data: { ...data, liveAs } });
      else ctx.report({ messageId: 'unknownRole', path, data });
    }
  },
});
