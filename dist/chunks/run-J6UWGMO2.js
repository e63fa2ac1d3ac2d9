import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  scanRepository
} from "./chunk-EUNB7Z5P.js";
import "./chunk-YPTJIPX2.js";
import "./chunk-VCCUD76G.js";
import "./chunk-SXCV3HH4.js";
import "./chunk-6TAIEISW.js";
import "./chunk-YVXWJJWK.js";
import "./chunk-2XM3YDCB.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-GXNIZTI4.js";
import "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";
export {
  scanRepository
};
