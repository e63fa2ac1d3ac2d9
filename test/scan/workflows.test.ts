import { describe, expect, it } from 'vitest';
import {
  environmentOfContent,
  environmentOfFile,
  environmentOfPath,
  isWorkflowPath,
  jobAt,
  parseWorkflow,
} from '../../src/scan/workflows.js';
import { findSecretReferences } from '../../src/scan/references.js';

const WORKFLOW = `name: deploy
on: [push]
env:
  SHARED: \${{ secrets.META_SHARED_TOKEN }}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ secrets.META_TEST_TOKEN }}
  prod:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: echo \${{ secrets.META_PROD_TOKEN }}
  staging:
    environment:
      name: "staging"
      url: https://staging.example.com
    steps: []
  dynamic:
    environment: \${{ inputs.env }}
    steps: []
  quoted:
    environment: 'test'
    steps: []
`;

describe('parseWorkflow', () => {
  const parsed = parseWorkflow(WORKFLOW);

  it('lists jobs with literal environments and their offsets', () => {
    expect(parsed).not.toBeNull();
    const jobs = parsed?.jobs ?? [];
    expect(jobs.map((j) => [j.id, j.environment?.name])).toEqual([
      ['build', undefined],
      ['prod', 'production'],
      ['staging', 'staging'],
      ['dynamic', undefined],
      ['quoted', 'test'],
    ]);
    for (const j of jobs) {
      expect(WORKFLOW.slice(j.start, j.start + j.id.length)).toBe(j.id);
      if (j.environment) expect(WORKFLOW.slice(j.environment.start, j.environment.end)).toBe(j.environment.name);
    }
    const prod = jobs[1];
    expect(prod && WORKFLOW.slice(prod.start, prod.end)).toBe(
      'prod:\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - run: echo ${{ secrets.META_PROD_TOKEN }}\n',
    );
  });

  it('maps references to jobs; workflow-level ones belong to every job', () => {
    if (!parsed) throw new Error('unparsed');
    const refs = findSecretReferences(WORKFLOW, ['META_SHARED_TOKEN', 'META_TEST_TOKEN', 'META_PROD_TOKEN']);
    expect(refs.map((r) => [r.name, jobAt(parsed, r.start).map((j) => j.id)])).toEqual([
      ['META_SHARED_TOKEN', ['build', 'prod', 'staging', 'dynamic', 'quoted']],
      ['META_TEST_TOKEN', ['build']],
      ['META_PROD_TOKEN', ['prod']],
    ]);
  });

  it('reads an environment given by an alias (Actions accepts anchors), spanned at the alias in its job', () => {
    const text = `jobs:
  smoke:
    environment: &prod production
    steps: []
  deploy:
    environment: *prod
    steps: []
  named:
    environment: { name: *prod, url: https://example.com }
  whole:
    environment: &envmap { name: test }
  again:
    environment: *envmap
  self:
    environment: *missing
`;
    const jobs = parseWorkflow(text)?.jobs ?? [];
    expect(jobs.map((j) => [j.id, j.environment?.name, j.environment && text.slice(j.environment.start, j.environment.end)])).toEqual([
      ['smoke', 'production', 'production'],
      ['deploy', 'production', '*prod'],
      ['named', 'production', '*prod'],
      ['whole', 'test', 'test'],
      ['again', 'test', '*envmap'],
      ['self', undefined, undefined],
    ]);
  });

  it('returns null for text that is not a workflow', () => {
    expect(parseWorkflow('jobs: [a, b]')).toBeNull();
    expect(parseWorkflow('name: x\n')).toBeNull();
    expect(parseWorkflow('jobs:\n  a: [\n')).toBeNull();
    expect(parseWorkflow('- just\n- a list\n')).toBeNull();
  });
});

describe('isWorkflowPath', () => {
  it('accepts .github/workflows/*.yml|yaml only', () => {
    expect(isWorkflowPath('.github/workflows/ci.yml')).toBe(true);
    expect(isWorkflowPath('.github/workflows/deploy.yaml')).toBe(true);
    expect(isWorkflowPath('sub/.github/workflows/ci.yml')).toBe(true);
    expect(isWorkflowPath('.github/workflows/nested/ci.yml')).toBe(false);
    expect(isWorkflowPath('.github/actions/x/action.yml')).toBe(false);
    expect(isWorkflowPath('.github/workflows/README.md')).toBe(false);
  });
});

describe('environmentOfPath', () => {
  const cases: [string, 'production' | 'test' | undefined][] = [
    ['.env.production', 'production'],
    ['.env.prod', 'production'],
    ['app/.env.production.local', 'production'],
    ['.env.test', 'test'],
    ['.env.sandbox', 'test'],
    ['.env', undefined],
    ['.env.example', undefined],
    ['config.production.json', 'production'],
    ['appsettings.Production.json', 'production'],
    ['helm/values-prod.yaml', 'production'],
    ['docker-compose.prod.yml', 'production'],
    ['prod.tfvars', 'production'],
    ['deploy/production/app.yaml', 'production'],
    ['k8s/prod-eu/deployment.yaml', 'production'],
    ['terraform/envs/prod/main.tf', 'production'],
    ['deploy/test/app.yaml', 'test'],
    ['k8s/overlays/test/kustomization.yaml', 'test'],
    ['deploy/values-test.yaml', 'test'],
    ['sandbox/config.yml', 'test'],
    ['config.sandbox.json', 'test'],
    ['test/fixtures/config.yaml', undefined],
    ['src/app.test.ts', undefined],
    ['tsconfig.test.json', undefined],
    ['src/products/list.ts', undefined],
    ['README.md', undefined],
  ];
  for (const [p, want] of cases) it(`${p} → ${want}`, () => expect(environmentOfPath(p)).toBe(want));
});

describe('environmentOfContent / environmentOfFile', () => {
  it('reads unindented environment keys', () => {
    expect(environmentOfContent('environment: production\nreplicas: 3\n')).toBe('production');
    expect(environmentOfContent('stage: "prod"\n')).toBe('production');
    expect(environmentOfContent('APP_ENV=test\n')).toBe('test');
    expect(environmentOfContent('jobs:\n  a:\n    environment: production\n')).toBeUndefined();
    expect(environmentOfContent('environment: staging\n')).toBeUndefined();
    expect(environmentOfContent('NODE_ENV=test\nAPP_ENV=production\n')).toBe('production');
  });

  it('combines path and content, content only for YAML and dotenv files', () => {
    expect(environmentOfFile('deploy/test/app.yaml', 'environment: production')).toBe('test');
    expect(environmentOfFile('deploy/app.yaml', 'environment: production')).toBe('production');
    expect(environmentOfFile('config/.env', 'APP_ENV=production')).toBe('production');
    expect(environmentOfFile('src/app.ts', 'environment: production')).toBeUndefined();
  });
});
