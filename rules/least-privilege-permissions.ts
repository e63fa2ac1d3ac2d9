import { defineRule } from '../src/rule.js';
import { getPermission, isImplicitPermission, type UseCase } from '../src/data.js';
import { effectiveUseCases, usersWithIndex } from '../src/manifest/model.js';

/** A use case of the catalogue that would justify `permission`: one requiring it first, then one allowing it. */
function useCaseFor(catalogue: Record<string, UseCase>, permission: string): string | undefined {
  const ids = Object.keys(catalogue)
    .filter((id) => !catalogue[id]!.adminOnly)
    .sort();
  return (
    ids.find((id) => catalogue[id]!.permissions.required.includes(permission)) ??
    ids.find((id) => catalogue[id]!.permissions.optional.includes(permission))
  );
}

export default defineRule({
  id: 'least-privilege-permissions',
  kind: 'manifest',
  defaultSeverity: 'error',
  description: 'Disallow token permissions that none of the system user\'s use cases requires or allows.',
  rationale:
    'A leaked token can do everything its permissions allow, for as long as it lives. Meta\'s Permissions Reference says to request only the permissions the app needs (asking for more is a common App Review rejection), and its system-user guide says to create one system user per type of access. Each use case of the catalogue (built in, or declared under `useCases:`) lists the permissions it requires and the ones it may use; a permission outside all of a user\'s use cases is excess. A required permission that is missing is reported as a notice: the token cannot do its job without it.',
  sources: [
    'https://developers.facebook.com/docs/permissions',
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
    'https://developers.facebook.com/docs/commerce-platform/setup/api-setup',
  ],
  messages: {
    notAllowed: {
      message: 'System user {{user}} holds `{{permission}}`, which none of its use cases ({{useCases}}) requires or allows.',
      suggestion: 'Remove `{{permission}}` from its permissions, or add the use case `{{useCase}}` if the token really needs it.',
    },
    notAllowedAnywhere: {
      message: 'System user {{user}} holds `{{permission}}`, which none of its use cases ({{useCases}}) requires or allows.',
      suggestion: 'Remove `{{permission}}` from its permissions; no use case in the catalogue uses it (declare one under `useCases:` if the token needs it).',
    },
    noUseCases: {
      message: 'System user {{user}} holds {{permissions}} with no use case to justify them.',
      suggestion: 'Declare the user\'s `useCases:` so its permissions can be checked.',
    },
    missingRequired: {
      message: 'System user {{user}} lacks `{{permission}}`, which its use case {{useCase}} requires.',
      suggestion: 'Add `{{permission}}` to its permissions (and to the token), or drop the use case.',
    },
  },
  check(ctx) {
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    for (const [user, ui] of usersWithIndex(m)) {
      if (user.role === 'admin') continue; // admin-scope covers admins
      const held = user.permissions ?? [];
      const useCases = user.useCases ?? [];
      if (useCases.length === 0) {
        if (held.some((p) => !isImplicitPermission(p)))
          ctx.report({
            messageId: 'noUseCases',
            path: ['systemUsers', ui, 'permissions'],
            data: { user: user.name, permissions: held.map((p) => `\`${p}\``).join(', ') },
          });
        continue;
      }
      // An unknown use case is manifest-schema's finding; judging the user without it would only add noise.
      if (useCases.some((id) => !catalogue[id])) continue;
      const allowed = new Set<string>();
      for (const id of useCases) for (const p of [...catalogue[id]!.permissions.required, ...catalogue[id]!.permissions.optional]) allowed.add(p);
      held.forEach((p, pi) => {
        // Meta grants implicit permissions (public_profile) to every app: declaring one is never excess.
        if (allowed.has(p) || isImplicitPermission(p)) return;
        // Unknown and retired names are unknown-permission's and deprecated-permission's findings.
        if (getPermission(p)?.status !== 'current') return;
        const data = { user: user.name, permission: p, useCases: useCases.join(', ') };
        const useCase = useCaseFor(catalogue, p);
        const path = ['systemUsers', ui, 'permissions', pi];
        if (useCase) ctx.report({ messageId: 'notAllowed', path, anchor: p, data: { ...data, useCase } });
        else ctx.report({ messageId: 'notAllowedAnywhere', path, anchor: p, data });
      });
      const heldSet = new Set(held);
      useCases.forEach((id, ci) => {
        for (const p of catalogue[id]!.permissions.required) {
          if (heldSet.has(p)) continue;
          ctx.report({
            messageId: 'missingRequired',
            path: ['systemUsers', ui, 'useCases', ci],
            anchor: `${id}:${p}`,
            severity: 'notice',
            data: { user: user.name, permission: p, useCase: id },
          });
        }
      });
    }
  },
});
