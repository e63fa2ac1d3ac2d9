/** src/cache-kind.ts: which code cache a CLI run uses, from its arguments. */
import { describe, expect, it } from 'vitest';
import { cacheKind } from '../src/cache-kind.js';
import { FORMATS } from '../src/format/index.js';

describe('cacheKind', () => {
  it('is the command, and the report format when it is one of the command’s own other than its default', () => {
    const kinds = (
      [
        [[], 'check'],
        [['check'], 'check'],
        [['src', '--debug'], 'check'],
        [['check', '--format', 'json'], 'check-json'],
        [['--format=sarif'], 'check-sarif'],
        [['check', '-f', 'junit', 'src'], 'check-junit'],
        [['check', '-fjson'], 'check-json'],
        [['check', '-qf', 'sarif'], 'check-sarif'],
        [['check', '-f', 'json', '-fsarif'], 'check-sarif'],
        [['check', '-o', 'out.json', '--format', 'json', 'src'], 'check-json'],
        [['check', '-f', 'stylish'], 'check'],
        [['baseline', '--format', 'json'], 'baseline'],
        [['diff', 'a.yml', 'b.yml', '--format', 'markdown'], 'diff-markdown'],
        [['diff', 'a.yml', 'b.yml', '-f', 'text'], 'diff'],
        [['infer', '-f', 'yaml'], 'infer-yaml'],
        [['rules', '--format', 'json'], 'rules-json'],
        [['init', '--format', 'json'], 'init'],
        [['explain', 'hardcoded-token'], 'explain'],
      ] as const
    ).map(([args, want]) => [args.join(' '), cacheKind(args), want]);
    expect(kinds.filter(([, got, want]) => got !== want)).toEqual([]);
  });

  it("knows check's formats as the CLI does (src/format/index.ts), the default first", () => {
    expect(FORMATS[0]).toBe('stylish');
    expect(FORMATS.map((f) => cacheKind(['check', '--format', f]))).toEqual(FORMATS.map((f, i) => (i === 0 ? 'check' : `check-${f}`)));
  });

  it('names no cache by a word that is not a format of the command (each would be a file of its own: C34-1)', () => {
    expect(cacheKind(['check', '-f', 'nope'])).toBe('check');
    expect(cacheKind(['check', '--format=../../x'])).toBe('check');
    expect(cacheKind(['rules', '--help', '--format=rrr'])).toBe('rules');
    expect(cacheKind(['infer', '--format', 'sarif'])).toBe('infer');
    // Help and the version: one cache, whatever follows.
    for (const args of [['help', '-f', 'aaa'], ['--help', '--format=zzz'], ['-h'], ['--version', '-f', 'vvv'], ['-v', 'x']]) expect([args.join(' '), cacheKind(args)]).toEqual([args.join(' '), 'help']);
    // After `--`, a path.
    expect(cacheKind(['check', '--', '-f', 'json'])).toBe('check');
  });
});
