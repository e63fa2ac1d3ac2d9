import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-7JEDZB6T.js";

// src/fs-safe.ts
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, fsyncSync, fchmodSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
var ERRNO_TEXT = {
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
    mkdirSync(dir, { recursive: true });
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
  const tmp = path.join(dir, `.${path.basename(target).slice(0, 64)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let fd;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 384);
    const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
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
function pathExists(p) {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
function readUserFile(absPath, opts) {
  const shown = opts.display ?? absPath;
  const fail = (why) => {
    throw new ConfigError(`cannot read ${opts.what}: ${why}`, shown);
  };
  let st;
  try {
    st = statSync(absPath);
  } catch (e) {
    return fail(describeErrno(e));
  }
  if (!st.isFile()) return fail(`not a regular file (${kind(st)})`);
  if (st.size > opts.maxBytes) {
    if (opts.tooBig) throw new ConfigError(opts.tooBig(st.size), shown);
    return fail(`${st.size} bytes; the limit is ${opts.maxBytes}`);
  }
  let fd;
  try {
    fd = openSync(absPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return fail(describeErrno(e));
  }
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile()) return fail(`not a regular file (${kind(fst)})`);
    const buf = Buffer.alloc(Math.min(opts.maxBytes + 1, Math.max(fst.size + 1, 64 * 1024)));
    let len = 0;
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
      total += n;
      if (total > opts.maxBytes) return fail(`more than ${opts.maxBytes} bytes; the limit is ${opts.maxBytes}`);
      if (len === buf.length) {
        chunks.push(Buffer.from(buf.subarray(0, len)));
        len = 0;
      }
    }
    chunks.push(buf.subarray(0, len));
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    return fail(describeErrno(e));
  } finally {
    closeSync(fd);
  }
}
function kind(st) {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a FIFO";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a file";
}
function existsNoFollow(p) {
  return pathExists(p);
}
function processWriters(proc) {
  let stdoutClosed = false;
  let stderrClosed = false;
  const fatal = (stream, e) => {
    const code = e?.code;
    if (code === "EPIPE" || code === "ERR_STREAM_DESTROYED") return;
    proc.exitCode = 2;
    if (stream === "stdout" && !stderrClosed) {
      try {
        proc.stderr.write(`graphguard: cannot write to ${stream}: ${describeErrno(e)}
`);
      } catch {
        stderrClosed = true;
      }
    }
  };
  proc.stdout.on("error", (e) => {
    stdoutClosed = true;
    fatal("stdout", e);
  });
  proc.stderr.on("error", (e) => {
    stderrClosed = true;
    if (e.code !== "EPIPE") proc.exitCode = 2;
  });
  return {
    stdout: (s) => {
      if (stdoutClosed) return;
      try {
        proc.stdout.write(s);
      } catch (e) {
        stdoutClosed = true;
        fatal("stdout", e);
      }
    },
    stderr: (s) => {
      if (stderrClosed) return;
      try {
        proc.stderr.write(s);
      } catch {
        stderrClosed = true;
      }
    }
  };
}
function writeUserFile(cwd, given, data) {
  const abs = path.resolve(cwd, given);
  writeFileSafe(abs, data, { display: given, ...inside(path.resolve(cwd), abs) ? { root: cwd } : {} });
}

export {
  describeErrno,
  writeFileSafe,
  readUserFile,
  existsNoFollow,
  processWriters,
  writeUserFile
};
