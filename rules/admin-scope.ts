import { defineRule } from '../src/rule.js';
import { assetLabel, effectiveUseCases, resolveAsset, usersWithIndex } from '../src/manifest/model.js';
import { useCases as builtinUseCases } from '../src/data.js';

/**
 * Permissions an admin system user's token may carry: those of the built-in admin-only use cases, which are
 * derived from the admin operations they list (data/use-case-operations.json): creating system users and
 * tokens, assigning Page, ad account, catalog and WhatsApp users, claiming Pages and ad accounts.
 */
const ADMIN_PERMISSIONS: ReadonlySet<string> = new Set(
  Object.values(builtinUseCases)
    .filter((uc) => uc.adminOnly)
    .flatMap((uc) => [...uc.permissions.required, ...uc.permissions.optional]),
);
/** How many admin operations the catalogue lists (for the message). */
const ADMIN_OPERATIONS = Object.values(builtinUseCases)
  .filter((uc) => uc.adminOnly)
  .reduce((n, uc) => n + (uc.operations ? uc.operations.required.length + uc.operations.optional.length : 0), 0);
const ADMIN_USE_CASES = Object.entries(builtinUseCases)
  .filter(([, uc]) => uc.adminOnly)
  .map(([id]) => id);

export default defineRule({
  id: 'admin-scope',
  kind: 'manifest',
  defaultSeverity: 'error',
  description: 'Forbid app use cases, environments, asset grants and non-admin permissions on the admin system user.',
  rationale:
    'Meta: "You should create one system user for each type of access you need. Use the admin system user to programmatically maintain the right roles. This way, if a system user token is compromised, it has limited scope." An admin system user reaches every asset of the business by design, so giving it app use cases, an environment or asset grants means the app calls the API with the one token that can do everything. Its token needs only what Meta\'s admin operations need: business_management for system users, their tokens and asset assignments, plus pages_manage_metadata and pages_show_list to assign Page users and claim Pages, whatsapp_business_management to assign WhatsApp users and catalog_management to assign catalog users (the operations are listed under business_admin in data/use-case-operations.json, each with its Meta source). App work belongs to system users (role system_user) with their own tokens. Conversely, the admin-only use cases (business_admin) are not for a system user.',
  sources: [
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
    'https://developers.facebook.com/docs/business-management-apis/system-users/create-retrieve-update',
    'https://developers.facebook.com/docs/marketing-api/business-manager/asset-management/pages',
    'https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions',
  ],
  messages: {
    useCase: {
      message: 'Admin system user {{user}} has the app use case {{useCase}}; the admin system user is for administrative actions only.',
      suggestion: 'Remove {{useCase}} here and give that work to a system user (role: system_user) with its own token.',
    },
    environment: {
      message: 'Admin system user {{user}} declares environment {{environment}}; an admin reaches every asset of the business, test and production alike.',
      suggestion: 'Remove environment: from the admin, and declare a separate {{environment}} system user for the app.',
    },
    grant: {
      message: 'Admin system user {{user}} is granted {{tasks}} on {{asset}}; admins reach every asset by design, and grants for app API calls belong to a system user.',
      suggestion: 'Remove the grant here and grant the tasks to a system user (role: system_user).',
    },
    permission: {
      message: 'Admin system user {{user}} holds {{permission}}, which none of Meta\'s {{operations}} admin operations needs; the admin token needs {{allowed}} at most.',
      suggestion: 'Remove {{permission}} from the admin, and give it to the system user whose use case needs it.',
    },
    sharedSecret: {
      message: 'Admin system user {{admin}} and system user {{user}} share the token secret {{secret}}, so the app would call the API with the admin token.',
      suggestion: 'Give {{user}} its own token in its own secret.',
    },
    adminOnlyUseCase: {
      message: 'System user {{user}} has the admin-only use case {{useCase}}, but its role is system_user.',
      suggestion: 'Leave administration to the admin system user (role: admin); for read-only access use business_audit.',
    },
  },
  check(ctx) {
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    // A manifest may redeclare a use case; admin-only is the built-in flag (the manifest cannot set it).
    const adminOnly = (id: string) => ADMIN_USE_CASES.includes(id) || catalogue[id]?.adminOnly === true;
    const adminSecrets = new Map<string, string>();
    for (const [user] of usersWithIndex(m)) if (user.role === 'admin' && user.token) adminSecrets.set(user.token.secret, user.name);

    for (const [user, ui] of usersWithIndex(m)) {
      const p = ['systemUsers', ui];
      if (user.role !== 'admin') {
        (user.useCases ?? []).forEach((uc, ci) => {
          if (adminOnly(uc)) ctx.report({ messageId: 'adminOnlyUseCase', path: [...p, 'useCases', ci], data: { user: user.name, useCase: uc } });
        });
        const admin = user.token ? adminSecrets.get(user.token.secret) : undefined;
        if (admin !== undefined)
          ctx.report({ messageId: 'sharedSecret', path: [...p, 'token', 'secret'], data: { admin, user: user.name, secret: user.token!.secret } });
        continue;
      }
      (user.useCases ?? []).forEach((uc, ci) => {
        // Unknown use cases are manifest-schema's; everything else that is not admin-only is app work.
        if (!catalogue[uc] || adminOnly(uc)) return;
        ctx.report({ messageId: 'useCase', path: [...p, 'useCases', ci], data: { user: user.name, useCase: uc } });
      });
      if (user.environment !== undefined)
        ctx.report({ messageId: 'environment', path: [...p, 'environment'], data: { user: user.name, environment: user.environment } });
      (user.permissions ?? []).forEach((perm, pi) => {
        if (ADMIN_PERMISSIONS.has(perm)) return;
        ctx.report({
          messageId: 'permission',
          path: [...p, 'permissions', pi],
          data: { user: user.name, permission: perm, operations: ADMIN_OPERATIONS, allowed: [...ADMIN_PERMISSIONS].join(', ') },
        });
      });
      (user.assets ?? []).forEach((grant, gi) => {
        const r = resolveAsset(m, grant.asset);
        ctx.report({
          messageId: 'grant',
          path: [...p, 'assets', gi],
          data: { user: user.name, tasks: grant.tasks.join(', '), asset: r ? assetLabel(r.asset) : grant.asset },
        });
      });
    }
  },
});
