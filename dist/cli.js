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

// src/types.ts
var ConfigError;
var init_types = __esm({
  "src/types.ts"() {
    "use strict";
    ConfigError = class extends Error {
      constructor(message, file, line, column) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = "ConfigError";
      }
      file;
      line;
      column;
      /** `file:line:col: message`, or the parts that are known. */
      format() {
        if (!this.file) return this.message;
        if (this.line === void 0) return `${this.file}: ${this.message}`;
        return `${this.file}:${this.line}:${this.column ?? 1}: ${this.message}`;
      }
    };
  }
});

// src/fs-safe.ts
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, fsyncSync, fchmodSync } from "node:fs";
import path from "node:path";
function describeErrno(e) {
  const code = e?.code;
  if (!code) return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "error";
  return ERRNO_TEXT[code] ? `${ERRNO_TEXT[code]} (${code})` : code;
}
function inside(root, p) {
  const rel = path.relative(root, p);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function realOrSelf(p) {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
function writeFileSafe(absPath, data, opts = {}) {
  const shown = opts.display ?? absPath;
  const target = path.resolve(absPath);
  const dir = path.dirname(target);
  if (opts.root !== void 0) {
    const root = realOrSelf(opts.root);
    if (!inside(path.resolve(opts.root), target) && !inside(root, target))
      throw new ConfigError(`refusing to write ${shown}: outside ${opts.root}`);
    let existing = dir;
    while (!pathExists(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
    if (!inside(root, realOrSelf(existing))) throw new ConfigError(`refusing to write ${shown}: a parent directory leads outside ${opts.root} (symlink)`);
  }
  try {
    makeDirs(dir);
  } catch (e) {
    throw new ConfigError(`cannot write ${shown}: ${describeErrno(e)}`);
  }
  if (opts.root !== void 0 && !inside(realOrSelf(opts.root), realOrSelf(dir)))
    throw new ConfigError(`refusing to write ${shown}: a parent directory leads outside ${opts.root} (symlink)`);
  let mode = 438;
  try {
    const st = lstatSync(target);
    if (st.isDirectory()) throw new ConfigError(`cannot write ${shown}: is a directory`);
    if (st.isFile()) mode = st.mode & 511;
  } catch (e) {
    if (e instanceof ConfigError) throw e;
  }
  const tmp = path.join(dir, `.${path.basename(target).slice(0, 64)}.${process.pid}.${cryptoModule().randomBytes(6).toString("hex")}.tmp`);
  let fd;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 384);
    const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    if (opts.durable !== false) fsyncSync(fd);
    fchmodSync(fd, opts.mode ?? mode & ~process.umask());
    closeSync(fd);
    fd = void 0;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== void 0) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
    }
    throw new ConfigError(`cannot write ${shown}: ${describeErrno(e)}`);
  }
}
function makeDirs(dir, mode) {
  const missing = [];
  for (let d = path.resolve(dir); !pathExists(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, mode === void 0 ? {} : { mode });
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
  }
}
function pathExists(p) {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
var ERRNO_TEXT;
var init_fs_safe = __esm({
  "src/fs-safe.ts"() {
    "use strict";
    init_builtins();
    init_types();
    ERRNO_TEXT = {
      ENOSPC: "no space left on device",
      EDQUOT: "disk quota exceeded",
      EACCES: "permission denied",
      EPERM: "operation not permitted",
      EROFS: "read-only file system",
      EISDIR: "is a directory",
      ENOTDIR: "a parent is not a directory",
      ENOENT: "no such file or directory",
      EIO: "input/output error",
      EFBIG: "file too large",
      ELOOP: "too many symbolic links",
      ENAMETOOLONG: "name too long"
    };
  }
});

// src/version.ts
var VERSION;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = true ? "1.0.0" : sourceVersion();
  }
});

// src/compile-cache.ts
import { lstatSync as lstatSync2, readdirSync, readFileSync, statSync as statSync2, unlinkSync as unlinkSync2 } from "node:fs";
import { isAscii } from "node:buffer";
import { createRequire as createRequire2 } from "node:module";
import path2 from "node:path";
function cacheDir(env = process.env, platform = process.platform, setting = env.GRAPHGUARD_COMPILE_CACHE) {
  if (setting === "0" || setting === "false" || setting === "off") return void 0;
  if (setting) return path2.resolve(setting);
  let home;
  try {
    home = env.HOME || osModule().homedir();
  } catch {
    return void 0;
  }
  if (platform === "win32") return env.LOCALAPPDATA && path2.win32.isAbsolute(env.LOCALAPPDATA) ? path2.win32.join(env.LOCALAPPDATA, "graphguard") : void 0;
  if (!home || !path2.isAbsolute(home)) return void 0;
  if (platform === "darwin") return path2.join(home, "Library", "Caches", "graphguard");
  const xdg = env.XDG_CACHE_HOME;
  return path2.join(xdg && path2.isAbsolute(xdg) ? xdg : path2.join(home, ".cache"), "graphguard");
}
function privateDir(dir, create = true) {
  try {
    if (create) makeDirs(dir, 448);
    const st = lstatSync2(dir);
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
    const st = statSync2(file);
    key = JSON.stringify([version, process.version, process.arch, st.size, Math.trunc(st.mtimeMs)]);
    cacheFile = path2.join(dir, `${path2.basename(file)}-${sha256(Buffer.from(key)).slice(0, 16)}.v8cache`);
    cachedData = readCache(cacheFile, key);
  }
  const script = new (vmModule()).Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...cachedData ? { cachedData } : {}
  });
  const wrapper = script.runInThisContext();
  const mod = { exports: {} };
  wrapper.call(mod.exports, mod.exports, createRequire2(file), mod, file, path2.dirname(file));
  const cache = dir === void 0 ? "off" : !cachedData ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  let saved = false;
  return {
    exports: mod.exports,
    cache,
    save() {
      if (saved || cacheFile === void 0 || cache === "hit") return;
      saved = true;
      try {
        const data = script.createCachedData();
        writePrivateFile(cacheFile, Buffer.concat([Buffer.from(`${key}
${sha256(data)}
`, "utf8"), data]), {
          prefix: `${path2.basename(file)}-`,
          suffix: ".v8cache",
          keep: KEEP
        });
      } catch {
      }
    }
  };
}
function readCache(cacheFile, key) {
  const bytes = readPrivateFile(cacheFile, MAX_CACHE_BYTES);
  if (!bytes) return void 0;
  try {
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
function readPrivateFile(file, maxBytes) {
  try {
    if (!privateDir(path2.dirname(file), false)) return void 0;
    const st = lstatSync2(file);
    if (!st.isFile() || st.size > maxBytes || typeof process.getuid === "function" && st.uid !== process.getuid()) return void 0;
    return readFileSync(file);
  } catch {
    return void 0;
  }
}
function writePrivateFile(file, data, prune, durable = true) {
  const dir = path2.dirname(file);
  if (!privateDir(dir)) return false;
  writeFileSafe(file, data, { mode: 384, durable });
  pruneCache(dir, prune.prefix, prune.suffix, prune.keep, file);
  return true;
}
function pruneCache(dir, prefix, suffix, keep, current) {
  const names = readdirSync(dir);
  for (const n of names.filter((n2) => n2.startsWith(`.${prefix}`) && n2.endsWith(".tmp"))) {
    const f = path2.join(dir, n);
    if (Date.now() - lstatSync2(f).mtimeMs > 36e5) unlinkSync2(f);
  }
  const mine = names.filter((n) => n.startsWith(prefix) && n.endsWith(suffix)).map((n) => path2.join(dir, n)).filter((f) => f !== current).map((f) => ({ f, t: lstatSync2(f).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { f } of mine.slice(keep - 1)) unlinkSync2(f);
}
var KEEP, HASH_HEX, MAX_CACHE_BYTES, sha256;
var init_compile_cache = __esm({
  "src/compile-cache.ts"() {
    "use strict";
    init_builtins();
    init_fs_safe();
    init_version();
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
