import { defineRule } from '../src/rule.js';
import { daysSince, isoDate } from '../src/live-model.js';

export default defineRule({
  id: 'live-token-age',
  kind: 'live',
  defaultSeverity: 'warn',
  description: 'Check the live issued_at of each declared token against its rotation policy.',
  rationale:
    'token-rotation trusts the `lastRotated` date a person wrote; debug_token\'s `issued_at` says when the token in the secret was really issued. A token older than `rotateEveryDays` (or than 60 days for a 60-day token without one) has not been rotated, whatever the manifest says. Meta notes that `issued_at` is "not returned for short-lived access tokens": without it there is no age finding.',
  sources: [
    'https://developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling',
    'https://developers.facebook.com/docs/graph-api/reference/debug_token',
  ],
  messages: {
    old: {
      message: 'The token of {{user}} (env var {{envVar}}) was issued on {{issued}}, {{age}} days ago; the rotation policy is every {{every}} days.',
      suggestion:
        'Rotate the token: generate a new one, update {{envVar}}, revoke the old one (DELETE /{system-user-id}/access_tokens revokes every token of {{user}}; `graphguard rotate {{user}}` plans all of it), and set lastRotated.',
    },
  },
  check(ctx) {
    ctx.manifest.systemUsers.forEach((user, index) => {
      const t = user.token;
      const state = ctx.live.tokens[user.name];
      if (!t || state?.state !== 'checked' || !state.info.isValid) return;
      const issued = state.info.issuedAt;
      if (issued === undefined || issued <= 0) return;
      const every = t.rotateEveryDays ?? (t.expires === '60d' ? 60 : undefined);
      if (every === undefined) return; // token-rotation reports the missing policy
      const age = daysSince(issued, ctx.today);
      if (age <= every) return;
      ctx.report({
        messageId: 'old',
        path: ['systemUsers', index, 'token'],
        data: { user: user.name, envVar: state.envVar, issued: isoDate(issued), age, every },
      });
    });
  },
});
