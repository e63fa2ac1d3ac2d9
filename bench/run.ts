/** `npm run bench`: every benchmark, printed side by side. Figures go in the README's Performance section. */
import { existsSync } from 'node:fs';
import { printManifestBench } from './manifest.js';

console.log(`graphguard benchmarks — node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
printManifestBench();
for (const name of ['scan', 'cases', 'history', 'live', 'calls']) {
  if (!existsSync(`bench/${name}.ts`)) continue;
  console.log('');
  const mod = (await import(`./${name}.js`)) as { printBench?: () => Promise<unknown> };
  await mod.printBench?.();
}
