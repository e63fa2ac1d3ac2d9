import { defineRule } from '../src/rule.js';
import { codeModel, lineAnchor, namesSecretsOnly } from '../src/scan/code-model.js';
import { findSecretReferences, referenceNeedles } from '../src/scan/references.js';
import { isWorkflowPath, jobAt, jobNames, parseWorkflow } from '../src/scan/workflows.js';

export default defineRule({
  id: 'admin-token-in-code',
  kind: 'code',
  defaultSeverity: 'error',
  description: "Forbid references to the admin system user's token secret in app code and workflows outside scan.adminPaths.",
  rationale:
    'Meta: "You should create one system user for each type of access you need. Use the admin system user to programmatically maintain the right roles. This way, if a system user token is compromised, it has limited scope." The admin system user reaches every asset of the business, so its token belongs to the few scripts that administer the business (declared in `scan.adminPaths`), never to the app, its deploy configs or its CI jobs, where every dependency, log line and workflow is a way out. The rule finds the admin token\'s secret name used in code (`process.env.X`, `os.environ["X"]`, `secrets.X` in a workflow, `X=` in a dotenv file, `X:` under `env:`, and the other forms in docs/scan.md). The manifest and prose files (Markdown, text: a runbook naming the secret) are not uses.',
  sources: [
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
    'https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens',
  ],
  messages: {
    inCode: {
      message: 'App code uses {{name}}, the token secret of admin system user {{user}}, outside scan.adminPaths.',
      suggestion:
        'Use the token of a system user with only the access this code needs; keep {{name}} to admin tooling and list its location in scan.adminPaths ({{adminPaths}}).',
    },
    inWorkflow: {
      message: 'Workflow job {{job}} uses {{name}}, the token secret of admin system user {{user}}, outside scan.adminPaths.',
      suggestion:
        'Give job {{job}} the token of a system user with only the access it needs; if this workflow administers the business, list it in scan.adminPaths ({{adminPaths}}).',
    },
  },
  // A reference names the admin token's secret.
  needles: (ctx) => (ctx.manifest ? referenceNeedles(codeModel(ctx.manifest).admin.map((o) => o.name)) : []),
  skipsPath: (path, ctx) => namesSecretsOnly(path, ctx.manifestFile),
  checkFile(ctx) {
    if (!ctx.manifest) return;
    const path = ctx.file.path;
    if (namesSecretsOnly(path, ctx.manifestFile)) return;
    const model = codeModel(ctx.manifest);
    if (model.admin.length === 0 || model.isAdminPath(path)) return;
    const text = ctx.file.text;
    const refs = findSecretReferences(
      text,
      model.admin.map((o) => o.name),
    );
    if (refs.length === 0) return;
    const adminPaths = model.adminPaths.length ? model.adminPaths.join(', ') : 'none declared';
    const workflow = isWorkflowPath(path) ? parseWorkflow(text) : null;
    for (const ref of refs) {
      const owner = model.byName.get(ref.name)!;
      const data = { name: ref.name, user: owner.user, adminPaths };
      const anchor = lineAnchor(text, ref.start, ref.end, ref.name, ctx.declaredSecrets);
      if (workflow && workflow.jobs.length > 0) {
        const job = jobNames(jobAt(workflow, ref.start));
        ctx.report({ messageId: 'inWorkflow', data: { ...data, job }, start: ref.start, end: ref.end, anchor });
      } else {
        ctx.report({ messageId: 'inCode', data, start: ref.start, end: ref.end, anchor });
      }
    }
  },
});
