import { defineRule } from '../src/rule.js';
import { tasksByAssetType } from '../src/data.js';
import { effectiveUseCases, resolveAsset, usersWithIndex } from '../src/manifest/model.js';
import { suggest } from '../src/suggest.js';

export default defineRule({
  id: 'manifest-schema',
  kind: 'manifest',
  defaultSeverity: 'error',
  description: 'Require the manifest to be a valid v1 manifest: known keys, right types, real task and use-case names.',
  rationale:
    'Every other rule reasons over the manifest, so a typo must not silently weaken them: an unknown key (`permisions`) would leave a user with no declared permissions, an unquoted id loses digits past 2^53, and a page task on an ad account is rejected by the Graph API. The schema ships as schema/manifest.schema.json so editors can complete and check the file as it is written.',
  sources: [
    'https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions',
    'https://developers.facebook.com/docs/graph-api/reference/page/assigned_users/',
  ],
  acceptsInvalidManifest: true,
  messages: {
    schema: { message: '{{message}}', suggestion: '{{suggestion}}' },
    schemaNoSuggestion: '{{message}}',
    schemaNotChecked: {
      message: 'The manifest has {{count}} schema problem(s), all suppressed or in the baseline; while it has any, the other manifest rules do not run, so the manifest was not checked.',
      suggestion: 'Fix the schema problems (a suppression or a baseline entry cannot stand for rules that did not run).',
    },
    actNotAdAccount: {
      message: 'Asset {{name}} is a {{type}}, but its id is written `{{id}}`: only ad accounts are written act_<digits>.',
      suggestion: 'Write the id as {{digits}}, or set type: ad_account if it is one.',
    },
    badMaxTask: {
      message: 'Task `{{task}}` in the maxTasks of use case {{useCase}} is not a {{type}} task{{near}}.',
      suggestion: 'Valid {{type}} tasks: {{valid}}.',
    },
    badTask: {
      message: 'Task `{{task}}` is not a {{type}} task (on {{asset}}){{near}}.',
      suggestion: 'Valid {{type}} tasks: {{valid}}.',
    },
    unknownUseCase: {
      message: 'Unknown use case `{{useCase}}` for system user {{user}}{{near}}.',
      suggestion: 'Use a built-in use case ({{known}}) or declare it under `useCases:`.',
    },
  },
  check(ctx) {
    for (const p of ctx.schemaProblems) {
      if (p.suggestion !== undefined)
        ctx.report({ messageId: 'schema', path: p.path, key: p.key, data: { message: p.message, suggestion: p.suggestion }, anchor: p.message });
      else ctx.report({ messageId: 'schemaNoSuggestion', path: p.path, key: p.key, data: { message: p.message }, anchor: p.message });
    }
    if (!ctx.valid) return;
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    // `act_` is the ad account's form (Meta's Ad Accounts guide): on any other asset it is a mistake.
    (m.assets ?? []).forEach((a, ai) => {
      if (a.type === 'ad_account' || typeof a.id !== 'string' || !a.id.startsWith('act_')) return;
      ctx.report({
        messageId: 'actNotAdAccount',
        path: ['assets', ai, 'id'],
        data: { name: a.name ?? a.id, type: a.type.replace(/_/g, ' '), id: a.id, digits: `"${a.id.slice(4)}"` },
      });
    });
    // A declared use case's maxTasks: real tasks of their asset types (a typo would make every right
    // grant an error, and the fix it suggests would be the typo).
    for (const [name, uc] of Object.entries(m.useCases ?? {})) {
      for (const [type, list] of Object.entries(uc?.maxTasks ?? {})) {
        const tasks = tasksByAssetType[type as keyof typeof tasksByAssetType]?.tasks;
        if (!tasks || !Array.isArray(list)) continue;
        list.forEach((task, ti) => {
          if (typeof task !== 'string' || Object.hasOwn(tasks, task)) return;
          const valid = Object.keys(tasks);
          const near = suggest(task, valid);
          ctx.report({
            messageId: 'badMaxTask',
            path: ['useCases', name, 'maxTasks', type, ti],
            data: { task, useCase: name, type: type.replace(/_/g, ' '), near: near ? ` (did you mean \`${near}\`?)` : '', valid: valid.join(', ') },
          });
        });
      }
    }
    for (const [user, ui] of usersWithIndex(m)) {
      (user.useCases ?? []).forEach((uc, ci) => {
        if (catalogue[uc]) return;
        const near = suggest(uc, Object.keys(catalogue));
        ctx.report({
          messageId: 'unknownUseCase',
          path: ['systemUsers', ui, 'useCases', ci],
          data: { useCase: uc, user: user.name, near: near ? ` (did you mean \`${near}\`?)` : '', known: Object.keys(catalogue).sort().join(', ') },
        });
      });
      (user.assets ?? []).forEach((grant, gi) => {
        const resolved = resolveAsset(m, grant.asset);
        if (!resolved) return; // asset-reference reports it
        const type = resolved.asset.type;
        const tasks = tasksByAssetType[type]?.tasks ?? {};
        grant.tasks.forEach((task, ti) => {
          if (Object.hasOwn(tasks, task)) return;
          const valid = Object.keys(tasks);
          const near = suggest(task, valid);
          ctx.report({
            messageId: 'badTask',
            path: ['systemUsers', ui, 'assets', gi, 'tasks', ti],
            data: {
              task,
              type: type.replace(/_/g, ' '),
              asset: resolved.asset.name ?? resolved.asset.id,
              near: near ? ` (did you mean \`${near}\`?)` : '',
              valid: valid.join(', '),
            },
          });
        });
      });
    }
  },
});
