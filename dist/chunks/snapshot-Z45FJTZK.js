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
} from "./chunk-EAAUWLSE.js";
import "./chunk-7KRKC2EA.js";
import "./chunk-LDZBVBNS.js";
import "./chunk-6TAIEISW.js";
import "./chunk-ADSVYBGC.js";
import "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";
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
