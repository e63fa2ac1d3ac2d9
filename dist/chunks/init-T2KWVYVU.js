import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
} from "./chunk-IEH55JT6.js";
import "./chunk-MDOFSVXD.js";
import "./chunk-2PYBFM4I.js";
import "./chunk-NNX7IPQN.js";
export {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
};
