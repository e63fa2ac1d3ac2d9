import { defineRule } from '../src/rule.js';
import { o } from '../src/options.js';
import { ASSET_TYPES } from '../src/manifest/schema-base.js';
import { assetLabel, resolveAsset, usersWithIndex } from '../src/manifest/model.js';
import type { AssetType, Environment, ManifestSystemUser } from '../src/manifest/types.js';


export default defineRule({
  id: 'env-separation',
  kind: 'manifest',
  defaultSeverity: 'error',
  description: 'Keep test and production apart: separate system users, assets and token secrets.',
  rationale:
    'Meta: "You should create one system user for each type of access you need … This way, if a system user token is compromised, it has limited scope." A system user that reaches both test and production assets, or a test token that reaches production, lets a test run, a staging deploy or a leaked test credential change the live shop. Two environments sharing one token secret means one token does both. And production assets with no test counterpart leave nothing to try a change on before it reaches customers.',
  sources: [
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
  ],
  options: o.object({
    ignoreTypes: o.array(o.enum(ASSET_TYPES), {
      default: [],
      uniqueItems: true,
      description: 'Asset types that need no test counterpart (the warning for production assets without one).',
    }),
  }),
  messages: {
    crossEnv: {
      message: 'System user {{user}} is a {{env}} user but reaches {{assetEnv}} asset {{asset}}.',
      suggestion: 'Grant {{user}} a {{env}} asset instead, and give {{asset}} to a {{assetEnv}} system user.',
    },
    mixed: {
      message: 'System user {{user}} reaches both {{env}} and {{assetEnv}} assets: {{asset}} is {{assetEnv}}.',
      suggestion: 'Move the grant on {{asset}} to a separate {{assetEnv}} system user with its own token.',
    },
    sharedSecret: {
      message: 'System users {{first}} ({{firstEnv}}) and {{user}} ({{env}}) share the token secret {{secret}}; test and production need separate tokens.',
      suggestion: 'Store the token of {{user}} in a secret of its own.',
    },
    unknownEnvironment: {
      message: 'Test system user {{testUser}} and production system user {{prodUser}} both reach {{asset}}, which has no environment.',
      suggestion: 'Set environment: on {{asset}}, grant it only to system users of that environment, and give the other environment an asset of its own.',
    },
    noTestCounterpart: {
      message: 'Production {{asset}} has no test counterpart: no test system user is granted a test {{type}}.',
      suggestion: 'Declare a test {{type}} (environment: test) and grant it to a test system user, or list {{typeId}} in the ignoreTypes option.',
    },
  },
  check(ctx, options) {
    const m = ctx.manifest;
    // Admins reach every asset by design and have no environment (admin-scope).
    const users = [...usersWithIndex(m)].filter(([u]) => u.role !== 'admin' && u.environment !== undefined) as [
      ManifestSystemUser & { environment: Environment },
      number,
    ][];
    /** Per environment: asset type → first declared asset of it granted to a system user of that environment. */
    const granted: Record<Environment, Map<AssetType, number>> = { production: new Map(), test: new Map() };
    /** Assets without an environment (by index): the first user of each environment that reaches one. */
    const unknown = new Map<number, Partial<Record<Environment, string>>>();

    for (const [user, ui] of users) {
      const env = user.environment;
      const grants = (user.assets ?? []).map((g, gi) => ({ gi, r: resolveAsset(m, g.asset) }));
      // Assets without an environment belong to neither side and are skipped.
      const own = grants.filter((g) => g.r?.asset.environment === env);
      for (const g of own) {
        const { asset, index } = g.r!;
        granted[env].set(asset.type, Math.min(index, granted[env].get(asset.type) ?? index));
      }
      for (const g of grants) {
        const assetEnv = g.r?.asset.environment;
        if (g.r && assetEnv === undefined) {
          const reached = unknown.get(g.r.index) ?? {};
          reached[env] ??= user.name;
          unknown.set(g.r.index, reached);
        }
        if (!g.r || assetEnv === undefined || assetEnv === env) continue;
        ctx.report({
          messageId: own.length > 0 ? 'mixed' : 'crossEnv',
          path: ['systemUsers', ui, 'assets', g.gi, 'asset'],
          data: { env, user: user.name, assetEnv, asset: assetLabel(g.r.asset) },
        });
      }
    }

    const bySecret = new Map<string, { name: string; env: Environment }>();
    for (const [user, ui] of users) {
      const secret = user.token?.secret;
      if (secret === undefined) continue;
      const first = bySecret.get(secret);
      if (!first) bySecret.set(secret, { name: user.name, env: user.environment });
      else if (first.env !== user.environment)
        ctx.report({
          messageId: 'sharedSecret',
          path: ['systemUsers', ui, 'token', 'secret'],
          data: { first: first.name, firstEnv: first.env, user: user.name, env: user.environment, secret },
        });
    }

    const assets = m.assets ?? [];
    // An asset of no declared environment that both sides reach: whichever it is, one side crosses over.
    // A risk, not a proven violation (its environment is unknown): a warning, at the asset.
    for (const [index, reached] of [...unknown].sort((a, b) => a[0] - b[0])) {
      if (reached.test === undefined || reached.production === undefined) continue;
      ctx.report({
        messageId: 'unknownEnvironment',
        severity: 'warn',
        path: ['assets', index, 'id'],
        data: { testUser: reached.test, prodUser: reached.production, asset: assetLabel(assets[index]!) },
      });
    }
    for (const [type, index] of [...granted.production].sort((a, b) => a[1] - b[1])) {
      if (granted.test.has(type) || options.ignoreTypes.includes(type)) continue;
      ctx.report({
        messageId: 'noTestCounterpart',
        severity: 'warn',
        path: ['assets', index, 'environment'],
        data: { asset: assetLabel(assets[index]!), type: type.replace(/_/g, ' '), typeId: type },
      });
    }
  },
});
