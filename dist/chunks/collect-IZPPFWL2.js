import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  readFileCalls,
  readSites
} from "./chunk-NX2H6UCC.js";
import "./chunk-CYYNWMN6.js";
import "./chunk-B2NWUCYN.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-NRP4SHZC.js";
export {
  readFileCalls,
  readSites
};
