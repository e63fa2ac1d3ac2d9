import { defineRule } from '../src/rule.js';
import { detectSecrets, secretNeedles, type SecretKind, type SecretMatch } from '../src/secrets/detect.js';
import { secretHash } from '../src/secrets/fingerprint.js';
import { redactSecretsInText } from '../src/secrets/redact.js';
import { codeModel } from '../src/scan/code-model.js';

const MESSAGE_ID = {
  'access-token': 'accessToken',
  'instagram-token': 'instagramToken',
  'instagram-basic-display-token': 'instagramBasicDisplayToken',
  'threads-token': 'threadsToken',
  'app-access-token': 'appAccessToken',
  'app-or-client-token': 'appOrClientToken',
  'app-secret': 'appSecret',
  'declared-secret': 'declaredSecret',
} as const satisfies Record<SecretKind, string>;

/**
 * A finding's fingerprint anchor, which reaches JSON, SARIF and the committed baseline. A declared secret
 * may be as short as 8 characters, and the message shows its first 4 and its length: any fast function
 * of its value would give the rest away in seconds (hunt U3). It is anchored by its name (public, stable
 * across line moves); two occurrences in one file get distinct fingerprints by their order there
 * (`distinctRepeats` in src/findings.ts). Every other detector's value keeps 112 bits or more past the 4
 * characters shown (an `EA…` token's 32+ random characters, a 32-hex secret, an app token's 27+ url-safe
 * characters after a public app id), out of any brute force's reach: its hash tells two tokens apart.
 */
function anchorOf(m: SecretMatch): string {
  return m.kind === 'declared-secret' ? `declared\0${m.name ?? ''}` : secretHash(m.value);
}

export default defineRule({
  id: 'hardcoded-token',
  kind: 'code',
  notesLiveTokens: true,
  defaultSeverity: 'error',
  description:
    'Detect Meta access tokens, app access tokens, app secrets and the values of declared token secrets written into scanned files.',
  rationale:
    'Meta says access tokens "are considered sensitive and should be kept confidential at all times" and that an app "should never have an access token hard-coded into it"; the app secret is the app\'s password, and `{app-id}|{app-secret}` is a working app access token. A committed value stays in the repository\'s history and in every clone and fork, so deleting the line does not undo the leak: the token has to be revoked or the secret reset. The rule finds any `EAA…` token form (user, page and system-user tokens; other scanners only know a few prefixes), app access tokens (also URL-encoded, `%7C`, or with the `|` as an HTML character reference or a string escape), 32-hex app secrets assigned to a name that says secret in a Meta context, and the exact value of every declared `token.secret` present in the environment. Messages show only the redacted form (the first 4 characters and the length); with `--live` each token is checked with `debug_token` and the message says whether it is live and whose it is.',
  sources: [
    'https://developers.facebook.com/docs/facebook-login/access-tokens/security',
    'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
    'https://developers.facebook.com/docs/facebook-login/guides/access-tokens#apptokens',
    'https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens',
  ],
  messages: {
    accessToken: {
      message: 'Hard-coded Meta access token {{redacted}}: anyone who can read this file can call the Graph API as its user.',
      suggestion:
        'Revoke the token now (it stays in the repository history), store a new one as a CI secret, and read it by name, e.g. process.env.META_TOKEN.',
    },
    instagramToken: {
      message:
        'Hard-coded Instagram access token {{redacted}} (Instagram API with Instagram Login): anyone who can read this file can act as the Instagram professional account.',
      suggestion:
        'Revoke the token now (it stays in the repository history): remove the app from the Instagram account\'s connected apps, or reset the app secret. Store a new one as a CI secret and read it by name, e.g. process.env.INSTAGRAM_TOKEN.',
    },
    // Meta announced the Basic Display API's deprecation on 2024-09-04; since 2024-12-04 every request to it
    // returns an error: https://developers.facebook.com/docs/instagram-basic-display-api/getting-started
    instagramBasicDisplayToken: {
      message:
        'Hard-coded Instagram Basic Display token {{redacted}}: anyone who can read this file can read the Instagram account\'s profile and media.',
      suggestion:
        'Revoke the token now (it stays in the repository history): remove the app from the Instagram account\'s connected apps. Meta turned the Basic Display API off on 2024-12-04, so the token no longer works there: move to the Instagram API with Instagram Login and read the new token from a CI secret by name.',
    },
    threadsToken: {
      message: 'Hard-coded Threads access token {{redacted}}: anyone who can read this file can read and post as the Threads account.',
      suggestion:
        'Revoke the token now (it stays in the repository history): remove the app from the Threads account\'s website permissions, or reset the app secret. Store a new one as a CI secret and read it by name, e.g. process.env.THREADS_TOKEN.',
    },
    appOrClientToken: {
      message:
        'Hard-coded app access token (or client token) {{redacted}} ({app-id}|{32 hex}): as {app-id}|{app-secret} it holds the app secret; as {app-id}|{client-token} it identifies the app to Meta.',
      suggestion:
        'If the part after | is the app secret, reset the app secret in the App Dashboard now (it stays in the repository history) and build the app token at run time from a CI secret. If it is the client token (App Dashboard, Settings, Advanced), it belongs in client apps only: keep it out of server code and config, and reset it if it must not be public.',
    },
    appAccessToken: {
      message: 'Hard-coded app access token {{redacted}} ({app-id}|{app-secret}): it holds the app secret.',
      suggestion:
        'Reset the app secret in the App Dashboard now (it stays in the repository history), store the new one as a CI secret, and build the app token from it at run time.',
    },
    appSecret: {
      message: 'Hard-coded app secret {{redacted}} assigned to {{name}}.',
      suggestion:
        'Reset the app secret in the App Dashboard now (it stays in the repository history), store the new one as a CI secret, and read it by name, e.g. process.env.META_APP_SECRET.',
    },
    declaredSecret: {
      message: 'The value of declared secret {{name}} ({{redacted}}), the token of {{user}}, is written into this file.',
      suggestion: 'Rotate the token of {{user}} now (the value stays in the repository history) and reference it by name ({{name}}) instead.',
    },
  },
  // Every detector's needles (`EAA`, an app id before `|`/`%7C`/`&#124;`…, `secret` with a 32-hex run, declared values).
  needles: (ctx) => secretNeedles({ declared: ctx.declaredSecrets }),
  checkFile(ctx) {
    const isManifest = ctx.file.path === ctx.manifestFile;
    const appId = ctx.manifest?.app?.id;
    const matches = detectSecrets(ctx.file.text, {
      path: ctx.file.path,
      ...(appId ? { appId } : {}),
      declared: ctx.declaredSecrets,
    });
    for (const m of matches) {
      // In the manifest, token-shaped values are plaintext-token's findings; only declared values are ours.
      if (isManifest && m.kind !== 'declared-secret') continue;
      // The assigned name comes from the file: redact it too, should it hold a token itself.
      const name = m.name ? redactSecretsInText(m.name) : 'a secret';
      const user = m.kind === 'declared-secret' && ctx.manifest ? (codeModel(ctx.manifest).byName.get(name)?.user ?? name) : name;
      ctx.report({
        messageId: MESSAGE_ID[m.kind],
        // String(secret) is the redacted form; the value itself never reaches a message.
        data: { redacted: String(m.value), name, user },
        start: m.start,
        end: m.end,
        anchor: anchorOf(m),
        secret: m.value,
      });
    }
  },
});
