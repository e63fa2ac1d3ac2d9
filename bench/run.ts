/** `npm run bench`: every benchmark, printed side by side. Figures go in the README's Performance section. */
import { existsSync } from 'node:fs';
import { printManifestBench } from './manifest.js';

console.log(`graphguard benchmarks — node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
// Node loads NODE_EXTRA_CA_CERTS at every start (some 40 ms for a system bundle of 144 certificates):
// it moves every figure here, bare node's included.
console.log(`NODE_EXTRA_CA_CERTS: ${process.env.NODE_EXTRA_CA_CERTS ? 'set (every Node start loads it)' : 'not set'}\n`);
printManifestBench();
for (const name of ['scan', 'cases', 'history', 'live', 'calls']) {
  if (!existsSync(`bench/${name}.ts`)) continue;
  console.log('');
  const mod = (await import(`./${name}.js`)) as { printBench?: () => Promise<unknown> };
  await mod.printBench?.();
}
