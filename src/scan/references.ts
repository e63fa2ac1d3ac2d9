import type { Needle } from './prefilter.js';
import { lineStartNear } from '../text.js';

/** A reference to an environment variable or CI secret by name. `start` is where the name starts. */
export interface SecretReference {
  name: string;
  start: number;
  end: number;
  /** Which syntax: see `REFERENCE_FORMS`. */
  form: ReferenceForm;
}

export type ReferenceForm =
  | 'process.env'
  | 'import.meta.env'
  | 'deno-env'
  | 'bun-env'
  | 'python-environ'
  | 'getenv'
  | 'go-getenv'
  | 'go-env-tag'
  | 'ruby-env'
  | 'java-getenv'
  | 'dotnet-getenv'
  | 'rust-env'
  | 'php-env'
  | 'env-helper'
  | 'symfony-env'
  | 'config-get'
  | 'config-index'
  | 'config-attribute'
  | 'actions-secrets'
  | 'actions-env'
  | 'shell'
  | 'powershell'
  | 'cmd'
  | 'yaml-env-key'
  | 'yaml-env-name'
  | 'dotenv-assignment';

interface Form {
  form: ReferenceForm;
  /** Matches the text right before the name (anchored at its end). */
  before: RegExp;
  /** Matches the text right after the name (anchored at its start); `$q` is the opening quote, if any. */
  after?: RegExp;
  /** The opening quote captured by `before` (group 1) must close right after the name. */
  quoted?: boolean;
}

const Q = `(["'\`])`;
/** Each form, tried in order on the 80 characters before the name. Documented in docs/scan.md. */
const FORMS: Form[] = [
  { form: 'process.env', before: /\bprocess\.env\??\.$/ },
  { form: 'process.env', before: new RegExp(`\\bprocess\\.env\\??\\.?\\[\\s*${Q}$`), quoted: true },
  { form: 'import.meta.env', before: /\bimport\.meta\.env\??\.$/ },
  { form: 'deno-env', before: new RegExp(`\\bDeno\\.env\\.get\\(\\s*${Q}$`), quoted: true },
  { form: 'bun-env', before: /\bBun\.env\??\.$/ },
  { form: 'python-environ', before: new RegExp(`\\benviron(?:\\.get|\\.setdefault|\\.pop)?\\s*[[(]\\s*${Q}$`), quoted: true },
  { form: 'go-getenv', before: /\bos\.(?:Getenv|LookupEnv)\(\s*(")$/, quoted: true },
  { form: 'java-getenv', before: /\bSystem\.getenv\(\s*(")$/, quoted: true },
  // The whole environment's map: `System.getenv().getOrDefault("X", "")` (`.get("X")` too).
  { form: 'java-getenv', before: /\bSystem\.getenv\(\s*\)\s*\.(?:get|getOrDefault)\(\s*(")$/, quoted: true },
  // Go's struct tags for env configuration: kelseyhightower/envconfig's `envconfig:"X"`, caarlos0/env's `env:"X,required"`.
  // Only a tag: right after a field's name and type on its line (`Token string `env:"X"``), not any raw string.
  { form: 'go-env-tag', before: /(?:^|\n)[ \t]*[A-Za-z_]\w*[ \t]+[\w.*[\]]+[ \t]+`[^`\n]{0,60}(?<![\w-])(?:envconfig|env):"$/, after: /^[",]/ },
  { form: 'dotnet-getenv', before: /\bEnvironment\.GetEnvironmentVariable\(\s*(")$/, quoted: true },
  { form: 'rust-env', before: /\benv::var(?:_os)?\(\s*(")$/, quoted: true },
  { form: 'getenv', before: new RegExp(`\\bgetenv\\(\\s*${Q}$`), quoted: true },
  { form: 'ruby-env', before: new RegExp(`\\bENV(?:\\.fetch\\(|\\[)\\s*${Q}$`), quoted: true },
  { form: 'php-env', before: new RegExp(`\\$_(?:ENV|SERVER)\\[\\s*${Q}$`), quoted: true },
  { form: 'env-helper', before: new RegExp(`(?<![\\w.$])env\\(\\s*${Q}$`), quoted: true },
  // Symfony's env injection: `#[Autowire(env: 'X')]` (6.3+) and the `%env(X)%` parameter (services.yaml,
  // `#[Autowire('%env(X)%')]`), each with any env var processors before the name (`int:X`, `default:literal(0):X`).
  { form: 'symfony-env', before: /\bAutowire\(\s*env\s*:\s*(["'])(?:[\w.-]+(?:\([^()'"\n]{0,40}\))?:){0,4}$/, quoted: true },
  { form: 'symfony-env', before: /%env\((?:[\w.-]+(?:\([^()'"\n]{0,40}\))?:){0,4}$/, after: /^\)%/ },
  { form: 'actions-secrets', before: /\bsecrets\.$/ },
  { form: 'actions-secrets', before: new RegExp(`\\bsecrets\\[\\s*${Q}$`), quoted: true },
  { form: 'actions-env', before: /(?<![\w.$])env\.$/ },
  { form: 'powershell', before: /\$env:$/i },
  { form: 'shell', before: /(?<!\$)\$\{$/, after: /^(?:[}:#%/^,@]|-|\+|\?|=)/ },
  { form: 'shell', before: /(?<![$\\])\$$/ },
  { form: 'cmd', before: /(?<![%\w])%$/, after: /^%/ },
  // After the forms above (`secrets['X']`, `ENV.fetch('X')`, `environ.get('X')` are theirs).
  // A configuration or secrets store read by the secret's name: node-config's and NestJS's `config.get('X')`
  // (type arguments too: `configService.get<string>('X')`), `settings.get("X")`, Spring's `getProperty`,
  // viper's `GetString`, Ruby's `fetch`; python-decouple's and Laravel's `config('X')`.
  { form: 'config-get', before: new RegExp(`[\\w$)\\]]\\??\\.(?:get|getOrThrow|getString|GetString|getProperty|fetch)\\s*(?:<[\\w\\s.|,<>]{0,40}>)?\\(\\s*${Q}$`), quoted: true },
  { form: 'config-get', before: new RegExp(`(?<![\\w.$])config\\(\\s*${Q}$`), quoted: true },
  // `config["X"]`, `app.config['X']`, `$settings['X']`: an object indexed by the name (not a list `["X"]`).
  { form: 'config-index', before: new RegExp(`[\\w$)\\]](?:\\?\\.)?\\[\\s*${Q}$`), quoted: true },
  // Django's `settings.X`, a config module's `config.X`.
  { form: 'config-attribute', before: /(?<![\w$])(?:settings|config|conf|cfg|SETTINGS|CONFIG)\??\.$/ },
];

const NAME_CHAR = /[A-Za-z0-9_]/;
const ENV_PARENT_KEY = /^\s*(?:-\s+)?["']?(env|environment|secrets|variables|vars|envs|extraEnv|extra_env)["']?\s*:\s*(?:#.*)?$/;

/**
 * References to the given env var / secret names (whole names only: `META_TOKEN` does not match inside
 * `META_TOKEN_2`), sorted by position. One pass over the text finds the names; each occurrence is then
 * classified by the syntax around it, and occurrences in no known syntax (prose, comments) are dropped.
 */
export function findSecretReferences(text: string, names: string[], opts: { settingsInLowerCase?: boolean } = {}): SecretReference[] {
  const wanted = [...new Set(names.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)))];
  if (wanted.length === 0) return [];
  wanted.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![A-Za-z0-9_])(?:${wanted.join('|')})(?![A-Za-z0-9_])`, 'g');
  const out: SecretReference[] = [];
  let keys: Set<string> | undefined;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const name = m[0];
    const end = start + name.length;
    const form = classify(text, start, end);
    if (!form) continue;
    // `LABELS.get('X')`, `REQUIRED["X"]` where the file writes a dict or Map keyed by the name: a lookup in
    // the file's own table of names, not a read of the store (a configuration or secrets store's receiver is).
    if ((form === 'config-get' || form === 'config-index') && !storeReceiver(text, start)) {
      keys ??= literalKeys(text);
      if (keys.has(name)) continue;
    }
    out.push({ name, start, end, form });
  }
  // pydantic-settings' `BaseSettings` binds the environment by name, case aside: Python's
  // `settings.meta_page_access_token` reads META_PAGE_ACCESS_TOKEN (hunt X4). Only in Python (`settingsInLowerCase`)
  // and only on `settings` (a JavaScript `config.access_token` filled from IG_ACCESS_TOKEN is no read of
  // ACCESS_TOKEN: hunt Z7-2).
  const lower = opts.settingsInLowerCase ? new Map(wanted.filter((n) => n !== n.toLowerCase()).map((n) => [n.toLowerCase(), n])) : new Map<string, string>();
  if (lower.size > 0) {
    const reLower = new RegExp(`(?<![A-Za-z0-9_])(?:${[...lower.keys()].join('|')})(?![A-Za-z0-9_])`, 'g');
    for (const m of text.matchAll(reLower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (/(?<![\w$.])settings\.$/.test(text.slice(Math.max(0, start - 10), start)) && classify(text, start, end) === 'config-attribute')
        out.push({ name: lower.get(m[0])!, start, end, form: 'config-attribute' });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A receiver named for a configuration, environment or secrets store (`config`, `configService`, `app.config`, `settings`, `env`, `secrets`, `vault`, `props`). */
const STORE_RECEIVER = /conf|cfg|setting|env|secret|credential|vault|propert|props|parameter/i;

/** Whether the config-get or config-index read whose quoted name starts at `start` is on a store's receiver (STORE_RECEIVER). */
function storeReceiver(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const recv = /([A-Za-z_$][\w$]*)(?:\(\))?\s*\??\.?\s*(?:(?:get|getOrThrow|getString|GetString|getProperty|fetch)\s*(?:<[\w\s.|,<>]{0,40}>)?\(|\[)\s*["'`]$/.exec(before)?.[1];
  return recv !== undefined && STORE_RECEIVER.test(recv);
}

/**
 * The names a file writes as keys of a dict, object or Map literal (`{"X": …}`, `{ X: … }`, `'X' => …`,
 * `new Map([['X', …]])`, Kotlin's `"X" to …`): one pass over the text.
 */
function literalKeys(text: string): Set<string> {
  const out = new Set<string>();
  const re = /\[\s*(["'])([A-Za-z_]\w*)\1\s*,|(["'])([A-Za-z_]\w*)\3\s*(?::(?!:)|=>|\bto\b)|[{,]\s*([A-Za-z_]\w*)\s*:(?![:=])/g;
  for (const m of text.matchAll(re)) out.add(m[2] ?? m[4] ?? m[5]!);
  return out;
}

/** The scan prefilter's needles for `findSecretReferences(text, names)`: a reference contains its name, or its lower case (a settings attribute). */
export function referenceNeedles(names: readonly string[]): Needle[] {
  return [...new Set(names.flatMap((n) => (n === n.toLowerCase() ? [n] : [n, n.toLowerCase()])))].map((text) => ({ text }));
}

/** Inside the braces of a destructuring: names, `:` renames, defaults and commas since the `{`. */
const DESTRUCTURE_BEFORE = /\{[\s\w$:,]{0,78}$/;
/** …that closes and reads the environment: `} = process.env` (also `import.meta.env`, `Bun.env`). */
const DESTRUCTURE_AFTER = /^[\s\w$:,'"=]{0,120}\}\s*=\s*(?:process\.env|import\.meta\.env|Bun\.env)\b/;

function classify(text: string, start: number, end: number): ReferenceForm | undefined {
  // A name in a comment is no use of it (`// never read process.env.X here`, `# settings.X is the admin's`).
  if (inComment(text, start)) return undefined;
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 8);
  // `const { META_TOKEN, OTHER } = process.env`: a read of each name.
  if (DESTRUCTURE_BEFORE.test(before) && DESTRUCTURE_AFTER.test(text.slice(end, end + 160))) return 'process.env';
  for (const f of FORMS) {
    const b = f.before.exec(before);
    if (!b) continue;
    if (f.quoted && !after.startsWith(b[1] ?? '')) continue;
    if (f.after && !f.after.test(after)) continue;
    return f.form;
  }
  return classifyLine(text, start, end);
}

/**
 * Whether offset `at` is in a comment on its line: after `//`, `/*` or a `#` comment (`# `, `#!`, `##`) that
 * is outside a string, or on a line that starts a comment (`*` inside a block comment, `<!--`). A line
 * longer than MAX_PREFIX before `at` is taken for code (a minified line: linear).
 */
function inComment(text: string, at: number): boolean {
  const ls = lineStartNear(text, at, MAX_PREFIX);
  if (ls === -1) return false;
  let i = ls;
  while (i < at && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (text.startsWith('*', i) && !text.startsWith('*/', i) && !text.startsWith('**', i)) return true;
  if (text.startsWith('<!--', i)) return true;
  let quote = 0;
  for (; i < at; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 0x5c) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 0x22 || c === 0x27 || c === 0x60) quote = c;
    else if (c === 0x2f || c === 0x23) {
      // At the line's start or after a space only: `https://…` and `$#` are no comments.
      if (i !== ls && !/\s/.test(text[i - 1]!)) continue;
      const next = text.charCodeAt(i + 1);
      if (c === 0x2f && next === 0x2f) return true;
      if (c === 0x23 && (next === 0x20 || next === 0x09 || next === 0x21 || next === 0x23)) return true;
      if (c === 0x2f && next === 0x2a) {
        // `/* … */ code`: a block comment that ends before `at` on the line.
        const close = text.slice(i + 2, at).indexOf('*/');
        if (close === -1) return true;
        i += close + 3;
      }
    }
  }
  return false;
}

/** Line-level forms: YAML env keys (`META_TOKEN: …`, `- name: META_TOKEN` under `env:`) and `NAME=` assignments. */
function classifyLine(text: string, start: number, end: number): ReferenceForm | undefined {
  // Every form has little before the name on its line (an indent, `- `, `name:`, `export `): the line's
  // start is looked for no further back than MAX_PREFIX (one long line of names took 29 s for 1 MB).
  const ls = lineStartNear(text, start, MAX_PREFIX);
  if (ls === -1) return undefined;
  const prefix = text.slice(ls, start);
  const rest = text.slice(end, end + 4);
  const dash = /^\s*-\s/.test(prefix);
  if (/^\s*(?:-\s+)?["']?$/.test(prefix) && /^["']?\s*:(?:\s|$)/.test(rest)) {
    return yamlParentIsEnv(text, ls, indentOf(prefix), dash) ? 'yaml-env-key' : undefined;
  }
  if (/^\s*-\s+["']?$/.test(prefix) && rest.startsWith('=')) {
    // docker compose: `environment:` followed by `- NAME=value` items.
    return yamlParentIsEnv(text, ls, indentOf(prefix), true) ? 'yaml-env-key' : undefined;
  }
  if (/^\s*(?:-\s+)?name\s*:\s*["']?$/.test(prefix) && !NAME_CHAR.test(rest[0] ?? '')) {
    return yamlParentIsEnv(text, ls, indentOf(prefix), dash) ? 'yaml-env-name' : undefined;
  }
  if (/^\s*(?:export\s+|ENV\s+|ARG\s+)?$/.test(prefix) && rest.startsWith('=')) return 'dotenv-assignment';
  return undefined;
}

/**
 * Whether the YAML line at `lineStart` (indented `indent`, a `- ` sequence item when `dash`) sits in an
 * `env:`-like mapping or sequence. A key inside a sequence item continues from the item's `- ` line; a
 * sequence may be indented as much as its parent key.
 */
function yamlParentIsEnv(text: string, lineStart: number, indent: number, dash: boolean): boolean {
  let end = lineStart - 1;
  // At most 500 lines and MAX_LOOK_BACK characters up: every candidate key looks up, so a file of them
  // costs that much each.
  const floor = Math.max(0, lineStart - MAX_LOOK_BACK);
  for (let n = 0; n < 500 && end > floor; n++) {
    // The line's start, looked for no further up than the floor (a long line above, searched whole for
    // every candidate below it, was quadratic).
    const s = lineStartNear(text, end, end - floor);
    if (s === -1) return false;
    const line = text.slice(s, end);
    end = s - 1;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const ind = indentOf(line);
    const isDash = /^\s*-(?:\s|$)/.test(line);
    if (dash) {
      if (ind > indent || (ind === indent && isDash)) continue;
      return ENV_PARENT_KEY.test(line);
    }
    if (ind >= indent) continue;
    if (isDash) {
      // The key belongs to this sequence item: the item's parent is what counts.
      indent = ind;
      dash = true;
      continue;
    }
    return ENV_PARENT_KEY.test(line);
  }
  return false;
}

/** How far before a name its line may start for the name to be a YAML key or a dotenv assignment. */
const MAX_PREFIX = 256;
/** How far up a YAML key's parent is looked for. */
const MAX_LOOK_BACK = 8 * 1024;

function indentOf(s: string): number {
  const m = /^[ \t]*/.exec(s);
  return m ? m[0].length : 0;
}
