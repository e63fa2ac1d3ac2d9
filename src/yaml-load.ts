/**
 * The yaml package. The CLI bundle replaces this module (scripts/build.mjs) with one that loads
 * dist/chunks/yaml.cjs on first use: most checks never build a yaml Document, and a quarter of a
 * megabyte they do not run is start-up time they would pay for.
 */
import * as yamlModule from 'yaml';

export function loadYaml(): typeof yamlModule {
  return yamlModule;
}
