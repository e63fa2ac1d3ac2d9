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
  ownTable,
  permissions,
  roles,
  suggest,
  taskNames,
  tasksByAssetType,
  useCases
} from "./chunk-W7XC5KQB.js";
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
  ownTable,
  permissions,
  roles,
  suggest,
  taskNames,
  tasksByAssetType,
  useCases
};
