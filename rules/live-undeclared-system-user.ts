import { defineRule } from '../src/rule.js';
import { matchUsers } from '../src/live-model.js';

export default defineRule({
  id: 'live-undeclared-system-user',
  kind: 'live',
  defaultSeverity: 'error',
  description: 'Report system users of the live business that the manifest does not declare.',
  rationale:
    'Every system user of a business can hold a token and asset grants; one that the manifest does not declare escapes every other check (least privilege, environments, rotation). Live system users are matched with declared ones by `id`, or by exact name where no id is declared. The system user behind GRAPHGUARD_GRAPH_TOKEN is one too: declare it with the `business_audit` use case.',
  sources: [
    'https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users',
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
  ],
  messages: {
    undeclared: {
      message: 'System user {{name}} ({{id}}, live role {{role}}, {{grants}}) exists in business {{business}} but is not declared in the manifest.',
      suggestion: 'Declare it under systemUsers with id: "{{id}}", or delete it from the business.',
    },
  },
  check(ctx) {
    const matching = matchUsers(ctx.manifest, ctx.live);
    if (!matching) return; // the list could not be read: named in `incomplete`
    for (const u of matching.undeclared) {
      const n = u.assets?.length;
      const grants = n === undefined ? 'asset grants not read' : n === 1 ? '1 asset grant' : `${n} asset grants`;
      ctx.report({
        messageId: 'undeclared',
        path: ['systemUsers'],
        key: true,
        anchor: u.id,
        data: { name: u.name || '(no name)', id: u.id, role: u.role, grants, business: ctx.live.businessId },
      });
    }
  },
});
