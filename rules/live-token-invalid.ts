import { defineRule } from '../src/rule.js';
import { declaredUserOfLiveId, isExpired, isoDate, matchUsers } from '../src/live-model.js';

export default defineRule({
  id: 'live-token-invalid',
  kind: 'live',
  defaultSeverity: 'error',
  description: 'Verify with debug_token that each declared token is a valid system-user token of the app and of its user.',
  rationale:
    'debug_token tells what a token really is: whether it is valid, its type, the app that issued it, the user it acts for and when it expires (0 = never). A declared token that is invalid or expired breaks the integration; one of another app, another system user, or not a system-user token at all (a person\'s USER token, a PAGE token) means the secret does not hold what the manifest says, and every other check about that user is about the wrong token. A token whose variable is not set is skipped with a notice.',
  sources: [
    'https://developers.facebook.com/docs/graph-api/reference/debug_token',
    'https://developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling',
    'https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens',
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
    notSystemUser: {
      message: 'The token of {{user}} (env var {{envVar}}) is a {{type}} token, not a system-user token.',
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
      if (isExpired(info, ctx.today)) ctx.report({ messageId: 'expired', path, data: { ...data, expired: isoDate(info.expiresAt!) } });
      if (info.type !== 'SYSTEM_USER') ctx.report({ messageId: 'notSystemUser', path, data: { ...data, type: info.type ?? 'unknown' } });
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
