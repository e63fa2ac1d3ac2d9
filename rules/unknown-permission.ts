import { defineRule } from '../src/rule.js';
import { o } from '../src/options.js';
import { knownPermission, permissions } from '../src/data.js';
import { permissionRefs } from '../src/manifest/permissions.js';
import { secretsInString } from '../src/manifest/secrets.js';
import { suggest } from '../src/suggest.js';

const current = Object.keys(permissions).filter((p) => permissions[p]!.status === 'current');

export default defineRule({
  id: 'unknown-permission',
  kind: 'manifest',
  defaultSeverity: 'error',
  description: 'Disallow permission names that the Graph API does not have.',
  rationale:
    'A token can only carry permissions that exist: Meta rejects an unknown scope ("Provided permission is not valid"), so a misspelt name in the manifest means the real token differs from what the manifest says, and least-privilege and App Review checks reason over a permission nobody can hold. Names are checked against graphguard\'s sourced permission list (data/permissions.json), which follows Meta\'s Permissions Reference; retired names are left to deprecated-permission.',
  sources: ['https://developers.facebook.com/docs/permissions', 'https://developers.facebook.com/docs/permissions/reference'],
  options: o.object({
    allow: o.array(o.string({ pattern: '^[a-z][a-z0-9_]*$' }), {
      default: [],
      uniqueItems: true,
      description: 'Permission names to accept although graphguard\'s list does not have them (a scope Meta added since).',
    }),
  }),
  messages: {
    unknown: {
      message: 'Permission `{{permission}}` of {{owner}} is not a Graph API permission — did you mean `{{near}}`?',
      suggestion: 'Rename it to `{{near}}`.',
    },
    unknownNoSuggestion: {
      message: 'Permission `{{permission}}` of {{owner}} is not a Graph API permission.',
      suggestion:
        'Check the name in Meta\'s Permissions Reference (https://developers.facebook.com/docs/permissions); if Meta added it recently, list it under `rules: { unknown-permission: { allow: [{{permission}}] } }`.',
    },
  },
  check(ctx, options) {
    const allowed = new Set(options.allow);
    for (const ref of permissionRefs(ctx.manifest)) {
      const p = ref.permission;
      if (knownPermission(p) || allowed.has(p)) continue;
      // A secret pasted into a permission list is plaintext-token's finding; never echo it.
      if (secretsInString(p, undefined).length > 0) continue;
      const near = suggest(p, current);
      if (near) ctx.report({ messageId: 'unknown', path: ref.path, anchor: p, data: { permission: p, owner: ref.owner, near } });
      else ctx.report({ messageId: 'unknownNoSuggestion', path: ref.path, anchor: p, data: { permission: p, owner: ref.owner } });
    }
  },
});
