import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  LARGE_TEST_BYTES,
  scanRepository
} from "./chunk-NVELIDU4.js";
import "./chunk-YPTJIPX2.js";
import "./chunk-VCCUD76G.js";
import "./chunk-MYWDSHJU.js";
import "./chunk-6TAIEISW.js";
import "./chunk-CYYNWMN6.js";
import "./chunk-B2NWUCYN.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-ADSVYBGC.js";
import "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";
export {
  LARGE_TEST_BYTES,
  scanRepository
};
