import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
} from "./chunk-HV7LKZQO.js";
import "./chunk-TD2545L5.js";
import "./chunk-LDZBVBNS.js";
import "./chunk-VCCUD76G.js";
import "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";
export {
  STARTER_MANIFEST,
  completeFromLive,
  inferUseCases,
  initFromLive
};
