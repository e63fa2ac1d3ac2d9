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
  const { run } = await import("./chunks/main.js");
  await run(argv);
  for (const stream of [process.stdout, process.stderr]) await new Promise((done) => stream.write("", () => done()));
  process.exit();
}
