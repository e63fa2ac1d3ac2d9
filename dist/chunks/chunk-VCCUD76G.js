import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);

// src/yaml-load.ts
import { createRequire } from "node:module";
function loadYaml() {
  return createRequire(import.meta.url)("./yaml.cjs");
}

// src/yaml.ts
var mod;
function yaml() {
  return mod ??= loadYaml();
}
var isMap = ((node) => yaml().isMap(node));
var isPair = ((node) => yaml().isPair(node));
var isScalar = ((node) => yaml().isScalar(node));
var isSeq = ((node) => yaml().isSeq(node));
var isNode = ((node) => yaml().isNode(node));
var parseDocument = ((...args) => yaml().parseDocument(...args));
var stringify = ((...args) => yaml().stringify(...args));

export {
  yaml,
  isMap,
  isPair,
  isScalar,
  isSeq,
  isNode,
  parseDocument,
  stringify
};
