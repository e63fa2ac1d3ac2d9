import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  classifier,
  classifyShared
} from "./chunk-KZTF2TUV.js";
import "./chunk-ULO5U5OZ.js";
import "./chunk-NNX7IPQN.js";

// src/scan/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { needles } = workerData;
var classify = classifier(needles);
parentPort.on("message", (job) => {
  classifyShared(job, classify);
  parentPort.postMessage("done");
});
