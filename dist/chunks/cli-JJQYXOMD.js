import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  ByteReader,
  ScanCode,
  compileNeedles,
  decodeSource,
  lastClassify,
  loadSource,
  ownsMatch,
  readSource,
  startPrefilter
} from "./chunk-KZTF2TUV.js";
import {
  secretHash
} from "./chunk-662ECVYU.js";
import {
  STARTER_MANIFEST
} from "./chunk-UIDSP3FH.js";
import {
  VERSION,
  atLeast,
  diffManifests,
  formatGithub,
  formatMarkdown,
  plural,
  sortAndDedupe
} from "./chunk-2IOA4TUU.js";
import {
  MANIFEST_NAMES,
  findManifest,
  loadManifest,
  manifest_schema_default,
  parseManifestText,
  suggest,
  validateManifest
} from "./chunk-XD7ZEOC5.js";
import {
  LineIndex
} from "./chunk-ULO5U5OZ.js";
import {
  existsNoFollow,
  readUserFile,
  writeUserFile
} from "./chunk-E7QVY5UU.js";
import {
  Secret,
  detectSecrets,
  findCredentialSpans,
  looksRandom,
  redact,
  redactSecretsInText,
  secretNeedles,
  secretRedactor
} from "./chunk-ZOBWM5CA.js";
import {
  allowedTasks,
  assetLabel,
  effectiveUseCases,
  normalizeAssetId,
  resolveAsset,
  usersWithIndex
} from "./chunk-JNJHE6UL.js";
import {
  require_dist
} from "./chunk-CZHTMZNB.js";
import {
  ConfigError
} from "./chunk-7JEDZB6T.js";
import {
  accessLevels,
  apiVersions,
  expandTasks,
  findVersion,
  getPermission,
  isImplicitPermission,
  isTaskBroader,
  knownPermission,
  latestVersion,
  permissions,
  roles,
  tasksByAssetType,
  useCases
} from "./chunk-3E22NL5A.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-NNX7IPQN.js";

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path5 = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path5.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close2 = chars[open];
          if (close2) {
            var n = str.indexOf(close2, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close2 = chars[open];
          if (close2) {
            var n = str.indexOf(close2, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check2 = strictCheck;
      if (options && options.strict === false) {
        check2 = relaxedCheck;
      }
      return check2(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits2 = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits2; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits: digits2 };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits2) {
      let [start = 0, stop = ""] = digits2;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff2 = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff2) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff2}}` : `0{${diff2}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts2, options, maxLen) => {
      parts2.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts2.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts2.positives.length) {
        positives = parts2.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts2.negatives.length) {
        negatives = `-(${prefix}${parts2.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange2 = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange2(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts2 = { negatives: [], positives: [] };
      let push = (num) => parts2[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts2, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange2(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: " ",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse2 = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse2;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse2 = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse2(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path5 = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR2 = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR: STAR2,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path5.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path5 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path5.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts2 = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base2 = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base2 && isGlob === true && lastIndex > 0) {
        base2 = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base2 = "";
        glob = str;
      } else {
        base2 = str;
      }
      if (base2 && base2 !== "" && base2 !== "/" && base2 !== str) {
        if (isPathSeparator(base2.charCodeAt(base2.length - 1))) {
          base2 = base2.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base2 && backslashes === true) {
          base2 = utils.removeBackslashes(base2);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base: base2,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts2.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts2.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel2 = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel2(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel2(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR: STAR2,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR: STAR2,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path5 = __require("path");
    var scan2 = require_scan();
    var parse2 = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path5.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan2(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path5 = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename = path5.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts: parts2 } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts2.length === 0) {
        parts2 = [pattern];
      }
      if (parts2[0].startsWith("/")) {
        parts2[0] = parts2[0].slice(1);
        parts2.unshift("");
      }
      return parts2;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative = [];
      for (const pattern of patterns) {
        if (isAbsolute(pattern)) {
          absolute.push(pattern);
        } else {
          relative.push(pattern);
        }
      }
      return [absolute, relative];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute(pattern) {
      return path5.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge22;
    function merge22() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge22 = require_merge2();
    function merge3(streams) {
      const mergedStream = merge22(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge3;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path5 = require_path();
    exports.path = path5;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base2 = utils.pattern.getBaseDirectory(pattern);
        if (base2 in collection) {
          collection[base2].push(pattern);
        } else {
          collection[base2] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base2) => {
        return convertPatternGroupToTask(base2, positive[base2], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base2, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base: base2,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path5, settings, callback) {
      settings.fs.lstat(path5, (lstatError, lstat2) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat2);
          return;
        }
        settings.fs.stat(path5, (statError, stat) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat2);
            return;
          }
          if (settings.markSymbolicLink) {
            stat.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path5, settings) {
      const lstat2 = settings.fs.lstatSync(path5);
      if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat2;
      }
      try {
        const stat = settings.fs.statSync(path5);
        if (settings.markSymbolicLink) {
          stat.isSymbolicLink = () => true;
        }
        return stat;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat2;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat(path5, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path5, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path5, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat;
    function statSync(path5, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path5, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path5 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path5, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path: path5,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path5 = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path5.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path5, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path5, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path5, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path5, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path5, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current2 = head;
        if (current2.next) {
          head = current2.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current2.next = null;
        return current2;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache3 = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current2 = queueHead;
        var counter = 0;
        while (current2) {
          current2 = current2.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current2 = queueHead;
        var tasks = [];
        while (current2) {
          tasks.push(current2.value);
          current2 = current2.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current2 = cache3.get();
        current2.context = context;
        current2.release = release;
        current2.value = value;
        current2.callback = done || noop;
        current2.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current2;
            queueTail = current2;
          } else {
            queueHead = current2;
            queueTail = current2;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current2.value, current2.worked);
        }
      }
      function unshift(value, done) {
        var current2 = cache3.get();
        current2.context = context;
        current2.release = release;
        current2.value = value;
        current2.callback = done || noop;
        current2.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current2.next = queueHead;
            queueHead = current2;
          } else {
            queueHead = current2;
            queueTail = current2;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current2.value, current2.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache3.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current2 = queueHead;
        queueHead = null;
        queueTail = null;
        while (current2) {
          var next = current2.next;
          var callback = current2.callback;
          var errorHandler2 = current2.errorHandler;
          var val = current2.value;
          var context2 = current2.context;
          current2.value = null;
          current2.callback = noop;
          current2.errorHandler = null;
          current2.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache3.release(current2);
          current2 = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base2) {
        const queueItem = { directory, base: base2 };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base2) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base2 !== void 0) {
          entry.path = common.joinPathSegments(base2, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base2 === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base2) {
        this._queue.add({ directory, base: base2 });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base2) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base2);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base2) {
        const fullpath = entry.path;
        if (base2 !== void 0) {
          entry.path = common.joinPathSegments(base2, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base2 === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path5 = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path5.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path5 = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path5.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts2 = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts2.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts2 = filepath.split("/");
        const levels = parts2.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts2.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path5 = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path5.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// src/cli.ts
import { existsSync } from "node:fs";
import path4 from "node:path";
import { parseArgs } from "node:util";

// src/rule.ts
function defineRule(rule) {
  return rule;
}
function fillTemplate(template, data = {}, ruleId = "?") {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    const v = data[name];
    if (v === void 0) throw new Error(`rule ${ruleId}: no value for placeholder {{${name}}}`);
    return String(v);
  });
}
function renderMessage(rule, messageId, data) {
  const t = rule.messages[messageId];
  if (t === void 0) throw new Error(`rule ${rule.id}: unknown messageId "${messageId}"`);
  if (typeof t === "string") return { message: fillTemplate(t, data, rule.id) };
  return {
    message: fillTemplate(t.message, data, rule.id),
    ...t.suggestion !== void 0 ? { suggestion: fillTemplate(t.suggestion, data, rule.id) } : {}
  };
}

// rules/admin-scope.ts
var ADMIN_PERMISSIONS = new Set(
  Object.values(useCases).filter((uc) => uc.adminOnly).flatMap((uc) => [...uc.permissions.required, ...uc.permissions.optional])
);
var ADMIN_USE_CASES = Object.entries(useCases).filter(([, uc]) => uc.adminOnly).map(([id]) => id);
var admin_scope_default = defineRule({
  id: "admin-scope",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Forbid app use cases, environments, asset grants and non-admin permissions on the admin system user.",
  rationale: 'Meta: "You should create one system user for each type of access you need. Use the admin system user to programmatically maintain the right roles. This way, if a system user token is compromised, it has limited scope." An admin system user reaches every asset of the business by design, so giving it app use cases, an environment or asset grants means the app calls the API with the one token that can do everything. Its token needs business_management and nothing else; app work belongs to system users (role system_user) with their own tokens. Conversely, the admin-only use cases (business_admin) are not for a system user.',
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/business-management-apis/system-users/create-retrieve-update"
  ],
  messages: {
    useCase: {
      message: "Admin system user {{user}} has the app use case {{useCase}}; the admin system user is for administrative actions only.",
      suggestion: "Remove {{useCase}} here and give that work to a system user (role: system_user) with its own token."
    },
    environment: {
      message: "Admin system user {{user}} declares environment {{environment}}; an admin reaches every asset of the business, test and production alike.",
      suggestion: "Remove environment: from the admin, and declare a separate {{environment}} system user for the app."
    },
    grant: {
      message: "Admin system user {{user}} is granted {{tasks}} on {{asset}}; admins reach every asset by design, and grants for app API calls belong to a system user.",
      suggestion: "Remove the grant here and grant the tasks to a system user (role: system_user)."
    },
    permission: {
      message: "Admin system user {{user}} holds {{permission}}; the admin token needs {{allowed}} only.",
      suggestion: "Remove {{permission}} from the admin, and give it to the system user whose use case needs it."
    },
    sharedSecret: {
      message: "Admin system user {{admin}} and system user {{user}} share the token secret {{secret}}, so the app would call the API with the admin token.",
      suggestion: "Give {{user}} its own token in its own secret."
    },
    adminOnlyUseCase: {
      message: "System user {{user}} has the admin-only use case {{useCase}}, but its role is system_user.",
      suggestion: "Leave administration to the admin system user (role: admin); for read-only access use business_audit."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    const adminOnly = (id) => ADMIN_USE_CASES.includes(id) || catalogue[id]?.adminOnly === true;
    const adminSecrets = /* @__PURE__ */ new Map();
    for (const [user] of usersWithIndex(m)) if (user.role === "admin" && user.token) adminSecrets.set(user.token.secret, user.name);
    for (const [user, ui] of usersWithIndex(m)) {
      const p = ["systemUsers", ui];
      if (user.role !== "admin") {
        (user.useCases ?? []).forEach((uc, ci) => {
          if (adminOnly(uc)) ctx.report({ messageId: "adminOnlyUseCase", path: [...p, "useCases", ci], data: { user: user.name, useCase: uc } });
        });
        const admin = user.token ? adminSecrets.get(user.token.secret) : void 0;
        if (admin !== void 0)
          ctx.report({ messageId: "sharedSecret", path: [...p, "token", "secret"], data: { admin, user: user.name, secret: user.token.secret } });
        continue;
      }
      (user.useCases ?? []).forEach((uc, ci) => {
        if (!catalogue[uc] || adminOnly(uc)) return;
        ctx.report({ messageId: "useCase", path: [...p, "useCases", ci], data: { user: user.name, useCase: uc } });
      });
      if (user.environment !== void 0)
        ctx.report({ messageId: "environment", path: [...p, "environment"], data: { user: user.name, environment: user.environment } });
      (user.permissions ?? []).forEach((perm, pi) => {
        if (ADMIN_PERMISSIONS.has(perm)) return;
        ctx.report({
          messageId: "permission",
          path: [...p, "permissions", pi],
          data: { user: user.name, permission: perm, allowed: [...ADMIN_PERMISSIONS].join(", ") }
        });
      });
      (user.assets ?? []).forEach((grant, gi) => {
        const r = resolveAsset(m, grant.asset);
        ctx.report({
          messageId: "grant",
          path: [...p, "assets", gi],
          data: { user: user.name, tasks: grant.tasks.join(", "), asset: r ? assetLabel(r.asset) : grant.asset }
        });
      });
    }
  }
});

// src/scan/code-model.ts
import { createHash } from "node:crypto";

// src/glob.ts
var globStats = { steps: 0 };
var LIT = 0;
var ONE = 1;
var STAR = 2;
var CLASS = 3;
var ANY = 4;
var EPS = 5;
var SLASH = 47;
function consumes(it, c) {
  switch (it.kind) {
    case LIT:
      return it.code === c;
    case ONE:
    case STAR:
      return c !== SLASH;
    case ANY:
      return true;
    case EPS:
      return false;
    default: {
      if (c === SLASH) return false;
      const r = it.ranges;
      let inside = false;
      for (let k = 0; k < r.length; k += 2) {
        if (c >= r[k] && c <= r[k + 1]) {
          inside = true;
          break;
        }
      }
      return inside !== it.negate;
    }
  }
}
function close(nfa, set) {
  const { items, skip } = nfa;
  const m = items.length;
  for (let i = 0; i < m; i++) {
    if (set[i] !== 1) continue;
    const k = items[i].kind;
    if (k === STAR || k === ANY || k === EPS) set[i + 1] = 1;
    const j = skip[i];
    if (j > 0) set[j] = 1;
  }
  globStats.steps += m + 1;
}
function runNfa(nfa, text, prefixes = false) {
  const m = nfa.items.length;
  let cur = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  cur[0] = 1;
  close(nfa, cur);
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (prefixes && c === SLASH && cur[m] === 1) return true;
    next.fill(0);
    let alive = false;
    for (let i = 0; i < m; i++) {
      if (cur[i] !== 1) continue;
      const it = nfa.items[i];
      if (!consumes(it, c)) continue;
      alive = true;
      if (it.kind === STAR || it.kind === ANY) next[i] = 1;
      else next[i + 1] = 1;
    }
    globStats.steps += m + 1;
    if (!alive) return false;
    close(nfa, next);
    const t = cur;
    cur = next;
    next = t;
  }
  return cur[m] === 1;
}
function compileGlob(glob, gitignore = false) {
  const items = [];
  const skips = [];
  const segs = glob.split("/");
  let needSlash = false;
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s];
    const last = s === segs.length - 1;
    if (seg === "**") {
      if (!last && segs[s + 1] === "**") continue;
      const from = items.length;
      if (last) {
        if (needSlash && gitignore) {
          items.push({ kind: LIT, code: SLASH }, { kind: ONE, code: 0 }, { kind: ANY, code: 0 });
        } else if (needSlash) {
          items.push({ kind: EPS, code: 0 }, { kind: LIT, code: SLASH }, { kind: ANY, code: 0 });
          skips.push([from, items.length]);
        } else {
          items.push({ kind: ANY, code: 0 });
        }
      } else if (needSlash) {
        items.push({ kind: EPS, code: 0 }, { kind: LIT, code: SLASH }, { kind: ANY, code: 0 });
        skips.push([from, items.length]);
        items.push({ kind: LIT, code: SLASH });
      } else {
        items.push({ kind: EPS, code: 0 }, { kind: ANY, code: 0 }, { kind: LIT, code: SLASH });
        skips.push([from, items.length]);
      }
      needSlash = false;
      continue;
    }
    if (needSlash) items.push({ kind: LIT, code: SLASH });
    segmentItems(seg, items);
    needSlash = true;
  }
  const skip = new Int32Array(items.length + 1);
  for (const [a, b] of skips) skip[a] = b;
  return { items, skip };
}
function segmentItems(seg, items) {
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === "\\" && i + 1 < seg.length) {
      items.push({ kind: LIT, code: seg.charCodeAt(++i) });
    } else if (c === "*") {
      while (seg[i + 1] === "*") i++;
      if (items.length > 0 && items[items.length - 1].kind === STAR) continue;
      items.push({ kind: STAR, code: 0 });
    } else if (c === "?") {
      items.push({ kind: ONE, code: 0 });
    } else if (c === "[") {
      const cls = parseClass(seg, i);
      if (!cls) {
        items.push({ kind: LIT, code: 91 });
        continue;
      }
      items.push({ kind: CLASS, code: 0, ranges: cls.ranges, negate: cls.negate });
      i = cls.end;
    } else {
      items.push({ kind: LIT, code: seg.charCodeAt(i) });
    }
  }
}
function parseClass(seg, open) {
  let i = open + 1;
  let negate = false;
  if (seg[i] === "!" || seg[i] === "^") {
    negate = true;
    i++;
  }
  const ranges = [];
  let first = true;
  for (; i < seg.length; i++) {
    let c = seg[i];
    if (c === "]" && !first) return { ranges, negate, end: i };
    first = false;
    if (c === "\\" && i + 1 < seg.length) c = seg[++i];
    let lo = c.charCodeAt(0);
    let hi = lo;
    if (seg[i + 1] === "-" && i + 2 < seg.length && seg[i + 2] !== "]") {
      let h = seg[i + 2];
      i += 2;
      if (h === "\\" && i + 1 < seg.length) h = seg[++i];
      hi = h.charCodeAt(0);
      if (hi < lo) [lo, hi] = [hi, lo];
    }
    ranges.push(lo, hi);
  }
  return void 0;
}
var MAX_BRACE_EXPANSIONS = 256;
function compileGlobs(patterns) {
  const compiled = patterns.map((p) => p.trim()).filter((p) => p.length > 0).map((p) => {
    const negate = p.startsWith("!");
    const body = (negate ? p.slice(1) : p).replace(/^(?:\.\/)+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
    return { negate, alternatives: expandBraces(body).map((g) => compileGlob(g)) };
  });
  if (compiled.length === 0) return () => false;
  return (rel) => {
    let matched = false;
    for (const c of compiled) {
      if (matched !== c.negate) continue;
      if (c.alternatives.some((nfa) => runNfa(nfa, rel, true))) matched = !c.negate;
    }
    return matched;
  };
}
function expandBraces(glob) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "{") {
      if (depth === 0) open = i;
      depth++;
    } else if (c === "}" && depth > 0) {
      depth--;
      if (depth === 0) {
        const options = splitTopLevel(glob.slice(open + 1, i));
        if (options.length < 2) continue;
        const head = glob.slice(0, open);
        const tails = expandBraces(glob.slice(i + 1));
        const out = [];
        for (const o2 of options) {
          for (const x of expandBraces(o2)) {
            for (const t of tails) {
              out.push(head + x + t);
              if (out.length >= MAX_BRACE_EXPANSIONS) return out;
            }
          }
        }
        return out;
      }
    }
  }
  return [glob];
}
function splitTopLevel(s) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") {
      cur += c + (s[i + 1] ?? "");
      i++;
    } else if (c === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else {
      if (c === "{") depth++;
      if (c === "}") depth--;
      cur += c;
    }
  }
  out.push(cur);
  return out;
}
function parseIgnoreLine(raw) {
  let line = raw;
  if (line === "" || line.startsWith("#")) return void 0;
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "	")) end--;
  if (end < line.length && end > 0 && line[end - 1] === "\\") end++;
  line = line.slice(0, end);
  let negate = false;
  if (line.startsWith("!")) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith("/")) {
    dirOnly = true;
    line = line.replace(/\/+$/, "");
  }
  if (line === "") return void 0;
  const anchored = line.includes("/");
  line = line.replace(/^\/+/, "");
  return { nfa: compileGlob(line, true), negate, dirOnly, basename: !anchored };
}
var GitignoreMatcher = class {
  byDir = /* @__PURE__ */ new Map();
  dirCache = /* @__PURE__ */ new Map();
  /** Adds the content of the `.gitignore` in `dir` (relative, `/` separators, '' or '.' for the root). */
  add(dir, content) {
    const key = dir === "." ? "" : dir.replace(/\/+$/, "");
    const rules2 = this.byDir.get(key) ?? [];
    for (const raw of content.split(/\r?\n/)) {
      const rule = parseIgnoreLine(raw);
      if (rule) rules2.push(rule);
    }
    this.byDir.set(key, rules2);
    this.dirCache.clear();
  }
  /** Whether `rel` (relative to the root, `/` separators) is ignored, its parent directories included. */
  ignores(rel, isDir) {
    let slash = rel.indexOf("/");
    while (slash !== -1) {
      const dir = rel.slice(0, slash);
      let ignored = this.dirCache.get(dir);
      if (ignored === void 0) {
        ignored = this.decide(dir, true);
        this.dirCache.set(dir, ignored);
      }
      if (ignored) return true;
      slash = rel.indexOf("/", slash + 1);
    }
    return this.decide(rel, isDir);
  }
  decide(rel, isDir) {
    let ignored = false;
    const base2 = rel.slice(rel.lastIndexOf("/") + 1);
    let from = 0;
    for (; ; ) {
      const dir = from === 0 ? "" : rel.slice(0, from - 1);
      const rules2 = this.byDir.get(dir);
      if (rules2) {
        const sub = rel.slice(from);
        for (const r of rules2) {
          if (r.dirOnly && !isDir) continue;
          if (ignored !== r.negate) continue;
          if (runNfa(r.nfa, r.basename ? base2 : sub)) ignored = !r.negate;
        }
      }
      const slash = rel.indexOf("/", from);
      if (slash === -1) break;
      from = slash + 1;
    }
    return ignored;
  }
};

// src/scan/code-model.ts
var cache = /* @__PURE__ */ new WeakMap();
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function codeModel(manifest) {
  let m = cache.get(manifest);
  if (m) return m;
  const owners = [];
  for (const u of manifest.systemUsers ?? []) {
    const name = u.token?.secret;
    if (typeof name !== "string" || !NAME.test(name)) continue;
    owners.push({ name, user: u.name, role: u.role, ...u.environment ? { environment: u.environment } : {} });
  }
  const adminPaths = manifest.scan?.adminPaths ?? [];
  const matcher = adminPaths.length > 0 ? compileGlobs(adminPaths) : () => false;
  const byName = /* @__PURE__ */ new Map();
  for (const o2 of owners) if (!byName.has(o2.name)) byName.set(o2.name, o2);
  m = {
    owners,
    admin: owners.filter((o2) => o2.role === "admin"),
    test: owners.filter((o2) => o2.role !== "admin" && o2.environment === "test"),
    production: owners.filter((o2) => o2.role !== "admin" && o2.environment === "production"),
    byName,
    isAdminPath: matcher,
    adminPaths
  };
  cache.set(manifest, m);
  return m;
}
var PROSE = /\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt)$/i;
function isProseFile(rel) {
  return PROSE.test(rel);
}
var PROD_WORDS = /* @__PURE__ */ new Set(["production", "prod", "prd"]);
var TEST_WORDS = /* @__PURE__ */ new Set(["test", "testing", "sandbox"]);
function environmentOfName(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (words.some((w) => PROD_WORDS.has(w))) return "production";
  if (words.some((w) => TEST_WORDS.has(w))) return "test";
  return void 0;
}
var ANCHOR_WINDOW = 120;
function lineAnchor(text, start, end, extra = "") {
  const ls = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - ANCHOR_WINDOW);
  let le = text.indexOf("\n", end);
  if (le === -1) le = text.length;
  le = Math.min(le, end + ANCHOR_WINDOW);
  return createHash("sha256").update(`${extra}\0${text.slice(ls, le).trim()}`).digest("hex").slice(0, 32);
}

// src/scan/references.ts
var Q = `(["'\`])`;
var FORMS = [
  { form: "process.env", before: /\bprocess\.env\??\.$/ },
  { form: "process.env", before: new RegExp(`\\bprocess\\.env\\??\\.?\\[\\s*${Q}$`), quoted: true },
  { form: "import.meta.env", before: /\bimport\.meta\.env\??\.$/ },
  { form: "deno-env", before: new RegExp(`\\bDeno\\.env\\.get\\(\\s*${Q}$`), quoted: true },
  { form: "bun-env", before: /\bBun\.env\??\.$/ },
  { form: "python-environ", before: new RegExp(`\\benviron(?:\\.get|\\.setdefault|\\.pop)?\\s*[[(]\\s*${Q}$`), quoted: true },
  { form: "go-getenv", before: /\bos\.(?:Getenv|LookupEnv)\(\s*(")$/, quoted: true },
  { form: "java-getenv", before: /\bSystem\.getenv\(\s*(")$/, quoted: true },
  { form: "dotnet-getenv", before: /\bEnvironment\.GetEnvironmentVariable\(\s*(")$/, quoted: true },
  { form: "rust-env", before: /\benv::var(?:_os)?\(\s*(")$/, quoted: true },
  { form: "getenv", before: new RegExp(`\\bgetenv\\(\\s*${Q}$`), quoted: true },
  { form: "ruby-env", before: new RegExp(`\\bENV(?:\\.fetch\\(|\\[)\\s*${Q}$`), quoted: true },
  { form: "php-env", before: new RegExp(`\\$_(?:ENV|SERVER)\\[\\s*${Q}$`), quoted: true },
  { form: "env-helper", before: new RegExp(`(?<![\\w.$])env\\(\\s*${Q}$`), quoted: true },
  { form: "actions-secrets", before: /\bsecrets\.$/ },
  { form: "actions-secrets", before: new RegExp(`\\bsecrets\\[\\s*${Q}$`), quoted: true },
  { form: "actions-env", before: /(?<![\w.$])env\.$/ },
  { form: "powershell", before: /\$env:$/i },
  { form: "shell", before: /(?<!\$)\$\{$/, after: /^(?:[}:#%/^,@]|-|\+|\?|=)/ },
  { form: "shell", before: /(?<![$\\])\$$/ },
  { form: "cmd", before: /(?<![%\w])%$/, after: /^%/ }
];
var NAME_CHAR = /[A-Za-z0-9_]/;
var ENV_PARENT_KEY = /^\s*(?:-\s+)?["']?(env|environment|secrets|variables|vars|envs|extraEnv|extra_env)["']?\s*:\s*(?:#.*)?$/;
function findSecretReferences(text, names) {
  const wanted = [...new Set(names.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)))];
  if (wanted.length === 0) return [];
  wanted.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![A-Za-z0-9_])(?:${wanted.join("|")})(?![A-Za-z0-9_])`, "g");
  const out = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const name = m[0];
    const end = start + name.length;
    const form = classify(text, start, end);
    if (form) out.push({ name, start, end, form });
  }
  return out;
}
function referenceNeedles(names) {
  return [...new Set(names)].map((text) => ({ text }));
}
function classify(text, start, end) {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 8);
  for (const f of FORMS) {
    const b = f.before.exec(before);
    if (!b) continue;
    if (f.quoted && !after.startsWith(b[1] ?? "")) continue;
    if (f.after && !f.after.test(after)) continue;
    return f.form;
  }
  return classifyLine(text, start, end);
}
function classifyLine(text, start, end) {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  const prefix = text.slice(ls, start);
  const rest = text.slice(end, end + 4);
  const dash = /^\s*-\s/.test(prefix);
  if (/^\s*(?:-\s+)?["']?$/.test(prefix) && /^["']?\s*:(?:\s|$)/.test(rest)) {
    return yamlParentIsEnv(text, ls, indentOf(prefix), dash) ? "yaml-env-key" : void 0;
  }
  if (/^\s*-\s+["']?$/.test(prefix) && rest.startsWith("=")) {
    return yamlParentIsEnv(text, ls, indentOf(prefix), true) ? "yaml-env-key" : void 0;
  }
  if (/^\s*(?:-\s+)?name\s*:\s*["']?$/.test(prefix) && !NAME_CHAR.test(rest[0] ?? "")) {
    return yamlParentIsEnv(text, ls, indentOf(prefix), dash) ? "yaml-env-name" : void 0;
  }
  if (/^\s*(?:export\s+|ENV\s+|ARG\s+)?$/.test(prefix) && rest.startsWith("=")) return "dotenv-assignment";
  return void 0;
}
function yamlParentIsEnv(text, lineStart, indent, dash) {
  let end = lineStart - 1;
  for (let n = 0; n < 500 && end > 0; n++) {
    const s = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(s, end);
    end = s - 1;
    if (line.trim() === "" || /^\s*#/.test(line)) continue;
    const ind = indentOf(line);
    const isDash = /^\s*-(?:\s|$)/.test(line);
    if (dash) {
      if (ind > indent || ind === indent && isDash) continue;
      return ENV_PARENT_KEY.test(line);
    }
    if (ind >= indent) continue;
    if (isDash) {
      indent = ind;
      dash = true;
      continue;
    }
    return ENV_PARENT_KEY.test(line);
  }
  return false;
}
function indentOf(s) {
  const m = /^[ \t]*/.exec(s);
  return m ? m[0].length : 0;
}

// src/scan/workflows.ts
var import_yaml = __toESM(require_dist(), 1);
function parseWorkflow(text) {
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: false, strict: false, prettyErrors: false });
  } catch {
    return null;
  }
  if (doc.errors.length > 0 || !(0, import_yaml.isMap)(doc.contents)) return null;
  const jobsPair = doc.contents.items.find((p) => scalarKey(p) === "jobs");
  if (!jobsPair || !(0, import_yaml.isMap)(jobsPair.value)) return null;
  const jobs = [];
  for (const pair of jobsPair.value.items) {
    const id = scalarKey(pair);
    if (id === void 0 || !(0, import_yaml.isPair)(pair)) continue;
    const keyRange = pair.key?.range;
    const valueRange = pair.value?.range;
    const start = keyRange?.[0] ?? valueRange?.[0];
    const end = valueRange?.[1] ?? keyRange?.[1];
    if (start === void 0 || end === void 0) continue;
    const job = { id, start, end };
    const env = (0, import_yaml.isMap)(pair.value) ? pair.value.items.find((p) => scalarKey(p) === "environment") : void 0;
    const envNode = env ? (0, import_yaml.isMap)(env.value) ? env.value.items.find((p) => scalarKey(p) === "name")?.value : env.value : void 0;
    if ((0, import_yaml.isScalar)(envNode) && typeof envNode.value === "string" && envNode.range && !envNode.value.includes("${{")) {
      const name = envNode.value.trim();
      if (name) job.environment = { name, ...valueSpan(text, envNode.range) };
    }
    jobs.push(job);
  }
  return { jobs };
}
function jobAt(parsed, offset) {
  const job = parsed.jobs.find((j) => offset >= j.start && offset < j.end);
  return job ? [job] : parsed.jobs;
}
function isWorkflowPath(path5) {
  return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path5.replace(/\\/g, "/"));
}
var PROD_WORDS2 = /* @__PURE__ */ new Set(["production", "prod", "prd"]);
var TEST_WORDS2 = /* @__PURE__ */ new Set(["test", "testing", "sandbox"]);
var DEPLOY_DIRS = /* @__PURE__ */ new Set([
  "deploy",
  "deployment",
  "deployments",
  "environments",
  "environment",
  "envs",
  "env",
  "k8s",
  "kubernetes",
  "helm",
  "charts",
  "overlays",
  "terraform",
  "infra",
  "infrastructure",
  "ops",
  "stages"
]);
var CONFIG_EXT = /\.(?:ya?ml|json|toml|ini|env|tfvars|tf|hcl|properties|conf|cfg)$/i;
function environmentOfPath(path5) {
  const segs = path5.replace(/\\/g, "/").split("/").filter((s) => s && s !== ".");
  const base2 = segs.pop() ?? "";
  const lower = base2.toLowerCase();
  const dotenv = /^\.env\.([a-z]+)(?:\.|$)/.exec(lower);
  if (dotenv) {
    if (PROD_WORDS2.has(dotenv[1] ?? "")) return "production";
    if (TEST_WORDS2.has(dotenv[1] ?? "")) return "test";
  }
  let underDeploy = false;
  let test = false;
  for (const seg of segs) {
    const head = seg.toLowerCase().split(/[-_.]/)[0] ?? "";
    if (PROD_WORDS2.has(head)) return "production";
    if (TEST_WORDS2.has(head) && (underDeploy || head === "sandbox")) test = true;
    if (DEPLOY_DIRS.has(seg.toLowerCase())) underDeploy = true;
  }
  if (CONFIG_EXT.test(lower)) {
    const parts2 = lower.split(/[-_.]/);
    if (parts2.some((p) => PROD_WORDS2.has(p))) return "production";
    if (parts2.includes("sandbox") || underDeploy && parts2.some((p) => TEST_WORDS2.has(p))) test = true;
  }
  return test ? "test" : void 0;
}
var ENV_KEY_LINE = /^["']?(?:environment|env|stage|ENVIRONMENT|APP_ENV|NODE_ENV|RAILS_ENV|RACK_ENV|DEPLOY_ENV)["']?[ \t]*[:=][ \t]*["']?([A-Za-z]+)["']?[ \t]*(?:#.*)?$/gm;
function environmentOfContent(text) {
  let test = false;
  for (const m of text.matchAll(ENV_KEY_LINE)) {
    const v = (m[1] ?? "").toLowerCase();
    if (PROD_WORDS2.has(v)) return "production";
    if (TEST_WORDS2.has(v)) test = true;
  }
  return test ? "test" : void 0;
}
function environmentOfFile(path5, text) {
  const byPath = environmentOfPath(path5);
  if (byPath) return byPath;
  const base2 = path5.split("/").pop() ?? "";
  if (/\.ya?ml$/i.test(base2) || /^\.env(?:\.|$)/i.test(base2) || /\.env$/i.test(base2)) return environmentOfContent(text);
  return void 0;
}
function scalarKey(p) {
  if (!(0, import_yaml.isPair)(p)) return void 0;
  const k = p.key;
  return (0, import_yaml.isScalar)(k) && (typeof k.value === "string" || typeof k.value === "number") ? String(k.value) : void 0;
}
function valueSpan(text, range) {
  let [start, end] = range;
  const q = text[start];
  if ((q === '"' || q === "'") && text[end - 1] === q && end - start >= 2) {
    start++;
    end--;
  }
  return { start, end };
}

// rules/admin-token-in-code.ts
var admin_token_in_code_default = defineRule({
  id: "admin-token-in-code",
  kind: "code",
  defaultSeverity: "error",
  description: "Forbid references to the admin system user's token secret in app code and workflows outside scan.adminPaths.",
  rationale: 'Meta: "You should create one system user for each type of access you need. Use the admin system user to programmatically maintain the right roles. This way, if a system user token is compromised, it has limited scope." The admin system user reaches every asset of the business, so its token belongs to the few scripts that administer the business (declared in `scan.adminPaths`), never to the app, its deploy configs or its CI jobs, where every dependency, log line and workflow is a way out. The rule finds the admin token\'s secret name used in code (`process.env.X`, `os.environ["X"]`, `secrets.X` in a workflow, `X=` in a dotenv file, `X:` under `env:`, and the other forms in docs/scan.md). The manifest and prose files (Markdown, text: a runbook naming the secret) are not uses.',
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  messages: {
    inCode: {
      message: "App code uses {{name}}, the token secret of admin system user {{user}}, outside scan.adminPaths.",
      suggestion: "Use the token of a system user with only the access this code needs; keep {{name}} to admin tooling and list its location in scan.adminPaths ({{adminPaths}})."
    },
    inWorkflow: {
      message: "Workflow job {{job}} uses {{name}}, the token secret of admin system user {{user}}, outside scan.adminPaths.",
      suggestion: "Give job {{job}} the token of a system user with only the access it needs; if this workflow administers the business, list it in scan.adminPaths ({{adminPaths}})."
    }
  },
  // A reference names the admin token's secret.
  needles: (ctx) => ctx.manifest ? referenceNeedles(codeModel(ctx.manifest).admin.map((o2) => o2.name)) : [],
  checkFile(ctx) {
    if (!ctx.manifest) return;
    const path5 = ctx.file.path;
    if (path5 === ctx.manifestFile || isProseFile(path5)) return;
    const model = codeModel(ctx.manifest);
    if (model.admin.length === 0 || model.isAdminPath(path5)) return;
    const text = ctx.file.text;
    const refs = findSecretReferences(
      text,
      model.admin.map((o2) => o2.name)
    );
    if (refs.length === 0) return;
    const adminPaths = model.adminPaths.length ? model.adminPaths.join(", ") : "none declared";
    const workflow = isWorkflowPath(path5) ? parseWorkflow(text) : null;
    for (const ref of refs) {
      const owner = model.byName.get(ref.name);
      const data = { name: ref.name, user: owner.user, adminPaths };
      const anchor = lineAnchor(text, ref.start, ref.end, ref.name);
      if (workflow && workflow.jobs.length > 0) {
        const job = jobAt(workflow, ref.start).map((j) => j.id).join(", ");
        ctx.report({ messageId: "inWorkflow", data: { ...data, job }, start: ref.start, end: ref.end, anchor });
      } else {
        ctx.report({ messageId: "inCode", data, start: ref.start, end: ref.end, anchor });
      }
    }
  }
});

// rules/app-review.ts
var app_review_default = defineRule({
  id: "app-review",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Require every permission of a production system user to be approved in App Review, when app.reviewedPermissions is declared.",
  rationale: 'Business apps get Standard Access to every permission automatically, but Meta says "Permissions with Standard Access can only be requested from app users who have a role on the requesting app"; serving production data beyond that takes Advanced Access, which "must be approved on an individual permission and feature basis through the App Review process", and Meta\'s system-user guide lists App Review for the permissions a system user needs among its prerequisites. When the manifest records what App Review approved (`app.reviewedPermissions`), a production token that needs anything else will fail where it matters. Test system users are exempt: they work on the business\'s own test assets, which Standard Access covers.',
  sources: [
    "https://developers.facebook.com/docs/graph-api/overview/access-levels",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/app-review"
  ],
  messages: {
    notReviewed: {
      message: "Production system user {{user}} uses `{{permission}}`, which is not in app.reviewedPermissions ({{reviewed}}).",
      suggestion: "Get `{{permission}}` approved in App Review (Advanced Access) and add it to app.reviewedPermissions, or remove it from the user's permissions."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const list = m.app?.reviewedPermissions;
    if (!list) return;
    const reviewed = new Set(list);
    for (const [user, ui] of usersWithIndex(m)) {
      if (user.environment !== "production") continue;
      (user.permissions ?? []).forEach((p, pi) => {
        if (reviewed.has(p) || isImplicitPermission(p)) return;
        if (getPermission(p)?.status !== "current") return;
        ctx.report({
          messageId: "notReviewed",
          path: ["systemUsers", ui, "permissions", pi],
          anchor: p,
          data: { user: user.name, permission: p, reviewed: list.length ? list.join(", ") : "empty" }
        });
      });
    }
  }
});

// rules/asset-reference.ts
var asset_reference_default = defineRule({
  id: "asset-reference",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Require every asset grant to name a declared asset, and asset ids and system-user names to be unique.",
  rationale: "Least privilege, environment separation and live drift are judged per asset: a grant that names an undeclared asset escapes all of them, and two entries with one id or one name make every later finding ambiguous. Ad account ids are compared with and without their `act_` prefix, as the Graph API uses both forms.",
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/business-asset-management/guides/ad-accounts",
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"
  ],
  messages: {
    undeclared: {
      message: "System user {{user}} is granted `{{asset}}`, which is not a declared asset{{near}}.",
      suggestion: "Declare it under `assets:` with its id, type and environment, or fix the reference."
    },
    ambiguous: {
      message: "System user {{user}} names asset `{{asset}}`, and several declared assets have that name.",
      suggestion: "Refer to the asset by its id."
    },
    duplicateAsset: {
      message: "Asset id {{id}} is declared twice (first at assets[{{first}}]).",
      suggestion: "Keep one entry per asset."
    },
    duplicateUser: {
      message: "System user name `{{name}}` is declared twice (first at systemUsers[{{first}}]).",
      suggestion: "Give each system user a unique name."
    },
    duplicateUserId: {
      message: "System user id {{id}} is declared twice (first for {{first}}).",
      suggestion: "Each system user has its own id; live verification matches on it."
    },
    duplicateGrant: {
      message: "System user {{user}} has two grants on `{{asset}}`.",
      suggestion: "Merge them into one grant with the tasks it needs."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const seenAsset = /* @__PURE__ */ new Map();
    (m.assets ?? []).forEach((a, i) => {
      const id = normalizeAssetId(a.id);
      const first = seenAsset.get(id);
      if (first !== void 0) ctx.report({ messageId: "duplicateAsset", path: ["assets", i, "id"], data: { id: a.id, first } });
      else seenAsset.set(id, i);
    });
    const seenName = /* @__PURE__ */ new Map();
    const seenId = /* @__PURE__ */ new Map();
    const names = (m.assets ?? []).flatMap((a) => [a.id, ...a.name ? [a.name] : []]);
    for (const [user, ui] of usersWithIndex(m)) {
      const first = seenName.get(user.name);
      if (first !== void 0) ctx.report({ messageId: "duplicateUser", path: ["systemUsers", ui, "name"], data: { name: user.name, first } });
      else seenName.set(user.name, ui);
      if (user.id) {
        const f = seenId.get(user.id);
        if (f !== void 0) ctx.report({ messageId: "duplicateUserId", path: ["systemUsers", ui, "id"], data: { id: user.id, first: f } });
        else seenId.set(user.id, user.name);
      }
      const granted = /* @__PURE__ */ new Set();
      (user.assets ?? []).forEach((g, gi) => {
        const r = resolveAsset(m, g.asset);
        if (r) {
          if (granted.has(r.index))
            ctx.report({ messageId: "duplicateGrant", path: ["systemUsers", ui, "assets", gi, "asset"], data: { user: user.name, asset: g.asset } });
          granted.add(r.index);
          return;
        }
        const ambiguous = (m.assets ?? []).filter((a) => a.name === g.asset).length > 1;
        if (ambiguous) {
          ctx.report({ messageId: "ambiguous", path: ["systemUsers", ui, "assets", gi, "asset"], data: { user: user.name, asset: g.asset } });
          return;
        }
        const near = suggest(g.asset, names);
        ctx.report({
          messageId: "undeclared",
          path: ["systemUsers", ui, "assets", gi, "asset"],
          data: { user: user.name, asset: g.asset, near: near ? ` (did you mean \`${near}\`?)` : "" }
        });
      });
    }
  }
});

// src/manifest/permissions.ts
function permissionRefs(manifest) {
  const out = [];
  (manifest.app?.reviewedPermissions ?? []).forEach(
    (p, i) => out.push({ permission: p, path: ["app", "reviewedPermissions", i], owner: "app.reviewedPermissions" })
  );
  for (const [id, uc] of Object.entries(manifest.useCases ?? {})) {
    for (const part of ["required", "optional"]) {
      (uc.permissions?.[part] ?? []).forEach(
        (p, i) => out.push({ permission: p, path: ["useCases", id, "permissions", part, i], owner: `use case ${id}` })
      );
    }
  }
  (manifest.systemUsers ?? []).forEach(
    (u, ui) => (u.permissions ?? []).forEach(
      (p, i) => out.push({ permission: p, path: ["systemUsers", ui, "permissions", i], owner: `system user ${u.name}` })
    )
  );
  return out;
}

// rules/deprecated-permission.ts
var deprecated_permission_default = defineRule({
  id: "deprecated-permission",
  kind: "manifest",
  defaultSeverity: "warn",
  description: "Warn about permissions Meta has deprecated, removed or replaced, naming their replacements.",
  rationale: 'Meta retires permissions and splits broad ones: `manage_pages` and `publish_pages` were replaced by six granular Page permissions "released May 5, 2020 to replace manage_pages and publish_pages", and the Instagram Login `business_*` scopes became `instagram_business_*` on January 27, 2025. A token cannot be granted a removed permission, and a deprecated one stops working; the replacement is usually narrower, so the fix is also a least-privilege step.',
  sources: [
    "https://developers.facebook.com/docs/pages/overview",
    "https://developers.facebook.com/docs/permissions",
    "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login"
  ],
  messages: {
    replaced: {
      message: "Permission `{{permission}}` of {{owner}} was {{status}} by Meta{{since}}; it is replaced by {{replacements}}.",
      suggestion: "Replace it with {{choice}}."
    },
    retired: {
      message: "Permission `{{permission}}` of {{owner}} was {{status}} by Meta{{since}} and has no replacement.",
      suggestion: "Remove `{{permission}}`: Meta offers nothing in its place."
    }
  },
  check(ctx) {
    for (const ref of permissionRefs(ctx.manifest)) {
      const entry = getPermission(ref.permission);
      if (!entry || entry.status === "current") continue;
      const data = {
        permission: ref.permission,
        owner: ref.owner,
        status: entry.status,
        since: entry.deprecatedSince ? ` (deprecated since ${entry.deprecatedSince})` : ""
      };
      const replacements = entry.replacements ?? [];
      if (replacements.length > 0) {
        const list = replacements.map((r) => `\`${r}\``).join(", ");
        const choice = replacements.length === 1 ? list : `the ones among ${list} that the token needs`;
        ctx.report({ messageId: "replaced", path: ref.path, anchor: ref.permission, data: { ...data, replacements: list, choice } });
      } else ctx.report({ messageId: "retired", path: ref.path, anchor: ref.permission, data });
    }
  }
});

// src/options.ts
var o = {
  integer(s = {}) {
    return { schema: { type: "integer", ...s } };
  },
  number(s = {}) {
    return { schema: { type: "number", ...s } };
  },
  boolean(s = {}) {
    return { schema: { type: "boolean", ...s } };
  },
  string(s = {}) {
    return { schema: { type: "string", ...s } };
  },
  enum(values, s = {}) {
    return { schema: { type: "string", enum: [...values], ...s } };
  },
  array(items, s = {}) {
    return { schema: { type: "array", items: items.schema, ...s } };
  },
  object(props, s = {}) {
    const properties = {};
    for (const [k, v] of Object.entries(props)) properties[k] = v.schema;
    return { schema: { type: "object", properties, additionalProperties: false, ...s } };
  }
};
function optionDefaults(schema) {
  const out = {};
  const props = schema.properties ?? {};
  for (const [k, v] of Object.entries(props)) if (v.default !== void 0) out[k] = v.default;
  return out;
}

// src/manifest/schema-base.ts
var digits = (description) => ({ type: "string", pattern: "^[0-9]+$", description });
var nameList = (description) => ({
  type: "array",
  items: { type: "string", pattern: "^[a-z][a-z0-9_]*$" },
  uniqueItems: true,
  description
});
var ASSET_TYPES = [
  "page",
  "catalog",
  "ad_account",
  "instagram_account",
  "commerce_account",
  "pixel",
  "whatsapp_business_account"
];
var environment = { type: "string", enum: ["production", "test"] };
var taskList = {
  type: "array",
  minItems: 1,
  uniqueItems: true,
  items: { type: "string", pattern: "^[A-Z][A-Z0-9_]*$" }
};
var schemaBase = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/graphguard/graphguard/schema/manifest.schema.json",
  title: "graphguard manifest (v1)",
  description: "System users of a Meta business, their token permissions and their asset tasks, checked by graphguard.",
  type: "object",
  additionalProperties: false,
  required: ["version", "business", "systemUsers"],
  properties: {
    $schema: { type: "string" },
    version: { const: 1, description: "Manifest format version." },
    business: {
      type: "object",
      additionalProperties: false,
      required: ["id"],
      properties: {
        id: digits("Business (portfolio) id."),
        name: { type: "string" }
      }
    },
    app: {
      type: "object",
      additionalProperties: false,
      required: ["id"],
      properties: {
        id: digits("App id."),
        accessLevel: { type: "string", enum: ["development", "basic", "standard"] },
        quota: {
          type: "object",
          additionalProperties: false,
          properties: {
            systemUsers: { type: "integer", minimum: 0 },
            adminSystemUsers: { type: "integer", minimum: 0 }
          }
        },
        graphApiVersion: { type: "string", pattern: "^v[0-9]+\\.[0-9]+$", description: "e.g. v26.0" },
        reviewedPermissions: nameList("Permissions approved for the app in App Review.")
      }
    },
    assets: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "type"],
        properties: {
          id: { type: "string", pattern: "^(act_)?[0-9]+$", description: "Asset id; ad accounts may be written act_<digits>." },
          type: { type: "string", enum: [...ASSET_TYPES] },
          name: { type: "string", minLength: 1 },
          environment,
          owner: {
            type: "string",
            enum: ["business", "client"],
            description: "Who owns the asset: this business (default), or another business that shares it as a client asset (agency). Checked live by live-asset-ownership."
          }
        }
      }
    },
    useCases: {
      type: "object",
      propertyNames: { pattern: "^[a-z][a-z0-9_]*$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          description: { type: "string" },
          permissions: {
            type: "object",
            additionalProperties: false,
            properties: { required: nameList("Permissions the use case needs."), optional: nameList("Permissions it may use.") }
          },
          maxTasks: {
            type: "object",
            additionalProperties: false,
            properties: Object.fromEntries(ASSET_TYPES.map((t) => [t, taskList]))
          }
        }
      }
    },
    systemUsers: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "role"],
        properties: {
          name: { type: "string", pattern: "^[a-z0-9_-]+$" },
          id: digits("System user id; live verification matches on it."),
          role: { type: "string", enum: ["system_user", "admin"] },
          environment,
          useCases: nameList("What the token is for; drives least privilege."),
          permissions: nameList("Permissions (scopes) of the token."),
          token: {
            type: "object",
            additionalProperties: false,
            required: ["secret"],
            properties: {
              secret: {
                type: "string",
                pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
                description: "NAME of the env var / CI secret that holds the token; never the value."
              },
              expires: { type: "string", enum: ["never", "60d"] },
              rotateEveryDays: { type: "integer", minimum: 1, maximum: 3650 },
              lastRotated: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "YYYY-MM-DD" }
            }
          },
          assets: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["asset", "tasks"],
              properties: {
                asset: { type: "string", minLength: 1, description: "A declared asset, by id or name." },
                tasks: taskList
              }
            }
          }
        },
        if: { properties: { role: { const: "system_user" } }, required: ["role"] },
        then: { required: ["environment"], properties: { environment } }
      }
    },
    rules: { type: "object" },
    scan: {
      type: "object",
      additionalProperties: false,
      properties: {
        include: { type: "array", items: { type: "string" } },
        exclude: { type: "array", items: { type: "string" } },
        adminPaths: { type: "array", items: { type: "string" } }
      }
    }
  }
};

// rules/env-separation.ts
var env_separation_default = defineRule({
  id: "env-separation",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Keep test and production apart: separate system users, assets and token secrets.",
  rationale: 'Meta: "You should create one system user for each type of access you need … This way, if a system user token is compromised, it has limited scope." A system user that reaches both test and production assets, or a test token that reaches production, lets a test run, a staging deploy or a leaked test credential change the live shop. Two environments sharing one token secret means one token does both. And production assets with no test counterpart leave nothing to try a change on before it reaches customers.',
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
  ],
  options: o.object({
    ignoreTypes: o.array(o.enum(ASSET_TYPES), {
      default: [],
      uniqueItems: true,
      description: "Asset types that need no test counterpart (the warning for production assets without one)."
    })
  }),
  messages: {
    crossEnv: {
      message: "System user {{user}} is a {{env}} user but reaches {{assetEnv}} asset {{asset}}.",
      suggestion: "Grant {{user}} a {{env}} asset instead, and give {{asset}} to a {{assetEnv}} system user."
    },
    mixed: {
      message: "System user {{user}} reaches both {{env}} and {{assetEnv}} assets: {{asset}} is {{assetEnv}}.",
      suggestion: "Move the grant on {{asset}} to a separate {{assetEnv}} system user with its own token."
    },
    sharedSecret: {
      message: "System users {{first}} ({{firstEnv}}) and {{user}} ({{env}}) share the token secret {{secret}}; test and production need separate tokens.",
      suggestion: "Store the token of {{user}} in a secret of its own."
    },
    noTestCounterpart: {
      message: "Production {{asset}} has no test counterpart: no test system user is granted a test {{type}}.",
      suggestion: "Declare a test {{type}} (environment: test) and grant it to a test system user, or list {{typeId}} in the ignoreTypes option."
    }
  },
  check(ctx, options) {
    const m = ctx.manifest;
    const users = [...usersWithIndex(m)].filter(([u]) => u.role !== "admin" && u.environment !== void 0);
    const granted = { production: /* @__PURE__ */ new Map(), test: /* @__PURE__ */ new Map() };
    for (const [user, ui] of users) {
      const env = user.environment;
      const grants = (user.assets ?? []).map((g, gi) => ({ gi, r: resolveAsset(m, g.asset) }));
      const own = grants.filter((g) => g.r?.asset.environment === env);
      for (const g of own) {
        const { asset, index } = g.r;
        granted[env].set(asset.type, Math.min(index, granted[env].get(asset.type) ?? index));
      }
      for (const g of grants) {
        const assetEnv = g.r?.asset.environment;
        if (!g.r || assetEnv === void 0 || assetEnv === env) continue;
        ctx.report({
          messageId: own.length > 0 ? "mixed" : "crossEnv",
          path: ["systemUsers", ui, "assets", g.gi, "asset"],
          data: { env, user: user.name, assetEnv, asset: assetLabel(g.r.asset) }
        });
      }
    }
    const bySecret = /* @__PURE__ */ new Map();
    for (const [user, ui] of users) {
      const secret = user.token?.secret;
      if (secret === void 0) continue;
      const first = bySecret.get(secret);
      if (!first) bySecret.set(secret, { name: user.name, env: user.environment });
      else if (first.env !== user.environment)
        ctx.report({
          messageId: "sharedSecret",
          path: ["systemUsers", ui, "token", "secret"],
          data: { first: first.name, firstEnv: first.env, user: user.name, env: user.environment, secret }
        });
    }
    const assets = m.assets ?? [];
    for (const [type, index] of [...granted.production].sort((a, b) => a[1] - b[1])) {
      if (granted.test.has(type) || options.ignoreTypes.includes(type)) continue;
      ctx.report({
        messageId: "noTestCounterpart",
        severity: "warn",
        path: ["assets", index, "environment"],
        data: { asset: assetLabel(assets[index]), type: type.replace(/_/g, " "), typeId: type }
      });
    }
  }
});

// src/dates.ts
var DAY_MS = 864e5;
function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

// rules/graph-api-version.ts
function parts(v) {
  const [maj, min] = v.replace(/^v/, "").split(".").map(Number);
  return [maj ?? 0, min ?? 0];
}
var graph_api_version_default = defineRule({
  id: "graph-api-version",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Require app.graphApiVersion to be a known Graph API version that is not expired or about to expire.",
  rationale: 'Meta guarantees each Graph API version for at least two years; after its end date "calls … are defaulted to the next oldest usable version", so the app silently runs against behaviour it was not written for. The Marketing API is versioned on a shorter clock: the previous version is supported for at least 90 days after a new one, and then calls "may fail or be upgraded to the next available version" (error #2635). Where the manifest uses a Marketing API permission (ads_management, ads_read), the earlier Marketing API date applies. The dates are data (data/api-versions.json) with their sources.',
  sources: [
    "https://developers.facebook.com/docs/apps/versions",
    "https://developers.facebook.com/docs/graph-api/changelog/versions/",
    "https://developers.facebook.com/docs/marketing-api/overview/versioning",
    "https://developers.facebook.com/blog/post/2024/04/16/upcoming-change-in-marketing-api-version-deprecation"
  ],
  options: o.object({
    warnDays: o.integer({ minimum: 0, default: 90, description: "Warn this many days (or fewer) before the end date." }),
    maxMajorsBehind: o.integer({
      minimum: 0,
      default: 2,
      description: "A notice when the version is more than this many major versions behind the newest."
    })
  }),
  messages: {
    expired: {
      message: "Graph API version {{version}} was available until {{until}}; Meta now answers its calls with the next oldest usable version.",
      suggestion: "Upgrade app.graphApiVersion to {{latest}} and test the app against the changelogs in between."
    },
    expiring: {
      message: "Graph API version {{version}} is available only until {{until}}, {{days}} from today.",
      suggestion: "Upgrade app.graphApiVersion to {{latest}} before {{until}}."
    },
    marketingExpired: {
      message: "Marketing API version {{version}} expired on {{until}}, and system user {{user}} uses the Marketing API permission {{permission}}.",
      suggestion: "Upgrade app.graphApiVersion to {{latest}}: Marketing API calls on an expired version fail (error #2635) or are upgraded without notice."
    },
    marketingExpiring: {
      message: "Marketing API version {{version}} expires on {{until}}, {{days}} from today, and system user {{user}} uses the Marketing API permission {{permission}}.",
      suggestion: "Upgrade app.graphApiVersion to {{latest}} before {{until}}."
    },
    unknown: {
      message: "Graph API version {{version}} is not a known version; did you mean {{fix}}?",
      suggestion: "Set app.graphApiVersion to {{fix}} (the newest is {{latest}})."
    },
    newer: {
      message: "Graph API version {{version}} is newer than any version graphguard knows (the newest it knows is {{latest}}).",
      suggestion: "If Meta has released {{version}}, update graphguard; otherwise use {{latest}}."
    },
    behind: {
      message: "Graph API version {{version}} is {{behind}} major versions behind the newest, {{latest}}.",
      suggestion: "Plan the upgrade to {{latest}} while {{version}} is still supported."
    }
  },
  check(ctx, options) {
    const version = ctx.manifest.app?.graphApiVersion;
    if (version === void 0) return;
    const path5 = ["app", "graphApiVersion"];
    const latest = latestVersion().version;
    const entry = findVersion(version);
    if (!entry) {
      const [maj, min] = parts(version);
      const [lmaj, lmin] = parts(latest);
      if (maj > lmaj || maj === lmaj && min > lmin) {
        ctx.report({ messageId: "newer", severity: "warn", path: path5, data: { version, latest } });
        return;
      }
      const near = suggest(version, apiVersions.map((v) => v.version));
      const fix = near !== void 0 && parts(near)[0] === maj ? near : latest;
      ctx.report({ messageId: "unknown", path: path5, data: { version, fix, latest } });
      return;
    }
    let marketing;
    for (const [user] of usersWithIndex(ctx.manifest)) {
      const p = (user.permissions ?? []).find((name) => getPermission(name)?.marketing);
      if (p) {
        marketing = { user: user.name, permission: p };
        break;
      }
    }
    const base2 = { version, latest };
    const g = entry.graphUntil !== null ? daysBetween(ctx.today, entry.graphUntil) : void 0;
    const mk = marketing && entry.marketingUntil !== null ? daysBetween(ctx.today, entry.marketingUntil) : void 0;
    if (g !== void 0 && g < 0) {
      ctx.report({ messageId: "expired", path: path5, data: { ...base2, until: entry.graphUntil } });
      return;
    }
    if (mk !== void 0 && mk <= 0) {
      ctx.report({ messageId: "marketingExpired", path: path5, data: { ...base2, until: entry.marketingUntil, ...marketing } });
      return;
    }
    if (mk !== void 0 && mk <= options.warnDays) {
      ctx.report({ messageId: "marketingExpiring", severity: "warn", path: path5, data: { ...base2, until: entry.marketingUntil, days: plural(mk, "day"), ...marketing } });
      return;
    }
    if (g !== void 0 && g <= options.warnDays) {
      ctx.report({ messageId: "expiring", severity: "warn", path: path5, data: { ...base2, until: entry.graphUntil, days: plural(g, "day") } });
      return;
    }
    const behind = parts(latest)[0] - parts(version)[0];
    if (behind > options.maxMajorsBehind)
      ctx.report({ messageId: "behind", severity: "notice", path: path5, data: { ...base2, behind } });
  }
});

// src/scan/graph-urls.ts
var GRAPH_HOSTS = ["graph.facebook.com", "graph-video.facebook.com", "graph.instagram.com"];
var GRAPH_URL = new RegExp(
  `(?<![A-Za-z0-9_.-])(${GRAPH_HOSTS.map((h) => h.replace(/[.-]/g, "\\$&")).join("|")})(?::443)?\\\\?\\/(v\\d{1,3}\\.\\d{1,2})(?![A-Za-z0-9_]|\\.\\d)`,
  "gi"
);
function graphUrlNeedles() {
  return ["/v", "/V"].map((text) => ({ text, before: "mM3\\", after: "0123456789" }));
}
function findGraphUrls(text) {
  if (!/graph/i.test(text)) return [];
  const out = [];
  for (const m of text.matchAll(GRAPH_URL)) {
    const version = (m[2] ?? "").toLowerCase();
    const end = m.index + m[0].length;
    out.push({ version, start: end - version.length, end, host: (m[1] ?? "").toLowerCase() });
  }
  return out;
}

// rules/graph-api-version-in-code.ts
var graph_api_version_in_code_default = defineRule({
  id: "graph-api-version-in-code",
  kind: "code",
  defaultSeverity: "warn",
  description: "Warn about versioned Graph API URLs in code whose version is expired, near its end date, unknown, or not app.graphApiVersion.",
  rationale: 'Meta guarantees each Graph API version for at least two years; after its end date "calls … are defaulted to the next oldest usable version", so code pinned to `graph.facebook.com/v19.0/` silently runs against behaviour it was not written for. The manifest\'s `app.graphApiVersion` says which version the app is built and tested against (`graph-api-version` checks it); a URL in the code that names another version is a call nobody tested against that version. The dates are data (data/api-versions.json) with their sources. URLs in prose files (Markdown, text) are not calls and are not checked.',
  sources: [
    "https://developers.facebook.com/docs/apps/versions",
    "https://developers.facebook.com/docs/graph-api/changelog/versions/"
  ],
  options: o.object({
    warnDays: o.integer({ minimum: 0, default: 90, description: "Report a version this many days (or fewer) before its end date." })
  }),
  messages: {
    expired: {
      message: "Graph API {{version}} in {{host}} URL was available until {{until}}; Meta now answers its calls with the next oldest usable version.",
      suggestion: "Call {{target}} (and test against the changelogs in between)."
    },
    expiring: {
      message: "Graph API {{version}} in {{host}} URL is available only until {{until}}, {{days}} from today.",
      suggestion: "Move this call to {{target}} before {{until}}."
    },
    differs: {
      message: "Graph API {{version}} in {{host}} URL is not app.graphApiVersion ({{manifestVersion}}), the version the manifest says the app uses.",
      suggestion: "Call {{manifestVersion}} here, or update app.graphApiVersion if the app has moved to {{version}}."
    },
    unknown: {
      message: "Graph API {{version}} in {{host}} URL is not a version graphguard knows (the newest it knows is {{latest}}).",
      suggestion: "Use a released version such as {{target}}; if Meta has released {{version}}, update graphguard."
    }
  },
  needles: () => graphUrlNeedles(),
  checkFile(ctx, options) {
    const path5 = ctx.file.path;
    if (isProseFile(path5)) return;
    const text = ctx.file.text;
    const urls = findGraphUrls(text);
    if (urls.length === 0) return;
    const manifestVersion = ctx.manifest?.app?.graphApiVersion;
    const latest = latestVersion().version;
    const manifestEntry = manifestVersion ? findVersion(manifestVersion) : void 0;
    const target = manifestEntry && (manifestEntry.graphUntil === null || daysBetween(ctx.today, manifestEntry.graphUntil) >= 0) ? manifestEntry.version : latest;
    for (const u of urls) {
      const version = u.version;
      const base2 = { version, host: u.host, target, latest };
      const at = { start: u.start, end: u.end, anchor: lineAnchor(text, u.start, u.end, version) };
      const entry = findVersion(version);
      if (!entry) {
        ctx.report({ messageId: "unknown", data: base2, ...at });
        continue;
      }
      const g = entry.graphUntil !== null ? daysBetween(ctx.today, entry.graphUntil) : void 0;
      if (g !== void 0 && g < 0) ctx.report({ messageId: "expired", data: { ...base2, until: entry.graphUntil }, ...at });
      else if (g !== void 0 && g <= options.warnDays) {
        const to = target === entry.version ? latest : target;
        ctx.report({ messageId: "expiring", data: { ...base2, target: to, until: entry.graphUntil, days: plural(g, "day") }, ...at });
      } else if (manifestVersion && manifestEntry && manifestEntry.version !== entry.version)
        ctx.report({ messageId: "differs", data: { ...base2, manifestVersion: manifestEntry.version }, ...at });
    }
  }
});

// rules/hardcoded-token.ts
var MESSAGE_ID = {
  "access-token": "accessToken",
  "app-access-token": "appAccessToken",
  "app-secret": "appSecret",
  "declared-secret": "declaredSecret"
};
var hardcoded_token_default = defineRule({
  id: "hardcoded-token",
  kind: "code",
  notesLiveTokens: true,
  defaultSeverity: "error",
  description: "Detect Meta access tokens, app access tokens, app secrets and the values of declared token secrets written into scanned files.",
  rationale: 'Meta says access tokens "are considered sensitive and should be kept confidential at all times" and that an app "should never have an access token hard-coded into it"; the app secret is the app\'s password, and `{app-id}|{app-secret}` is a working app access token. A committed value stays in the repository\'s history and in every clone and fork, so deleting the line does not undo the leak: the token has to be revoked or the secret reset. The rule finds any `EAA…` token form (user, page and system-user tokens; other scanners only know a few prefixes), app access tokens (also URL-encoded, `%7C`), 32-hex app secrets assigned to a name that says secret in a Meta context, and the exact value of every declared `token.secret` present in the environment. Messages show only the redacted form (the first 4 characters and the length); with `--live` each token is checked with `debug_token` and the message says whether it is live and whose it is.',
  sources: [
    "https://developers.facebook.com/docs/facebook-login/access-tokens/security",
    "https://developers.facebook.com/docs/facebook-login/guides/access-tokens",
    "https://developers.facebook.com/docs/facebook-login/guides/access-tokens#apptokens",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  messages: {
    accessToken: {
      message: "Hard-coded Meta access token {{redacted}}: anyone who can read this file can call the Graph API as its user.",
      suggestion: "Revoke the token now (it stays in the repository history), store a new one as a CI secret, and read it by name, e.g. process.env.META_TOKEN."
    },
    appAccessToken: {
      message: "Hard-coded app access token {{redacted}} ({app-id}|{app-secret}): it holds the app secret.",
      suggestion: "Reset the app secret in the App Dashboard now (it stays in the repository history), store the new one as a CI secret, and build the app token from it at run time."
    },
    appSecret: {
      message: "Hard-coded app secret {{redacted}} assigned to {{name}}.",
      suggestion: "Reset the app secret in the App Dashboard now (it stays in the repository history), store the new one as a CI secret, and read it by name, e.g. process.env.META_APP_SECRET."
    },
    declaredSecret: {
      message: "The value of declared secret {{name}} ({{redacted}}), the token of {{user}}, is written into this file.",
      suggestion: "Rotate the token of {{user}} now (the value stays in the repository history) and reference it by name ({{name}}) instead."
    }
  },
  // Every detector's needles (`EAA`, an app id before `|`/`%7C`, `secret` with a 32-hex run, declared values).
  needles: (ctx) => secretNeedles({ declared: ctx.declaredSecrets }),
  checkFile(ctx) {
    const isManifest = ctx.file.path === ctx.manifestFile;
    const appId = ctx.manifest?.app?.id;
    const matches = detectSecrets(ctx.file.text, {
      path: ctx.file.path,
      ...appId ? { appId } : {},
      declared: ctx.declaredSecrets
    });
    for (const m of matches) {
      if (isManifest && m.kind !== "declared-secret") continue;
      const name = m.name ? redactSecretsInText(m.name) : "a secret";
      const user = m.kind === "declared-secret" && ctx.manifest ? codeModel(ctx.manifest).byName.get(name)?.user ?? name : name;
      ctx.report({
        messageId: MESSAGE_ID[m.kind],
        // String(secret) is the redacted form; the value itself never reaches a message.
        data: { redacted: String(m.value), name, user },
        start: m.start,
        end: m.end,
        anchor: secretHash(m.value),
        secret: m.value
      });
    }
  }
});

// rules/invalid-suppression.ts
var invalid_suppression_default = defineRule({
  id: "invalid-suppression",
  kind: "meta",
  reports: "invalid-suppressions",
  defaultSeverity: "error",
  description: "Require suppression comments to name known rules, give a reason, and be within their until= date.",
  rationale: "A suppression is an accepted risk; without a reason nobody can review it, and without an end date it outlives the exception it was written for. A suppression naming an unknown rule suppresses nothing and hides a typo.",
  sources: ["https://eslint.org/docs/latest/use/configure/rules#disabling-rules"],
  messages: {
    noRule: {
      message: "Suppression comment names no rule.",
      suggestion: "Write graphguard-disable-next-line <rule-id> -- <reason>."
    },
    noReason: {
      message: "Suppression of {{rules}} gives no reason.",
      suggestion: 'Add " -- <why this is acceptable>" after the rule id.'
    },
    unknownRule: {
      message: "Suppression names unknown rule `{{rule}}`.",
      suggestion: "Run `graphguard rules` for the list of rule ids."
    },
    badDate: {
      message: "Suppression has until={{until}}, which is not a date YYYY-MM-DD.",
      suggestion: "Write until=YYYY-MM-DD."
    },
    expired: {
      message: "Suppression expired on {{until}}; the finding it hid is reported again.",
      suggestion: "Fix the finding, or renew the suppression with a new reason and date."
    }
  }
});

// rules/least-privilege-permissions.ts
function useCaseFor(catalogue, permission) {
  const ids = Object.keys(catalogue).filter((id) => !catalogue[id].adminOnly).sort();
  return ids.find((id) => catalogue[id].permissions.required.includes(permission)) ?? ids.find((id) => catalogue[id].permissions.optional.includes(permission));
}
var least_privilege_permissions_default = defineRule({
  id: "least-privilege-permissions",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Disallow token permissions that none of the system user's use cases requires or allows.",
  rationale: "A leaked token can do everything its permissions allow, for as long as it lives. Meta's Permissions Reference says to request only the permissions the app needs (asking for more is a common App Review rejection), and its system-user guide says to create one system user per type of access. Each use case of the catalogue (built in, or declared under `useCases:`) lists the permissions it requires and the ones it may use; a permission outside all of a user's use cases is excess. A required permission that is missing is reported as a notice: the token cannot do its job without it.",
  sources: [
    "https://developers.facebook.com/docs/permissions",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"
  ],
  messages: {
    notAllowed: {
      message: "System user {{user}} holds `{{permission}}`, which none of its use cases ({{useCases}}) requires or allows.",
      suggestion: "Remove `{{permission}}` from its permissions, or add the use case `{{useCase}}` if the token really needs it."
    },
    notAllowedAnywhere: {
      message: "System user {{user}} holds `{{permission}}`, which none of its use cases ({{useCases}}) requires or allows.",
      suggestion: "Remove `{{permission}}` from its permissions; no use case in the catalogue uses it (declare one under `useCases:` if the token needs it)."
    },
    noUseCases: {
      message: "System user {{user}} holds {{permissions}} with no use case to justify them.",
      suggestion: "Declare the user's `useCases:` so its permissions can be checked."
    },
    missingRequired: {
      message: "System user {{user}} lacks `{{permission}}`, which its use case {{useCase}} requires.",
      suggestion: "Add `{{permission}}` to its permissions (and to the token), or drop the use case."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    for (const [user, ui] of usersWithIndex(m)) {
      if (user.role === "admin") continue;
      const held = user.permissions ?? [];
      const useCases2 = user.useCases ?? [];
      if (useCases2.length === 0) {
        if (held.some((p) => !isImplicitPermission(p)))
          ctx.report({
            messageId: "noUseCases",
            path: ["systemUsers", ui, "permissions"],
            data: { user: user.name, permissions: held.map((p) => `\`${p}\``).join(", ") }
          });
        continue;
      }
      if (useCases2.some((id) => !catalogue[id])) continue;
      const allowed = /* @__PURE__ */ new Set();
      for (const id of useCases2) for (const p of [...catalogue[id].permissions.required, ...catalogue[id].permissions.optional]) allowed.add(p);
      held.forEach((p, pi) => {
        if (allowed.has(p) || isImplicitPermission(p)) return;
        if (getPermission(p)?.status !== "current") return;
        const data = { user: user.name, permission: p, useCases: useCases2.join(", ") };
        const useCase = useCaseFor(catalogue, p);
        const path5 = ["systemUsers", ui, "permissions", pi];
        if (useCase) ctx.report({ messageId: "notAllowed", path: path5, anchor: p, data: { ...data, useCase } });
        else ctx.report({ messageId: "notAllowedAnywhere", path: path5, anchor: p, data });
      });
      const heldSet = new Set(held);
      useCases2.forEach((id, ci) => {
        for (const p of catalogue[id].permissions.required) {
          if (heldSet.has(p)) continue;
          ctx.report({
            messageId: "missingRequired",
            path: ["systemUsers", ui, "useCases", ci],
            anchor: `${id}:${p}`,
            severity: "notice",
            data: { user: user.name, permission: p, useCase: id }
          });
        }
      });
    }
  }
});

// rules/least-privilege-tasks.ts
var least_privilege_tasks_default = defineRule({
  id: "least-privilege-tasks",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Disallow asset tasks broader than the system user's use cases allow.",
  rationale: `A system user reaches only the assets assigned to it, with the tasks assigned on each; a leaked token can do everything those tasks allow. Meta's commerce guidance restricts page access for Instagram Shopping to CREATE_CONTENT, and its system-user guide says to create one system user per type of access. Tasks are compared after expanding what they imply (MANAGE covers the others), because Graph reports tasks "unpacked".`,
  sources: [
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
    "https://developers.facebook.com/docs/commerce-platform/setup/api-setup",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
  ],
  messages: {
    broader: {
      message: "System user {{user}} has {{tasks}} on {{asset}}, broader than its use cases allow ({{allowed}}).",
      suggestion: "Use tasks: [{{allowed}}]."
    },
    noUseCase: {
      message: "System user {{user}} is granted {{tasks}} on {{asset}}, but none of its use cases ({{useCases}}) covers {{type}} assets.",
      suggestion: "Remove the grant, or add the use case that needs this {{type}}."
    },
    noUseCases: {
      message: "System user {{user}} is granted {{tasks}} on {{asset}} with no use case to justify it.",
      suggestion: "Declare the user's `useCases:` so its access can be checked."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    for (const [user, ui] of usersWithIndex(m)) {
      if (user.role === "admin") continue;
      (user.assets ?? []).forEach((grant, gi) => {
        const r = resolveAsset(m, grant.asset);
        if (!r) return;
        const type = r.asset.type;
        const path5 = ["systemUsers", ui, "assets", gi, "tasks"];
        const base2 = { user: user.name, asset: assetLabel(r.asset), tasks: grant.tasks.join(", "), type: type.replace(/_/g, " ") };
        if (!user.useCases?.length) {
          ctx.report({ messageId: "noUseCases", path: path5, data: base2 });
          return;
        }
        const allowed = allowedTasks(catalogue, user, type);
        if (!allowed || allowed.length === 0) {
          ctx.report({ messageId: "noUseCase", path: path5, data: { ...base2, useCases: user.useCases.join(", ") } });
          return;
        }
        const extra = isTaskBroader(type, grant.tasks, allowed);
        if (extra.length === 0) return;
        const allowedSet = expandTasks(type, allowed);
        const kept = grant.tasks.filter((t) => allowedSet.has(t));
        const suggestion = kept.length ? kept : allowed;
        ctx.report({ messageId: "broader", path: path5, anchor: extra.join(","), data: { ...base2, allowed: suggestion.join(", ") } });
      });
    }
  }
});

// rules/live-asset-ownership.ts
var live_asset_ownership_default = defineRule({
  id: "live-asset-ownership",
  kind: "live",
  defaultSeverity: "warn",
  description: "Require every declared asset and the app to belong to the declared business, and the app to be installed for each system user.",
  rationale: "Meta's guidance for system users is to keep the app, the system users and the assets under one Business Manager: a system user can only be given a role on an app, and a token through it, when both belong to the same business, and an asset another business owns can be taken back by that business at any time. The manifest says which business it describes; the business's `owned_*` edges (pages, catalogs, ad accounts, pixels, Instagram and WhatsApp accounts, apps) say what it really owns. An asset that is legitimately another business's (an agency's client asset) is declared `owner: client` and checked against the `client_*` edges instead. The app must be installed for a system user before a token can be generated for it through that app; a declared token that debug_token shows was issued through another app means the app is not the one installed for that user. Edges that could not be read are reported as notices (unless the run is already incomplete), never as a pass; commerce accounts have no ownership edge and are not checked, nor are client Instagram accounts.",
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens",
    "https://developers.facebook.com/docs/marketing-api/business-asset-management/guides/business-assets",
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/owned_pages"
  ],
  messages: {
    notOwned: {
      message: "{{asset}} is declared in business {{business}}, but the business does not own it live.",
      suggestion: "Move {{asset}} into business {{business}} (Business Settings > Accounts), or, if another business shares it with this one, declare owner: client."
    },
    sharedNotOwned: {
      message: "{{asset}} is declared as owned by business {{business}}, but live it is only a client asset shared with it by another business.",
      suggestion: "Declare owner: client for {{asset}}, or move it into business {{business}}."
    },
    notClient: {
      message: "{{asset}} is declared owner: client, but business {{business}} neither owns it nor has it as a client asset live.",
      suggestion: "Ask the owning business to share {{asset}} with business {{business}}, or remove it from the manifest."
    },
    ownedNotClient: {
      message: "{{asset}} is declared owner: client, but business {{business}} owns it live.",
      suggestion: "Remove owner: client from {{asset}}."
    },
    appNotOwned: {
      message: "App {{app}} does not belong to business {{business}} live (its owned_apps do not list it{{client}}).",
      suggestion: "Claim app {{app}} for business {{business}} (Business Settings > Accounts > Apps): system users get tokens only through an app of their own business."
    },
    notInstalled: {
      message: "The token of {{user}} (env var {{envVar}}) was issued through {{tokenApp}}, so app {{app}} is not the app installed for {{user}}.",
      suggestion: "Install app {{app}} for {{user}} (POST /{system-user-id}/applications with business_app={{app}}) and generate its token through it."
    },
    unverified: {
      message: "Ownership could not be verified: {{what}} was not read ({{reason}}).",
      suggestion: "Give the audit token business_management on business {{business}}, then run the live check again."
    }
  },
  check(ctx) {
    const own = ctx.live.ownership;
    const m = ctx.manifest;
    const business = ctx.live.businessId;
    if (own) {
      (m.assets ?? []).forEach((a, ai) => {
        const owned = own.owned[a.type];
        const client = own.client[a.type];
        const id = normalizeAssetId(a.id);
        const data = { asset: assetLabel(a), business };
        if (a.owner === "client") {
          if (owned?.includes(id)) ctx.report({ messageId: "ownedNotClient", path: ["assets", ai, "owner"], severity: "notice", data });
          else if (client && !client.includes(id)) ctx.report({ messageId: "notClient", path: ["assets", ai, "owner"], data });
          return;
        }
        if (!owned || owned.includes(id)) return;
        ctx.report({ messageId: client?.includes(id) ? "sharedNotOwned" : "notOwned", path: ["assets", ai, "id"], data });
      });
      const app2 = m.app?.id;
      if (app2 !== void 0 && own.ownedApps && !own.ownedApps.includes(app2)) {
        const client = own.clientApps?.includes(app2) ? ", only its client_apps do" : "";
        ctx.report({ messageId: "appNotOwned", path: ["app", "id"], data: { app: app2, business, client } });
      }
      if (ctx.live.incomplete.length === 0) {
        for (const u of own.unread) {
          ctx.report({ messageId: "unverified", path: ["business", "id"], severity: "notice", anchor: u.what, data: { what: u.what, reason: u.reason, business } });
        }
      }
    }
    const app = m.app?.id;
    if (app === void 0) return;
    m.systemUsers.forEach((user, index) => {
      const state = ctx.live.tokens[user.name];
      if (!user.token || state?.state !== "checked") return;
      const info = state.info;
      const tokenApp = info.foreignApp ? "another app" : info.isValid && info.appId !== void 0 && info.appId !== app ? `app ${info.appId}` : void 0;
      if (tokenApp) ctx.report({ messageId: "notInstalled", path: ["systemUsers", index, "token"], data: { user: user.name, envVar: state.envVar, tokenApp, app } });
    });
  }
});

// src/live-model.ts
var LEGACY_TYPES_READ = ["page", "catalog", "ad_account", "whatsapp_business_account"];
var cache2 = /* @__PURE__ */ new WeakMap();
function matchUsers(manifest, live2) {
  if (live2.systemUsers === null) return void 0;
  const byManifest = cache2.get(live2) ?? /* @__PURE__ */ new WeakMap();
  cache2.set(live2, byManifest);
  const hit = byManifest.get(manifest);
  if (hit) return hit;
  const users = manifest.systemUsers ?? [];
  const claimed = /* @__PURE__ */ new Set();
  const liveById = new Map(live2.systemUsers.map((u) => [u.id, u]));
  const matches = users.map((user, index) => ({ user, index }));
  for (const m of matches) {
    if (m.user.id === void 0) continue;
    const l = liveById.get(m.user.id);
    if (l && !claimed.has(l)) {
      m.live = l;
      claimed.add(l);
    }
  }
  for (const m of matches) {
    if (m.user.id !== void 0) continue;
    const l = live2.systemUsers.find((u) => u.name === m.user.name && !claimed.has(u));
    if (l) {
      m.live = l;
      claimed.add(l);
    }
  }
  const result = { matches, undeclared: live2.systemUsers.filter((u) => !claimed.has(u)) };
  byManifest.set(manifest, result);
  return result;
}
function manifestRoleOf(liveRole) {
  return Object.hasOwn(roles, liveRole) ? roles[liveRole].manifestRole : void 0;
}
function liveRoleOf(role) {
  return role === "admin" ? "ADMIN" : "EMPLOYEE";
}
function isAdmin(m) {
  return m.user.role === "admin" || m.live?.role === "ADMIN";
}
function isoDate(unixSeconds) {
  return new Date(unixSeconds * 1e3).toISOString().slice(0, 10);
}
function dayStart(date) {
  return Date.parse(`${date}T00:00:00Z`) / 1e3;
}
function daysSince(unixSeconds, today) {
  return Math.floor((dayStart(today) - unixSeconds) / 86400);
}
function isExpired(info, today) {
  return info.expiresAt !== void 0 && info.expiresAt > 0 && info.expiresAt < dayStart(today);
}
function liveUserLabel(u) {
  return u.name ? `${u.name} (${u.id})` : u.id;
}
function declaredUserOfLiveId(manifest, live2, userId) {
  if (userId === void 0) return void 0;
  const byId = (manifest.systemUsers ?? []).findIndex((u) => u.id === userId);
  if (byId !== -1) return { user: manifest.systemUsers[byId], index: byId, ...liveUser(live2, userId) };
  return matchUsers(manifest, live2)?.matches.find((m) => m.live?.id === userId);
}
function liveUser(live2, id) {
  const u = live2.systemUsers?.find((x) => x.id === id);
  return u ? { live: u } : {};
}
function leakedTokenNote(info, live2, manifest) {
  if (!("isValid" in info)) return `live: not verified (${info.error})`;
  if (info.foreignApp) return "live: issued for another app (debug_token through this app cannot inspect it); revoke it in the app that issued it";
  if (!info.isValid) return "live: debug_token says this token is invalid or expired";
  const app = info.appId !== void 0 && manifest.app?.id !== void 0 && info.appId !== manifest.app.id ? `, issued for another app (${info.appId})` : "";
  if (info.type !== "SYSTEM_USER") {
    return `live: a VALID ${info.type ?? "unknown-type"} token${info.userId ? ` of user ${info.userId}` : ""}${app}; revoke it now`;
  }
  const owner = declaredUserOfLiveId(manifest, live2, info.userId);
  let who;
  if (owner) who = `system user ${owner.user.name}${isAdmin(owner) ? " (admin)" : ""}`;
  else {
    const l = info.userId === void 0 ? void 0 : live2.systemUsers?.find((u) => u.id === info.userId);
    who = l ? `undeclared system user ${liveUserLabel(l)}${l.role === "ADMIN" ? " (admin)" : ""}` : `user ${info.userId ?? "unknown"} (not a system user of this business)`;
  }
  return `live: a VALID token of ${who}${app}; revoke it now`;
}
function withLiveNote(message, note) {
  return `${message.replace(/\.$/, "")} — ${note}.`;
}

// rules/live-missing-system-user.ts
var live_missing_system_user_default = defineRule({
  id: "live-missing-system-user",
  kind: "live",
  defaultSeverity: "error",
  description: "Report declared system users that do not exist in the live business.",
  rationale: "A declared system user id that the business does not have means the manifest describes access that is not there: the user was deleted, recreated with a new id, or belongs to another business. Whatever reviews the manifest then reviews fiction. A declared user without an id is matched by exact name; when no live user has that name it is reported as a notice, since it may only be named differently.",
  sources: [
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
  ],
  messages: {
    missing: {
      message: "System user {{user}} is declared with id {{id}}, but business {{business}} has no system user with that id.",
      suggestion: "Fix the id (see Business Settings > System users), or remove {{user}} from the manifest."
    },
    notFoundByName: {
      message: "System user {{user}} declares no id, and business {{business}} has no system user named {{user}}.",
      suggestion: 'Add the live id: id: "<digits>", so live checks can match it.'
    }
  },
  check(ctx) {
    const matching = matchUsers(ctx.manifest, ctx.live);
    if (!matching) return;
    const business = ctx.live.businessId;
    for (const { user, index, live: live2 } of matching.matches) {
      if (live2) continue;
      if (user.id !== void 0)
        ctx.report({ messageId: "missing", path: ["systemUsers", index, "id"], data: { user: user.name, id: user.id, business } });
      else ctx.report({ messageId: "notFoundByName", path: ["systemUsers", index, "name"], severity: "notice", data: { user: user.name, business } });
    }
  }
});

// rules/live-role-drift.ts
var live_role_drift_default = defineRule({
  id: "live-role-drift",
  kind: "live",
  defaultSeverity: "error",
  description: "Report system users whose live role differs from the declared role.",
  rationale: "An admin system user can do everything in the business, assign assets and create tokens; an employee system user reaches only its assigned assets. The system_users edge returns the base role, `ADMIN` or `EMPLOYEE`, which correspond to the manifest roles `admin` and `system_user`. A user raised to admin outside the manifest is the drift that matters most.",
  sources: [
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users",
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"
  ],
  messages: {
    drift: {
      message: "System user {{user}} is declared as {{declared}} but its live role is {{live}} ({{liveAs}}).",
      suggestion: "Set role: {{liveAs}} if that is intended, or change the role in the business to {{expected}}."
    },
    unknownRole: {
      message: "System user {{user}} is declared as {{declared}} but its live role is {{live}}, which is neither ADMIN nor EMPLOYEE.",
      suggestion: "Change the role in the business to {{expected}}."
    }
  },
  check(ctx) {
    for (const { user, index, live: live2 } of matchUsers(ctx.manifest, ctx.live)?.matches ?? []) {
      if (!live2) continue;
      const liveAs = manifestRoleOf(live2.role);
      if (liveAs === user.role) continue;
      const data = { user: user.name, declared: user.role, live: live2.role, expected: liveRoleOf(user.role) };
      const path5 = ["systemUsers", index, "role"];
      if (liveAs) ctx.report({ messageId: "drift", path: path5, data: { ...data, liveAs } });
      else ctx.report({ messageId: "unknownRole", path: path5, data });
    }
  }
});

// rules/live-task-drift.ts
var live_task_drift_default = defineRule({
  id: "live-task-drift",
  kind: "live",
  defaultSeverity: "error",
  description: "Report live asset tasks broader than declared, and live grants on undeclared assets.",
  rationale: "A system user reaches exactly the assets assigned to it in the business, with the tasks assigned on each; the manifest is only a promise about that. Graph returns tasks \"unpacked\", so both sides are expanded with the implication table before comparing (MANAGE on a page covers CREATE_CONTENT, MODERATE, ADVERTISE, ANALYZE and MESSAGING). Live access beyond the manifest is an error; declared access that is missing or narrower live is a notice. Admin system users reach every asset by design and are not compared (admin-scope covers them). Pixels are read through each system user's `assigned_ads_pixels` and Instagram accounts through each declared account's `assigned_users?business=` (so grants on Instagram accounts the manifest does not declare are not seen); commerce accounts have no such edge in the Graph API and are not compared.",
  sources: [
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_pages",
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
    "https://developers.facebook.com/docs/graph-api/reference/page/assigned_users/",
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_ads_pixels"
  ],
  messages: {
    broader: {
      message: "System user {{user}} has {{extra}} on {{asset}} live, beyond the declared {{declared}}.",
      suggestion: "Reduce the tasks in the business to {{declared}}, or declare tasks: [{{live}}] if that access is intended."
    },
    unlistedGrant: {
      message: "System user {{user}} has {{live}} on {{asset}} live, an asset its declared grants do not include.",
      suggestion: 'Remove {{user}} from {{asset}} in the business, or add a grant: { asset: "{{id}}", tasks: [{{live}}] }.'
    },
    undeclaredAsset: {
      message: "System user {{user}} has {{live}} on {{asset}} live, an asset the manifest does not declare.",
      suggestion: 'Remove {{user}} from {{asset}} in the business, or declare the asset (id: "{{id}}") and the grant.'
    },
    narrower: {
      message: "System user {{user}} is declared with {{missing}} on {{asset}} but lacks it live (live: {{live}}).",
      suggestion: "Assign tasks [{{declared}}] in the business, or declare tasks: [{{live}}]."
    },
    missingGrant: {
      message: "System user {{user}} is declared with {{declared}} on {{asset}} but has no access to it live.",
      suggestion: "Assign {{asset}} to {{user}} in the business, or remove the grant."
    }
  },
  check(ctx) {
    const m = ctx.manifest;
    const typesRead = new Set(ctx.live.assetTypesRead ?? LEGACY_TYPES_READ);
    for (const match of matchUsers(m, ctx.live)?.matches ?? []) {
      const { user, index: ui, live: live2 } = match;
      if (!live2 || live2.assets === null || isAdmin(match)) continue;
      const userName = user.name;
      const declared = /* @__PURE__ */ new Map();
      (user.assets ?? []).forEach((grant, gi) => {
        const r = resolveAsset(m, grant.asset);
        if (!r || !typesRead.has(r.asset.type)) return;
        if (ctx.live.unreadAssets?.includes(`${r.asset.type}:${normalizeAssetId(r.asset.id)}`)) return;
        const key = `${r.asset.type}\0${normalizeAssetId(r.asset.id)}`;
        const seen = declared.get(key);
        if (seen) seen.tasks.push(...grant.tasks);
        else declared.set(key, { gi, type: r.asset.type, id: normalizeAssetId(r.asset.id), label: assetLabel(r.asset), tasks: [...grant.tasks] });
      });
      const liveKeys = /* @__PURE__ */ new Set();
      for (const g of live2.assets) {
        const key = `${g.type}\0${normalizeAssetId(g.id)}`;
        liveKeys.add(key);
        const d = declared.get(key);
        const liveTasks = g.tasks.join(", ") || "(no tasks)";
        if (!d) {
          const listed = (m.assets ?? []).find((a) => a.type === g.type && normalizeAssetId(a.id) === normalizeAssetId(g.id));
          const asset = listed ? assetLabel(listed) : `${g.type.replace(/_/g, " ")} ${g.name ? `${g.name} ` : ""}(${g.id})`;
          const id = g.type === "ad_account" ? `act_${normalizeAssetId(g.id)}` : g.id;
          ctx.report({
            messageId: listed ? "unlistedGrant" : "undeclaredAsset",
            path: user.assets ? ["systemUsers", ui, "assets"] : ["systemUsers", ui, "name"],
            key: user.assets !== void 0,
            anchor: `${g.type}:${g.id}`,
            data: { user: userName, live: liveTasks, asset, id }
          });
          continue;
        }
        const path5 = ["systemUsers", ui, "assets", d.gi, "tasks"];
        const base2 = { user: userName, asset: d.label, live: liveTasks, declared: d.tasks.join(", ") };
        const extra = isTaskBroader(d.type, g.tasks, d.tasks);
        if (extra.length) ctx.report({ messageId: "broader", path: path5, anchor: extra.join(","), data: { ...base2, extra: extra.join(", ") } });
        const missing = isTaskBroader(d.type, d.tasks, g.tasks);
        if (missing.length)
          ctx.report({ messageId: "narrower", path: path5, anchor: missing.join(","), severity: "notice", data: { ...base2, missing: missing.join(", ") } });
      }
      for (const [key, d] of declared) {
        if (liveKeys.has(key)) continue;
        ctx.report({
          messageId: "missingGrant",
          path: ["systemUsers", ui, "assets", d.gi, "asset"],
          severity: "notice",
          data: { user: userName, asset: d.label, declared: d.tasks.join(", ") }
        });
      }
    }
  }
});

// rules/live-token-age.ts
var live_token_age_default = defineRule({
  id: "live-token-age",
  kind: "live",
  defaultSeverity: "warn",
  description: "Check the live issued_at of each declared token against its rotation policy.",
  rationale: 'token-rotation trusts the `lastRotated` date a person wrote; debug_token\'s `issued_at` says when the token in the secret was really issued. A token older than `rotateEveryDays` (or than 60 days for a 60-day token without one) has not been rotated, whatever the manifest says. Meta notes that `issued_at` is "not returned for short-lived access tokens": without it there is no age finding.',
  sources: [
    "https://developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling",
    "https://developers.facebook.com/docs/graph-api/reference/debug_token"
  ],
  messages: {
    old: {
      message: "The token of {{user}} (env var {{envVar}}) was issued on {{issued}}, {{age}} days ago; the rotation policy is every {{every}} days.",
      suggestion: "Rotate the token: generate a new one, update {{envVar}}, revoke the old one (DELETE /{system-user-id}/access_tokens revokes every token of {{user}}; `graphguard rotate {{user}}` plans all of it), and set lastRotated."
    }
  },
  check(ctx) {
    ctx.manifest.systemUsers.forEach((user, index) => {
      const t = user.token;
      const state = ctx.live.tokens[user.name];
      if (!t || state?.state !== "checked" || !state.info.isValid) return;
      const issued = state.info.issuedAt;
      if (issued === void 0 || issued <= 0) return;
      const every = t.rotateEveryDays ?? (t.expires === "60d" ? 60 : void 0);
      if (every === void 0) return;
      const age = daysSince(issued, ctx.today);
      if (age <= every) return;
      ctx.report({
        messageId: "old",
        path: ["systemUsers", index, "token"],
        data: { user: user.name, envVar: state.envVar, issued: isoDate(issued), age, every }
      });
    });
  }
});

// rules/live-token-invalid.ts
var live_token_invalid_default = defineRule({
  id: "live-token-invalid",
  kind: "live",
  defaultSeverity: "error",
  description: "Verify with debug_token that each declared token is a valid system-user token of the app and of its user.",
  rationale: "debug_token tells what a token really is: whether it is valid, its type, the app that issued it, the user it acts for and when it expires (0 = never). A declared token that is invalid or expired breaks the integration; one of another app, another system user, or not a system-user token at all (a person's USER token, a PAGE token) means the secret does not hold what the manifest says, and every other check about that user is about the wrong token. A token whose variable is not set is skipped with a notice.",
  sources: [
    "https://developers.facebook.com/docs/graph-api/reference/debug_token",
    "https://developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  messages: {
    unset: {
      message: "The token of {{user}} was not checked: env var {{envVar}} is not set.",
      suggestion: "Set {{envVar}} in the environment of the live check to verify the token."
    },
    invalid: {
      message: "The token of {{user}} (env var {{envVar}}) is invalid: {{reason}}.",
      suggestion: "Generate a new token for {{user}} and update {{envVar}}."
    },
    expired: {
      message: "The token of {{user}} (env var {{envVar}}) expired on {{expired}}.",
      suggestion: "Generate a new token for {{user}} and update {{envVar}}."
    },
    notSystemUser: {
      message: "The token of {{user}} (env var {{envVar}}) is a {{type}} token, not a system-user token.",
      suggestion: "Put a token generated for system user {{user}} in {{envVar}}."
    },
    otherApp: {
      message: "The token of {{user}} (env var {{envVar}}) was issued for {{appId}}, not app {{expected}}.",
      suggestion: "Generate the token for {{user}} through app {{expected}}, or fix app.id."
    },
    otherUser: {
      message: "The token of {{user}} (env var {{envVar}}) belongs to {{owner}}, not to {{user}} ({{expected}}).",
      suggestion: "Put the token of {{user}} in {{envVar}}, or fix the declared id."
    }
  },
  check(ctx) {
    const { live: live2, manifest } = ctx;
    for (const { user, index, live: liveUser2 } of matchUsers(manifest, live2)?.matches ?? manifest.systemUsers.map((user2, index2) => ({ user: user2, index: index2, live: void 0 }))) {
      const state = live2.tokens[user.name];
      if (!user.token || !state) continue;
      const path5 = ["systemUsers", index, "token"];
      const data = { user: user.name, envVar: state.envVar };
      if (state.state === "unset") {
        ctx.report({ messageId: "unset", path: path5, severity: "notice", data });
        continue;
      }
      if (state.state !== "checked") continue;
      const info = state.info;
      if (info.foreignApp) {
        ctx.report({ messageId: "otherApp", path: path5, data: { ...data, appId: "another app", expected: manifest.app?.id ?? "app.id" } });
        continue;
      }
      if (!info.isValid) {
        const e = info.error;
        const reason = e?.message ? e.message.replace(/\.$/, "") : `debug_token says is_valid: false${e?.code ? ` (code ${e.code}${e.subcode ? `/${e.subcode}` : ""})` : ""}`;
        ctx.report({ messageId: "invalid", path: path5, data: { ...data, reason } });
        continue;
      }
      if (isExpired(info, ctx.today)) ctx.report({ messageId: "expired", path: path5, data: { ...data, expired: isoDate(info.expiresAt) } });
      if (info.type !== "SYSTEM_USER") ctx.report({ messageId: "notSystemUser", path: path5, data: { ...data, type: info.type ?? "unknown" } });
      const appId = manifest.app?.id;
      if (appId !== void 0 && info.appId !== appId)
        ctx.report({ messageId: "otherApp", path: path5, data: { ...data, appId: info.appId ? `app ${info.appId}` : "an unknown app", expected: appId } });
      const expectedId = user.id ?? liveUser2?.id;
      if (expectedId !== void 0 && info.type === "SYSTEM_USER" && info.userId !== expectedId) {
        const owner = declaredUserOfLiveId(manifest, live2, info.userId);
        const liveOwner = live2.systemUsers?.find((u) => u.id === info.userId);
        const who = owner ? `system user ${owner.user.name} (${info.userId})` : liveOwner ? `undeclared system user ${liveOwner.name} (${info.userId})` : `user ${info.userId ?? "unknown"}`;
        ctx.report({ messageId: "otherUser", path: path5, data: { ...data, owner: who, expected: expectedId } });
      }
    }
  }
});

// rules/live-token-scope-drift.ts
var live_token_scope_drift_default = defineRule({
  id: "live-token-scope-drift",
  kind: "live",
  defaultSeverity: "error",
  description: "Report declared tokens whose live debug_token scopes exceed the declared permissions.",
  rationale: 'A token can do what its scopes allow, whatever the manifest says; debug_token lists them ("scopes: permissions granted in this token"). Scopes beyond the declared permissions are access that least-privilege reviews never saw. Declared permissions the token lacks are a notice: the integration may fail, but nothing leaks. Scopes Meta grants every app (`public_profile`, marked `implicit` in data/permissions.json) are left out of both comparisons.',
  sources: [
    "https://developers.facebook.com/docs/graph-api/reference/debug_token",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  messages: {
    extra: {
      message: "The token of {{user}} (env var {{envVar}}) has scopes {{extra}} live that its declared permissions do not include.",
      suggestion: "Generate a new token with only [{{declared}}], or declare {{extra}} if its use cases need them."
    },
    missing: {
      message: "The token of {{user}} (env var {{envVar}}) lacks the declared permissions {{missing}} live.",
      suggestion: "Generate a new token that includes {{missing}}, or remove them from permissions."
    }
  },
  check(ctx) {
    ctx.manifest.systemUsers.forEach((user, index) => {
      const state = ctx.live.tokens[user.name];
      if (!user.token || state?.state !== "checked" || !state.info.isValid) return;
      const declared = user.permissions ?? [];
      const scopes = state.info.scopes;
      const path5 = ["systemUsers", index, "permissions"];
      const data = { user: user.name, envVar: state.envVar, declared: declared.join(", ") || "no permissions" };
      const extra = scopes.filter((s) => !declared.includes(s) && !isImplicitPermission(s)).sort();
      if (extra.length) ctx.report({ messageId: "extra", path: path5, anchor: extra.join(","), data: { ...data, extra: extra.join(", ") } });
      const missing = declared.filter((p) => !scopes.includes(p) && !isImplicitPermission(p)).sort();
      if (missing.length)
        ctx.report({ messageId: "missing", path: path5, anchor: missing.join(","), severity: "notice", data: { ...data, missing: missing.join(", ") } });
    });
  }
});

// rules/live-undeclared-system-user.ts
var live_undeclared_system_user_default = defineRule({
  id: "live-undeclared-system-user",
  kind: "live",
  defaultSeverity: "error",
  description: "Report system users of the live business that the manifest does not declare.",
  rationale: "Every system user of a business can hold a token and asset grants; one that the manifest does not declare escapes every other check (least privilege, environments, rotation). Live system users are matched with declared ones by `id`, or by exact name where no id is declared. The system user behind GRAPHGUARD_GRAPH_TOKEN is one too: declare it with the `business_audit` use case.",
  sources: [
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users",
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
  ],
  messages: {
    undeclared: {
      message: "System user {{name}} ({{id}}, live role {{role}}, {{grants}}) exists in business {{business}} but is not declared in the manifest.",
      suggestion: 'Declare it under systemUsers with id: "{{id}}", or delete it from the business.'
    }
  },
  check(ctx) {
    const matching = matchUsers(ctx.manifest, ctx.live);
    if (!matching) return;
    for (const u of matching.undeclared) {
      const n = u.assets?.length;
      const grants = n === void 0 ? "asset grants not read" : n === 1 ? "1 asset grant" : `${n} asset grants`;
      ctx.report({
        messageId: "undeclared",
        path: ["systemUsers"],
        key: true,
        anchor: u.id,
        data: { name: u.name || "(no name)", id: u.id, role: u.role, grants, business: ctx.live.businessId }
      });
    }
  }
});

// rules/manifest-schema.ts
var manifest_schema_default2 = defineRule({
  id: "manifest-schema",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Require the manifest to be a valid v1 manifest: known keys, right types, real task and use-case names.",
  rationale: "Every other rule reasons over the manifest, so a typo must not silently weaken them: an unknown key (`permisions`) would leave a user with no declared permissions, an unquoted id loses digits past 2^53, and a page task on an ad account is rejected by the Graph API. The schema ships as schema/manifest.schema.json so editors can complete and check the file as it is written.",
  sources: [
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
    "https://developers.facebook.com/docs/graph-api/reference/page/assigned_users/"
  ],
  acceptsInvalidManifest: true,
  messages: {
    schema: { message: "{{message}}", suggestion: "{{suggestion}}" },
    schemaNoSuggestion: "{{message}}",
    badTask: {
      message: "Task `{{task}}` is not a {{type}} task (on {{asset}}){{near}}.",
      suggestion: "Valid {{type}} tasks: {{valid}}."
    },
    unknownUseCase: {
      message: "Unknown use case `{{useCase}}` for system user {{user}}{{near}}.",
      suggestion: "Use a built-in use case ({{known}}) or declare it under `useCases:`."
    }
  },
  check(ctx) {
    for (const p of ctx.schemaProblems) {
      if (p.suggestion !== void 0)
        ctx.report({ messageId: "schema", path: p.path, key: p.key, data: { message: p.message, suggestion: p.suggestion }, anchor: p.message });
      else ctx.report({ messageId: "schemaNoSuggestion", path: p.path, key: p.key, data: { message: p.message }, anchor: p.message });
    }
    if (!ctx.valid) return;
    const m = ctx.manifest;
    const catalogue = effectiveUseCases(m);
    for (const [user, ui] of usersWithIndex(m)) {
      (user.useCases ?? []).forEach((uc, ci) => {
        if (catalogue[uc]) return;
        const near = suggest(uc, Object.keys(catalogue));
        ctx.report({
          messageId: "unknownUseCase",
          path: ["systemUsers", ui, "useCases", ci],
          data: { useCase: uc, user: user.name, near: near ? ` (did you mean \`${near}\`?)` : "", known: Object.keys(catalogue).sort().join(", ") }
        });
      });
      (user.assets ?? []).forEach((grant, gi) => {
        const resolved = resolveAsset(m, grant.asset);
        if (!resolved) return;
        const type = resolved.asset.type;
        const valid = Object.keys(tasksByAssetType[type]?.tasks ?? {});
        grant.tasks.forEach((task, ti) => {
          if (valid.includes(task)) return;
          const near = suggest(task, valid);
          ctx.report({
            messageId: "badTask",
            path: ["systemUsers", ui, "assets", gi, "tasks", ti],
            data: {
              task,
              type: type.replace(/_/g, " "),
              asset: resolved.asset.name ?? resolved.asset.id,
              near: near ? ` (did you mean \`${near}\`?)` : "",
              valid: valid.join(", ")
            }
          });
        });
      });
    }
  }
});

// rules/new-access.ts
var new_access_default = defineRule({
  id: "new-access",
  kind: "diff",
  defaultSeverity: "warn",
  description: "Flag access that the head manifest grants and the base manifest did not.",
  rationale: "Every system user, permission, asset task and non-expiring token widens what a leaked token can do. Meta's system-user guide says to give each system user only the access its integration needs; a change that grants more is the moment a second person should look. In a pull request (and `graphguard diff`), the head manifest is compared with the base commit's, user by user, with tasks expanded through their implications: a system user added, a permission added, an asset grant added, a task broader than before, a role raised to admin, or a token changed to `expires: never`. With no manifest at the base, everything is new.",
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  messages: {
    newAccess: {
      message: "{{change}}",
      suggestion: "New access needs a reviewer's approval: confirm that {{user}} needs it, or remove it from the manifest."
    }
  },
  check(ctx) {
    for (const change of ctx.changes) {
      if (!change.newAccess || change.side !== "head") continue;
      const text = change.text.startsWith(change.user) ? change.text : change.text.charAt(0).toUpperCase() + change.text.slice(1);
      ctx.report({
        messageId: "newAccess",
        path: change.path,
        anchor: change.kind,
        data: { change: `${text}.`, user: change.user }
      });
    }
  }
});

// rules/plaintext-token.ts
import { createHash as createHash2 } from "node:crypto";

// src/manifest/secrets.ts
var ID_KEY = /^(?:ids?|IDS?|.*[a-z0-9](?:Id|ID)s?|.*[_-](?:id|ID)s?)$/;
var HEX32 = /(?<![0-9A-Za-z])(?:[0-9a-f]{32}|[0-9A-F]{32})(?![0-9A-Za-z])/g;
var MIN_HEX_ENTROPY = 3;
function secretsInString(s, key, appId) {
  if (s.length < 32) return [];
  const out = detectSecrets(s, { path: "", ...appId ? { appId } : {} }).filter((m) => m.kind !== "declared-secret").map((m) => ({ kind: m.kind, start: m.start, end: m.end }));
  if (key !== void 0 && ID_KEY.test(key)) return out;
  for (const m of s.matchAll(HEX32)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((f) => start < f.end && f.start < end)) continue;
    if (!looksRandom(m[0], { entropy: MIN_HEX_ENTROPY, classes: 0, hex: true })) continue;
    out.push({ kind: "app-secret", start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
function findManifestSecrets(value) {
  const out = [];
  const app = isRecord(value) && isRecord(value.app) ? value.app : void 0;
  const appId = typeof app?.id === "string" ? app.id : void 0;
  const seen = /* @__PURE__ */ new Set();
  const push = (s, key, path5, isKey) => {
    for (const f of secretsInString(s, key, appId))
      out.push({ kind: f.kind, path: path5, key: isKey, value: new Secret(s.slice(f.start, f.end)) });
  };
  const walk = (v, key, path5) => {
    if (typeof v === "string") {
      push(v, key, path5, false);
    } else if (Array.isArray(v)) {
      if (seen.has(v)) return;
      seen.add(v);
      v.forEach((item, i) => walk(item, key, [...path5, i]));
    } else if (isRecord(v)) {
      if (seen.has(v)) return;
      seen.add(v);
      for (const [k, child] of Object.entries(v)) {
        push(k, void 0, [...path5, k], true);
        walk(child, k, [...path5, k]);
      }
    }
  };
  walk(value, void 0, []);
  return out;
}
function redactValues(text, secrets) {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    const v = s.reveal();
    if (v.length > 0 && out.includes(v)) out = out.split(v).join(redact(v));
  }
  return out;
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// rules/plaintext-token.ts
var WHAT = {
  "access-token": "a Meta access token",
  "app-access-token": "an app access token ({app-id}|{app-secret})",
  "app-secret": "an app secret (32 hex)"
};
var REVOKE = {
  "access-token": "Revoke the token",
  "app-access-token": "Reset the app secret in the App Dashboard",
  "app-secret": "Reset the app secret in the App Dashboard"
};
function where(path5, key) {
  const segs = key ? path5.slice(0, -1) : path5;
  let out = "";
  for (const seg of segs) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || "(top level)";
}
function isTokenSecret(path5, key) {
  return !key && path5.length === 4 && path5[0] === "systemUsers" && path5[2] === "token" && path5[3] === "secret";
}
var plaintext_token_default = defineRule({
  id: "plaintext-token",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Forbid access tokens, app access tokens and app secrets written into the manifest.",
  rationale: 'The manifest is committed, so whatever it holds stays in the repository\'s history, readable by everyone with read access and by every fork. Meta says access tokens "are considered sensitive and should be kept confidential at all times" and that an app "should never have an access token hard-coded into it"; an app secret (and the app access token `{app-id}|{app-secret}` built from it) is the app\'s password. The manifest names the CI secret that holds a token (`token.secret: META_SHOP_PROD_TOKEN`), never the token itself; the classic mistake is pasting the token where its name belongs. The rule runs even when the manifest is not schema-valid, and shows only the redacted form (the first 4 characters and the length).',
  sources: [
    "https://developers.facebook.com/docs/facebook-login/access-tokens/security",
    "https://developers.facebook.com/docs/facebook-login/guides/access-tokens",
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"
  ],
  acceptsInvalidManifest: true,
  messages: {
    tokenInSecretName: {
      message: "`token.secret` of {{user}} holds what looks like {{what}} ({{redacted}}), not the NAME of the CI secret that holds it.",
      suggestion: "{{revoke}} now (the value stays in the repository history), store the new value as a CI secret, and write that secret's name here, e.g. `secret: META_TOKEN`."
    },
    secretValue: {
      message: "`{{where}}` holds what looks like {{what}} ({{redacted}}); the manifest must never hold secret values.",
      suggestion: "{{revoke}} now (the value stays in the repository history) and keep the new one in a CI secret."
    },
    secretKey: {
      message: "A key in `{{where}}` looks like {{what}} ({{redacted}}); the manifest must never hold secret values.",
      suggestion: "{{revoke}} now (the value stays in the repository history) and remove the key."
    }
  },
  check(ctx) {
    const raw = ctx.manifest;
    for (const s of findManifestSecrets(raw)) {
      const data = { what: WHAT[s.kind], redacted: String(s.value), revoke: REVOKE[s.kind] };
      const anchor = createHash2("sha256").update(s.value.reveal()).digest("hex").slice(0, 16);
      if (isTokenSecret(s.path, s.key)) {
        const u = raw.systemUsers?.[s.path[1]];
        const user = typeof u?.name === "string" && findManifestSecrets(u.name).length === 0 ? u.name : `systemUsers[${String(s.path[1])}]`;
        ctx.report({ messageId: "tokenInSecretName", path: s.path, anchor, secret: s.value, data: { ...data, user } });
      } else if (s.key) ctx.report({ messageId: "secretKey", path: s.path, key: true, anchor, secret: s.value, data: { ...data, where: where(s.path, true) } });
      else ctx.report({ messageId: "secretValue", path: s.path, anchor, secret: s.value, data: { ...data, where: where(s.path, false) } });
    }
  }
});

// rules/system-user-quota.ts
var system_user_quota_default = defineRule({
  id: "system-user-quota",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Limit system users and admin system users to the app's access-level quota.",
  rationale: 'Meta: "Meta limits the number of system users per business manager based on your app\'s access level", and "You can only have one system admin user per Business Manager account". A manifest that declares more cannot be made real: the extra system users cannot be created, and a deployment that expects them fails. graphguard uses development 1/1, basic 3/1 and standard 10/1 (system users / admin system users); Meta does not publish the per-level counts, so `app.quota` overrides them.',
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/collaborative-ads/managed-partner-ads/api-guide/prerequisites/create-system-user"
  ],
  messages: {
    tooMany: {
      message: "System user {{user}} is over the quota: {{declared}} declared but {{limit}} allows {{max}}.",
      suggestion: "Remove system users you no longer need or merge ones with the same access; if Meta granted a higher limit, record it in app.quota.systemUsers."
    },
    tooManyAdmins: {
      message: "Admin system user {{user}} is over the quota: {{declared}} declared but {{limit}} allows {{max}}.",
      suggestion: "Keep no more admin system users than the quota ({{max}}) and make the others role: system_user with only the access they need, or remove them."
    }
  },
  check(ctx) {
    const app = ctx.manifest.app;
    const level = app?.accessLevel;
    const base2 = accessLevels[level ?? "standard"];
    const levelText = level ? `the ${level} access level` : "the standard access level (assumed: app.accessLevel is not set)";
    const limits = [
      { kind: "system_user", noun: "system user", messageId: "tooMany", max: app?.quota?.systemUsers, fallback: base2.systemUsers },
      { kind: "admin", noun: "admin system user", messageId: "tooManyAdmins", max: app?.quota?.adminSystemUsers, fallback: base2.adminSystemUsers }
    ];
    for (const l of limits) {
      const max = l.max ?? l.fallback;
      const limit = l.max !== void 0 ? `app.quota` : levelText;
      const users = [...usersWithIndex(ctx.manifest)].filter(([u]) => u.role === l.kind);
      const over = users[max];
      if (!over) continue;
      const [user, ui] = over;
      ctx.report({
        messageId: l.messageId,
        path: ["systemUsers", ui, "name"],
        data: { declared: `${users.length} ${l.noun}${users.length === 1 ? " is" : "s are"}`, limit, max, user: user.name }
      });
    }
  }
});

// rules/test-token-in-production.ts
var other = (e) => e === "production" ? "test" : "production";
var test_token_in_production_default = defineRule({
  id: "test-token-in-production",
  kind: "code",
  defaultSeverity: "error",
  description: "Forbid a test system user's token secret in a workflow job or deploy config that targets production, and a production token where the target is test.",
  rationale: "Meta: \"You should create one system user for each type of access you need … This way, if a system user token is compromised, it has limited scope.\" Test and production system users exist so that a test run cannot touch live pages, catalogs and orders, and a leaked test token cannot either; `env-separation` keeps them apart in the manifest. This rule checks that the code keeps them apart too: a GitHub Actions job with `environment: production` that reads a test user's token secret (a production deploy running with test credentials) or a test job that reads the production token, and deploy configs whose environment is explicit (`.env.production`, `values-prod.yaml`, `deploy/prod/…`, `environment: production` at the top of a YAML file) that reference the other environment's token.",
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
    "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idenvironment"
  ],
  messages: {
    testInProductionJob: {
      message: "Job {{job}} deploys to environment {{environment}} (production) but uses {{name}}, the token secret of test system user {{user}}.",
      suggestion: "Use the token secret of a production system user in job {{job}}{{fix}}."
    },
    productionInTestJob: {
      message: "Job {{job}} runs in environment {{environment}} (test) but uses {{name}}, the token secret of production system user {{user}}.",
      suggestion: "Use the token secret of a test system user in job {{job}}{{fix}}."
    },
    testInProductionConfig: {
      message: "Deploy config {{file}} targets production but uses {{name}}, the token secret of test system user {{user}}.",
      suggestion: "Reference the token secret of a production system user here{{fix}}."
    },
    productionInTestConfig: {
      message: "Deploy config {{file}} targets test but uses {{name}}, the token secret of production system user {{user}}.",
      suggestion: "Reference the token secret of a test system user here{{fix}}."
    }
  },
  // A reference names a test or production token's secret (a superset of the names checkFile looks for).
  needles: (ctx) => {
    if (!ctx.manifest) return [];
    const model = codeModel(ctx.manifest);
    return referenceNeedles([...model.test, ...model.production].map((o2) => o2.name));
  },
  checkFile(ctx) {
    if (!ctx.manifest) return;
    const path5 = ctx.file.path;
    if (path5 === ctx.manifestFile || isProseFile(path5)) return;
    const model = codeModel(ctx.manifest);
    if (model.test.length === 0 && model.production.length === 0) return;
    const text = ctx.file.text;
    const owners = /* @__PURE__ */ new Map();
    for (const o2 of [...model.test, ...model.production]) if (!owners.has(o2.name)) owners.set(o2.name, o2);
    const shared = new Set(model.test.map((o2) => o2.name).filter((n) => model.production.some((p) => p.name === n)));
    for (const n of shared) owners.delete(n);
    if (owners.size === 0) return;
    const refs = findSecretReferences(text, [...owners.keys()]);
    if (refs.length === 0) return;
    const fixFor = (want) => {
      const o2 = want === "production" ? model.production[0] : model.test[0];
      return o2 && !shared.has(o2.name) ? `, e.g. ${o2.name} (${o2.user})` : "";
    };
    if (isWorkflowPath(path5)) {
      const workflow = parseWorkflow(text);
      if (!workflow) return;
      for (const ref of refs) {
        const owner = owners.get(ref.name);
        const env = owner.environment;
        const jobs = jobAt(workflow, ref.start).filter((j) => j.environment && environmentOfName(j.environment.name) === other(env));
        if (jobs.length === 0) continue;
        const environment2 = jobs[0].environment.name;
        const job = jobs.map((j) => j.id).join(", ");
        ctx.report({
          messageId: env === "test" ? "testInProductionJob" : "productionInTestJob",
          data: { job, environment: environment2, name: ref.name, user: owner.user, fix: fixFor(other(env)) },
          start: ref.start,
          end: ref.end,
          anchor: lineAnchor(text, ref.start, ref.end, `${ref.name}\0${job}`)
        });
      }
      return;
    }
    const target = environmentOfFile(path5, text);
    if (!target) return;
    for (const ref of refs) {
      const owner = owners.get(ref.name);
      if (owner.environment === target) continue;
      ctx.report({
        messageId: target === "production" ? "testInProductionConfig" : "productionInTestConfig",
        data: { file: path5, name: ref.name, user: owner.user, fix: fixFor(target) },
        start: ref.start,
        end: ref.end,
        anchor: lineAnchor(text, ref.start, ref.end, ref.name)
      });
    }
  }
});

// rules/token-rotation.ts
var token_rotation_default = defineRule({
  id: "token-rotation",
  kind: "manifest",
  defaultSeverity: "warn",
  description: "Require a rotation policy for non-expiring tokens and rotation within it.",
  rationale: 'Meta offers system-user tokens that never expire and tokens that expire after 60 days, and suggests the expiring kind when "you want to limit the risk of leaked access tokens". A non-expiring token is acceptable only with a rotation policy that is kept: `rotateEveryDays` and a `lastRotated` date within it. A 60-day token cannot be rotated less often than every 60 days, since it stops working. Rotating means generating a new token (`POST /{system-user-id}/access_tokens`) and revoking the old one; Meta\'s only revocation for system-user tokens, `DELETE /{system-user-id}/access_tokens`, revokes every token of that user at once.',
  sources: [
    "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens",
    "https://developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling",
    "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user"
  ],
  options: o.object({
    maxRotateEveryDays: o.integer({
      minimum: 1,
      default: 365,
      description: "The longest rotation period accepted for a non-expiring token."
    })
  }),
  messages: {
    noPolicy: {
      message: "The token of {{user}} never expires and has no rotation policy.",
      suggestion: "Add rotateEveryDays (e.g. 90) and lastRotated, or use expires: 60d."
    },
    overdue: {
      message: "The token of {{user}} was last rotated on {{lastRotated}}, {{age}} days ago; the policy is every {{every}} days.",
      suggestion: "Rotate the token now (`graphguard rotate {{user}}` plans it: a new token through the app, then DELETE /{system-user-id}/access_tokens, which revokes EVERY token of that user) and set lastRotated to the date you did."
    },
    over60: {
      message: "The token of {{user}} expires after 60 days but rotateEveryDays is {{every}}.",
      suggestion: "Set rotateEveryDays to 60 or less: the token stops working after 60 days."
    },
    tooLong: {
      message: "The token of {{user}} is rotated every {{every}} days, longer than the {{max}}-day maximum.",
      suggestion: "Set rotateEveryDays to {{max}} or less."
    },
    noLastRotated: {
      message: "The token of {{user}} has a rotation policy but no lastRotated date, so its age cannot be checked.",
      suggestion: "Add lastRotated: YYYY-MM-DD."
    },
    future: {
      message: "The token of {{user}} has lastRotated {{lastRotated}}, a date after today ({{today}}).",
      suggestion: "Fix the date."
    }
  },
  check(ctx, options) {
    for (const [user, ui] of usersWithIndex(ctx.manifest)) {
      const t = user.token;
      if (!t) continue;
      const p = ["systemUsers", ui, "token"];
      const expires = t.expires ?? "never";
      const every = t.rotateEveryDays;
      if (expires === "60d") {
        if (every !== void 0 && every > 60)
          ctx.report({ messageId: "over60", path: [...p, "rotateEveryDays"], data: { user: user.name, every } });
      } else if (every === void 0) {
        ctx.report({ messageId: "noPolicy", path: t.expires ? [...p, "expires"] : p, data: { user: user.name } });
        continue;
      } else if (every > options.maxRotateEveryDays) {
        ctx.report({ messageId: "tooLong", path: [...p, "rotateEveryDays"], data: { user: user.name, every, max: options.maxRotateEveryDays } });
      }
      const period = expires === "60d" ? Math.min(every ?? 60, 60) : every;
      if (period === void 0) continue;
      if (!t.lastRotated) {
        if (every !== void 0) ctx.report({ messageId: "noLastRotated", path: p, severity: "notice", data: { user: user.name } });
        continue;
      }
      const age = daysBetween(t.lastRotated, ctx.today);
      if (Number.isNaN(age)) continue;
      if (age < 0) ctx.report({ messageId: "future", path: [...p, "lastRotated"], data: { user: user.name, lastRotated: t.lastRotated, today: ctx.today } });
      else if (age > period)
        ctx.report({ messageId: "overdue", path: [...p, "lastRotated"], data: { user: user.name, lastRotated: t.lastRotated, age, every: period } });
    }
  }
});

// rules/unknown-permission.ts
var current = Object.keys(permissions).filter((p) => permissions[p].status === "current");
var unknown_permission_default = defineRule({
  id: "unknown-permission",
  kind: "manifest",
  defaultSeverity: "error",
  description: "Disallow permission names that the Graph API does not have.",
  rationale: `A token can only carry permissions that exist: Meta rejects an unknown scope ("Provided permission is not valid"), so a misspelt name in the manifest means the real token differs from what the manifest says, and least-privilege and App Review checks reason over a permission nobody can hold. Names are checked against graphguard's sourced permission list (data/permissions.json), which follows Meta's Permissions Reference; retired names are left to deprecated-permission.`,
  sources: ["https://developers.facebook.com/docs/permissions", "https://developers.facebook.com/docs/permissions/reference"],
  options: o.object({
    allow: o.array(o.string({ pattern: "^[a-z][a-z0-9_]*$" }), {
      default: [],
      uniqueItems: true,
      description: "Permission names to accept although graphguard's list does not have them (a scope Meta added since)."
    })
  }),
  messages: {
    unknown: {
      message: "Permission `{{permission}}` of {{owner}} is not a Graph API permission — did you mean `{{near}}`?",
      suggestion: "Rename it to `{{near}}`."
    },
    unknownNoSuggestion: {
      message: "Permission `{{permission}}` of {{owner}} is not a Graph API permission.",
      suggestion: "Check the name in Meta's Permissions Reference (https://developers.facebook.com/docs/permissions); if Meta added it recently, list it under `rules: { unknown-permission: { allow: [{{permission}}] } }`."
    }
  },
  check(ctx, options) {
    const allowed = new Set(options.allow);
    for (const ref of permissionRefs(ctx.manifest)) {
      const p = ref.permission;
      if (knownPermission(p) || allowed.has(p)) continue;
      if (secretsInString(p, void 0).length > 0) continue;
      const near = suggest(p, current);
      if (near) ctx.report({ messageId: "unknown", path: ref.path, anchor: p, data: { permission: p, owner: ref.owner, near } });
      else ctx.report({ messageId: "unknownNoSuggestion", path: ref.path, anchor: p, data: { permission: p, owner: ref.owner } });
    }
  }
});

// rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "unused-suppression",
  kind: "meta",
  reports: "unused-suppressions",
  defaultSeverity: "warn",
  description: "Disallow suppression comments that suppress nothing.",
  rationale: "A suppression left behind after its finding was fixed would silently hide the next problem on that line. Removing it keeps every exception deliberate.",
  sources: ["https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives"],
  messages: {
    unused: {
      message: "Suppression of {{rules}} suppresses nothing on the next line.",
      suggestion: "Remove the comment."
    }
  }
});

// rules/index.ts
var rules = [
  admin_scope_default,
  admin_token_in_code_default,
  app_review_default,
  asset_reference_default,
  deprecated_permission_default,
  env_separation_default,
  graph_api_version_default,
  graph_api_version_in_code_default,
  hardcoded_token_default,
  invalid_suppression_default,
  least_privilege_permissions_default,
  least_privilege_tasks_default,
  live_asset_ownership_default,
  live_missing_system_user_default,
  live_role_drift_default,
  live_task_drift_default,
  live_token_age_default,
  live_token_invalid_default,
  live_token_scope_drift_default,
  live_undeclared_system_user_default,
  manifest_schema_default2,
  new_access_default,
  plaintext_token_default,
  system_user_quota_default,
  test_token_in_production_default,
  token_rotation_default,
  unknown_permission_default,
  unused_suppression_default
];

// src/findings.ts
import { createHash as createHash3 } from "node:crypto";

// src/manifest/locate.ts
var import_yaml2 = __toESM(require_dist(), 1);
function keyOf(k) {
  return (0, import_yaml2.isScalar)(k) ? k.value : k;
}
function locate(doc, lc, path5, opts = {}) {
  let node = doc.contents;
  let fallback;
  for (let i = 0; i < path5.length; i++) {
    const seg = path5[i];
    const last = i === path5.length - 1;
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml2.isPair)(p) && String(keyOf(p.key)) === String(seg));
      if (!pair) break;
      const keyRange = pair.key?.range;
      if (last && opts.key && keyRange) return toRange(lc, keyRange[0], keyRange[1]);
      const value = pair.value;
      if (!value || !value.range || (0, import_yaml2.isScalar)(value) && value.value === null && value.range[0] === value.range[1]) {
        if (keyRange) return toRange(lc, keyRange[0], keyRange[1]);
        break;
      }
      if (keyRange) fallback = [keyRange[0], keyRange[1]];
      node = value;
    } else if ((0, import_yaml2.isSeq)(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (!item || !item.range) break;
      node = item;
      fallback = void 0;
    } else {
      break;
    }
    if (last) {
      const r2 = node.range;
      return toRange(lc, r2[0], headEnd(node, r2));
    }
  }
  if (path5.length === 0 && node && node.range) {
    const r2 = node.range;
    return toRange(lc, r2[0], headEnd(node, r2));
  }
  if (fallback) return toRange(lc, fallback[0], fallback[1]);
  const r = node?.range;
  if (r) return toRange(lc, r[0], headEnd(node, r));
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function headEnd(node, r) {
  if ((0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node)) {
    const first = node.items[0];
    const fr = (0, import_yaml2.isPair)(first) ? first.key?.range : first?.range;
    if (fr && node.flow !== true) return fr[1];
    return r[1];
  }
  return r[1];
}
function toRange(lc, start, end) {
  const s = lc.linePos(start);
  const e = lc.linePos(Math.max(start, end));
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}
function semanticPath(value, path5) {
  let out = "";
  let cur = value;
  for (const seg of path5) {
    if (typeof seg === "number") {
      const item = Array.isArray(cur) ? cur[seg] : void 0;
      let label = String(seg);
      if (item && typeof item === "object") {
        const o2 = item;
        const named = o2.name ?? o2.asset ?? o2.id;
        if (typeof named === "string" || typeof named === "number") label = String(named);
      } else if (typeof item === "string" || typeof item === "number") label = String(item);
      out += `[${label}]`;
      cur = item;
    } else {
      out += out ? `.${seg}` : seg;
      cur = cur && typeof cur === "object" ? cur[seg] : void 0;
    }
  }
  return out;
}

// src/format/frame.ts
var FRAME_CONTEXT = 1;
var FRAME_WIDTH = 160;
var LOOK_AROUND = 1024;
var MAX_RUN = 4096;
var MIN_HIDDEN_RUN = 8;
function isTokenChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 45 || // -
  c === 95 || // _
  c === 43 || // +
  c === 47 || // /
  c === 61 || // =
  c === 37 || // %
  c === 124 || // |
  c === 46;
}
function frameLine(raw, column, opts = {}) {
  const redact2 = opts.redact ?? ((t) => redactSecretsInText(t));
  const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  const n = line.length;
  if (n <= FRAME_WIDTH && !opts.cutStart && !opts.cutEnd) return redact2(line);
  const from = Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 4, n - FRAME_WIDTH));
  const to = Math.min(n, from + FRAME_WIDTH);
  let cs = Math.max(0, from - LOOK_AROUND);
  let ce = Math.min(n, to + LOOK_AROUND);
  for (let k = 0; cs > 0 && k < MAX_RUN && isTokenChar(line.charCodeAt(cs - 1)); k++) cs--;
  for (let k = 0; ce < n && k < MAX_RUN && isTokenChar(line.charCodeAt(ce)); k++) ce++;
  const leftCut = cs > 0 && isTokenChar(line.charCodeAt(cs - 1)) || cs === 0 && opts.cutStart === true;
  const rightCut = ce < n && isTokenChar(line.charCodeAt(ce)) || ce === n && opts.cutEnd === true;
  let a = cs;
  let b = ce;
  if (leftCut) {
    let e = a;
    while (e < b && isTokenChar(line.charCodeAt(e))) e++;
    if (e - a >= MIN_HIDDEN_RUN || cs > 0) a = e;
  }
  if (rightCut) {
    let s = b;
    while (s > a && isTokenChar(line.charCodeAt(s - 1))) s--;
    if (b - s >= MIN_HIDDEN_RUN || ce < n) b = s;
  }
  const before = redact2(line.slice(a, Math.max(a, Math.min(from, b))));
  const all = redact2(line.slice(a, b));
  const start = Math.min(before.length, Math.max(0, all.length - FRAME_WIDTH));
  const shown = all.slice(start, start + FRAME_WIDTH);
  const clippedLeft = start > 0 || a > 0;
  const clippedRight = start + FRAME_WIDTH < all.length || b < n;
  return (clippedLeft ? "…" : "") + shown + (clippedRight ? "…" : "");
}
function buildFrame(lines, line, column, opts = {}) {
  const startLine = Math.max(1, line - FRAME_CONTEXT);
  const out = [];
  for (let n = startLine; n <= line + FRAME_CONTEXT; n++) {
    const l = lines(n);
    if (l === void 0) break;
    out.push(
      frameLine(l, n === line ? column : 1, {
        ...opts.redact ? { redact: opts.redact } : {},
        cutStart: opts.cutStart?.(n) ?? false,
        cutEnd: opts.cutEnd?.(n) ?? false
      })
    );
  }
  return { startLine, lines: out };
}

// src/settings.ts
function resolveRuleSettings(rules2, configured) {
  const out = /* @__PURE__ */ new Map();
  const conf = configured && typeof configured === "object" ? configured : {};
  for (const rule of rules2) {
    const defaults = rule.options ? optionDefaults(rule.options.schema) : {};
    const c = conf[rule.id];
    if (typeof c === "string") out.set(rule.id, { severity: c, explicit: true, options: defaults });
    else if (c && typeof c === "object") {
      const { severity, ...opts } = c;
      out.set(rule.id, {
        severity: severity ?? rule.defaultSeverity,
        explicit: severity !== void 0,
        options: { ...defaults, ...opts }
      });
    } else out.set(rule.id, { severity: rule.defaultSeverity, explicit: false, options: defaults });
  }
  return out;
}
function effectiveSeverity(setting, own) {
  if (setting.explicit || own === void 0) return setting.severity;
  return own;
}

// src/findings.ts
function fingerprint(...parts2) {
  return createHash3("sha256").update(parts2.join("\0")).digest("hex").slice(0, 32);
}
function manifestFinding(rule, setting, m, r) {
  const range = locate(m.doc, m.lineCounter, r.path, { key: r.key });
  const secrets = manifestSecrets(m);
  const hide = (t) => redactValues(t, secrets);
  const rendered = renderMessage(rule, r.messageId, r.data);
  const message = hide(rendered.message);
  const suggestion = rendered.suggestion !== void 0 ? hide(rendered.suggestion) : void 0;
  const anchor = semanticPath(m.value, r.path);
  const lines = manifestLines(m);
  return {
    ruleId: rule.id,
    severity: effectiveSeverity(setting, r.severity),
    message,
    file: m.file,
    ...range,
    fingerprint: fingerprint(rule.id, m.file, anchor, r.messageId, r.anchor ?? ""),
    messageId: r.messageId,
    ...suggestion !== void 0 ? { suggestion } : {},
    frame: buildFrame((n) => lines.lineText(n), range.line, range.column, { redact: (l) => redactSecretsInText(hide(l)) }),
    ...r.secret ? { secret: r.secret } : {}
  };
}
var secretCache = /* @__PURE__ */ new WeakMap();
function manifestSecrets(m) {
  let s = secretCache.get(m);
  if (!s) secretCache.set(m, s = findManifestSecrets(m.value).map((f) => f.value));
  return s;
}
var lineCache = /* @__PURE__ */ new WeakMap();
function manifestLines(m) {
  let l = lineCache.get(m);
  if (!l) lineCache.set(m, l = new LineIndex(m.text));
  return l;
}
function chunkIndex(file) {
  const origin = { line: file.startLine, column: file.startColumn };
  return new LineIndex(file.text, origin);
}
function codeFinding(rule, setting, file, index, r, redactLine, cutEnd = false) {
  const start = index.position(r.start);
  const end = index.position(Math.max(r.start, r.end));
  const { message, suggestion } = renderMessage(rule, r.messageId, r.data);
  return {
    ruleId: rule.id,
    severity: effectiveSeverity(setting, r.severity),
    message,
    file: file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fingerprint: fingerprint(rule.id, file.path, r.anchor, r.messageId),
    messageId: r.messageId,
    ...suggestion !== void 0 ? { suggestion } : {},
    frame: buildFrame((n) => index.lineText(n), start.line, start.column, {
      ...redactLine ? { redact: redactLine } : {},
      // A chunk's first line starts mid-line unless the chunk starts the file or a line.
      cutStart: (n) => n === file.startLine && file.startColumn > 1,
      cutEnd: (n) => cutEnd && index.lineText(n + 1) === void 0
    }),
    ...r.secret ? { secret: r.secret } : {}
  };
}
function pipelineFinding(rule, setting, at, messageId, data) {
  const { message, suggestion } = renderMessage(rule, messageId, data);
  return {
    ruleId: rule.id,
    severity: setting.severity,
    message,
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.endColumn,
    fingerprint: fingerprint(rule.id, at.file, at.anchor, messageId),
    messageId,
    ...suggestion !== void 0 ? { suggestion } : {}
  };
}
function toPublic(f) {
  const out = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fingerprint: f.fingerprint
  };
  if (f.suggestion !== void 0) out.suggestion = f.suggestion;
  if (f.messageId !== void 0) out.messageId = f.messageId;
  if (f.frame) out.frame = f.frame;
  return out;
}

// src/stages/baseline.ts
import path from "node:path";

// src/baseline.ts
function buildBaseline(findings) {
  const seen = /* @__PURE__ */ new Set();
  const entries = findings.filter((f) => !seen.has(f.fingerprint) && seen.add(f.fingerprint)).map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file })).sort((a, b2) => a.file + a.ruleId + a.fingerprint < b2.file + b2.ruleId + b2.fingerprint ? -1 : 1);
  const b = { version: 1, tool: "graphguard", findings: entries };
  return `${JSON.stringify(b, null, 2)}
`;
}
var MAX_BASELINE_BYTES = 64 * 1024 * 1024;
function readBaseline(absPath) {
  const raw = readUserFile(absPath, { maxBytes: MAX_BASELINE_BYTES, what: "baseline", display: absPath }).toString("utf8");
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new ConfigError("baseline is not JSON; write it with `graphguard baseline`", absPath, 1, 1);
  }
  const list = data?.findings;
  if (!Array.isArray(list) || list.some((e) => typeof e?.fingerprint !== "string"))
    throw new ConfigError("baseline has no `findings` list of fingerprints; write it with `graphguard baseline`", absPath, 1, 1);
  return new Set(list.map((e) => e.fingerprint));
}

// src/stages/baseline.ts
function applyBaseline(cwd, findings, baselineFile, onlyFiles) {
  let kept = findings;
  let baselined = 0;
  if (baselineFile) {
    const accepted = readBaseline(path.resolve(cwd, baselineFile));
    kept = kept.filter((f) => {
      if (!accepted.has(f.fingerprint)) return true;
      baselined++;
      return false;
    });
  }
  if (onlyFiles) kept = kept.filter((f) => onlyFiles.has(f.file));
  return { findings: kept, baselined };
}

// src/errors.ts
var InternalError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "InternalError";
  }
};
var RuleCrash = class extends InternalError {
  constructor(ruleId, cause) {
    super(`rule ${ruleId} crashed: ${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}`, { cause });
    this.ruleId = ruleId;
    this.name = "RuleCrash";
    if (cause instanceof Error && cause.stack) this.stack = `${this.name}: ${this.message}
${cause.stack}`;
  }
  ruleId;
};
function runRule(ruleId, fn) {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError || e instanceof RuleCrash) throw e;
    throw new RuleCrash(ruleId, e);
  }
}

// src/stages/run.ts
function settingOf(run, rule) {
  return run.settings.get(rule.id);
}
function activeRules(run, kind) {
  return run.rules.filter((r) => r.kind === kind && settingOf(run, r).severity !== "off");
}
function manifestReporter(run, rule, out) {
  return (r) => out.push(manifestFinding(rule, settingOf(run, rule), run.loaded, r));
}

// src/stages/rules.ts
function runManifestRules(run) {
  const out = [];
  for (const rule of activeRules(run, "manifest")) {
    if (!run.valid && !rule.acceptsInvalidManifest) continue;
    const ctx = { ...base(run), valid: run.valid, schemaProblems: run.problems, report: manifestReporter(run, rule, out) };
    runRule(rule.id, () => rule.check(ctx, settingOf(run, rule).options));
  }
  return out;
}
function runLiveRules(run, live2) {
  const out = [];
  for (const rule of activeRules(run, "live")) {
    const ctx = { ...base(run), live: live2, report: manifestReporter(run, rule, out) };
    runRule(rule.id, () => rule.check(ctx, settingOf(run, rule).options));
  }
  return out;
}
function runDiffRules(run, changes) {
  const out = [];
  for (const rule of activeRules(run, "diff")) {
    const ctx = { ...base(run), changes, report: manifestReporter(run, rule, out) };
    runRule(rule.id, () => rule.check(ctx, settingOf(run, rule).options));
  }
  return out;
}
function base(run) {
  return { manifest: run.manifest, manifestFile: run.loaded.file, today: run.today };
}

// src/stages/diff.ts
function diff(run, base2) {
  if (!run.valid) return void 0;
  const baseManifest = base2.text === null ? null : parseManifestText(base2.text, `${base2.file} (base)`).value;
  const changes = diffManifests(baseManifest, run.manifest);
  return { changes, findings: runDiffRules(run, changes) };
}

// src/stages/live.ts
async function live(run, opts, found) {
  if (!run.valid) throw new ConfigError(`${run.loaded.file}: the manifest is not valid; fix the manifest-schema findings before a live check`);
  const { fetchLiveSnapshot, liveFailureText } = await import("./snapshot-73FPZOHE.js");
  let snapshot;
  if (opts.snapshot) snapshot = opts.snapshot;
  else
    try {
      ({ snapshot } = await fetchLiveSnapshot({
        manifest: run.manifest,
        env: run.env,
        graphUrl: opts.graphUrl ?? run.env.GRAPHGUARD_GRAPH_URL ?? "https://graph.facebook.com",
        timeoutSeconds: opts.timeoutSeconds ?? 60,
        // Only token-shaped secrets go to debug_token; app secrets and other values never leave.
        leaked: uniqueSecrets(found).filter((s) => /^EAA|^\d{15,18}(?:\||%7C)/i.test(s.reveal())),
        ...opts.fetch ? { fetch: opts.fetch } : {},
        ...opts.sleep ? { sleep: opts.sleep } : {},
        debug: run.debug
      }));
    } catch (e) {
      throw new ConfigError(liveFailureText(e, "live check failed"));
    }
  const findings = runLiveRules(run, snapshot);
  const noting = new Set(run.rules.filter((r) => r.kind === "code" && r.notesLiveTokens).map((r) => r.id));
  for (const f of found) {
    if (!f.secret || !noting.has(f.ruleId)) continue;
    const info = snapshot.leakedTokens[secretHash(f.secret)];
    if (info) f.message = withLiveNote(f.message, leakedTokenNote(info, snapshot, run.manifest));
  }
  return { findings, snapshot };
}
function uniqueSecrets(findings) {
  const by = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.secret) by.set(f.secret.reveal(), f.secret);
  return [...by.values()];
}

// src/stages/load.ts
import path2 from "node:path";
function load(input) {
  const cwd = path2.resolve(input.cwd);
  const manifestPath = findManifest(cwd, input.manifest);
  if (!manifestPath)
    throw new ConfigError(`no manifest found (looked for ${MANIFEST_NAMES.join(", ")}); run \`graphguard init\` or pass --manifest`);
  const loaded = loadManifest(manifestPath, cwd);
  input.debug(`manifest: ${loaded.file}`);
  const { manifest: _, ...rest } = input;
  return { ...rest, cwd, loaded, manifest: loaded.value };
}
function validate(run, diffSeverity) {
  const problems = validateManifest(run.loaded.value, () => run.loaded.doc);
  const valid = problems.length === 0;
  const settings = resolveRuleSettings(run.rules, valid ? run.manifest.rules : void 0);
  if (diffSeverity) {
    for (const rule of run.rules) if (rule.kind === "diff") settings.set(rule.id, { ...settings.get(rule.id), severity: diffSeverity, explicit: true });
  }
  return { ...run, valid, problems, settings };
}

// src/suppress.ts
var DIRECTIVE = "graphguard-disable-next-line";
var RE = /(?:#|\/\/|\/\*|<!--|--|;)\s*graphguard-disable-next-line\b([^\n]*)/g;
function parseSuppressions(text, startLine = 1, startColumn = 1) {
  if (!text.includes(DIRECTIVE)) return [];
  const out = [];
  const index = new LineIndex(text, { line: startLine, column: startColumn });
  for (const m of text.matchAll(RE)) {
    const at = m.index + m[0].indexOf(DIRECTIVE);
    const { line, column: col } = index.position(at);
    let body = m[1].replace(/\s*(\*\/|-->)\s*$/, "").trim();
    let until;
    body = body.replace(/\buntil=(\S+)/, (_, d) => {
      until = d;
      return "";
    });
    const sep = body.indexOf("--");
    const rulePart = (sep === -1 ? body : body.slice(0, sep)).trim();
    const reason = sep === -1 ? void 0 : body.slice(sep + 2).trim() || void 0;
    const endCol = col + m[0].length - m[0].indexOf(DIRECTIVE);
    out.push({
      line,
      column: col,
      endColumn: endCol,
      targetLine: line + 1,
      rules: rulePart.split(/[\s,]+/).filter(Boolean),
      ...reason !== void 0 ? { reason } : {},
      ...until !== void 0 ? { until } : {},
      text: m[0].slice(m[0].indexOf(DIRECTIVE)).trim()
    });
  }
  return out;
}
function suppressionProblem(s, knownRules, today) {
  if (s.rules.length === 0) return { messageId: "noRule", data: {} };
  for (const r of s.rules) if (!knownRules.has(r)) return { messageId: "unknownRule", data: { rule: r } };
  if (!s.reason) return { messageId: "noReason", data: { rules: s.rules.join(", ") } };
  if (s.until !== void 0) {
    if (!isValidDate(s.until)) return { messageId: "badDate", data: { until: s.until } };
    if (s.until < today) return { messageId: "expired", data: { until: s.until } };
  }
  return void 0;
}
function isValidDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// src/scan/walk.ts
var import_fast_glob = __toESM(require_out4(), 1);
import { execFile } from "node:child_process";
import { lstatSync } from "node:fs";
import { lstat, readFile, realpath } from "node:fs/promises";
import path3 from "node:path";
function absolutePath(cwd, rel, raw) {
  const bytes = raw?.get(rel);
  if (!bytes) return path3.join(cwd, rel);
  return Buffer.concat([Buffer.from(path3.resolve(cwd) + path3.sep, "utf8"), bytes]);
}
var ALWAYS_IGNORED_DIRS = [".git", "node_modules"];
var MAX_GIT_OUTPUT = 1024 * 1024 * 1024;
var MAX_GITIGNORE_BYTES = 1024 * 1024;
async function listFiles(opts) {
  const cwd = path3.resolve(opts.cwd);
  const paths = opts.paths.length > 0 ? opts.paths : ["."];
  const roots = [];
  for (const p of paths) {
    const abs = path3.resolve(cwd, p);
    const st = await lstat(abs).catch((err) => {
      if (err.code === "ENOENT" || err.code === "ENOTDIR") throw new ConfigError(`Path not found: ${p}`);
      throw new ConfigError(`Cannot read path ${p}: ${err.code ?? err.message}`);
    });
    const kind = st.isSymbolicLink() ? "symlink" : st.isDirectory() ? "dir" : st.isFile() ? "file" : void 0;
    if (!kind) throw new ConfigError(`Not a file or directory: ${p}`);
    roots.push({ rel: toPosix(path3.relative(cwd, abs)) || ".", abs, kind });
  }
  const git = await gitInfo(cwd);
  if (opts.changedSince !== void 0 && !git) {
    throw new ConfigError(`--changed-only ${opts.changedSince} needs a git checkout, and ${cwd} is not one.`);
  }
  let symlinks = 0;
  const raw = /* @__PURE__ */ new Map();
  const found = /* @__PURE__ */ new Set();
  const explicit = /* @__PURE__ */ new Set();
  for (const root of roots) {
    if (root.kind === "symlink") symlinks++;
    else if (root.kind === "file") explicit.add(root.rel);
  }
  if (git) {
    for (const root of roots) {
      const real = await realpath(root.abs).catch(() => root.abs);
      if (isOutside(git.top, real)) {
        throw new ConfigError(`Path ${root.rel} is outside the git repository at ${git.top}.`);
      }
    }
    const dirs = roots.filter((r) => r.kind === "dir").map((r) => r.rel);
    if (dirs.length > 0) {
      const out = await runGit(cwd, ["ls-files", "-z", "--cached", "--", ...dirs]);
      for (const name of splitZ(out)) {
        if (name.text.endsWith("/")) continue;
        if (name.bytes) {
          const rel = name.text.replace(/^\.\//, "");
          raw.set(rel, name.bytes);
          found.add(rel);
        } else {
          found.add(normalizeRel(name.text));
        }
      }
    }
  } else {
    const matcher = new GitignoreMatcher();
    for (const root of roots) {
      if (root.kind !== "dir") continue;
      await loadAncestorGitignores(matcher, cwd, root.rel);
      const entries = await (0, import_fast_glob.default)("**", {
        cwd: root.abs,
        dot: true,
        followSymbolicLinks: false,
        onlyFiles: false,
        objectMode: true,
        suppressErrors: true,
        unique: true,
        ignore: ALWAYS_IGNORED_DIRS.flatMap((d) => [`**/${d}`, `**/${d}/**`])
      });
      const candidates = [];
      for (const e of entries) {
        const rel = joinRel(root.rel, e.path);
        if (e.dirent.isSymbolicLink()) {
          if (!matcher.ignores(rel, false)) symlinks++;
        } else if (e.dirent.isFile()) {
          candidates.push(rel);
          if (e.name === ".gitignore") {
            const text = await readSmall(path3.join(root.abs, e.path));
            if (text !== void 0) matcher.add(parentOf(rel), text);
          }
        }
      }
      for (const rel of candidates) if (!matcher.ignores(rel, false)) found.add(rel);
    }
  }
  for (const f of explicit) found.add(f);
  let files = Array.from(found);
  found.clear();
  if (opts.changedSince !== void 0 && git) {
    const changed = await changedFiles(cwd, git.prefix, opts.changedSince);
    files = files.filter((f) => changed.has(f));
  }
  const include = opts.include && opts.include.length > 0 ? compileGlobs(opts.include) : void 0;
  const exclude = opts.exclude && opts.exclude.length > 0 ? compileGlobs(opts.exclude) : void 0;
  if (include || exclude) files = files.filter((f) => (!include || include(f)) && !(exclude && exclude(f)));
  let kept = files;
  if (git && opts.statFiles !== false) {
    kept = [];
    for (const f of files) {
      let kind = "other";
      try {
        const st = lstatSync(absolutePath(cwd, f, raw));
        kind = st.isSymbolicLink() ? "symlink" : st.isFile() ? "file" : "other";
      } catch {
      }
      if (kind === "file") kept.push(f);
      else if (kind === "symlink") symlinks++;
    }
  }
  kept.sort(compareCodeUnits);
  return { files: kept, skipped: { symlinks }, mode: git ? "git" : "filesystem", raw };
}
async function gitInfo(cwd) {
  try {
    const out = (await runGit(cwd, ["rev-parse", "--show-toplevel", "--show-prefix"])).toString("utf8");
    const [top, prefix] = out.split("\n");
    if (!top) return void 0;
    return { top: await realpath(top).catch(() => top), prefix: prefix ?? "" };
  } catch {
    return void 0;
  }
}
async function changedFiles(cwd, prefix, ref) {
  if (ref.startsWith("-") || ref.length === 0) throw new ConfigError(`Invalid revision for --changed-only: "${ref}".`);
  let diff2;
  try {
    diff2 = await runGit(cwd, ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", ref, "--"]);
  } catch (err) {
    throw new ConfigError(`--changed-only ${ref}: ${err.message}`);
  }
  const changed = /* @__PURE__ */ new Set();
  for (const f of splitZ(diff2)) changed.add(fromTopRelative(f.text, prefix));
  return changed;
}
function fromTopRelative(p, prefix) {
  if (prefix && p.startsWith(prefix)) return p.slice(prefix.length);
  return path3.posix.relative(prefix.replace(/\/$/, "") || ".", p);
}
function runGit(cwd, args) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      // fsmonitor can run a configured command: a scanned repository must not run code.
      ["-c", "core.fsmonitor=false", "-c", "core.quotePath=false", ...args],
      {
        cwd,
        encoding: "buffer",
        maxBuffer: MAX_GIT_OUTPUT,
        windowsHide: true,
        env: { ...process.env, GIT_LITERAL_PATHSPECS: "1", GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
      },
      (err, stdout, stderr) => {
        if (err) {
          const line = stderr.toString("utf8").split("\n").find((l) => l.trim()) ?? err.message;
          reject(new Error(line.replace(/^fatal: /, "").trim()));
        } else {
          resolve(stdout);
        }
      }
    );
  });
}
function splitZ(buf) {
  const out = [];
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(0, start);
    if (end === -1) end = buf.length;
    if (end > start) {
      const bytes = buf.subarray(start, end);
      const text = bytes.toString("utf8");
      if (text.includes("�") && !Buffer.from(text, "utf8").equals(bytes)) out.push({ text: escapeInvalidUtf8(bytes), bytes: Buffer.from(bytes) });
      else out.push({ text });
    }
    start = end + 1;
  }
  return out;
}
function escapeInvalidUtf8(bytes) {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (len > 0 && i + len <= bytes.length) {
      const seq = bytes.subarray(i, i + len);
      const text = Buffer.from(seq).toString("utf8");
      if (!text.includes("�") && Buffer.from(text, "utf8").equals(seq)) {
        out += text;
        i += len;
        continue;
      }
    }
    out += `\\x${b.toString(16).padStart(2, "0")}`;
    i++;
  }
  return out;
}
function isOutside(top, abs) {
  const rel = path3.relative(top, abs);
  return rel === ".." || rel.startsWith(`..${path3.sep}`) || path3.isAbsolute(rel);
}
async function loadAncestorGitignores(matcher, cwd, rootRel) {
  if (rootRel === "." || rootRel.startsWith("..")) return;
  const parts2 = rootRel.split("/");
  for (let i = 0; i < parts2.length; i++) {
    const dir = parts2.slice(0, i).join("/");
    const text = await readSmall(path3.join(cwd, dir, ".gitignore"));
    if (text !== void 0) matcher.add(dir, text);
  }
}
async function readSmall(abs) {
  try {
    const st = await lstat(abs);
    if (!st.isFile() || st.size > MAX_GITIGNORE_BYTES) return void 0;
    return await readFile(abs, "utf8");
  } catch {
    return void 0;
  }
}
function toPosix(p) {
  return p.split(path3.sep).join("/");
}
function normalizeRel(p) {
  return toPosix(path3.normalize(p)).replace(/^\.\//, "");
}
function joinRel(root, sub) {
  return root === "." ? sub : `${root}/${sub}`;
}
function parentOf(rel) {
  const i = rel.lastIndexOf("/");
  return i === -1 ? "" : rel.slice(0, i);
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/scan/run.ts
async function scanRepository(input) {
  const { cwd, paths, manifest, today, codeRules, settings, declaredSecrets, debug } = input;
  const manifestFile = input.manifestFile;
  const valid = manifest !== void 0;
  const appId = manifest?.app?.id;
  const findings = [];
  const fileSuppressions = /* @__PURE__ */ new Map();
  let filesScanned = 0;
  const skipped = { binary: 0, unreadable: 0, symlinks: 0 };
  const needleCtx = { ...valid ? { manifest } : {}, manifestFile, today, declaredSecrets };
  const ruleNeedles = codeRules.map((rule) => {
    let needles;
    runRule(rule.id, () => {
      if (rule.needles) needles = rule.needles(needleCtx, settings.get(rule.id).options);
    });
    return needles;
  });
  const suppressionNeedles = [{ text: DIRECTIVE }];
  const prefilter = startPrefilter([...ruleNeedles, suppressionNeedles]);
  let listing;
  let codes;
  try {
    const scan2 = valid ? manifest.scan : void 0;
    try {
      listing = await listFiles({
        cwd,
        paths,
        ...scan2?.include ? { include: scan2.include } : {},
        ...scan2?.exclude ? { exclude: scan2.exclude } : {},
        ...input.changedOnly ? { changedSince: input.changedOnly } : {},
        // The first pass opens every file without following symlinks: no lstat each beforehand.
        statFiles: false
      });
    } catch (e) {
      throw new ConfigError(e.message.split("\n")[0]);
    }
    codes = await prefilter.classify(listing.files.map((rel) => absolutePath(cwd, rel, listing.raw)));
    debug(`scan: ${listing.files.length} files listed (${listing.mode}), first pass on ${lastClassify.threads} thread(s)`);
  } finally {
    prefilter.close();
  }
  skipped.symlinks += listing.skipped.symlinks;
  const ruleTests = ruleNeedles.map(compileNeedles);
  const suppressionTest = compileNeedles(suppressionNeedles);
  const reader = new ByteReader();
  const checkChunk = (rel, chunk, fileRules, sup, fileFindings) => {
    for (const s of parseSuppressions(chunk.text, chunk.startLine, chunk.startColumn))
      if (!sup.has(s.line)) sup.set(s.line, { s, used: false });
    if (fileRules.length === 0) return;
    const file = { path: rel, text: chunk.text, startOffset: chunk.startOffset, startLine: chunk.startLine, startColumn: chunk.startColumn };
    let index;
    let redactor;
    const redactLine = (l) => (redactor ??= secretRedactor(chunk.text, { path: rel, ...appId ? { appId } : {}, declared: declaredSecrets }))(l);
    for (const rule of fileRules) {
      const setting = settings.get(rule.id);
      const ctx = {
        ...valid ? { manifest } : {},
        manifestFile,
        today,
        file,
        declaredSecrets,
        report: (r) => {
          if (!ownsMatch(chunk, r.start)) return;
          index ??= chunkIndex(file);
          fileFindings.push(codeFinding(rule, setting, file, index, r, redactLine, !chunk.last));
        }
      };
      runRule(rule.id, () => rule.checkFile(ctx, setting.options));
    }
  };
  for (const [i, rel] of listing.files.entries()) {
    const code = codes[i];
    if (code === ScanCode.Clean) {
      filesScanned++;
      continue;
    }
    if (code === ScanCode.Binary) {
      skipped.binary++;
      continue;
    }
    if (code === ScanCode.Symlink) {
      skipped.symlinks++;
      continue;
    }
    if (code === ScanCode.Unreadable) {
      skipped.unreadable++;
      continue;
    }
    if (code === ScanCode.Gone) {
      if (listing.mode !== "git") skipped.unreadable++;
      continue;
    }
    const abs = absolutePath(cwd, rel, listing.raw);
    const quick = reader.read(abs);
    let kind;
    let chunk;
    let fileRules = codeRules;
    if (quick === "stream") {
      const loaded = await loadSource(abs);
      kind = loaded.kind;
      chunk = loaded.chunk;
    } else {
      kind = quick.kind;
      if (kind === "text") {
        const bytes = quick.bytes;
        fileRules = codeRules.filter((_, i2) => ruleTests[i2](bytes));
        if (fileRules.length === 0 && !suppressionTest(bytes)) {
          filesScanned++;
          continue;
        }
        chunk = decodeSource(bytes);
      }
    }
    if (kind === "binary") {
      skipped.binary++;
      continue;
    }
    if (kind === "symlink") {
      skipped.symlinks++;
      continue;
    }
    if (kind !== "text") {
      skipped.unreadable++;
      continue;
    }
    filesScanned++;
    const sup = /* @__PURE__ */ new Map();
    const fileFindings = [];
    try {
      if (chunk) checkChunk(rel, chunk, fileRules, sup, fileFindings);
      else for await (const c of readSource(abs)) checkChunk(rel, c, fileRules, sup, fileFindings);
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      skipped.unreadable++;
      debug(`skipped ${rel}: ${e.code ?? "read error"}`);
      continue;
    }
    for (const f of fileFindings) findings.push(f);
    if (sup.size) fileSuppressions.set(rel, sup);
  }
  return { findings, suppressions: fileSuppressions, filesScanned, skipped };
}

// src/stages/scan.ts
async function scan(run, opts) {
  if (opts.paths.length === 0)
    return { findings: [], suppressions: /* @__PURE__ */ new Map(), filesScanned: 0, skipped: { binary: 0, unreadable: 0, symlinks: 0 } };
  return scanRepository({
    cwd: run.cwd,
    paths: opts.paths,
    ...run.valid ? { manifest: run.manifest } : {},
    manifestFile: run.loaded.file,
    today: run.today,
    codeRules: activeRules(run, "code"),
    settings: run.settings,
    declaredSecrets: run.valid ? declaredSecretValues(run.manifest, run.env) : [],
    ...opts.changedOnly ? { changedOnly: opts.changedOnly } : {},
    debug: run.debug
  });
}
function declaredSecretValues(manifest, env) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const u of manifest.systemUsers ?? []) {
    const name = u.token?.secret;
    const v = name ? env[name] : void 0;
    if (name && v && v.length >= 8 && !seen.has(name)) {
      seen.add(name);
      out.push({ name, value: new Secret(v) });
    }
  }
  return out;
}

// src/stages/suppress.ts
function suppress(run, findings, scanned) {
  const byFile = new Map(scanned);
  const manifestSup = /* @__PURE__ */ new Map();
  for (const s of parseSuppressions(run.loaded.text)) manifestSup.set(s.line, { s, used: false });
  byFile.set(run.loaded.file, merge(byFile.get(run.loaded.file), manifestSup));
  const invalidRule = metaRule(run, "invalid-suppressions");
  const unusedRule = metaRule(run, "unused-suppressions");
  const meta = [];
  const report = (rule, file, s, messageId, data) => meta.push(pipelineFinding(rule, settingOf(run, rule), { file, line: s.line, column: s.column, endColumn: s.endColumn, anchor: s.text }, messageId, data));
  const valid = /* @__PURE__ */ new Map();
  for (const [file, sups] of byFile) {
    const ok = /* @__PURE__ */ new Map();
    for (const entry of sups.values()) {
      const p = suppressionProblem(entry.s, run.knownRuleIds, run.today);
      if (!p) ok.set(entry.s.targetLine, entry);
      else if (invalidRule) report(invalidRule, file, entry.s, p.messageId, p.data);
    }
    valid.set(file, ok);
  }
  let suppressed = 0;
  const kept = findings.filter((f) => {
    const entry = valid.get(f.file)?.get(f.line);
    if (!entry || !entry.s.rules.includes(f.ruleId)) return true;
    entry.used = true;
    suppressed++;
    return false;
  });
  if (unusedRule) {
    for (const [file, sups] of valid)
      for (const entry of sups.values()) if (!entry.used) report(unusedRule, file, entry.s, "unused", { rules: entry.s.rules.join(", ") });
  }
  return { findings: [...kept, ...meta], suppressed };
}
function metaRule(run, what) {
  return run.rules.find((r) => r.kind === "meta" && r.reports === what && settingOf(run, r).severity !== "off");
}
function merge(a, b) {
  if (!a) return b;
  for (const [k, v] of b) if (!a.has(k)) a.set(k, v);
  return a;
}

// src/check.ts
function todayUtc() {
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
async function check(opts) {
  const rules2 = opts.rules ?? rules;
  const loaded = load({
    cwd: opts.cwd,
    ...opts.manifest !== void 0 ? { manifest: opts.manifest } : {},
    today: opts.today ?? todayUtc(),
    env: opts.env ?? process.env,
    rules: rules2,
    knownRuleIds: new Set([...rules, ...rules2].map((r) => r.id)),
    debug: opts.debug ?? (() => {
    })
  });
  const run = validate(loaded, opts.newAccess);
  if (opts.onSecrets && run.valid) opts.onSecrets(declaredSecretValues(run.manifest, run.env).map((d) => d.value));
  const findings = runManifestRules(run);
  const scanned = await scan(run, { paths: opts.paths ?? ["."], ...opts.changedOnly ? { changedOnly: opts.changedOnly } : {} });
  findings.push(...scanned.findings);
  const secrets = uniqueSecrets(findings);
  opts.onSecrets?.(secrets);
  const liveResult = opts.live ? await live(run, opts.live, findings) : void 0;
  if (liveResult) findings.push(...liveResult.findings);
  const diffResult = opts.base ? diff(run, opts.base) : void 0;
  if (diffResult) findings.push(...diffResult.findings);
  const suppressed = suppress(run, findings, scanned.suppressions);
  const kept = applyBaseline(run.cwd, sortAndDedupe(suppressed.findings), opts.baseline, opts.onlyFiles);
  const snapshot = liveResult?.snapshot;
  const liveStatus = !snapshot ? "skipped" : snapshot.incomplete.length ? "incomplete" : "verified";
  const report = {
    tool: { name: "graphguard", version: VERSION },
    summary: { ...counts(kept.findings), filesScanned: scanned.filesScanned, live: liveStatus },
    findings: kept.findings.map(toPublic),
    manifest: run.loaded.file,
    skipped: scanned.skipped,
    ...snapshot?.incomplete.length ? { unverified: snapshot.incomplete } : {},
    suppressed: suppressed.suppressed,
    baselined: kept.baselined
  };
  return { report, ...diffResult ? { changes: diffResult.changes } : {}, secrets };
}
function counts(findings) {
  const count = (s) => findings.filter((f) => f.severity === s).length;
  return { errors: count("error"), warnings: count("warn"), notices: count("notice") };
}

// src/format/json.ts
var formatJson = (report) => {
  const out = {
    tool: report.tool,
    summary: report.summary,
    ...report.unverified ? { unverified: report.unverified } : {},
    // Everything a finding carries but its frame (stylish only) and messageId (not in SPEC §5).
    findings: report.findings.map(({ frame: _frame, messageId: _messageId, ...f }) => f)
  };
  return `${JSON.stringify(out, null, 2)}
`;
};

// src/secrets/sink.ts
var VENDOR = new RegExp(
  [
    String.raw`\b(?:ABIA|ACCA)[0-9A-Z]{16}\b`,
    // AWS key ids findCredentialSpans does not list
    String.raw`\bya29\.[0-9A-Za-z_-]{20,}`,
    // Google OAuth
    String.raw`\bglpat-[0-9A-Za-z_-]{20,}`,
    // GitLab
    String.raw`\bnpm_[0-9A-Za-z]{36}`,
    // npm
    String.raw`\bpypi-[0-9A-Za-z_-]{50,}`,
    // PyPI
    String.raw`\bSG\.[0-9A-Za-z_-]{16,}\.[0-9A-Za-z_-]{16,}`,
    // SendGrid
    String.raw`\bsk-(?:proj-|ant-)?[0-9A-Za-z_-]{32,}`,
    // OpenAI, Anthropic
    String.raw`\bhf_[0-9A-Za-z]{30,}`,
    // Hugging Face
    String.raw`\bdop_v1_[0-9a-f]{64}`,
    // DigitalOcean
    String.raw`\bshp(?:at|ss|ca|pa)_[0-9a-fA-F]{32}`,
    // Shopify
    String.raw`\beyJ[0-9A-Za-z_-]{10,}\.eyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}`
    // JWT
  ].join("|"),
  "g"
);
var LONG_RUN = /[A-Za-z0-9]{40,}/g;
function randomRuns(text, out) {
  for (const m of text.matchAll(LONG_RUN)) {
    const run = m[0];
    const eaa = run.indexOf("EAA");
    if (eaa !== -1 && run.length - eaa >= 35 || looksRandom(run, { entropy: 4, classes: 3 })) out.push({ start: m.index, end: m.index + run.length });
  }
}
function credentialSpans(text, declared) {
  const spans = findCredentialSpans(text, declared).map((m) => ({ start: m.start, end: m.end }));
  for (const m of text.matchAll(VENDOR)) spans.push({ start: m.index, end: m.index + m[0].length });
  randomRuns(text, spans);
  return merge2(spans);
}
function merge2(spans) {
  if (spans.length <= 1) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [{ ...spans[0] }];
  for (const s of spans.slice(1)) {
    const last = out[out.length - 1];
    if (s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var CONTROL_OR_LAYOUT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var SGR = /\u001b\[[0-9;]{0,16}m/y;
function hex4(c) {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function escapeControls(text, opts = {}) {
  const re = opts.oneLine ? CONTROL_OR_LAYOUT : CONTROL;
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  if (!opts.ansi) return text.replace(re, hex4);
  let out = "";
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index < at) continue;
    if (m[0] === "\x1B") {
      SGR.lastIndex = m.index;
      if (SGR.test(text)) {
        out += text.slice(at, SGR.lastIndex);
        at = SGR.lastIndex;
        continue;
      }
    }
    out += text.slice(at, m.index) + hex4(m[0]);
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}
var MIN_SECRET_LENGTH = 8;
var SECRET_ENV = /(?:^|_)(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)$|^INPUT_(?:GRAPH-TOKEN|APP-SECRET|GITHUB-TOKEN)$/i;
var Sink = class {
  values = /* @__PURE__ */ new Set();
  sorted = [];
  /** `env`: its credential-named variables (`*_TOKEN`, `*_SECRET`, …) are redacted wherever they appear. */
  constructor(env = {}) {
    const found = [];
    for (const [name, v] of Object.entries(env)) if (v && SECRET_ENV.test(name)) found.push(v);
    this.addSecrets(found);
  }
  /** More values to redact (declared secrets present in the environment, secrets found by the scan). */
  addSecrets(values) {
    let added = false;
    for (const raw of values) {
      const v = raw instanceof Secret ? raw.reveal() : raw;
      if (!v || v.length < MIN_SECRET_LENGTH || this.values.has(v)) continue;
      this.values.add(v);
      for (const part of v.split(/\r?\n/)) if (part.length >= MIN_SECRET_LENGTH && part !== v) this.values.add(part.trim());
      added = true;
    }
    if (added) this.sorted = [...this.values].filter((v) => v.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  }
  /** Credentials redacted, control characters escaped. Idempotent. */
  clean(text, opts = {}) {
    return escapeControls(redactCredentials(String(text), this.sorted), opts);
  }
  /** A writer that cleans everything it is given before `write` sees it. */
  writer(write, opts = {}) {
    return (text) => write(this.clean(text, opts));
  }
};
function redactCredentials(text, declared = []) {
  const spans = credentialSpans(text, declared);
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + redact(text.slice(s.start, s.end));
    at = s.end;
  }
  return out + text.slice(at);
}
var ONE_LINE = /* @__PURE__ */ new Set(["ruleId", "file", "messageId"]);
function cleanReport(report, sink) {
  const c = (s, oneLine = false) => sink.clean(s, { oneLine });
  const findings = report.findings.map((f) => {
    const out = { ...f };
    for (const k of Object.keys(out)) {
      const v = out[k];
      if (typeof v === "string" && k !== "fingerprint" && k !== "severity") out[k] = c(v, ONE_LINE.has(k));
    }
    if (f.frame) out.frame = { startLine: f.frame.startLine, lines: f.frame.lines.map((l) => c(l)) };
    return out;
  });
  return {
    ...report,
    findings,
    ...report.manifest !== void 0 ? { manifest: c(report.manifest, true) } : {},
    ...report.unverified ? { unverified: report.unverified.map((u) => c(u)) } : {}
  };
}
function safeIO(raw) {
  const sink = new Sink(raw.env);
  return {
    ...raw,
    sink,
    stdout: sink.writer(raw.stdout),
    stderr: sink.writer(raw.stderr),
    colorStdout: sink.writer(raw.stdout, { ansi: true })
  };
}

// src/format/junit.ts
function xml(s) {
  return escapeControls(s).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
var formatJunit = (report) => {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of report.findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = report.findings.length;
  lines.push(`<testsuites name="graphguard" tests="${Math.max(total, 1)}" failures="${total}">`);
  if (total === 0) {
    lines.push('  <testsuite name="graphguard" tests="1" failures="0">');
    lines.push('    <testcase classname="graphguard" name="no findings"/>');
    lines.push("  </testsuite>");
  }
  for (const [file, findings] of byFile) {
    lines.push(`  <testsuite name="${xml(file)}" tests="${findings.length}" failures="${findings.length}">`);
    for (const f of findings) {
      lines.push(`    <testcase classname="${xml(f.ruleId)}" name="${xml(`${f.file}:${f.line}:${f.column} ${f.ruleId}`)}">`);
      lines.push(`      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${f.file}:${f.line}:${f.column} ${f.message}${f.suggestion ? `
${f.suggestion}` : ""}`)}</failure>`);
      lines.push("    </testcase>");
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}
`;
};

// src/meta.ts
var REPO_URL = "https://github.com/graphguard/graphguard";
var DOCS_URL = `${REPO_URL}/blob/main/docs/rules`;
function ruleDocUrl(id) {
  return `${DOCS_URL}/${id}.md`;
}

// src/format/sarif.ts
var LEVEL = { error: "error", warn: "warning", notice: "note" };
function pascal(id) {
  return id.replace(/(^|-)([a-z])/g, (_, __, ch) => ch.toUpperCase());
}
function sarifRule(rule) {
  const sources = rule.sources.map((s) => `- ${s}`).join("\n");
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.description}

${rule.rationale}

Sources:
${sources}

Docs: ${ruleDocUrl(rule.id)}`,
      markdown: `**${rule.description}**

${rule.rationale}

Sources:
${sources}

[Rule documentation](${ruleDocUrl(rule.id)})`
    },
    helpUri: ruleDocUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ["security", `graphguard-${rule.kind}`] }
  };
}
function sarifUri(file) {
  const wellFormed = file.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "�");
  return wellFormed.split("/").map((seg) => encodeURIComponent(seg)).join("/");
}
var formatSarif = (report, ctx) => {
  const rules2 = [...ctx.rules].sort((a, b) => a.id < b.id ? -1 : 1);
  const index = new Map(rules2.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.suggestion ? `${f.message} ${f.suggestion}` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: sarifUri(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        }
      }
    ],
    partialFingerprints: { "graphguard/v1": f.fingerprint }
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "graphguard",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPO_URL,
            rules: rules2.map(sarifRule)
          }
        },
        columnKind: "utf16CodeUnits",
        results: results.map((r) => r.ruleIndex === -1 ? { ...r, ruleIndex: void 0 } : r)
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
};

// src/format/stylish.ts
var ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, cyan: 36 };
var formatStylish = (report, ctx) => {
  const c = (code, s) => ctx.color ? `\x1B[${ANSI[code]}m${s}\x1B[0m` : s;
  const byFile = /* @__PURE__ */ new Map();
  for (const f of report.findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const out = [];
  for (const [file, findings] of byFile) {
    out.push(c("underline", file));
    for (const f of findings) {
      const sev = f.severity === "error" ? c("red", "error ") : f.severity === "warn" ? c("yellow", "warn  ") : c("blue", "notice");
      out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${sev}  ${f.message}  ${c("gray", f.ruleId)}`);
      if (f.frame) out.push(...frame(f, c));
      if (f.suggestion) out.push(`    ${c("cyan", "fix:")} ${f.suggestion}`);
    }
    out.push("");
  }
  const { errors, warnings, notices } = report.summary;
  const total = errors + warnings + notices;
  const plural2 = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  if (total > 0) {
    const line = `✖ ${plural2(total, "problem")} (${plural2(errors, "error")}, ${plural2(warnings, "warning")}, ${plural2(notices, "notice")})`;
    out.push(c("bold", errors ? c("red", line) : warnings ? c("yellow", line) : line));
  } else out.push(`✔ No problems (${plural2(report.summary.filesScanned, "file")} scanned, manifest ${report.manifest ?? "-"})`);
  const sk = report.skipped;
  if (sk && sk.binary + sk.unreadable + sk.symlinks > 0) {
    const parts2 = [
      sk.binary ? `${sk.binary} binary` : "",
      sk.unreadable ? `${sk.unreadable} unreadable` : "",
      sk.symlinks ? `${plural2(sk.symlinks, "symlink")}` : ""
    ].filter(Boolean);
    out.push(c("gray", `Not scanned: ${parts2.join(", ")} (see docs/scan.md).`));
  }
  if (report.summary.live === "incomplete") {
    out.push(c("red", "Live check incomplete; not verified:"));
    for (const u of report.unverified ?? []) out.push(`  - ${u}`);
  }
  return `${out.join("\n")}
`;
};
function frame(f, c) {
  const fr = f.frame;
  const width = String(fr.startLine + fr.lines.length - 1).length;
  const out = [];
  fr.lines.forEach((text, i) => {
    const n = fr.startLine + i;
    const mark = n === f.line ? c("red", ">") : " ";
    out.push(`  ${mark} ${c("gray", `${String(n).padStart(width)} |`)} ${text}`);
    if (n === f.line) {
      const len = f.endLine === f.line ? Math.max(1, f.endColumn - f.column) : Math.max(1, text.length - f.column + 1);
      const col = Math.min(f.column, text.length + 1);
      out.push(`    ${" ".repeat(width)} ${c("gray", "|")} ${" ".repeat(col - 1)}${c("red", "^".repeat(Math.min(len, Math.max(1, text.length - col + 1))))}`);
    }
  });
  return out;
}

// src/format/index.ts
var FORMATS = ["stylish", "json", "sarif", "github", "markdown", "junit"];
var formatters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: (report) => formatMarkdown(report),
  junit: formatJunit
};
function renderReport(format, report, ctx, sink) {
  const text = formatters[format](cleanReport(report, sink), ctx);
  return sink.clean(text, { ansi: format === "stylish" && ctx.color === true });
}

// src/outcome.ts
function failingFindings(report, failOn) {
  if (failOn === "never") return [];
  return report.findings.filter((f) => atLeast(f.severity, failOn));
}
function exitCodeFor(report, failOn, maxWarnings) {
  if (report.summary.live === "incomplete") return 2;
  if (maxWarnings !== void 0 && report.summary.warnings > maxWarnings) return 1;
  return failingFindings(report, failOn).length > 0 ? 1 : 0;
}

// src/explain.ts
import { readFileSync } from "node:fs";
function listRules(rules2, format) {
  if (format === "json")
    return `${JSON.stringify(
      rules2.map((r) => ({ id: r.id, kind: r.kind, severity: r.defaultSeverity, description: r.description, docs: ruleDocUrl(r.id) })),
      null,
      2
    )}
`;
  const w = Math.max(...rules2.map((r) => r.id.length));
  return `${rules2.map((r) => `${r.id.padEnd(w)}  ${r.defaultSeverity.padEnd(6)}  ${r.kind.padEnd(8)}  ${r.description}`).join("\n")}
`;
}
function explainRule(rules2, id) {
  const rule = rules2.find((r) => r.id === id);
  if (!rule) {
    const near = suggest(id, rules2.map((r) => r.id));
    throw new ConfigError(`unknown rule "${id}"${near ? `; did you mean "${near}"?` : ""} (see \`graphguard rules\`)`);
  }
  for (const rel of [`../docs/rules/${id}.md`, `../../docs/rules/${id}.md`]) {
    try {
      return readFileSync(new URL(rel, import.meta.url), "utf8").replace(/<!--[^]*?-->\n?/g, "");
    } catch {
    }
  }
  return `# ${rule.id}

${rule.description}

Default severity: ${rule.defaultSeverity}

${rule.rationale}

Sources:
${rule.sources.map((s) => `- ${s}`).join("\n")}

Docs: ${ruleDocUrl(rule.id)}
`;
}

// src/cli.ts
var HELP = `graphguard ${VERSION} — policy linter for Meta Business Manager access

Usage:
  graphguard check [PATH...]     lint the manifest and scan PATHs (default: .)
  graphguard diff BASE HEAD      the access change between two manifests
  graphguard init [--from-live]  write a starter manifest
  graphguard baseline [PATH...]  write a baseline of the current findings
  graphguard rules               list the rules
  graphguard explain RULE        print a rule's documentation
  graphguard schema              print the manifest JSON Schema
  graphguard rotate USER         plan (--yes: perform) the rotation of USER's token; see docs/live.md

Options for check:
  --manifest FILE        manifest (default: graphguard.yml, graphguard.yaml, .graphguard.yml)
  --format NAME          ${FORMATS.join(" | ")} (default: stylish)
  --output FILE          write the report to FILE instead of stdout
  --fail-on LEVEL        error | warn | notice | never (default: error)
  --max-warnings N       also fail when there are more than N warnings
  --baseline FILE        hide findings recorded in FILE
  --changed-only REF     scan only files changed since the git ref REF
  --today YYYY-MM-DD     the date rotation and version rules measure against
  --no-color             no ANSI colours (also NO_COLOR)
  --quiet                report errors only
  --debug                print pipeline steps, and stack traces of internal errors
  --live                 verify the manifest against the business through the Graph API
  --graph-url URL        Graph API base URL (default: GRAPHGUARD_GRAPH_URL or https://graph.facebook.com)
  --live-timeout SEC     total time budget for live calls and retries (default: 60)

Live credentials come from the environment only: GRAPHGUARD_GRAPH_TOKEN, GRAPHGUARD_APP_SECRET.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config error or incomplete live check.
Docs: https://github.com/graphguard/graphguard#readme
`;
var CHECK_OPTIONS = {
  manifest: { type: "string" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  "max-warnings": { type: "string" },
  baseline: { type: "string" },
  "changed-only": { type: "string" },
  today: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  debug: { type: "boolean" },
  live: { type: "boolean" },
  "graph-url": { type: "string" },
  "live-timeout": { type: "string" },
  help: { type: "boolean", short: "h" }
};
var UsageError = class extends ConfigError {
};
function parse(args, options, positionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (e) {
    throw new UsageError(`${e.message.split("\n")[0].replace(/\. To specify a positional.*$/, "")}; see \`graphguard --help\``);
  }
}
function oneOf(name, value, allowed, dflt) {
  if (value === void 0) return dflt;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, not "${value}"`);
}
function positiveInt(name, value) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, not "${value}"`);
  return Number(value);
}
function dateOption(value) {
  if (value === void 0) return void 0;
  if (!isValidDate(value)) throw new UsageError(`--today must be a date YYYY-MM-DD, not "${value}"`);
  return value;
}
function emit(io, text, output) {
  if (output) writeUserFile(io.cwd, output, io.sink.clean(text));
  else io.stdout(text);
}
async function runCheck(args, io, mode) {
  const { values: v, positionals } = parse(args, CHECK_OPTIONS);
  if (v.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = oneOf("format", v.format, FORMATS, "stylish");
  const failOn = oneOf("fail-on", v["fail-on"], ["error", "warn", "notice", "never"], "error");
  const maxWarnings = positiveInt("max-warnings", v["max-warnings"]);
  const liveTimeout = positiveInt("live-timeout", v["live-timeout"]);
  const today = dateOption(v.today) ?? todayUtc();
  if (!v.live && (v["graph-url"] || v["live-timeout"])) throw new UsageError("--graph-url and --live-timeout go with --live");
  const debug = v.debug ? (line) => io.stderr(`[debug] ${line}
`) : void 0;
  const opts = {
    cwd: io.cwd,
    paths: positionals.length ? positionals : ["."],
    today,
    env: io.env,
    ...v.manifest ? { manifest: v.manifest } : {},
    ...v.baseline && mode === "check" ? { baseline: v.baseline } : {},
    ...v["changed-only"] ? { changedOnly: v["changed-only"] } : {},
    ...debug ? { debug } : {},
    onSecrets: (values) => io.sink.addSecrets(values),
    ...io.rules ? { rules: io.rules } : {},
    live: v.live ? { ...v["graph-url"] ? { graphUrl: v["graph-url"] } : {}, ...liveTimeout !== void 0 ? { timeoutSeconds: liveTimeout } : {} } : false
  };
  const { report } = await check(opts);
  if (mode === "baseline") {
    const out = v.output ?? ".graphguard-baseline.json";
    emit(io, buildBaseline(report.findings), out);
    io.stderr(`graphguard: wrote ${report.findings.length} finding(s) to ${out}
`);
    return 0;
  }
  const shown = v.quiet ? { ...report, findings: report.findings.filter((f) => f.severity === "error") } : report;
  const color = format === "stylish" && !v.output && !v["no-color"] && !("NO_COLOR" in io.env) && (v.color === true || io.isTTY);
  const text = renderReport(format, shown, { rules, color }, io.sink);
  if (color) io.colorStdout(text);
  else emit(io, text, v.output);
  if (report.summary.live === "incomplete") io.stderr(`graphguard: live check incomplete: ${(report.unverified ?? []).join("; ")}
`);
  return exitCodeFor(report, failOn, maxWarnings);
}
async function runDiff(args, io) {
  const { values, positionals } = parse(args, {
    "fail-on-new-access": { type: "boolean" },
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" }
  });
  if (positionals.length !== 2) throw new UsageError("usage: graphguard diff BASE HEAD [--fail-on-new-access]");
  const format = oneOf("format", values.format, ["text", "json", "markdown"], "text");
  const { runDiffCommand } = await import("./diff-command-ZBZYAC4H.js");
  const { text, newAccess } = runDiffCommand(io.cwd, positionals[0], positionals[1], format);
  emit(io, text, values.output);
  return values["fail-on-new-access"] && newAccess > 0 ? 1 : 0;
}
async function runInit(args, io) {
  const { values } = parse(
    args,
    {
      "from-live": { type: "boolean" },
      output: { type: "string", short: "o" },
      force: { type: "boolean" },
      business: { type: "string" },
      app: { type: "string" },
      "graph-api-version": { type: "string" },
      "graph-url": { type: "string" },
      "live-timeout": { type: "string" },
      today: { type: "string" }
    },
    false
  );
  const out = values.output ?? "graphguard.yml";
  const abs = path4.resolve(io.cwd, out);
  if (out !== "-" && existsNoFollow(abs) && !values.force) throw new UsageError(`${out} exists; pass --force to overwrite it`);
  let text = STARTER_MANIFEST;
  if (values["from-live"]) {
    const { initFromLive } = await import("./init-FW2WZQE3.js");
    text = await initFromLive({
      env: io.env,
      businessId: values.business ?? io.env.GRAPHGUARD_BUSINESS_ID,
      appId: values.app ?? io.env.GRAPHGUARD_APP_ID,
      graphApiVersion: values["graph-api-version"],
      graphUrl: values["graph-url"] ?? io.env.GRAPHGUARD_GRAPH_URL ?? "https://graph.facebook.com",
      timeoutSeconds: positiveInt("live-timeout", values["live-timeout"]) ?? 60,
      today: dateOption(values.today) ?? todayUtc()
    });
  }
  if (out === "-") io.stdout(text);
  else {
    emit(io, text, out);
    const next = values["from-live"] ? "review the TODO comments" : "replace the example ids, users and assets with yours";
    io.stderr(`graphguard: wrote ${out}; ${next}, then run \`graphguard check\`
`);
  }
  return 0;
}
async function main(argv, rawIO) {
  const debug = argv.includes("--debug");
  const io = safeIO(rawIO);
  try {
    const [cmd, ...rest] = argv;
    switch (cmd) {
      case void 0:
        return await runCheck([], io, "check");
      case "--version":
      case "-v":
        io.stdout(`${VERSION}
`);
        return 0;
      case "--help":
      case "-h":
      case "help":
        io.stdout(HELP);
        return 0;
      case "check":
        return await runCheck(rest, io, "check");
      case "baseline":
        return await runCheck(rest, io, "baseline");
      case "diff":
        return await runDiff(rest, io);
      case "init":
        return await runInit(rest, io);
      case "rotate": {
        const { runRotate } = await import("./rotate-SUERMTCK.js");
        return await runRotate(rest, { ...io, rawStdout: rawIO.stdout });
      }
      case "rules": {
        const { values } = parse(rest, { format: { type: "string", short: "f" } }, false);
        io.stdout(listRules(rules, oneOf("format", values.format, ["text", "json"], "text")));
        return 0;
      }
      case "explain": {
        const { positionals } = parse(rest, {});
        if (positionals.length !== 1) throw new UsageError("usage: graphguard explain RULE-ID");
        io.stdout(explainRule(rules, positionals[0]));
        return 0;
      }
      case "schema":
        parse(rest, {}, false);
        io.stdout(`${JSON.stringify(manifest_schema_default, null, 2)}
`);
        return 0;
      default:
        if (cmd.startsWith("-") || existsSync(path4.resolve(io.cwd, cmd))) return await runCheck(argv, io, "check");
        throw new UsageError(`unknown command "${cmd}"; see \`graphguard --help\``);
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`graphguard: ${e.format()}
`);
      if (debug && e.stack) io.stderr(`${e.stack}
`);
      return 2;
    }
    io.stderr(`graphguard: internal error: ${e.message?.split("\n")[0] ?? String(e)}${debug ? "" : " (run with --debug for details)"}
`);
    if (debug) io.stderr(`${e.stack ?? ""}
`);
    return 2;
  }
}
export {
  main
};
