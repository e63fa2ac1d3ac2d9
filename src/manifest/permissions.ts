/** Where a manifest names Graph API permissions, for the rules that judge the names themselves. */
import type { JsonPath } from '../types.js';
import type { Manifest } from './types.js';

/** One permission name as written in the manifest. */
export interface PermissionRef {
  permission: string;
  /** JSON path of the list item. */
  path: JsonPath;
  /** Who names it, for messages: `system user shop-prod`, `app.reviewedPermissions`, `use case nightly_feed`. */
  owner: string;
}

/**
 * Every permission the manifest names: `systemUsers[].permissions`, `app.reviewedPermissions` and the
 * manifest's own `useCases.*.permissions.required/optional`, in document order of those sections.
 */
export function permissionRefs(manifest: Manifest): PermissionRef[] {
  const out: PermissionRef[] = [];
  (manifest.app?.reviewedPermissions ?? []).forEach((p, i) => {
    out.push({ permission: p, path: ['app', 'reviewedPermissions', i], owner: 'app.reviewedPermissions' });
  });
  for (const [id, uc] of Object.entries(manifest.useCases ?? {})) {
    for (const part of ['required', 'optional'] as const) {
      (uc.permissions?.[part] ?? []).forEach((p, i) => {
        out.push({ permission: p, path: ['useCases', id, 'permissions', part, i], owner: `use case ${id}` });
      });
    }
  }
  (manifest.systemUsers ?? []).forEach((u, ui) => {
    (u.permissions ?? []).forEach((p, i) => {
      out.push({ permission: p, path: ['systemUsers', ui, 'permissions', i], owner: `system user ${u.name}` });
    });
  });
  return out;
}
