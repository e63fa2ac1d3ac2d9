import rule from '../../rules/admin-token-in-code.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { HEAD } from '../helpers/manifests.js';

const USERS = `${HEAD}  - name: shop-prod
    role: system_user
    environment: production
    useCases: [page_content]
    token: { secret: META_SHOP_PROD_TOKEN }
  - name: bm-admin
    role: admin
    useCases: [business_admin]
    token: { secret: META_ADMIN_TOKEN, expires: 60d }
`;
const M = `${USERS}scan:
  adminPaths: ["ops/admin/**", ".github/workflows/admin-*.yml"]
`;

const WORKFLOW = `name: deploy
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: ./deploy.sh
        env:
          META_TOKEN: \${{ secrets.META_ADMIN_TOKEN }}
`;

ruleTester(rule, {
  valid: [
    { name: "the app's own token", yaml: M, files: { 'src/app.js': 'const t = process.env.META_SHOP_PROD_TOKEN;\n' } },
    { name: 'admin tooling under scan.adminPaths', yaml: M, files: { 'ops/admin/rotate.py': 'token = os.environ["META_ADMIN_TOKEN"]\n' } },
    {
      name: 'an admin workflow under scan.adminPaths',
      yaml: M,
      files: { '.github/workflows/admin-rotate.yml': WORKFLOW },
    },
    { name: 'a runbook naming the secret is not a use', yaml: M, files: { 'docs/runbook.md': 'Rotate `META_ADMIN_TOKEN` with `$META_ADMIN_TOKEN`.\n' } },
    { name: 'a mention in a comment is not a reference', yaml: M, files: { 'src/app.js': '// never use META_ADMIN_TOKEN here\n' } },
    {
      name: 'a read of the secret in a comment is no use of it',
      yaml: M,
      files: { 'src/app.js': '// do not use process.env.META_ADMIN_TOKEN\n', 'src/app.py': '# Never read settings.META_ADMIN_TOKEN here\n' },
    },
    {
      // Hunt A, case 08: a log scrubber's Map of secret names and a dict of which secret each deploy needs.
      name: "a lookup in the file's own Map or dict keyed by the secret's name is no use of it",
      yaml: M,
      files: {
        'app/redact.js': "const LABELS = new Map([['META_ADMIN_TOKEN', 'admin token'], ['META_SHOP_PROD_TOKEN', 'shop token']]);\nfunction label(name) { return LABELS.get('META_ADMIN_TOKEN') ?? name; }\n",
        'app/startup_check.py': '# Which secret each deployment needs.\nREQUIRED = {"META_ADMIN_TOKEN": "ops only", "META_SHOP_PROD_TOKEN": "web"}\n\ndef describe_admin():\n    return REQUIRED["META_ADMIN_TOKEN"]\n',
      },
    },
    { name: 'a longer name is another secret', yaml: M, files: { 'src/app.js': 'const t = process.env.META_ADMIN_TOKEN_2;\n' } },
    { name: 'no admin system user declared', yaml: `${HEAD}  - name: shop-prod\n    role: system_user\n    environment: production\n    token: { secret: META_ADMIN_TOKEN }\n`, files: { 'src/app.js': 'process.env.META_ADMIN_TOKEN\n' } },
  ],
  invalid: [
    {
      name: "a store's read of the admin token, beside a comment and the file's Map of secret names",
      yaml: M,
      files: {
        'src/admin.js': "// process.env.META_ADMIN_TOKEN is the admin's\nconst LABELS = new Map([['META_ADMIN_TOKEN', 'admin']]);\nconst t = config.get('META_ADMIN_TOKEN'); // META_ADMIN_TOKEN\n",
      },
      errors: [
        {
          messageId: 'inCode',
          file: 'src/admin.js',
          line: 3,
          column: 23,
          message: 'App code uses META_ADMIN_TOKEN, the token secret of admin system user bm-admin, outside scan.adminPaths.',
          suggestion:
            'Use the token of a system user with only the access this code needs; keep META_ADMIN_TOKEN to admin tooling and list its location in scan.adminPaths (ops/admin/**, .github/workflows/admin-*.yml).',
        },
      ],
    },
    {
      name: 'app code reads the admin token',
      yaml: M,
      files: { 'src/graph.ts': 'import x from "y";\nconst token = process.env.META_ADMIN_TOKEN ?? "";\n' },
      errors: [
        {
          messageId: 'inCode',
          file: 'src/graph.ts',
          line: 2,
          column: 27,
          message: 'App code uses META_ADMIN_TOKEN, the token secret of admin system user bm-admin, outside scan.adminPaths.',
          suggestion:
            'Use the token of a system user with only the access this code needs; keep META_ADMIN_TOKEN to admin tooling and list its location in scan.adminPaths (ops/admin/**, .github/workflows/admin-*.yml).',
        },
      ],
    },
    {
      name: 'a workflow job outside scan.adminPaths',
      yaml: M,
      files: { '.github/workflows/deploy.yml': WORKFLOW },
      errors: [
        {
          messageId: 'inWorkflow',
          line: 14,
          column: 35,
          message: 'Workflow job deploy uses META_ADMIN_TOKEN, the token secret of admin system user bm-admin, outside scan.adminPaths.',
          suggestion:
            'Give job deploy the token of a system user with only the access it needs; if this workflow administers the business, list it in scan.adminPaths (ops/admin/**, .github/workflows/admin-*.yml).',
        },
      ],
    },
    {
      name: 'workflow-level env applies to every job; no adminPaths declared',
      yaml: USERS,
      files: { '.github/workflows/ci.yml': 'on: push\nenv:\n  TOKEN: ${{ secrets.META_ADMIN_TOKEN }}\njobs:\n  a:\n    runs-on: x\n  b:\n    runs-on: x\n' },
      errors: [{ messageId: 'inWorkflow', line: 3, column: 22, message: 'Workflow job a, b uses META_ADMIN_TOKEN', suggestion: 'Give job a, b the token of a system user with only the access it needs; if this workflow administers the business, list it in scan.adminPaths (none declared).' }],
    },
    {
      name: 'a workflow-level reference names five of many jobs and counts the rest (8,000 jobs wrote 8,000 names per finding)',
      yaml: USERS,
      files: {
        '.github/workflows/ci.yml': `on: push\nenv:\n  TOKEN: \${{ secrets.META_ADMIN_TOKEN }}\njobs:\n${Array.from({ length: 1200 }, (_, i) => `  j${i}:\n    runs-on: x\n`).join('')}`,
      },
      errors: [{ messageId: 'inWorkflow', line: 3, column: 22, message: 'Workflow job j0, j1, j2, j3, j4 and 1,195 more uses META_ADMIN_TOKEN' }],
    },
    {
      name: 'dotenv, compose and shell references',
      yaml: M,
      files: {
        '.env.example': 'META_ADMIN_TOKEN=\n',
        'docker-compose.yml': 'services:\n  app:\n    environment:\n      - META_ADMIN_TOKEN=${META_ADMIN_TOKEN}\n',
      },
      errors: [
        { messageId: 'inCode', file: '.env.example', line: 1, column: 1 },
        { messageId: 'inCode', file: 'docker-compose.yml', line: 4, column: 9 },
        { messageId: 'inCode', file: 'docker-compose.yml', line: 4, column: 28 },
      ],
    },
  ],
});
