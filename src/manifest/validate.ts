/** JSON Schema validation of the manifest (ajv, draft 2020-12, strict), worded for people. */
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import { isScalar } from '../yaml.js';
import schema from '../../schema/manifest.schema.json' with { type: 'json' };
// Compiled ahead of time by `npm run gen` (ajv standalone): compiling at start-up costs ~300 ms.
import validate from './schema-validator.generated.js';
import type { JsonPath } from '../types.js';
import { suggest } from '../suggest.js';
import { isValidDate } from '../suppress.js';
import { expandBraces } from '../glob.js';
import { isRunnerVariable } from './secrets.js';
import { redact } from '../secrets/secret.js';

export interface SchemaProblem {
  path: JsonPath;
  /** Point at the key rather than the value (unknown keys). */
  key?: boolean;
  message: string;
  suggestion?: string;
}

/** The schema node at a JSON pointer like `#/properties/business/additionalProperties`. */
function schemaAt(pointer: string): Record<string, unknown> | undefined {
  let node: unknown = schema;
  for (const seg of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return node && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

/** The schema object that holds the failing keyword (what ajv's verbose mode calls parentSchema). */
function parentSchemaOf(e: ErrorObject): Record<string, unknown> | undefined {
  return schemaAt(e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/')));
}

function toPath(pointer: string): JsonPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `systemUsers[0].token.secret` — how people read a path. */
export function dotted(path: JsonPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || '(document)';
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return 'a number';
  return typeof v;
}

/**
 * A manifest value in a message. `String(v)` calls the value's own `toString`, which a map of the
 * manifest may have as a key (`useCases: { toString: … }`): not a function, and String throws.
 */
function shown(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || typeof v !== 'object') return String(v);
  return Array.isArray(v) ? 'a list' : 'a map';
}

function valueAt(value: unknown, path: JsonPath): unknown {
  let cur = value;
  for (const seg of path) cur = cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined;
  return cur;
}

/** Validates the plain manifest value; returns one problem per issue, at its node. */
/** `doc` is asked for only when a message needs the source text of a node (it may be built lazily). */
export function validateManifest(value: unknown, doc?: () => Document): SchemaProblem[] {
  // The schema's pattern says YYYY-MM-DD; a real calendar date (no 2026-02-30) is checked here; so is
  // the scan's budget of patterns, which no schema can sum.
  const semantic = [...calendarDateProblems(value), ...scanGlobProblems(value), ...runnerVariableProblems(value)];
  if (validate(value)) return semantic;
  const out: SchemaProblem[] = [...semantic];
  const seen = new Set<string>();
  const errors = (validate.errors ?? []) as ErrorObject[];
  // Errors under a union (rules.<id>) are summarised once by the anyOf error itself.
  const unionPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (e.keyword !== 'anyOf' && unionPaths.some((p) => e.instancePath.startsWith(p) && e.schemaPath.includes('anyOf'))) continue;
    const p = describe(e, value, doc);
    if (!p) continue;
    const k = `${dotted(p.path)}|${p.key ? 'k' : 'v'}|${p.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out;
}

/**
 * Characters of glob patterns `scan.include`, `scan.exclude` and `scan.adminPaths` may hold in all,
 * counted after brace expansion (`*.{js,ts}` is two patterns, of 4 characters each: each alternative
 * is matched on its own). Each pattern is matched against every file of the scan, in time its length
 * times the path's: the budget keeps a manifest from making the scan of a large tree take minutes
 * (4,000 patterns made 2,000 files take 45 s; 75 patterns of eight brace pairs, 19,200 alternatives,
 * took 0.5 ms a file). A pattern's required text is looked for first (glob.ts), so that most patterns
 * cost a substring search per path; this bounds the rest.
 */
export const MAX_SCAN_GLOB_CHARS = 4096;

/**
 * The same for every system user's `code:` patterns together, which are matched against each file
 * that makes Graph calls (least privilege: which user a file's calls belong to): enough for 2,000 users
 * with a 32-character pattern each.
 */
export const MAX_CODE_GLOB_CHARS = 65_536;

/**
 * A pattern's cost against a budget: the characters of its brace expansion. `room` is what is left of
 * the budget: past it, any number past it (a pattern longer than the whole budget is not expanded).
 */
function patternCost(glob: string, room: number): number {
  if (glob.length > room) return glob.length;
  let cost = 0;
  for (const alternative of expandBraces(glob)) cost += alternative.length;
  return cost;
}

/** Where a list of patterns crossed its budget, as a schema problem. */
interface GlobBudget {
  max: number;
  lists: string;
  matched: string;
  suggestion: string;
}

function globBudgetProblems(patterns: Iterable<[JsonPath, unknown]>, budget: GlobBudget): SchemaProblem[] {
  let total = 0;
  for (const [path, g] of patterns) {
    if (typeof g !== 'string') continue;
    total += patternCost(g, budget.max - total);
    if (total > budget.max)
      return [
        {
          path,
          message: `${budget.lists} hold more than ${budget.max} characters of patterns in all, braces expanded (past it at \`${dotted(path)}\`): ${budget.matched}`,
          suggestion: budget.suggestion,
        },
      ];
  }
  return [];
}

function* listed(list: unknown, at: JsonPath): Generator<[JsonPath, unknown]> {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) yield [[...at, i], list[i]];
}

function scanGlobProblems(value: unknown): SchemaProblem[] {
  const scan = (value as { scan?: unknown } | null)?.scan;
  const users = (value as { systemUsers?: unknown } | null)?.systemUsers;
  const inScan = function* (): Generator<[JsonPath, unknown]> {
    if (!scan || typeof scan !== 'object') return;
    for (const key of ['include', 'exclude', 'adminPaths'] as const) yield* listed((scan as Record<string, unknown>)[key], ['scan', key]);
  };
  const inCode = function* (): Generator<[JsonPath, unknown]> {
    if (!Array.isArray(users)) return;
    for (let u = 0; u < users.length; u++) yield* listed((users[u] as { code?: unknown } | null)?.code, ['systemUsers', u, 'code']);
  };
  return [
    ...globBudgetProblems(inScan(), {
      max: MAX_SCAN_GLOB_CHARS,
      lists: '`scan.include`, `scan.exclude` and `scan.adminPaths`',
      matched: 'each is matched against every file.',
      suggestion: 'Match folders rather than files (`vendor/**`), or move what should never be scanned out of the tree.',
    }),
    ...globBudgetProblems(inCode(), {
      max: MAX_CODE_GLOB_CHARS,
      lists: 'The system users\' `code:` lists',
      matched: 'each is matched against every file that makes Graph calls.',
      suggestion: 'Match each user\'s folders (`services/catalog/**`) rather than its files.',
    }),
  ];
}

/** Each system user's `token` object with its index (what the token checks below look at). */
function userTokens(value: unknown): [number, Record<string, unknown>][] {
  const users = (value as { systemUsers?: unknown } | null)?.systemUsers;
  if (!Array.isArray(users)) return [];
  const out: [number, Record<string, unknown>][] = [];
  users.forEach((u, i) => {
    const token = (u as { token?: unknown } | null)?.token;
    if (token !== null && typeof token === 'object') out.push([i, token as Record<string, unknown>]);
  });
  return out;
}

/** `systemUsers[*].token.secret` naming a variable the CI runner sets (`isRunnerVariable`): no token is kept there. */
function runnerVariableProblems(value: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const [i, token] of userTokens(value)) {
    const name = token.secret;
    if (typeof name === 'string' && isRunnerVariable(name)) {
      const path: JsonPath = ['systemUsers', i, 'token', 'secret'];
      out.push({
        path,
        message: `\`${dotted(path)}\` names \`${name}\`, a variable the CI runner sets (GITHUB_*, RUNNER_*, ACTIONS_*, AGENT_*, CI, HOME, PATH, ImageOS), not a secret: its value is not taken as the token.`,
        suggestion: 'Name the CI secret that holds the token, e.g. `secret: META_SHOP_PROD_TOKEN` (GitHub refuses secret names that start with GITHUB_).',
      });
    }
  }
  return out;
}

/** Date fields of the manifest: `systemUsers[*].token.lastRotated`. */
function calendarDateProblems(value: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const [i, token] of userTokens(value)) {
    const d = token.lastRotated;
    if (typeof d === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(d) && !isValidDate(d)) {
      const path: JsonPath = ['systemUsers', i, 'token', 'lastRotated'];
      out.push({ path, message: `\`${dotted(path)}\` must be a real calendar date (YYYY-MM-DD), not \`${d}\`.` });
    }
  }
  return out;
}

function describe(e: ErrorObject, value: unknown, doc?: () => Document): SchemaProblem | undefined {
  // A map key's error (the schema's propertyNames: a use case's name) is about the key, not the map.
  const keyName = (e as ErrorObject & { propertyName?: string }).propertyName;
  const path = keyName === undefined ? toPath(e.instancePath) : [...toPath(e.instancePath), keyName];
  const where = dotted(path);
  const actual = keyName ?? valueAt(value, path);
  const params = e.params as Record<string, unknown>;
  const schemaNode = parentSchemaOf(e);
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((schemaNode?.properties as object) ?? {});
      const near = suggest(extra, allowed);
      const inWhat = path.length ? ` in \`${where}\`` : '';
      if (path[0] === 'rules' && path.length === 1) {
        return {
          path: [...path, extra],
          key: true,
          message: `Unknown rule \`${extra}\`${near ? ` — did you mean \`${near}\`?` : '.'}`,
          suggestion: near ? `Rename it to \`${near}\`.` : 'Run `graphguard rules` for the list of rule ids.',
        };
      }
      return {
        path: [...path, extra],
        key: true,
        message: `Unknown key \`${extra}\`${inWhat}${near ? ` — did you mean \`${near}\`?` : '.'}`,
        suggestion: near ? `Rename it to \`${near}\`.` : `Allowed keys: ${allowed.join(', ')}.`,
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const extra = missing === 'environment' ? ' (required unless role is admin)' : '';
      return { path, key: true, message: `Missing key \`${missing}\` in \`${where}\`${extra}.` };
    }
    case 'type': {
      const expected = String(params.type);
      const pattern = schemaNode?.pattern;
      if (expected === 'string' && typeof actual === 'number' && typeof pattern === 'string' && pattern.includes('[0-9]+')) {
        const src = sourceText(doc, path) ?? String(actual);
        const key = String(path[path.length - 1]);
        // "Quote it" only where the quoted text is the value wanted (an id); a version (`25.0`) quoted
        // would fail the pattern next: say what it must look like, and the value that does.
        if (!new RegExp(pattern).test(src)) {
          const version = pattern.startsWith('^v') ? (/^\d+\.\d+$/.test(src) ? `v${src}` : /^\d+$/.test(src) ? `v${src}.0` : undefined) : undefined;
          return {
            path,
            message: `\`${where}\` ${patternHint(pattern, key)}, not the number \`${src}\`.`,
            ...(version ? { suggestion: `Write ${key}: ${version}.` } : {}),
          };
        }
        return {
          path,
          message: `\`${where}\` must be a string of digits; quote it.`,
          suggestion: `Write ${key}: "${src}" — unquoted, large ids lose digits.`,
        };
      }
      const article = expected === 'array' ? 'a list' : expected === 'object' ? 'a map' : `a ${expected}`;
      return { path, message: `\`${where}\` must be ${article}, not ${typeName(actual)}.` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const near = typeof actual === 'string' ? suggest(actual, allowed) : undefined;
      return {
        path,
        message: `\`${where}\` must be one of ${allowed.join(', ')}${typeof actual === 'string' ? `, not \`${actual}\`` : ''}${near ? ` — did you mean \`${near}\`?` : '.'}`,
      };
    }
    case 'const':
      return { path, message: `\`${where}\` must be ${JSON.stringify(params.allowedValue)}.` };
    case 'pattern': {
      const pattern = String(params.pattern);
      const last = String(path[path.length - 1] ?? '');
      const hint = patternHint(pattern, last);
      // What a `token.secret` holds when it is no name may be the secret itself, whatever it looks like (a
      // `$word` password reads as a reference to a name): never quoted whole (hunt tok2).
      const text = last === 'secret' && typeof actual === 'string' && keyName === undefined ? redact(actual) : shown(actual);
      return { path, ...(keyName === undefined ? {} : { key: true }), message: `\`${where}\` ${hint}, not \`${text}\`.` };
    }
    case 'propertyNames':
      return undefined; // reported by the pattern error on the name itself
    case 'uniqueItems':
      return { path: [...path, Number(params.j)], message: `\`${where}\` lists \`${String(valueAt(value, [...path, Number(params.j)]))}\` twice.` };
    case 'minItems':
      return { path, message: `\`${where}\` must not be empty.` };
    case 'minimum':
    case 'maximum':
      return { path, message: `\`${where}\` must be ${e.keyword === 'minimum' ? '≥' : '≤'} ${String(params.limit)}.` };
    case 'minLength':
      return { path, message: `\`${where}\` must not be empty.` };
    case 'anyOf':
      if (path[0] === 'rules' && path.length === 2)
        return {
          path,
          message: `\`${where}\` must be off, notice, warn or error, or a map { severity, ...options } with the rule's options.`,
          suggestion: `Run \`graphguard explain ${String(path[1])}\` for its options.`,
        };
      return { path, message: `\`${where}\` is not valid here.` };
    default:
      return { path, message: `\`${where}\` ${e.message ?? 'is invalid'}.` };
  }
}

function patternHint(pattern: string, key: string): string {
  if (pattern === '^[0-9]+$') return 'must be a string of digits';
  if (pattern === '^(act_)?[0-9]+$') return 'must be digits (ad accounts may be written act_<digits>)';
  if (pattern === '^[a-z0-9_-]+$') return 'must use only a-z, 0-9, _ and -';
  if (pattern === '^[a-z][a-z0-9_]*$') return 'must be a lower_snake_case name';
  if (pattern === '^[A-Z][A-Z0-9_]*$') return 'must be an UPPER_CASE task name';
  if (pattern.startsWith('^v')) return 'must look like v26.0';
  if (pattern.startsWith('^[0-9]{4}')) return 'must be a date YYYY-MM-DD';
  if (key === 'secret') return 'must be the NAME of an env var / CI secret (letters, digits, _)';
  return `must match ${pattern}`;
}

function sourceText(doc: (() => Document) | undefined, path: JsonPath): string | undefined {
  const node = doc?.().getIn(path, true);
  if (isScalar(node) && typeof node.source === 'string') return node.source;
  return undefined;
}
