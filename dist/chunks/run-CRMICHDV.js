import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  LARGE_TEST_BYTES,
  scanRepository
} from "./chunk-D2ZIJGSI.js";
import "./chunk-YPTJIPX2.js";
import "./chunk-VCCUD76G.js";
import "./chunk-KLHBZFL2.js";
import "./chunk-6TAIEISW.js";
import "./chunk-7STY3MR7.js";
import "./chunk-EXHQOAQ6.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-ADSVYBGC.js";
import "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";
export {
  LARGE_TEST_BYTES,
  scanRepository
};
