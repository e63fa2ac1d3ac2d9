import { defineRule } from '../src/rule.js';
import { getPermission, isImplicitPermission } from '../src/data.js';
import { usersWithIndex } from '../src/manifest/model.js';

export default defineRule({
  id: 'app-review',
  kind: 'manifest',
  defaultSeverity: 'error',
  description: 'Require every permission of a production system user to be approved in App Review, when app.reviewedPermissions is declared.',
  rationale:
    'Business apps get Standard Access to every permission automatically, but Meta says "Permissions with Standard Access can only be requested from app users who have a role on the requesting app"; serving production data beyond that takes Advanced Access, which "must be approved on an individual permission and feature basis through the App Review process", and Meta\'s system-user guide lists App Review for the permissions a system user needs among its prerequisites. When the manifest records what App Review approved (`app.reviewedPermissions`), a production token that needs anything else will fail where it matters. Test system users are exempt: they work on the business\'s own test assets, which Standard Access covers.',
  sources: [
    'https://developers.facebook.com/docs/graph-api/overview/access-levels',
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
    'https://developers.facebook.com/docs/app-review',
  ],
  messages: {
    notReviewed: {
      message: 'Production system user {{user}} uses `{{permission}}`, which is not in app.reviewedPermissions ({{reviewed}}).',
      suggestion: 'Get `{{permission}}` approved in App Review (Advanced Access) and add it to app.reviewedPermissions, or remove it from the user\'s permissions.',
    },
  },
  check(ctx) {
    const m = ctx.manifest;
    const list = m.app?.reviewedPermissions;
    if (!list) return;
    const reviewed = new Set(list);
    for (const [user, ui] of usersWithIndex(m)) {
      if (user.environment !== 'production') continue; // test users: Standard Access; admins: admin-scope
      (user.permissions ?? []).forEach((p, pi) => {
        // Implicit permissions (public_profile) are granted to every app without review.
        if (reviewed.has(p) || isImplicitPermission(p)) return;
        // Unknown, deprecated and retired names are other rules' findings (unknown-permission,
        // deprecated-permission: replace them); review is not asked for a name being replaced.
        if (getPermission(p)?.status !== 'current') return;
        ctx.report({
          messageId: 'notReviewed',
          path: ['systemUsers', ui, 'permissions', pi],
          anchor: p,
          data: { user: user.name, permission: p, reviewed: list.length ? list.join(', ') : 'empty' },
        });
      });
    }
  },
});
