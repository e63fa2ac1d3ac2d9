import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);

// src/version.ts
var VERSION = true ? "1.0.0" : "1.0.0";

export {
  VERSION
};
