import type { Node, Pair } from 'yaml';
import { isAlias, isMap, isPair, isScalar, parseDocument } from '../yaml.js';

/** A job of a GitHub Actions workflow, with offsets into the workflow text. */
export interface WorkflowJob {
  id: string;
  /** The job's deployment environment, when it is a literal (`environment: production` or `{ name: production }`). */
  environment?: { name: string; start: number; end: number };
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
    }
    jobs.push(job);
  }
  return { jobs };
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
