import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  readFileCalls,
  readSites
} from "./chunk-OZNTOOWE.js";
import "./chunk-UACGFCQU.js";
import "./chunk-B2NWUCYN.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-NRP4SHZC.js";
export {
  readFileCalls,
  readSites
};
