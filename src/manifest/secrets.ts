/**
 * Secret values written into the manifest itself (plaintext-token), found in the raw parsed YAML
 * value so they are found even when the manifest fails the schema. The engine also uses them to
 * redact every manifest finding's message, suggestion and code frame.
 */
import { detectSecrets, isHex32, type SecretKind } from '../secrets/detect.js';
import { redact, Secret } from '../secrets/secret.js';
import type { JsonPath } from '../types.js';
import { isRecord } from '../guards.js';

/**
 * What a manifest value looks like: one of the scanner's forms, or `pasted-value`: a `token.secret` that is no
 * secret's name (`wh-verify:Xq7p…`), which the field holds only when the value was pasted where the name belongs.
 */
export type ManifestSecretKind = Exclude<SecretKind, 'declared-secret'> | 'pasted-value';

/** One secret-looking value in the manifest. */
export interface ManifestSecret {
  kind: ManifestSecretKind;
  /** JSON path of the string value, or of the map key when `key` is true. */
  path: JsonPath;
  key: boolean;
  value: Secret;
}

/**
 * A key that names an id (`id`, `appId`, `app_id`, `ids`): its value is an identifier, and ids are
 * digits in a valid manifest. Every other key may not hold a bare 32-hex run.
 */
const ID_KEY = /^(?:ids?|IDS?|.*[a-z0-9](?:Id|ID)s?|.*[_-](?:id|ID)s?)$/;
/** A 32-hex run on its own (not part of a longer hex or word run): an app secret's form. */
const HEX32 = /(?<![0-9A-Za-z])(?:[0-9a-f]{32}|[0-9A-F]{32})(?![0-9A-Za-z])/g;

interface Found {
  kind: Exclude<SecretKind, 'declared-secret'>;
  start: number;
  end: number;
}

/**
 * Secret-looking runs in one string of the manifest. Access tokens and app access tokens as the
 * scanner finds them; an app secret as any random-looking 32-hex run unless `key` names an id (in
 * a manifest there is no `secret =` assignment to require: a 32-hex value has no business there).
 */
export function secretsInString(s: string, key: string | undefined, appId?: string): Found[] {
  // The shortest secret form is a bare 32-hex app secret; names, ids and tasks are shorter.
  if (s.length < 32) return [];
  const out: Found[] = detectSecrets(s, { path: '', ...(appId ? { appId } : {}) })
    .filter((m) => m.kind !== 'declared-secret')
    .map((m) => ({ kind: m.kind as Found['kind'], start: m.start, end: m.end }));
  if (key !== undefined && ID_KEY.test(key)) return out;
  for (const m of s.matchAll(HEX32)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((f) => start < f.end && f.start < end)) continue;
    // The scanner's test for a 32-hex app secret: any value that is not a placeholder.
    if (!isHex32(m[0])) continue;
    out.push({ kind: 'app-secret', start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A secret's name, as the schema takes it (`systemUsers[].token.secret`). */
const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * A secret's name written as a reference to it: `$X`, `${X}`, `${{ secrets.X }}` (also `env.`, `vars.`),
 * `secrets.X`, `%X%`, `$env:X`. Not what the schema wants, but a name all the same: no value.
 */
const SECRET_NAME_REFERENCE =
  /^(?:\$[A-Za-z_]\w*|\$\{[A-Za-z_]\w*\}|\$\{\{\s*(?:secrets|env|vars)\.[A-Za-z_]\w*\s*\}\}|(?:secrets|env|vars)\.[A-Za-z_]\w*|%[A-Za-z_]\w*%|\$env:[A-Za-z_]\w*)$/;

/**
 * Whether a `token.secret` reads as a secret's name (or a reference to one) rather than a value. The field
 * exists to hold a name; anything else written there (a webhook verify token, a password, `user:pass`) is
 * taken as the secret itself (hunt Y4-1): redacted in every output, never cached.
 */
export function isSecretName(s: string): boolean {
  const t = s.trim();
  return t === '' || SECRET_NAME.test(t) || SECRET_NAME_REFERENCE.test(t);
}

/** The answers for parsed manifests walked already (plaintext-token and the findings both ask). */
const walked = new WeakMap<object, readonly ManifestSecret[]>();

/** Every secret-looking string value and map key of a raw parsed manifest, in document order. */
export function findManifestSecrets(value: unknown): readonly ManifestSecret[] {
  if (value === null || typeof value !== 'object') return secretsOf(value);
  let found = walked.get(value);
  if (!found) walked.set(value, (found = secretsOf(value)));
  return found;
}

/**
 * Notes that `value` holds no secret without walking it: the parse cache keeps only a manifest whose
 * walk found none (src/manifest/parse-cache.ts), and this value is that walk's, read back.
 */
export function noteNoManifestSecrets(value: object): void {
  walked.set(value, []);
}

function secretsOf(value: unknown): ManifestSecret[] {
  const out: ManifestSecret[] = [];
  const app = isRecord(value) && isRecord(value.app) ? value.app : undefined;
  const appId = typeof app?.id === 'string' ? app.id : undefined;
  const seen = new Set<unknown>();
  // One path stack, copied only for a string that holds a secret (most hold none: no allocation).
  const path: (string | number)[] = [];
  const push = (s: string, key: string | undefined, isKey: boolean) => {
    if (s.length < 32) return; // shorter than any secret form (secretsInString's own first test)
    for (const f of secretsInString(s, key, appId))
      out.push({ kind: f.kind, path: [...path], key: isKey, value: new Secret(s.slice(f.start, f.end)) });
  };
  /** The path is `systemUsers[i].token.secret`. */
  const atTokenSecret = () => path.length === 4 && path[0] === 'systemUsers' && typeof path[1] === 'number' && path[2] === 'token' && path[3] === 'secret';
  const walk = (v: unknown, key: string | undefined): void => {
    if (typeof v === 'string') {
      const before = out.length;
      push(v, key, false);
      // A value where a secret's name belongs, of no shape the scanner knows: the whole value is the secret.
      if (out.length === before && atTokenSecret() && !isSecretName(v)) out.push({ kind: 'pasted-value', path: [...path], key: false, value: new Secret(v) });
    } else if (typeof v === 'number' && atTokenSecret()) {
      // A number pasted there (a PIN, a numeric password; a float, an integer past 2^53, `0x…`: hunt Y4-2..4). Its
      // text as written is given to the sink by pastedLiterals; the finding shows this form's first 4 characters.
      out.push({ kind: 'pasted-value', path: [...path], key: false, value: new Secret(String(v)) });
    } else if (Array.isArray(v)) {
      if (seen.has(v)) return; // a YAML alias: the anchor's node was walked already
      seen.add(v);
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i], key);
        path.pop();
      }
    } else if (isRecord(v)) {
      if (seen.has(v)) return;
      seen.add(v);
      for (const k of Object.keys(v)) {
        path.push(k);
        push(k, undefined, true);
        walk(v[k], k);
        path.pop();
      }
    }
  };
  walk(value, undefined);
  return out;
}

/** The text with every occurrence of the given secrets replaced by its redacted form. */
export function redactValues(text: string, secrets: readonly Secret[]): string {
  let out = text;
  // Longest first, so a secret inside another one does not leave the outer one half shown.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    const v = s.reveal();
    if (v.length > 0 && out.includes(v)) out = out.split(v).join(redact(v));
  }
  return out;
}

/**
 * Variables the CI runner sets itself, which no token is kept in: GitHub's default environment variables
 * (`CI`, every `GITHUB_*` and `RUNNER_*`: "You can't overwrite the value of the default environment
 * variables named GITHUB_* and RUNNER_*", https://docs.github.com/en/actions/reference/variables-reference;
 * a secret's name may not start with `GITHUB_` either), the runner's own `ACTIONS_*` (the runtime's URLs
 * and tokens, `ACTIONS_STEP_DEBUG`), and the runner image's `HOME`, `PATH`, `ImageOS` and `ImageVersion`.
 * A `token.secret` naming one is a manifest-schema finding, and its value is never taken as a declared
 * secret: it would be masked (`::add-mask::https://github.com`) for the rest of the job and redacted
 * everywhere. Secret names are not case-sensitive on GitHub, so neither is this.
 */
export function isRunnerVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return RUNNER_NAMES.has(upper) || RUNNER_PREFIXES.some((p) => upper.startsWith(p));
}
const RUNNER_NAMES = new Set(['CI', 'HOME', 'PATH', 'IMAGEOS', 'IMAGEVERSION']);
// `AGENT_`: the hosted runner images' own (`AGENT_TOOLSDIRECTORY`, actions/runner-images; hunt U2r-7).
const RUNNER_PREFIXES = ['GITHUB_', 'RUNNER_', 'ACTIONS_', 'AGENT_'];
/** A value that is a file system path (`/opt/hostedtoolcache`, `C:\\hostedtoolcache`): a runner's setting, never a token. */
const PATH_VALUE = /^(?:\/|[A-Za-z]:\\)[^\s]*$/;

/**
 * Values of declared token secrets present in the environment (for exact-value matching). A name the
 * runner sets (`isRunnerVariable`) declares nothing, nor does a value that is a file system path (no token is).
 */
export function declaredSecretValues(manifest: unknown, env: Record<string, string | undefined>): { name: string; value: Secret }[] {
  const out: { name: string; value: Secret }[] = [];
  const seen = new Set<string>();
  // Read from the parsed value whatever its shape: a manifest with a schema problem still declares its
  // secrets, and a schema problem must never lower redaction.
  const users: unknown = (manifest as { systemUsers?: unknown } | null | undefined)?.systemUsers;
  for (const u of Array.isArray(users) ? users : []) {
    const token: unknown = u !== null && typeof u === 'object' ? (u as { token?: unknown }).token : undefined;
    const name: unknown = token !== null && typeof token === 'object' ? (token as { secret?: unknown }).secret : undefined;
    const v = typeof name === 'string' && Object.hasOwn(env, name) && !isRunnerVariable(name) ? env[name] : undefined;
    if (typeof name === 'string' && typeof v === 'string' && v.length >= 8 && !PATH_VALUE.test(v) && !seen.has(name)) {
      seen.add(name);
      out.push({ name, value: new Secret(v) });
    }
  }
  return out;
}

/**
 * The text as written of each `systemUsers[].token.secret` that YAML does not read as a string (a number, `0x…`, a
 * float, an integer past 2^53, a flow list or map pasted there): its parsed value is not its text, so the sink
 * needs the text to hide it in code frames and keep it out of the manifest cache (hunts Y4-2..4); and each string
 * there that is no name as the schema takes it. Builds the yaml Document only for a manifest with a non-string one.
 */
export function pastedLiterals(loaded: { value: unknown; text: string; doc: { getIn(path: Iterable<unknown>, keepScalar: true): unknown } }): Secret[] {
  const users = isRecord(loaded.value) && Array.isArray(loaded.value.systemUsers) ? loaded.value.systemUsers : [];
  const out: Secret[] = [];
  for (let i = 0; i < users.length && i < 10_000; i++) {
    const u: unknown = users[i];
    const token = isRecord(u) && isRecord(u.token) ? u.token : undefined;
    if (token === undefined || !('secret' in token) || token.secret === null || typeof token.secret === 'boolean') continue;
    // A name as the schema takes it is no value. A reference to one (`$X`, `${{ secrets.X }}`) fails the schema
    // and may as well be a password that looks like one (`$hunter2…`): hidden too, as written (hunt tok2).
    if (typeof token.secret === 'string') {
      if (!SECRET_NAME.test(token.secret.trim()) && token.secret.trim() !== '') out.push(new Secret(token.secret.trim()));
      continue;
    }
    const node = loaded.doc.getIn(['systemUsers', i, 'token', 'secret'], true) as { range?: [number, number, number] } | undefined;
    const range = node?.range;
    const text = range ? loaded.text.slice(range[0], range[1]).trim() : '';
    if (text.length > 0) out.push(new Secret(text));
  }
  return out;
}

/**
 * Every secret a manifest holds or names, for the output sink before anything about it is printed (`diff`,
 * `infer`, `rotate` as `check` does): the secret-looking values written in it and the values its declared
 * token secrets have in the environment. Read from the parsed value, valid or not.
 */
export function manifestSecretValues(manifest: unknown, env: Record<string, string | undefined>): Secret[] {
  return [...findManifestSecrets(manifest).map((f) => f.value), ...declaredSecretValues(manifest, env).map((d) => d.value)];
}
