import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);

// src/secret.ts
import { inspect } from "node:util";
function redact(value) {
  return `${value.slice(0, 4)}…(${value.length} chars)`;
}
var VALUE = /* @__PURE__ */ Symbol("secret-value");
var Secret = class {
  [VALUE];
  constructor(value) {
    this[VALUE] = value;
  }
  reveal() {
    return this[VALUE];
  }
  get length() {
    return this[VALUE].length;
  }
  toString() {
    return redact(this[VALUE]);
  }
  toJSON() {
    return redact(this[VALUE]);
  }
  [inspect.custom]() {
    return `Secret(${redact(this[VALUE])})`;
  }
};

export {
  redact,
  Secret
};
