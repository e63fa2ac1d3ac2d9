// Test helper (node --import): records what the CLI bundle ran. At exit it appends to $GG_LOAD_LOG one
// line per module of dist/chunks/main.cjs that was evaluated (esbuild names each lazy module's
// initializer after the module's path, `src/graph/client.ts`), taken from V8's precise coverage, and
// `file://` + each CommonJS file in require's cache (dist/chunks/yaml.cjs, when the yaml package was
// needed), and `builtin ` + each of Node's own modules loaded after this hook's (`fs/promises`,
// `child_process`). test/lazy-load.test.ts reads it.
import { appendFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';

const log = process.env.GG_LOAD_LOG;
const builtinsBefore = new Set(process.moduleLoadList);
const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
process.on('exit', () => {
  const lines = [];
  // The inspector answers a session on the same thread synchronously.
  session.post('Profiler.takePreciseCoverage', (err, res) => {
    if (err) throw err;
    for (const script of res.result) {
      if (!script.url.endsWith('main.cjs')) continue;
      for (const f of script.functions) if (f.ranges[0].count > 0 && /^(src|data|rules|schema|node_modules)\//.test(f.functionName)) lines.push(`module ${f.functionName}`);
    }
  });
  for (const file of Object.keys(createRequire(import.meta.url).cache)) lines.push(`file://${file}`);
  for (const m of process.moduleLoadList) if (!builtinsBefore.has(m) && m.startsWith('NativeModule ')) lines.push(`builtin ${m.slice('NativeModule '.length)}`);
  appendFileSync(log, `${lines.join('\n')}\n`);
});
