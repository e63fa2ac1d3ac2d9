import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  readFileCalls,
  readSites
} from "./chunk-JX5OH2Y6.js";
import "./chunk-NIQ5BL5B.js";
import "./chunk-B2NWUCYN.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-NRP4SHZC.js";
export {
  readFileCalls,
  readSites
};
