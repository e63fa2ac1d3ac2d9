/**
 * Worker-thread entry of the scan prefilter (see parallel.ts): reads its share of the files, applies the
 * needles and posts one code per file. Imports only node: modules and src/scan, so the bundled
 * dist/chunks/scan-worker.cjs runs from a checkout without node_modules.
 */
import { parentPort } from 'node:worker_threads';
import { classifier, classifyShared, Kept, type WorkerDone, type WorkerJob } from './parallel.js';
import { adoptSimdModule } from './simd.js';

// Started before the files are listed (on a large checkout, before the manifest is read): the job and
// its needles come as a message; the codes go into shared memory, and the bytes of the files the rules
// will look at come back with the answer (moved, not copied).
parentPort!.on('message', (job: WorkerJob) => {
  // Too late: the main thread classified every file while this thread started, and does not wait.
  if (Atomics.compareExchange(job.gate, job.slot, 0, 1) !== 0) return;
  if (job.wasm) adoptSimdModule(job.wasm);
  const kept = new Kept();
  classifyShared(job, classifier(job.needles, kept, job.base, job.read, job.cache, job.sizes));
  const done: WorkerDone = { done: true, kept: [...kept.byIndex] };
  parentPort!.postMessage(done, done.kept.map(([, b]) => b.buffer as ArrayBuffer));
});
