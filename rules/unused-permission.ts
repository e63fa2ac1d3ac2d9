import { defineRule } from '../src/rule.js';
import { callsEvidence } from '../src/calls/evidence.js';

export default defineRule({
  id: 'unused-permission',
  kind: 'code',
  defaultSeverity: 'warn',
  description: "Warn about declared permissions that none of the system user's Graph API calls in the code needs.",
  rationale:
    "Meta's advice is to scope every token to what it needs: a leaked token can do everything its permissions allow. graphguard reads the Graph API calls in the code, attributes them to system users (the declared `token.secret` a file reads, or the user's `code:` globs) and looks each up in data/endpoints.json. A declared permission that none of a user's calls needs is a candidate for removal. The rule speaks only when it can: the user has at least one attributed call, none of them is unresolved (a variable edge or computed URL could need anything) or unknown to the endpoint table, and the whole repository was read (not `--changed-only`). The finding is at the permission in the manifest; its `related` locations are the calls that were read.",
  sources: [
    'https://developers.facebook.com/docs/permissions',
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
  ],
  messages: {
    unused: {
      message: 'System user {{user}} declares `{{permission}}`, which none of its {{count}} Graph API call(s) in the code needs.',
      suggestion: "Remove `{{permission}}` from {{user}}'s permissions and its token, or attribute the code that needs it to {{user}} (its token.secret or `code:` globs).",
    },
  },
  // The work is on the whole scan's calls (checkCalls); no file is given to checkFile.
  needles: () => [],
  checkFile() {},
  checkCalls(ctx) {
    for (const u of ctx.calls.users) {
      if (u.permissions.unused.length === 0) continue;
      const related = callsEvidence(u);
      const declared = u.user.permissions ?? [];
      for (const permission of u.permissions.unused)
        ctx.reportManifest({
          messageId: 'unused',
          path: ['systemUsers', u.index, 'permissions', declared.indexOf(permission)],
          data: { user: u.name, permission, count: u.calls.length },
          related,
        });
    }
  },
});
