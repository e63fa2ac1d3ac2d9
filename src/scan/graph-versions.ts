/**
 * Where code pins a Graph API version, beyond versioned URLs (graph-urls.ts): SDK version pins
 * (`FacebookAdsApi.init(..., api_version="v12.0")`, `FB.init({version: 'v12.0'})`, PHP
 * `'default_graph_version' => 'v12.0'`), the business SDKs' package versions (whose major version is the
 * Graph API version: `facebook-nodejs-business-sdk`, `facebook_business`, `facebook/php-business-sdk`),
 * and versioned paths appended to a Graph base constant (`${GRAPH_BASE}/v12.0/${id}`). Recorded API
 * responses (JSON fixtures, HAR files, VCR cassettes, `paging.next`/`previous` URLs) are not calls and
 * are skipped, URLs included.
 */
import { findGraphUrls, GRAPH_HOST_PATTERN, GRAPH_HOSTS, graphUrlNeedles } from './graph-urls.js';
import type { Needle } from './prefilter.js';

/** A pinned Graph API version and where it is pinned (offsets of `vNN.N`, or of the package version). */
export interface VersionRef {
  /** `v12.0`. */
  version: string;
  start: number;
  end: number;
  /** How the message names the place: `graph.facebook.com URL`, `FacebookAdsApi.init api_version`, … */
  where: string;
}

/**
 * Needles of `findVersionRefs`: a versioned path (`/v` + a version's number) right after a Graph host
 * (its `m`, the `3` of `:443`, the `\` of an escaped slash) or a name's end (`}`, a quote), in a file
 * that names Facebook, Instagram or Meta somewhere; and the SDK names. A versioned path is reported
 * only on a Graph host, on a name given a Graph host, on a name that META_NAME accepts (`facebook`,
 * `instagram`, or `fb`, `meta`, `ig` between non-letters) or on a `graph` name in a file that names
 * Facebook or a Graph host; every Graph host names Facebook or Instagram. So each case holds one of
 * these words, in some mix of letter cases. The `/v1.0` of a changelog's compare link, of Node's API
 * docs or of a GraphQL client does not send a file to the rule.
 */
export function versionRefNeedles(): Needle[] {
  return [
    {
      all: [
        // A Graph URL's versioned path (graphUrlNeedles), or one right after a name's end.
        { any: graphUrlNeedles().map((n) => ({ ...n, before: `${n.before}}'"\`` })) },
        { any: [...['facebook', 'instagram'].map((caseless) => ({ caseless })), ...['fb', 'meta', 'ig'].map((caseless) => ({ caseless, bounded: true as const }))] },
      ],
    },
    ...['api_version', 'FB.init', 'default_graph_version', 'facebook-nodejs-business-sdk', 'facebook_business', 'facebook-business', 'php-business-sdk'].map(
      (text) => ({ text }),
    ),
  ];
}

const VERSION = String.raw`v\d{1,3}\.\d{1,2}`;
/** `FacebookAdsApi.init(…, api_version="v12.0")` (Python business SDK), also `api_version: 'v12.0'`. */
const PY_PIN = new RegExp(String.raw`\bapi_version\s*[=:]\s*['"](${VERSION})['"]`, 'g');
/** `FB.init({ …, version: 'v12.0' })` (JavaScript SDK): the `version` key within the call. */
const FB_INIT = /\bFB\.init\s*\(\s*\{/g;
const JS_VERSION_KEY = new RegExp(String.raw`\bversion\s*:\s*['"\`](${VERSION})['"\`]`, 'y');
/** `'default_graph_version' => 'v12.0'` (PHP Graph SDK), any quoting and `=>`/`:`/`=`. */
const PHP_PIN = new RegExp(String.raw`default_graph_version['"]?\s*(?:=>|[:=])\s*['"](${VERSION})['"]`, 'g');
/** The business SDKs' packages: the major version is the Graph API version (SDK 24.x calls v24.0). */
const SDK_PACKAGES: readonly { name: RegExp; files: RegExp }[] = [
  { name: /"facebook-nodejs-business-sdk"\s*:\s*"[~^=v]?(\d{1,3})\.\d+/g, files: /(?:^|\/)package\.json$/ },
  { name: /"facebook\/php-business-sdk"\s*:\s*"[~^=v]?(\d{1,3})\.\d+/g, files: /(?:^|\/)composer\.json$/ },
  { name: /\bfacebook[_-]business\s*(?:==|~=|>=|\^|=)\s*['"]?(\d{1,3})\.\d+/gi, files: /(?:requirements[^/]*\.txt|pyproject\.toml|setup\.py|setup\.cfg|Pipfile|poetry\.lock)$/ },
];
/**
 * `${GRAPH_BASE}/v12.0/…`, `{self.graph_url}/v12.0/`, `GRAPH_BASE + "/v12.0/"`: an interpolation or a
 * concatenation of a name, then a versioned path. `basePaths` finds these as this pattern would
 * (`test/scan/graph-versions.test.ts` holds the two equal), without trying it at every position.
 */
export const BASE_PATH = new RegExp(
  String.raw`(?:\$?\{\s*([A-Za-z_$][\w.$]*)\s*\}|([A-Za-z_$][\w.$]*)\s*\+\s*['"\`])\/(${VERSION})(?=[/'"\`?#\s]|$)`,
  'g',
);
/** The versioned path alone: the literal `/v` lets the engine skip ahead, where BASE_PATH's name cannot. */
const VERSION_PATH = new RegExp(String.raw`\/(${VERSION})(?=[/'"\`?#\s]|$)`, 'g');
/** What must come right before a versioned path: BASE_PATH's head, anchored at the end. */
const BASE_HEAD = /(?:\$?\{\s*([A-Za-z_$][\w.$]*)\s*\}|([A-Za-z_$][\w.$]*)\s*\+\s*['"`])$/;
/** How far before a versioned path its name is looked for. */
const HEAD_WINDOW = 512;
/** A Meta word in a name (`FB_GRAPH_URL`, `facebookBase`, `META_API`); a bare `graph` needs the file's word. */
const META_NAME = /facebook|instagram|(?:^|[^a-z])(?:fb|meta|ig)(?:[^a-z]|$)/i;
const GRAPH_NAME = /graph/i;

/** Files that record API responses rather than make calls. */
const RECORDING_PATH = /(?:^|\/)(?:fixtures?|__fixtures__|cassettes?|recordings?|__snapshots__|snapshots|mocks?|__mocks__|testdata|test[-_]data|responses?|samples?)\/|\.(?:har|snap)$/i;
/** A JSON or YAML file that holds a recorded response (a Graph `paging` object, VCR `interactions`). */
const RECORDING_TEXT = /"paging"\s*:\s*\{|^interactions:\s*$|"log"\s*:\s*\{\s*"version"/m;
/** A URL that is a recorded `paging.next`/`previous` (any file: a dict literal in a test, a log). */
const PAGING_KEY = /["']?(?:next|previous)["']?\s*[:=]>?\s*["']?$/;

/** Dependency lists the business SDK's version is read from (a `requirements.txt` is not prose). */
export function isDependencyFile(path: string): boolean {
  return SDK_PACKAGES.some((p) => p.files.test(path));
}

/** Whether a file as a whole is a recording of API responses (its URLs are data, not calls). */
export function isRecording(path: string, text: string): boolean {
  if (/\.har$/i.test(path)) return true;
  if (/\.(?:json|ya?ml|jsonl|ndjson)$/i.test(path) && (RECORDING_PATH.test(path) || RECORDING_TEXT.test(text.slice(0, 200_000)))) return true;
  return false;
}

/** Every Graph API version pinned in a file, sorted by position; none in a recording. */
export function findVersionRefs(text: string, path: string): VersionRef[] {
  if (isRecording(path, text)) return [];
  const out: VersionRef[] = [];
  for (const u of findGraphUrls(text)) {
    if (isPagingValue(text, u.start)) continue;
    out.push({ version: u.version, start: u.start, end: u.end, where: `${u.host} URL` });
  }
  for (const m of text.matchAll(PY_PIN)) push(out, m, 'api_version pin');
  for (const m of text.matchAll(PHP_PIN)) push(out, m, 'default_graph_version pin');
  for (const m of text.matchAll(FB_INIT)) {
    // The `version` key within the call's object: up to its closing brace (at most 2,000 characters).
    const from = m.index + m[0].length;
    // The brace looked for within the window only (a search to the end of the text, for every call,
    // was quadratic where no brace closes them).
    const limit = Math.min(text.length, from + 2000);
    const close = text.slice(from, limit).indexOf('}');
    const stop = close === -1 ? limit : from + close;
    for (let i = from; i < stop; i++) {
      if (text.charCodeAt(i) !== 0x76 || (i > 0 && /[\w$]/.test(text[i - 1]!))) continue;
      JS_VERSION_KEY.lastIndex = i;
      const v = JS_VERSION_KEY.exec(text);
      if (v && v.index + v[0].length <= stop + 1) {
        push(out, v, 'FB.init version');
        break;
      }
    }
  }
  for (const p of SDK_PACKAGES) {
    if (!p.files.test(path)) continue;
    for (const m of text.matchAll(p.name)) {
      const major = m[1]!;
      const start = m.index + m[0].lastIndexOf(major);
      out.push({ version: `v${Number(major)}.0`, start, end: start + major.length, where: 'business SDK version' });
    }
  }
  const graphFile = GRAPH_HOSTS.some((h) => text.includes(h)) || /facebook/i.test(text);
  const baseNames = graphBaseNames(text);
  for (const m of basePaths(text)) {
    const last = m.name.split('.').pop() ?? m.name;
    if (!(baseNames.has(last) || META_NAME.test(last) || (GRAPH_NAME.test(last) && graphFile))) continue;
    out.push({ version: m.version.toLowerCase(), start: m.end - m.version.length, end: m.end, where: `path on ${last}` });
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((r, i) => i === 0 || r.start !== out[i - 1]!.start);
}

function push(out: VersionRef[], m: RegExpExecArray | RegExpMatchArray, where: string): void {
  const version = m[1]!;
  const end = m.index! + m[0].lastIndexOf(version) + version.length;
  out.push({ version: version.toLowerCase(), start: end - version.length, end, where });
}

/**
 * BASE_PATH's matches, in order: each `/vN.N` found by its literal, then the name right before it
 * (within HEAD_WINDOW characters, and after the previous match, as a global search would have it).
 * Trying BASE_PATH at every position cost over a second on a few hundred megabytes of real packages.
 */
export function* basePaths(text: string): Generator<{ name: string; version: string; end: number }> {
  let after = 0;
  for (const v of text.matchAll(VERSION_PATH)) {
    const from = Math.max(after, v.index - HEAD_WINDOW);
    const head = BASE_HEAD.exec(text.slice(from, v.index));
    if (!head) continue;
    const end = v.index + v[0].length;
    after = end;
    yield { name: head[1] ?? head[2] ?? '', version: v[1]!, end };
  }
}

/** Names assigned a Graph host without a version: `const BASE = "https://graph.facebook.com"`. */
export const BASE_NAME = new RegExp(String.raw`([A-Za-z_$][\w$]*)['"]?\s*(?:=|:|=>|:=)\s*['"\`]https?://(?:${GRAPH_HOST_PATTERN})/?['"\`]`, 'gi');
/** BASE_NAME's value alone: a literal the engine can skip ahead to. */
const HOST_VALUE = new RegExp(String.raw`https?://(?:${GRAPH_HOST_PATTERN})/?['"\`]`, 'gi');
/** What must come right before the value: BASE_NAME's head, anchored at the end. */
const NAME_HEAD = /([A-Za-z_$][\w$]*)['"]?\s*(?:=|:|=>|:=)\s*['"`]$/i;

/**
 * Names assigned a Graph host without a version (`const BASE = "https://graph.facebook.com"`), as
 * BASE_NAME finds them: each host value found by its literal, then the name right before it (within
 * HEAD_WINDOW characters, after the previous match). Tried at every position, BASE_NAME cost over a
 * second on a few hundred megabytes of real packages.
 */
export function graphBaseNames(text: string): Set<string> {
  const names = new Set<string>();
  let after = 0;
  for (const v of text.matchAll(HOST_VALUE)) {
    const head = NAME_HEAD.exec(text.slice(Math.max(after, v.index - HEAD_WINDOW), v.index));
    if (!head) continue;
    after = v.index + v[0].length;
    names.add(head[1]!);
  }
  return names;
}

/** Whether the URL at `pos` is the value of a `next`/`previous` key (a recorded paging link). */
function isPagingValue(text: string, pos: number): boolean {
  const win = text.slice(Math.max(0, pos - 300), pos);
  const before = win.slice(win.lastIndexOf('\n') + 1);
  const q = Math.max(before.lastIndexOf('"'), before.lastIndexOf("'"));
  // The text before the URL's opening quote: `"next": ` or `next=`.
  const head = q === -1 ? before.replace(/https?:\S*$/, '') : before.slice(0, q + 1);
  return PAGING_KEY.test(head.replace(/https?:\/\/\S*$/, ''));
}
