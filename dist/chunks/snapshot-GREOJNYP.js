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
} from "./chunk-KZHKGJO2.js";
import "./chunk-662ECVYU.js";
import "./chunk-4RPBNHJI.js";
import "./chunk-ZGIPCFWT.js";
import "./chunk-L6RWEXSJ.js";
import "./chunk-7JEDZB6T.js";
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
