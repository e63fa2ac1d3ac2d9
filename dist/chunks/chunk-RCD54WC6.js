import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  isValidDate,
  locate
} from "./chunk-YPTJIPX2.js";
import {
  isScalar,
  parseDocument,
  yaml
} from "./chunk-VCCUD76G.js";
import {
  LineIndex,
  positionAt
} from "./chunk-TT6LOAYV.js";
import {
  redact,
  redactSecretsInText
} from "./chunk-ADSVYBGC.js";
import {
  ConfigError
} from "./chunk-DGJHSL44.js";
import {
  __commonJS,
  __toESM
} from "./chunk-NRP4SHZC.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

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

// src/manifest/load.ts
import { existsSync } from "node:fs";
import path2 from "node:path";

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml2 = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml2;

// src/manifest/position-index.ts
var PosNode = class {
  constructor(start, end, kind2, flow, from) {
    this.start = start;
    this.end = end;
    this.kind = kind2;
    this.flow = flow;
    this.from = from;
  }
  start;
  end;
  kind;
  flow;
  from;
  made;
  children() {
    if (!this.made) {
      const kids = this.from ? this.from.collector.childrenOf(this.from.open) : [];
      this.made = { items: [], keys: [], values: [], keyNames: [] };
      if (this.kind === "sequence") this.made.items = kids.map((k) => k.node);
      else
        for (let i = 0; i + 1 < kids.length; i += 2) {
          this.made.keys.push(kids[i].node);
          this.made.values.push(kids[i + 1].node);
          this.made.keyNames.push(String(kids[i].result));
        }
    }
    return this.made;
  }
  get items() {
    return this.children().items;
  }
  get keys() {
    return this.children().keys;
  }
  get values() {
    return this.children().values;
  }
  /** The keys as js-yaml resolved them, as strings (parallel to `keys`). */
  get keyNames() {
    return this.children().keyNames;
  }
};
var UNKNOWN = -1;
var OPEN = -1;
var PositionCollector = class {
  constructor(text) {
    this.text = text;
  }
  text;
  /** Per event: the offset, and OPEN or the closed node's kind (see `kindOf`). */
  events = new Int32Array(4096);
  count = 0;
  /** The value of each closed node, in event order. */
  results = [];
  /** js-yaml's `listener` option. */
  listener = (event, state) => {
    if (this.count + 2 > this.events.length) {
      const grown = new Int32Array(this.events.length * 2);
      grown.set(this.events);
      this.events = grown;
    }
    this.events[this.count++] = state.position;
    if (event === "open") {
      this.events[this.count++] = OPEN;
      return;
    }
    this.events[this.count++] = state.kind === null ? 0 : state.kind.length;
    this.results.push(state.result);
  };
  /** The root, once indexed (null: the events do not describe the value). */
  root;
  /** Per event: for an open, the index of its close; for a close, the index of its value in `results`. */
  link = new Int32Array(0);
  /** The nodes made so far, by the index of their open event. */
  made = /* @__PURE__ */ new Map();
  /**
   * The root node, or undefined when the events do not describe the value. One pass over the events
   * checks them and links each open to its close; the nodes themselves are made as a lookup reaches
   * them (a finding's path and the siblings along it), not all at once.
   */
  build(value) {
    if (this.root === void 0) this.root = this.index(value) ?? null;
    return this.root ?? void 0;
  }
  /**
   * Links the events, or undefined when they are not the tree the nodes assume: balanced, every kind
   * known, and every mapping (that is not its only child over again: see `node`) with keys and values
   * in pairs.
   */
  index(value) {
    const ev = this.events;
    const n = this.count >> 1;
    const link = new Int32Array(n);
    const open = new Int32Array(n + 1);
    const children = new Int32Array(n + 1);
    const first = new Int32Array(n + 1);
    let depth = 0;
    let closed = 0;
    for (let e = 0; e < n; e++) {
      const k = ev[2 * e + 1];
      if (k === OPEN) {
        depth++;
        open[depth] = e;
        children[depth] = 0;
        first[depth] = -1;
        continue;
      }
      if (depth === 0) return void 0;
      const o = open[depth];
      link[o] = e;
      link[e] = closed++;
      const kind2 = kindOf(k);
      if (kind2 === void 0) return void 0;
      if (kind2 === "mapping" && children[depth] % 2 !== 0) {
        const only = children[depth] === 1 && this.results[link[link[first[depth]]]] === this.results[link[e]];
        if (!only) return void 0;
      }
      depth--;
      if (children[depth]++ === 0) first[depth] = o;
    }
    if (depth !== 0 || children[0] !== 1) return void 0;
    this.link = link;
    const root = this.node(first[0]);
    return agrees(root, value) ? root : void 0;
  }
  /** The node of the open event `o` (made once). */
  node(o) {
    const ev = this.events;
    const link = this.link;
    for (; ; ) {
      const c = link[o];
      const kind2 = kindOf(ev[2 * c + 1]);
      if ((kind2 === "mapping" || kind2 === "sequence") && o + 1 < c && link[o + 1] + 1 === c && this.results[link[c]] === this.results[link[link[o + 1]]]) o++;
      else break;
    }
    let node = this.made.get(o);
    if (!node) this.made.set(o, node = this.make(o));
    return node;
  }
  /** Makes the node of the open event `o`; a collection's children are made when first asked for. */
  make(o) {
    const text = this.text;
    const ev = this.events;
    const c = this.link[o];
    const openAt = ev[2 * o];
    const closeAt = ev[2 * c];
    const kind2 = kindOf(ev[2 * c + 1]);
    if (kind2 === "scalar") {
      const start2 = skipSpace(text, openAt);
      return new PosNode(start2, scalarEnd(text, start2, closeAt), "scalar", false);
    }
    if (kind2 === null) return new PosNode(openAt, openAt, "empty", false);
    const start = skipSpace(text, openAt);
    const flow = text.charCodeAt(start) === (kind2 === "sequence" ? 91 : 123);
    const end = flow ? trimEnd(text, openAt, closeAt) : UNKNOWN;
    return new PosNode(start, end, kind2 === "sequence" ? "sequence" : "mapping", flow, { collector: this, open: o });
  }
  /** The children of the collection opened at event `o`: each one's node and the value js-yaml gave it. */
  childrenOf(o) {
    const out = [];
    const c = this.link[o];
    for (let k = o + 1; k < c; k = this.link[k] + 1) out.push({ node: this.node(k), result: this.results[this.link[this.link[k]]] });
    return out;
  }
};
function kindOf(k) {
  return k === 6 ? "scalar" : k === 7 ? "mapping" : k === 8 ? "sequence" : k === 0 ? null : void 0;
}
function pastLineBreak(text, end) {
  if (end === 0 || text.charCodeAt(end - 1) === 10) return end;
  const nl = text.indexOf("\n", end);
  return nl === -1 ? text.length : nl + 1;
}
function skipSpace(text, i) {
  for (; ; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35) {
      const nl = text.indexOf("\n", i);
      if (nl === -1) return text.length;
      i = nl + 1;
    } else return i;
  }
}
function trimEnd(text, floor, end) {
  while (end > floor) {
    const c = text.charCodeAt(end - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) end--;
    else break;
  }
  return end;
}
function scalarEnd(text, start, pos) {
  const c = text.charCodeAt(start);
  if (c === 124 || c === 62) return pastLineBreak(text, trimEnd(text, start, pos));
  if (c === 34 || c === 39) return trimEnd(text, start, pos);
  let end = trimEnd(text, start, pos);
  for (; ; ) {
    const lineStart = text.lastIndexOf("\n", end - 1) + 1;
    if (lineStart <= start) break;
    const first = skipInline(text, lineStart);
    if (text.charCodeAt(first) !== 35) break;
    end = trimEnd(text, start, lineStart);
  }
  return end;
}
function skipInline(text, i) {
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
}
function agrees(node, value) {
  if (Array.isArray(value)) return node.kind === "sequence" && node.items.length === value.length;
  if (value !== null && typeof value === "object") {
    if (node.kind !== "mapping") return false;
    const names = node.keyNames;
    let own = 0;
    for (const k in value) if (Object.hasOwn(value, k)) own++;
    if (own !== names.length) return false;
    for (const k of names) if (!Object.hasOwn(value, k)) return false;
    return true;
  }
  return value === null ? node.kind === "scalar" || node.kind === "empty" : node.kind === "scalar";
}
function locateSpan(root, value, path3, opts = {}) {
  let node = root;
  let fallback;
  for (let i = 0; i < path3.length; i++) {
    const seg = path3[i];
    const last = i === path3.length - 1;
    if (!agrees(node, value)) return void 0;
    if (node.kind === "mapping") {
      const at = node.keyNames.indexOf(String(seg));
      if (at === -1) break;
      const key = node.keys[at];
      if (last && opts.key) return [key.start, key.end];
      const child = node.values[at];
      if (child.kind === "empty") return [key.start, key.end];
      fallback = [key.start, key.end];
      node = child;
      value = value[String(seg)];
    } else if (node.kind === "sequence" && typeof seg === "number") {
      const item = node.items[seg];
      if (!item) break;
      node = item;
      value = value[seg];
      fallback = void 0;
    } else break;
    if (last) return agrees(node, value) ? span(node) : void 0;
  }
  if (path3.length === 0) return span(node);
  if (fallback) return fallback;
  return span(node);
}
function span(node) {
  const end = headEnd(node);
  return end === UNKNOWN ? void 0 : [node.start, end];
}
function headEnd(node) {
  if (node.kind === "mapping" || node.kind === "sequence") {
    const first = node.kind === "mapping" ? node.keys[0] : node.items[0];
    if (first && !node.flow) return first.end;
  }
  return node.end;
}

// src/manifest/load.ts
var MANIFEST_NAMES = ["graphguard.yml", "graphguard.yaml", ".graphguard.yml"];
var MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
var MAX_DEPTH = 64;
var MAX_ALIAS_COUNT = 100;
function findManifest(cwd, given) {
  if (given) return path2.resolve(cwd, given);
  for (const name of MANIFEST_NAMES) {
    const p = path2.join(cwd, name);
    if (existsSync(p)) return p;
  }
  return void 0;
}
function relPath(cwd, abs) {
  const rel = path2.relative(cwd, abs) || path2.basename(abs);
  return rel.split(path2.sep).join("/");
}
function loadManifest(absPath, cwd) {
  const file = relPath(cwd, absPath);
  let buf;
  try {
    buf = readUserFile(absPath, {
      maxBytes: MAX_MANIFEST_BYTES,
      what: "manifest",
      display: file,
      tooBig: (size) => `manifest is ${size} bytes; the limit is ${MAX_MANIFEST_BYTES} (8 MiB)`
    });
  } catch (e) {
    if (e instanceof ConfigError && /no such file/.test(e.message)) throw new ConfigError("manifest not found", file);
    throw e;
  }
  return parseManifestText(buf, file, absPath);
}
function parseManifestText(input, file, absPath = file) {
  const buf = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  if (buf.length > MAX_MANIFEST_BYTES)
    throw new ConfigError(`manifest is ${buf.length} bytes; the limit is ${MAX_MANIFEST_BYTES} (8 MiB)`, file);
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    const pre = buf.subarray(0, nul).toString("utf8");
    const at = positionAt(pre, pre.length);
    throw new ConfigError("binary content (NUL byte); a manifest is a YAML text file", file, at.line, at.column);
  }
  let text = buf.toString("utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const deep = findDeepNesting(text);
  if (deep !== -1) {
    const at = positionAt(text, deep);
    throw new ConfigError(`nesting deeper than ${MAX_DEPTH} levels`, file, at.line, at.column);
  }
  const fast = fastValue(text);
  if (fast !== void 0) {
    let parsed;
    const full = () => parsed ??= parseFull(text, file);
    let lines;
    let root;
    return {
      file,
      absPath,
      text,
      value: fast.value,
      get doc() {
        return full().doc;
      },
      get lineCounter() {
        return full().lineCounter;
      },
      locate(path3, opts = {}) {
        if (root === void 0) root = fast.positions.build(fast.value) ?? null;
        const at = root && locateSpan(root, fast.value, path3, opts);
        if (!at) return locate(full().doc, full().lineCounter, path3, opts);
        lines ??= new LineIndex(text);
        const [start, end] = at;
        const s = lines.position(start);
        const e = lines.position(Math.max(start, end));
        return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
      },
      documentBuilt: () => parsed !== void 0
    };
  }
  const { doc, lineCounter, value } = parseFull(text, file, true);
  return {
    file,
    absPath,
    text,
    doc,
    lineCounter,
    value,
    locate: (path3, opts = {}) => locate(doc, lineCounter, path3, opts),
    documentBuilt: () => true
  };
}
function fastValue(text) {
  if (/(?:^|[\s[{,:-])[&*!][^\s]|^%/m.test(text) || /(?:^|[\s{,])<<\s*:/m.test(text)) return void 0;
  if (/(?:^|[\s{,?-])(?:~|null|Null|NULL)\s*:(?:\s|$)/m.test(text)) return void 0;
  try {
    const positions = new PositionCollector(text);
    const value = yaml2.load(text, { schema: yaml2.CORE_SCHEMA, json: false, listener: positions.listener });
    return value === null || value === void 0 ? void 0 : { value, positions };
  } catch {
    return void 0;
  }
}
function parseFull(text, file, needValue = false) {
  const lineCounter = new (yaml()).LineCounter();
  const pos = (offset) => lineCounter.linePos(offset);
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    throw new ConfigError(`YAML parser failed: ${e.message.split("\n")[0]}`, file);
  }
  const err = doc.errors[0];
  if (err) {
    const { line, col } = pos(err.pos[0]);
    const key = err.code === "DUPLICATE_KEY" ? (text.slice(err.pos[0]).match(/^[^:\n]+/)?.[0] ?? "").trim() : "";
    throw new ConfigError(redactSecretsInText(describeYamlError(err.code, err.message, key)), file, line, col);
  }
  if (doc.contents === null) throw new ConfigError("manifest is empty", file, 1, 1);
  if (!needValue) return { doc, lineCounter, value: void 0 };
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = e.message;
    if (/alias/i.test(msg)) {
      const firstAlias = text.search(/\*[A-Za-z0-9_-]/);
      const { line, col } = pos(firstAlias === -1 ? 0 : firstAlias);
      throw new ConfigError(`aliases expand past ${MAX_ALIAS_COUNT} nodes (alias bomb?); write the values out`, file, line, col);
    }
    throw new ConfigError(`cannot read YAML: ${msg.split("\n")[0]}`, file);
  }
  return { doc, lineCounter, value };
}
function describeYamlError(code, message, key) {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "");
  switch (code) {
    case "DUPLICATE_KEY":
      return key ? `duplicate key: ${key.length >= 32 ? redact(key) : key}` : "duplicate key";
    case "TAB_AS_INDENT":
      return "tab character used for indentation; YAML indents with spaces";
    default:
      return `invalid YAML: ${first}`;
  }
}
function findDeepNesting(text) {
  const NL = 10;
  const SQ = 39;
  const DQ = 34;
  let flow = 0;
  let quote = 0;
  let comment = false;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      comment = false;
      lineStart = true;
      indent = 0;
      continue;
    }
    if (comment) continue;
    if (lineStart) {
      if (c === 32 || c === 45) {
        indent++;
        if (indent > MAX_DEPTH * 2) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote !== 0) {
      if (c === 92 && quote === DQ) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === DQ || c === SQ) {
      const prev = text[i - 1];
      if (prev === void 0 || /[\s:,[{]/.test(prev)) quote = c;
      continue;
    }
    if (c === 35 && (i === 0 || /\s/.test(text[i - 1]))) {
      comment = true;
      continue;
    }
    if (c === 91 || c === 123) {
      if (++flow > MAX_DEPTH) return i;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return -1;
}

// schema/manifest.schema.json
var manifest_schema_default = JSON.parse(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/graphguard/graphguard/schema/manifest.schema.json","title":"graphguard manifest (v1)","description":"System users of a Meta business, their token permissions and their asset tasks, checked by graphguard.","type":"object","additionalProperties":false,"required":["version","business","systemUsers"],"properties":{"$schema":{"type":"string"},"version":{"const":1,"description":"Manifest format version."},"business":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[0-9]+$","description":"Business (portfolio) id."},"name":{"type":"string"}}},"app":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[0-9]+$","description":"App id."},"accessLevel":{"type":"string","enum":["development","basic","standard","limited","full"],"description":"The app's access level, which sets the system-user quota: development, basic (legacy) or standard; limited and full (Meta's Marketing API Access Tier names) count as development and standard."},"quota":{"type":"object","additionalProperties":false,"properties":{"systemUsers":{"type":"integer","minimum":0},"adminSystemUsers":{"type":"integer","minimum":0}}},"graphApiVersion":{"type":"string","pattern":"^v[0-9]+\\\\.[0-9]+$","description":"e.g. v26.0"},"reviewedPermissions":{"type":"array","items":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","examples":["ads_management","ads_mcp_management","ads_read","attribution_read","business_management","catalog_management","commerce_account_manage_orders","commerce_account_read_orders","commerce_account_read_reports","commerce_account_read_settings","commerce_manage_accounts","email","instagram_basic","instagram_branded_content_ads_brand","instagram_branded_content_brand","instagram_branded_content_creator","instagram_business_basic","instagram_business_content_publish","instagram_business_manage_comments","instagram_business_manage_insights","instagram_business_manage_messages","instagram_content_publish","instagram_creator_marketplace_discovery","instagram_creator_marketplace_messaging","instagram_manage_comments","instagram_manage_contents","instagram_manage_engagement","instagram_manage_events","instagram_manage_insights","instagram_manage_messages","instagram_manage_upcoming_events","instagram_shopping_tag_products","leads_retrieval","manage_app_solution","manage_app_solutions","pages_events","pages_manage_ads","pages_manage_cta","pages_manage_engagement","pages_manage_metadata","pages_manage_posts","pages_messaging","pages_read_engagement","pages_read_user_content","pages_show_list","pages_user_gender","pages_user_locale","pages_user_timezone","pages_utility_messaging","private_computation_access","public_profile","publish_video","read_audience_network_insights","read_insights","user_age_range","user_birthday","user_friends","user_gender","user_hometown","user_likes","user_link","user_location","user_messenger_contact","user_photos","user_posts","user_videos","whatsapp_business_manage_events","whatsapp_business_management","whatsapp_business_messaging"]},"uniqueItems":true,"description":"Permissions approved for the app in App Review."}}},"assets":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","type"],"properties":{"id":{"type":"string","pattern":"^(act_)?[0-9]+$","description":"Asset id; ad accounts may be written act_<digits>."},"type":{"type":"string","enum":["page","catalog","ad_account","instagram_account","commerce_account","pixel","whatsapp_business_account"]},"name":{"type":"string","minLength":1},"environment":{"type":"string","enum":["production","test"]},"owner":{"type":"string","enum":["business","client"],"description":"Who owns the asset: this business (default), or another business that shares it as a client asset (agency). Checked live by live-asset-ownership."}}}},"useCases":{"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"description":{"type":"string"},"permissions":{"type":"object","additionalProperties":false,"properties":{"required":{"type":"array","items":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","examples":["ads_management","ads_mcp_management","ads_read","attribution_read","business_management","catalog_management","commerce_account_manage_orders","commerce_account_read_orders","commerce_account_read_reports","commerce_account_read_settings","commerce_manage_accounts","email","instagram_basic","instagram_branded_content_ads_brand","instagram_branded_content_brand","instagram_branded_content_creator","instagram_business_basic","instagram_business_content_publish","instagram_business_manage_comments","instagram_business_manage_insights","instagram_business_manage_messages","instagram_content_publish","instagram_creator_marketplace_discovery","instagram_creator_marketplace_messaging","instagram_manage_comments","instagram_manage_contents","instagram_manage_engagement","instagram_manage_events","instagram_manage_insights","instagram_manage_messages","instagram_manage_upcoming_events","instagram_shopping_tag_products","leads_retrieval","manage_app_solution","manage_app_solutions","pages_events","pages_manage_ads","pages_manage_cta","pages_manage_engagement","pages_manage_metadata","pages_manage_posts","pages_messaging","pages_read_engagement","pages_read_user_content","pages_show_list","pages_user_gender","pages_user_locale","pages_user_timezone","pages_utility_messaging","private_computation_access","public_profile","publish_video","read_audience_network_insights","read_insights","user_age_range","user_birthday","user_friends","user_gender","user_hometown","user_likes","user_link","user_location","user_messenger_contact","user_photos","user_posts","user_videos","whatsapp_business_manage_events","whatsapp_business_management","whatsapp_business_messaging"]},"uniqueItems":true,"description":"Permissions the use case needs."},"optional":{"type":"array","items":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","examples":["ads_management","ads_mcp_management","ads_read","attribution_read","business_management","catalog_management","commerce_account_manage_orders","commerce_account_read_orders","commerce_account_read_reports","commerce_account_read_settings","commerce_manage_accounts","email","instagram_basic","instagram_branded_content_ads_brand","instagram_branded_content_brand","instagram_branded_content_creator","instagram_business_basic","instagram_business_content_publish","instagram_business_manage_comments","instagram_business_manage_insights","instagram_business_manage_messages","instagram_content_publish","instagram_creator_marketplace_discovery","instagram_creator_marketplace_messaging","instagram_manage_comments","instagram_manage_contents","instagram_manage_engagement","instagram_manage_events","instagram_manage_insights","instagram_manage_messages","instagram_manage_upcoming_events","instagram_shopping_tag_products","leads_retrieval","manage_app_solution","manage_app_solutions","pages_events","pages_manage_ads","pages_manage_cta","pages_manage_engagement","pages_manage_metadata","pages_manage_posts","pages_messaging","pages_read_engagement","pages_read_user_content","pages_show_list","pages_user_gender","pages_user_locale","pages_user_timezone","pages_utility_messaging","private_computation_access","public_profile","publish_video","read_audience_network_insights","read_insights","user_age_range","user_birthday","user_friends","user_gender","user_hometown","user_likes","user_link","user_location","user_messenger_contact","user_photos","user_posts","user_videos","whatsapp_business_manage_events","whatsapp_business_management","whatsapp_business_messaging"]},"uniqueItems":true,"description":"Permissions it may use."}}},"maxTasks":{"type":"object","additionalProperties":false,"properties":{"page":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$","examples":["MANAGE","CREATE_CONTENT","MODERATE","ADVERTISE","ANALYZE","MESSAGING","CASHIER_ROLE","GLOBAL_STRUCTURE_MANAGEMENT","MANAGE_JOBS","MANAGE_LEADS","MODERATE_COMMUNITY","PAGES_MESSAGING","PAGES_MESSAGING_SUBSCRIPTIONS","READ_PAGE_MAILBOXES","VIEW_MONETIZATION_INSIGHTS","PROFILE_PLUS_FULL_CONTROL","PROFILE_PLUS_MANAGE","PROFILE_PLUS_CREATE_CONTENT","PROFILE_PLUS_MODERATE","PROFILE_PLUS_ADVERTISE","PROFILE_PLUS_ANALYZE","PROFILE_PLUS_MESSAGING","PROFILE_PLUS_MANAGE_LEADS","PROFILE_PLUS_GLOBAL_STRUCTURE_MANAGEMENT","PROFILE_PLUS_FACEBOOK_ACCESS","PROFILE_PLUS_MODERATE_DELEGATE_COMMUNITY","PROFILE_PLUS_REVENUE"]}},"catalog":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$","examples":["MANAGE","ADVERTISE","MANAGE_AR","AA_ANALYZE"]}},"ad_account":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$","examples":["MANAGE","ADVERTISE","DRAFT","ANALYZE","AA_ANALYZE"]}},"instagram_account":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$","examples":["CONTENT","COMMUNITY_ACTIVITY","MESSAGES","ADVERTISE","ANALYZE"]}},"commerce_account":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$","examples":["MANAGE"]}},"pixel":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$","examples":["EDIT","ADVERTISE","ANALYZE","UPLOAD","AA_ANALYZE"]}},"whatsapp_business_account":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$","examples":["MANAGE","DEVELOP","MESSAGING","MANAGE_TEMPLATES","VIEW_TEMPLATES","MANAGE_PHONE","MANAGE_PHONE_ASSETS","VIEW_PHONE_ASSETS","MANAGE_EXTENSIONS","VIEW_COST","VIEW_INSIGHTS","MANAGE_USERS","MANAGE_BILLING","FULL_CONTROL"]}}}}}}},"systemUsers":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","role"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9_-]+$"},"id":{"type":"string","pattern":"^[0-9]+$","description":"System user id; live verification matches on it."},"role":{"type":"string","enum":["system_user","admin"]},"environment":{"type":"string","enum":["production","test"]},"useCases":{"type":"array","items":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","examples":["ads_reporting","business_admin","business_audit","catalog_management","instagram_content","instagram_shopping","lead_retrieval","marketing","messaging","order_management","page_content","whatsapp_messaging"]},"uniqueItems":true,"description":"What the token is for; drives least privilege."},"permissions":{"type":"array","items":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","examples":["ads_management","ads_mcp_management","ads_read","attribution_read","business_management","catalog_management","commerce_account_manage_orders","commerce_account_read_orders","commerce_account_read_reports","commerce_account_read_settings","commerce_manage_accounts","email","instagram_basic","instagram_branded_content_ads_brand","instagram_branded_content_brand","instagram_branded_content_creator","instagram_business_basic","instagram_business_content_publish","instagram_business_manage_comments","instagram_business_manage_insights","instagram_business_manage_messages","instagram_content_publish","instagram_creator_marketplace_discovery","instagram_creator_marketplace_messaging","instagram_manage_comments","instagram_manage_contents","instagram_manage_engagement","instagram_manage_events","instagram_manage_insights","instagram_manage_messages","instagram_manage_upcoming_events","instagram_shopping_tag_products","leads_retrieval","manage_app_solution","manage_app_solutions","pages_events","pages_manage_ads","pages_manage_cta","pages_manage_engagement","pages_manage_metadata","pages_manage_posts","pages_messaging","pages_read_engagement","pages_read_user_content","pages_show_list","pages_user_gender","pages_user_locale","pages_user_timezone","pages_utility_messaging","private_computation_access","public_profile","publish_video","read_audience_network_insights","read_insights","user_age_range","user_birthday","user_friends","user_gender","user_hometown","user_likes","user_link","user_location","user_messenger_contact","user_photos","user_posts","user_videos","whatsapp_business_manage_events","whatsapp_business_management","whatsapp_business_messaging"]},"uniqueItems":true,"description":"Permissions (scopes) of the token."},"token":{"type":"object","additionalProperties":false,"required":["secret"],"properties":{"secret":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"NAME of the env var / CI secret that holds the token; never the value."},"expires":{"type":"string","enum":["never","60d"]},"rotateEveryDays":{"type":"integer","minimum":1,"maximum":3650},"lastRotated":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"YYYY-MM-DD"}}},"code":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Globs of the code that runs with this user's token (e.g. \`src/catalog/**\`): its Graph API calls are attributed to this user (SPEC §7)."},"assets":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["asset","tasks"],"properties":{"asset":{"type":"string","minLength":1,"description":"A declared asset, by id or name."},"tasks":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$","examples":["AA_ANALYZE","ADVERTISE","ANALYZE","CASHIER_ROLE","COMMUNITY_ACTIVITY","CONTENT","CREATE_CONTENT","DEVELOP","DRAFT","EDIT","FULL_CONTROL","GLOBAL_STRUCTURE_MANAGEMENT","MANAGE","MANAGE_AR","MANAGE_BILLING","MANAGE_EXTENSIONS","MANAGE_JOBS","MANAGE_LEADS","MANAGE_PHONE","MANAGE_PHONE_ASSETS","MANAGE_TEMPLATES","MANAGE_USERS","MESSAGES","MESSAGING","MODERATE","MODERATE_COMMUNITY","PAGES_MESSAGING","PAGES_MESSAGING_SUBSCRIPTIONS","PROFILE_PLUS_ADVERTISE","PROFILE_PLUS_ANALYZE","PROFILE_PLUS_CREATE_CONTENT","PROFILE_PLUS_FACEBOOK_ACCESS","PROFILE_PLUS_FULL_CONTROL","PROFILE_PLUS_GLOBAL_STRUCTURE_MANAGEMENT","PROFILE_PLUS_MANAGE","PROFILE_PLUS_MANAGE_LEADS","PROFILE_PLUS_MESSAGING","PROFILE_PLUS_MODERATE","PROFILE_PLUS_MODERATE_DELEGATE_COMMUNITY","PROFILE_PLUS_REVENUE","READ_PAGE_MAILBOXES","UPLOAD","VIEW_COST","VIEW_INSIGHTS","VIEW_MONETIZATION_INSIGHTS","VIEW_PHONE_ASSETS","VIEW_TEMPLATES"]}}}}}},"if":{"properties":{"role":{"const":"system_user"}},"required":["role"]},"then":{"required":["environment"],"properties":{"environment":{"type":"string","enum":["production","test"]}}}}},"rules":{"type":"object","description":"Per-rule settings, ESLint style: a severity, or { severity, ...options }.","additionalProperties":false,"properties":{"admin-scope":{"description":"Forbid app use cases, environments, asset grants and non-admin permissions on the admin system user.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"admin-token-in-code":{"description":"Forbid references to the admin system user's token secret in app code and workflows outside scan.adminPaths.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"app-review":{"description":"Require every permission of a production system user to be approved in App Review, when app.reviewedPermissions is declared.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"asset-reference":{"description":"Require every asset grant to name a declared asset, and asset ids and system-user names to be unique.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"deprecated-permission":{"description":"Warn about permissions Meta has deprecated, removed or replaced, naming their replacements.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"env-separation":{"description":"Keep test and production apart: separate system users, assets and token secrets.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]},"ignoreTypes":{"type":"array","items":{"type":"string","enum":["page","catalog","ad_account","instagram_account","commerce_account","pixel","whatsapp_business_account"]},"default":[],"uniqueItems":true,"description":"Asset types that need no test counterpart (the warning for production assets without one)."}}}]},"graph-api-version":{"description":"Require app.graphApiVersion to be a known Graph API version that is not expired or about to expire.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]},"warnDays":{"type":"integer","minimum":0,"default":90,"description":"Warn this many days (or fewer) before the end date."},"maxMajorsBehind":{"type":"integer","minimum":0,"default":2,"description":"A notice when the version is more than this many major versions behind the newest."}}}]},"graph-api-version-in-code":{"description":"Warn about Graph API versions pinned in code (versioned URLs, SDK version pins, business SDK versions, versioned paths on a Graph base) that are expired, near their end date, unknown, or not app.graphApiVersion.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]},"warnDays":{"type":"integer","minimum":0,"default":90,"description":"Report a version this many days (or fewer) before its end date."}}}]},"hardcoded-token":{"description":"Detect Meta access tokens, app access tokens, app secrets and the values of declared token secrets written into scanned files.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"invalid-suppression":{"description":"Require suppression comments to name known rules, give a reason, and be within their until= date.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"least-privilege-permissions":{"description":"Disallow token permissions that none of the system user's use cases requires or allows.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"least-privilege-tasks":{"description":"Disallow asset tasks broader than the system user's use cases allow.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"live-asset-ownership":{"description":"Require every declared asset and the app to belong to the declared business, and the app to be installed for each system user.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"live-missing-system-user":{"description":"Report declared system users that do not exist in the live business.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"live-role-drift":{"description":"Report system users whose live role differs from the declared role.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"live-task-drift":{"description":"Report live asset tasks broader than declared, and live grants on undeclared assets.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"live-token-age":{"description":"Check the live issued_at of each declared token against its rotation policy.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"live-token-invalid":{"description":"Verify with debug_token that each declared token is a valid system-user token of the app and of its user.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"live-token-scope-drift":{"description":"Report declared tokens whose live debug_token scopes exceed the declared permissions.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"live-undeclared-system-user":{"description":"Report system users of the live business that the manifest does not declare.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"manifest-schema":{"description":"Require the manifest to be a valid v1 manifest: known keys, right types, real task and use-case names.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"missing-permission":{"description":"Require every Graph API call in the code to have the permissions it needs among its system user's declared permissions.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"missing-task":{"description":"Require every Graph API call in the code to have the task it needs on an asset of its type among its system user's grants.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"new-access":{"description":"Flag access that the head manifest grants and the base manifest did not.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"plaintext-token":{"description":"Forbid access tokens, app access tokens and app secrets written into the manifest.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"system-user-quota":{"description":"Limit system users and admin system users to the app's access-level quota.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"test-token-in-production":{"description":"Forbid a test system user's token secret in a workflow job or deploy config that targets production, and a production token where the target is test.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"token-rotation":{"description":"Require a rotation policy for non-expiring tokens and rotation within it.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]},"maxRotateEveryDays":{"type":"integer","minimum":1,"default":365,"description":"The longest rotation period accepted for a non-expiring token."}}}]},"unknown-permission":{"description":"Disallow permission names that the Graph API does not have.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]},"allow":{"type":"array","items":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"default":[],"uniqueItems":true,"description":"Permission names to accept although graphguard's list does not have them (a scope Meta added since)."}}}]},"unused-permission":{"description":"Warn about declared permissions that none of the system user's Graph API calls in the code needs.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]},"unused-suppression":{"description":"Disallow suppression comments that suppress nothing.","anyOf":[{"type":"string","enum":["off","notice","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"string","enum":["off","notice","warn","error"]}}}]}}},"scan":{"type":"object","additionalProperties":false,"properties":{"include":{"type":"array","items":{"type":"string"}},"exclude":{"type":"array","items":{"type":"string"}},"adminPaths":{"type":"array","items":{"type":"string"}}}}}}`);

// src/manifest/schema-validator.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var schema_validator_generated_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/graphguard/graphguard/schema/manifest.schema.json", "title": "graphguard manifest (v1)", "description": "System users of a Meta business, their token permissions and their asset tasks, checked by graphguard.", "type": "object", "additionalProperties": false, "required": ["version", "business", "systemUsers"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Manifest format version." }, "business": { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "type": "string", "pattern": "^[0-9]+$", "description": "Business (portfolio) id." }, "name": { "type": "string" } } }, "app": { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "type": "string", "pattern": "^[0-9]+$", "description": "App id." }, "accessLevel": { "type": "string", "enum": ["development", "basic", "standard", "limited", "full"], "description": "The app's access level, which sets the system-user quota: development, basic (legacy) or standard; limited and full (Meta's Marketing API Access Tier names) count as development and standard." }, "quota": { "type": "object", "additionalProperties": false, "properties": { "systemUsers": { "type": "integer", "minimum": 0 }, "adminSystemUsers": { "type": "integer", "minimum": 0 } } }, "graphApiVersion": { "type": "string", "pattern": "^v[0-9]+\\.[0-9]+$", "description": "e.g. v26.0" }, "reviewedPermissions": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$", "examples": ["ads_management", "ads_mcp_management", "ads_read", "attribution_read", "business_management", "catalog_management", "commerce_account_manage_orders", "commerce_account_read_orders", "commerce_account_read_reports", "commerce_account_read_settings", "commerce_manage_accounts", "email", "instagram_basic", "instagram_branded_content_ads_brand", "instagram_branded_content_brand", "instagram_branded_content_creator", "instagram_business_basic", "instagram_business_content_publish", "instagram_business_manage_comments", "instagram_business_manage_insights", "instagram_business_manage_messages", "instagram_content_publish", "instagram_creator_marketplace_discovery", "instagram_creator_marketplace_messaging", "instagram_manage_comments", "instagram_manage_contents", "instagram_manage_engagement", "instagram_manage_events", "instagram_manage_insights", "instagram_manage_messages", "instagram_manage_upcoming_events", "instagram_shopping_tag_products", "leads_retrieval", "manage_app_solution", "manage_app_solutions", "pages_events", "pages_manage_ads", "pages_manage_cta", "pages_manage_engagement", "pages_manage_metadata", "pages_manage_posts", "pages_messaging", "pages_read_engagement", "pages_read_user_content", "pages_show_list", "pages_user_gender", "pages_user_locale", "pages_user_timezone", "pages_utility_messaging", "private_computation_access", "public_profile", "publish_video", "read_audience_network_insights", "read_insights", "user_age_range", "user_birthday", "user_friends", "user_gender", "user_hometown", "user_likes", "user_link", "user_location", "user_messenger_contact", "user_photos", "user_posts", "user_videos", "whatsapp_business_manage_events", "whatsapp_business_management", "whatsapp_business_messaging"] }, "uniqueItems": true, "description": "Permissions approved for the app in App Review." } } }, "assets": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "type"], "properties": { "id": { "type": "string", "pattern": "^(act_)?[0-9]+$", "description": "Asset id; ad accounts may be written act_<digits>." }, "type": { "type": "string", "enum": ["page", "catalog", "ad_account", "instagram_account", "commerce_account", "pixel", "whatsapp_business_account"] }, "name": { "type": "string", "minLength": 1 }, "environment": { "type": "string", "enum": ["production", "test"] }, "owner": { "type": "string", "enum": ["business", "client"], "description": "Who owns the asset: this business (default), or another business that shares it as a client asset (agency). Checked live by live-asset-ownership." } } } }, "useCases": { "type": "object", "propertyNames": { "pattern": "^[a-z][a-z0-9_]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "permissions": { "type": "object", "additionalProperties": false, "properties": { "required": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$", "examples": ["ads_management", "ads_mcp_management", "ads_read", "attribution_read", "business_management", "catalog_management", "commerce_account_manage_orders", "commerce_account_read_orders", "commerce_account_read_reports", "commerce_account_read_settings", "commerce_manage_accounts", "email", "instagram_basic", "instagram_branded_content_ads_brand", "instagram_branded_content_brand", "instagram_branded_content_creator", "instagram_business_basic", "instagram_business_content_publish", "instagram_business_manage_comments", "instagram_business_manage_insights", "instagram_business_manage_messages", "instagram_content_publish", "instagram_creator_marketplace_discovery", "instagram_creator_marketplace_messaging", "instagram_manage_comments", "instagram_manage_contents", "instagram_manage_engagement", "instagram_manage_events", "instagram_manage_insights", "instagram_manage_messages", "instagram_manage_upcoming_events", "instagram_shopping_tag_products", "leads_retrieval", "manage_app_solution", "manage_app_solutions", "pages_events", "pages_manage_ads", "pages_manage_cta", "pages_manage_engagement", "pages_manage_metadata", "pages_manage_posts", "pages_messaging", "pages_read_engagement", "pages_read_user_content", "pages_show_list", "pages_user_gender", "pages_user_locale", "pages_user_timezone", "pages_utility_messaging", "private_computation_access", "public_profile", "publish_video", "read_audience_network_insights", "read_insights", "user_age_range", "user_birthday", "user_friends", "user_gender", "user_hometown", "user_likes", "user_link", "user_location", "user_messenger_contact", "user_photos", "user_posts", "user_videos", "whatsapp_business_manage_events", "whatsapp_business_management", "whatsapp_business_messaging"] }, "uniqueItems": true, "description": "Permissions the use case needs." }, "optional": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$", "examples": ["ads_management", "ads_mcp_management", "ads_read", "attribution_read", "business_management", "catalog_management", "commerce_account_manage_orders", "commerce_account_read_orders", "commerce_account_read_reports", "commerce_account_read_settings", "commerce_manage_accounts", "email", "instagram_basic", "instagram_branded_content_ads_brand", "instagram_branded_content_brand", "instagram_branded_content_creator", "instagram_business_basic", "instagram_business_content_publish", "instagram_business_manage_comments", "instagram_business_manage_insights", "instagram_business_manage_messages", "instagram_content_publish", "instagram_creator_marketplace_discovery", "instagram_creator_marketplace_messaging", "instagram_manage_comments", "instagram_manage_contents", "instagram_manage_engagement", "instagram_manage_events", "instagram_manage_insights", "instagram_manage_messages", "instagram_manage_upcoming_events", "instagram_shopping_tag_products", "leads_retrieval", "manage_app_solution", "manage_app_solutions", "pages_events", "pages_manage_ads", "pages_manage_cta", "pages_manage_engagement", "pages_manage_metadata", "pages_manage_posts", "pages_messaging", "pages_read_engagement", "pages_read_user_content", "pages_show_list", "pages_user_gender", "pages_user_locale", "pages_user_timezone", "pages_utility_messaging", "private_computation_access", "public_profile", "publish_video", "read_audience_network_insights", "read_insights", "user_age_range", "user_birthday", "user_friends", "user_gender", "user_hometown", "user_likes", "user_link", "user_location", "user_messenger_contact", "user_photos", "user_posts", "user_videos", "whatsapp_business_manage_events", "whatsapp_business_management", "whatsapp_business_messaging"] }, "uniqueItems": true, "description": "Permissions it may use." } } }, "maxTasks": { "type": "object", "additionalProperties": false, "properties": { "page": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$", "examples": ["MANAGE", "CREATE_CONTENT", "MODERATE", "ADVERTISE", "ANALYZE", "MESSAGING", "CASHIER_ROLE", "GLOBAL_STRUCTURE_MANAGEMENT", "MANAGE_JOBS", "MANAGE_LEADS", "MODERATE_COMMUNITY", "PAGES_MESSAGING", "PAGES_MESSAGING_SUBSCRIPTIONS", "READ_PAGE_MAILBOXES", "VIEW_MONETIZATION_INSIGHTS", "PROFILE_PLUS_FULL_CONTROL", "PROFILE_PLUS_MANAGE", "PROFILE_PLUS_CREATE_CONTENT", "PROFILE_PLUS_MODERATE", "PROFILE_PLUS_ADVERTISE", "PROFILE_PLUS_ANALYZE", "PROFILE_PLUS_MESSAGING", "PROFILE_PLUS_MANAGE_LEADS", "PROFILE_PLUS_GLOBAL_STRUCTURE_MANAGEMENT", "PROFILE_PLUS_FACEBOOK_ACCESS", "PROFILE_PLUS_MODERATE_DELEGATE_COMMUNITY", "PROFILE_PLUS_REVENUE"] } }, "catalog": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$", "examples": ["MANAGE", "ADVERTISE", "MANAGE_AR", "AA_ANALYZE"] } }, "ad_account": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$", "examples": ["MANAGE", "ADVERTISE", "DRAFT", "ANALYZE", "AA_ANALYZE"] } }, "instagram_account": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$", "examples": ["CONTENT", "COMMUNITY_ACTIVITY", "MESSAGES", "ADVERTISE", "ANALYZE"] } }, "commerce_account": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$", "examples": ["MANAGE"] } }, "pixel": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$", "examples": ["EDIT", "ADVERTISE", "ANALYZE", "UPLOAD", "AA_ANALYZE"] } }, "whatsapp_business_account": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$", "examples": ["MANAGE", "DEVELOP", "MESSAGING", "MANAGE_TEMPLATES", "VIEW_TEMPLATES", "MANAGE_PHONE", "MANAGE_PHONE_ASSETS", "VIEW_PHONE_ASSETS", "MANAGE_EXTENSIONS", "VIEW_COST", "VIEW_INSIGHTS", "MANAGE_USERS", "MANAGE_BILLING", "FULL_CONTROL"] } } } } } } }, "systemUsers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "role"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9_-]+$" }, "id": { "type": "string", "pattern": "^[0-9]+$", "description": "System user id; live verification matches on it." }, "role": { "type": "string", "enum": ["system_user", "admin"] }, "environment": { "type": "string", "enum": ["production", "test"] }, "useCases": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$", "examples": ["ads_reporting", "business_admin", "business_audit", "catalog_management", "instagram_content", "instagram_shopping", "lead_retrieval", "marketing", "messaging", "order_management", "page_content", "whatsapp_messaging"] }, "uniqueItems": true, "description": "What the token is for; drives least privilege." }, "permissions": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$", "examples": ["ads_management", "ads_mcp_management", "ads_read", "attribution_read", "business_management", "catalog_management", "commerce_account_manage_orders", "commerce_account_read_orders", "commerce_account_read_reports", "commerce_account_read_settings", "commerce_manage_accounts", "email", "instagram_basic", "instagram_branded_content_ads_brand", "instagram_branded_content_brand", "instagram_branded_content_creator", "instagram_business_basic", "instagram_business_content_publish", "instagram_business_manage_comments", "instagram_business_manage_insights", "instagram_business_manage_messages", "instagram_content_publish", "instagram_creator_marketplace_discovery", "instagram_creator_marketplace_messaging", "instagram_manage_comments", "instagram_manage_contents", "instagram_manage_engagement", "instagram_manage_events", "instagram_manage_insights", "instagram_manage_messages", "instagram_manage_upcoming_events", "instagram_shopping_tag_products", "leads_retrieval", "manage_app_solution", "manage_app_solutions", "pages_events", "pages_manage_ads", "pages_manage_cta", "pages_manage_engagement", "pages_manage_metadata", "pages_manage_posts", "pages_messaging", "pages_read_engagement", "pages_read_user_content", "pages_show_list", "pages_user_gender", "pages_user_locale", "pages_user_timezone", "pages_utility_messaging", "private_computation_access", "public_profile", "publish_video", "read_audience_network_insights", "read_insights", "user_age_range", "user_birthday", "user_friends", "user_gender", "user_hometown", "user_likes", "user_link", "user_location", "user_messenger_contact", "user_photos", "user_posts", "user_videos", "whatsapp_business_manage_events", "whatsapp_business_management", "whatsapp_business_messaging"] }, "uniqueItems": true, "description": "Permissions (scopes) of the token." }, "token": { "type": "object", "additionalProperties": false, "required": ["secret"], "properties": { "secret": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "NAME of the env var / CI secret that holds the token; never the value." }, "expires": { "type": "string", "enum": ["never", "60d"] }, "rotateEveryDays": { "type": "integer", "minimum": 1, "maximum": 3650 }, "lastRotated": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "YYYY-MM-DD" } } }, "code": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "description": "Globs of the code that runs with this user's token (e.g. `src/catalog/**`): its Graph API calls are attributed to this user (SPEC §7)." }, "assets": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["asset", "tasks"], "properties": { "asset": { "type": "string", "minLength": 1, "description": "A declared asset, by id or name." }, "tasks": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$", "examples": ["AA_ANALYZE", "ADVERTISE", "ANALYZE", "CASHIER_ROLE", "COMMUNITY_ACTIVITY", "CONTENT", "CREATE_CONTENT", "DEVELOP", "DRAFT", "EDIT", "FULL_CONTROL", "GLOBAL_STRUCTURE_MANAGEMENT", "MANAGE", "MANAGE_AR", "MANAGE_BILLING", "MANAGE_EXTENSIONS", "MANAGE_JOBS", "MANAGE_LEADS", "MANAGE_PHONE", "MANAGE_PHONE_ASSETS", "MANAGE_TEMPLATES", "MANAGE_USERS", "MESSAGES", "MESSAGING", "MODERATE", "MODERATE_COMMUNITY", "PAGES_MESSAGING", "PAGES_MESSAGING_SUBSCRIPTIONS", "PROFILE_PLUS_ADVERTISE", "PROFILE_PLUS_ANALYZE", "PROFILE_PLUS_CREATE_CONTENT", "PROFILE_PLUS_FACEBOOK_ACCESS", "PROFILE_PLUS_FULL_CONTROL", "PROFILE_PLUS_GLOBAL_STRUCTURE_MANAGEMENT", "PROFILE_PLUS_MANAGE", "PROFILE_PLUS_MANAGE_LEADS", "PROFILE_PLUS_MESSAGING", "PROFILE_PLUS_MODERATE", "PROFILE_PLUS_MODERATE_DELEGATE_COMMUNITY", "PROFILE_PLUS_REVENUE", "READ_PAGE_MAILBOXES", "UPLOAD", "VIEW_COST", "VIEW_INSIGHTS", "VIEW_MONETIZATION_INSIGHTS", "VIEW_PHONE_ASSETS", "VIEW_TEMPLATES"] } } } } } }, "if": { "properties": { "role": { "const": "system_user" } }, "required": ["role"] }, "then": { "required": ["environment"], "properties": { "environment": { "type": "string", "enum": ["production", "test"] } } } } }, "rules": { "type": "object", "description": "Per-rule settings, ESLint style: a severity, or { severity, ...options }.", "additionalProperties": false, "properties": { "admin-scope": { "description": "Forbid app use cases, environments, asset grants and non-admin permissions on the admin system user.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "admin-token-in-code": { "description": "Forbid references to the admin system user's token secret in app code and workflows outside scan.adminPaths.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "app-review": { "description": "Require every permission of a production system user to be approved in App Review, when app.reviewedPermissions is declared.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "asset-reference": { "description": "Require every asset grant to name a declared asset, and asset ids and system-user names to be unique.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "deprecated-permission": { "description": "Warn about permissions Meta has deprecated, removed or replaced, naming their replacements.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "env-separation": { "description": "Keep test and production apart: separate system users, assets and token secrets.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] }, "ignoreTypes": { "type": "array", "items": { "type": "string", "enum": ["page", "catalog", "ad_account", "instagram_account", "commerce_account", "pixel", "whatsapp_business_account"] }, "default": [], "uniqueItems": true, "description": "Asset types that need no test counterpart (the warning for production assets without one)." } } }] }, "graph-api-version": { "description": "Require app.graphApiVersion to be a known Graph API version that is not expired or about to expire.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] }, "warnDays": { "type": "integer", "minimum": 0, "default": 90, "description": "Warn this many days (or fewer) before the end date." }, "maxMajorsBehind": { "type": "integer", "minimum": 0, "default": 2, "description": "A notice when the version is more than this many major versions behind the newest." } } }] }, "graph-api-version-in-code": { "description": "Warn about Graph API versions pinned in code (versioned URLs, SDK version pins, business SDK versions, versioned paths on a Graph base) that are expired, near their end date, unknown, or not app.graphApiVersion.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] }, "warnDays": { "type": "integer", "minimum": 0, "default": 90, "description": "Report a version this many days (or fewer) before its end date." } } }] }, "hardcoded-token": { "description": "Detect Meta access tokens, app access tokens, app secrets and the values of declared token secrets written into scanned files.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "invalid-suppression": { "description": "Require suppression comments to name known rules, give a reason, and be within their until= date.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "least-privilege-permissions": { "description": "Disallow token permissions that none of the system user's use cases requires or allows.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "least-privilege-tasks": { "description": "Disallow asset tasks broader than the system user's use cases allow.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "live-asset-ownership": { "description": "Require every declared asset and the app to belong to the declared business, and the app to be installed for each system user.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "live-missing-system-user": { "description": "Report declared system users that do not exist in the live business.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "live-role-drift": { "description": "Report system users whose live role differs from the declared role.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "live-task-drift": { "description": "Report live asset tasks broader than declared, and live grants on undeclared assets.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "live-token-age": { "description": "Check the live issued_at of each declared token against its rotation policy.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "live-token-invalid": { "description": "Verify with debug_token that each declared token is a valid system-user token of the app and of its user.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "live-token-scope-drift": { "description": "Report declared tokens whose live debug_token scopes exceed the declared permissions.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "live-undeclared-system-user": { "description": "Report system users of the live business that the manifest does not declare.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "manifest-schema": { "description": "Require the manifest to be a valid v1 manifest: known keys, right types, real task and use-case names.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "missing-permission": { "description": "Require every Graph API call in the code to have the permissions it needs among its system user's declared permissions.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "missing-task": { "description": "Require every Graph API call in the code to have the task it needs on an asset of its type among its system user's grants.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "new-access": { "description": "Flag access that the head manifest grants and the base manifest did not.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "plaintext-token": { "description": "Forbid access tokens, app access tokens and app secrets written into the manifest.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "system-user-quota": { "description": "Limit system users and admin system users to the app's access-level quota.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "test-token-in-production": { "description": "Forbid a test system user's token secret in a workflow job or deploy config that targets production, and a production token where the target is test.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "token-rotation": { "description": "Require a rotation policy for non-expiring tokens and rotation within it.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] }, "maxRotateEveryDays": { "type": "integer", "minimum": 1, "default": 365, "description": "The longest rotation period accepted for a non-expiring token." } } }] }, "unknown-permission": { "description": "Disallow permission names that the Graph API does not have.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] }, "allow": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "default": [], "uniqueItems": true, "description": "Permission names to accept although graphguard's list does not have them (a scope Meta added since)." } } }] }, "unused-permission": { "description": "Warn about declared permissions that none of the system user's Graph API calls in the code needs.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] }, "unused-suppression": { "description": "Disallow suppression comments that suppress nothing.", "anyOf": [{ "type": "string", "enum": ["off", "notice", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["off", "notice", "warn", "error"] } } }] } } }, "scan": { "type": "object", "additionalProperties": false, "properties": { "include": { "type": "array", "items": { "type": "string" } }, "exclude": { "type": "array", "items": { "type": "string" } }, "adminPaths": { "type": "array", "items": { "type": "string" } } } } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern4 = new RegExp("^[0-9]+$", "u");
var pattern6 = new RegExp("^v[0-9]+\\.[0-9]+$", "u");
var pattern7 = new RegExp("^[a-z][a-z0-9_]*$", "u");
var pattern8 = new RegExp("^(act_)?[0-9]+$", "u");
var pattern12 = new RegExp("^[A-Z][A-Z0-9_]*$", "u");
var pattern19 = new RegExp("^[a-z0-9_-]+$", "u");
var pattern23 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern24 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.business === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "business" }, message: "must have required property 'business'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.systemUsers === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "systemUsers" }, message: "must have required property 'systemUsers'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.business !== void 0) {
      let data2 = data.business;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.id === void 0) {
          const err6 = { instancePath: instancePath + "/business", schemaPath: "#/properties/business/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "id" || key1 === "name")) {
            const err7 = { instancePath: instancePath + "/business", schemaPath: "#/properties/business/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.id !== void 0) {
          let data3 = data2.id;
          if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
              const err8 = { instancePath: instancePath + "/business/id", schemaPath: "#/properties/business/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/business/id", schemaPath: "#/properties/business/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          if (typeof data2.name !== "string") {
            const err10 = { instancePath: instancePath + "/business/name", schemaPath: "#/properties/business/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/business", schemaPath: "#/properties/business/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.app !== void 0) {
      let data5 = data.app;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.id === void 0) {
          const err12 = { instancePath: instancePath + "/app", schemaPath: "#/properties/app/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "id" || key2 === "accessLevel" || key2 === "quota" || key2 === "graphApiVersion" || key2 === "reviewedPermissions")) {
            const err13 = { instancePath: instancePath + "/app", schemaPath: "#/properties/app/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.id !== void 0) {
          let data6 = data5.id;
          if (typeof data6 === "string") {
            if (!pattern4.test(data6)) {
              const err14 = { instancePath: instancePath + "/app/id", schemaPath: "#/properties/app/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/app/id", schemaPath: "#/properties/app/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data5.accessLevel !== void 0) {
          let data7 = data5.accessLevel;
          if (typeof data7 !== "string") {
            const err16 = { instancePath: instancePath + "/app/accessLevel", schemaPath: "#/properties/app/properties/accessLevel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (!(data7 === "development" || data7 === "basic" || data7 === "standard" || data7 === "limited" || data7 === "full")) {
            const err17 = { instancePath: instancePath + "/app/accessLevel", schemaPath: "#/properties/app/properties/accessLevel/enum", keyword: "enum", params: { allowedValues: schema31.properties.app.properties.accessLevel.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.quota !== void 0) {
          let data8 = data5.quota;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key3 in data8) {
              if (!(key3 === "systemUsers" || key3 === "adminSystemUsers")) {
                const err18 = { instancePath: instancePath + "/app/quota", schemaPath: "#/properties/app/properties/quota/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data8.systemUsers !== void 0) {
              let data9 = data8.systemUsers;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                const err19 = { instancePath: instancePath + "/app/quota/systemUsers", schemaPath: "#/properties/app/properties/quota/properties/systemUsers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 < 0 || isNaN(data9)) {
                  const err20 = { instancePath: instancePath + "/app/quota/systemUsers", schemaPath: "#/properties/app/properties/quota/properties/systemUsers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            }
            if (data8.adminSystemUsers !== void 0) {
              let data10 = data8.adminSystemUsers;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err21 = { instancePath: instancePath + "/app/quota/adminSystemUsers", schemaPath: "#/properties/app/properties/quota/properties/adminSystemUsers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 0 || isNaN(data10)) {
                  const err22 = { instancePath: instancePath + "/app/quota/adminSystemUsers", schemaPath: "#/properties/app/properties/quota/properties/adminSystemUsers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/app/quota", schemaPath: "#/properties/app/properties/quota/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.graphApiVersion !== void 0) {
          let data11 = data5.graphApiVersion;
          if (typeof data11 === "string") {
            if (!pattern6.test(data11)) {
              const err24 = { instancePath: instancePath + "/app/graphApiVersion", schemaPath: "#/properties/app/properties/graphApiVersion/pattern", keyword: "pattern", params: { pattern: "^v[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^v[0-9]+\\.[0-9]+$"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/app/graphApiVersion", schemaPath: "#/properties/app/properties/graphApiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data5.reviewedPermissions !== void 0) {
          let data12 = data5.reviewedPermissions;
          if (Array.isArray(data12)) {
            const len0 = data12.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data13 = data12[i0];
              if (typeof data13 === "string") {
                if (!pattern7.test(data13)) {
                  const err26 = { instancePath: instancePath + "/app/reviewedPermissions/" + i0, schemaPath: "#/properties/app/properties/reviewedPermissions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/app/reviewedPermissions/" + i0, schemaPath: "#/properties/app/properties/reviewedPermissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            let i1 = data12.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data12[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err28 = { instancePath: instancePath + "/app/reviewedPermissions", schemaPath: "#/properties/app/properties/reviewedPermissions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/app/reviewedPermissions", schemaPath: "#/properties/app/properties/reviewedPermissions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/app", schemaPath: "#/properties/app/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.assets !== void 0) {
      let data14 = data.assets;
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data15 = data14[i2];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.id === void 0) {
              const err31 = { instancePath: instancePath + "/assets/" + i2, schemaPath: "#/properties/assets/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data15.type === void 0) {
              const err32 = { instancePath: instancePath + "/assets/" + i2, schemaPath: "#/properties/assets/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key4 in data15) {
              if (!(key4 === "id" || key4 === "type" || key4 === "name" || key4 === "environment" || key4 === "owner")) {
                const err33 = { instancePath: instancePath + "/assets/" + i2, schemaPath: "#/properties/assets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data15.id !== void 0) {
              let data16 = data15.id;
              if (typeof data16 === "string") {
                if (!pattern8.test(data16)) {
                  const err34 = { instancePath: instancePath + "/assets/" + i2 + "/id", schemaPath: "#/properties/assets/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^(act_)?[0-9]+$" }, message: 'must match pattern "^(act_)?[0-9]+$"' };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/assets/" + i2 + "/id", schemaPath: "#/properties/assets/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data15.type !== void 0) {
              let data17 = data15.type;
              if (typeof data17 !== "string") {
                const err36 = { instancePath: instancePath + "/assets/" + i2 + "/type", schemaPath: "#/properties/assets/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (!(data17 === "page" || data17 === "catalog" || data17 === "ad_account" || data17 === "instagram_account" || data17 === "commerce_account" || data17 === "pixel" || data17 === "whatsapp_business_account")) {
                const err37 = { instancePath: instancePath + "/assets/" + i2 + "/type", schemaPath: "#/properties/assets/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.assets.items.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data15.name !== void 0) {
              let data18 = data15.name;
              if (typeof data18 === "string") {
                if (func2(data18) < 1) {
                  const err38 = { instancePath: instancePath + "/assets/" + i2 + "/name", schemaPath: "#/properties/assets/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/assets/" + i2 + "/name", schemaPath: "#/properties/assets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data15.environment !== void 0) {
              let data19 = data15.environment;
              if (typeof data19 !== "string") {
                const err40 = { instancePath: instancePath + "/assets/" + i2 + "/environment", schemaPath: "#/properties/assets/items/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (!(data19 === "production" || data19 === "test")) {
                const err41 = { instancePath: instancePath + "/assets/" + i2 + "/environment", schemaPath: "#/properties/assets/items/properties/environment/enum", keyword: "enum", params: { allowedValues: schema31.properties.assets.items.properties.environment.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data15.owner !== void 0) {
              let data20 = data15.owner;
              if (typeof data20 !== "string") {
                const err42 = { instancePath: instancePath + "/assets/" + i2 + "/owner", schemaPath: "#/properties/assets/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              if (!(data20 === "business" || data20 === "client")) {
                const err43 = { instancePath: instancePath + "/assets/" + i2 + "/owner", schemaPath: "#/properties/assets/items/properties/owner/enum", keyword: "enum", params: { allowedValues: schema31.properties.assets.items.properties.owner.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/assets/" + i2, schemaPath: "#/properties/assets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/assets", schemaPath: "#/properties/assets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.useCases !== void 0) {
      let data21 = data.useCases;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key5 in data21) {
          const _errs49 = errors;
          if (typeof key5 === "string") {
            if (!pattern7.test(key5)) {
              const err46 = { instancePath: instancePath + "/useCases", schemaPath: "#/properties/useCases/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          var valid10 = _errs49 === errors;
          if (!valid10) {
            const err47 = { instancePath: instancePath + "/useCases", schemaPath: "#/properties/useCases/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        for (const key6 in data21) {
          let data22 = data21[key6];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key7 in data22) {
              if (!(key7 === "description" || key7 === "permissions" || key7 === "maxTasks")) {
                const err48 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/useCases/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data22.description !== void 0) {
              if (typeof data22.description !== "string") {
                const err49 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/useCases/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data22.permissions !== void 0) {
              let data24 = data22.permissions;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                for (const key8 in data24) {
                  if (!(key8 === "required" || key8 === "optional")) {
                    const err50 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/permissions", schemaPath: "#/properties/useCases/additionalProperties/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data24.required !== void 0) {
                  let data25 = data24.required;
                  if (Array.isArray(data25)) {
                    const len2 = data25.length;
                    for (let i3 = 0; i3 < len2; i3++) {
                      let data26 = data25[i3];
                      if (typeof data26 === "string") {
                        if (!pattern7.test(data26)) {
                          const err51 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/permissions/required/" + i3, schemaPath: "#/properties/useCases/additionalProperties/properties/permissions/properties/required/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
                          if (vErrors === null) {
                            vErrors = [err51];
                          } else {
                            vErrors.push(err51);
                          }
                          errors++;
                        }
                      } else {
                        const err52 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/permissions/required/" + i3, schemaPath: "#/properties/useCases/additionalProperties/properties/permissions/properties/required/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                    let i4 = data25.length;
                    let j1;
                    if (i4 > 1) {
                      const indices1 = {};
                      for (; i4--; ) {
                        let item1 = data25[i4];
                        if (typeof item1 !== "string") {
                          continue;
                        }
                        if (typeof indices1[item1] == "number") {
                          j1 = indices1[item1];
                          const err53 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/permissions/required", schemaPath: "#/properties/useCases/additionalProperties/properties/permissions/properties/required/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err53];
                          } else {
                            vErrors.push(err53);
                          }
                          errors++;
                          break;
                        }
                        indices1[item1] = i4;
                      }
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/permissions/required", schemaPath: "#/properties/useCases/additionalProperties/properties/permissions/properties/required/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data24.optional !== void 0) {
                  let data27 = data24.optional;
                  if (Array.isArray(data27)) {
                    const len3 = data27.length;
                    for (let i5 = 0; i5 < len3; i5++) {
                      let data28 = data27[i5];
                      if (typeof data28 === "string") {
                        if (!pattern7.test(data28)) {
                          const err55 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/permissions/optional/" + i5, schemaPath: "#/properties/useCases/additionalProperties/properties/permissions/properties/optional/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
                          if (vErrors === null) {
                            vErrors = [err55];
                          } else {
                            vErrors.push(err55);
                          }
                          errors++;
                        }
                      } else {
                        const err56 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/permissions/optional/" + i5, schemaPath: "#/properties/useCases/additionalProperties/properties/permissions/properties/optional/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                    }
                    let i6 = data27.length;
                    let j2;
                    if (i6 > 1) {
                      const indices2 = {};
                      for (; i6--; ) {
                        let item2 = data27[i6];
                        if (typeof item2 !== "string") {
                          continue;
                        }
                        if (typeof indices2[item2] == "number") {
                          j2 = indices2[item2];
                          const err57 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/permissions/optional", schemaPath: "#/properties/useCases/additionalProperties/properties/permissions/properties/optional/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err57];
                          } else {
                            vErrors.push(err57);
                          }
                          errors++;
                          break;
                        }
                        indices2[item2] = i6;
                      }
                    }
                  } else {
                    const err58 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/permissions/optional", schemaPath: "#/properties/useCases/additionalProperties/properties/permissions/properties/optional/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
              } else {
                const err59 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/permissions", schemaPath: "#/properties/useCases/additionalProperties/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data22.maxTasks !== void 0) {
              let data29 = data22.maxTasks;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                for (const key9 in data29) {
                  if (!(key9 === "page" || key9 === "catalog" || key9 === "ad_account" || key9 === "instagram_account" || key9 === "commerce_account" || key9 === "pixel" || key9 === "whatsapp_business_account")) {
                    const err60 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data29.page !== void 0) {
                  let data30 = data29.page;
                  if (Array.isArray(data30)) {
                    if (data30.length < 1) {
                      const err61 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/page", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/page/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                    const len4 = data30.length;
                    for (let i7 = 0; i7 < len4; i7++) {
                      let data31 = data30[i7];
                      if (typeof data31 === "string") {
                        if (!pattern12.test(data31)) {
                          const err62 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/page/" + i7, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/page/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"' };
                          if (vErrors === null) {
                            vErrors = [err62];
                          } else {
                            vErrors.push(err62);
                          }
                          errors++;
                        }
                      } else {
                        const err63 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/page/" + i7, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/page/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      }
                    }
                    let i8 = data30.length;
                    let j3;
                    if (i8 > 1) {
                      const indices3 = {};
                      for (; i8--; ) {
                        let item3 = data30[i8];
                        if (typeof item3 !== "string") {
                          continue;
                        }
                        if (typeof indices3[item3] == "number") {
                          j3 = indices3[item3];
                          const err64 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/page", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/page/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err64];
                          } else {
                            vErrors.push(err64);
                          }
                          errors++;
                          break;
                        }
                        indices3[item3] = i8;
                      }
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/page", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/page/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data29.catalog !== void 0) {
                  let data32 = data29.catalog;
                  if (Array.isArray(data32)) {
                    if (data32.length < 1) {
                      const err66 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/catalog", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/catalog/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                    const len5 = data32.length;
                    for (let i9 = 0; i9 < len5; i9++) {
                      let data33 = data32[i9];
                      if (typeof data33 === "string") {
                        if (!pattern12.test(data33)) {
                          const err67 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/catalog/" + i9, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/catalog/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"' };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                      } else {
                        const err68 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/catalog/" + i9, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/catalog/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    }
                    let i10 = data32.length;
                    let j4;
                    if (i10 > 1) {
                      const indices4 = {};
                      for (; i10--; ) {
                        let item4 = data32[i10];
                        if (typeof item4 !== "string") {
                          continue;
                        }
                        if (typeof indices4[item4] == "number") {
                          j4 = indices4[item4];
                          const err69 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/catalog", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/catalog/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i10 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err69];
                          } else {
                            vErrors.push(err69);
                          }
                          errors++;
                          break;
                        }
                        indices4[item4] = i10;
                      }
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/catalog", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/catalog/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data29.ad_account !== void 0) {
                  let data34 = data29.ad_account;
                  if (Array.isArray(data34)) {
                    if (data34.length < 1) {
                      const err71 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/ad_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/ad_account/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    const len6 = data34.length;
                    for (let i11 = 0; i11 < len6; i11++) {
                      let data35 = data34[i11];
                      if (typeof data35 === "string") {
                        if (!pattern12.test(data35)) {
                          const err72 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/ad_account/" + i11, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/ad_account/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"' };
                          if (vErrors === null) {
                            vErrors = [err72];
                          } else {
                            vErrors.push(err72);
                          }
                          errors++;
                        }
                      } else {
                        const err73 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/ad_account/" + i11, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/ad_account/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                    }
                    let i12 = data34.length;
                    let j5;
                    if (i12 > 1) {
                      const indices5 = {};
                      for (; i12--; ) {
                        let item5 = data34[i12];
                        if (typeof item5 !== "string") {
                          continue;
                        }
                        if (typeof indices5[item5] == "number") {
                          j5 = indices5[item5];
                          const err74 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/ad_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/ad_account/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err74];
                          } else {
                            vErrors.push(err74);
                          }
                          errors++;
                          break;
                        }
                        indices5[item5] = i12;
                      }
                    }
                  } else {
                    const err75 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/ad_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/ad_account/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data29.instagram_account !== void 0) {
                  let data36 = data29.instagram_account;
                  if (Array.isArray(data36)) {
                    if (data36.length < 1) {
                      const err76 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/instagram_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/instagram_account/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                    const len7 = data36.length;
                    for (let i13 = 0; i13 < len7; i13++) {
                      let data37 = data36[i13];
                      if (typeof data37 === "string") {
                        if (!pattern12.test(data37)) {
                          const err77 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/instagram_account/" + i13, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/instagram_account/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"' };
                          if (vErrors === null) {
                            vErrors = [err77];
                          } else {
                            vErrors.push(err77);
                          }
                          errors++;
                        }
                      } else {
                        const err78 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/instagram_account/" + i13, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/instagram_account/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                    let i14 = data36.length;
                    let j6;
                    if (i14 > 1) {
                      const indices6 = {};
                      for (; i14--; ) {
                        let item6 = data36[i14];
                        if (typeof item6 !== "string") {
                          continue;
                        }
                        if (typeof indices6[item6] == "number") {
                          j6 = indices6[item6];
                          const err79 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/instagram_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/instagram_account/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i14 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err79];
                          } else {
                            vErrors.push(err79);
                          }
                          errors++;
                          break;
                        }
                        indices6[item6] = i14;
                      }
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/instagram_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/instagram_account/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                if (data29.commerce_account !== void 0) {
                  let data38 = data29.commerce_account;
                  if (Array.isArray(data38)) {
                    if (data38.length < 1) {
                      const err81 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/commerce_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/commerce_account/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                    const len8 = data38.length;
                    for (let i15 = 0; i15 < len8; i15++) {
                      let data39 = data38[i15];
                      if (typeof data39 === "string") {
                        if (!pattern12.test(data39)) {
                          const err82 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/commerce_account/" + i15, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/commerce_account/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"' };
                          if (vErrors === null) {
                            vErrors = [err82];
                          } else {
                            vErrors.push(err82);
                          }
                          errors++;
                        }
                      } else {
                        const err83 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/commerce_account/" + i15, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/commerce_account/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err83];
                        } else {
                          vErrors.push(err83);
                        }
                        errors++;
                      }
                    }
                    let i16 = data38.length;
                    let j7;
                    if (i16 > 1) {
                      const indices7 = {};
                      for (; i16--; ) {
                        let item7 = data38[i16];
                        if (typeof item7 !== "string") {
                          continue;
                        }
                        if (typeof indices7[item7] == "number") {
                          j7 = indices7[item7];
                          const err84 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/commerce_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/commerce_account/uniqueItems", keyword: "uniqueItems", params: { i: i16, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i16 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err84];
                          } else {
                            vErrors.push(err84);
                          }
                          errors++;
                          break;
                        }
                        indices7[item7] = i16;
                      }
                    }
                  } else {
                    const err85 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/commerce_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/commerce_account/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (data29.pixel !== void 0) {
                  let data40 = data29.pixel;
                  if (Array.isArray(data40)) {
                    if (data40.length < 1) {
                      const err86 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/pixel", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/pixel/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                    const len9 = data40.length;
                    for (let i17 = 0; i17 < len9; i17++) {
                      let data41 = data40[i17];
                      if (typeof data41 === "string") {
                        if (!pattern12.test(data41)) {
                          const err87 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/pixel/" + i17, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/pixel/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"' };
                          if (vErrors === null) {
                            vErrors = [err87];
                          } else {
                            vErrors.push(err87);
                          }
                          errors++;
                        }
                      } else {
                        const err88 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/pixel/" + i17, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/pixel/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                    let i18 = data40.length;
                    let j8;
                    if (i18 > 1) {
                      const indices8 = {};
                      for (; i18--; ) {
                        let item8 = data40[i18];
                        if (typeof item8 !== "string") {
                          continue;
                        }
                        if (typeof indices8[item8] == "number") {
                          j8 = indices8[item8];
                          const err89 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/pixel", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/pixel/uniqueItems", keyword: "uniqueItems", params: { i: i18, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i18 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err89];
                          } else {
                            vErrors.push(err89);
                          }
                          errors++;
                          break;
                        }
                        indices8[item8] = i18;
                      }
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/pixel", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/pixel/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data29.whatsapp_business_account !== void 0) {
                  let data42 = data29.whatsapp_business_account;
                  if (Array.isArray(data42)) {
                    if (data42.length < 1) {
                      const err91 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/whatsapp_business_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/whatsapp_business_account/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                    const len10 = data42.length;
                    for (let i19 = 0; i19 < len10; i19++) {
                      let data43 = data42[i19];
                      if (typeof data43 === "string") {
                        if (!pattern12.test(data43)) {
                          const err92 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/whatsapp_business_account/" + i19, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/whatsapp_business_account/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"' };
                          if (vErrors === null) {
                            vErrors = [err92];
                          } else {
                            vErrors.push(err92);
                          }
                          errors++;
                        }
                      } else {
                        const err93 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/whatsapp_business_account/" + i19, schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/whatsapp_business_account/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                    let i20 = data42.length;
                    let j9;
                    if (i20 > 1) {
                      const indices9 = {};
                      for (; i20--; ) {
                        let item9 = data42[i20];
                        if (typeof item9 !== "string") {
                          continue;
                        }
                        if (typeof indices9[item9] == "number") {
                          j9 = indices9[item9];
                          const err94 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/whatsapp_business_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/whatsapp_business_account/uniqueItems", keyword: "uniqueItems", params: { i: i20, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i20 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err94];
                          } else {
                            vErrors.push(err94);
                          }
                          errors++;
                          break;
                        }
                        indices9[item9] = i20;
                      }
                    }
                  } else {
                    const err95 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks/whatsapp_business_account", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/properties/whatsapp_business_account/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
              } else {
                const err96 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxTasks", schemaPath: "#/properties/useCases/additionalProperties/properties/maxTasks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/useCases/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/useCases/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
      } else {
        const err98 = { instancePath: instancePath + "/useCases", schemaPath: "#/properties/useCases/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.systemUsers !== void 0) {
      let data44 = data.systemUsers;
      if (Array.isArray(data44)) {
        const len11 = data44.length;
        for (let i21 = 0; i21 < len11; i21++) {
          let data45 = data44[i21];
          const _errs102 = errors;
          let valid44 = true;
          const _errs103 = errors;
          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            let missing0;
            if (data45.role === void 0 && (missing0 = "role")) {
              const err99 = {};
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            } else {
              if (data45.role !== void 0) {
                if ("system_user" !== data45.role) {
                  const err100 = {};
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
            }
          }
          var _valid0 = _errs103 === errors;
          errors = _errs102;
          if (vErrors !== null) {
            if (_errs102) {
              vErrors.length = _errs102;
            } else {
              vErrors = null;
            }
          }
          if (_valid0) {
            const _errs105 = errors;
            if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
              if (data45.environment === void 0) {
                const err101 = { instancePath: instancePath + "/systemUsers/" + i21, schemaPath: "#/properties/systemUsers/items/then/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
              if (data45.environment !== void 0) {
                let data47 = data45.environment;
                if (typeof data47 !== "string") {
                  const err102 = { instancePath: instancePath + "/systemUsers/" + i21 + "/environment", schemaPath: "#/properties/systemUsers/items/then/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
                if (!(data47 === "production" || data47 === "test")) {
                  const err103 = { instancePath: instancePath + "/systemUsers/" + i21 + "/environment", schemaPath: "#/properties/systemUsers/items/then/properties/environment/enum", keyword: "enum", params: { allowedValues: schema31.properties.systemUsers.items.then.properties.environment.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              }
            }
            var _valid0 = _errs105 === errors;
            valid44 = _valid0;
            if (valid44) {
              var props0 = {};
              props0.environment = true;
              props0.role = true;
            }
          }
          if (!valid44) {
            const err104 = { instancePath: instancePath + "/systemUsers/" + i21, schemaPath: "#/properties/systemUsers/items/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            if (data45.name === void 0) {
              const err105 = { instancePath: instancePath + "/systemUsers/" + i21, schemaPath: "#/properties/systemUsers/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
            if (data45.role === void 0) {
              const err106 = { instancePath: instancePath + "/systemUsers/" + i21, schemaPath: "#/properties/systemUsers/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'" };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
            for (const key10 in data45) {
              if (!func1.call(schema31.properties.systemUsers.items.properties, key10)) {
                const err107 = { instancePath: instancePath + "/systemUsers/" + i21, schemaPath: "#/properties/systemUsers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data45.name !== void 0) {
              let data48 = data45.name;
              if (typeof data48 === "string") {
                if (!pattern19.test(data48)) {
                  const err108 = { instancePath: instancePath + "/systemUsers/" + i21 + "/name", schemaPath: "#/properties/systemUsers/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_-]+$" }, message: 'must match pattern "^[a-z0-9_-]+$"' };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              } else {
                const err109 = { instancePath: instancePath + "/systemUsers/" + i21 + "/name", schemaPath: "#/properties/systemUsers/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data45.id !== void 0) {
              let data49 = data45.id;
              if (typeof data49 === "string") {
                if (!pattern4.test(data49)) {
                  const err110 = { instancePath: instancePath + "/systemUsers/" + i21 + "/id", schemaPath: "#/properties/systemUsers/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              } else {
                const err111 = { instancePath: instancePath + "/systemUsers/" + i21 + "/id", schemaPath: "#/properties/systemUsers/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data45.role !== void 0) {
              let data50 = data45.role;
              if (typeof data50 !== "string") {
                const err112 = { instancePath: instancePath + "/systemUsers/" + i21 + "/role", schemaPath: "#/properties/systemUsers/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              if (!(data50 === "system_user" || data50 === "admin")) {
                const err113 = { instancePath: instancePath + "/systemUsers/" + i21 + "/role", schemaPath: "#/properties/systemUsers/items/properties/role/enum", keyword: "enum", params: { allowedValues: schema31.properties.systemUsers.items.properties.role.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data45.environment !== void 0) {
              let data51 = data45.environment;
              if (typeof data51 !== "string") {
                const err114 = { instancePath: instancePath + "/systemUsers/" + i21 + "/environment", schemaPath: "#/properties/systemUsers/items/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
              if (!(data51 === "production" || data51 === "test")) {
                const err115 = { instancePath: instancePath + "/systemUsers/" + i21 + "/environment", schemaPath: "#/properties/systemUsers/items/properties/environment/enum", keyword: "enum", params: { allowedValues: schema31.properties.systemUsers.items.properties.environment.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
            if (data45.useCases !== void 0) {
              let data52 = data45.useCases;
              if (Array.isArray(data52)) {
                const len12 = data52.length;
                for (let i22 = 0; i22 < len12; i22++) {
                  let data53 = data52[i22];
                  if (typeof data53 === "string") {
                    if (!pattern7.test(data53)) {
                      const err116 = { instancePath: instancePath + "/systemUsers/" + i21 + "/useCases/" + i22, schemaPath: "#/properties/systemUsers/items/properties/useCases/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/systemUsers/" + i21 + "/useCases/" + i22, schemaPath: "#/properties/systemUsers/items/properties/useCases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                let i23 = data52.length;
                let j10;
                if (i23 > 1) {
                  const indices10 = {};
                  for (; i23--; ) {
                    let item10 = data52[i23];
                    if (typeof item10 !== "string") {
                      continue;
                    }
                    if (typeof indices10[item10] == "number") {
                      j10 = indices10[item10];
                      const err118 = { instancePath: instancePath + "/systemUsers/" + i21 + "/useCases", schemaPath: "#/properties/systemUsers/items/properties/useCases/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i23 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                      break;
                    }
                    indices10[item10] = i23;
                  }
                }
              } else {
                const err119 = { instancePath: instancePath + "/systemUsers/" + i21 + "/useCases", schemaPath: "#/properties/systemUsers/items/properties/useCases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
            if (data45.permissions !== void 0) {
              let data54 = data45.permissions;
              if (Array.isArray(data54)) {
                const len13 = data54.length;
                for (let i24 = 0; i24 < len13; i24++) {
                  let data55 = data54[i24];
                  if (typeof data55 === "string") {
                    if (!pattern7.test(data55)) {
                      const err120 = { instancePath: instancePath + "/systemUsers/" + i21 + "/permissions/" + i24, schemaPath: "#/properties/systemUsers/items/properties/permissions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  } else {
                    const err121 = { instancePath: instancePath + "/systemUsers/" + i21 + "/permissions/" + i24, schemaPath: "#/properties/systemUsers/items/properties/permissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                let i25 = data54.length;
                let j11;
                if (i25 > 1) {
                  const indices11 = {};
                  for (; i25--; ) {
                    let item11 = data54[i25];
                    if (typeof item11 !== "string") {
                      continue;
                    }
                    if (typeof indices11[item11] == "number") {
                      j11 = indices11[item11];
                      const err122 = { instancePath: instancePath + "/systemUsers/" + i21 + "/permissions", schemaPath: "#/properties/systemUsers/items/properties/permissions/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i25 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                      break;
                    }
                    indices11[item11] = i25;
                  }
                }
              } else {
                const err123 = { instancePath: instancePath + "/systemUsers/" + i21 + "/permissions", schemaPath: "#/properties/systemUsers/items/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
            if (data45.token !== void 0) {
              let data56 = data45.token;
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                if (data56.secret === void 0) {
                  const err124 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token", schemaPath: "#/properties/systemUsers/items/properties/token/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'" };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
                for (const key11 in data56) {
                  if (!(key11 === "secret" || key11 === "expires" || key11 === "rotateEveryDays" || key11 === "lastRotated")) {
                    const err125 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token", schemaPath: "#/properties/systemUsers/items/properties/token/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
                if (data56.secret !== void 0) {
                  let data57 = data56.secret;
                  if (typeof data57 === "string") {
                    if (!pattern23.test(data57)) {
                      const err126 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token/secret", schemaPath: "#/properties/systemUsers/items/properties/token/properties/secret/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err126];
                      } else {
                        vErrors.push(err126);
                      }
                      errors++;
                    }
                  } else {
                    const err127 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token/secret", schemaPath: "#/properties/systemUsers/items/properties/token/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                }
                if (data56.expires !== void 0) {
                  let data58 = data56.expires;
                  if (typeof data58 !== "string") {
                    const err128 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token/expires", schemaPath: "#/properties/systemUsers/items/properties/token/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                  if (!(data58 === "never" || data58 === "60d")) {
                    const err129 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token/expires", schemaPath: "#/properties/systemUsers/items/properties/token/properties/expires/enum", keyword: "enum", params: { allowedValues: schema31.properties.systemUsers.items.properties.token.properties.expires.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
                if (data56.rotateEveryDays !== void 0) {
                  let data59 = data56.rotateEveryDays;
                  if (!(typeof data59 == "number" && (!(data59 % 1) && !isNaN(data59)) && isFinite(data59))) {
                    const err130 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token/rotateEveryDays", schemaPath: "#/properties/systemUsers/items/properties/token/properties/rotateEveryDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err130];
                    } else {
                      vErrors.push(err130);
                    }
                    errors++;
                  }
                  if (typeof data59 == "number" && isFinite(data59)) {
                    if (data59 > 3650 || isNaN(data59)) {
                      const err131 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token/rotateEveryDays", schemaPath: "#/properties/systemUsers/items/properties/token/properties/rotateEveryDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
                      if (vErrors === null) {
                        vErrors = [err131];
                      } else {
                        vErrors.push(err131);
                      }
                      errors++;
                    }
                    if (data59 < 1 || isNaN(data59)) {
                      const err132 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token/rotateEveryDays", schemaPath: "#/properties/systemUsers/items/properties/token/properties/rotateEveryDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                  }
                }
                if (data56.lastRotated !== void 0) {
                  let data60 = data56.lastRotated;
                  if (typeof data60 === "string") {
                    if (!pattern24.test(data60)) {
                      const err133 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token/lastRotated", schemaPath: "#/properties/systemUsers/items/properties/token/properties/lastRotated/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                  } else {
                    const err134 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token/lastRotated", schemaPath: "#/properties/systemUsers/items/properties/token/properties/lastRotated/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
              } else {
                const err135 = { instancePath: instancePath + "/systemUsers/" + i21 + "/token", schemaPath: "#/properties/systemUsers/items/properties/token/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data45.code !== void 0) {
              let data61 = data45.code;
              if (Array.isArray(data61)) {
                const len14 = data61.length;
                for (let i26 = 0; i26 < len14; i26++) {
                  let data62 = data61[i26];
                  if (typeof data62 === "string") {
                    if (func2(data62) < 1) {
                      const err136 = { instancePath: instancePath + "/systemUsers/" + i21 + "/code/" + i26, schemaPath: "#/properties/systemUsers/items/properties/code/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err136];
                      } else {
                        vErrors.push(err136);
                      }
                      errors++;
                    }
                  } else {
                    const err137 = { instancePath: instancePath + "/systemUsers/" + i21 + "/code/" + i26, schemaPath: "#/properties/systemUsers/items/properties/code/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                }
                let i27 = data61.length;
                let j12;
                if (i27 > 1) {
                  const indices12 = {};
                  for (; i27--; ) {
                    let item12 = data61[i27];
                    if (typeof item12 !== "string") {
                      continue;
                    }
                    if (typeof indices12[item12] == "number") {
                      j12 = indices12[item12];
                      const err138 = { instancePath: instancePath + "/systemUsers/" + i21 + "/code", schemaPath: "#/properties/systemUsers/items/properties/code/uniqueItems", keyword: "uniqueItems", params: { i: i27, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i27 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err138];
                      } else {
                        vErrors.push(err138);
                      }
                      errors++;
                      break;
                    }
                    indices12[item12] = i27;
                  }
                }
              } else {
                const err139 = { instancePath: instancePath + "/systemUsers/" + i21 + "/code", schemaPath: "#/properties/systemUsers/items/properties/code/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data45.assets !== void 0) {
              let data63 = data45.assets;
              if (Array.isArray(data63)) {
                const len15 = data63.length;
                for (let i28 = 0; i28 < len15; i28++) {
                  let data64 = data63[i28];
                  if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                    if (data64.asset === void 0) {
                      const err140 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets/" + i28, schemaPath: "#/properties/systemUsers/items/properties/assets/items/required", keyword: "required", params: { missingProperty: "asset" }, message: "must have required property 'asset'" };
                      if (vErrors === null) {
                        vErrors = [err140];
                      } else {
                        vErrors.push(err140);
                      }
                      errors++;
                    }
                    if (data64.tasks === void 0) {
                      const err141 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets/" + i28, schemaPath: "#/properties/systemUsers/items/properties/assets/items/required", keyword: "required", params: { missingProperty: "tasks" }, message: "must have required property 'tasks'" };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                    for (const key12 in data64) {
                      if (!(key12 === "asset" || key12 === "tasks")) {
                        const err142 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets/" + i28, schemaPath: "#/properties/systemUsers/items/properties/assets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                      }
                    }
                    if (data64.asset !== void 0) {
                      let data65 = data64.asset;
                      if (typeof data65 === "string") {
                        if (func2(data65) < 1) {
                          const err143 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets/" + i28 + "/asset", schemaPath: "#/properties/systemUsers/items/properties/assets/items/properties/asset/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err143];
                          } else {
                            vErrors.push(err143);
                          }
                          errors++;
                        }
                      } else {
                        const err144 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets/" + i28 + "/asset", schemaPath: "#/properties/systemUsers/items/properties/assets/items/properties/asset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                    }
                    if (data64.tasks !== void 0) {
                      let data66 = data64.tasks;
                      if (Array.isArray(data66)) {
                        if (data66.length < 1) {
                          const err145 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets/" + i28 + "/tasks", schemaPath: "#/properties/systemUsers/items/properties/assets/items/properties/tasks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                          if (vErrors === null) {
                            vErrors = [err145];
                          } else {
                            vErrors.push(err145);
                          }
                          errors++;
                        }
                        const len16 = data66.length;
                        for (let i29 = 0; i29 < len16; i29++) {
                          let data67 = data66[i29];
                          if (typeof data67 === "string") {
                            if (!pattern12.test(data67)) {
                              const err146 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets/" + i28 + "/tasks/" + i29, schemaPath: "#/properties/systemUsers/items/properties/assets/items/properties/tasks/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"' };
                              if (vErrors === null) {
                                vErrors = [err146];
                              } else {
                                vErrors.push(err146);
                              }
                              errors++;
                            }
                          } else {
                            const err147 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets/" + i28 + "/tasks/" + i29, schemaPath: "#/properties/systemUsers/items/properties/assets/items/properties/tasks/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err147];
                            } else {
                              vErrors.push(err147);
                            }
                            errors++;
                          }
                        }
                        let i30 = data66.length;
                        let j13;
                        if (i30 > 1) {
                          const indices13 = {};
                          for (; i30--; ) {
                            let item13 = data66[i30];
                            if (typeof item13 !== "string") {
                              continue;
                            }
                            if (typeof indices13[item13] == "number") {
                              j13 = indices13[item13];
                              const err148 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets/" + i28 + "/tasks", schemaPath: "#/properties/systemUsers/items/properties/assets/items/properties/tasks/uniqueItems", keyword: "uniqueItems", params: { i: i30, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i30 + " are identical)" };
                              if (vErrors === null) {
                                vErrors = [err148];
                              } else {
                                vErrors.push(err148);
                              }
                              errors++;
                              break;
                            }
                            indices13[item13] = i30;
                          }
                        }
                      } else {
                        const err149 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets/" + i28 + "/tasks", schemaPath: "#/properties/systemUsers/items/properties/assets/items/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err149];
                        } else {
                          vErrors.push(err149);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err150 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets/" + i28, schemaPath: "#/properties/systemUsers/items/properties/assets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                }
              } else {
                const err151 = { instancePath: instancePath + "/systemUsers/" + i21 + "/assets", schemaPath: "#/properties/systemUsers/items/properties/assets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
          } else {
            const err152 = { instancePath: instancePath + "/systemUsers/" + i21, schemaPath: "#/properties/systemUsers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
        }
      } else {
        const err153 = { instancePath: instancePath + "/systemUsers", schemaPath: "#/properties/systemUsers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data68 = data.rules;
      if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
        for (const key13 in data68) {
          if (!func1.call(schema31.properties.rules.properties, key13)) {
            const err154 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
        }
        if (data68["admin-scope"] !== void 0) {
          let data69 = data68["admin-scope"];
          const _errs155 = errors;
          let valid65 = false;
          const _errs156 = errors;
          if (typeof data69 !== "string") {
            const err155 = { instancePath: instancePath + "/rules/admin-scope", schemaPath: "#/properties/rules/properties/admin-scope/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
          if (!(data69 === "off" || data69 === "notice" || data69 === "warn" || data69 === "error")) {
            const err156 = { instancePath: instancePath + "/rules/admin-scope", schemaPath: "#/properties/rules/properties/admin-scope/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["admin-scope"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
          var _valid1 = _errs156 === errors;
          valid65 = valid65 || _valid1;
          const _errs158 = errors;
          if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
            for (const key14 in data69) {
              if (!(key14 === "severity")) {
                const err157 = { instancePath: instancePath + "/rules/admin-scope", schemaPath: "#/properties/rules/properties/admin-scope/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
            if (data69.severity !== void 0) {
              let data70 = data69.severity;
              if (typeof data70 !== "string") {
                const err158 = { instancePath: instancePath + "/rules/admin-scope/severity", schemaPath: "#/properties/rules/properties/admin-scope/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
              if (!(data70 === "off" || data70 === "notice" || data70 === "warn" || data70 === "error")) {
                const err159 = { instancePath: instancePath + "/rules/admin-scope/severity", schemaPath: "#/properties/rules/properties/admin-scope/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["admin-scope"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
          } else {
            const err160 = { instancePath: instancePath + "/rules/admin-scope", schemaPath: "#/properties/rules/properties/admin-scope/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
          var _valid1 = _errs158 === errors;
          valid65 = valid65 || _valid1;
          if (!valid65) {
            const err161 = { instancePath: instancePath + "/rules/admin-scope", schemaPath: "#/properties/rules/properties/admin-scope/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          } else {
            errors = _errs155;
            if (vErrors !== null) {
              if (_errs155) {
                vErrors.length = _errs155;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["admin-token-in-code"] !== void 0) {
          let data71 = data68["admin-token-in-code"];
          const _errs164 = errors;
          let valid67 = false;
          const _errs165 = errors;
          if (typeof data71 !== "string") {
            const err162 = { instancePath: instancePath + "/rules/admin-token-in-code", schemaPath: "#/properties/rules/properties/admin-token-in-code/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
          if (!(data71 === "off" || data71 === "notice" || data71 === "warn" || data71 === "error")) {
            const err163 = { instancePath: instancePath + "/rules/admin-token-in-code", schemaPath: "#/properties/rules/properties/admin-token-in-code/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["admin-token-in-code"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
          var _valid2 = _errs165 === errors;
          valid67 = valid67 || _valid2;
          const _errs167 = errors;
          if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
            for (const key15 in data71) {
              if (!(key15 === "severity")) {
                const err164 = { instancePath: instancePath + "/rules/admin-token-in-code", schemaPath: "#/properties/rules/properties/admin-token-in-code/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
            if (data71.severity !== void 0) {
              let data72 = data71.severity;
              if (typeof data72 !== "string") {
                const err165 = { instancePath: instancePath + "/rules/admin-token-in-code/severity", schemaPath: "#/properties/rules/properties/admin-token-in-code/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
              if (!(data72 === "off" || data72 === "notice" || data72 === "warn" || data72 === "error")) {
                const err166 = { instancePath: instancePath + "/rules/admin-token-in-code/severity", schemaPath: "#/properties/rules/properties/admin-token-in-code/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["admin-token-in-code"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
          } else {
            const err167 = { instancePath: instancePath + "/rules/admin-token-in-code", schemaPath: "#/properties/rules/properties/admin-token-in-code/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
          var _valid2 = _errs167 === errors;
          valid67 = valid67 || _valid2;
          if (!valid67) {
            const err168 = { instancePath: instancePath + "/rules/admin-token-in-code", schemaPath: "#/properties/rules/properties/admin-token-in-code/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          } else {
            errors = _errs164;
            if (vErrors !== null) {
              if (_errs164) {
                vErrors.length = _errs164;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["app-review"] !== void 0) {
          let data73 = data68["app-review"];
          const _errs173 = errors;
          let valid69 = false;
          const _errs174 = errors;
          if (typeof data73 !== "string") {
            const err169 = { instancePath: instancePath + "/rules/app-review", schemaPath: "#/properties/rules/properties/app-review/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
          if (!(data73 === "off" || data73 === "notice" || data73 === "warn" || data73 === "error")) {
            const err170 = { instancePath: instancePath + "/rules/app-review", schemaPath: "#/properties/rules/properties/app-review/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["app-review"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
          var _valid3 = _errs174 === errors;
          valid69 = valid69 || _valid3;
          const _errs176 = errors;
          if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
            for (const key16 in data73) {
              if (!(key16 === "severity")) {
                const err171 = { instancePath: instancePath + "/rules/app-review", schemaPath: "#/properties/rules/properties/app-review/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data73.severity !== void 0) {
              let data74 = data73.severity;
              if (typeof data74 !== "string") {
                const err172 = { instancePath: instancePath + "/rules/app-review/severity", schemaPath: "#/properties/rules/properties/app-review/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
              if (!(data74 === "off" || data74 === "notice" || data74 === "warn" || data74 === "error")) {
                const err173 = { instancePath: instancePath + "/rules/app-review/severity", schemaPath: "#/properties/rules/properties/app-review/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["app-review"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
            }
          } else {
            const err174 = { instancePath: instancePath + "/rules/app-review", schemaPath: "#/properties/rules/properties/app-review/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err174];
            } else {
              vErrors.push(err174);
            }
            errors++;
          }
          var _valid3 = _errs176 === errors;
          valid69 = valid69 || _valid3;
          if (!valid69) {
            const err175 = { instancePath: instancePath + "/rules/app-review", schemaPath: "#/properties/rules/properties/app-review/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          } else {
            errors = _errs173;
            if (vErrors !== null) {
              if (_errs173) {
                vErrors.length = _errs173;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["asset-reference"] !== void 0) {
          let data75 = data68["asset-reference"];
          const _errs182 = errors;
          let valid71 = false;
          const _errs183 = errors;
          if (typeof data75 !== "string") {
            const err176 = { instancePath: instancePath + "/rules/asset-reference", schemaPath: "#/properties/rules/properties/asset-reference/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
          if (!(data75 === "off" || data75 === "notice" || data75 === "warn" || data75 === "error")) {
            const err177 = { instancePath: instancePath + "/rules/asset-reference", schemaPath: "#/properties/rules/properties/asset-reference/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["asset-reference"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err177];
            } else {
              vErrors.push(err177);
            }
            errors++;
          }
          var _valid4 = _errs183 === errors;
          valid71 = valid71 || _valid4;
          const _errs185 = errors;
          if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
            for (const key17 in data75) {
              if (!(key17 === "severity")) {
                const err178 = { instancePath: instancePath + "/rules/asset-reference", schemaPath: "#/properties/rules/properties/asset-reference/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err178];
                } else {
                  vErrors.push(err178);
                }
                errors++;
              }
            }
            if (data75.severity !== void 0) {
              let data76 = data75.severity;
              if (typeof data76 !== "string") {
                const err179 = { instancePath: instancePath + "/rules/asset-reference/severity", schemaPath: "#/properties/rules/properties/asset-reference/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
              if (!(data76 === "off" || data76 === "notice" || data76 === "warn" || data76 === "error")) {
                const err180 = { instancePath: instancePath + "/rules/asset-reference/severity", schemaPath: "#/properties/rules/properties/asset-reference/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["asset-reference"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err180];
                } else {
                  vErrors.push(err180);
                }
                errors++;
              }
            }
          } else {
            const err181 = { instancePath: instancePath + "/rules/asset-reference", schemaPath: "#/properties/rules/properties/asset-reference/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
          var _valid4 = _errs185 === errors;
          valid71 = valid71 || _valid4;
          if (!valid71) {
            const err182 = { instancePath: instancePath + "/rules/asset-reference", schemaPath: "#/properties/rules/properties/asset-reference/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          } else {
            errors = _errs182;
            if (vErrors !== null) {
              if (_errs182) {
                vErrors.length = _errs182;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["deprecated-permission"] !== void 0) {
          let data77 = data68["deprecated-permission"];
          const _errs191 = errors;
          let valid73 = false;
          const _errs192 = errors;
          if (typeof data77 !== "string") {
            const err183 = { instancePath: instancePath + "/rules/deprecated-permission", schemaPath: "#/properties/rules/properties/deprecated-permission/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err183];
            } else {
              vErrors.push(err183);
            }
            errors++;
          }
          if (!(data77 === "off" || data77 === "notice" || data77 === "warn" || data77 === "error")) {
            const err184 = { instancePath: instancePath + "/rules/deprecated-permission", schemaPath: "#/properties/rules/properties/deprecated-permission/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["deprecated-permission"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
          var _valid5 = _errs192 === errors;
          valid73 = valid73 || _valid5;
          const _errs194 = errors;
          if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            for (const key18 in data77) {
              if (!(key18 === "severity")) {
                const err185 = { instancePath: instancePath + "/rules/deprecated-permission", schemaPath: "#/properties/rules/properties/deprecated-permission/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
            }
            if (data77.severity !== void 0) {
              let data78 = data77.severity;
              if (typeof data78 !== "string") {
                const err186 = { instancePath: instancePath + "/rules/deprecated-permission/severity", schemaPath: "#/properties/rules/properties/deprecated-permission/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
              if (!(data78 === "off" || data78 === "notice" || data78 === "warn" || data78 === "error")) {
                const err187 = { instancePath: instancePath + "/rules/deprecated-permission/severity", schemaPath: "#/properties/rules/properties/deprecated-permission/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["deprecated-permission"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
          } else {
            const err188 = { instancePath: instancePath + "/rules/deprecated-permission", schemaPath: "#/properties/rules/properties/deprecated-permission/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
          var _valid5 = _errs194 === errors;
          valid73 = valid73 || _valid5;
          if (!valid73) {
            const err189 = { instancePath: instancePath + "/rules/deprecated-permission", schemaPath: "#/properties/rules/properties/deprecated-permission/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          } else {
            errors = _errs191;
            if (vErrors !== null) {
              if (_errs191) {
                vErrors.length = _errs191;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["env-separation"] !== void 0) {
          let data79 = data68["env-separation"];
          const _errs200 = errors;
          let valid75 = false;
          const _errs201 = errors;
          if (typeof data79 !== "string") {
            const err190 = { instancePath: instancePath + "/rules/env-separation", schemaPath: "#/properties/rules/properties/env-separation/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err190];
            } else {
              vErrors.push(err190);
            }
            errors++;
          }
          if (!(data79 === "off" || data79 === "notice" || data79 === "warn" || data79 === "error")) {
            const err191 = { instancePath: instancePath + "/rules/env-separation", schemaPath: "#/properties/rules/properties/env-separation/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["env-separation"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err191];
            } else {
              vErrors.push(err191);
            }
            errors++;
          }
          var _valid6 = _errs201 === errors;
          valid75 = valid75 || _valid6;
          const _errs203 = errors;
          if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
            for (const key19 in data79) {
              if (!(key19 === "severity" || key19 === "ignoreTypes")) {
                const err192 = { instancePath: instancePath + "/rules/env-separation", schemaPath: "#/properties/rules/properties/env-separation/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
            }
            if (data79.severity !== void 0) {
              let data80 = data79.severity;
              if (typeof data80 !== "string") {
                const err193 = { instancePath: instancePath + "/rules/env-separation/severity", schemaPath: "#/properties/rules/properties/env-separation/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
              if (!(data80 === "off" || data80 === "notice" || data80 === "warn" || data80 === "error")) {
                const err194 = { instancePath: instancePath + "/rules/env-separation/severity", schemaPath: "#/properties/rules/properties/env-separation/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["env-separation"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err194];
                } else {
                  vErrors.push(err194);
                }
                errors++;
              }
            }
            if (data79.ignoreTypes !== void 0) {
              let data81 = data79.ignoreTypes;
              if (Array.isArray(data81)) {
                const len17 = data81.length;
                for (let i31 = 0; i31 < len17; i31++) {
                  let data82 = data81[i31];
                  if (typeof data82 !== "string") {
                    const err195 = { instancePath: instancePath + "/rules/env-separation/ignoreTypes/" + i31, schemaPath: "#/properties/rules/properties/env-separation/anyOf/1/properties/ignoreTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err195];
                    } else {
                      vErrors.push(err195);
                    }
                    errors++;
                  }
                  if (!(data82 === "page" || data82 === "catalog" || data82 === "ad_account" || data82 === "instagram_account" || data82 === "commerce_account" || data82 === "pixel" || data82 === "whatsapp_business_account")) {
                    const err196 = { instancePath: instancePath + "/rules/env-separation/ignoreTypes/" + i31, schemaPath: "#/properties/rules/properties/env-separation/anyOf/1/properties/ignoreTypes/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["env-separation"].anyOf[1].properties.ignoreTypes.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err196];
                    } else {
                      vErrors.push(err196);
                    }
                    errors++;
                  }
                }
                let i32 = data81.length;
                let j14;
                if (i32 > 1) {
                  const indices14 = {};
                  for (; i32--; ) {
                    let item14 = data81[i32];
                    if (typeof item14 !== "string") {
                      continue;
                    }
                    if (typeof indices14[item14] == "number") {
                      j14 = indices14[item14];
                      const err197 = { instancePath: instancePath + "/rules/env-separation/ignoreTypes", schemaPath: "#/properties/rules/properties/env-separation/anyOf/1/properties/ignoreTypes/uniqueItems", keyword: "uniqueItems", params: { i: i32, j: j14 }, message: "must NOT have duplicate items (items ## " + j14 + " and " + i32 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err197];
                      } else {
                        vErrors.push(err197);
                      }
                      errors++;
                      break;
                    }
                    indices14[item14] = i32;
                  }
                }
              } else {
                const err198 = { instancePath: instancePath + "/rules/env-separation/ignoreTypes", schemaPath: "#/properties/rules/properties/env-separation/anyOf/1/properties/ignoreTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
            }
          } else {
            const err199 = { instancePath: instancePath + "/rules/env-separation", schemaPath: "#/properties/rules/properties/env-separation/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
          var _valid6 = _errs203 === errors;
          valid75 = valid75 || _valid6;
          if (!valid75) {
            const err200 = { instancePath: instancePath + "/rules/env-separation", schemaPath: "#/properties/rules/properties/env-separation/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err200];
            } else {
              vErrors.push(err200);
            }
            errors++;
          } else {
            errors = _errs200;
            if (vErrors !== null) {
              if (_errs200) {
                vErrors.length = _errs200;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["graph-api-version"] !== void 0) {
          let data83 = data68["graph-api-version"];
          const _errs213 = errors;
          let valid80 = false;
          const _errs214 = errors;
          if (typeof data83 !== "string") {
            const err201 = { instancePath: instancePath + "/rules/graph-api-version", schemaPath: "#/properties/rules/properties/graph-api-version/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err201];
            } else {
              vErrors.push(err201);
            }
            errors++;
          }
          if (!(data83 === "off" || data83 === "notice" || data83 === "warn" || data83 === "error")) {
            const err202 = { instancePath: instancePath + "/rules/graph-api-version", schemaPath: "#/properties/rules/properties/graph-api-version/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["graph-api-version"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
          var _valid7 = _errs214 === errors;
          valid80 = valid80 || _valid7;
          const _errs216 = errors;
          if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
            for (const key20 in data83) {
              if (!(key20 === "severity" || key20 === "warnDays" || key20 === "maxMajorsBehind")) {
                const err203 = { instancePath: instancePath + "/rules/graph-api-version", schemaPath: "#/properties/rules/properties/graph-api-version/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err203];
                } else {
                  vErrors.push(err203);
                }
                errors++;
              }
            }
            if (data83.severity !== void 0) {
              let data84 = data83.severity;
              if (typeof data84 !== "string") {
                const err204 = { instancePath: instancePath + "/rules/graph-api-version/severity", schemaPath: "#/properties/rules/properties/graph-api-version/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
              if (!(data84 === "off" || data84 === "notice" || data84 === "warn" || data84 === "error")) {
                const err205 = { instancePath: instancePath + "/rules/graph-api-version/severity", schemaPath: "#/properties/rules/properties/graph-api-version/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["graph-api-version"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
            if (data83.warnDays !== void 0) {
              let data85 = data83.warnDays;
              if (!(typeof data85 == "number" && (!(data85 % 1) && !isNaN(data85)) && isFinite(data85))) {
                const err206 = { instancePath: instancePath + "/rules/graph-api-version/warnDays", schemaPath: "#/properties/rules/properties/graph-api-version/anyOf/1/properties/warnDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err206];
                } else {
                  vErrors.push(err206);
                }
                errors++;
              }
              if (typeof data85 == "number" && isFinite(data85)) {
                if (data85 < 0 || isNaN(data85)) {
                  const err207 = { instancePath: instancePath + "/rules/graph-api-version/warnDays", schemaPath: "#/properties/rules/properties/graph-api-version/anyOf/1/properties/warnDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err207];
                  } else {
                    vErrors.push(err207);
                  }
                  errors++;
                }
              }
            }
            if (data83.maxMajorsBehind !== void 0) {
              let data86 = data83.maxMajorsBehind;
              if (!(typeof data86 == "number" && (!(data86 % 1) && !isNaN(data86)) && isFinite(data86))) {
                const err208 = { instancePath: instancePath + "/rules/graph-api-version/maxMajorsBehind", schemaPath: "#/properties/rules/properties/graph-api-version/anyOf/1/properties/maxMajorsBehind/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
              if (typeof data86 == "number" && isFinite(data86)) {
                if (data86 < 0 || isNaN(data86)) {
                  const err209 = { instancePath: instancePath + "/rules/graph-api-version/maxMajorsBehind", schemaPath: "#/properties/rules/properties/graph-api-version/anyOf/1/properties/maxMajorsBehind/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err209];
                  } else {
                    vErrors.push(err209);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err210 = { instancePath: instancePath + "/rules/graph-api-version", schemaPath: "#/properties/rules/properties/graph-api-version/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err210];
            } else {
              vErrors.push(err210);
            }
            errors++;
          }
          var _valid7 = _errs216 === errors;
          valid80 = valid80 || _valid7;
          if (!valid80) {
            const err211 = { instancePath: instancePath + "/rules/graph-api-version", schemaPath: "#/properties/rules/properties/graph-api-version/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          } else {
            errors = _errs213;
            if (vErrors !== null) {
              if (_errs213) {
                vErrors.length = _errs213;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["graph-api-version-in-code"] !== void 0) {
          let data87 = data68["graph-api-version-in-code"];
          const _errs226 = errors;
          let valid82 = false;
          const _errs227 = errors;
          if (typeof data87 !== "string") {
            const err212 = { instancePath: instancePath + "/rules/graph-api-version-in-code", schemaPath: "#/properties/rules/properties/graph-api-version-in-code/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err212];
            } else {
              vErrors.push(err212);
            }
            errors++;
          }
          if (!(data87 === "off" || data87 === "notice" || data87 === "warn" || data87 === "error")) {
            const err213 = { instancePath: instancePath + "/rules/graph-api-version-in-code", schemaPath: "#/properties/rules/properties/graph-api-version-in-code/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["graph-api-version-in-code"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err213];
            } else {
              vErrors.push(err213);
            }
            errors++;
          }
          var _valid8 = _errs227 === errors;
          valid82 = valid82 || _valid8;
          const _errs229 = errors;
          if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
            for (const key21 in data87) {
              if (!(key21 === "severity" || key21 === "warnDays")) {
                const err214 = { instancePath: instancePath + "/rules/graph-api-version-in-code", schemaPath: "#/properties/rules/properties/graph-api-version-in-code/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err214];
                } else {
                  vErrors.push(err214);
                }
                errors++;
              }
            }
            if (data87.severity !== void 0) {
              let data88 = data87.severity;
              if (typeof data88 !== "string") {
                const err215 = { instancePath: instancePath + "/rules/graph-api-version-in-code/severity", schemaPath: "#/properties/rules/properties/graph-api-version-in-code/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err215];
                } else {
                  vErrors.push(err215);
                }
                errors++;
              }
              if (!(data88 === "off" || data88 === "notice" || data88 === "warn" || data88 === "error")) {
                const err216 = { instancePath: instancePath + "/rules/graph-api-version-in-code/severity", schemaPath: "#/properties/rules/properties/graph-api-version-in-code/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["graph-api-version-in-code"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
            }
            if (data87.warnDays !== void 0) {
              let data89 = data87.warnDays;
              if (!(typeof data89 == "number" && (!(data89 % 1) && !isNaN(data89)) && isFinite(data89))) {
                const err217 = { instancePath: instancePath + "/rules/graph-api-version-in-code/warnDays", schemaPath: "#/properties/rules/properties/graph-api-version-in-code/anyOf/1/properties/warnDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
              if (typeof data89 == "number" && isFinite(data89)) {
                if (data89 < 0 || isNaN(data89)) {
                  const err218 = { instancePath: instancePath + "/rules/graph-api-version-in-code/warnDays", schemaPath: "#/properties/rules/properties/graph-api-version-in-code/anyOf/1/properties/warnDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err218];
                  } else {
                    vErrors.push(err218);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err219 = { instancePath: instancePath + "/rules/graph-api-version-in-code", schemaPath: "#/properties/rules/properties/graph-api-version-in-code/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
          var _valid8 = _errs229 === errors;
          valid82 = valid82 || _valid8;
          if (!valid82) {
            const err220 = { instancePath: instancePath + "/rules/graph-api-version-in-code", schemaPath: "#/properties/rules/properties/graph-api-version-in-code/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err220];
            } else {
              vErrors.push(err220);
            }
            errors++;
          } else {
            errors = _errs226;
            if (vErrors !== null) {
              if (_errs226) {
                vErrors.length = _errs226;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["hardcoded-token"] !== void 0) {
          let data90 = data68["hardcoded-token"];
          const _errs237 = errors;
          let valid84 = false;
          const _errs238 = errors;
          if (typeof data90 !== "string") {
            const err221 = { instancePath: instancePath + "/rules/hardcoded-token", schemaPath: "#/properties/rules/properties/hardcoded-token/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err221];
            } else {
              vErrors.push(err221);
            }
            errors++;
          }
          if (!(data90 === "off" || data90 === "notice" || data90 === "warn" || data90 === "error")) {
            const err222 = { instancePath: instancePath + "/rules/hardcoded-token", schemaPath: "#/properties/rules/properties/hardcoded-token/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["hardcoded-token"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err222];
            } else {
              vErrors.push(err222);
            }
            errors++;
          }
          var _valid9 = _errs238 === errors;
          valid84 = valid84 || _valid9;
          const _errs240 = errors;
          if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
            for (const key22 in data90) {
              if (!(key22 === "severity")) {
                const err223 = { instancePath: instancePath + "/rules/hardcoded-token", schemaPath: "#/properties/rules/properties/hardcoded-token/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err223];
                } else {
                  vErrors.push(err223);
                }
                errors++;
              }
            }
            if (data90.severity !== void 0) {
              let data91 = data90.severity;
              if (typeof data91 !== "string") {
                const err224 = { instancePath: instancePath + "/rules/hardcoded-token/severity", schemaPath: "#/properties/rules/properties/hardcoded-token/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
              if (!(data91 === "off" || data91 === "notice" || data91 === "warn" || data91 === "error")) {
                const err225 = { instancePath: instancePath + "/rules/hardcoded-token/severity", schemaPath: "#/properties/rules/properties/hardcoded-token/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["hardcoded-token"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
              }
            }
          } else {
            const err226 = { instancePath: instancePath + "/rules/hardcoded-token", schemaPath: "#/properties/rules/properties/hardcoded-token/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
          var _valid9 = _errs240 === errors;
          valid84 = valid84 || _valid9;
          if (!valid84) {
            const err227 = { instancePath: instancePath + "/rules/hardcoded-token", schemaPath: "#/properties/rules/properties/hardcoded-token/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err227];
            } else {
              vErrors.push(err227);
            }
            errors++;
          } else {
            errors = _errs237;
            if (vErrors !== null) {
              if (_errs237) {
                vErrors.length = _errs237;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["invalid-suppression"] !== void 0) {
          let data92 = data68["invalid-suppression"];
          const _errs246 = errors;
          let valid86 = false;
          const _errs247 = errors;
          if (typeof data92 !== "string") {
            const err228 = { instancePath: instancePath + "/rules/invalid-suppression", schemaPath: "#/properties/rules/properties/invalid-suppression/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err228];
            } else {
              vErrors.push(err228);
            }
            errors++;
          }
          if (!(data92 === "off" || data92 === "notice" || data92 === "warn" || data92 === "error")) {
            const err229 = { instancePath: instancePath + "/rules/invalid-suppression", schemaPath: "#/properties/rules/properties/invalid-suppression/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["invalid-suppression"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err229];
            } else {
              vErrors.push(err229);
            }
            errors++;
          }
          var _valid10 = _errs247 === errors;
          valid86 = valid86 || _valid10;
          const _errs249 = errors;
          if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
            for (const key23 in data92) {
              if (!(key23 === "severity")) {
                const err230 = { instancePath: instancePath + "/rules/invalid-suppression", schemaPath: "#/properties/rules/properties/invalid-suppression/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err230];
                } else {
                  vErrors.push(err230);
                }
                errors++;
              }
            }
            if (data92.severity !== void 0) {
              let data93 = data92.severity;
              if (typeof data93 !== "string") {
                const err231 = { instancePath: instancePath + "/rules/invalid-suppression/severity", schemaPath: "#/properties/rules/properties/invalid-suppression/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err231];
                } else {
                  vErrors.push(err231);
                }
                errors++;
              }
              if (!(data93 === "off" || data93 === "notice" || data93 === "warn" || data93 === "error")) {
                const err232 = { instancePath: instancePath + "/rules/invalid-suppression/severity", schemaPath: "#/properties/rules/properties/invalid-suppression/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["invalid-suppression"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err232];
                } else {
                  vErrors.push(err232);
                }
                errors++;
              }
            }
          } else {
            const err233 = { instancePath: instancePath + "/rules/invalid-suppression", schemaPath: "#/properties/rules/properties/invalid-suppression/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err233];
            } else {
              vErrors.push(err233);
            }
            errors++;
          }
          var _valid10 = _errs249 === errors;
          valid86 = valid86 || _valid10;
          if (!valid86) {
            const err234 = { instancePath: instancePath + "/rules/invalid-suppression", schemaPath: "#/properties/rules/properties/invalid-suppression/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err234];
            } else {
              vErrors.push(err234);
            }
            errors++;
          } else {
            errors = _errs246;
            if (vErrors !== null) {
              if (_errs246) {
                vErrors.length = _errs246;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["least-privilege-permissions"] !== void 0) {
          let data94 = data68["least-privilege-permissions"];
          const _errs255 = errors;
          let valid88 = false;
          const _errs256 = errors;
          if (typeof data94 !== "string") {
            const err235 = { instancePath: instancePath + "/rules/least-privilege-permissions", schemaPath: "#/properties/rules/properties/least-privilege-permissions/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err235];
            } else {
              vErrors.push(err235);
            }
            errors++;
          }
          if (!(data94 === "off" || data94 === "notice" || data94 === "warn" || data94 === "error")) {
            const err236 = { instancePath: instancePath + "/rules/least-privilege-permissions", schemaPath: "#/properties/rules/properties/least-privilege-permissions/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["least-privilege-permissions"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err236];
            } else {
              vErrors.push(err236);
            }
            errors++;
          }
          var _valid11 = _errs256 === errors;
          valid88 = valid88 || _valid11;
          const _errs258 = errors;
          if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
            for (const key24 in data94) {
              if (!(key24 === "severity")) {
                const err237 = { instancePath: instancePath + "/rules/least-privilege-permissions", schemaPath: "#/properties/rules/properties/least-privilege-permissions/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err237];
                } else {
                  vErrors.push(err237);
                }
                errors++;
              }
            }
            if (data94.severity !== void 0) {
              let data95 = data94.severity;
              if (typeof data95 !== "string") {
                const err238 = { instancePath: instancePath + "/rules/least-privilege-permissions/severity", schemaPath: "#/properties/rules/properties/least-privilege-permissions/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err238];
                } else {
                  vErrors.push(err238);
                }
                errors++;
              }
              if (!(data95 === "off" || data95 === "notice" || data95 === "warn" || data95 === "error")) {
                const err239 = { instancePath: instancePath + "/rules/least-privilege-permissions/severity", schemaPath: "#/properties/rules/properties/least-privilege-permissions/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["least-privilege-permissions"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err239];
                } else {
                  vErrors.push(err239);
                }
                errors++;
              }
            }
          } else {
            const err240 = { instancePath: instancePath + "/rules/least-privilege-permissions", schemaPath: "#/properties/rules/properties/least-privilege-permissions/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err240];
            } else {
              vErrors.push(err240);
            }
            errors++;
          }
          var _valid11 = _errs258 === errors;
          valid88 = valid88 || _valid11;
          if (!valid88) {
            const err241 = { instancePath: instancePath + "/rules/least-privilege-permissions", schemaPath: "#/properties/rules/properties/least-privilege-permissions/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err241];
            } else {
              vErrors.push(err241);
            }
            errors++;
          } else {
            errors = _errs255;
            if (vErrors !== null) {
              if (_errs255) {
                vErrors.length = _errs255;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["least-privilege-tasks"] !== void 0) {
          let data96 = data68["least-privilege-tasks"];
          const _errs264 = errors;
          let valid90 = false;
          const _errs265 = errors;
          if (typeof data96 !== "string") {
            const err242 = { instancePath: instancePath + "/rules/least-privilege-tasks", schemaPath: "#/properties/rules/properties/least-privilege-tasks/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err242];
            } else {
              vErrors.push(err242);
            }
            errors++;
          }
          if (!(data96 === "off" || data96 === "notice" || data96 === "warn" || data96 === "error")) {
            const err243 = { instancePath: instancePath + "/rules/least-privilege-tasks", schemaPath: "#/properties/rules/properties/least-privilege-tasks/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["least-privilege-tasks"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err243];
            } else {
              vErrors.push(err243);
            }
            errors++;
          }
          var _valid12 = _errs265 === errors;
          valid90 = valid90 || _valid12;
          const _errs267 = errors;
          if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
            for (const key25 in data96) {
              if (!(key25 === "severity")) {
                const err244 = { instancePath: instancePath + "/rules/least-privilege-tasks", schemaPath: "#/properties/rules/properties/least-privilege-tasks/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err244];
                } else {
                  vErrors.push(err244);
                }
                errors++;
              }
            }
            if (data96.severity !== void 0) {
              let data97 = data96.severity;
              if (typeof data97 !== "string") {
                const err245 = { instancePath: instancePath + "/rules/least-privilege-tasks/severity", schemaPath: "#/properties/rules/properties/least-privilege-tasks/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err245];
                } else {
                  vErrors.push(err245);
                }
                errors++;
              }
              if (!(data97 === "off" || data97 === "notice" || data97 === "warn" || data97 === "error")) {
                const err246 = { instancePath: instancePath + "/rules/least-privilege-tasks/severity", schemaPath: "#/properties/rules/properties/least-privilege-tasks/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["least-privilege-tasks"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err246];
                } else {
                  vErrors.push(err246);
                }
                errors++;
              }
            }
          } else {
            const err247 = { instancePath: instancePath + "/rules/least-privilege-tasks", schemaPath: "#/properties/rules/properties/least-privilege-tasks/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err247];
            } else {
              vErrors.push(err247);
            }
            errors++;
          }
          var _valid12 = _errs267 === errors;
          valid90 = valid90 || _valid12;
          if (!valid90) {
            const err248 = { instancePath: instancePath + "/rules/least-privilege-tasks", schemaPath: "#/properties/rules/properties/least-privilege-tasks/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err248];
            } else {
              vErrors.push(err248);
            }
            errors++;
          } else {
            errors = _errs264;
            if (vErrors !== null) {
              if (_errs264) {
                vErrors.length = _errs264;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["live-asset-ownership"] !== void 0) {
          let data98 = data68["live-asset-ownership"];
          const _errs273 = errors;
          let valid92 = false;
          const _errs274 = errors;
          if (typeof data98 !== "string") {
            const err249 = { instancePath: instancePath + "/rules/live-asset-ownership", schemaPath: "#/properties/rules/properties/live-asset-ownership/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err249];
            } else {
              vErrors.push(err249);
            }
            errors++;
          }
          if (!(data98 === "off" || data98 === "notice" || data98 === "warn" || data98 === "error")) {
            const err250 = { instancePath: instancePath + "/rules/live-asset-ownership", schemaPath: "#/properties/rules/properties/live-asset-ownership/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-asset-ownership"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err250];
            } else {
              vErrors.push(err250);
            }
            errors++;
          }
          var _valid13 = _errs274 === errors;
          valid92 = valid92 || _valid13;
          const _errs276 = errors;
          if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
            for (const key26 in data98) {
              if (!(key26 === "severity")) {
                const err251 = { instancePath: instancePath + "/rules/live-asset-ownership", schemaPath: "#/properties/rules/properties/live-asset-ownership/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err251];
                } else {
                  vErrors.push(err251);
                }
                errors++;
              }
            }
            if (data98.severity !== void 0) {
              let data99 = data98.severity;
              if (typeof data99 !== "string") {
                const err252 = { instancePath: instancePath + "/rules/live-asset-ownership/severity", schemaPath: "#/properties/rules/properties/live-asset-ownership/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err252];
                } else {
                  vErrors.push(err252);
                }
                errors++;
              }
              if (!(data99 === "off" || data99 === "notice" || data99 === "warn" || data99 === "error")) {
                const err253 = { instancePath: instancePath + "/rules/live-asset-ownership/severity", schemaPath: "#/properties/rules/properties/live-asset-ownership/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-asset-ownership"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err253];
                } else {
                  vErrors.push(err253);
                }
                errors++;
              }
            }
          } else {
            const err254 = { instancePath: instancePath + "/rules/live-asset-ownership", schemaPath: "#/properties/rules/properties/live-asset-ownership/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err254];
            } else {
              vErrors.push(err254);
            }
            errors++;
          }
          var _valid13 = _errs276 === errors;
          valid92 = valid92 || _valid13;
          if (!valid92) {
            const err255 = { instancePath: instancePath + "/rules/live-asset-ownership", schemaPath: "#/properties/rules/properties/live-asset-ownership/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err255];
            } else {
              vErrors.push(err255);
            }
            errors++;
          } else {
            errors = _errs273;
            if (vErrors !== null) {
              if (_errs273) {
                vErrors.length = _errs273;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["live-missing-system-user"] !== void 0) {
          let data100 = data68["live-missing-system-user"];
          const _errs282 = errors;
          let valid94 = false;
          const _errs283 = errors;
          if (typeof data100 !== "string") {
            const err256 = { instancePath: instancePath + "/rules/live-missing-system-user", schemaPath: "#/properties/rules/properties/live-missing-system-user/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err256];
            } else {
              vErrors.push(err256);
            }
            errors++;
          }
          if (!(data100 === "off" || data100 === "notice" || data100 === "warn" || data100 === "error")) {
            const err257 = { instancePath: instancePath + "/rules/live-missing-system-user", schemaPath: "#/properties/rules/properties/live-missing-system-user/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-missing-system-user"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err257];
            } else {
              vErrors.push(err257);
            }
            errors++;
          }
          var _valid14 = _errs283 === errors;
          valid94 = valid94 || _valid14;
          const _errs285 = errors;
          if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
            for (const key27 in data100) {
              if (!(key27 === "severity")) {
                const err258 = { instancePath: instancePath + "/rules/live-missing-system-user", schemaPath: "#/properties/rules/properties/live-missing-system-user/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err258];
                } else {
                  vErrors.push(err258);
                }
                errors++;
              }
            }
            if (data100.severity !== void 0) {
              let data101 = data100.severity;
              if (typeof data101 !== "string") {
                const err259 = { instancePath: instancePath + "/rules/live-missing-system-user/severity", schemaPath: "#/properties/rules/properties/live-missing-system-user/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err259];
                } else {
                  vErrors.push(err259);
                }
                errors++;
              }
              if (!(data101 === "off" || data101 === "notice" || data101 === "warn" || data101 === "error")) {
                const err260 = { instancePath: instancePath + "/rules/live-missing-system-user/severity", schemaPath: "#/properties/rules/properties/live-missing-system-user/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-missing-system-user"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err260];
                } else {
                  vErrors.push(err260);
                }
                errors++;
              }
            }
          } else {
            const err261 = { instancePath: instancePath + "/rules/live-missing-system-user", schemaPath: "#/properties/rules/properties/live-missing-system-user/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err261];
            } else {
              vErrors.push(err261);
            }
            errors++;
          }
          var _valid14 = _errs285 === errors;
          valid94 = valid94 || _valid14;
          if (!valid94) {
            const err262 = { instancePath: instancePath + "/rules/live-missing-system-user", schemaPath: "#/properties/rules/properties/live-missing-system-user/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err262];
            } else {
              vErrors.push(err262);
            }
            errors++;
          } else {
            errors = _errs282;
            if (vErrors !== null) {
              if (_errs282) {
                vErrors.length = _errs282;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["live-role-drift"] !== void 0) {
          let data102 = data68["live-role-drift"];
          const _errs291 = errors;
          let valid96 = false;
          const _errs292 = errors;
          if (typeof data102 !== "string") {
            const err263 = { instancePath: instancePath + "/rules/live-role-drift", schemaPath: "#/properties/rules/properties/live-role-drift/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err263];
            } else {
              vErrors.push(err263);
            }
            errors++;
          }
          if (!(data102 === "off" || data102 === "notice" || data102 === "warn" || data102 === "error")) {
            const err264 = { instancePath: instancePath + "/rules/live-role-drift", schemaPath: "#/properties/rules/properties/live-role-drift/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-role-drift"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err264];
            } else {
              vErrors.push(err264);
            }
            errors++;
          }
          var _valid15 = _errs292 === errors;
          valid96 = valid96 || _valid15;
          const _errs294 = errors;
          if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
            for (const key28 in data102) {
              if (!(key28 === "severity")) {
                const err265 = { instancePath: instancePath + "/rules/live-role-drift", schemaPath: "#/properties/rules/properties/live-role-drift/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err265];
                } else {
                  vErrors.push(err265);
                }
                errors++;
              }
            }
            if (data102.severity !== void 0) {
              let data103 = data102.severity;
              if (typeof data103 !== "string") {
                const err266 = { instancePath: instancePath + "/rules/live-role-drift/severity", schemaPath: "#/properties/rules/properties/live-role-drift/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err266];
                } else {
                  vErrors.push(err266);
                }
                errors++;
              }
              if (!(data103 === "off" || data103 === "notice" || data103 === "warn" || data103 === "error")) {
                const err267 = { instancePath: instancePath + "/rules/live-role-drift/severity", schemaPath: "#/properties/rules/properties/live-role-drift/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-role-drift"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err267];
                } else {
                  vErrors.push(err267);
                }
                errors++;
              }
            }
          } else {
            const err268 = { instancePath: instancePath + "/rules/live-role-drift", schemaPath: "#/properties/rules/properties/live-role-drift/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err268];
            } else {
              vErrors.push(err268);
            }
            errors++;
          }
          var _valid15 = _errs294 === errors;
          valid96 = valid96 || _valid15;
          if (!valid96) {
            const err269 = { instancePath: instancePath + "/rules/live-role-drift", schemaPath: "#/properties/rules/properties/live-role-drift/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err269];
            } else {
              vErrors.push(err269);
            }
            errors++;
          } else {
            errors = _errs291;
            if (vErrors !== null) {
              if (_errs291) {
                vErrors.length = _errs291;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["live-task-drift"] !== void 0) {
          let data104 = data68["live-task-drift"];
          const _errs300 = errors;
          let valid98 = false;
          const _errs301 = errors;
          if (typeof data104 !== "string") {
            const err270 = { instancePath: instancePath + "/rules/live-task-drift", schemaPath: "#/properties/rules/properties/live-task-drift/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err270];
            } else {
              vErrors.push(err270);
            }
            errors++;
          }
          if (!(data104 === "off" || data104 === "notice" || data104 === "warn" || data104 === "error")) {
            const err271 = { instancePath: instancePath + "/rules/live-task-drift", schemaPath: "#/properties/rules/properties/live-task-drift/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-task-drift"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err271];
            } else {
              vErrors.push(err271);
            }
            errors++;
          }
          var _valid16 = _errs301 === errors;
          valid98 = valid98 || _valid16;
          const _errs303 = errors;
          if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
            for (const key29 in data104) {
              if (!(key29 === "severity")) {
                const err272 = { instancePath: instancePath + "/rules/live-task-drift", schemaPath: "#/properties/rules/properties/live-task-drift/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err272];
                } else {
                  vErrors.push(err272);
                }
                errors++;
              }
            }
            if (data104.severity !== void 0) {
              let data105 = data104.severity;
              if (typeof data105 !== "string") {
                const err273 = { instancePath: instancePath + "/rules/live-task-drift/severity", schemaPath: "#/properties/rules/properties/live-task-drift/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err273];
                } else {
                  vErrors.push(err273);
                }
                errors++;
              }
              if (!(data105 === "off" || data105 === "notice" || data105 === "warn" || data105 === "error")) {
                const err274 = { instancePath: instancePath + "/rules/live-task-drift/severity", schemaPath: "#/properties/rules/properties/live-task-drift/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-task-drift"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err274];
                } else {
                  vErrors.push(err274);
                }
                errors++;
              }
            }
          } else {
            const err275 = { instancePath: instancePath + "/rules/live-task-drift", schemaPath: "#/properties/rules/properties/live-task-drift/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err275];
            } else {
              vErrors.push(err275);
            }
            errors++;
          }
          var _valid16 = _errs303 === errors;
          valid98 = valid98 || _valid16;
          if (!valid98) {
            const err276 = { instancePath: instancePath + "/rules/live-task-drift", schemaPath: "#/properties/rules/properties/live-task-drift/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err276];
            } else {
              vErrors.push(err276);
            }
            errors++;
          } else {
            errors = _errs300;
            if (vErrors !== null) {
              if (_errs300) {
                vErrors.length = _errs300;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["live-token-age"] !== void 0) {
          let data106 = data68["live-token-age"];
          const _errs309 = errors;
          let valid100 = false;
          const _errs310 = errors;
          if (typeof data106 !== "string") {
            const err277 = { instancePath: instancePath + "/rules/live-token-age", schemaPath: "#/properties/rules/properties/live-token-age/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err277];
            } else {
              vErrors.push(err277);
            }
            errors++;
          }
          if (!(data106 === "off" || data106 === "notice" || data106 === "warn" || data106 === "error")) {
            const err278 = { instancePath: instancePath + "/rules/live-token-age", schemaPath: "#/properties/rules/properties/live-token-age/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-token-age"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err278];
            } else {
              vErrors.push(err278);
            }
            errors++;
          }
          var _valid17 = _errs310 === errors;
          valid100 = valid100 || _valid17;
          const _errs312 = errors;
          if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
            for (const key30 in data106) {
              if (!(key30 === "severity")) {
                const err279 = { instancePath: instancePath + "/rules/live-token-age", schemaPath: "#/properties/rules/properties/live-token-age/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err279];
                } else {
                  vErrors.push(err279);
                }
                errors++;
              }
            }
            if (data106.severity !== void 0) {
              let data107 = data106.severity;
              if (typeof data107 !== "string") {
                const err280 = { instancePath: instancePath + "/rules/live-token-age/severity", schemaPath: "#/properties/rules/properties/live-token-age/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err280];
                } else {
                  vErrors.push(err280);
                }
                errors++;
              }
              if (!(data107 === "off" || data107 === "notice" || data107 === "warn" || data107 === "error")) {
                const err281 = { instancePath: instancePath + "/rules/live-token-age/severity", schemaPath: "#/properties/rules/properties/live-token-age/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-token-age"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err281];
                } else {
                  vErrors.push(err281);
                }
                errors++;
              }
            }
          } else {
            const err282 = { instancePath: instancePath + "/rules/live-token-age", schemaPath: "#/properties/rules/properties/live-token-age/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err282];
            } else {
              vErrors.push(err282);
            }
            errors++;
          }
          var _valid17 = _errs312 === errors;
          valid100 = valid100 || _valid17;
          if (!valid100) {
            const err283 = { instancePath: instancePath + "/rules/live-token-age", schemaPath: "#/properties/rules/properties/live-token-age/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err283];
            } else {
              vErrors.push(err283);
            }
            errors++;
          } else {
            errors = _errs309;
            if (vErrors !== null) {
              if (_errs309) {
                vErrors.length = _errs309;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["live-token-invalid"] !== void 0) {
          let data108 = data68["live-token-invalid"];
          const _errs318 = errors;
          let valid102 = false;
          const _errs319 = errors;
          if (typeof data108 !== "string") {
            const err284 = { instancePath: instancePath + "/rules/live-token-invalid", schemaPath: "#/properties/rules/properties/live-token-invalid/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err284];
            } else {
              vErrors.push(err284);
            }
            errors++;
          }
          if (!(data108 === "off" || data108 === "notice" || data108 === "warn" || data108 === "error")) {
            const err285 = { instancePath: instancePath + "/rules/live-token-invalid", schemaPath: "#/properties/rules/properties/live-token-invalid/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-token-invalid"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err285];
            } else {
              vErrors.push(err285);
            }
            errors++;
          }
          var _valid18 = _errs319 === errors;
          valid102 = valid102 || _valid18;
          const _errs321 = errors;
          if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
            for (const key31 in data108) {
              if (!(key31 === "severity")) {
                const err286 = { instancePath: instancePath + "/rules/live-token-invalid", schemaPath: "#/properties/rules/properties/live-token-invalid/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err286];
                } else {
                  vErrors.push(err286);
                }
                errors++;
              }
            }
            if (data108.severity !== void 0) {
              let data109 = data108.severity;
              if (typeof data109 !== "string") {
                const err287 = { instancePath: instancePath + "/rules/live-token-invalid/severity", schemaPath: "#/properties/rules/properties/live-token-invalid/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err287];
                } else {
                  vErrors.push(err287);
                }
                errors++;
              }
              if (!(data109 === "off" || data109 === "notice" || data109 === "warn" || data109 === "error")) {
                const err288 = { instancePath: instancePath + "/rules/live-token-invalid/severity", schemaPath: "#/properties/rules/properties/live-token-invalid/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-token-invalid"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err288];
                } else {
                  vErrors.push(err288);
                }
                errors++;
              }
            }
          } else {
            const err289 = { instancePath: instancePath + "/rules/live-token-invalid", schemaPath: "#/properties/rules/properties/live-token-invalid/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err289];
            } else {
              vErrors.push(err289);
            }
            errors++;
          }
          var _valid18 = _errs321 === errors;
          valid102 = valid102 || _valid18;
          if (!valid102) {
            const err290 = { instancePath: instancePath + "/rules/live-token-invalid", schemaPath: "#/properties/rules/properties/live-token-invalid/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err290];
            } else {
              vErrors.push(err290);
            }
            errors++;
          } else {
            errors = _errs318;
            if (vErrors !== null) {
              if (_errs318) {
                vErrors.length = _errs318;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["live-token-scope-drift"] !== void 0) {
          let data110 = data68["live-token-scope-drift"];
          const _errs327 = errors;
          let valid104 = false;
          const _errs328 = errors;
          if (typeof data110 !== "string") {
            const err291 = { instancePath: instancePath + "/rules/live-token-scope-drift", schemaPath: "#/properties/rules/properties/live-token-scope-drift/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err291];
            } else {
              vErrors.push(err291);
            }
            errors++;
          }
          if (!(data110 === "off" || data110 === "notice" || data110 === "warn" || data110 === "error")) {
            const err292 = { instancePath: instancePath + "/rules/live-token-scope-drift", schemaPath: "#/properties/rules/properties/live-token-scope-drift/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-token-scope-drift"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err292];
            } else {
              vErrors.push(err292);
            }
            errors++;
          }
          var _valid19 = _errs328 === errors;
          valid104 = valid104 || _valid19;
          const _errs330 = errors;
          if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
            for (const key32 in data110) {
              if (!(key32 === "severity")) {
                const err293 = { instancePath: instancePath + "/rules/live-token-scope-drift", schemaPath: "#/properties/rules/properties/live-token-scope-drift/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err293];
                } else {
                  vErrors.push(err293);
                }
                errors++;
              }
            }
            if (data110.severity !== void 0) {
              let data111 = data110.severity;
              if (typeof data111 !== "string") {
                const err294 = { instancePath: instancePath + "/rules/live-token-scope-drift/severity", schemaPath: "#/properties/rules/properties/live-token-scope-drift/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err294];
                } else {
                  vErrors.push(err294);
                }
                errors++;
              }
              if (!(data111 === "off" || data111 === "notice" || data111 === "warn" || data111 === "error")) {
                const err295 = { instancePath: instancePath + "/rules/live-token-scope-drift/severity", schemaPath: "#/properties/rules/properties/live-token-scope-drift/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-token-scope-drift"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err295];
                } else {
                  vErrors.push(err295);
                }
                errors++;
              }
            }
          } else {
            const err296 = { instancePath: instancePath + "/rules/live-token-scope-drift", schemaPath: "#/properties/rules/properties/live-token-scope-drift/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err296];
            } else {
              vErrors.push(err296);
            }
            errors++;
          }
          var _valid19 = _errs330 === errors;
          valid104 = valid104 || _valid19;
          if (!valid104) {
            const err297 = { instancePath: instancePath + "/rules/live-token-scope-drift", schemaPath: "#/properties/rules/properties/live-token-scope-drift/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err297];
            } else {
              vErrors.push(err297);
            }
            errors++;
          } else {
            errors = _errs327;
            if (vErrors !== null) {
              if (_errs327) {
                vErrors.length = _errs327;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["live-undeclared-system-user"] !== void 0) {
          let data112 = data68["live-undeclared-system-user"];
          const _errs336 = errors;
          let valid106 = false;
          const _errs337 = errors;
          if (typeof data112 !== "string") {
            const err298 = { instancePath: instancePath + "/rules/live-undeclared-system-user", schemaPath: "#/properties/rules/properties/live-undeclared-system-user/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err298];
            } else {
              vErrors.push(err298);
            }
            errors++;
          }
          if (!(data112 === "off" || data112 === "notice" || data112 === "warn" || data112 === "error")) {
            const err299 = { instancePath: instancePath + "/rules/live-undeclared-system-user", schemaPath: "#/properties/rules/properties/live-undeclared-system-user/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-undeclared-system-user"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err299];
            } else {
              vErrors.push(err299);
            }
            errors++;
          }
          var _valid20 = _errs337 === errors;
          valid106 = valid106 || _valid20;
          const _errs339 = errors;
          if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
            for (const key33 in data112) {
              if (!(key33 === "severity")) {
                const err300 = { instancePath: instancePath + "/rules/live-undeclared-system-user", schemaPath: "#/properties/rules/properties/live-undeclared-system-user/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err300];
                } else {
                  vErrors.push(err300);
                }
                errors++;
              }
            }
            if (data112.severity !== void 0) {
              let data113 = data112.severity;
              if (typeof data113 !== "string") {
                const err301 = { instancePath: instancePath + "/rules/live-undeclared-system-user/severity", schemaPath: "#/properties/rules/properties/live-undeclared-system-user/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err301];
                } else {
                  vErrors.push(err301);
                }
                errors++;
              }
              if (!(data113 === "off" || data113 === "notice" || data113 === "warn" || data113 === "error")) {
                const err302 = { instancePath: instancePath + "/rules/live-undeclared-system-user/severity", schemaPath: "#/properties/rules/properties/live-undeclared-system-user/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["live-undeclared-system-user"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err302];
                } else {
                  vErrors.push(err302);
                }
                errors++;
              }
            }
          } else {
            const err303 = { instancePath: instancePath + "/rules/live-undeclared-system-user", schemaPath: "#/properties/rules/properties/live-undeclared-system-user/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err303];
            } else {
              vErrors.push(err303);
            }
            errors++;
          }
          var _valid20 = _errs339 === errors;
          valid106 = valid106 || _valid20;
          if (!valid106) {
            const err304 = { instancePath: instancePath + "/rules/live-undeclared-system-user", schemaPath: "#/properties/rules/properties/live-undeclared-system-user/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err304];
            } else {
              vErrors.push(err304);
            }
            errors++;
          } else {
            errors = _errs336;
            if (vErrors !== null) {
              if (_errs336) {
                vErrors.length = _errs336;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["manifest-schema"] !== void 0) {
          let data114 = data68["manifest-schema"];
          const _errs345 = errors;
          let valid108 = false;
          const _errs346 = errors;
          if (typeof data114 !== "string") {
            const err305 = { instancePath: instancePath + "/rules/manifest-schema", schemaPath: "#/properties/rules/properties/manifest-schema/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err305];
            } else {
              vErrors.push(err305);
            }
            errors++;
          }
          if (!(data114 === "off" || data114 === "notice" || data114 === "warn" || data114 === "error")) {
            const err306 = { instancePath: instancePath + "/rules/manifest-schema", schemaPath: "#/properties/rules/properties/manifest-schema/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["manifest-schema"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err306];
            } else {
              vErrors.push(err306);
            }
            errors++;
          }
          var _valid21 = _errs346 === errors;
          valid108 = valid108 || _valid21;
          const _errs348 = errors;
          if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
            for (const key34 in data114) {
              if (!(key34 === "severity")) {
                const err307 = { instancePath: instancePath + "/rules/manifest-schema", schemaPath: "#/properties/rules/properties/manifest-schema/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err307];
                } else {
                  vErrors.push(err307);
                }
                errors++;
              }
            }
            if (data114.severity !== void 0) {
              let data115 = data114.severity;
              if (typeof data115 !== "string") {
                const err308 = { instancePath: instancePath + "/rules/manifest-schema/severity", schemaPath: "#/properties/rules/properties/manifest-schema/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err308];
                } else {
                  vErrors.push(err308);
                }
                errors++;
              }
              if (!(data115 === "off" || data115 === "notice" || data115 === "warn" || data115 === "error")) {
                const err309 = { instancePath: instancePath + "/rules/manifest-schema/severity", schemaPath: "#/properties/rules/properties/manifest-schema/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["manifest-schema"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err309];
                } else {
                  vErrors.push(err309);
                }
                errors++;
              }
            }
          } else {
            const err310 = { instancePath: instancePath + "/rules/manifest-schema", schemaPath: "#/properties/rules/properties/manifest-schema/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err310];
            } else {
              vErrors.push(err310);
            }
            errors++;
          }
          var _valid21 = _errs348 === errors;
          valid108 = valid108 || _valid21;
          if (!valid108) {
            const err311 = { instancePath: instancePath + "/rules/manifest-schema", schemaPath: "#/properties/rules/properties/manifest-schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err311];
            } else {
              vErrors.push(err311);
            }
            errors++;
          } else {
            errors = _errs345;
            if (vErrors !== null) {
              if (_errs345) {
                vErrors.length = _errs345;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["missing-permission"] !== void 0) {
          let data116 = data68["missing-permission"];
          const _errs354 = errors;
          let valid110 = false;
          const _errs355 = errors;
          if (typeof data116 !== "string") {
            const err312 = { instancePath: instancePath + "/rules/missing-permission", schemaPath: "#/properties/rules/properties/missing-permission/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err312];
            } else {
              vErrors.push(err312);
            }
            errors++;
          }
          if (!(data116 === "off" || data116 === "notice" || data116 === "warn" || data116 === "error")) {
            const err313 = { instancePath: instancePath + "/rules/missing-permission", schemaPath: "#/properties/rules/properties/missing-permission/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["missing-permission"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err313];
            } else {
              vErrors.push(err313);
            }
            errors++;
          }
          var _valid22 = _errs355 === errors;
          valid110 = valid110 || _valid22;
          const _errs357 = errors;
          if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
            for (const key35 in data116) {
              if (!(key35 === "severity")) {
                const err314 = { instancePath: instancePath + "/rules/missing-permission", schemaPath: "#/properties/rules/properties/missing-permission/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err314];
                } else {
                  vErrors.push(err314);
                }
                errors++;
              }
            }
            if (data116.severity !== void 0) {
              let data117 = data116.severity;
              if (typeof data117 !== "string") {
                const err315 = { instancePath: instancePath + "/rules/missing-permission/severity", schemaPath: "#/properties/rules/properties/missing-permission/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err315];
                } else {
                  vErrors.push(err315);
                }
                errors++;
              }
              if (!(data117 === "off" || data117 === "notice" || data117 === "warn" || data117 === "error")) {
                const err316 = { instancePath: instancePath + "/rules/missing-permission/severity", schemaPath: "#/properties/rules/properties/missing-permission/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["missing-permission"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err316];
                } else {
                  vErrors.push(err316);
                }
                errors++;
              }
            }
          } else {
            const err317 = { instancePath: instancePath + "/rules/missing-permission", schemaPath: "#/properties/rules/properties/missing-permission/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err317];
            } else {
              vErrors.push(err317);
            }
            errors++;
          }
          var _valid22 = _errs357 === errors;
          valid110 = valid110 || _valid22;
          if (!valid110) {
            const err318 = { instancePath: instancePath + "/rules/missing-permission", schemaPath: "#/properties/rules/properties/missing-permission/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err318];
            } else {
              vErrors.push(err318);
            }
            errors++;
          } else {
            errors = _errs354;
            if (vErrors !== null) {
              if (_errs354) {
                vErrors.length = _errs354;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["missing-task"] !== void 0) {
          let data118 = data68["missing-task"];
          const _errs363 = errors;
          let valid112 = false;
          const _errs364 = errors;
          if (typeof data118 !== "string") {
            const err319 = { instancePath: instancePath + "/rules/missing-task", schemaPath: "#/properties/rules/properties/missing-task/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err319];
            } else {
              vErrors.push(err319);
            }
            errors++;
          }
          if (!(data118 === "off" || data118 === "notice" || data118 === "warn" || data118 === "error")) {
            const err320 = { instancePath: instancePath + "/rules/missing-task", schemaPath: "#/properties/rules/properties/missing-task/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["missing-task"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err320];
            } else {
              vErrors.push(err320);
            }
            errors++;
          }
          var _valid23 = _errs364 === errors;
          valid112 = valid112 || _valid23;
          const _errs366 = errors;
          if (data118 && typeof data118 == "object" && !Array.isArray(data118)) {
            for (const key36 in data118) {
              if (!(key36 === "severity")) {
                const err321 = { instancePath: instancePath + "/rules/missing-task", schemaPath: "#/properties/rules/properties/missing-task/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err321];
                } else {
                  vErrors.push(err321);
                }
                errors++;
              }
            }
            if (data118.severity !== void 0) {
              let data119 = data118.severity;
              if (typeof data119 !== "string") {
                const err322 = { instancePath: instancePath + "/rules/missing-task/severity", schemaPath: "#/properties/rules/properties/missing-task/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err322];
                } else {
                  vErrors.push(err322);
                }
                errors++;
              }
              if (!(data119 === "off" || data119 === "notice" || data119 === "warn" || data119 === "error")) {
                const err323 = { instancePath: instancePath + "/rules/missing-task/severity", schemaPath: "#/properties/rules/properties/missing-task/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["missing-task"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err323];
                } else {
                  vErrors.push(err323);
                }
                errors++;
              }
            }
          } else {
            const err324 = { instancePath: instancePath + "/rules/missing-task", schemaPath: "#/properties/rules/properties/missing-task/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err324];
            } else {
              vErrors.push(err324);
            }
            errors++;
          }
          var _valid23 = _errs366 === errors;
          valid112 = valid112 || _valid23;
          if (!valid112) {
            const err325 = { instancePath: instancePath + "/rules/missing-task", schemaPath: "#/properties/rules/properties/missing-task/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err325];
            } else {
              vErrors.push(err325);
            }
            errors++;
          } else {
            errors = _errs363;
            if (vErrors !== null) {
              if (_errs363) {
                vErrors.length = _errs363;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["new-access"] !== void 0) {
          let data120 = data68["new-access"];
          const _errs372 = errors;
          let valid114 = false;
          const _errs373 = errors;
          if (typeof data120 !== "string") {
            const err326 = { instancePath: instancePath + "/rules/new-access", schemaPath: "#/properties/rules/properties/new-access/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err326];
            } else {
              vErrors.push(err326);
            }
            errors++;
          }
          if (!(data120 === "off" || data120 === "notice" || data120 === "warn" || data120 === "error")) {
            const err327 = { instancePath: instancePath + "/rules/new-access", schemaPath: "#/properties/rules/properties/new-access/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["new-access"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err327];
            } else {
              vErrors.push(err327);
            }
            errors++;
          }
          var _valid24 = _errs373 === errors;
          valid114 = valid114 || _valid24;
          const _errs375 = errors;
          if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
            for (const key37 in data120) {
              if (!(key37 === "severity")) {
                const err328 = { instancePath: instancePath + "/rules/new-access", schemaPath: "#/properties/rules/properties/new-access/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err328];
                } else {
                  vErrors.push(err328);
                }
                errors++;
              }
            }
            if (data120.severity !== void 0) {
              let data121 = data120.severity;
              if (typeof data121 !== "string") {
                const err329 = { instancePath: instancePath + "/rules/new-access/severity", schemaPath: "#/properties/rules/properties/new-access/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err329];
                } else {
                  vErrors.push(err329);
                }
                errors++;
              }
              if (!(data121 === "off" || data121 === "notice" || data121 === "warn" || data121 === "error")) {
                const err330 = { instancePath: instancePath + "/rules/new-access/severity", schemaPath: "#/properties/rules/properties/new-access/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["new-access"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err330];
                } else {
                  vErrors.push(err330);
                }
                errors++;
              }
            }
          } else {
            const err331 = { instancePath: instancePath + "/rules/new-access", schemaPath: "#/properties/rules/properties/new-access/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err331];
            } else {
              vErrors.push(err331);
            }
            errors++;
          }
          var _valid24 = _errs375 === errors;
          valid114 = valid114 || _valid24;
          if (!valid114) {
            const err332 = { instancePath: instancePath + "/rules/new-access", schemaPath: "#/properties/rules/properties/new-access/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err332];
            } else {
              vErrors.push(err332);
            }
            errors++;
          } else {
            errors = _errs372;
            if (vErrors !== null) {
              if (_errs372) {
                vErrors.length = _errs372;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["plaintext-token"] !== void 0) {
          let data122 = data68["plaintext-token"];
          const _errs381 = errors;
          let valid116 = false;
          const _errs382 = errors;
          if (typeof data122 !== "string") {
            const err333 = { instancePath: instancePath + "/rules/plaintext-token", schemaPath: "#/properties/rules/properties/plaintext-token/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err333];
            } else {
              vErrors.push(err333);
            }
            errors++;
          }
          if (!(data122 === "off" || data122 === "notice" || data122 === "warn" || data122 === "error")) {
            const err334 = { instancePath: instancePath + "/rules/plaintext-token", schemaPath: "#/properties/rules/properties/plaintext-token/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["plaintext-token"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err334];
            } else {
              vErrors.push(err334);
            }
            errors++;
          }
          var _valid25 = _errs382 === errors;
          valid116 = valid116 || _valid25;
          const _errs384 = errors;
          if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
            for (const key38 in data122) {
              if (!(key38 === "severity")) {
                const err335 = { instancePath: instancePath + "/rules/plaintext-token", schemaPath: "#/properties/rules/properties/plaintext-token/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err335];
                } else {
                  vErrors.push(err335);
                }
                errors++;
              }
            }
            if (data122.severity !== void 0) {
              let data123 = data122.severity;
              if (typeof data123 !== "string") {
                const err336 = { instancePath: instancePath + "/rules/plaintext-token/severity", schemaPath: "#/properties/rules/properties/plaintext-token/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err336];
                } else {
                  vErrors.push(err336);
                }
                errors++;
              }
              if (!(data123 === "off" || data123 === "notice" || data123 === "warn" || data123 === "error")) {
                const err337 = { instancePath: instancePath + "/rules/plaintext-token/severity", schemaPath: "#/properties/rules/properties/plaintext-token/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["plaintext-token"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err337];
                } else {
                  vErrors.push(err337);
                }
                errors++;
              }
            }
          } else {
            const err338 = { instancePath: instancePath + "/rules/plaintext-token", schemaPath: "#/properties/rules/properties/plaintext-token/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err338];
            } else {
              vErrors.push(err338);
            }
            errors++;
          }
          var _valid25 = _errs384 === errors;
          valid116 = valid116 || _valid25;
          if (!valid116) {
            const err339 = { instancePath: instancePath + "/rules/plaintext-token", schemaPath: "#/properties/rules/properties/plaintext-token/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err339];
            } else {
              vErrors.push(err339);
            }
            errors++;
          } else {
            errors = _errs381;
            if (vErrors !== null) {
              if (_errs381) {
                vErrors.length = _errs381;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["system-user-quota"] !== void 0) {
          let data124 = data68["system-user-quota"];
          const _errs390 = errors;
          let valid118 = false;
          const _errs391 = errors;
          if (typeof data124 !== "string") {
            const err340 = { instancePath: instancePath + "/rules/system-user-quota", schemaPath: "#/properties/rules/properties/system-user-quota/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err340];
            } else {
              vErrors.push(err340);
            }
            errors++;
          }
          if (!(data124 === "off" || data124 === "notice" || data124 === "warn" || data124 === "error")) {
            const err341 = { instancePath: instancePath + "/rules/system-user-quota", schemaPath: "#/properties/rules/properties/system-user-quota/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["system-user-quota"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err341];
            } else {
              vErrors.push(err341);
            }
            errors++;
          }
          var _valid26 = _errs391 === errors;
          valid118 = valid118 || _valid26;
          const _errs393 = errors;
          if (data124 && typeof data124 == "object" && !Array.isArray(data124)) {
            for (const key39 in data124) {
              if (!(key39 === "severity")) {
                const err342 = { instancePath: instancePath + "/rules/system-user-quota", schemaPath: "#/properties/rules/properties/system-user-quota/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err342];
                } else {
                  vErrors.push(err342);
                }
                errors++;
              }
            }
            if (data124.severity !== void 0) {
              let data125 = data124.severity;
              if (typeof data125 !== "string") {
                const err343 = { instancePath: instancePath + "/rules/system-user-quota/severity", schemaPath: "#/properties/rules/properties/system-user-quota/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err343];
                } else {
                  vErrors.push(err343);
                }
                errors++;
              }
              if (!(data125 === "off" || data125 === "notice" || data125 === "warn" || data125 === "error")) {
                const err344 = { instancePath: instancePath + "/rules/system-user-quota/severity", schemaPath: "#/properties/rules/properties/system-user-quota/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["system-user-quota"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err344];
                } else {
                  vErrors.push(err344);
                }
                errors++;
              }
            }
          } else {
            const err345 = { instancePath: instancePath + "/rules/system-user-quota", schemaPath: "#/properties/rules/properties/system-user-quota/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err345];
            } else {
              vErrors.push(err345);
            }
            errors++;
          }
          var _valid26 = _errs393 === errors;
          valid118 = valid118 || _valid26;
          if (!valid118) {
            const err346 = { instancePath: instancePath + "/rules/system-user-quota", schemaPath: "#/properties/rules/properties/system-user-quota/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err346];
            } else {
              vErrors.push(err346);
            }
            errors++;
          } else {
            errors = _errs390;
            if (vErrors !== null) {
              if (_errs390) {
                vErrors.length = _errs390;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["test-token-in-production"] !== void 0) {
          let data126 = data68["test-token-in-production"];
          const _errs399 = errors;
          let valid120 = false;
          const _errs400 = errors;
          if (typeof data126 !== "string") {
            const err347 = { instancePath: instancePath + "/rules/test-token-in-production", schemaPath: "#/properties/rules/properties/test-token-in-production/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err347];
            } else {
              vErrors.push(err347);
            }
            errors++;
          }
          if (!(data126 === "off" || data126 === "notice" || data126 === "warn" || data126 === "error")) {
            const err348 = { instancePath: instancePath + "/rules/test-token-in-production", schemaPath: "#/properties/rules/properties/test-token-in-production/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["test-token-in-production"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err348];
            } else {
              vErrors.push(err348);
            }
            errors++;
          }
          var _valid27 = _errs400 === errors;
          valid120 = valid120 || _valid27;
          const _errs402 = errors;
          if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
            for (const key40 in data126) {
              if (!(key40 === "severity")) {
                const err349 = { instancePath: instancePath + "/rules/test-token-in-production", schemaPath: "#/properties/rules/properties/test-token-in-production/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err349];
                } else {
                  vErrors.push(err349);
                }
                errors++;
              }
            }
            if (data126.severity !== void 0) {
              let data127 = data126.severity;
              if (typeof data127 !== "string") {
                const err350 = { instancePath: instancePath + "/rules/test-token-in-production/severity", schemaPath: "#/properties/rules/properties/test-token-in-production/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err350];
                } else {
                  vErrors.push(err350);
                }
                errors++;
              }
              if (!(data127 === "off" || data127 === "notice" || data127 === "warn" || data127 === "error")) {
                const err351 = { instancePath: instancePath + "/rules/test-token-in-production/severity", schemaPath: "#/properties/rules/properties/test-token-in-production/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["test-token-in-production"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err351];
                } else {
                  vErrors.push(err351);
                }
                errors++;
              }
            }
          } else {
            const err352 = { instancePath: instancePath + "/rules/test-token-in-production", schemaPath: "#/properties/rules/properties/test-token-in-production/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err352];
            } else {
              vErrors.push(err352);
            }
            errors++;
          }
          var _valid27 = _errs402 === errors;
          valid120 = valid120 || _valid27;
          if (!valid120) {
            const err353 = { instancePath: instancePath + "/rules/test-token-in-production", schemaPath: "#/properties/rules/properties/test-token-in-production/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err353];
            } else {
              vErrors.push(err353);
            }
            errors++;
          } else {
            errors = _errs399;
            if (vErrors !== null) {
              if (_errs399) {
                vErrors.length = _errs399;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["token-rotation"] !== void 0) {
          let data128 = data68["token-rotation"];
          const _errs408 = errors;
          let valid122 = false;
          const _errs409 = errors;
          if (typeof data128 !== "string") {
            const err354 = { instancePath: instancePath + "/rules/token-rotation", schemaPath: "#/properties/rules/properties/token-rotation/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err354];
            } else {
              vErrors.push(err354);
            }
            errors++;
          }
          if (!(data128 === "off" || data128 === "notice" || data128 === "warn" || data128 === "error")) {
            const err355 = { instancePath: instancePath + "/rules/token-rotation", schemaPath: "#/properties/rules/properties/token-rotation/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["token-rotation"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err355];
            } else {
              vErrors.push(err355);
            }
            errors++;
          }
          var _valid28 = _errs409 === errors;
          valid122 = valid122 || _valid28;
          const _errs411 = errors;
          if (data128 && typeof data128 == "object" && !Array.isArray(data128)) {
            for (const key41 in data128) {
              if (!(key41 === "severity" || key41 === "maxRotateEveryDays")) {
                const err356 = { instancePath: instancePath + "/rules/token-rotation", schemaPath: "#/properties/rules/properties/token-rotation/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err356];
                } else {
                  vErrors.push(err356);
                }
                errors++;
              }
            }
            if (data128.severity !== void 0) {
              let data129 = data128.severity;
              if (typeof data129 !== "string") {
                const err357 = { instancePath: instancePath + "/rules/token-rotation/severity", schemaPath: "#/properties/rules/properties/token-rotation/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err357];
                } else {
                  vErrors.push(err357);
                }
                errors++;
              }
              if (!(data129 === "off" || data129 === "notice" || data129 === "warn" || data129 === "error")) {
                const err358 = { instancePath: instancePath + "/rules/token-rotation/severity", schemaPath: "#/properties/rules/properties/token-rotation/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["token-rotation"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err358];
                } else {
                  vErrors.push(err358);
                }
                errors++;
              }
            }
            if (data128.maxRotateEveryDays !== void 0) {
              let data130 = data128.maxRotateEveryDays;
              if (!(typeof data130 == "number" && (!(data130 % 1) && !isNaN(data130)) && isFinite(data130))) {
                const err359 = { instancePath: instancePath + "/rules/token-rotation/maxRotateEveryDays", schemaPath: "#/properties/rules/properties/token-rotation/anyOf/1/properties/maxRotateEveryDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err359];
                } else {
                  vErrors.push(err359);
                }
                errors++;
              }
              if (typeof data130 == "number" && isFinite(data130)) {
                if (data130 < 1 || isNaN(data130)) {
                  const err360 = { instancePath: instancePath + "/rules/token-rotation/maxRotateEveryDays", schemaPath: "#/properties/rules/properties/token-rotation/anyOf/1/properties/maxRotateEveryDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err360];
                  } else {
                    vErrors.push(err360);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err361 = { instancePath: instancePath + "/rules/token-rotation", schemaPath: "#/properties/rules/properties/token-rotation/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err361];
            } else {
              vErrors.push(err361);
            }
            errors++;
          }
          var _valid28 = _errs411 === errors;
          valid122 = valid122 || _valid28;
          if (!valid122) {
            const err362 = { instancePath: instancePath + "/rules/token-rotation", schemaPath: "#/properties/rules/properties/token-rotation/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err362];
            } else {
              vErrors.push(err362);
            }
            errors++;
          } else {
            errors = _errs408;
            if (vErrors !== null) {
              if (_errs408) {
                vErrors.length = _errs408;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["unknown-permission"] !== void 0) {
          let data131 = data68["unknown-permission"];
          const _errs419 = errors;
          let valid124 = false;
          const _errs420 = errors;
          if (typeof data131 !== "string") {
            const err363 = { instancePath: instancePath + "/rules/unknown-permission", schemaPath: "#/properties/rules/properties/unknown-permission/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err363];
            } else {
              vErrors.push(err363);
            }
            errors++;
          }
          if (!(data131 === "off" || data131 === "notice" || data131 === "warn" || data131 === "error")) {
            const err364 = { instancePath: instancePath + "/rules/unknown-permission", schemaPath: "#/properties/rules/properties/unknown-permission/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["unknown-permission"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err364];
            } else {
              vErrors.push(err364);
            }
            errors++;
          }
          var _valid29 = _errs420 === errors;
          valid124 = valid124 || _valid29;
          const _errs422 = errors;
          if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
            for (const key42 in data131) {
              if (!(key42 === "severity" || key42 === "allow")) {
                const err365 = { instancePath: instancePath + "/rules/unknown-permission", schemaPath: "#/properties/rules/properties/unknown-permission/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err365];
                } else {
                  vErrors.push(err365);
                }
                errors++;
              }
            }
            if (data131.severity !== void 0) {
              let data132 = data131.severity;
              if (typeof data132 !== "string") {
                const err366 = { instancePath: instancePath + "/rules/unknown-permission/severity", schemaPath: "#/properties/rules/properties/unknown-permission/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err366];
                } else {
                  vErrors.push(err366);
                }
                errors++;
              }
              if (!(data132 === "off" || data132 === "notice" || data132 === "warn" || data132 === "error")) {
                const err367 = { instancePath: instancePath + "/rules/unknown-permission/severity", schemaPath: "#/properties/rules/properties/unknown-permission/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["unknown-permission"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err367];
                } else {
                  vErrors.push(err367);
                }
                errors++;
              }
            }
            if (data131.allow !== void 0) {
              let data133 = data131.allow;
              if (Array.isArray(data133)) {
                const len18 = data133.length;
                for (let i33 = 0; i33 < len18; i33++) {
                  let data134 = data133[i33];
                  if (typeof data134 === "string") {
                    if (!pattern7.test(data134)) {
                      const err368 = { instancePath: instancePath + "/rules/unknown-permission/allow/" + i33, schemaPath: "#/properties/rules/properties/unknown-permission/anyOf/1/properties/allow/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err368];
                      } else {
                        vErrors.push(err368);
                      }
                      errors++;
                    }
                  } else {
                    const err369 = { instancePath: instancePath + "/rules/unknown-permission/allow/" + i33, schemaPath: "#/properties/rules/properties/unknown-permission/anyOf/1/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err369];
                    } else {
                      vErrors.push(err369);
                    }
                    errors++;
                  }
                }
                let i34 = data133.length;
                let j15;
                if (i34 > 1) {
                  const indices15 = {};
                  for (; i34--; ) {
                    let item15 = data133[i34];
                    if (typeof item15 !== "string") {
                      continue;
                    }
                    if (typeof indices15[item15] == "number") {
                      j15 = indices15[item15];
                      const err370 = { instancePath: instancePath + "/rules/unknown-permission/allow", schemaPath: "#/properties/rules/properties/unknown-permission/anyOf/1/properties/allow/uniqueItems", keyword: "uniqueItems", params: { i: i34, j: j15 }, message: "must NOT have duplicate items (items ## " + j15 + " and " + i34 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err370];
                      } else {
                        vErrors.push(err370);
                      }
                      errors++;
                      break;
                    }
                    indices15[item15] = i34;
                  }
                }
              } else {
                const err371 = { instancePath: instancePath + "/rules/unknown-permission/allow", schemaPath: "#/properties/rules/properties/unknown-permission/anyOf/1/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err371];
                } else {
                  vErrors.push(err371);
                }
                errors++;
              }
            }
          } else {
            const err372 = { instancePath: instancePath + "/rules/unknown-permission", schemaPath: "#/properties/rules/properties/unknown-permission/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err372];
            } else {
              vErrors.push(err372);
            }
            errors++;
          }
          var _valid29 = _errs422 === errors;
          valid124 = valid124 || _valid29;
          if (!valid124) {
            const err373 = { instancePath: instancePath + "/rules/unknown-permission", schemaPath: "#/properties/rules/properties/unknown-permission/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err373];
            } else {
              vErrors.push(err373);
            }
            errors++;
          } else {
            errors = _errs419;
            if (vErrors !== null) {
              if (_errs419) {
                vErrors.length = _errs419;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["unused-permission"] !== void 0) {
          let data135 = data68["unused-permission"];
          const _errs432 = errors;
          let valid129 = false;
          const _errs433 = errors;
          if (typeof data135 !== "string") {
            const err374 = { instancePath: instancePath + "/rules/unused-permission", schemaPath: "#/properties/rules/properties/unused-permission/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err374];
            } else {
              vErrors.push(err374);
            }
            errors++;
          }
          if (!(data135 === "off" || data135 === "notice" || data135 === "warn" || data135 === "error")) {
            const err375 = { instancePath: instancePath + "/rules/unused-permission", schemaPath: "#/properties/rules/properties/unused-permission/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["unused-permission"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err375];
            } else {
              vErrors.push(err375);
            }
            errors++;
          }
          var _valid30 = _errs433 === errors;
          valid129 = valid129 || _valid30;
          const _errs435 = errors;
          if (data135 && typeof data135 == "object" && !Array.isArray(data135)) {
            for (const key43 in data135) {
              if (!(key43 === "severity")) {
                const err376 = { instancePath: instancePath + "/rules/unused-permission", schemaPath: "#/properties/rules/properties/unused-permission/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err376];
                } else {
                  vErrors.push(err376);
                }
                errors++;
              }
            }
            if (data135.severity !== void 0) {
              let data136 = data135.severity;
              if (typeof data136 !== "string") {
                const err377 = { instancePath: instancePath + "/rules/unused-permission/severity", schemaPath: "#/properties/rules/properties/unused-permission/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err377];
                } else {
                  vErrors.push(err377);
                }
                errors++;
              }
              if (!(data136 === "off" || data136 === "notice" || data136 === "warn" || data136 === "error")) {
                const err378 = { instancePath: instancePath + "/rules/unused-permission/severity", schemaPath: "#/properties/rules/properties/unused-permission/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["unused-permission"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err378];
                } else {
                  vErrors.push(err378);
                }
                errors++;
              }
            }
          } else {
            const err379 = { instancePath: instancePath + "/rules/unused-permission", schemaPath: "#/properties/rules/properties/unused-permission/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err379];
            } else {
              vErrors.push(err379);
            }
            errors++;
          }
          var _valid30 = _errs435 === errors;
          valid129 = valid129 || _valid30;
          if (!valid129) {
            const err380 = { instancePath: instancePath + "/rules/unused-permission", schemaPath: "#/properties/rules/properties/unused-permission/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err380];
            } else {
              vErrors.push(err380);
            }
            errors++;
          } else {
            errors = _errs432;
            if (vErrors !== null) {
              if (_errs432) {
                vErrors.length = _errs432;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["unused-suppression"] !== void 0) {
          let data137 = data68["unused-suppression"];
          const _errs441 = errors;
          let valid131 = false;
          const _errs442 = errors;
          if (typeof data137 !== "string") {
            const err381 = { instancePath: instancePath + "/rules/unused-suppression", schemaPath: "#/properties/rules/properties/unused-suppression/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err381];
            } else {
              vErrors.push(err381);
            }
            errors++;
          }
          if (!(data137 === "off" || data137 === "notice" || data137 === "warn" || data137 === "error")) {
            const err382 = { instancePath: instancePath + "/rules/unused-suppression", schemaPath: "#/properties/rules/properties/unused-suppression/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["unused-suppression"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err382];
            } else {
              vErrors.push(err382);
            }
            errors++;
          }
          var _valid31 = _errs442 === errors;
          valid131 = valid131 || _valid31;
          const _errs444 = errors;
          if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
            for (const key44 in data137) {
              if (!(key44 === "severity")) {
                const err383 = { instancePath: instancePath + "/rules/unused-suppression", schemaPath: "#/properties/rules/properties/unused-suppression/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err383];
                } else {
                  vErrors.push(err383);
                }
                errors++;
              }
            }
            if (data137.severity !== void 0) {
              let data138 = data137.severity;
              if (typeof data138 !== "string") {
                const err384 = { instancePath: instancePath + "/rules/unused-suppression/severity", schemaPath: "#/properties/rules/properties/unused-suppression/anyOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err384];
                } else {
                  vErrors.push(err384);
                }
                errors++;
              }
              if (!(data138 === "off" || data138 === "notice" || data138 === "warn" || data138 === "error")) {
                const err385 = { instancePath: instancePath + "/rules/unused-suppression/severity", schemaPath: "#/properties/rules/properties/unused-suppression/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["unused-suppression"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err385];
                } else {
                  vErrors.push(err385);
                }
                errors++;
              }
            }
          } else {
            const err386 = { instancePath: instancePath + "/rules/unused-suppression", schemaPath: "#/properties/rules/properties/unused-suppression/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err386];
            } else {
              vErrors.push(err386);
            }
            errors++;
          }
          var _valid31 = _errs444 === errors;
          valid131 = valid131 || _valid31;
          if (!valid131) {
            const err387 = { instancePath: instancePath + "/rules/unused-suppression", schemaPath: "#/properties/rules/properties/unused-suppression/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err387];
            } else {
              vErrors.push(err387);
            }
            errors++;
          } else {
            errors = _errs441;
            if (vErrors !== null) {
              if (_errs441) {
                vErrors.length = _errs441;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err388 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err388];
        } else {
          vErrors.push(err388);
        }
        errors++;
      }
    }
    if (data.scan !== void 0) {
      let data139 = data.scan;
      if (data139 && typeof data139 == "object" && !Array.isArray(data139)) {
        for (const key45 in data139) {
          if (!(key45 === "include" || key45 === "exclude" || key45 === "adminPaths")) {
            const err389 = { instancePath: instancePath + "/scan", schemaPath: "#/properties/scan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err389];
            } else {
              vErrors.push(err389);
            }
            errors++;
          }
        }
        if (data139.include !== void 0) {
          let data140 = data139.include;
          if (Array.isArray(data140)) {
            const len19 = data140.length;
            for (let i35 = 0; i35 < len19; i35++) {
              if (typeof data140[i35] !== "string") {
                const err390 = { instancePath: instancePath + "/scan/include/" + i35, schemaPath: "#/properties/scan/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err390];
                } else {
                  vErrors.push(err390);
                }
                errors++;
              }
            }
          } else {
            const err391 = { instancePath: instancePath + "/scan/include", schemaPath: "#/properties/scan/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err391];
            } else {
              vErrors.push(err391);
            }
            errors++;
          }
        }
        if (data139.exclude !== void 0) {
          let data142 = data139.exclude;
          if (Array.isArray(data142)) {
            const len20 = data142.length;
            for (let i36 = 0; i36 < len20; i36++) {
              if (typeof data142[i36] !== "string") {
                const err392 = { instancePath: instancePath + "/scan/exclude/" + i36, schemaPath: "#/properties/scan/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err392];
                } else {
                  vErrors.push(err392);
                }
                errors++;
              }
            }
          } else {
            const err393 = { instancePath: instancePath + "/scan/exclude", schemaPath: "#/properties/scan/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err393];
            } else {
              vErrors.push(err393);
            }
            errors++;
          }
        }
        if (data139.adminPaths !== void 0) {
          let data144 = data139.adminPaths;
          if (Array.isArray(data144)) {
            const len21 = data144.length;
            for (let i37 = 0; i37 < len21; i37++) {
              if (typeof data144[i37] !== "string") {
                const err394 = { instancePath: instancePath + "/scan/adminPaths/" + i37, schemaPath: "#/properties/scan/properties/adminPaths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err394];
                } else {
                  vErrors.push(err394);
                }
                errors++;
              }
            }
          } else {
            const err395 = { instancePath: instancePath + "/scan/adminPaths", schemaPath: "#/properties/scan/properties/adminPaths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err395];
            } else {
              vErrors.push(err395);
            }
            errors++;
          }
        }
      } else {
        const err396 = { instancePath: instancePath + "/scan", schemaPath: "#/properties/scan/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err396];
        } else {
          vErrors.push(err396);
        }
        errors++;
      }
    }
  } else {
    const err397 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err397];
    } else {
      vErrors.push(err397);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/suggest.ts
function levenshtein(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
function suggest(word, candidates) {
  const w = word.toLowerCase();
  let best;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = levenshtein(w, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

// src/manifest/validate.ts
function schemaAt(pointer) {
  let node = manifest_schema_default;
  for (const seg of pointer.replace(/^#\/?/, "").split("/").filter(Boolean)) {
    node = node && typeof node === "object" ? node[seg.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0;
  }
  return node && typeof node === "object" ? node : void 0;
}
function parentSchemaOf(e) {
  return schemaAt(e.schemaPath.slice(0, e.schemaPath.lastIndexOf("/")));
}
function toPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function dotted(path3) {
  let out = "";
  for (const seg of path3) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || "(document)";
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a map";
  if (typeof v === "string") return "a string";
  if (typeof v === "number") return "a number";
  return typeof v;
}
function valueAt(value, path3) {
  let cur = value;
  for (const seg of path3) cur = cur && typeof cur === "object" ? cur[seg] : void 0;
  return cur;
}
function validateManifest(value, doc) {
  const dates = calendarDateProblems(value);
  if (schema_validator_generated_default(value)) return dates;
  const out = [...dates];
  const seen = /* @__PURE__ */ new Set();
  const errors = schema_validator_generated_default.errors ?? [];
  const unionPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
  for (const e of errors) {
    if (e.keyword === "if") continue;
    if (e.keyword !== "anyOf" && unionPaths.some((p2) => e.instancePath.startsWith(p2) && e.schemaPath.includes("anyOf"))) continue;
    const p = describe(e, value, doc);
    if (!p) continue;
    const k = `${dotted(p.path)}|${p.key ? "k" : "v"}|${p.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out;
}
function calendarDateProblems(value) {
  const out = [];
  const users = value?.systemUsers;
  if (!Array.isArray(users)) return out;
  users.forEach((u, i) => {
    const d = u?.token?.lastRotated;
    if (typeof d === "string" && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(d) && !isValidDate(d)) {
      const path3 = ["systemUsers", i, "token", "lastRotated"];
      out.push({ path: path3, message: `\`${dotted(path3)}\` must be a real calendar date (YYYY-MM-DD), not \`${d}\`.` });
    }
  });
  return out;
}
function describe(e, value, doc) {
  const path3 = toPath(e.instancePath);
  const where = dotted(path3);
  const actual = valueAt(value, path3);
  const params = e.params;
  const schemaNode = parentSchemaOf(e);
  switch (e.keyword) {
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys(schemaNode?.properties ?? {});
      const near = suggest(extra, allowed);
      const inWhat = path3.length ? ` in \`${where}\`` : "";
      if (path3[0] === "rules" && path3.length === 1) {
        return {
          path: [...path3, extra],
          key: true,
          message: `Unknown rule \`${extra}\`${near ? ` — did you mean \`${near}\`?` : "."}`,
          suggestion: near ? `Rename it to \`${near}\`.` : "Run `graphguard rules` for the list of rule ids."
        };
      }
      return {
        path: [...path3, extra],
        key: true,
        message: `Unknown key \`${extra}\`${inWhat}${near ? ` — did you mean \`${near}\`?` : "."}`,
        suggestion: near ? `Rename it to \`${near}\`.` : `Allowed keys: ${allowed.join(", ")}.`
      };
    }
    case "required": {
      const missing = String(params.missingProperty);
      const extra = missing === "environment" ? " (required unless role is admin)" : "";
      return { path: path3, key: true, message: `Missing key \`${missing}\` in \`${where}\`${extra}.` };
    }
    case "type": {
      const expected = String(params.type);
      const pattern = schemaNode?.pattern;
      if (expected === "string" && typeof actual === "number" && typeof pattern === "string" && pattern.includes("[0-9]+")) {
        const src = sourceText(doc, path3) ?? String(actual);
        return {
          path: path3,
          message: `\`${where}\` must be a string of digits; quote it.`,
          suggestion: `Write ${path3[path3.length - 1]}: "${src}" — unquoted, large ids lose digits.`
        };
      }
      const article = expected === "array" ? "a list" : expected === "object" ? "a map" : `a ${expected}`;
      return { path: path3, message: `\`${where}\` must be ${article}, not ${typeName(actual)}.` };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const near = typeof actual === "string" ? suggest(actual, allowed) : void 0;
      return {
        path: path3,
        message: `\`${where}\` must be one of ${allowed.join(", ")}${typeof actual === "string" ? `, not \`${actual}\`` : ""}${near ? ` — did you mean \`${near}\`?` : "."}`
      };
    }
    case "const":
      return { path: path3, message: `\`${where}\` must be ${JSON.stringify(params.allowedValue)}.` };
    case "pattern": {
      const pattern = String(params.pattern);
      const hint = patternHint(pattern, String(path3[path3.length - 1] ?? ""));
      return { path: path3, message: `\`${where}\` ${hint}, not \`${String(actual)}\`.` };
    }
    case "propertyNames":
      return void 0;
    // reported by the pattern error on the name itself
    case "uniqueItems":
      return { path: [...path3, Number(params.j)], message: `\`${where}\` lists \`${String(valueAt(value, [...path3, Number(params.j)]))}\` twice.` };
    case "minItems":
      return { path: path3, message: `\`${where}\` must not be empty.` };
    case "minimum":
    case "maximum":
      return { path: path3, message: `\`${where}\` must be ${e.keyword === "minimum" ? "≥" : "≤"} ${String(params.limit)}.` };
    case "minLength":
      return { path: path3, message: `\`${where}\` must not be empty.` };
    case "anyOf":
      if (path3[0] === "rules" && path3.length === 2)
        return {
          path: path3,
          message: `\`${where}\` must be off, notice, warn or error, or a map { severity, ...options } with the rule's options.`,
          suggestion: `Run \`graphguard explain ${String(path3[1])}\` for its options.`
        };
      return { path: path3, message: `\`${where}\` is not valid here.` };
    default:
      return { path: path3, message: `\`${where}\` ${e.message ?? "is invalid"}.` };
  }
}
function patternHint(pattern, key) {
  if (pattern === "^[0-9]+$") return "must be a string of digits";
  if (pattern === "^(act_)?[0-9]+$") return "must be digits (ad accounts may be written act_<digits>)";
  if (pattern === "^[a-z0-9_-]+$") return "must use only a-z, 0-9, _ and -";
  if (pattern === "^[a-z][a-z0-9_]*$") return "must be a lower_snake_case name";
  if (pattern === "^[A-Z][A-Z0-9_]*$") return "must be an UPPER_CASE task name";
  if (pattern.startsWith("^v")) return "must look like v26.0";
  if (pattern.startsWith("^[0-9]{4}")) return "must be a date YYYY-MM-DD";
  if (key === "secret") return "must be the NAME of an env var / CI secret (letters, digits, _)";
  return `must match ${pattern}`;
}
function sourceText(doc, path3) {
  const node = doc?.().getIn(path3, true);
  if (isScalar(node) && typeof node.source === "string") return node.source;
  return void 0;
}

export {
  suggest,
  manifest_schema_default,
  writeFileSafe,
  readUserFile,
  existsNoFollow,
  processWriters,
  writeUserFile,
  MANIFEST_NAMES,
  MAX_MANIFEST_BYTES,
  findManifest,
  relPath,
  loadManifest,
  parseManifestText,
  validateManifest
};
