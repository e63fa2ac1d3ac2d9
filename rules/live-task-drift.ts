import { defineRule } from '../src/rule.js';
import { isTaskBroader, tasksByAssetType } from '../src/data.js';
import { LEGACY_TYPES_READ } from '../src/live-model.js';
import { isAdmin, matchUsers } from '../src/live-model.js';
import { assetLabel, normalizeAssetId, resolveAsset } from '../src/manifest/model.js';
import type { AssetType } from '../src/manifest/types.js';

export default defineRule({
  id: 'live-task-drift',
  kind: 'live',
  defaultSeverity: 'error',
  description: 'Report live asset tasks broader than declared, and live grants on undeclared assets.',
  rationale:
    'A system user reaches exactly the assets assigned to it in the business, with the tasks assigned on each; the manifest is only a promise about that. Graph returns tasks "unpacked", so both sides are expanded with the implication table before comparing (MANAGE on a page covers CREATE_CONTENT, MODERATE, ADVERTISE, ANALYZE and MESSAGING). Live access beyond the manifest is an error; a task name graphguard does not know (Meta adds tasks) is a warning, since it cannot be compared; declared access that is missing or narrower live is a notice. Admin system users reach every asset by design and are not compared (admin-scope covers them). Pixels are read through each system user\'s `assigned_ads_pixels` and Instagram accounts through each declared account\'s `assigned_users?business=` (so grants on Instagram accounts the manifest does not declare are not seen); commerce accounts have no such edge in the Graph API and are not compared.',
  sources: [
    'https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_pages',
    'https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions',
    'https://developers.facebook.com/docs/graph-api/reference/page/assigned_users/',
    'https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_ads_pixels',
  ],
  messages: {
    broader: {
      message: 'System user {{user}} has {{extra}} on {{asset}} live, beyond the declared {{declared}}.',
      suggestion: 'Reduce the tasks in the business to {{declared}}, or declare tasks: [{{live}}] if that access is intended.',
    },
    unlistedGrant: {
      message: 'System user {{user}} has {{live}} on {{asset}} live, an asset its declared grants do not include.',
      suggestion: 'Remove {{user}} from {{asset}} in the business, or add a grant: { asset: "{{id}}", tasks: [{{live}}] }.',
    },
    undeclaredAsset: {
      message: 'System user {{user}} has {{live}} on {{asset}} live, an asset the manifest does not declare.',
      suggestion: 'Remove {{user}} from {{asset}} in the business, or declare the asset (id: "{{id}}") and the grant.',
    },
    unknownTask: {
      message: 'System user {{user}} has {{unknown}} on {{asset}} live: a task graphguard does not know, so it cannot tell whether it goes beyond the declared {{declared}}.',
      suggestion: 'Check what {{unknown}} allows in Business Settings and remove it if the user does not need it; a graphguard release that knows the task compares it.',
    },
    narrower: {
      message: 'System user {{user}} is declared with {{missing}} on {{asset}} but lacks it live (live: {{live}}).',
      suggestion: 'Assign tasks [{{declared}}] in the business, or declare tasks: [{{live}}].',
    },
    missingGrant: {
      message: 'System user {{user}} is declared with {{declared}} on {{asset}} but has no access to it live.',
      suggestion: 'Assign {{asset}} to {{user}} in the business, or remove the grant.',
    },
  },
  check(ctx) {
    const m = ctx.manifest;
    // Only the types whose grants were read are compared (commerce accounts never are).
    const typesRead = new Set(ctx.live.assetTypesRead ?? LEGACY_TYPES_READ);
    for (const match of matchUsers(m, ctx.live)?.matches ?? []) {
      const { user, index: ui, live } = match;
      if (!live || live.assets === null || isAdmin(match)) continue;
      const userName = user.name;

      // Declared grants on live-checked assets, merged per asset (type + id).
      const declared = new Map<string, { gi: number; type: AssetType; id: string; label: string; tasks: string[] }>();
      (user.assets ?? []).forEach((grant, gi) => {
        const r = resolveAsset(m, grant.asset);
        if (!r || !typesRead.has(r.asset.type)) return;
        // An asset whose assigned users could not be read is named in `incomplete`, not compared.
        if (ctx.live!.unreadAssets?.includes(`${r.asset.type}:${normalizeAssetId(r.asset.id)}`)) return;
        const key = `${r.asset.type}\u0000${normalizeAssetId(r.asset.id)}`;
        const seen = declared.get(key);
        if (seen) seen.tasks.push(...grant.tasks);
        else declared.set(key, { gi, type: r.asset.type, id: normalizeAssetId(r.asset.id), label: assetLabel(r.asset), tasks: [...grant.tasks] });
      });

      const liveKeys = new Set<string>();
      for (const g of live.assets) {
        const key = `${g.type}\u0000${normalizeAssetId(g.id)}`;
        liveKeys.add(key);
        const d = declared.get(key);
        const liveTasks = g.tasks.join(', ') || '(no tasks)';
        if (!d) {
          const listed = (m.assets ?? []).find((a) => a.type === g.type && normalizeAssetId(a.id) === normalizeAssetId(g.id));
          const asset = listed ? assetLabel(listed) : `${g.type.replace(/_/g, ' ')} ${g.name ? `${g.name} ` : ''}(${g.id})`;
          const id = g.type === 'ad_account' ? `act_${normalizeAssetId(g.id)}` : g.id;
          ctx.report({
            messageId: listed ? 'unlistedGrant' : 'undeclaredAsset',
            path: user.assets ? ['systemUsers', ui, 'assets'] : ['systemUsers', ui, 'name'],
            key: user.assets !== undefined,
            anchor: `${g.type}:${g.id}`,
            data: { user: userName, live: liveTasks, asset, id },
          });
          continue;
        }
        const path = ['systemUsers', ui, 'assets', d.gi, 'tasks'];
        const base = { user: userName, asset: d.label, live: liveTasks, declared: d.tasks.join(', ') };
        // A task the implication table does not know (a name Meta added since) cannot be compared: a
        // warning of its own, not an error of every user holding it (Graph answers tasks unpacked, so a
        // new task unpacked from MANAGE would otherwise fail every check at once).
        // A known task written another way (`manage`, ` MANAGE`) is that task: compared, never let through as unknown.
        const known = tasksByAssetType[d.type]?.tasks;
        const asKnown = (t: string): string => {
          const u = t.trim().toUpperCase();
          return known && Object.hasOwn(known, u) ? u : t;
        };
        const liveKnown = g.tasks.map(asKnown);
        const unknown = [...new Set(liveKnown.filter((t) => !known || !Object.hasOwn(known, t)))].sort();
        const extra = isTaskBroader(d.type, liveKnown.filter((t) => !unknown.includes(t)), d.tasks);
        if (extra.length) ctx.report({ messageId: 'broader', path, anchor: extra.join(','), data: { ...base, extra: extra.join(', ') } });
        if (unknown.length)
          ctx.report({ messageId: 'unknownTask', path, anchor: `?${unknown.join(',')}`, severity: 'warn', data: { ...base, unknown: unknown.join(', ') } });
        const missing = isTaskBroader(d.type, d.tasks, liveKnown);
        if (missing.length)
          ctx.report({ messageId: 'narrower', path, anchor: missing.join(','), severity: 'notice', data: { ...base, missing: missing.join(', ') } });
      }
      for (const [key, d] of declared) {
        if (liveKeys.has(key)) continue;
        ctx.report({
          messageId: 'missingGrant',
          path: ['systemUsers', ui, 'assets', d.gi, 'asset'],
          severity: 'notice',
          data: { user: userName, asset: d.label, declared: d.tasks.join(', ') },
        });
      }
    }
  },
});
