/** `graphguard diff BASE HEAD`: the access change between two manifests (files, or git `REF:path`). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readUserFile } from './fs-safe.js';
import path from 'node:path';
import { diffManifests, formatDiffText } from './diff.js';
import { MAX_MANIFEST_BYTES, parseManifestText, relPath } from './manifest/load.js';
import { validateManifest } from './manifest/validate.js';
import type { Manifest } from './manifest/types.js';
import { formatMarkdown } from './format/markdown.js';
import { ConfigError } from './types.js';
import { VERSION } from './version.js';

/** A git `REF:path` argument: never an option (no leading `-`), no control characters. */
const GIT_SPEC = /^[^-\s\x00-\x1f\x7f][^\x00-\x1f\x7f]*:[^\x00-\x1f\x7f]*$/;

function read(cwd: string, spec: string): { text: string; file: string } {
  const abs = path.resolve(cwd, spec);
  // A file the user names: a regular file within the manifest size limit (no FIFO, device or directory).
  if (existsSync(abs)) {
    const file = relPath(cwd, abs);
    return { text: readUserFile(abs, { maxBytes: MAX_MANIFEST_BYTES, what: 'manifest', display: file }).toString('utf8'), file };
  }
  const colon = spec.indexOf(':');
  if (colon > 0) {
    if (!GIT_SPEC.test(spec)) throw new ConfigError(`not a file or a git REF:path: ${spec}`);
    try {
      // `--end-of-options`: whatever the argument looks like, git reads it as an object name, never an option.
      const text = execFileSync('git', ['cat-file', 'blob', '--end-of-options', spec], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: MAX_MANIFEST_BYTES + 1,
        timeout: 60_000,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      });
      return { text, file: spec };
    } catch {
      throw new ConfigError(`cannot read ${spec} from git`);
    }
  }
  throw new ConfigError('manifest not found', spec);
}

function load(cwd: string, spec: string): Manifest {
  const { text, file } = read(cwd, spec);
  const m = parseManifestText(text, file);
  const problems = validateManifest(m.value, () => m.doc);
  if (problems.length) {
    const p = problems[0]!;
    throw new ConfigError(`${p.message} (${problems.length} schema problem(s); run \`graphguard check --manifest ${spec}\`)`, file);
  }
  return m.value as Manifest;
}

/** Runs the diff; `newAccess` counts the changes that grant access the base did not. */
export function runDiffCommand(cwd: string, base: string, head: string, format: 'text' | 'json' | 'markdown'): { text: string; newAccess: number } {
  const changes = diffManifests(load(cwd, base), load(cwd, head));
  const newAccess = changes.filter((c) => c.newAccess).length;
  if (format === 'json') return { text: `${JSON.stringify({ base, head, newAccess, changes }, null, 2)}\n`, newAccess };
  if (format === 'markdown') {
    const empty = { tool: { name: 'graphguard' as const, version: VERSION }, summary: { errors: 0, warnings: 0, notices: 0, filesScanned: 0, live: 'skipped' as const }, findings: [] };
    return { text: formatMarkdown(empty, { changes, title: 'graphguard access diff' }), newAccess };
  }
  return { text: changes.length ? formatDiffText(changes) : 'No access changes.\n', newAccess };
}
