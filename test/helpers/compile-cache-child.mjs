// Test helper: loads a CommonJS file through src/compile-cache.ts in a process of its own (in one
// process, V8 reuses what it compiled and never reads a cache again), saves the cache and prints what
// happened as JSON. Usage: node compile-cache-child.mjs <file> <version> [<kind> [<tag,tag…>]]
import { register } from 'tsx/esm/api';

register();
const { loadCached } = await import('../../src/compile-cache.ts');
const [file, version, kind, tags] = process.argv.slice(2);
const m = loadCached(file, version, process.env, kind);
const out = { cache: m.cache, answer: m.exports.answer(), name: m.exports.name };
m.save(tags ? tags.split(',') : []);
process.stdout.write(JSON.stringify(out));
