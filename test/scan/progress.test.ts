import { describe, expect, it } from 'vitest';
import { createProgress, progressText, progressWanted } from '../../src/scan/progress.js';

describe('the progress line', () => {
  it('stays silent for the first second, then rewrites one line at most every 100 ms, and clears it', () => {
    let t = 0;
    const out: string[] = [];
    const p = createProgress({ write: (s) => out.push(s), now: () => t });
    p.update({ files: 10, total: 100 });
    t = 999;
    p.update({ files: 50, bytes: 2_000_000 });
    expect(out).toEqual([]);
    t = 1000;
    p.update({ files: 60, findings: 1 });
    t = 1050;
    p.update({ files: 70 });
    t = 1100;
    p.update({ files: 80, findings: 2 });
    p.done();
    p.done();
    expect(out).toEqual([
      '\r\x1b[Kgraphguard: 60/100 files, 2 MB, 1 finding',
      '\r\x1b[Kgraphguard: 80/100 files, 2 MB, 2 findings',
      '\r\x1b[K',
    ]);
  });

  it('writes nothing at all for a scan under a second', () => {
    const out: string[] = [];
    const p = createProgress({ write: (s) => out.push(s), now: () => 5 });
    p.update({ files: 1 });
    p.done();
    expect(out).toEqual([]);
  });

  it('formats large counts', () => {
    expect(progressText({ files: 1234567, total: 0, bytes: 251_400_000, findings: 0 })).toBe('graphguard: 1,234,567 files, 251 MB, 0 findings');
  });

  it('is on for a terminal, off in CI and with --quiet; --progress forces it, --no-progress stops it', () => {
    expect(progressWanted({ stderrIsTTY: true, env: {} })).toBe(true);
    expect(progressWanted({ stderrIsTTY: false, env: {} })).toBe(false);
    expect(progressWanted({ stderrIsTTY: true, env: { CI: 'true' } })).toBe(false);
    expect(progressWanted({ stderrIsTTY: true, env: { CI: 'false' } })).toBe(true);
    expect(progressWanted({ stderrIsTTY: true, quiet: true, env: {} })).toBe(false);
    expect(progressWanted({ stderrIsTTY: false, flag: true, env: { CI: '1' } })).toBe(true);
    expect(progressWanted({ stderrIsTTY: true, flag: false, env: {} })).toBe(false);
  });
});
