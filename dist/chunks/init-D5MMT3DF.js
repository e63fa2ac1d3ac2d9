import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
} from "./chunk-EKLRI4AY.js";
import "./chunk-HXFDM42R.js";
import "./chunk-7QQPTM53.js";
import "./chunk-NNX7IPQN.js";
export {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
};
