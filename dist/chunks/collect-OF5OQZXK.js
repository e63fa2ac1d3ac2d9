import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  readFileCalls,
  readSites
} from "./chunk-TTYSIA5G.js";
import "./chunk-7STY3MR7.js";
import "./chunk-EXHQOAQ6.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-NRP4SHZC.js";
export {
  readFileCalls,
  readSites
};
