/**
 * The parts of the yaml package graphguard uses, loaded on first call (src/yaml-load.ts): a plain
 * check reads its manifest with js-yaml and the position index, and only a manifest that needs the
 * full parser (anchors, errors), a workflow file, a comment or an edit (`rotate`, `init`) loads it.
 */
import type * as Yaml from 'yaml';
import { loadYaml } from './yaml-load.js';

let mod: typeof Yaml | undefined;

/** The yaml package itself (loaded on the first call). */
export function yaml(): typeof Yaml {
  return (mod ??= loadYaml());
}

export const isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isPair = ((node: unknown) => yaml().isPair(node)) as typeof Yaml.isPair;
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar;
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq;
export const isAlias = ((node: unknown) => yaml().isAlias(node)) as typeof Yaml.isAlias;
export const isNode = ((node: unknown) => yaml().isNode(node)) as typeof Yaml.isNode;
export const parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => yaml().parseDocument(...args)) as typeof Yaml.parseDocument;
export const stringify = ((...args: Parameters<typeof Yaml.stringify>) => yaml().stringify(...args)) as typeof Yaml.stringify;
