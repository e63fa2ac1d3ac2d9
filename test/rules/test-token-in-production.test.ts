import { describe, expect, it } from 'vitest';
import rule from '../../rules/test-token-in-production.js';
import { environmentOfName } from '../../src/scan/code-model.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';

const M = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    token: { secret: META_SHOP_PROD_TOKEN }
  - name: shop-test
    role: system_user
    environment: test
    useCases: [page_content]
    token: { secret: META_SHOP_TEST_TOKEN }
`;

const workflow = (env: string, secret: string) => `name: deploy
on: push
jobs:
  unit:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
        env:
          TOKEN: \${{ secrets.META_SHOP_TEST_TOKEN }}
  deploy:
    runs-on: ubuntu-latest
    environment: ${env}
    steps:
      - run: ./deploy.sh
        env:
          META_TOKEN: \${{ secrets.${secret} }}
`;

/** A deploy job over a matrix: `strategy` (indented 4), `environment` and the step's token expression. */
const matrixJob = (strategy: string, environment: string, token: string, step = '') => `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
${strategy}
    environment: ${environment}
    steps:
      - run: ./deploy.sh
${step}        env:
          META_TOKEN: \${{ ${token} }}
`;
const ENVS = '    strategy:\n      matrix:\n        env: [test, production]';
const TEST = 'secrets.META_SHOP_TEST_TOKEN';
const CHOSEN = "matrix.env == 'production' && secrets.META_SHOP_PROD_TOKEN || secrets.META_SHOP_TEST_TOKEN";
const FLOW = '.github/workflows/deploy.yml';

ruleTester(rule, {
  valid: [
    { name: 'production job with the production token', yaml: M, files: { '.github/workflows/deploy.yml': workflow('production', 'META_SHOP_PROD_TOKEN') } },
    { name: 'a staging environment is neither', yaml: M, files: { '.github/workflows/deploy.yml': workflow('staging', 'META_SHOP_TEST_TOKEN') } },
    {
      name: 'an environment given by an expression is unknown',
      yaml: M,
      files: { '.github/workflows/deploy.yml': workflow('${{ inputs.env }}', 'META_SHOP_TEST_TOKEN') },
    },
    { name: 'a production config with the production token', yaml: M, files: { '.env.production': 'META_TOKEN=${META_SHOP_PROD_TOKEN}\n' } },
    { name: 'app code has no environment', yaml: M, files: { 'src/app.js': 'const t = process.env.META_SHOP_TEST_TOKEN;\n' } },
    { name: 'unit tests are not a test environment', yaml: M, files: { 'test/app.test.js': 'process.env.META_SHOP_PROD_TOKEN;\n' } },
    { name: 'prose is not a use', yaml: M, files: { 'deploy/prod/README.md': 'Set `$META_SHOP_TEST_TOKEN` for local runs.\n' } },
    { name: 'a matrix job whose token the matrix chooses', yaml: M, files: { [FLOW]: matrixJob(ENVS, '${{ matrix.env }}', CHOSEN) } },
    {
      name: "a matrix job's step that runs only in the test leg",
      yaml: M,
      files: { [FLOW]: matrixJob(ENVS, '${{ matrix.env }}', TEST, "        if: matrix.env == 'test'\n") },
    },
    {
      name: 'a matrix whose production leg is excluded',
      yaml: M,
      files: { [FLOW]: matrixJob(`${ENVS}\n        exclude:\n          - env: production`, '${{ matrix.env }}', TEST) },
    },
    {
      name: 'a matrix from an expression is unknown',
      yaml: M,
      files: { [FLOW]: matrixJob('    strategy:\n      matrix: ${{ fromJSON(needs.plan.outputs.envs) }}', '${{ matrix.env }}', TEST) },
    },
    { name: 'a matrix environment of test legs only', yaml: M, files: { [FLOW]: matrixJob('    strategy:\n      matrix:\n        env: [test, sandbox]', '${{ matrix.env }}', TEST) } },
    {
      name: 'include only: each entry is a leg, and the expression picks each leg its token',
      yaml: M,
      files: { [FLOW]: matrixJob('    strategy:\n      matrix:\n        include:\n          - env: test\n          - env: production', '${{ matrix.env }}', CHOSEN) },
    },
    {
      name: 'include only, steps guarded by if: per environment (a realistic publish workflow)',
      yaml: M,
      files: {
        [FLOW]: `on: push
jobs:
  publish:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        include:
          - { environment: test, page_id: "111" }
          - { environment: production, page_id: "222" }
    environment:
      name: \${{ matrix.environment }}
    steps:
      - if: matrix.environment == 'test'
        run: node publish.js
        env: { META_TOKEN: "\${{ secrets.META_SHOP_TEST_TOKEN }}" }
      - if: \${{ matrix.environment == 'production' }}
        run: node publish.js
        env: { META_TOKEN: "\${{ secrets.META_SHOP_PROD_TOKEN }}" }
`,
      },
    },
    {
      name: "a reusable workflow's secret declarations are no use, and its matrix job picks per leg",
      yaml: M,
      files: {
        [FLOW]: `on:
  workflow_call:
    secrets:
      META_SHOP_PROD_TOKEN: { required: true }
      META_SHOP_TEST_TOKEN: { required: true }
${matrixJob(ENVS, '${{ matrix.env }}', CHOSEN).slice('on: push\n'.length)}`,
      },
    },
    {
      name: 'exclude matches a map whatever the order of its keys',
      yaml: M,
      files: {
        [FLOW]: matrixJob(
          '    strategy:\n      matrix:\n        target:\n          - { name: test, region: eu }\n          - { name: production, region: eu }\n        exclude:\n          - target: { region: eu, name: production }',
          '${{ matrix.target.name }}',
          TEST,
        ),
      },
    },
    {
      name: "a secret given only in the test leg (`cond && secrets.X || ''`)",
      yaml: M,
      files: { [FLOW]: matrixJob(ENVS, '${{ matrix.env }}', "matrix.env == 'test' && secrets.META_SHOP_TEST_TOKEN || ''") },
    },
    {
      name: 'a branch no leg takes (a production-only matrix picking the test token for test legs)',
      yaml: M,
      files: { [FLOW]: matrixJob("    strategy:\n      matrix:\n        env: [production]", '${{ matrix.env }}', "matrix.env == 'test' && secrets.META_SHOP_TEST_TOKEN || secrets.META_SHOP_PROD_TOKEN") },
    },
    {
      name: "a commented-out line is no use",
      yaml: M,
      files: { [FLOW]: workflow('production', 'META_SHOP_PROD_TOKEN').replace('          META_TOKEN:', '          # OLD: ${{ secrets.META_SHOP_TEST_TOKEN }}\n          META_TOKEN:') },
    },
    {
      name: "the workflow's own env: does not reach a called workflow",
      yaml: M,
      files: {
        [FLOW]: 'on: push\nenv:\n  T: ${{ secrets.META_SHOP_TEST_TOKEN }}\njobs:\n  release:\n    uses: ./.github/workflows/deploy-app.yml\n    with:\n      environment: production\n',
      },
    },
    {
      name: 'a matrix alias bomb is cut short (unknown), not expanded',
      yaml: M,
      files: {
        [FLOW]: `on: push\nx:\n  a: &a [prod, prod, prod, prod, prod, prod, prod, prod, prod, prod]\n${Array.from({ length: 7 }, (_, i) => `  ${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`).join('\n')}\n${matrixJob('    strategy:\n      matrix:\n        env: *h', '${{ matrix.env }}', TEST).slice('on: push\n'.length)}`,
      },
    },
    {
      name: 'a reusable workflow called for test',
      yaml: M,
      files: { [FLOW]: 'on: push\njobs:\n  e2e:\n    uses: ./.github/workflows/run.yml\n    with:\n      environment: sandbox\n    secrets:\n      token: ${{ secrets.META_SHOP_TEST_TOKEN }}\n' },
    },
  ],
  invalid: [
    {
      name: 'a workflow that is not valid YAML and holds a token: one notice, not a silent pass',
      yaml: M,
      files: { '.github/workflows/deploy.yml': 'on: push\njobs:\n  deploy:\n    environment: production\n    steps:\n      - run: ./deploy.sh\n        env:\n          META_TOKEN: ${{ secrets.META_SHOP_TEST_TOKEN }}\n      bad: [\n' },
      errors: [
        {
          messageId: 'unparsedWorkflow',
          severity: 'notice',
          line: 8,
          column: 35,
          message: 'Workflow .github/workflows/deploy.yml is not valid YAML, so which environment its jobs run in was not checked for META_SHOP_TEST_TOKEN, the token secret of test system user shop-test.',
        },
      ],
    },
    {
      name: 'a production job uses the test token',
      yaml: M,
      files: { '.github/workflows/deploy.yml': workflow('production', 'META_SHOP_TEST_TOKEN') },
      errors: [
        {
          messageId: 'testInProductionJob',
          line: 16,
          column: 35,
          message: 'Job deploy deploys to environment production (production) but uses META_SHOP_TEST_TOKEN, the token secret of test system user shop-test.',
          suggestion: 'Use the token secret of a production system user in job deploy, e.g. META_SHOP_PROD_TOKEN (shop-prod).',
        },
      ],
    },
    {
      name: 'a production job whose environment is an alias uses the test token',
      yaml: M,
      files: {
        '.github/workflows/deploy.yml':
          'on: push\njobs:\n  smoke:\n    runs-on: x\n    environment: &prod production\n    steps: [{ run: ./smoke.sh }]\n  deploy:\n    runs-on: x\n    environment: *prod\n    steps:\n      - run: ./deploy.sh\n        env:\n          META_TOKEN: ${{ secrets.META_SHOP_TEST_TOKEN }}\n',
      },
      errors: [
        {
          messageId: 'testInProductionJob',
          line: 13,
          column: 35,
          message: 'Job deploy deploys to environment production (production) but uses META_SHOP_TEST_TOKEN, the token secret of test system user shop-test.',
          suggestion: 'Use the token secret of a production system user in job deploy, e.g. META_SHOP_PROD_TOKEN (shop-prod).',
        },
      ],
    },
    {
      name: 'a test job uses the production token (environment as { name })',
      yaml: M,
      files: {
        '.github/workflows/e2e.yml':
          'on: push\njobs:\n  e2e:\n    environment:\n      name: Sandbox-EU\n    runs-on: x\n    steps:\n      - run: echo "$T"\n        env: { T: "${{ secrets[\'META_SHOP_PROD_TOKEN\'] }}" }\n',
      },
      errors: [
        {
          messageId: 'productionInTestJob',
          line: 9,
          column: 33,
          message: 'Job e2e runs in environment Sandbox-EU (test) but uses META_SHOP_PROD_TOKEN, the token secret of production system user shop-prod.',
          suggestion: 'Use the token secret of a test system user in job e2e, e.g. META_SHOP_TEST_TOKEN (shop-test).',
        },
      ],
    },
    {
      name: 'workflow-level env reaches the production job',
      yaml: M,
      files: {
        '.github/workflows/release.yml':
          'on: push\nenv:\n  TOKEN: ${{ secrets.META_SHOP_TEST_TOKEN }}\njobs:\n  build:\n    runs-on: x\n  release:\n    environment: prod\n    runs-on: x\n',
      },
      errors: [{ messageId: 'testInProductionJob', line: 3, column: 22, message: 'Job release deploys to environment prod (production)' }],
    },
    {
      name: 'deploy configs with an explicit environment',
      yaml: M,
      files: {
        'k8s/overlays/prod/secrets.yaml': 'env:\n  - name: META_SHOP_TEST_TOKEN\n    valueFrom: x\n',
        '.env.test': 'META_SHOP_PROD_TOKEN=\n',
        'deploy/app.yml': 'environment: production\nvars:\n  META_SHOP_TEST_TOKEN: x\n',
      },
      errors: [
        {
          messageId: 'productionInTestConfig',
          file: '.env.test',
          line: 1,
          column: 1,
          message: 'Deploy config .env.test targets test but uses META_SHOP_PROD_TOKEN, the token secret of production system user shop-prod.',
          suggestion: 'Reference the token secret of a test system user here, e.g. META_SHOP_TEST_TOKEN (shop-test).',
        },
        { messageId: 'testInProductionConfig', file: 'deploy/app.yml', line: 3, column: 3, message: 'Deploy config deploy/app.yml targets production' },
        {
          messageId: 'testInProductionConfig',
          file: 'k8s/overlays/prod/secrets.yaml',
          line: 2,
          column: 11,
          message: 'Deploy config k8s/overlays/prod/secrets.yaml targets production but uses META_SHOP_TEST_TOKEN, the token secret of test system user shop-test.',
          suggestion: 'Reference the token secret of a production system user here, e.g. META_SHOP_PROD_TOKEN (shop-prod).',
        },
      ],
    },
    {
      name: 'a matrix job with a production leg uses the test token in every leg',
      yaml: M,
      files: { [FLOW]: matrixJob(ENVS, '${{ matrix.env }}', TEST) },
      errors: [
        {
          messageId: 'testInProductionJob',
          line: 12,
          column: 35,
          message: 'Job deploy deploys to environment production via matrix.env (production) but uses META_SHOP_TEST_TOKEN, the token secret of test system user shop-test.',
          suggestion: 'Use the token secret of a production system user in job deploy, e.g. META_SHOP_PROD_TOKEN (shop-prod).',
        },
      ],
    },
    {
      name: 'a choice by the matrix that gives the test token to a production leg (prod-eu)',
      yaml: M,
      files: { [FLOW]: matrixJob('    strategy:\n      matrix:\n        env: [production, prod-eu]', '${{ matrix.env }}', CHOSEN) },
      errors: [{ messageId: 'testInProductionJob', line: 12, column: 97, message: 'Job deploy deploys to environment prod-eu via matrix.env (production)' }],
    },
    {
      name: 'a production leg added by include',
      yaml: M,
      files: { [FLOW]: matrixJob('    strategy:\n      matrix:\n        env: [test]\n        include:\n          - env: production\n            url: x', '${{ matrix.env }}', TEST) },
      errors: [{ messageId: 'testInProductionJob', line: 15, column: 35, message: 'Job deploy deploys to environment production via matrix.env (production)' }],
    },
    {
      name: 'include only, the production leg first: the test token in every leg',
      yaml: M,
      files: { [FLOW]: matrixJob('    strategy:\n      matrix:\n        include:\n          - env: production\n          - env: test', '${{ matrix.env }}', TEST) },
      errors: [{ messageId: 'testInProductionJob', line: 14, column: 35, message: 'Job deploy deploys to environment production via matrix.env (production)' }],
    },
    {
      name: 'an include entry does not extend the legs other entries added (GitHub: original combinations only)',
      yaml: M,
      files: {
        [FLOW]: matrixJob('    strategy:\n      matrix:\n        app: [web]\n        include:\n          - { app: web, env: test }\n          - { app: api, env: production }\n          - { app: api, env: test }', '${{ matrix.env }}', TEST),
      },
      errors: [{ messageId: 'testInProductionJob', line: 16, column: 35, message: 'Job deploy deploys to environment production via matrix.env (production)' }],
    },
    {
      name: 'a leg without the variable (an include of other keys) deploys nowhere; the others still count',
      yaml: M,
      files: { [FLOW]: matrixJob(`${ENVS}\n        os: [ubuntu-latest]\n        include:\n          - os: windows-latest`, '${{ matrix.env }}', TEST) },
      errors: [{ messageId: 'testInProductionJob', line: 15, column: 35, message: 'Job deploy deploys to environment production via matrix.env (production)' }],
    },
    {
      name: "a step whose if: runs it in the production leg, with the test token; matrix keys without regard to case",
      yaml: M,
      files: { [FLOW]: matrixJob('    strategy:\n      matrix:\n        Env: [test, production]', '${{ matrix.env }}', TEST, "        if: matrix.ENV == 'Production'\n") },
      errors: [{ messageId: 'testInProductionJob', line: 13, column: 35, message: 'Job deploy deploys to environment production via matrix.env (production)' }],
    },
    {
      name: 'an expression that picks the test token for the production leg (inverted)',
      yaml: M,
      files: { [FLOW]: matrixJob(ENVS, '${{ matrix.env }}', "matrix.env == 'production' && secrets.META_SHOP_TEST_TOKEN || secrets.META_SHOP_PROD_TOKEN") },
      errors: [
        { messageId: 'testInProductionJob', line: 12, column: 65, message: 'Job deploy deploys to environment production via matrix.env (production)' },
        { messageId: 'productionInTestJob', line: 12, column: 97, message: 'Job deploy runs in environment test via matrix.env (test)' },
      ],
    },
    {
      name: "a reusable workflow call: the secrets: key is the called workflow's name, only the value is a use",
      yaml: M,
      files: {
        [FLOW]: "on: push\njobs:\n  deploy:\n    strategy:\n      matrix:\n        environment: [test, production]\n    uses: ./.github/workflows/reusable.yml\n    with:\n      environment: ${{ matrix.environment }}\n    secrets:\n      META_SHOP_TEST_TOKEN: ${{ secrets.META_SHOP_TEST_TOKEN }}\n",
      },
      errors: [{ messageId: 'testInProductionJob', line: 11, column: 41, message: 'Job deploy deploys to environment production via with.environment from matrix.environment (production)' }],
    },
    {
      name: "a step whose if: reads another job's output named like a matrix (needs.setup-matrix) runs in every leg",
      yaml: M,
      files: { [FLOW]: matrixJob(ENVS, '${{ matrix.env }}', TEST, "        if: needs.setup-matrix.outputs.seed == 'true'\n") },
      errors: [{ messageId: 'testInProductionJob', line: 13, column: 35, message: 'Job deploy deploys to environment production via matrix.env (production)' }],
    },
    {
      name: 'a boolean matrix value compared with a string is compared as numbers (true != "true")',
      yaml: M,
      files: { [FLOW]: matrixJob(`${ENVS}\n        is_prod: [true]`, '${{ matrix.env }}', TEST, "        if: matrix.is_prod != 'true'\n") },
      errors: [{ messageId: 'testInProductionJob', line: 14, column: 35, message: 'Job deploy deploys to environment production via matrix.env (production)' }],
    },
    {
      name: 'a list from fromJSON beside a literal environment list: the environments are still known',
      yaml: M,
      files: { [FLOW]: matrixJob('    strategy:\n      matrix:\n        application: ${{ fromJson(needs.plan.outputs.apps) }}\n        env: [development, production]', '${{ matrix.env }}', TEST) },
      errors: [{ messageId: 'testInProductionJob', line: 13, column: 35, message: 'Job deploy deploys to environment production via matrix.env (production)' }],
    },
    {
      name: 'a reusable workflow call with an input named RELEASE_ENVIRONMENT',
      yaml: M,
      files: {
        [FLOW]: 'on: push\njobs:\n  release:\n    uses: org/templates/.github/workflows/deploy.yml@v1\n    with:\n      RELEASE_ENVIRONMENT: production\n    secrets:\n      token: ${{ secrets.META_SHOP_TEST_TOKEN }}\n',
      },
      errors: [{ messageId: 'testInProductionJob', line: 8, column: 26, message: 'Job release deploys to environment production via with.RELEASE_ENVIRONMENT (production)' }],
    },
    {
      name: 'a matrix of maps and a template environment',
      yaml: M,
      files: {
        [FLOW]: matrixJob('    strategy:\n      matrix:\n        target:\n          - { region: eu }\n          - { region: us }', 'prod-${{ matrix.target.region }}', TEST),
      },
      errors: [{ messageId: 'testInProductionJob', line: 14, column: 35, message: 'Job deploy deploys to environment prod-eu via matrix.target.region (production)' }],
    },
    {
      name: "a test matrix job's environment as { name: } with the production token",
      yaml: M,
      files: { [FLOW]: matrixJob("    strategy:\n      matrix:\n        stage: ['test']", "\n      name: ${{ matrix['stage'] }}", 'secrets.META_SHOP_PROD_TOKEN') },
      errors: [
        {
          messageId: 'productionInTestJob',
          line: 13,
          column: 35,
          message: 'Job deploy runs in environment test via matrix.stage (test) but uses META_SHOP_PROD_TOKEN, the token secret of production system user shop-prod.',
        },
      ],
    },
    {
      name: 'a reusable workflow called for production with the test token',
      yaml: M,
      files: {
        [FLOW]: 'on: push\njobs:\n  release:\n    uses: ./.github/workflows/deploy-app.yml\n    with:\n      deploy_env: production\n    secrets:\n      token: ${{ secrets.META_SHOP_TEST_TOKEN }}\n',
      },
      errors: [
        {
          messageId: 'testInProductionJob',
          line: 8,
          column: 26,
          message: 'Job release deploys to environment production via with.deploy_env (production) but uses META_SHOP_TEST_TOKEN, the token secret of test system user shop-test.',
        },
      ],
    },
    {
      name: 'a reusable workflow called over a matrix',
      yaml: M,
      files: {
        [FLOW]: "on: push\njobs:\n  release:\n    strategy:\n      matrix:\n        env: [prod]\n    uses: org/deploy/.github/workflows/deploy.yml@v1\n    with:\n      environment: ${{ matrix.env }}\n    secrets: { token: '${{ secrets.META_SHOP_TEST_TOKEN }}' }\n",
      },
      errors: [{ messageId: 'testInProductionJob', line: 10, column: 36, message: 'Job release deploys to environment prod via with.environment from matrix.env (production)' }],
    },
  ],
});

describe('environmentOfName', () => {
  it('maps GitHub environment names to manifest environments by word', () => {
    expect(['production', 'Production', 'prod', 'prod-eu', 'shop_prd', 'liveProd'].map(environmentOfName)).toEqual(Array(6).fill('production'));
    expect(['test', 'Testing', 'sandbox', 'test-us'].map(environmentOfName)).toEqual(Array(4).fill('test'));
    expect(['staging', 'preview', 'products', 'contest', 'protest'].map(environmentOfName)).toEqual(Array(5).fill(undefined));
    // Not production: a word before it says so.
    expect(['non-prod', 'non-production', 'pre-prod', 'PreProduction', 'nonprod'].map(environmentOfName)).toEqual(Array(5).fill(undefined));
  });
});
