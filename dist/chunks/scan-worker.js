import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  Kept,
  classifier,
  classifyShared
} from "./chunk-MYWDSHJU.js";
import "./chunk-B2NWUCYN.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-NRP4SHZC.js";

// src/scan/scan-worker.ts
import { parentPort } from "node:worker_threads";
parentPort.on("message", (job) => {
  const kept = new Kept();
  classifyShared(job, classifier(job.needles, kept, job.base, job.read));
  const done = { done: true, kept: [...kept.byIndex] };
  parentPort.postMessage(done, done.kept.map(([, b]) => b.buffer));
});
