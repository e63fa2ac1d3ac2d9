import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  DEFAULT_GRAPH_API_VERSION,
  INSTAGRAM_EDGE,
  LIVE_EDGES,
  OWNERSHIP_EDGES,
  PreflightError,
  READ_WHEN_DECLARED,
  fetchLiveSnapshot,
  liveAssetTypes,
  liveFailureText,
  scopesNeeded
} from "./chunk-HRSLUPXS.js";
import "./chunk-662ECVYU.js";
import "./chunk-ZOBWM5CA.js";
import "./chunk-3E22NL5A.js";
import "./chunk-NNX7IPQN.js";
export {
  DEFAULT_GRAPH_API_VERSION,
  INSTAGRAM_EDGE,
  LIVE_EDGES,
  OWNERSHIP_EDGES,
  PreflightError,
  READ_WHEN_DECLARED,
  fetchLiveSnapshot,
  liveAssetTypes,
  liveFailureText,
  scopesNeeded
};
