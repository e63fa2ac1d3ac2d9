/** What the code rules need from the manifest and from a scanned file, computed once per manifest. */
import { sha256Hex } from '../hash.js';
import type { Manifest } from '../manifest/types.js';
import { compileGlobs } from '../glob.js';
import { lineEndNear, lineStartNear } from '../text.js';
import type { Secret } from '../secrets/secret.js';

/** A system user's token secret name, with the user it belongs to. */
export interface SecretOwner {
  /** The env var / CI secret name (`token.secret`). */
  name: string;
  user: string;
  role: 'system_user' | 'admin';
  environment?: 'production' | 'test';
}

export interface CodeModel {
  owners: SecretOwner[];
  /** Token secret names of admin system users. */
  admin: SecretOwner[];
  /** Token secret names of test and of production system users (admins have no environment). */
  test: SecretOwner[];
  production: SecretOwner[];
  /** Owner by secret name (the first user that declares it). */
  byName: Map<string, SecretOwner>;
  /** Whether a path lies under `scan.adminPaths`. */
  isAdminPath: (rel: string) => boolean;
  adminPaths: string[];
}

const cache = new WeakMap<Manifest, CodeModel>();
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The code model of a (schema-valid) manifest; cached, so rules may call it for every file. */
export function codeModel(manifest: Manifest): CodeModel {
  let m = cache.get(manifest);
  if (m) return m;
  const owners: SecretOwner[] = [];
  for (const u of manifest.systemUsers ?? []) {
    const name = u.token?.secret;
    if (typeof name !== 'string' || !NAME.test(name)) continue;
    owners.push({ name, user: u.name, role: u.role, ...(u.environment ? { environment: u.environment } : {}) });
  }
  const adminPaths = manifest.scan?.adminPaths ?? [];
  const matcher = adminPaths.length > 0 ? compileGlobs(adminPaths) : () => false;
  const byName = new Map<string, SecretOwner>();
  for (const o of owners) if (!byName.has(o.name)) byName.set(o.name, o);
  m = {
    owners,
    admin: owners.filter((o) => o.role === 'admin'),
    test: owners.filter((o) => o.role !== 'admin' && o.environment === 'test'),
    production: owners.filter((o) => o.role !== 'admin' && o.environment === 'production'),
    byName,
    isAdminPath: matcher,
    adminPaths,
  };
  cache.set(manifest, m);
  return m;
}

const PROSE = /\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt)$/i;

/**
 * Prose files (Markdown, reStructuredText, AsciiDoc, plain text): a runbook that names a secret, or a
 * README that shows a Graph URL, does not use it. `hardcoded-token` still scans them: a token pasted
 * into a README is leaked all the same.
 */
export function isProseFile(rel: string): boolean {
  return PROSE.test(rel);
}

/** The manifest and prose files name token secrets without using them: no reference there is a use. */
export function namesSecretsOnly(rel: string, manifestFile: string | undefined): boolean {
  return rel === manifestFile || isProseFile(rel);
}

const PROD_WORDS = new Set(['production', 'prod', 'prd']);
const TEST_WORDS = new Set(['test', 'testing', 'sandbox']);
/** Words that turn a production word into another environment's name (`non-prod`, `pre-production`). */
const NOT_PROD = new Set(['non', 'not', 'pre']);

/**
 * The manifest environment a GitHub deployment environment name stands for: `production`, `prod`,
 * `prd` as a word of the name (`production`, `Production`, `prod-eu`, `shop_prod`) → production, unless
 * the word before it says otherwise (`non-prod`, `pre-production`: neither); `test`, `testing`,
 * `sandbox` → test; anything else (`staging`, `preview`, `nonprod`) → neither. Production wins.
 */
export function environmentOfName(name: string): 'production' | 'test' | undefined {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((w, i) => PROD_WORDS.has(w) && !NOT_PROD.has(words[i - 1] ?? ''))) return 'production';
  if (words.some((w) => TEST_WORDS.has(w))) return 'test';
  return undefined;
}

/** At most this many characters on each side of a match go into a line anchor (minified files). */
const ANCHOR_WINDOW = 120;

/**
 * A fingerprint anchor for a finding at [start, end) that survives edits elsewhere in the file: a hash
 * of the text of its line around it (clipped, so a megabyte-long minified line is not hashed whole),
 * plus `extra`. Never a line number.
 *
 * The line's declared secret values (`declared`: the code context's `declaredSecrets`) are hashed as
 * their names: the fingerprint reaches JSON, SARIF and the baseline, the frame shows the rest of the
 * line, and a value of 8 characters with its first 4 shown would fall to a search of the other 4 (hunt
 * U3). A line that holds none hashes as before.
 */
export function lineAnchor(text: string, start: number, end: number, extra: string, declared: readonly { name: string; value: Secret }[]): string {
  // The line around the match, no further than ANCHOR_WINDOW either side.
  const ls = lineStartNear(text, start, ANCHOR_WINDOW);
  const le = lineEndNear(text, end, ANCHOR_WINDOW);
  let line = text.slice(ls === -1 ? start - ANCHOR_WINDOW : ls, le === -1 ? end + ANCHOR_WINDOW : le);
  // Longest first, so a value inside another one does not leave the outer one half hashed.
  let longest = 0;
  for (const d of [...declared].sort((a, b) => b.value.length - a.value.length)) {
    const v = d.value.reveal();
    longest = Math.max(longest, v.length);
    if (v.length > 0 && line.includes(v)) line = line.split(v).join(`\0declared:${d.name}\0`);
  }
  // A window cut inside a long line may cut a value too, leaving a piece no name replaced: the characters a
  // piece could take at a cut edge are not hashed (hunt U2r-5).
  if (longest > 1) {
    if (ls === -1) line = line.slice(longest - 1);
    if (le === -1) line = line.slice(0, Math.max(0, line.length - (longest - 1)));
  }
  return sha256Hex(`${extra}\0${line.trim()}`).slice(0, 32);
}
