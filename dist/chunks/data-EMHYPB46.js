import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  accessLevels,
  apiVersions,
  endpoints,
  expandTasks,
  findVersion,
  getEndpoint,
  getPermission,
  isImplicitPermission,
  isPlaceholder,
  isTaskBroader,
  knownPermission,
  latestVersion,
  matchEndpoints,
  operationKey,
  ownTable,
  permissions,
  roles,
  tasksByAssetType,
  useCases
} from "./chunk-ZGIPCFWT.js";
import "./chunk-NNX7IPQN.js";
export {
  accessLevels,
  apiVersions,
  endpoints,
  expandTasks,
  findVersion,
  getEndpoint,
  getPermission,
  isImplicitPermission,
  isPlaceholder,
  isTaskBroader,
  knownPermission,
  latestVersion,
  matchEndpoints,
  operationKey,
  ownTable,
  permissions,
  roles,
  tasksByAssetType,
  useCases
};
