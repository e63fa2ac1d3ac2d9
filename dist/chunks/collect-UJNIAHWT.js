import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  readFileCalls,
  readSites
} from "./chunk-WTTWEJD2.js";
import "./chunk-YVXWJJWK.js";
import "./chunk-2XM3YDCB.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-NRP4SHZC.js";
export {
  readFileCalls,
  readSites
};
