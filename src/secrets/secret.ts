import { inspect } from 'node:util';
import { detached } from '../text.js';

/** Redacted form of a secret: the first 4 characters and the length, nothing more. */
export function redact(value: string): string {
  return `${value.slice(0, 4)}…(${value.length} chars)`;
}

const VALUE = Symbol('secret-value');

/**
 * A secret value found in a file or the environment. It only ever renders as its redacted form:
 * String(), template literals, JSON.stringify and util.inspect all give `redact(value)`.
 * `reveal()` is for the two places that must use the value: matching and the Graph API call.
 */
export class Secret {
  private readonly [VALUE]: string;
  constructor(value: string) {
    // A copy, not a view of the file the value was cut from (see `detached`).
    this[VALUE] = detached(value);
  }
  reveal(): string {
    return this[VALUE];
  }
  get length(): number {
    return this[VALUE].length;
  }
  toString(): string {
    return redact(this[VALUE]);
  }
  toJSON(): string {
    return redact(this[VALUE]);
  }
  [inspect.custom](): string {
    return `Secret(${redact(this[VALUE])})`;
  }
}
