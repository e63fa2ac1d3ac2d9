import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  scanRepository
} from "./chunk-IC7MNP44.js";
import "./chunk-4H7IYLQE.js";
import "./chunk-RUQ5QMD6.js";
import "./chunk-R6N4FLDQ.js";
import "./chunk-CZHTMZNB.js";
import "./chunk-UIPQEGP3.js";
import "./chunk-ULO5U5OZ.js";
import "./chunk-4RPBNHJI.js";
import "./chunk-ZGIPCFWT.js";
import "./chunk-L6RWEXSJ.js";
import "./chunk-7JEDZB6T.js";
import "./chunk-NNX7IPQN.js";
export {
  scanRepository
};
