import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
} from "./chunk-H4PBSAHM.js";
import "./chunk-CZHTMZNB.js";
import "./chunk-W7XC5KQB.js";
import "./chunk-7JEDZB6T.js";
import "./chunk-NNX7IPQN.js";
export {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
};
