#!/usr/bin/env node
import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);

// src/bin.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  const version = true ? "1.0.0" : (await null).VERSION;
  process.stdout.write(`${version}
`);
} else {
  const { main } = await import("./chunks/cli-X4F33ZOQ.js");
  const { processWriters } = await import("./chunks/fs-safe-EKVE73HJ.js");
  const out = processWriters(process);
  const code = await main(argv, { cwd: process.cwd(), env: process.env, ...out, isTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true });
  if (process.exitCode !== 2) process.exitCode = code;
}
