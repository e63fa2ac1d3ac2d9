import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  LARGE_TEST_BYTES,
  scanRepository
} from "./chunk-XHO2HVLQ.js";
import "./chunk-YPTJIPX2.js";
import "./chunk-VCCUD76G.js";
import "./chunk-I44EE3Z3.js";
import "./chunk-6TAIEISW.js";
import "./chunk-WHQQUD27.js";
import "./chunk-EXHQOAQ6.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-BT6JJFHE.js";
import "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";
export {
  LARGE_TEST_BYTES,
  scanRepository
};
