import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  scanRepository
} from "./chunk-NQP3667D.js";
import "./chunk-VNLWUVU5.js";
import "./chunk-DJL66CLB.js";
import "./chunk-2NOW6FZC.js";
import "./chunk-M42UFWMS.js";
import "./chunk-ULO5U5OZ.js";
import "./chunk-IQ5YTETZ.js";
import "./chunk-HXFDM42R.js";
import "./chunk-7QQPTM53.js";
import "./chunk-NNX7IPQN.js";
export {
  scanRepository
};
