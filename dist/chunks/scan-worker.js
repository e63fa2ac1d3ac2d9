import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  Kept,
  classifier,
  classifyShared
} from "./chunk-UIPQEGP3.js";
import "./chunk-ULO5U5OZ.js";
import "./chunk-NNX7IPQN.js";

// src/scan/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { needles } = workerData;
parentPort.on("message", (job) => {
  const kept = new Kept();
  classifyShared(job, classifier(needles, kept, job.base, job.read));
  const done = { done: true, kept: [...kept.byIndex] };
  parentPort.postMessage(done, done.kept.map(([, b]) => b.buffer));
});
