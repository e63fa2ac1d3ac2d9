import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  scanRepository
} from "./chunk-5YJVGQOL.js";
import "./chunk-YPTJIPX2.js";
import "./chunk-VCCUD76G.js";
import "./chunk-EKSE6LBC.js";
import "./chunk-6TAIEISW.js";
import "./chunk-WHQQUD27.js";
import "./chunk-EXHQOAQ6.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-GXNIZTI4.js";
import "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";
export {
  scanRepository
};
