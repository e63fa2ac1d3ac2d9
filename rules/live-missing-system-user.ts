import { defineRule } from '../src/rule.js';
import { matchUsers } from '../src/live-model.js';

export default defineRule({
  id: 'live-missing-system-user',
  kind: 'live',
  defaultSeverity: 'error',
  description: 'Report declared system users that do not exist in the live business.',
  rationale:
    'A declared system user id that the business does not have means the manifest describes access that is not there: the user was deleted, recreated with a new id, or belongs to another business. Whatever reviews the manifest then reviews fiction. A declared user without an id is matched by exact name; when no live user has that name it is reported as a notice, since it may only be named differently.',
  sources: [
    'https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users',
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
  ],
  messages: {
    missing: {
      message: 'System user {{user}} is declared with id {{id}}, but business {{business}} has no system user with that id.',
      suggestion: 'Fix the id (see Business Settings > System users), or remove {{user}} from the manifest.',
    },
    notFoundByName: {
      message: 'System user {{user}} declares no id, and business {{business}} has no system user named {{user}}.',
      suggestion: 'Add the live id: id: "<digits>", so live checks can match it.',
    },
  },
  check(ctx) {
    const matching = matchUsers(ctx.manifest, ctx.live);
    if (!matching) return;
    const business = ctx.live.businessId;
    for (const { user, index, live } of matching.matches) {
      if (live) continue;
      if (user.id !== undefined)
        ctx.report({ messageId: 'missing', path: ['systemUsers', index, 'id'], data: { user: user.name, id: user.id, business } });
      else ctx.report({ messageId: 'notFoundByName', path: ['systemUsers', index, 'name'], severity: 'notice', data: { user: user.name, business } });
    }
  },
});
