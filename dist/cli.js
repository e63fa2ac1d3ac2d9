#!/usr/bin/env node
const __graphguardImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/builtins.ts
var import_node_module, load, vmModule, osModule, cryptoModule;
var init_builtins = __esm({
  "src/builtins.ts"() {
    "use strict";
    import_node_module = require("node:module");
    load = (0, import_node_module.createRequire)(__graphguardImportMetaUrl);
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
function describeErrno(e) {
  const code = e?.code;
  if (!code) return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "error";
  return ERRNO_TEXT[code] ? `${ERRNO_TEXT[code]} (${code})` : code;
}
function inside(root, p) {
  const rel = import_node_path.default.relative(root, p);
  return rel === "" || !rel.startsWith("..") && !import_node_path.default.isAbsolute(rel);
}
function realOrSelf(p) {
  try {
    return (0, import_node_fs.realpathSync)(p);
  } catch {
    return import_node_path.default.resolve(p);
  }
}
function writeFileSafe(absPath, data, opts = {}) {
  const shown = opts.display ?? absPath;
  const target = import_node_path.default.resolve(absPath);
  const dir = import_node_path.default.dirname(target);
  if (opts.root !== void 0) {
    const root = realOrSelf(opts.root);
    if (!inside(import_node_path.default.resolve(opts.root), target) && !inside(root, target))
      throw new ConfigError(`refusing to write ${shown}: outside ${opts.root}`);
    let existing = dir;
    while (!pathExists(existing) && import_node_path.default.dirname(existing) !== existing) existing = import_node_path.default.dirname(existing);
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
    const st = (0, import_node_fs.lstatSync)(target);
    if (st.isDirectory()) throw new ConfigError(`cannot write ${shown}: is a directory`);
    if (st.isCharacterDevice() || opts.root === void 0 && st.isFIFO()) return writeInPlace(target, data, shown, false);
    if (st.isSymbolicLink()) {
      if (opts.root === void 0 && streamAt(target)) return writeInPlace(target, data, shown, true);
    } else if (!st.isFile()) throw new ConfigError(`refusing to write ${shown}: not a regular file`);
    else mode = st.mode & 511;
  } catch (e) {
    if (e instanceof ConfigError) throw e;
  }
  const tmp = import_node_path.default.join(dir, `.${import_node_path.default.basename(target).slice(0, 64)}.${process.pid}.${cryptoModule().randomBytes(6).toString("hex")}.tmp`);
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(tmp, import_node_fs.constants.O_WRONLY | import_node_fs.constants.O_CREAT | import_node_fs.constants.O_EXCL | (import_node_fs.constants.O_NOFOLLOW ?? 0), 384);
    const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    for (let off = 0; off < buf.length; ) off += (0, import_node_fs.writeSync)(fd, buf, off, buf.length - off);
    if (opts.durable !== false) (0, import_node_fs.fsyncSync)(fd);
    (0, import_node_fs.fchmodSync)(fd, opts.mode ?? mode & ~process.umask());
    (0, import_node_fs.closeSync)(fd);
    fd = void 0;
    (0, import_node_fs.renameSync)(tmp, target);
  } catch (e) {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
    try {
      (0, import_node_fs.unlinkSync)(tmp);
    } catch {
    }
    throw new ConfigError(`cannot write ${shown}: ${describeErrno(e)}`);
  }
}
function makeDirs(dir, mode) {
  const missing = [];
  for (let d = import_node_path.default.resolve(dir); !pathExists(d); d = import_node_path.default.dirname(d)) {
    missing.push(d);
    if (import_node_path.default.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      (0, import_node_fs.mkdirSync)(d, mode === void 0 ? {} : { mode });
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
  }
}
function pathExists(p) {
  try {
    (0, import_node_fs.lstatSync)(p);
    return true;
  } catch {
    return false;
  }
}
function writeInPlace(target, data, shown, follow) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(target, import_node_fs.constants.O_WRONLY | (follow ? 0 : import_node_fs.constants.O_NOFOLLOW ?? 0));
    const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    for (let off = 0; off < buf.length; ) off += (0, import_node_fs.writeSync)(fd, buf, off, buf.length - off);
  } catch (e) {
    throw new ConfigError(`cannot write ${shown}: ${describeErrno(e)}`);
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
function streamAt(target) {
  try {
    const st = (0, import_node_fs.statSync)(target);
    return st.isCharacterDevice() || st.isFIFO();
  } catch {
    return false;
  }
}
var import_node_fs, import_node_path, ERRNO_TEXT;
var init_fs_safe = __esm({
  "src/fs-safe.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = __toESM(require("node:path"), 1);
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
      ENAMETOOLONG: "name too long",
      EPIPE: "its reader closed the pipe"
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
function cacheDir(env = process.env, platform = process.platform, setting = env.GRAPHGUARD_COMPILE_CACHE) {
  if (setting === "0" || setting === "false" || setting === "off") return void 0;
  if (setting) return import_node_path2.default.resolve(setting);
  let home;
  try {
    home = env.HOME || osModule().homedir();
  } catch {
    return void 0;
  }
  if (platform === "win32") return env.LOCALAPPDATA && import_node_path2.default.win32.isAbsolute(env.LOCALAPPDATA) ? import_node_path2.default.win32.join(env.LOCALAPPDATA, "graphguard") : void 0;
  if (!home || !import_node_path2.default.isAbsolute(home)) return void 0;
  if (platform === "darwin") return import_node_path2.default.join(home, "Library", "Caches", "graphguard");
  const xdg = env.XDG_CACHE_HOME;
  return import_node_path2.default.join(xdg && import_node_path2.default.isAbsolute(xdg) ? xdg : import_node_path2.default.join(home, ".cache"), "graphguard");
}
function privateDir(dir, create = true) {
  try {
    if (create) makeDirs(dir, 448);
    const st = (0, import_node_fs2.lstatSync)(dir);
    if (!st.isDirectory()) return false;
    if (typeof process.getuid !== "function") return true;
    return st.uid === process.getuid() && (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function loadCached(file, version, env = process.env, kind = "run") {
  const bytes = (0, import_node_fs2.readFileSync)(file);
  const wrapped = bytes.length > WRAPPED_HEAD.length + WRAPPED_TAIL.length && bytes.toString("latin1", 0, WRAPPED_HEAD.length) === WRAPPED_HEAD && bytes.toString("latin1", bytes.length - WRAPPED_TAIL.length) === WRAPPED_TAIL;
  const source = bytes.toString(wrapped || (0, import_node_buffer.isAscii)(bytes) ? "latin1" : "utf8");
  const dir = cacheDir(env);
  let key = "";
  let cacheFile;
  let cachedData;
  let cachedTags = [];
  let keyHash = "";
  const prefix = `${import_node_path2.default.basename(file)}.${/^[a-z][a-z-]{0,31}$/.test(kind) ? kind : "run"}.`;
  if (dir !== void 0) {
    const st = (0, import_node_fs2.statSync)(file);
    const flags = sha256(Buffer.from(JSON.stringify([process.execArgv, env.NODE_OPTIONS ?? ""]))).slice(0, 16);
    key = JSON.stringify([version, process.version, process.arch, st.size, Math.trunc(st.mtimeMs), flags]);
    keyHash = sha256(Buffer.from(key)).slice(0, 16);
    cacheFile = import_node_path2.default.join(dir, `${prefix}${keyHash}.v8cache`);
    const read = readCache(cacheFile, key);
    cachedData = read?.data;
    cachedTags = read?.tags ?? [];
  }
  const script = new (vmModule()).Script(wrapped ? source : `${WRAPPER}${source}
})`, {
    filename: file,
    ...cachedData ? { cachedData } : {}
  });
  const wrapper = script.runInThisContext();
  const mod = { exports: {} };
  wrapper.call(mod.exports, mod.exports, (0, import_node_module2.createRequire)(file), mod, file, import_node_path2.default.dirname(file));
  const cache = dir === void 0 ? "off" : !cachedData ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  let saved = false;
  return {
    exports: mod.exports,
    cache,
    save(runTags = []) {
      if (saved || cacheFile === void 0) return;
      const known = cache === "hit" ? cachedTags : [];
      const fresh = [...new Set(runTags.filter((t) => TAG.test(t) && !known.includes(t)))];
      const all = [...known, ...fresh];
      if (cache === "hit" && (fresh.length === 0 || all.length > MAX_TAGS)) return;
      saved = true;
      try {
        const tags = all.slice(0, MAX_TAGS).join(",");
        const data = script.createCachedData();
        const lines = Buffer.from(`${key}
${tags}
`, "utf8");
        const head = Buffer.concat([lines, Buffer.from(`${sha256(data)}
`, "latin1")]);
        const pad = Buffer.alloc(dataStart(lines.length) - head.length, 32);
        if (writePrivateFile(cacheFile, Buffer.concat([head, pad, data]), { prefix, suffix: ".v8cache", keep: KEEP, tmpPrefix: `${import_node_path2.default.basename(file)}.` }))
          dropStale(import_node_path2.default.dirname(cacheFile), import_node_path2.default.basename(file), keyHash);
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
    if (!bytes.subarray(0, head.length).equals(head)) return void 0;
    const tagsEnd = bytes.indexOf(10, head.length);
    if (tagsEnd === -1 || tagsEnd - head.length > MAX_TAGS * 41) return void 0;
    const tagLine = bytes.toString("latin1", head.length, tagsEnd);
    const tags = tagLine === "" ? [] : tagLine.split(",");
    if (!tags.every((t) => TAG.test(t))) return void 0;
    const sum = tagsEnd + 1 + HASH_HEX + 1;
    const start = dataStart(tagsEnd + 1);
    if (bytes.length <= start) return void 0;
    for (let i = sum; i < start; i++) if (bytes[i] !== 32) return void 0;
    const data = bytes.subarray(start);
    if (bytes.toString("latin1", tagsEnd + 1, sum) !== `${sha256(data)}
`) return void 0;
    return { data, tags };
  } catch {
    return void 0;
  }
}
function dataStart(before) {
  return before + HASH_HEX + 1 + 7 & ~7;
}
function dropStale(dir, base, keyHash) {
  let names;
  try {
    names = (0, import_node_fs2.readdirSync)(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const other = n.startsWith(`${base}.`) && n.endsWith(".v8cache") && !n.endsWith(`.${keyHash}.v8cache`);
    const legacy = n.startsWith(`${base}-`) && /^[0-9a-f]{16}\.v8cache$/.test(n.slice(base.length + 1));
    if (!other && !legacy) continue;
    const f = import_node_path2.default.join(dir, n);
    try {
      if (Date.now() - (0, import_node_fs2.lstatSync)(f).mtimeMs > STALE_MS) (0, import_node_fs2.unlinkSync)(f);
    } catch {
    }
  }
}
function readPrivateFile(file, maxBytes) {
  try {
    if (!privateDir(import_node_path2.default.dirname(file), false)) return void 0;
    const st = (0, import_node_fs2.lstatSync)(file);
    if (!st.isFile() || st.size > maxBytes || typeof process.getuid === "function" && st.uid !== process.getuid()) return void 0;
    return (0, import_node_fs2.readFileSync)(file);
  } catch {
    return void 0;
  }
}
function writePrivateFile(file, data, prune, durable = true) {
  const dir = import_node_path2.default.dirname(file);
  if (!privateDir(dir)) return false;
  writeFileSafe(file, data, { mode: 384, durable });
  pruneCache(dir, prune.prefix, prune.suffix, prune.keep, file, prune.tmpPrefix ?? prune.prefix);
  return true;
}
function pruneCache(dir, prefix, suffix, keep, current, tmpPrefix) {
  const names = (0, import_node_fs2.readdirSync)(dir);
  for (const n of names.filter((n2) => n2.startsWith(`.${tmpPrefix}`) && n2.endsWith(".tmp"))) {
    const f = import_node_path2.default.join(dir, n);
    if (Date.now() - (0, import_node_fs2.lstatSync)(f).mtimeMs > 36e5) (0, import_node_fs2.unlinkSync)(f);
  }
  const mine = names.filter((n) => n.startsWith(prefix) && n.endsWith(suffix)).map((n) => import_node_path2.default.join(dir, n)).filter((f) => f !== current).map((f) => ({ f, t: (0, import_node_fs2.lstatSync)(f).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { f } of mine.slice(keep - 1)) (0, import_node_fs2.unlinkSync)(f);
}
var import_node_fs2, import_node_buffer, import_node_module2, import_node_path2, TAG, MAX_TAGS, WRAPPER, WRAPPED_HEAD, WRAPPED_TAIL, KEEP, STALE_MS, HASH_HEX, MAX_CACHE_BYTES, sha256;
var init_compile_cache = __esm({
  "src/compile-cache.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_buffer = require("node:buffer");
    import_node_module2 = require("node:module");
    import_node_path2 = __toESM(require("node:path"), 1);
    init_builtins();
    init_fs_safe();
    init_version();
    TAG = /^[a-z0-9:-]{1,40}$/;
    MAX_TAGS = 24;
    WRAPPER = "(function (exports, require, module, __filename, __dirname) {";
    WRAPPED_HEAD = `${WRAPPER} // graphguard bundle: wrapped, ASCII
`;
    WRAPPED_TAIL = "\n})\n";
    KEEP = 4;
    STALE_MS = 30 * 24 * 36e5;
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
async function loadMain(kind) {
  const m = loadCached((0, import_node_url.fileURLToPath)(new URL("./chunks/main.cjs", __graphguardImportMetaUrl)), `${"1.0.0"}+${"d71e025a5f108c62"}`, process.env, kind);
  return { run: m.exports.run, save: m.save };
}
var import_node_url;
var init_main_loader = __esm({
  "src/main-loader.ts"() {
    "use strict";
    import_node_url = require("node:url");
    init_compile_cache();
  }
});

// src/cache-kind.ts
var import_node_util = require("node:util");

// src/format-names.ts
var CHECK_FORMATS = ["stylish", "json", "sarif", "github", "markdown", "junit"];
var DIFF_FORMATS = ["text", "json", "markdown"];
var INFER_FORMATS = ["stylish", "json", "yaml"];
var RULES_FORMATS = ["text", "json"];

// src/cache-kind.ts
var CACHE_KINDS = /* @__PURE__ */ new Set(["check", "baseline", "diff", "init", "infer", "rotate", "rules", "explain", "schema"]);
var FORMATS = { check: CHECK_FORMATS, diff: DIFF_FORMATS, infer: INFER_FORMATS, rules: RULES_FORMATS };
function cacheKind(args) {
  const first = args[0];
  if (first === "--help" || first === "-h" || first === "help" || first === "--version" || first === "-v") return "help";
  const command = first !== void 0 && CACHE_KINDS.has(first) ? first : "check";
  const formats = FORMATS[command];
  if (!formats) return command;
  let format;
  try {
    format = (0, import_node_util.parseArgs)({ args: [...args], options: { format: { type: "string", short: "f" } }, strict: false, allowPositionals: true }).values.format;
  } catch {
    return command;
  }
  return typeof format === "string" && formats.includes(format) && format !== formats[0] ? `${command}-${format}` : command;
}

// src/bin.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  if (true) process.stdout.write(`${"1.0.0"}
`);
  else void null.then(({ VERSION: VERSION2 }) => process.stdout.write(`${VERSION2}
`));
} else void main();
async function main() {
  const { loadMain: loadMain2 } = await Promise.resolve().then(() => (init_main_loader(), main_loader_exports));
  let cli;
  try {
    cli = await loadMain2(cacheKind(argv));
  } catch (e) {
    const err = e;
    const what = `${err.code ? "" : `${err.name}: `}${String(err.message).split("\n")[0].slice(0, 200)}`;
    process.stderr.write(`graphguard: cannot load its own code (${what}); reinstall graphguard
`);
    process.exit(2);
  }
  const tags = await cli.run(argv);
  for (const stream of [process.stdout, process.stderr]) await new Promise((done) => stream.write("", () => done()));
  await new Promise((done) => setImmediate(done));
  if (process.exitCode !== 2) cli.save(tags);
  process.exit();
}
