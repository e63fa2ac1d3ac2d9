/**
 * What this run did, in a few words, for the CLI's code cache (src/compile-cache.ts): each report it
 * wrote, by format, with findings or without. A cache is written again when a run did something its
 * runs had not (their functions were not in it, and were compiled at every start).
 */
export const runTags = new Set<string>();
