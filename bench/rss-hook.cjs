// Loaded with `node --require` by the benchmarks: reports the child's peak memory on exit. CommonJS,
// as the CLI's own bundle is: a preload with `--import` would start Node's ES module loader first,
// some 7 ms and 4 MB that a user's run does not pay.
'use strict';
const { writeSync } = require('node:fs');
process.on('exit', () => {
  writeSync(2, `\n[bench] maxrss_kb=${process.resourceUsage().maxRSS}\n`);
});
