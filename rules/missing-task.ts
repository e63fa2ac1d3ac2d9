import { defineRule } from '../src/rule.js';
import { taskMet } from '../src/calls/analyze.js';
import { attributionEvidence, operationOf } from '../src/calls/evidence.js';
import { resolveAsset } from '../src/manifest/model.js';
import { article } from '../src/text.js';

export default defineRule({
  id: 'missing-task',
  kind: 'code',
  defaultSeverity: 'error',
  description: "Require every Graph API call in the code to have the task it needs on an asset of its type among its system user's grants.",
  rationale:
    "A permission lets a token call an endpoint; the task a system user holds on the asset (Page, catalog, ad account, Instagram account…) lets it act on that particular asset. Meta's reference pages state both: publishing to a Page needs `pages_manage_posts` and the Page's `CREATE_CONTENT` task, adding products needs `catalog_management` and `MANAGE` on the catalog. graphguard attributes each call in the code to a system user (the declared `token.secret` the file reads, or the user's `code:` globs), looks the operation up in data/endpoints.json, and reports a call whose task none of the user's grants on that asset type gives, after implication (`MANAGE` gives `CREATE_CONTENT`). Which asset a call targets is usually a variable, so any grant on the asset type counts. Admin system users reach every asset of the business and are not checked.",
  sources: [
    'https://developers.facebook.com/docs/business-management-apis/system-users/assign-assets',
    'https://developers.facebook.com/docs/pages-api/overview',
    'https://developers.facebook.com/docs/marketing-api/reference/product-catalog/products/',
  ],
  messages: {
    missingTask: {
      message: '`{{operation}}` needs the {{tasks}} task on {{article}} {{assetType}}; none of system user {{user}}\'s {{assetType}} grants gives it.',
      suggestion: 'Grant {{user}} `{{first}}` on the {{assetType}} this call targets, or make this call with a user that has it.',
    },
  },
  // The work is on the whole scan's calls (checkCalls); no file is given to checkFile.
  needles: () => [],
  checkFile() {},
  checkCalls(ctx) {
    for (const u of ctx.calls.users) {
      for (const c of u.calls) {
        const need = c.endpoint!.task;
        // A call to graph.instagram.com is missing-permission's finding (no system-user token can make it).
        if (!need || c.host !== undefined || taskMet(ctx.manifest, u.user, need)) continue;
        const operation = operationOf(c);
        const assetType = need.assetType.replace(/_/g, ' ');
        const grants = (u.user.assets ?? [])
          .map((g, gi) => ({ g, gi, r: resolveAsset(ctx.manifest, g.asset) }))
          .filter((x) => x.r?.asset.type === need.assetType)
          .map((x) => ({ ...ctx.locate(['systemUsers', u.index, 'assets', x.gi, 'tasks']), message: `System user ${u.name} holds ${x.g.tasks.join(', ')} on ${x.g.asset}.` }));
        ctx.report({
          messageId: 'missingTask',
          data: { operation, tasks: need.anyOf.map((t) => `\`${t}\``).join(' or '), first: need.anyOf[0] ?? '', article: article(assetType), assetType, user: u.name },
          anchor: `${u.name}\0${operation}\0${need.assetType}`,
          file: c.file,
          line: c.line,
          column: c.column,
          endLine: c.endLine,
          endColumn: c.endColumn,
          ...(c.source !== undefined ? { source: c.source } : {}),
          related: [attributionEvidence(ctx, c.file, c.attribution), ...grants],
        });
      }
    }
  },
});
