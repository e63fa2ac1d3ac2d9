/** Typed view of a schema-valid v1 manifest (SPEC §1). */

export type Environment = 'production' | 'test';
export type AssetType =
  | 'page'
  | 'catalog'
  | 'ad_account'
  | 'instagram_account'
  | 'commerce_account'
  | 'pixel'
  | 'whatsapp_business_account';
/** An app access level as the system-user quota table names it. */
export type QuotaLevel = 'development' | 'basic' | 'standard';
/** `app.accessLevel`: a quota level, or the Marketing API Access Tier label for one (`limited`, `full`). */
export type AccessLevel = QuotaLevel | 'limited' | 'full';
export type SeveritySetting = 'off' | 'notice' | 'warn' | 'error';

export interface ManifestAsset {
  id: string;
  type: AssetType;
  name?: string;
  environment?: Environment;
  /** `client`: another business owns it and shares it with this one (agency); default: this business owns it. */
  owner?: 'business' | 'client';
}

export interface ManifestGrant {
  /** A declared asset, by id or by name. */
  asset: string;
  tasks: string[];
}

export interface ManifestToken {
  /** Name of the environment variable / CI secret holding the token, never the value. */
  secret: string;
  expires?: 'never' | '60d';
  rotateEveryDays?: number;
  lastRotated?: string;
}

export interface ManifestSystemUser {
  name: string;
  id?: string;
  role: 'system_user' | 'admin';
  environment?: Environment;
  useCases?: string[];
  permissions?: string[];
  token?: ManifestToken;
  /** Globs of the code that runs with this user's token (SPEC §7 attribution). */
  code?: string[];
  assets?: ManifestGrant[];
}

export interface ManifestUseCase {
  description?: string;
  permissions?: { required?: string[]; optional?: string[] };
  /** Broadest tasks allowed per asset type. */
  maxTasks?: Partial<Record<AssetType, string[]>>;
}

export interface Manifest {
  version: 1;
  business: { id: string; name?: string };
  app?: {
    id: string;
    accessLevel?: AccessLevel;
    quota?: { systemUsers?: number; adminSystemUsers?: number };
    graphApiVersion?: string;
    reviewedPermissions?: string[];
  };
  assets?: ManifestAsset[];
  useCases?: Record<string, ManifestUseCase>;
  systemUsers: ManifestSystemUser[];
  rules?: Record<string, SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>)>;
  scan?: { include?: string[]; exclude?: string[]; adminPaths?: string[] };
}
