import { defineRule } from '../src/rule.js';
import { expandTasks, isTaskBroader, tasksByAssetType } from '../src/data.js';
import { allowedTasks, assetLabel, effectiveUseCases, resolveAsset, usersWithIndex } from '../src/manifest/model.js';

export default defineRule({
  id: 'least-privilege-tasks',
  kind: 'manifest',
  defaultSeverity: 'error',
  description: 'Disallow asset tasks broader than the system user\'s use cases allow.',
  rationale:
    'A system user reaches only the assets assigned to it, with the tasks assigned on each; a leaked token can do everything those tasks allow. Meta\'s commerce guidance restricts page access for Instagram Shopping to CREATE_CONTENT, and its system-user guide says to create one system user per type of access. Tasks are compared after expanding what they imply (MANAGE covers the others), because Graph reports tasks "unpacked".',
  sources: [
    'https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions',
    'https://developers.facebook.com/docs/commerce-platform/setup/api-setup',
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
  ],
  messages: {
    broader: {
      message: 'System user {{user}} has {{tasks}} on {{asset}}, broader than its use cases allow ({{allowed}}).',
      suggestion: 'Use tasks: [{{allowed}}].',
    },
    noUseCase: {
      message: 'System user {{user}} is granted {{tasks}} on {{asset}}, but none of its use cases ({{useCases}}) covers {{type}} assets.',
      suggestion: 'Remove the grant, or add the use case that needs this {{type}}.',
    },
    noUseCases: {
      message: 'System user {{user}} is granted {{tasks}} on {{asset}} with no use case to justify it.',
      suggestion: 'Declare the user\'s `useCases:` so its access can be checked.',
    },
  },
  check(ctx) {
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    for (const [user, ui] of usersWithIndex(m)) {
      if (user.role === 'admin') continue; // admin-scope covers admins
      // An unknown use case is manifest-schema's finding, as for least-privilege-permissions: judged without it,
      // the user's grants would be called uncovered and their removal suggested (hunt NEW-4).
      if (user.useCases?.some((id) => !catalogue[id])) continue;
      (user.assets ?? []).forEach((grant, gi) => {
        const r = resolveAsset(m, grant.asset);
        if (!r) return; // asset-reference
        const type = r.asset.type;
        const path = ['systemUsers', ui, 'assets', gi, 'tasks'];
        // The message's words, made only for a grant that is reported (most are not).
        const base = () => ({ user: user.name, asset: assetLabel(r.asset), tasks: grant.tasks.join(', '), type: type.replace(/_/g, ' ') });
        if (!user.useCases?.length) {
          ctx.report({ messageId: 'noUseCases', path, data: base() });
          return;
        }
        const allowed = allowedTasks(catalogue, user, type);
        if (!allowed || allowed.length === 0) {
          ctx.report({ messageId: 'noUseCase', path, data: { ...base(), useCases: user.useCases.join(', ') } });
          return;
        }
        // A task that is not one of the type's (a typo) is manifest-schema's finding, reported once there.
        const extra = isTaskBroader(type, grant.tasks.filter((t) => t in (tasksByAssetType[type]?.tasks ?? {})), allowed);
        if (extra.length === 0) return;
        // Keep what the grant had that the use cases allow; suggest the allowed tasks it needs.
        const allowedSet = expandTasks(type, allowed);
        const kept = grant.tasks.filter((t) => allowedSet.has(t));
        const suggestion = kept.length ? kept : allowed;
        ctx.report({ messageId: 'broader', path, anchor: extra.join(','), data: { ...base(), allowed: suggestion.join(', ') } });
      });
    }
  },
});
