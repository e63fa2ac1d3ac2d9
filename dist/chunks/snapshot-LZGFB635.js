import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  DEFAULT_GRAPH_API_VERSION,
  LIVE_EDGES,
  NOT_LIVE_CHECKED,
  fetchLiveSnapshot,
  secretHash
} from "./chunk-DUCJPMAL.js";
import "./chunk-DJ63XFNF.js";
import "./chunk-NNX7IPQN.js";
export {
  DEFAULT_GRAPH_API_VERSION,
  LIVE_EDGES,
  NOT_LIVE_CHECKED,
  fetchLiveSnapshot,
  secretHash
};
