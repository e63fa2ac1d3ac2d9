// Loaded with `node --import` by the benchmarks: reports the child's peak memory on exit.
import { writeSync } from 'node:fs';
process.on('exit', () => {
  writeSync(2, `\n[bench] maxrss_kb=${process.resourceUsage().maxRSS}\n`);
});
