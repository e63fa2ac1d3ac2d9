import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
} from "./chunk-KUZV7L6I.js";
import "./chunk-HXFDM42R.js";
import "./chunk-A2QSI5IB.js";
import "./chunk-NNX7IPQN.js";
export {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
};
