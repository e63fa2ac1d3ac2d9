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
  const { main } = await import("./chunks/cli-PXSDQIKO.js");
  process.exitCode = await main(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: process.stdout.isTTY === true
  });
}
