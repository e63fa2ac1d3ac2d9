import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { createProgress, progressText, progressWanted } from '../../src/scan/progress.js';
import { lineWriter, Sink } from '../../src/secrets/sink.js';

describe('the progress line', () => {
  it('stays silent for the first second, then rewrites one line at most every 100 ms, and clears it', () => {
    let t = 0;
    const out: string[] = [];
    const p = createProgress({ line: (s) => out.push(s), now: () => t });
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
    // Each text replaces the line; '' clears it.
    expect(out).toEqual(['graphguard: 60/100 files, 2 MB, 1 finding', 'graphguard: 80/100 files, 2 MB, 2 findings', '']);
  });

  it('writes nothing at all for a scan under a second', () => {
    const out: string[] = [];
    const p = createProgress({ line: (s) => out.push(s), now: () => 5 });
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

describe('the progress line on stderr', () => {
  it('lineWriter sends its own carriage return and erase-line, and the text cleaned as one line', () => {
    const raw: string[] = [];
    const line = lineWriter((s) => raw.push(s), new Sink({}));
    line('graphguard: 1 files');
    // A control character, a newline or a token in the text (none comes from graphguard, but any would be cleaned).
    line(`x\x1b[2Jy\nz ${'E' + 'AAG'}${'Zx7Qp2Lm9Vb4Nc8Rt6Wy3Ks5Dh1Fj0Ga'.repeat(2)}`);
    line('');
    expect(raw[0]).toBe('\r\x1b[Kgraphguard: 1 files');
    expect(raw[1]).toBe('\r\x1b[Kx\\u001b[2Jy\\u000az EAAG\u2026(68 chars)');
    expect(raw[2]).toBe('\r\x1b[K');
  });

  it('a check with --progress writes the real sequence to stderr, never its escaped text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-progress-'));
    writeFileSync(path.join(dir, 'graphguard.yml'), readFileSync('examples/shop/graphguard.yml'));
    mkdirSync(path.join(dir, 'src'));
    for (let i = 0; i < 300; i++) writeFileSync(path.join(dir, 'src', `m${i}.js`), `export const v${i} = ${i};\n`);
    let err = '';
    const code = await main(['check', '--progress', '--format', 'json', '--today', '2026-11-27', 'src'], {
      cwd: dir,
      env: {},
      stdout: () => {},
      stderr: (s) => (err += s),
      isTTY: false,
      progressDelayMs: 0,
    });
    expect(code).not.toBe(2);
    expect(err).toContain('\r\x1b[Kgraphguard: ');
    expect(err).toMatch(/\r\x1b\[K$/);
    expect(err).not.toContain('\\u001b');
    expect(err).not.toContain('\\u000d');
  });
});
