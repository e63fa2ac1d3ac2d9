/**
 * Run from a subfolder, graphguard finds the manifest in a folder above, up to the git root (the
 * folder holding `.git`), as ESLint and git find their configuration. The check then runs from the
 * manifest's folder: report paths and fingerprints are the same as from there.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_NAMES } from './load.js';
import { gitRoot } from '../fs-safe.js';

/** The folder above `cwd` (not cwd itself) that holds a manifest, searching up to the git root. */
export function manifestFolderAbove(cwd: string): string | undefined {
  const start = path.resolve(cwd);
  const holds = (dir: string) => MANIFEST_NAMES.some((n) => existsSync(path.join(dir, n)));
  if (holds(start)) return undefined;
  const top = gitRoot(start);
  if (top === undefined) return undefined; // not in a git repository: no search outside it
  for (let dir = start; dir !== top; ) {
    dir = path.dirname(dir);
    if (holds(dir)) return dir;
  }
  return undefined;
}

/** Paths given relative to `from`, made relative to `to` (`.` for the folder itself). */
export function rebase(paths: readonly string[], from: string, to: string): string[] {
  return paths.map((p) => path.relative(to, path.resolve(from, p)).split(path.sep).join('/') || '.');
}

/** Whether `paths` (relative to `cwd`) cover all of it: one of them is `cwd` itself or a folder above. */
export function wholeTree(cwd: string, paths: readonly string[] | undefined): boolean {
  const root = path.resolve(cwd);
  return (paths ?? ['.']).some((p) => {
    const rel = path.relative(path.resolve(root, p), root);
    return rel === '' || (!path.isAbsolute(rel) && !rel.startsWith('..'));
  });
}
