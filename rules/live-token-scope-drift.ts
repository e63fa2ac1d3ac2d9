import { defineRule } from '../src/rule.js';
import { isImplicitPermission } from '../src/data.js';

export default defineRule({
  id: 'live-token-scope-drift',
  kind: 'live',
  defaultSeverity: 'error',
  description: 'Report declared tokens whose live debug_token scopes exceed the declared permissions.',
  rationale:
    'A token can do what its scopes allow, whatever the manifest says; debug_token lists them ("scopes: permissions granted in this token"). Scopes beyond the declared permissions are access that least-privilege reviews never saw. Declared permissions the token lacks are a notice: the integration may fail, but nothing leaks. Scopes Meta grants every app (`public_profile`, marked `implicit` in data/permissions.json) are left out of both comparisons.',
  sources: [
    'https://developers.facebook.com/docs/graph-api/reference/debug_token',
    'https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens',
  ],
  messages: {
    extra: {
      message: 'The token of {{user}} (env var {{envVar}}) has scopes {{extra}} live that its declared permissions do not include.',
      suggestion: 'Generate a new token with only [{{declared}}], or declare {{extra}} if its use cases need them.',
    },
    missing: {
      message: 'The token of {{user}} (env var {{envVar}}) lacks the declared permissions {{missing}} live.',
      suggestion: 'Generate a new token that includes {{missing}}, or remove them from permissions.',
    },
  },
  check(ctx) {
    ctx.manifest.systemUsers.forEach((user, index) => {
      const state = ctx.live.tokens[user.name];
      if (!user.token || state?.state !== 'checked' || !state.info.isValid) return;
      const declared = user.permissions ?? [];
      const scopes = state.info.scopes;
      const path = ['systemUsers', index, 'permissions'];
      const data = { user: user.name, envVar: state.envVar, declared: declared.join(', ') || 'no permissions' };
      // Scopes Meta grants every app (public_profile) are implicit: never drift, whether declared or not.
      const extra = scopes.filter((s) => !declared.includes(s) && !isImplicitPermission(s)).sort();
      if (extra.length) ctx.report({ messageId: 'extra', path, anchor: extra.join(','), data: { ...data, extra: extra.join(', ') } });
      const missing = declared.filter((p) => !scopes.includes(p) && !isImplicitPermission(p)).sort();
      if (missing.length)
        ctx.report({ messageId: 'missing', path, anchor: missing.join(','), severity: 'notice', data: { ...data, missing: missing.join(', ') } });
    });
  },
});
