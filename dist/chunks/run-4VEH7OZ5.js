import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  LARGE_TEST_BYTES,
  scanRepository
} from "./chunk-E42SFM3W.js";
import "./chunk-YPTJIPX2.js";
import "./chunk-VCCUD76G.js";
import "./chunk-CPMBUZUX.js";
import "./chunk-6TAIEISW.js";
import "./chunk-NIQ5BL5B.js";
import "./chunk-B2NWUCYN.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-ADSVYBGC.js";
import "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";
export {
  LARGE_TEST_BYTES,
  scanRepository
};
