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
  /**
   * Spans of the job's steps whose `if:` reads the matrix: in a job whose legs deploy to different
   * environments, a reference there runs in some legs only.
   */
  matrixSteps?: { start: number; end: number }[];
  /** Offsets of the job's span: from its key to the end of its body. */
  start: number;
  end: number;
}

export interface ParsedWorkflow {
  jobs: WorkflowJob[];
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
      legs(doc, pair.value, job, envNode);
    }
    jobs.push(job);
  }
  return { jobs };
}

/**
 * `with:` inputs of a reusable workflow's call that name the environment it deploys to (`environment`,
 * `env`, `stage`, `deploy_env`, `target-environment`, `environment_name`, …): a called workflow sets its
 * jobs' `environment` from such an input, and a calling job may have no `environment` of its own.
 */
const ENV_INPUT = /^(?:(?:deploy|deployment|target)[-_]?)?(?:environment|env|stage)(?:[-_]?name)?$/i;

/** At most this many matrix legs (or environment names from them) are worked out; past it, unknown. */
const MAX_LEGS = 256;

/**
 * What the job's `environment` expression (`envNode`), or, for a reusable workflow's call, its `with:`
 * input named for an environment, can be over the job's literal matrix (`strategy.matrix`): sets
 * `job.environments` when every value is known, and `job.matrixSteps`. Anything else (`fromJSON(…)`,
 * `inputs.*`, `vars.*`, more than MAX_LEGS legs) leaves the environment unknown, as before.
 */
function legs(doc: ReturnType<typeof parseDocument>, body: YAMLMap, job: WorkflowJob, envNode: unknown): void {
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
  const combos = matrixLegs(doc, deref(doc, mapValue(deref(doc, mapValue(body, 'strategy')), 'matrix')));
  if (!combos) return;
  const names = new Set<string>();
  for (const combo of combos) {
    let name = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        name += part;
        continue;
      }
      const v = pathValue(combo, part);
      // A leg without the value (an `include` that adds other keys) deploys nowhere known: unknown.
      if (v === undefined) return;
      name += v;
    }
    name = name.trim();
    if (name) names.add(name);
  }
  if (names.size === 0) return;
  const vars = [...new Set(paths.map((p) => `matrix.${p.join('.')}`))].join(', ');
  job.environments = { names: [...names], via: via === 'environment' ? vars : `${via} from ${vars}` };
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
 * those an `exclude` entry matches, then each `include` entry added to the legs it extends or as a leg of
 * its own. Undefined when the matrix is not literal (an expression, `fromJSON`) or has more than MAX_LEGS legs.
 */
function matrixLegs(doc: ReturnType<typeof parseDocument>, matrix: unknown): Leg[] | undefined {
  if (!isMap(matrix)) return undefined;
  let legs: Leg[] = [{}];
  let include: Leg[] = [];
  let exclude: Leg[] = [];
  for (const p of matrix.items) {
    const key = scalarKey(p);
    if (key === undefined) return undefined;
    const value = plain(doc, (p as Pair).value, { left: 10_000 }, 0);
    if (key === 'include' || key === 'exclude') {
      if (!Array.isArray(value) || !value.every((e) => isLeg(e))) return undefined;
      if (key === 'include') include = value as Leg[];
      else exclude = value as Leg[];
      continue;
    }
    if (!Array.isArray(value) || value.length === 0) return undefined;
    const next: Leg[] = [];
    for (const leg of legs) for (const v of value) next.push({ ...leg, [key]: v });
    if (next.length > MAX_LEGS) return undefined;
    legs = next;
  }
  const original = new Set(Object.keys(legs[0] ?? {}));
  legs = legs.filter((leg) => !exclude.some((e) => Object.keys(e).every((k) => same(leg[k], e[k]))));
  if (original.size === 0) legs = [];
  for (const entry of include) {
    // An entry extends every leg whose original values it does not change; if it extends none, it is a leg.
    let extended = false;
    legs = legs.map((leg) => {
      if (!Object.keys(entry).every((k) => !original.has(k) || same(leg[k], entry[k]))) return leg;
      extended = true;
      return { ...leg, ...entry };
    });
    if (!extended) legs.push({ ...entry });
    if (legs.length > MAX_LEGS) return undefined;
  }
  return legs;
}

function isLeg(v: unknown): v is Leg {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A leg's value at a path (`target.name`) as text, if it is a string, number or boolean. */
function pathValue(leg: Leg, path: readonly string[]): string | undefined {
  let v: unknown = leg;
  for (const k of path) {
    if (!isLeg(v) || !Object.hasOwn(v, k)) return undefined;
    v = v[k];
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
function matrixSteps(doc: ReturnType<typeof parseDocument>, body: YAMLMap): { start: number; end: number }[] {
  const steps = deref(doc, mapValue(body, 'steps'));
  const out: { start: number; end: number }[] = [];
  if (!isSeq(steps)) return out;
  for (const item of steps.items) {
    const step = deref(doc, item);
    if (!isMap(step)) continue;
    const cond = deref(doc, mapValue(step, 'if'));
    const range = (item as Node | null)?.range;
    if (isScalar(cond) && typeof cond.value === 'string' && /\bmatrix\b/.test(cond.value) && range) out.push({ start: range[0], end: range[1] });
  }
  return out;
}

/** The value of a map's key, if the node is a map that has it. */
function mapValue(node: unknown, key: string): unknown {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => scalarKey(p) === key)?.value;
}

/** The node an alias stands for (one step: an anchor names a node, never another alias), else the node. */
function deref(doc: ReturnType<typeof parseDocument>, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
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
