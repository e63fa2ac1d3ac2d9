/**
 * Worker-thread entry of the scan prefilter (see parallel.ts): reads its share of the files, applies the
 * needles and posts one code per file. Imports only node: modules and src/scan, so the bundled
 * dist/chunks/scan-worker.js runs from a checkout without node_modules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { classifier, classifyShared, type PrefilterJob, type SharedJob } from './parallel.js';

const { needles } = workerData as Pick<PrefilterJob, 'needles'>;
const classify = classifier(needles);
// Started before the files are listed: the job comes as a message; the codes go into shared memory.
parentPort!.on('message', (job: SharedJob) => {
  classifyShared(job, classify);
  parentPort!.postMessage('done');
});
