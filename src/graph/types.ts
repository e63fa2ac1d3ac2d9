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
}
