/** What the call reader reads in one file, as the call-reader tests compare it. */
import { readFileCalls } from '../../src/calls/collect.js';

/** `line:column METHOD table-path|status [fields] [may need …]` per call, matched against data/endpoints.json. */
export function mapped(path: string, text: string): string[] {
  return readFileCalls({ path, text }, []).calls.map((c) => {
    const what = c.status === 'mapped' ? c.path : c.status === 'unknown' ? `unknown ${c.path}` : `unresolved: ${c.reason}`;
    return `${c.line}:${c.column} ${c.method} ${what}${c.fields ? ` ${JSON.stringify(c.fields)}` : ''}${c.mayNeed ? ` may need ${c.mayNeed.join(',')}` : ''}`;
  });
}
