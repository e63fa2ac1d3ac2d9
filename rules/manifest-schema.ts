import { defineRule } from '../src/rule.js';
import { tasksByAssetType } from '../src/data.js';
import { effectiveUseCases, resolveAsset } from '../src/manifest/model.js';
import type { AssetType, Manifest } from '../src/manifest/types.js';
import { suggest } from '../src/suggest.js';
import { isRecord } from '../src/guards.js';
import { withArticle } from '../src/text.js';
import { ASSET_ID_PATTERN, NAME_PATTERN, TASK_PATTERN } from '../src/manifest/schema-base.js';

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
      message: 'Asset {{name}} is {{aType}}, but its id is written `{{id}}`: only ad accounts are written act_<digits>.',
      suggestion: 'Write the id as {{digits}}, or set type: ad_account if it is one.',
    },
    badMaxTask: {
      message: 'Task `{{task}}` in the maxTasks of use case {{useCase}} is not {{aType}} task{{near}}.',
      suggestion: 'Valid {{type}} tasks: {{valid}}.',
    },
    badTask: {
      message: 'Task `{{task}}` is not {{aType}} task (on {{asset}}){{near}}.',
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
    // The checks below also run on a manifest with schema problems (an unknown key elsewhere must not
    // hide a page task on an ad account until the next run), on the parts that are well formed: a
    // section the schema rejects as a whole is left to its schema problem.
    // (`~` or `null` as the whole document is a schema problem of its own.)
    if (!isRecord(ctx.manifest)) return;
    const m = ctx.manifest as unknown as Record<string, unknown>;
    const assets = Array.isArray(m.assets) ? (m.assets as unknown[]) : [];
    const useCases = isRecord(m.useCases) ? m.useCases : m.useCases === undefined ? {} : undefined;
    assets.forEach((a, ai) => {
      if (!isRecord(a) || typeof a.id !== 'string' || !ASSET_ID.test(a.id) || !isAssetType(a.type)) return;
      if (a.type === 'ad_account' || !a.id.startsWith('act_')) return;
      ctx.report({
        messageId: 'actNotAdAccount',
        path: ['assets', ai, 'id'],
        data: { name: typeof a.name === 'string' ? a.name : a.id, aType: withArticle(a.type.replace(/_/g, ' ')), id: a.id, digits: `"${a.id.slice(4)}"` },
      });
    });
    for (const [name, uc] of Object.entries(useCases ?? {})) {
      if (!isRecord(uc) || !isRecord(uc.maxTasks)) continue;
      for (const [type, list] of Object.entries(uc.maxTasks)) {
        const tasks = isAssetType(type) ? tasksByAssetType[type].tasks : undefined;
        if (!tasks || !Array.isArray(list)) continue;
        list.forEach((task: unknown, ti) => {
          if (!isTaskName(task) || Object.hasOwn(tasks, task)) return;
          const valid = Object.keys(tasks);
          const near = suggest(task, valid);
          ctx.report({
            messageId: 'badMaxTask',
            path: ['useCases', name, 'maxTasks', type, ti],
            data: { task, useCase: name, type: type.replace(/_/g, ' '), aType: withArticle(type.replace(/_/g, ' ')), near: near ? ` (did you mean \`${near}\`?)` : '', valid: valid.join(', ') },
          });
        });
      }
    }
    // Grants resolve only against a well-formed asset list (an asset the schema rejects may be the one meant).
    const resolvable = (m.assets === undefined || Array.isArray(m.assets)) && assets.every((a) => isRecord(a) && typeof a.id === 'string' && ASSET_ID.test(a.id) && isAssetType(a.type) && (a.name === undefined || typeof a.name === 'string'));
    // A use case declared with no body (`nightly_feed:`) is declared: its body is a schema problem.
    const declared = useCases === undefined ? undefined : Object.fromEntries(Object.entries(useCases).map(([k, v]) => [k, isRecord(v) ? v : {}]));
    const catalogue = declared === undefined ? undefined : effectiveUseCases({ useCases: declared } as unknown as Manifest);
    const users = Array.isArray(m.systemUsers) ? (m.systemUsers as unknown[]) : [];
    users.forEach((user, ui) => {
      if (!isRecord(user) || typeof user.name !== 'string') return;
      if (catalogue && Array.isArray(user.useCases))
        user.useCases.forEach((uc: unknown, ci) => {
          if (typeof uc !== 'string' || !USE_CASE_NAME.test(uc) || catalogue[uc]) return;
          const near = suggest(uc, Object.keys(catalogue));
          ctx.report({
            messageId: 'unknownUseCase',
            path: ['systemUsers', ui, 'useCases', ci],
            data: { useCase: uc, user: user.name as string, near: near ? ` (did you mean \`${near}\`?)` : '', known: Object.keys(catalogue).sort().join(', ') },
          });
        });
      if (!resolvable || !Array.isArray(user.assets)) return;
      user.assets.forEach((grant: unknown, gi) => {
        if (!isRecord(grant) || typeof grant.asset !== 'string' || !Array.isArray(grant.tasks)) return;
        const resolved = resolveAsset(ctx.manifest, grant.asset);
        if (!resolved) return; // asset-reference reports it
        const type = resolved.asset.type;
        const tasks = tasksByAssetType[type]?.tasks ?? {};
        grant.tasks.forEach((task: unknown, ti) => {
          if (!isTaskName(task) || Object.hasOwn(tasks, task)) return;
          const valid = Object.keys(tasks);
          const near = suggest(task, valid);
          ctx.report({
            messageId: 'badTask',
            path: ['systemUsers', ui, 'assets', gi, 'tasks', ti],
            data: {
              task,
              type: type.replace(/_/g, ' '),
              aType: withArticle(type.replace(/_/g, ' ')),
              asset: resolved.asset.name ?? resolved.asset.id,
              near: near ? ` (did you mean \`${near}\`?)` : '',
              valid: valid.join(', '),
            },
          });
        });
      });
    });
  },
});

/** The schema's patterns: a name that fails one is a schema problem already, not also one of these. */
const ASSET_ID = new RegExp(ASSET_ID_PATTERN);
const USE_CASE_NAME = new RegExp(NAME_PATTERN);
const TASK_NAME = new RegExp(TASK_PATTERN);

function isAssetType(v: unknown): v is AssetType {
  return typeof v === 'string' && Object.hasOwn(tasksByAssetType, v);
}

function isTaskName(v: unknown): v is string {
  return typeof v === 'string' && TASK_NAME.test(v);
}
