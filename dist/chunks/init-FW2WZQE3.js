import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
} from "./chunk-UIDSP3FH.js";
import "./chunk-JNJHE6UL.js";
import "./chunk-CZHTMZNB.js";
import "./chunk-7JEDZB6T.js";
import "./chunk-3E22NL5A.js";
import "./chunk-NNX7IPQN.js";
export {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
};
