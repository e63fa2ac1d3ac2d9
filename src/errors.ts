/**
 * Internal errors: bugs, as opposed to ConfigError (src/types.ts), which is the user's input. The
 * shells report both with exit 2 and one line; an internal error says so, with the stack only under
 * --debug.
 */
import { ConfigError } from './types.js';

/** A bug in graphguard (or a rule): never the user's input. */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}

/** A rule threw: named, so the report says which rule to look at. */
export class RuleCrash extends InternalError {
  constructor(
    readonly ruleId: string,
    cause: unknown,
  ) {
    super(`rule ${ruleId} crashed: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`, { cause });
    this.name = 'RuleCrash';
    if (cause instanceof Error && cause.stack) this.stack = `${this.name}: ${this.message}\n${cause.stack}`;
  }
}

/** Runs one rule's code; anything it throws, other than a ConfigError, becomes a RuleCrash naming it. */
export function runRule(ruleId: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError || e instanceof RuleCrash) throw e;
    throw new RuleCrash(ruleId, e);
  }
}
