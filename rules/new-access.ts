import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'new-access',
  kind: 'diff',
  defaultSeverity: 'warn',
  description: 'Flag access that the head manifest grants and the base manifest did not.',
  rationale:
    'Every system user, permission, asset task and non-expiring token widens what a leaked token can do. Meta\'s system-user guide says to give each system user only the access its integration needs; a change that grants more is the moment a second person should look. In a pull request (and `graphguard diff`), the head manifest is compared with the base commit\'s, user by user, with tasks expanded through their implications: a system user added, a permission added, an asset grant added, a task broader than before, a role raised to admin, or a token changed to `expires: never`. With no manifest at the base, everything is new.',
  sources: [
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
    'https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions',
    'https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens',
  ],
  messages: {
    newAccess: {
      message: '{{change}}',
      suggestion: 'New access needs a reviewer\'s approval: confirm that {{user}} needs it, or remove it from the manifest.',
    },
  },
  check(ctx) {
    for (const change of ctx.changes) {
      if (!change.newAccess || change.side !== 'head') continue;
      // The reviewer text starts with the user's name ("shop-prod gains …") or a phrase ("new system user …").
      const text = change.text.startsWith(change.user) ? change.text : change.text.charAt(0).toUpperCase() + change.text.slice(1);
      ctx.report({
        messageId: 'newAccess',
        path: change.path,
        anchor: change.kind,
        data: { change: `${text}.`, user: change.user },
      });
    }
  },
});
