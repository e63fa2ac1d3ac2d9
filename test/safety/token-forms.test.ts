/** Token forms through a whole check (the prefilter's needles, then the detectors): each found at its line and column. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HEAD } from '../helpers/manifests.js';
import { findingsAt, runCli, writeFiles } from '../helpers/repo.js';
import { fakeSecret } from '../helpers/secrets.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('token forms a check finds', () => {
  it('a long EAA token that is a segment of a URL path, in a file with no other token (hunt S4)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-token-forms-'));
    dirs.push(dir);
    const t = fakeSecret(`${'E'}AAG`, 184, 7);
    writeFiles(dir, {
      'graphguard.yml': HEAD.replace(/systemUsers:\n$/, 'systemUsers: []\n'),
      'src/path.js': `const viaProxy = "https://proxy.example.com/graph/${t}/me";\n`,
      // The same token after a slash in base64 data: none.
      'src/blob.txt': `data:image/png;base64,AAAA/${t}+AA==\n`,
    });
    const r = await runCli(dir, ['check', '--format', 'json', '--today', '2026-12-06'], { GRAPHGUARD_SCAN_CACHE: '0' });
    expect(findingsAt(r.stdout, ['hardcoded-token'])).toEqual(['hardcoded-token src/path.js:1:51']);
    expect(r.stdout).not.toContain(t.slice(4, 16));
  });
});
