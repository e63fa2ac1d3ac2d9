import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  accessLevelAliases,
  accessLevels,
  apiVersions,
  expandTasks,
  findVersion,
  getPermission,
  isImplicitPermission,
  isTaskBroader,
  knownPermission,
  latestVersion,
  ownTable,
  permissions,
  quotaLevel,
  roles,
  tasksByAssetType,
  useCases
} from "./chunk-LDZBVBNS.js";
import "./chunk-NRP4SHZC.js";
export {
  accessLevelAliases,
  accessLevels,
  apiVersions,
  expandTasks,
  findVersion,
  getPermission,
  isImplicitPermission,
  isTaskBroader,
  knownPermission,
  latestVersion,
  ownTable,
  permissions,
  quotaLevel,
  roles,
  tasksByAssetType,
  useCases
};
