/** Call-site extraction (src/calls/sites.ts) on growing files: the time per MB should stay flat (linear). */
import { performance } from 'node:perf_hooks';
import { findCallSites } from '../src/calls/sites.js';

const UNIT = `const GRAPH = 'https://graph.facebook.com/v26.0';
export async function post(pageId, catalogId) {
  await fetch(\`\${GRAPH}/\${pageId}/feed\`, { method: 'POST', body: JSON.stringify({ message: 'hi' }) });
  await axios.post(GRAPH + '/' + catalogId + '/items_batch', { requests: [] });
  new ProductCatalog(catalogId).createProduct([], { name: 'x' });
  const s = "unterminated ( [ { \${'x'}";
}
`;
/** Hostile: one line of nested template interpolations and brackets. */
const HOSTILE = `${'`${'.repeat(50)}fetch('https://graph.facebook.com/v26.0/' + x + '/feed')${')]}'.repeat(50)}`;

export async function printBench(): Promise<void> {
  console.log('call sites (src/calls/sites.ts): ms per MB, by file size');
  for (const [name, unit] of [['typical JS', UNIT], ['hostile one-liner', HOSTILE]] as const) {
    const row: string[] = [];
    for (const mb of [1, 4, 16]) {
      const text = unit.repeat(Math.ceil((mb * 1024 * 1024) / unit.length));
      const t0 = performance.now();
      const n = findCallSites(text, 'big.js').length;
      const ms = performance.now() - t0;
      row.push(`${mb} MB: ${(ms / mb).toFixed(0)} ms/MB (${n} calls)`);
    }
    console.log(`  ${name.padEnd(18)} ${row.join('  ')}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await printBench();
