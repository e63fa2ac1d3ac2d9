import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  accessLevels,
  apiVersions,
  expandTasks,
  findVersion,
  getPermission,
  isImplicitPermission,
  isTaskBroader,
  knownPermission,
  latestVersion,
  permissions,
  roles,
  tasksByAssetType,
  useCases
} from "./chunk-3E22NL5A.js";
import "./chunk-NNX7IPQN.js";
export {
  accessLevels,
  apiVersions,
  expandTasks,
  findVersion,
  getPermission,
  isImplicitPermission,
  isTaskBroader,
  knownPermission,
  latestVersion,
  permissions,
  roles,
  tasksByAssetType,
  useCases
};
