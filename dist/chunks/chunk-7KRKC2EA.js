import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);

// src/secrets/fingerprint.ts
import { createHash } from "node:crypto";
function secretHash(secret) {
  return createHash("sha256").update(secret.reveal()).digest("hex");
}

export {
  secretHash
};
