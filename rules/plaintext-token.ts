import { createHash } from 'node:crypto';
import { defineRule, type JsonPath } from '../src/rule.js';
import { findManifestSecrets, secretsInString, type ManifestSecret } from '../src/manifest/secrets.js';
import { yamlComments } from '../src/manifest/comments.js';
import { detectSecrets } from '../src/secrets/detect.js';
import { Secret } from '../src/secrets/secret.js';

const WHAT: Record<ManifestSecret['kind'], string> = {
  'access-token': 'a Meta access token',
  'instagram-token': 'an Instagram access token',
  'instagram-basic-display-token': 'an Instagram Basic Display token',
  'threads-token': 'a Threads access token',
  'app-access-token': 'an app access token ({app-id}|{app-secret})',
  'app-or-client-token': 'an app access token or client token ({app-id}|{32 hex})',
  'app-secret': 'an app secret (32 hex)',
  'pasted-value': 'a secret value',
};
const REVOKE: Record<ManifestSecret['kind'], string> = {
  'access-token': 'Revoke the token',
  'instagram-token': 'Revoke the token',
  'instagram-basic-display-token': 'Revoke the token',
  'threads-token': 'Revoke the token',
  'app-access-token': 'Reset the app secret in the App Dashboard',
  'app-or-client-token': 'Reset the app secret (or the client token) in the App Dashboard',
  'app-secret': 'Reset the app secret in the App Dashboard',
  'pasted-value': 'Change that credential wherever it is used',
};

/** `systemUsers[0].token.secret`, without the value of any segment that is itself the secret. */
function where(path: JsonPath, key: boolean): string {
  const segs = key ? path.slice(0, -1) : path;
  let out = '';
  for (const seg of segs) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || '(top level)';
}

function isTokenSecret(path: JsonPath, key: boolean): boolean {
  return !key && path.length === 4 && path[0] === 'systemUsers' && path[2] === 'token' && path[3] === 'secret';
}

export default defineRule({
  id: 'plaintext-token',
  kind: 'manifest',
  defaultSeverity: 'error',
  description: 'Forbid access tokens, app access tokens and app secrets written into the manifest.',
  rationale:
    'The manifest is committed, so whatever it holds stays in the repository\'s history, readable by everyone with read access and by every fork. Meta says access tokens "are considered sensitive and should be kept confidential at all times" and that an app "should never have an access token hard-coded into it"; an app secret (and the app access token `{app-id}|{app-secret}` built from it) is the app\'s password. The manifest names the CI secret that holds a token (`token.secret: META_SHOP_PROD_TOKEN`), never the token itself; the classic mistake is pasting the token where its name belongs. The rule runs even when the manifest is not schema-valid, and shows only the redacted form (the first 4 characters and the length).',
  sources: [
    'https://developers.facebook.com/docs/facebook-login/access-tokens/security',
    'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
    'https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens',
  ],
  acceptsInvalidManifest: true,
  messages: {
    tokenInSecretName: {
      message: '`token.secret` of {{user}} holds what looks like {{what}} ({{redacted}}), not the NAME of the CI secret that holds it.',
      suggestion:
        '{{revoke}} now (the value stays in the repository history), store the new value as a CI secret, and write that secret\'s name here, e.g. `secret: META_TOKEN`.',
    },
    secretValue: {
      message: '`{{where}}` holds what looks like {{what}} ({{redacted}}); the manifest must never hold secret values.',
      suggestion: '{{revoke}} now (the value stays in the repository history) and keep the new one in a CI secret.',
    },
    secretInComment: {
      message: 'A comment in the manifest holds what looks like {{what}} ({{redacted}}); the manifest must never hold secret values.',
      suggestion: '{{revoke}} now (the value stays in the repository history) and delete it from the comment.',
    },
    secretKey: {
      message: 'A key in `{{where}}` looks like {{what}} ({{redacted}}); the manifest must never hold secret values.',
      suggestion: '{{revoke}} now (the value stays in the repository history) and remove the key.',
    },
    secretInText: {
      message: 'The manifest holds what looks like {{what}} ({{redacted}}) outside any value, key or comment (a directive or a tag); the manifest must never hold secret values.',
      suggestion: '{{revoke}} now (the value stays in the repository history) and delete it from the manifest.',
    },
  },
  check(ctx) {
    // ctx.manifest is the raw parsed YAML here when the schema failed (ctx.valid false): walk it untyped.
    const raw: unknown = ctx.manifest;
    /** The values reported: the last sweep reports only what none of them holds. */
    const reported: string[] = [];
    for (const s of findManifestSecrets(raw)) {
      reported.push(s.value.reveal());
      const data = { what: WHAT[s.kind], redacted: String(s.value), revoke: REVOKE[s.kind] };
      // A hash, never the value: the fingerprint is built from the anchor. Every form the scanner finds keeps 112
      // bits or more past the 4 characters the message shows (no declared value is reported here), out of a
      // search's reach. A value pasted into `token.secret` may be a short password: no function of it at all, its
      // place (the user's `token.secret`, which the fingerprint names) is the anchor.
      const anchor = s.kind === 'pasted-value' ? 'pasted value' : createHash('sha256').update(s.value.reveal()).digest('hex').slice(0, 16);
      if (isTokenSecret(s.path, s.key)) {
        const u = (raw as { systemUsers?: unknown[] }).systemUsers?.[s.path[1] as number] as { name?: unknown } | undefined;
        const user = typeof u?.name === 'string' && findManifestSecrets(u.name).length === 0 ? u.name : `systemUsers[${String(s.path[1])}]`;
        ctx.report({ messageId: 'tokenInSecretName', path: s.path, anchor, secret: s.value, data: { ...data, user } });
      } else if (s.key) ctx.report({ messageId: 'secretKey', path: s.path, key: true, anchor, secret: s.value, data: { ...data, where: where(s.path, true) } });
      else ctx.report({ messageId: 'secretValue', path: s.path, anchor, secret: s.value, data: { ...data, where: where(s.path, false) } });
    }
    // Comments are committed too: a token pasted into a `# …` line is as public as one in a value.
    if (ctx.manifestText === undefined) return;
    const app = (raw as { app?: { id?: unknown } } | null)?.app;
    const appId = typeof app?.id === 'string' ? app.id : undefined;
    for (const c of yamlComments(ctx.manifestText, (fromHash) => secretsInString(fromHash, undefined, appId).length > 0)) {
      for (const f of secretsInString(c.text, undefined, appId)) {
        const value = new Secret(c.text.slice(f.start, f.end));
        reported.push(value.reveal());
        const anchor = createHash('sha256').update(value.reveal()).digest('hex').slice(0, 16);
        ctx.report({
          messageId: 'secretInComment',
          path: [],
          at: { start: c.start + f.start, end: c.start + f.end },
          anchor,
          secret: value,
          data: { what: WHAT[f.kind], redacted: String(value), revoke: REVOKE[f.kind] },
        });
      }
    }
    // The rest of the text, with the scanner's own forms: a token in a directive (`%TAG !x! EAA…`), a
    // tag, or a `!!binary` value (decoded to bytes, no string holds it) is as committed as a value.
    const text = ctx.manifestText;
    for (const m of detectSecrets(text, { path: '', ...(appId ? { appId } : {}) })) {
      if (m.kind === 'declared-secret') continue;
      const found = text.slice(m.start, m.end);
      if (reported.some((v) => v.includes(found))) continue;
      const value = new Secret(found);
      const kind = m.kind as ManifestSecret['kind'];
      ctx.report({
        messageId: 'secretInText',
        path: [],
        at: { start: m.start, end: m.end },
        anchor: createHash('sha256').update(found).digest('hex').slice(0, 16),
        secret: value,
        data: { what: WHAT[kind] ?? 'a secret', redacted: String(value), revoke: REVOKE[kind] ?? 'Revoke it' },
      });
    }
  },
});
