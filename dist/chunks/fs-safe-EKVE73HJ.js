import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  describeErrno,
  existsNoFollow,
  processWriters,
  readUserFile,
  writeFileSafe,
  writeUserFile
} from "./chunk-O3UEGDHF.js";
import "./chunk-7JEDZB6T.js";
import "./chunk-NNX7IPQN.js";
export {
  describeErrno,
  existsNoFollow,
  processWriters,
  readUserFile,
  writeFileSafe,
  writeUserFile
};
