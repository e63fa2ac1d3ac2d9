import { defineRule } from '../src/rule.js';
import { getPermission } from '../src/data.js';
import { permissionRefs } from '../src/manifest/permissions.js';

export default defineRule({
  id: 'deprecated-permission',
  kind: 'manifest',
  defaultSeverity: 'warn',
  description: 'Warn about permissions Meta has deprecated, removed or replaced, naming their replacements.',
  rationale:
    'Meta retires permissions and splits broad ones: `manage_pages` and `publish_pages` were replaced by six granular Page permissions "released May 5, 2020 to replace manage_pages and publish_pages", and the Instagram Login `business_*` scopes became `instagram_business_*` on January 27, 2025. A token cannot be granted a removed permission, and a deprecated one stops working; the replacement is usually narrower, so the fix is also a least-privilege step.',
  sources: [
    'https://developers.facebook.com/docs/pages/overview',
    'https://developers.facebook.com/docs/permissions',
    'https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login',
  ],
  messages: {
    replaced: {
      message: 'Permission `{{permission}}` of {{owner}} was {{status}} by Meta{{since}}; it is replaced by {{replacements}}.',
      suggestion: 'Replace it with {{choice}}.',
    },
    retired: {
      message: 'Permission `{{permission}}` of {{owner}} was {{status}} by Meta{{since}} and has no replacement.',
      suggestion: 'Remove `{{permission}}`: Meta offers nothing in its place.',
    },
  },
  check(ctx) {
    for (const ref of permissionRefs(ctx.manifest)) {
      const entry = getPermission(ref.permission);
      if (!entry || entry.status === 'current') continue;
      const data = {
        permission: ref.permission,
        owner: ref.owner,
        status: entry.status,
        since: entry.deprecatedSince ? ` (deprecated since ${entry.deprecatedSince})` : '',
      };
      const replacements = entry.replacements ?? [];
      if (replacements.length > 0) {
        const list = replacements.map((r) => `\`${r}\``).join(', ');
        const choice = replacements.length === 1 ? list : `the ones among ${list} that the token needs`;
        ctx.report({ messageId: 'replaced', path: ref.path, anchor: ref.permission, data: { ...data, replacements: list, choice } });
      }
      else ctx.report({ messageId: 'retired', path: ref.path, anchor: ref.permission, data });
    }
  },
});
