#!/usr/bin/env node
import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-DSBJSAO4.js";
import "./chunks/chunk-NNX7IPQN.js";

// src/bin.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${VERSION}
`);
} else {
  const { main } = await import("./chunks/cli-6O3YBHOB.js");
  process.exitCode = await main(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: process.stdout.isTTY === true
  });
}
