import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  VERSION,
  diffManifests,
  formatDiffText,
  formatMarkdown,
  parseManifestText,
  relPath,
  validateManifest
} from "./chunk-MBKFT3J2.js";
import "./chunk-IQ5YTETZ.js";
import {
  ConfigError
} from "./chunk-HXFDM42R.js";
import "./chunk-7QQPTM53.js";
import "./chunk-NNX7IPQN.js";

// src/diff-command.ts
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
function read(cwd, spec) {
  const abs = path.resolve(cwd, spec);
  if (existsSync(abs)) return { text: readFileSync(abs, "utf8"), file: relPath(cwd, abs) };
  const colon = spec.indexOf(":");
  if (colon > 0) {
    try {
      const text = execFileSync("git", ["show", spec], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 2 * 1024 * 1024 });
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
