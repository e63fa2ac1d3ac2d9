/** The `related` evidence of the least-privilege rules: why a call is a user's, what the user declares, which calls were read. */
import type { CallsContext } from '../rule.js';
import type { RelatedLocation } from '../types.js';
import type { Attribution, LocatedCall, UserAnalysis } from './analyze.js';

/** At most this many calls are listed as evidence of one finding. */
export const MAX_RELATED_CALLS = 50;

/** `POST /{page-id}/feed` */
export function operationOf(c: Pick<LocatedCall, 'method' | 'path' | 'fields'>): string {
  return `${c.method} ${pathOf(c)}`;
}

/** A call's path as shown, with the fields it asks for that need more (`/{page-id}?fields=instagram_business_account`). */
export function pathOf(c: Pick<LocatedCall, 'path' | 'fields'>): string {
  return `${c.path ?? '(unresolved path)'}${c.fields ? `?fields=${c.fields.join(',')}` : ''}`;
}

/** Where the attribution of a call's file comes from. */
export function attributionEvidence(ctx: CallsContext, file: string, a: Attribution): RelatedLocation {
  if (a.by === 'token')
    return { file, line: a.token.line, column: a.token.column, message: `This file reads ${a.token.name}, the token of system user ${a.user}.` };
  const at = ctx.locate(['systemUsers', a.userIndex, 'code', a.globIndex]);
  return { ...at, message: `System user ${a.user}'s code glob \`${a.glob}\` matches ${file}.` };
}

/** Where the user's permissions are declared, listing them. */
export function declaredEvidence(ctx: CallsContext, u: UserAnalysis): RelatedLocation {
  const has = u.permissions.declared.length > 0;
  const at = ctx.locate(has ? ['systemUsers', u.index, 'permissions'] : ['systemUsers', u.index]);
  return { ...at, message: has ? `System user ${u.name} declares ${u.permissions.declared.join(', ')}.` : `System user ${u.name} declares no permissions.` };
}

/** The calls read for a user, as evidence. */
export function callsEvidence(u: UserAnalysis): RelatedLocation[] {
  return u.calls.slice(0, MAX_RELATED_CALLS).map((c) => ({ file: c.file, line: c.line, column: c.column, message: `${operationOf(c)} (attributed to ${u.name}).` }));
}
