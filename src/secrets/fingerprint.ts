/** Stable keys for secret values: compare and look up secrets without keeping or printing the value. */
import { sha256Hex } from '../hash.js';
import type { Secret } from './secret.js';

/** sha256 hex of a secret's value: the key of a live snapshot's `leakedTokens` and a finding's anchor. */
export function secretHash(secret: Secret): string {
  return sha256Hex(secret.reveal());
}
