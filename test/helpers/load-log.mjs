// Test helper (node --import): appends to $GG_LOAD_LOG every file the process loads, ES modules as
// they load (a module hook) and CommonJS files at exit (require's cache). test/lazy-load.test.ts reads it.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.GG_LOAD_LOG;
const hook = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
process.on('exit', () => {
  for (const file of Object.keys(createRequire(import.meta.url).cache)) appendFileSync(log, `file://${file}\n`);
});
