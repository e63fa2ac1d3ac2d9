#!/usr/bin/env node
import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/builtins.ts
import { createRequire } from "node:module";
var load, vmModule, osModule, cryptoModule;
var init_builtins = __esm({
  "src/builtins.ts"() {
    "use strict";
    load = createRequire(import.meta.url);
    vmModule = () => load("node:vm");
    osModule = () => load("node:os");
    cryptoModule = () => load("node:crypto");
  }
});

// src/compile-cache.ts
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { isAscii } from "node:buffer";
import { createRequire as createRequire2 } from "node:module";
import path from "node:path";
function cacheDir(env = process.env, platform = process.platform) {
  const setting = env.GRAPHGUARD_COMPILE_CACHE;
  if (setting === "0" || setting === "false" || setting === "off") return void 0;
  if (setting) return path.resolve(setting);
  let home;
  try {
    home = env.HOME || osModule().homedir();
  } catch {
    return void 0;
  }
  if (platform === "win32") return env.LOCALAPPDATA && path.win32.isAbsolute(env.LOCALAPPDATA) ? path.win32.join(env.LOCALAPPDATA, "graphguard") : void 0;
  if (!home || !path.isAbsolute(home)) return void 0;
  if (platform === "darwin") return path.join(home, "Library", "Caches", "graphguard");
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, ".cache"), "graphguard");
}
function privateDir(dir, create = true) {
  try {
    if (create) mkdirSync(dir, { recursive: true, mode: 448 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return false;
    if (typeof process.getuid !== "function") return true;
    return st.uid === process.getuid() && (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function loadCached(file, version, env = process.env) {
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const dir = cacheDir(env);
  let key = "";
  let cacheFile;
  let cachedData;
  if (dir !== void 0) {
    const st = statSync(file);
    key = JSON.stringify([version, process.version, process.arch, st.size, Math.trunc(st.mtimeMs)]);
    cacheFile = path.join(dir, `${path.basename(file)}-${sha256(Buffer.from(key)).slice(0, 16)}.v8cache`);
    cachedData = readCache(cacheFile, key);
  }
  const script = new (vmModule()).Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...cachedData ? { cachedData } : {}
  });
  const wrapper = script.runInThisContext();
  const mod = { exports: {} };
  wrapper.call(mod.exports, mod.exports, createRequire2(file), mod, file, path.dirname(file));
  const cache = dir === void 0 ? "off" : !cachedData ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  let saved = false;
  return {
    exports: mod.exports,
    cache,
    save() {
      if (saved || cacheFile === void 0 || cache === "hit") return;
      saved = true;
      try {
        if (!privateDir(dir)) return;
        writeCache(cacheFile, key, script.createCachedData());
        prune(dir, path.basename(file), cacheFile);
      } catch {
      }
    }
  };
}
function readCache(cacheFile, key) {
  try {
    if (!privateDir(path.dirname(cacheFile), false)) return void 0;
    const st = lstatSync(cacheFile);
    if (!st.isFile() || typeof process.getuid === "function" && st.uid !== process.getuid()) return void 0;
    if (st.size > MAX_CACHE_BYTES) return void 0;
    const bytes = readFileSync(cacheFile);
    const head = Buffer.from(`${key}
`, "utf8");
    const sum = head.length + HASH_HEX + 1;
    if (bytes.length <= sum || !bytes.subarray(0, head.length).equals(head)) return void 0;
    const data = bytes.subarray(sum);
    if (bytes.toString("latin1", head.length, sum) !== `${sha256(data)}
`) return void 0;
    return data;
  } catch {
    return void 0;
  }
}
function prune(dir, base, current) {
  const names = readdirSync(dir).filter((n) => n.startsWith(`${base}-`));
  for (const n of names.filter((n2) => n2.endsWith(".tmp"))) {
    const f = path.join(dir, n);
    if (Date.now() - lstatSync(f).mtimeMs > 36e5) unlinkSync(f);
  }
  const mine = names.filter((n) => n.endsWith(".v8cache")).map((n) => path.join(dir, n)).filter((f) => f !== current).map((f) => ({ f, t: lstatSync(f).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { f } of mine.slice(KEEP - 1)) unlinkSync(f);
}
function writeCache(cacheFile, key, data) {
  const tmp = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
  let fd;
  try {
    fd = openSync(tmp, "wx", 384);
    const bytes = Buffer.concat([Buffer.from(`${key}
${sha256(data)}
`, "utf8"), data]);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    closeSync(fd);
    fd = void 0;
    renameSync(tmp, cacheFile);
  } catch {
    if (fd !== void 0) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
    }
  }
}
var KEEP, HASH_HEX, MAX_CACHE_BYTES, sha256;
var init_compile_cache = __esm({
  "src/compile-cache.ts"() {
    "use strict";
    init_builtins();
    KEEP = 4;
    HASH_HEX = 64;
    MAX_CACHE_BYTES = 64 * 1024 * 1024;
    sha256 = (data) => cryptoModule().createHash("sha256").update(data).digest("hex");
  }
});

// src/main-loader.ts
var main_loader_exports = {};
__export(main_loader_exports, {
  loadMain: () => loadMain
});
import { fileURLToPath } from "node:url";
async function loadMain() {
  const m = loadCached(fileURLToPath(new URL("./chunks/main.cjs", import.meta.url)), "1.0.0");
  return { run: m.exports.run, save: m.save };
}
var init_main_loader = __esm({
  "src/main-loader.ts"() {
    "use strict";
    init_compile_cache();
  }
});

// src/bin.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  const version = true ? "1.0.0" : (await null).VERSION;
  process.stdout.write(`${version}
`);
} else {
  const { loadMain: loadMain2 } = await Promise.resolve().then(() => (init_main_loader(), main_loader_exports));
  let main;
  try {
    main = await loadMain2();
  } catch (e) {
    const err = e;
    const what = `${err.code ? "" : `${err.name}: `}${String(err.message).split("\n")[0].slice(0, 200)}`;
    process.stderr.write(`graphguard: cannot load its own code (${what}); reinstall graphguard
`);
    process.exit(2);
  }
  await main.run(argv);
  for (const stream of [process.stdout, process.stderr]) await new Promise((done) => stream.write("", () => done()));
  if (process.exitCode !== 2) main.save();
  process.exit();
}
