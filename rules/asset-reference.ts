import { defineRule } from '../src/rule.js';
import { normalizeAssetId, resolveAsset, usersWithIndex } from '../src/manifest/model.js';
import { suggest } from '../src/suggest.js';

/** Unknown asset names given a "did you mean" (see its use). */
const MAX_SUGGESTIONS = 100;

export default defineRule({
  id: 'asset-reference',
  kind: 'manifest',
  defaultSeverity: 'error',
  description: 'Require every asset grant to name a declared asset, and asset ids and system-user names to be unique.',
  rationale:
    'Least privilege, environment separation and live drift are judged per asset: a grant that names an undeclared asset escapes all of them, and two entries with one id or one name make every later finding ambiguous. Ad account ids are compared with and without their `act_` prefix, as the Graph API uses both forms.',
  sources: [
    'https://developers.facebook.com/docs/business-management-apis/business-asset-management/guides/ad-accounts',
    'https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions',
  ],
  messages: {
    undeclared: {
      message: 'System user {{user}} is granted `{{asset}}`, which is not a declared asset{{near}}.',
      suggestion: 'Declare it under `assets:` with its id, type and environment, or fix the reference.',
    },
    ambiguous: {
      message: 'System user {{user}} names asset `{{asset}}`, and several declared assets have that name.',
      suggestion: 'Refer to the asset by its id.',
    },
    duplicateAsset: {
      message: 'Asset id {{id}} is declared twice (first at assets[{{first}}]).',
      suggestion: 'Keep one entry per asset.',
    },
    duplicateUser: {
      message: 'System user name `{{name}}` is declared twice (first at systemUsers[{{first}}]).',
      suggestion: 'Give each system user a unique name.',
    },
    duplicateUserId: {
      message: 'System user id {{id}} is declared twice (first for {{first}}).',
      suggestion: 'Each system user has its own id; live verification matches on it.',
    },
    duplicateGrant: {
      message: 'System user {{user}} has two grants on `{{asset}}`.',
      suggestion: 'Merge them into one grant with the tasks it needs.',
    },
  },
  check(ctx) {
    const m = ctx.manifest;
    const seenAsset = new Map<string, number>();
    (m.assets ?? []).forEach((a, i) => {
      const id = normalizeAssetId(a.id);
      const first = seenAsset.get(id);
      if (first !== undefined) ctx.report({ messageId: 'duplicateAsset', path: ['assets', i, 'id'], data: { id: a.id, first } });
      else seenAsset.set(id, i);
    });
    const seenName = new Map<string, number>();
    const seenId = new Map<string, string>();
    const names = (m.assets ?? []).flatMap((a) => [a.id, ...(a.name ? [a.name] : [])]);
    // How many assets bear each name (a grant by a name two assets share is ambiguous).
    const namesCount = new Map<string, number>();
    for (const a of m.assets ?? []) if (a.name !== undefined) namesCount.set(a.name, (namesCount.get(a.name) ?? 0) + 1);
    let suggested = 0;
    for (const [user, ui] of usersWithIndex(m)) {
      const first = seenName.get(user.name);
      if (first !== undefined) ctx.report({ messageId: 'duplicateUser', path: ['systemUsers', ui, 'name'], data: { name: user.name, first } });
      else seenName.set(user.name, ui);
      if (user.id) {
        const f = seenId.get(user.id);
        if (f !== undefined) ctx.report({ messageId: 'duplicateUserId', path: ['systemUsers', ui, 'id'], data: { id: user.id, first: f } });
        else seenId.set(user.id, user.name);
      }
      const granted = new Set<number>();
      (user.assets ?? []).forEach((g, gi) => {
        const r = resolveAsset(m, g.asset);
        if (r) {
          if (granted.has(r.index))
            ctx.report({ messageId: 'duplicateGrant', path: ['systemUsers', ui, 'assets', gi, 'asset'], data: { user: user.name, asset: g.asset } });
          granted.add(r.index);
          return;
        }
        const ambiguous = (namesCount.get(g.asset) ?? 0) > 1;
        if (ambiguous) {
          ctx.report({ messageId: 'ambiguous', path: ['systemUsers', ui, 'assets', gi, 'asset'], data: { user: user.name, asset: g.asset } });
          return;
        }
        // Suggestions for the first MAX_SUGGESTIONS unknown names only: each compares the name with every
        // declared one (8,000 users naming 8,000 assets wrongly took 168 s).
        const near = suggested++ < MAX_SUGGESTIONS ? suggest(g.asset, names) : undefined;
        ctx.report({
          messageId: 'undeclared',
          path: ['systemUsers', ui, 'assets', gi, 'asset'],
          data: { user: user.name, asset: g.asset, near: near ? ` (did you mean \`${near}\`?)` : '' },
        });
      });
    }
  },
});
