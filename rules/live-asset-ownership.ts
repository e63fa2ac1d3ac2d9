import { defineRule } from '../src/rule.js';
import { assetLabel, normalizeAssetId } from '../src/manifest/model.js';

export default defineRule({
  id: 'live-asset-ownership',
  kind: 'live',
  defaultSeverity: 'warn',
  description: 'Require every declared asset and the app to belong to the declared business, and the app to be installed for each system user.',
  rationale:
    'Meta\'s guidance for system users is to keep the app, the system users and the assets under one Business Manager: a system user can only be given a role on an app, and a token through it, when both belong to the same business, and an asset another business owns can be taken back by that business at any time. The manifest says which business it describes; the business\'s `owned_*` edges (pages, catalogs, ad accounts, pixels, Instagram and WhatsApp accounts, apps) say what it really owns. An asset that is legitimately another business\'s (an agency\'s client asset) is declared `owner: client` and checked against the `client_*` edges instead. The app must be installed for a system user before a token can be generated for it through that app; a declared token that debug_token shows was issued through another app means the app is not the one installed for that user. Edges that could not be read are reported as notices (unless the run is already incomplete), never as a pass; commerce accounts have no ownership edge and are not checked, nor are client Instagram accounts.',
  sources: [
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
    'https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens',
    'https://developers.facebook.com/docs/marketing-api/business-asset-management/guides/business-assets',
    'https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/owned_pages',
  ],
  messages: {
    notOwned: {
      message: 'The {{asset}} is declared in business {{business}}, but the business does not own it live.',
      suggestion: 'Move {{asset}} into business {{business}} (Business Settings > Accounts), or, if another business shares it with this one, declare owner: client.',
    },
    sharedNotOwned: {
      message: 'The {{asset}} is declared as owned by business {{business}}, but live it is only a client asset shared with it by another business.',
      suggestion: 'Declare owner: client for {{asset}}, or move it into business {{business}}.',
    },
    notClient: {
      message: 'The {{asset}} is declared owner: client, but business {{business}} neither owns it nor has it as a client asset live.',
      suggestion: 'Ask the owning business to share {{asset}} with business {{business}}, or remove it from the manifest.',
    },
    ownedNotClient: {
      message: 'The {{asset}} is declared owner: client, but business {{business}} owns it live.',
      suggestion: 'Remove owner: client from {{asset}}.',
    },
    appNotOwned: {
      message: 'App {{app}} does not belong to business {{business}} live (its owned_apps do not list it{{client}}).',
      suggestion: 'Claim app {{app}} for business {{business}} (Business Settings > Accounts > Apps): system users get tokens only through an app of their own business.',
    },
    notInstalled: {
      message: 'The token of {{user}} (env var {{envVar}}) was issued through {{tokenApp}}, so app {{app}} is not the app installed for {{user}}.',
      suggestion: 'Install app {{app}} for {{user}} (POST /{system-user-id}/applications with business_app={{app}}) and generate its token through it.',
    },
    unverified: {
      message: 'Ownership could not be verified: {{what}} was not read ({{reason}}).',
      suggestion: 'Give the audit token business_management on business {{business}}, then run the live check again.',
    },
  },
  check(ctx) {
    const own = ctx.live.ownership;
    const m = ctx.manifest;
    const business = ctx.live.businessId;
    if (own) {
      (m.assets ?? []).forEach((a, ai) => {
        const owned = own.owned[a.type];
        const client = own.client[a.type];
        const id = normalizeAssetId(a.id);
        const data = { asset: assetLabel(a), business };
        if (a.owner === 'client') {
          if (owned?.includes(id)) ctx.report({ messageId: 'ownedNotClient', path: ['assets', ai, 'owner'], severity: 'notice', data });
          else if (client && !client.includes(id)) ctx.report({ messageId: 'notClient', path: ['assets', ai, 'owner'], data });
          return;
        }
        if (!owned || owned.includes(id)) return; // not read: an `unverified` notice below
        ctx.report({ messageId: client?.includes(id) ? 'sharedNotOwned' : 'notOwned', path: ['assets', ai, 'id'], data });
      });
      const app = m.app?.id;
      if (app !== undefined && own.ownedApps && !own.ownedApps.includes(app)) {
        const client = own.clientApps?.includes(app) ? ', only its client_apps do' : '';
        ctx.report({ messageId: 'appNotOwned', path: ['app', 'id'], data: { app, business, client } });
      }
      // Parts not read: a notice each, unless the run already says it is incomplete.
      if (ctx.live.incomplete.length === 0) {
        for (const u of own.unread) {
          ctx.report({ messageId: 'unverified', path: ['business', 'id'], severity: 'notice', anchor: u.what, data: { what: u.what, reason: u.reason, business } });
        }
      }
    }
    const app = m.app?.id;
    if (app === undefined) return;
    m.systemUsers.forEach((user, index) => {
      const state = ctx.live.tokens[user.name];
      if (!user.token || state?.state !== 'checked') return;
      const info = state.info;
      const tokenApp = info.foreignApp ? 'another app' : info.isValid && info.appId !== undefined && info.appId !== app ? `app ${info.appId}` : undefined;
      if (tokenApp) ctx.report({ messageId: 'notInstalled', path: ['systemUsers', index, 'token'], data: { user: user.name, envVar: state.envVar, tokenApp, app } });
    });
  },
});
