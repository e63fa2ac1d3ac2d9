import { defineRule } from '../src/rule.js';
import { codeModel, environmentOfName, lineAnchor, namesSecretsOnly, type SecretOwner } from '../src/scan/code-model.js';
import { findSecretReferences, referenceNeedles } from '../src/scan/references.js';
import { evaluate, truthy, UNKNOWN } from '../src/scan/expressions.js';
import { environmentOfFile, isWorkflowPath, jobAt, jobNames, parseWorkflow, readsMatrix, type WorkflowJob } from '../src/scan/workflows.js';

type Env = 'production' | 'test';
const other = (e: Env): Env => (e === 'production' ? 'test' : 'production');

/** A job a reference runs in whose environment is the other one: that environment's name, and where it came from. */
interface Target {
  job: WorkflowJob;
  environment: string;
  /** '' for a literal `environment`; ` via matrix.env`, ` via with.environment`. */
  via: string;
}

/**
 * Whether the reference `name` at `at` runs in `job` where it deploys to environment class `want`: its
 * literal environment, a reusable workflow's `with:` input, or a leg of its matrix in which the reference
 * runs: the step's `if:` holds there and the expression around it (`${{ matrix.env == 'production' &&
 * secrets.A || secrets.B }}`) picks it there (expressions.ts). A condition that cannot be evaluated
 * (another context, a function) is trusted to choose, unless every leg deploys to `want`.
 */
function targetOf(job: WorkflowJob, want: Env, name: string, at: number, expression: string | undefined): Target | undefined {
  if (job.environment) return environmentOfName(job.environment.name) === want ? { job, environment: job.environment.name, via: '' } : undefined;
  if (!job.environments) return undefined;
  const via = ` via ${job.environments.via}`;
  const names = job.environments.names;
  if (!job.legs) {
    const hit = names.find((n) => environmentOfName(n) === want);
    return hit === undefined ? undefined : { job, environment: hit, via };
  }
  const step = job.matrixSteps?.find((s) => s.start <= at && at < s.end);
  let unknown = false;
  for (const { leg, environment } of job.legs) {
    if (environmentOfName(environment) !== want) continue;
    if (step) {
      const c = evaluate(step.condition, leg);
      if (c === UNKNOWN) {
        unknown = true;
        break;
      }
      if (!truthy(c)) continue;
    }
    if (expression !== undefined) {
      const v = evaluate(expression, leg);
      if (v === UNKNOWN) {
        unknown = true;
        break;
      }
      // The reference runs only where the expression gives this secret (`cond && secrets.X || ''` gives '' in
      // the other legs; secret names are not case-sensitive).
      if (!(typeof v === 'object' && v !== null && v.secret.toLowerCase() === name.toLowerCase())) continue;
    }
    return { job, environment, via };
  }
  if (!unknown || !names.every((n) => environmentOfName(n) === want)) return undefined;
  return { job, environment: names[0]!, via };
}

/** How far around a reference its `${{ … }}` expression is looked for (a bound: linear time on any workflow). */
const EXPRESSION_WINDOW = 4096;

/** The `${{ … }}` expression around the offset, when it reads the matrix. */
function matrixExpression(text: string, offset: number): string | undefined {
  const from = Math.max(0, offset - EXPRESSION_WINDOW);
  const before = text.slice(from, offset);
  const open = before.lastIndexOf('${{');
  if (open === -1 || before.indexOf('}}', open) !== -1) return undefined;
  const after = text.slice(offset, offset + EXPRESSION_WINDOW);
  const close = after.indexOf('}}');
  if (close === -1) return undefined;
  const expression = `${before.slice(open)}${after.slice(0, close + 2)}`;
  return readsMatrix(expression) ? expression : undefined;
}

/**
 * Whether the offset is in a YAML comment: a `#` at the start of its line or after a space, before it
 * on the line (looked for within EXPRESSION_WINDOW; a `#` inside a quoted value is rare enough here).
 */
function inYamlComment(text: string, offset: number): boolean {
  const from = Math.max(0, offset - EXPRESSION_WINDOW);
  const before = text.slice(from, offset);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return /(?:^|\s)#/.test(line);
}

/** Whether the offset is inside one of the (ordered, disjoint) spans. */
function within(spans: readonly { start: number; end: number }[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

export default defineRule({
  id: 'test-token-in-production',
  kind: 'code',
  defaultSeverity: 'error',
  description:
    "Forbid a test system user's token secret in a workflow job or deploy config that targets production, and a production token where the target is test.",
  rationale:
    'Meta: "You should create one system user for each type of access you need … This way, if a system user token is compromised, it has limited scope." Test and production system users exist so that a test run cannot touch live pages, catalogs and orders, and a leaked test token cannot either; `env-separation` keeps them apart in the manifest. This rule checks that the code keeps them apart too: a GitHub Actions job with `environment: production` that reads a test user\'s token secret (a production deploy running with test credentials) or a test job that reads the production token, and deploy configs whose environment is explicit (`.env.production`, `values-prod.yaml`, `deploy/prod/…`, `environment: production` at the top of a YAML file) that reference the other environment\'s token.',
  sources: [
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
    'https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idenvironment',
  ],
  messages: {
    unparsedWorkflow: {
      message: 'Workflow {{file}} is not valid YAML, so which environment its jobs run in was not checked for {{name}}, the token secret of {{environment}} system user {{user}}.',
      suggestion: 'Fix the workflow: GitHub runs no workflow it cannot parse either.',
    },
    testInProductionJob: {
      message:
        'Job {{job}} deploys to environment {{environment}}{{via}} (production) but uses {{name}}, the token secret of test system user {{user}}.',
      suggestion: 'Use the token secret of a production system user in job {{job}}{{fix}}.',
    },
    productionInTestJob: {
      message:
        'Job {{job}} runs in environment {{environment}}{{via}} (test) but uses {{name}}, the token secret of production system user {{user}}.',
      suggestion: 'Use the token secret of a test system user in job {{job}}{{fix}}.',
    },
    testInProductionConfig: {
      message: 'Deploy config {{file}} targets production but uses {{name}}, the token secret of test system user {{user}}.',
      suggestion: 'Reference the token secret of a production system user here{{fix}}.',
    },
    productionInTestConfig: {
      message: 'Deploy config {{file}} targets test but uses {{name}}, the token secret of production system user {{user}}.',
      suggestion: 'Reference the token secret of a test system user here{{fix}}.',
    },
  },
  // A reference names a test or production token's secret (a superset of the names checkFile looks for).
  needles: (ctx) => {
    if (!ctx.manifest) return [];
    const model = codeModel(ctx.manifest);
    return referenceNeedles([...model.test, ...model.production].map((o) => o.name));
  },
  skipsPath: (path, ctx) => namesSecretsOnly(path, ctx.manifestFile),
  checkFile(ctx) {
    if (!ctx.manifest) return;
    const path = ctx.file.path;
    if (namesSecretsOnly(path, ctx.manifestFile)) return;
    const model = codeModel(ctx.manifest);
    if (model.test.length === 0 && model.production.length === 0) return;
    const text = ctx.file.text;
    const owners = new Map<string, SecretOwner>();
    for (const o of [...model.test, ...model.production]) if (!owners.has(o.name)) owners.set(o.name, o);
    // A name declared by both a test and a production user is env-separation's finding, not ours.
    const shared = new Set(model.test.map((o) => o.name).filter((n) => model.production.some((p) => p.name === n)));
    for (const n of shared) owners.delete(n);
    if (owners.size === 0) return;
    const refs = findSecretReferences(text, [...owners.keys()]);
    if (refs.length === 0) return;

    /** ", e.g. META_SHOP_PROD_TOKEN (shop-prod)": the first user of the wanted environment, if any. */
    const fixFor = (want: Env): string => {
      const o = want === 'production' ? model.production[0] : model.test[0];
      return o && !shared.has(o.name) ? `, e.g. ${o.name} (${o.user})` : '';
    };

    if (isWorkflowPath(path)) {
      const workflow = parseWorkflow(text);
      if (!workflow) {
        // Not read is not passed: one notice names the workflow and a token it holds.
        const ref = refs.find((r) => !inYamlComment(text, r.start));
        if (!ref) return;
        const owner = owners.get(ref.name)!;
        ctx.report({
          messageId: 'unparsedWorkflow',
          severity: 'notice',
          data: { file: path, name: ref.name, environment: String(owner.environment), user: owner.user },
          start: ref.start,
          end: ref.end,
          anchor: `unparsed\0${ref.name}`,
        });
        return;
      }
      // For references outside every job (they apply to all): the jobs of each environment, once.
      const everyJob = new Map<Env, Target[]>();
      for (const ref of refs) {
        // A name that declares a secret (`on.workflow_call.secrets`, a reusable call's `secrets:` keys) is no
        // use of it; nor is a line commented out.
        if (within(workflow.declarations, ref.start) || inYamlComment(text, ref.start)) continue;
        const owner = owners.get(ref.name)!;
        const env = owner.environment as Env;
        // The jobs this reference applies to whose environment is the other one.
        const applies = jobAt(workflow, ref.start);
        const whole = applies === workflow.jobs;
        let hits = whole ? everyJob.get(env) : undefined;
        if (!hits) {
          const expression = whole ? undefined : matrixExpression(text, ref.start);
          hits = [];
          for (const job of applies) {
            // The workflow's own `env:` does not reach a called workflow.
            if (whole && job.reusable) continue;
            const t = targetOf(job, other(env), ref.name, ref.start, expression);
            if (t) hits.push(t);
          }
          if (whole) everyJob.set(env, hits);
        }
        if (hits.length === 0) continue;
        const { environment, via } = hits[0]!;
        const job = jobNames(hits.map((h) => h.job));
        ctx.report({
          messageId: env === 'test' ? 'testInProductionJob' : 'productionInTestJob',
          data: { job, environment, via, name: ref.name, user: owner.user, fix: fixFor(other(env)) },
          start: ref.start,
          end: ref.end,
          anchor: lineAnchor(text, ref.start, ref.end, `${ref.name}\0${job}`, ctx.declaredSecrets),
        });
      }
      return;
    }

    const target = environmentOfFile(path, text);
    if (!target) return;
    const yaml = /\.ya?ml$/i.test(path);
    for (const ref of refs) {
      if (yaml && inYamlComment(text, ref.start)) continue;
      const owner = owners.get(ref.name)!;
      if (owner.environment === target) continue;
      ctx.report({
        messageId: target === 'production' ? 'testInProductionConfig' : 'productionInTestConfig',
        data: { file: path, name: ref.name, user: owner.user, fix: fixFor(target) },
        start: ref.start,
        end: ref.end,
        anchor: lineAnchor(text, ref.start, ref.end, ref.name, ctx.declaredSecrets),
      });
    }
  },
});

