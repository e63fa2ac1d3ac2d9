import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  accessLevels,
  apiVersions,
  expandTasks,
  findVersion,
  getPermission,
  isKnownTask,
  isTaskBroader,
  knownPermission,
  latestVersion,
  levenshtein,
  permissions,
  roles,
  suggest,
  taskNames,
  tasksByAssetType,
  useCases
} from "./chunk-7QQPTM53.js";
import "./chunk-NNX7IPQN.js";
export {
  accessLevels,
  apiVersions,
  expandTasks,
  findVersion,
  getPermission,
  isKnownTask,
  isTaskBroader,
  knownPermission,
  latestVersion,
  levenshtein,
  permissions,
  roles,
  suggest,
  taskNames,
  tasksByAssetType,
  useCases
};
