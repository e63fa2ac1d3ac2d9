import type { Node, Pair, YAMLMap } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from '../yaml.js';

/** A job of a GitHub Actions workflow, with offsets into the workflow text. */
export interface WorkflowJob {
  id: string;
  /** The job's deployment environment, when it is a literal (`environment: production` or `{ name: production }`). */
  environment?: { name: string; start: number; end: number };
  /**
   * Otherwise, every environment the job can deploy to when that is known from the workflow itself: an
   * `environment` given by the job's literal matrix (`${{ matrix.env }}`, `prod-${{ matrix.region }}`), or,
   * for a job that calls a reusable workflow (`uses:`), its `with:` input named for one
   * (`with: { environment: production }`, also from the matrix). `via` says where the names came from.
   */
  environments?: { names: string[]; via: string };
  /** With a matrix: each leg's variables and the environment it deploys to ('' for none). */
  legs?: { leg: Readonly<Record<string, unknown>>; environment: string }[];
  /**
   * Spans of the job's steps whose `if:` reads the matrix, with that condition: in a job whose legs deploy
   * to different environments, a reference there runs in the legs where it holds.
   */
  matrixSteps?: { start: number; end: number; condition: string }[];
  /** The job calls a reusable workflow (`uses:`): the workflow's own `env:` does not reach it. */
  reusable?: boolean;
  /** Offsets of the job's span: from its key to the end of its body. */
  start: number;
  end: number;
}

export interface ParsedWorkflow {
  jobs: WorkflowJob[];
  /**
   * Spans of names that declare a secret rather than use it, in the order of the text: the keys of
   * `on.workflow_call.secrets` and of a reusable workflow call's `secrets:` map (the called workflow's
   * names for them).
   */
  declarations: { start: number; end: number }[];
}

/**
 * Parse a GitHub workflow: its jobs and their literal environments. Returns null when the text is not
 * YAML or has no `jobs` mapping. An environment given by an expression (`${{ inputs.env }}`) is unknown
 * and left out.
 */
export function parseWorkflow(text: string): ParsedWorkflow | null {
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { uniqueKeys: false, strict: false, prettyErrors: false });
  } catch {
    return null;
  }
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const jobsPair = doc.contents.items.find((p) => scalarKey(p) === 'jobs');
  if (!jobsPair || !isMap(jobsPair.value)) return null;
  const jobs: WorkflowJob[] = [];
  const declarations: { start: number; end: number }[] = [];
  const budget = { left: MAX_WORKFLOW_NODES };
  const keysOf = (map: unknown) => {
    if (!isMap(map)) return;
    for (const p of map.items) {
      const r = (p.key as Node | null)?.range;
      if (r) declarations.push({ start: r[0], end: r[1] });
    }
  };
  keysOf(deref(doc, mapValue(deref(doc, mapValue(deref(doc, mapValue(doc.contents, 'on')), 'workflow_call')), 'secrets')));
  for (const pair of jobsPair.value.items) {
    const id = scalarKey(pair);
    if (id === undefined || !isPair(pair)) continue;
    const keyRange = (pair.key as Node | null)?.range;
    const valueRange = (pair.value as Node | null)?.range;
    const start = keyRange?.[0] ?? valueRange?.[0];
    const end = valueRange?.[1] ?? keyRange?.[1];
    if (start === undefined || end === undefined) continue;
    const job: WorkflowJob = { id, start, end };
    const env = isMap(pair.value) ? pair.value.items.find((p) => scalarKey(p) === 'environment') : undefined;
    // An alias (`environment: *prod`, which Actions accepts) stands for its anchored node; the span is
    // the alias's own, in this job.
    const envValue = env?.value;
    const envMap = deref(doc, envValue);
    const nameNode = isMap(envMap) ? envMap.items.find((p) => scalarKey(p) === 'name')?.value : envValue;
    const envNode = deref(doc, nameNode);
    const at = (isAlias(envValue) ? envValue : nameNode) as Node | undefined;
    if (isScalar(envNode) && typeof envNode.value === 'string' && at?.range && !envNode.value.includes('${{')) {
      const name = envNode.value.trim();
      if (name) job.environment = { name, ...valueSpan(text, at.range) };
    } else if (isMap(pair.value)) {
      legs(doc, pair.value, job, envNode, budget);
    }
    if (isMap(pair.value) && mapValue(pair.value, 'uses') !== undefined) {
      keysOf(deref(doc, mapValue(pair.value, 'secrets')));
      job.reusable = true;
    }
    jobs.push(job);
  }
  // In the order of the text (`on:` may follow `jobs:`), for a search per reference.
  declarations.sort((a, b) => a.start - b.start);
  return { jobs, declarations };
}

/**
 * `with:` inputs of a reusable workflow's call that name the environment it deploys to (`environment`,
 * `env`, `stage`, `deploy_env`, `target-environment`, `environment_name`, …): a called workflow sets its
 * jobs' `environment` from such an input, and a calling job may have no `environment` of its own.
 */
const ENV_INPUT = /(?:^|[-_])(?:environment|env|stage)(?:[-_]?name)?$|^(?:deploy|deployment|target|release)[-_]?(?:environment|env|stage)(?:[-_]?name)?$/i;

/** At most this many matrix legs (or environment names from them) are worked out; past it, unknown. */
const MAX_LEGS = 256;

/**
 * What the job's `environment` expression (`envNode`), or, for a reusable workflow's call, its `with:`
 * input named for an environment, can be over the job's literal matrix (`strategy.matrix`): sets
 * `job.environments` when every value is known, and `job.matrixSteps`. Anything else (`fromJSON(…)`,
 * `inputs.*`, `vars.*`, more than MAX_LEGS legs) leaves the environment unknown, as before.
 */
function legs(doc: ReturnType<typeof parseDocument>, body: YAMLMap, job: WorkflowJob, envNode: unknown, total: { left: number }): void {
  let template: string | undefined;
  let via = 'environment';
  if (isScalar(envNode) && typeof envNode.value === 'string') template = envNode.value;
  else if (envNode === undefined || envNode === null) {
    const uses = deref(doc, mapValue(body, 'uses'));
    const withMap = deref(doc, mapValue(body, 'with'));
    if (!isScalar(uses) || !isMap(withMap)) return;
    for (const p of withMap.items) {
      const key = scalarKey(p);
      const v = deref(doc, (p as Pair).value);
      if (key !== undefined && ENV_INPUT.test(key) && isScalar(v) && typeof v.value === 'string' && v.value.trim()) {
        template = v.value;
        via = `with.${key}`;
        break;
      }
    }
  }
  if (template === undefined) return;
  const parts = templateParts(template);
  if (!parts) return;
  const paths = parts.filter((x): x is string[] => typeof x !== 'string');
  if (paths.length === 0) {
    // A literal input (`with: { environment: production }`).
    const name = template.trim();
    if (name && !name.includes('${{')) job.environments = { names: [name], via };
    return;
  }
  const combos = matrixLegs(doc, deref(doc, mapValue(deref(doc, mapValue(body, 'strategy')), 'matrix')), total);
  if (!combos) return;
  const names = new Set<string>();
  const perLeg: { leg: Readonly<Record<string, unknown>>; environment: string }[] = [];
  for (const combo of combos) {
    let name = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        name += part;
        continue;
      }
      // A value from an expression's list: not known, nor is the job's environment.
      if (readsOpaque(combo, part)) return;
      // A leg without the value (an `include` that adds other keys): the expression is empty there, as
      // in Actions, and the leg deploys to no environment unless the template's text names one.
      name += pathValue(combo, part) ?? '';
    }
    name = name.trim();
    if (name) names.add(name);
    perLeg.push({ leg: combo, environment: name });
  }
  if (names.size === 0) return;
  const vars = [...new Set(paths.map((p) => `matrix.${p.join('.')}`))].join(', ');
  job.environments = { names: [...names], via: via === 'environment' ? vars : `${via} from ${vars}` };
  job.legs = perLeg;
  job.matrixSteps = matrixSteps(doc, body);
}

/**
 * A template's literal text and its expressions, each an expression over the matrix (`${{ matrix.env }}`,
 * `${{ matrix.target.name }}`, `${{ matrix['env'] }}`) as its path; undefined when an expression is
 * anything else (a function, an operator, another context).
 */
function templateParts(template: string): (string | string[])[] | undefined {
  const out: (string | string[])[] = [];
  let at = 0;
  for (;;) {
    const open = template.indexOf('${{', at);
    if (open === -1) break;
    const close = template.indexOf('}}', open + 3);
    if (close === -1) return undefined;
    if (open > at) out.push(template.slice(at, open));
    const m = /^\s*matrix((?:\.[A-Za-z_][\w-]*|\[\s*'[^']*'\s*\])+)\s*$/.exec(template.slice(open + 3, close));
    if (!m) return undefined;
    out.push([...m[1]!.matchAll(/\.([A-Za-z_][\w-]*)|\[\s*'([^']*)'\s*\]/g)].map((x) => x[1] ?? x[2]!));
    at = close + 2;
  }
  if (at < template.length) out.push(template.slice(at));
  return out;
}

/** Nesting a matrix value may have (`include` entries of maps of maps): deeper, the matrix is unknown. */
const MAX_DEPTH = 32;

/** A leg of a matrix: its variables' plain values (strings, numbers, booleans, maps of them). */
type Leg = Record<string, unknown>;

/**
 * The legs of a literal matrix, as Actions makes them: every combination of its variables' lists, less
 * those an `exclude` entry matches (its keys' values equal, maps compared as maps), then each `include`
 * entry merged into every original combination whose original values it does not change (values an
 * earlier entry added may be overwritten), or, where it fits none, added as a leg of its own (never
 * extended by a later entry). Undefined when the matrix is not literal (an expression, `fromJSON`), holds
 * more than 10,000 nodes, or makes more than MAX_LEGS legs (MAX_COMBINATIONS before `exclude`).
 */
function matrixLegs(doc: ReturnType<typeof parseDocument>, matrix: unknown, total: { left: number }): Leg[] | undefined {
  // Each matrix's own budget, within the workflow's (MAX_WORKFLOW_NODES for all its matrices).
  const budget = { left: Math.min(MAX_MATRIX_NODES, total.left) };
  const start = budget.left;
  try {
    return legsOf(doc, matrix, budget);
  } finally {
    total.left -= start - Math.max(0, budget.left);
  }
}

function legsOf(doc: ReturnType<typeof parseDocument>, matrix: unknown, budget: { left: number }): Leg[] | undefined {
  if (!isMap(matrix)) return undefined;
  let combos: Leg[] = [{}];
  let include: Leg[] = [];
  let exclude: Leg[] = [];
  const keys: string[] = [];
  for (const p of matrix.items) {
    const key = scalarKey(p);
    if (key === undefined) return undefined;
    const value = plain(doc, (p as Pair).value, budget, 0);
    if (key === 'include' || key === 'exclude') {
      if (!Array.isArray(value) || value.length > MAX_LEGS || !value.every((e) => isLeg(e))) return undefined;
      if (key === 'include') include = value as Leg[];
      else exclude = value as Leg[];
      continue;
    }
    // A list from an expression (`${{ fromJSON(…) }}`): its values are not known, but the other variables'
    // still are; one opaque value stands for them (a template that reads it is unknown).
    const values = Array.isArray(value) ? value : typeof value === 'string' && value.includes('${{') ? [OPAQUE] : undefined;
    if (!values || values.length === 0) return undefined;
    keys.push(key);
    // Each key copies every leg: past MAX_MATRIX_KEYS, unknown (a hostile matrix of thousands of keys).
    if (keys.length > MAX_MATRIX_KEYS) return undefined;
    const next: Leg[] = [];
    for (const leg of combos) for (const v of values) next.push({ ...leg, [key]: v });
    if (next.length > MAX_COMBINATIONS) return undefined;
    combos = next;
  }
  // Comparing every combination with every `exclude` entry: bounded too.
  if (combos.length * Math.max(1, exclude.length) > MAX_PAIRINGS || Math.min(combos.length, MAX_LEGS) * include.length > MAX_PAIRINGS) return undefined;
  const canon = canonical();
  const matches = (leg: Leg, e: Leg) => Object.keys(e).every((k) => Object.hasOwn(leg, k) && canon(leg[k]) === canon(e[k]));
  // No variables: no original combination; every include entry is a leg.
  const original = keys.length === 0 ? [] : combos.filter((leg) => !exclude.some((e) => matches(leg, e)));
  if (original.length > MAX_LEGS) return undefined;
  const base = original.map((leg) => ({ ...leg }));
  const added: Leg[] = [];
  for (const entry of include) {
    let extended = false;
    base.forEach((leg, i) => {
      // An original value is never overwritten; a value an earlier entry added may be.
      if (!Object.keys(entry).every((k) => !keys.includes(k) || canon(original[i]![k]) === canon(entry[k]))) return;
      extended = true;
      Object.assign(leg, entry);
    });
    if (!extended) added.push({ ...entry });
    if (base.length + added.length > MAX_LEGS) return undefined;
  }
  return [...base, ...added];
}

/** The value of a matrix variable whose list is an expression: never equal to a literal, never a name. */
const OPAQUE = Object.freeze({ '\u0000opaque': true });

/** Variables of one matrix; combinations compared with `exclude` or `include` entries, at most. */
const MAX_MATRIX_KEYS = 64;
const MAX_PAIRINGS = 65_536;
/** Combinations worked out before `exclude` (Actions caps the jobs a matrix makes, after it). */
const MAX_COMBINATIONS = 4096;
/** Nodes of plain data a matrix may hold, aliases followed; and all the matrices of one workflow. */
const MAX_MATRIX_NODES = 10_000;
const MAX_WORKFLOW_NODES = 200_000;

/**
 * A value's text for comparing values: a map's keys in order, so `{a, b}` equals `{b, a}`. Memoised per
 * object (legs share their values), so comparing legs costs the size of each distinct value once.
 */
function canonical(): (v: unknown) => string {
  const memo = new WeakMap<object, string>();
  const text = (v: unknown): string => {
    if (typeof v !== 'object' || v === null) return JSON.stringify(v) ?? 'null';
    const known = memo.get(v);
    if (known !== undefined) return known;
    const out = Array.isArray(v)
      ? `[${v.map(text).join(',')}]`
      : `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${text((v as Leg)[k])}`)
          .join(',')}}`;
    memo.set(v, out);
    return out;
  };
  return text;
}

function isLeg(v: unknown): v is Leg {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/** Whether a path of the leg goes through the opaque value of a list given by an expression. */
function readsOpaque(leg: Leg, path: readonly string[]): boolean {
  let v: unknown = leg;
  for (const k of path) {
    if (v === OPAQUE) return true;
    if (!isLeg(v)) return false;
    const key = Object.keys(v).find((x) => x.toLowerCase() === k.toLowerCase());
    if (key === undefined) return false;
    v = v[key];
  }
  return v === OPAQUE;
}

/** A leg's value at a path (`target.name`) as text, if it is a string, number or boolean. */
function pathValue(leg: Leg, path: readonly string[]): string | undefined {
  let v: unknown = leg;
  for (const k of path) {
    if (!isLeg(v)) return undefined;
    // Actions looks property names up without regard to case (`matrix.env` reads `Env`).
    const key = Object.hasOwn(v, k) ? k : Object.keys(v).find((x) => x.toLowerCase() === k.toLowerCase());
    if (key === undefined) return undefined;
    v = v[key];
  }
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/**
 * A node as plain data (aliases followed), within a budget of nodes (hostile input: an alias bomb is
 * cut short, and the matrix is then unknown). Undefined for anything that is not data, or past the budget.
 */
function plain(doc: ReturnType<typeof parseDocument>, node: unknown, budget: { left: number }, depth: number): unknown {
  if (--budget.left < 0 || depth > MAX_DEPTH) return undefined;
  const n = deref(doc, node);
  if (isScalar(n)) return typeof n.value === 'string' || typeof n.value === 'number' || typeof n.value === 'boolean' ? n.value : undefined;
  if (isSeq(n)) {
    const out: unknown[] = [];
    for (const item of n.items) {
      const v = plain(doc, item, budget, depth + 1);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }
  if (isMap(n)) {
    const out: Leg = Object.create(null) as Leg;
    for (const p of n.items) {
      const k = scalarKey(p);
      const v = k === undefined ? undefined : plain(doc, (p as Pair).value, budget, depth + 1);
      if (k === undefined || v === undefined) return undefined;
      out[k] = v;
    }
    return out;
  }
  return undefined;
}

/** The spans of the job's steps whose `if:` reads the matrix (`if: matrix.env == 'test'`). */
function matrixSteps(doc: ReturnType<typeof parseDocument>, body: YAMLMap): { start: number; end: number; condition: string }[] {
  const steps = deref(doc, mapValue(body, 'steps'));
  const out: { start: number; end: number; condition: string }[] = [];
  if (!isSeq(steps)) return out;
  for (const item of steps.items) {
    const step = deref(doc, item);
    if (!isMap(step)) continue;
    const cond = deref(doc, mapValue(step, 'if'));
    const range = (item as Node | null)?.range;
    if (isScalar(cond) && typeof cond.value === 'string' && readsMatrix(cond.value) && range) out.push({ start: range[0], end: range[1], condition: cond.value });
  }
  return out;
}

/** Whether an expression reads the matrix context (`matrix.env`, `matrix['env']`; not `needs.setup-matrix`). */
export function readsMatrix(expression: string): boolean {
  return /(?:^|[^\w.-])matrix\s*[.[]/.test(expression);
}

/** The value of a map's key, if the node is a map that has it. */
function mapValue(node: unknown, key: string): unknown {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => scalarKey(p) === key)?.value;
}

/** The node an alias stands for (one step: an anchor names a node, never another alias), else the node. */
function deref(doc: ReturnType<typeof parseDocument>, node: unknown): unknown {
  if (!isAlias(node)) return node;
  // Through one index of the document's anchors: yaml's `Alias.resolve` walks the whole document on
  // each call, and a hostile workflow has thousands of aliases.
  let index = anchors.get(doc);
  if (!index) anchors.set(doc, (index = anchorIndex(doc)));
  const list = index.get(node.source);
  const at = node.range?.[0] ?? Number.POSITIVE_INFINITY;
  // The anchor of that name last defined before the alias (an anchor may be redefined).
  let found: Node | undefined;
  if (list)
    for (let lo = 0, hi = list.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < at) {
        found = list[mid]!.node;
        lo = mid + 1;
      } else hi = mid - 1;
    }
  return found;
}

const anchors = new WeakMap<object, Map<string, { start: number; node: Node }[]>>();

/** Every anchored node of the document by anchor name, in the order of the text. */
function anchorIndex(doc: ReturnType<typeof parseDocument>): Map<string, { start: number; node: Node }[]> {
  const index = new Map<string, { start: number; node: Node }[]>();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const n = stack.pop();
    if (isPair(n)) {
      stack.push(n.value, n.key);
      continue;
    }
    if (!isMap(n) && !isSeq(n) && !isScalar(n)) continue;
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor) {
      const list = index.get(anchor) ?? [];
      list.push({ start: n.range?.[0] ?? 0, node: n });
      index.set(anchor, list);
    }
    if (isMap(n) || isSeq(n)) for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
  }
  for (const list of index.values()) list.sort((a, b) => a.start - b.start);
  return index;
}

/**
 * The jobs an offset belongs to: the job whose span holds it, or every job when the offset lies outside
 * all jobs (workflow-level `env:`, `on.workflow_call.secrets`), since those apply to each job.
 */
export function jobAt(parsed: ParsedWorkflow, offset: number): WorkflowJob[] {
  // The jobs are in the order of the text, their spans apart: the last that starts at or before the
  // offset is the only one that may hold it (a search, not a scan: a workflow of thousands of jobs
  // and references).
  const jobs = parsed.jobs;
  let lo = 0;
  let hi = jobs.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (jobs[mid]!.start <= offset) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const job = at === -1 ? undefined : jobs[at]!;
  return job && offset < job.end ? [job] : jobs;
}

/** Jobs shown by name in a message: the rest are counted (`a, b, c, d, e and 7,995 more`). */
const JOBS_NAMED = 5;

/** The ids of `jobs` for a message, at most JOBS_NAMED of them named. */
export function jobNames(jobs: readonly WorkflowJob[]): string {
  const named = jobs.slice(0, JOBS_NAMED).map((j) => j.id).join(', ');
  return jobs.length > JOBS_NAMED ? `${named} and ${(jobs.length - JOBS_NAMED).toLocaleString('en')} more` : named;
}

/** `.github/workflows/*.yml` or `*.yaml` (GitHub reads no subdirectories there). */
export function isWorkflowPath(path: string): boolean {
  return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path.replace(/\\/g, '/'));
}

const PROD_WORDS = new Set(['production', 'prod', 'prd']);
const TEST_WORDS = new Set(['test', 'testing', 'sandbox']);
/** Directories whose children name environments (`deploy/test/`, `k8s/overlays/test/`, `envs/prod/`). */
const DEPLOY_DIRS = new Set([
  'deploy',
  'deployment',
  'deployments',
  'environments',
  'environment',
  'envs',
  'env',
  'k8s',
  'kubernetes',
  'helm',
  'charts',
  'overlays',
  'terraform',
  'infra',
  'infrastructure',
  'ops',
  'stages',
]);
const CONFIG_EXT = /\.(?:ya?ml|json|toml|ini|env|tfvars|tf|hcl|properties|conf|cfg)$/i;

/**
 * The environment a deploy config targets, from its path alone:
 * - `.env.production`, `.env.prod` (also `.env.production.local`) → production; `.env.test`, `.env.testing`,
 *   `.env.sandbox` → test;
 * - a config file (yml, yaml, json, toml, ini, env, tfvars, tf, hcl, properties, conf, cfg) whose name has
 *   `production`/`prod`/`prd` as a `.`/`-`/`_`-separated part (`values-prod.yaml`, `appsettings.Production.json`)
 *   → production; with `sandbox` → test; with `test`/`testing` only inside a deploy directory;
 * - a directory named `production`, `prod`, `prd` (or `prod-eu`, `production_us`…) anywhere → production; a
 *   directory named `test`, `testing`, `sandbox` (or `test-eu`…) directly or indirectly under a deploy directory
 *   (`deploy`, `environments`, `envs`, `k8s`, `helm`, `overlays`, `terraform`, `infra`…) → test.
 * `test/` and `*.test.ts` elsewhere are unit tests, not a test environment. Production wins over test.
 */
export function environmentOfPath(path: string): 'production' | 'test' | undefined {
  const segs = path.replace(/\\/g, '/').split('/').filter((s) => s && s !== '.');
  const base = segs.pop() ?? '';
  const lower = base.toLowerCase();
  const dotenv = /^\.env\.([a-z]+)(?:\.|$)/.exec(lower);
  if (dotenv) {
    if (PROD_WORDS.has(dotenv[1] ?? '')) return 'production';
    if (TEST_WORDS.has(dotenv[1] ?? '')) return 'test';
  }
  let underDeploy = false;
  let test = false;
  for (const seg of segs) {
    const head = seg.toLowerCase().split(/[-_.]/)[0] ?? '';
    if (PROD_WORDS.has(head)) return 'production';
    if (TEST_WORDS.has(head) && (underDeploy || head === 'sandbox')) test = true;
    if (DEPLOY_DIRS.has(seg.toLowerCase())) underDeploy = true;
  }
  if (CONFIG_EXT.test(lower)) {
    const parts = lower.split(/[-_.]/);
    if (parts.some((p) => PROD_WORDS.has(p))) return 'production';
    if (parts.includes('sandbox') || (underDeploy && parts.some((p) => TEST_WORDS.has(p)))) test = true;
  }
  return test ? 'test' : undefined;
}

const ENV_KEY_LINE =
  /^["']?(?:environment|env|stage|ENVIRONMENT|APP_ENV|NODE_ENV|RAILS_ENV|RACK_ENV|DEPLOY_ENV)["']?[ \t]*[:=][ \t]*["']?([A-Za-z]+)["']?[ \t]*(?:#.*)?$/gm;

/**
 * The environment a YAML or dotenv config declares at its top level: `environment: production`,
 * `stage: prod`, `APP_ENV=production`, `NODE_ENV=test`… (unindented keys only, so a workflow job's
 * `environment:` does not count). Production wins when both appear.
 */
export function environmentOfContent(text: string): 'production' | 'test' | undefined {
  let test = false;
  for (const m of text.matchAll(ENV_KEY_LINE)) {
    const v = (m[1] ?? '').toLowerCase();
    if (PROD_WORDS.has(v)) return 'production';
    if (TEST_WORDS.has(v)) test = true;
  }
  return test ? 'test' : undefined;
}

/** `environmentOfPath`, else `environmentOfContent` for YAML and dotenv files. */
export function environmentOfFile(path: string, text: string): 'production' | 'test' | undefined {
  const byPath = environmentOfPath(path);
  if (byPath) return byPath;
  const base = path.split('/').pop() ?? '';
  if (/\.ya?ml$/i.test(base) || /^\.env(?:\.|$)/i.test(base) || /\.env$/i.test(base)) return environmentOfContent(text);
  return undefined;
}

function scalarKey(p: unknown): string | undefined {
  if (!isPair(p)) return undefined;
  const k = (p as Pair).key;
  return isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number') ? String(k.value) : undefined;
}

/** Offsets of a scalar's text without its quotes. */
function valueSpan(text: string, range: [number, number, number]): { start: number; end: number } {
  let [start, end] = range;
  const q = text[start];
  if ((q === '"' || q === "'") && text[end - 1] === q && end - start >= 2) {
    start++;
    end--;
  }
  return { start, end };
}
