import { defineRule } from '../src/rule.js';
import { withArticle } from '../src/text.js';
import { declaredUserOfLiveId, isExpired, isoDate, matchUsers, MAX_DATE_SECONDS } from '../src/live-model.js';

export default defineRule({
  id: 'live-token-invalid',
  kind: 'live',
  defaultSeverity: 'error',
  description: 'Verify with debug_token that each declared token is a valid system-user token of the app and of its user, with the declared lifetime.',
  rationale:
    'debug_token tells what a token really is: whether it is valid, its type, the app that issued it, the user it acts for and when it expires (0 = never). A declared token that is invalid or expired breaks the integration; one of another app, another system user, or not a system-user token at all (a person\'s USER token, a PAGE token) means the secret does not hold what the manifest says, and every other check about that user is about the wrong token. Its `expires_at` also says which of Meta\'s two kinds of system-user token it is: 0 for a non-expiring token ("Never expires"; "You can tolerate the risk of leaked access tokens"), a date for an expiring one ("Valid for 60 days"; "You want to limit the risk of leaked access tokens"). A token declared `expires: 60d` that never expires is an error: the manifest hides an unbounded lifetime, and the `60d` claim also excuses the token from token-rotation\'s rotation policy. A token declared `expires: never` (or with no `expires`, which means never) that does expire is a warning: the integration stops working when it does. A token whose variable is not set is skipped with a notice.',
  sources: [
    'https://developers.facebook.com/docs/graph-api/reference/debug_token',
    'https://developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling',
    'https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens',
    'https://developers.facebook.com/docs/whatsapp/permissions',
  ],
  messages: {
    unset: {
      message: 'The token of {{user}} was not checked: env var {{envVar}} is not set.',
      suggestion: 'Set {{envVar}} in the environment of the live check to verify the token.',
    },
    invalid: {
      message: 'The token of {{user}} (env var {{envVar}}) is invalid: {{reason}}.',
      suggestion: 'Generate a new token for {{user}} and update {{envVar}}.',
    },
    expired: {
      message: 'The token of {{user}} (env var {{envVar}}) expired on {{expired}}.',
      suggestion: 'Generate a new token for {{user}} and update {{envVar}}.',
    },
    neverExpires: {
      message: 'The token of {{user}} (env var {{envVar}}) never expires (debug_token expires_at: 0), though the manifest declares expires: 60d.',
      suggestion:
        'Replace it with a 60-day token (`graphguard rotate {{user}}` generates one with set_token_expires_in_60_days=true and revokes the old one), or declare expires: never with a rotateEveryDays policy.',
    },
    expiresButNever: {
      message: 'The token of {{user}} (env var {{envVar}}) expires on {{expires}}, though the manifest declares {{declared}}.',
      suggestion: 'Declare expires: 60d and rotate the token before it expires, or generate a non-expiring token for {{user}} and update {{envVar}}.',
    },
    notSystemUser: {
      message: 'The token of {{user}} (env var {{envVar}}) is {{aType}} token, not a system-user token.',
      suggestion: 'Put a token generated for system user {{user}} in {{envVar}}.',
    },
    otherApp: {
      message: 'The token of {{user}} (env var {{envVar}}) was issued for {{appId}}, not app {{expected}}.',
      suggestion: 'Generate the token for {{user}} through app {{expected}}, or fix app.id.',
    },
    otherUser: {
      message: 'The token of {{user}} (env var {{envVar}}) belongs to {{owner}}, not to {{user}} ({{expected}}).',
      suggestion: 'Put the token of {{user}} in {{envVar}}, or fix the declared id.',
    },
  },
  check(ctx) {
    const { live, manifest } = ctx;
    for (const { user, index, live: liveUser } of matchUsers(manifest, live)?.matches ?? manifest.systemUsers.map((user, index) => ({ user, index, live: undefined }))) {
      const state = live.tokens[user.name];
      if (!user.token || !state) continue;
      const path = ['systemUsers', index, 'token'];
      const data = { user: user.name, envVar: state.envVar };
      if (state.state === 'unset') {
        ctx.report({ messageId: 'unset', path, severity: 'notice', data });
        continue;
      }
      if (state.state !== 'checked') continue; // named in `incomplete`
      const info = state.info;
      if (info.foreignApp) {
        ctx.report({ messageId: 'otherApp', path, data: { ...data, appId: 'another app', expected: manifest.app?.id ?? 'app.id' } });
        continue;
      }
      if (!info.isValid) {
        const e = info.error;
        const reason = e?.message ? e.message.replace(/\.$/, '') : `debug_token says is_valid: false${e?.code ? ` (code ${e.code}${e.subcode ? `/${e.subcode}` : ''})` : ''}`;
        ctx.report({ messageId: 'invalid', path, data: { ...data, reason } });
        continue;
      }
      const expired = isExpired(info, ctx.today);
      if (expired) ctx.report({ messageId: 'expired', path, data: { ...data, expired: isoDate(info.expiresAt!) } });
      // The declared lifetime against debug_token's (0 = never expires), for a system-user token that still works.
      // No `expires` means never (as token-rotation reads it): the finding is then at `token`.
      if (info.type === 'SYSTEM_USER' && !expired && info.expiresAt !== undefined) {
        const declared = user.token.expires ?? 'never';
        const expiresPath = user.token.expires === undefined ? path : [...path, 'expires'];
        if (declared === '60d' && info.expiresAt === 0) ctx.report({ messageId: 'neverExpires', path: expiresPath, data });
        else if (declared === 'never' && info.expiresAt > 0) {
          const expires = info.expiresAt < MAX_DATE_SECONDS ? isoDate(info.expiresAt) : `a date too far to print (expires_at ${info.expiresAt})`;
          const what = user.token.expires === undefined ? 'no expires (never, by default)' : 'expires: never';
          ctx.report({ messageId: 'expiresButNever', path: expiresPath, severity: 'warn', data: { ...data, expires, declared: what } });
        }
      }
      if (info.type !== 'SYSTEM_USER') ctx.report({ messageId: 'notSystemUser', path, data: { ...data, aType: withArticle(info.type ?? 'unknown') } });
      const appId = manifest.app?.id;
      if (appId !== undefined && info.appId !== appId)
        ctx.report({ messageId: 'otherApp', path, data: { ...data, appId: info.appId ? `app ${info.appId}` : 'an unknown app', expected: appId } });
      const expectedId = user.id ?? liveUser?.id;
      if (expectedId !== undefined && info.type === 'SYSTEM_USER' && info.userId !== expectedId) {
        const owner = declaredUserOfLiveId(manifest, live, info.userId);
        const liveOwner = live.systemUsers?.find((u) => u.id === info.userId);
        const who = owner
          ? `system user ${owner.user.name} (${info.userId})`
          : liveOwner
            ? `undeclared system user ${liveOwner.name} (${info.userId})`
            : `user ${info.userId ?? 'unknown'}`;
        ctx.report({ messageId: 'otherUser', path, data: { ...data, owner: who, expected: expectedId } });
      }
    }
  },
});
