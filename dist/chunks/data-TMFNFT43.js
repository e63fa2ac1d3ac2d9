import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  accessLevels,
  apiVersions,
  expandTasks,
  findVersion,
  getPermission,
  isImplicitPermission,
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
} from "./chunk-A2QSI5IB.js";
import "./chunk-NNX7IPQN.js";
export {
  accessLevels,
  apiVersions,
  expandTasks,
  findVersion,
  getPermission,
  isImplicitPermission,
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
