import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
} from "./chunk-P4BELHJZ.js";
import "./chunk-RUQ5QMD6.js";
import "./chunk-CZHTMZNB.js";
import "./chunk-ZGIPCFWT.js";
import "./chunk-7JEDZB6T.js";
import "./chunk-NNX7IPQN.js";
export {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
};
