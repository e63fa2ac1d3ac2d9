import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  VERSION,
  diffManifests,
  formatDiffText,
  formatMarkdown
} from "./chunk-2IOA4TUU.js";
import {
  MAX_MANIFEST_BYTES,
  parseManifestText,
  relPath,
  validateManifest
} from "./chunk-XD7ZEOC5.js";
import "./chunk-ULO5U5OZ.js";
import {
  readUserFile
} from "./chunk-E7QVY5UU.js";
import "./chunk-ZOBWM5CA.js";
import "./chunk-JNJHE6UL.js";
import "./chunk-CZHTMZNB.js";
import {
  ConfigError
} from "./chunk-7JEDZB6T.js";
import "./chunk-3E22NL5A.js";
import "./chunk-NNX7IPQN.js";

// src/diff-command.ts
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
var GIT_SPEC = /^[^-\s\x00-\x1f\x7f][^\x00-\x1f\x7f]*:[^\x00-\x1f\x7f]*$/;
function read(cwd, spec) {
  const abs = path.resolve(cwd, spec);
  if (existsSync(abs)) {
    const file = relPath(cwd, abs);
    return { text: readUserFile(abs, { maxBytes: MAX_MANIFEST_BYTES, what: "manifest", display: file }).toString("utf8"), file };
  }
  const colon = spec.indexOf(":");
  if (colon > 0) {
    if (!GIT_SPEC.test(spec)) throw new ConfigError(`not a file or a git REF:path: ${spec}`);
    try {
      const text = execFileSync("git", ["cat-file", "blob", "--end-of-options", spec], {
        cwd,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        maxBuffer: MAX_MANIFEST_BYTES + 1,
        timeout: 6e4,
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
      });
      return { text, file: spec };
    } catch {
      throw new ConfigError(`cannot read ${spec} from git`);
    }
  }
  throw new ConfigError("manifest not found", spec);
}
function load(cwd, spec) {
  const { text, file } = read(cwd, spec);
  const m = parseManifestText(text, file);
  const problems = validateManifest(m.value, () => m.doc);
  if (problems.length) {
    const p = problems[0];
    throw new ConfigError(`${p.message} (${problems.length} schema problem(s); run \`graphguard check --manifest ${spec}\`)`, file);
  }
  return m.value;
}
function runDiffCommand(cwd, base, head, format) {
  const changes = diffManifests(load(cwd, base), load(cwd, head));
  const newAccess = changes.filter((c) => c.newAccess).length;
  if (format === "json") return { text: `${JSON.stringify({ base, head, newAccess, changes }, null, 2)}
`, newAccess };
  if (format === "markdown") {
    const empty = { tool: { name: "graphguard", version: VERSION }, summary: { errors: 0, warnings: 0, notices: 0, filesScanned: 0, live: "skipped" }, findings: [] };
    return { text: formatMarkdown(empty, { changes, title: "graphguard access diff" }), newAccess };
  }
  return { text: changes.length ? formatDiffText(changes) : "No access changes.\n", newAccess };
}
export {
  runDiffCommand
};
