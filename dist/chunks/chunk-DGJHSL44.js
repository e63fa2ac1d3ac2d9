import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);

// src/types.ts
var ConfigError = class extends Error {
  constructor(message, file, line, column) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.name = "ConfigError";
  }
  file;
  line;
  column;
  /** `file:line:col: message`, or the parts that are known. */
  format() {
    if (!this.file) return this.message;
    if (this.line === void 0) return `${this.file}: ${this.message}`;
    return `${this.file}:${this.line}:${this.column ?? 1}: ${this.message}`;
  }
};

export {
  ConfigError
};
