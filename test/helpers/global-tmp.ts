/**
 * Vitest's global setup: one temporary folder for the whole run, made the TMPDIR of every test and of
 * every process a test starts, and removed after the run. Tests make their scratch folders with
 * `mkdtempSync(path.join(tmpdir(), …))`; without this, those a test does not remove would pile up in
 * the system's temporary folder run after run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'graphguard-tests-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
