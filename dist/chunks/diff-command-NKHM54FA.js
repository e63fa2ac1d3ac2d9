import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  VERSION,
  diffManifests,
  formatDiffText,
  formatMarkdown
} from "./chunk-PKKOYNOS.js";
import "./chunk-TD2545L5.js";
import {
  MAX_MANIFEST_BYTES,
  parseManifestText,
  readUserFile,
  relPath,
  validateManifest
} from "./chunk-RCD54WC6.js";
import "./chunk-LDZBVBNS.js";
import "./chunk-YPTJIPX2.js";
import "./chunk-VCCUD76G.js";
import "./chunk-TT6LOAYV.js";
import "./chunk-7LXZ52FI.js";
import "./chunk-ADSVYBGC.js";
import {
  ConfigError
} from "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";

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
      const ref = spec.slice(0, colon);
      if (!isGitRef(cwd, ref))
        throw new ConfigError(`cannot read ${spec}: git knows no ref "${ref}" here (a branch, tag or commit; in CI, fetch it first, e.g. actions/checkout with fetch-depth: 0)`);
      throw new ConfigError(`cannot read ${spec}: ${ref} has no file ${spec.slice(colon + 1)} (paths are from the repository root)`);
    }
  }
  if (!spec.startsWith("-") && isGitRef(cwd, spec))
    throw new ConfigError(`${spec} is a git ref, not a manifest; name the manifest in it: ${spec}:graphguard.yml`);
  throw new ConfigError("manifest not found", spec);
}
function isGitRef(cwd, ref) {
  if (ref.startsWith("-")) return false;
  try {
    execFileSync("git", ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], { cwd, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
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
function diffSpecs(cwd, base, head) {
  const changes = diffManifests(load(cwd, base), load(cwd, head));
  return { changes, newAccess: changes.filter((c) => c.newAccess).length };
}
function runDiffCommand(cwd, base, head, format) {
  const { changes, newAccess } = diffSpecs(cwd, base, head);
  if (format === "json") return { text: `${JSON.stringify({ base, head, newAccess, changes }, null, 2)}
`, newAccess };
  if (format === "markdown") {
    const empty = { tool: { name: "graphguard", version: VERSION }, summary: { errors: 0, warnings: 0, notices: 0, filesScanned: 0, live: "skipped" }, findings: [] };
    return { text: formatMarkdown(empty, { changes, title: "graphguard access diff" }), newAccess };
  }
  return { text: changes.length ? formatDiffText(changes) : "No access changes.\n", newAccess };
}
export {
  diffSpecs,
  runDiffCommand
};
