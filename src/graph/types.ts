/** Plain data fetched once from the Graph API; live rules read only this (STYLE "shape of the house"). */
import type { AssetType } from '../manifest/types.js';

export interface LiveAssetGrant {
  /** Asset id as Graph returns it; ad accounts without the `act_` prefix. */
  id: string;
  type: AssetType;
  name?: string;
  /** Tasks as Graph returns them ("unpacked"). */
  tasks: string[];
}

export interface LiveSystemUser {
  id: string;
  name: string;
  /** `ADMIN` or `EMPLOYEE` (or whatever Graph returns; unknown values are kept). */
  role: string;
  /** The user's asset grants, or null when they could not be read (see `incomplete`). */
  assets: LiveAssetGrant[] | null;
}

/** The `debug_token` answer for one token, normalised (ids as strings, times as unix seconds). */
export interface TokenInfo {
  isValid: boolean;
  type?: string;
  appId?: string;
  userId?: string;
  scopes: string[];
  /** 0 = never expires. */
  expiresAt?: number;
  issuedAt?: number;
  error?: { code?: number; subcode?: number; message?: string };
  /**
   * debug_token refused the token as another app's ("The App_id in the input_token did not match the
   * Viewing App"): a real token, just not one this app can inspect. `isValid` is then false and
   * `scopes` empty: nothing else is known.
   */
  foreignApp?: true;
}

export type DeclaredTokenState =
  | { state: 'unset'; envVar: string }
  | { state: 'checked'; envVar: string; info: TokenInfo }
  | { state: 'error'; envVar: string; reason: string };

export interface LiveSnapshot {
  businessId: string;
  /** Every system user of the business, or null when the list could not be read. */
  systemUsers: LiveSystemUser[] | null;
  /** Declared tokens by system-user name. */
  tokens: Record<string, DeclaredTokenState>;
  /** debug_token answers for secrets found by the scan, keyed by the secret's sha256 hex. */
  leakedTokens: Record<string, TokenInfo | { error: string }>;
  /** Parts that could not be verified; non-empty means `summary.live: incomplete`. */
  incomplete: string[];
  /**
   * Asset types whose grants were read. Absent (a snapshot from before pixels and Instagram accounts
   * were read): page, catalog, ad_account and whatsapp_business_account.
   */
  assetTypesRead?: AssetType[];
  /** debug_token of GRAPHGUARD_GRAPH_TOKEN itself, from the preflight, when it answered. */
  auditToken?: TokenInfo;
  /** Declared assets (`type:id`, ad accounts without `act_`) whose assigned users could not be read. */
  unreadAssets?: string[];
  /** What the business owns and is shared, for live-asset-ownership; absent when not read. */
  ownership?: LiveOwnership;
}

/** Ids from the business's owned_* and client_* edges (ad accounts without `act_`). */
export interface LiveOwnership {
  /** Per asset type read: the ids the business owns. */
  owned: Partial<Record<AssetType, string[]>>;
  /** Per asset type read: the ids shared with the business as a client (agency) asset. */
  client: Partial<Record<AssetType, string[]>>;
  /** owned_apps / client_apps, when read. */
  ownedApps?: string[];
  clientApps?: string[];
  /**
   * Edges that could not be read, with the reason. They do not make the run incomplete (ownership is
   * a warning-level check); live-asset-ownership reports each as a notice.
   */
  unread: { what: string; types: (AssetType | 'app')[]; reason: string }[];
}
