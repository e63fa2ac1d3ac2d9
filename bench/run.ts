/** `npm run bench`: every benchmark, printed side by side. Figures go in the README's Performance section. */
import { existsSync } from 'node:fs';
import { printManifestBench } from './manifest.js';

console.log(`graphguard benchmarks — node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
// Node loads NODE_EXTRA_CA_CERTS at every start (some 40 ms for a system bundle of 144 certificates):
// it moves every figure here, bare node's included.
console.log(`NODE_EXTRA_CA_CERTS: ${process.env.NODE_EXTRA_CA_CERTS ? 'set (every Node start loads it)' : 'not set'}`);
// What a page of memory costs the first time it is written: 11-15 µs on this project's VM in a slow hour
// (each new page backed by the host then; a fraction of a microsecond on bare metal), and every figure
// below moves with it (a cold scan touches some 16,000 pages, a bare Node start 2,000).
console.log(`memory: ${pageCostUs().toFixed(2)} µs per page first written (64 MiB, the median of 3)\n`);

function pageCostUs(): number {
  const us: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    Buffer.allocUnsafeSlow(64 * 1024 * 1024).fill(1);
    us.push(((performance.now() - t) * 1000) / ((64 * 1024 * 1024) / 4096));
  }
  return us.sort((a, b) => a - b)[1]!;
}
printManifestBench();
for (const name of ['scan', 'cases', 'history', 'live', 'calls']) {
  if (!existsSync(`bench/${name}.ts`)) continue;
  console.log('');
  const mod = (await import(`./${name}.js`)) as { printBench?: () => Promise<unknown> };
  await mod.printBench?.();
}
