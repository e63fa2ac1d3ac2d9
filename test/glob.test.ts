import ignore from 'ignore';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, compileGlobs, GitignoreMatcher, globStats, MAX_GITIGNORE_RULE_CHARS, runNfa } from '../src/glob.js';
import { rng } from './helpers/rng.js';

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const glob = (g: string, p: string) => runNfa(compileGlob(g.replace(/^\.\//, '')), p);

describe('one glob', () => {
  const cases: [string, string, boolean][] = [
    ['**/*', 'a/b/.c', true],
    ['*.js', 'a.js', true],
    ['*.js', 'src/a.js', false],
    ['**/*.js', 'src/a.js', true],
    ['**/*.js', 'a.js', true],
    ['src/**/x.ts', 'src/x.ts', true],
    ['src/**/x.ts', 'src/a/b/x.ts', true],
    ['src/**', 'src/a/b', true],
    ['src/**', 'src', true],
    ['src/**', 'srcx', false],
    ['src/*', 'src/a/b', false],
    ['?.md', 'a.md', true],
    ['?.md', 'ab.md', false],
    ['?.md', '/.md', false],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'b.txt', false],
    ['[!ab].txt', 'c.txt', true],
    ['[a-c]', 'b', true],
    ['[a-c]', 'd', false],
    ['[]]', ']', true],
    ['[x', '[x', true],
    ['\\*', '*', true],
    ['\\*', 'a', false],
    ['a.(b)+', 'a.(b)+', true],
    ['a**b', 'axxb', true],
    ['a**b', 'a/b', false],
    ['**/**/**/x', 'x', true],
    ['**/**/**/x', 'a/b/x', true],
  ];
  for (const [g, p, want] of cases) {
    it(`${g} ${want ? 'matches' : 'does not match'} ${p}`, () => expect(glob(g, p)).toBe(want));
  }
});

describe('compileGlobs', () => {
  it('matches parent directories, honours negation (last wins), braces, ./ and trailing /', () => {
    const m = compileGlobs(['test/fixtures', '!test/fixtures/keep/**']);
    expect(m('test/fixtures/a/b.txt')).toBe(true);
    expect(m('test/fixtures/keep/c.txt')).toBe(false);
    expect(m('test/other.txt')).toBe(false);
    expect(m('test/fixtures-2/a.txt')).toBe(false);
    const b = compileGlobs(['./{src,lib}/*.ts', 'docs/']);
    expect(b('lib/a.ts')).toBe(true);
    expect(b('src/a.ts')).toBe(true);
    expect(b('test/a.ts')).toBe(false);
    expect(b('docs/x/y.md')).toBe(true);
    expect(compileGlobs([])('a')).toBe(false);
    expect(compileGlobs(['src/*'])('src/a/b')).toBe(true); // src/a matches: a directory covers its files
  });
});

describe('GitignoreMatcher: the rules of one walk have a budget', () => {
  it('applies rules up to the budget, in the order added; below a folder whose left-out rules hold a `!`, nothing is excluded', () => {
    // '*.log' 5 + 'build/' 6 + 'tmp/' 4 + '*.bak' 5 = 20 characters (comments and blank lines cost
    // nothing), then '*.tmp' 25; '*.gen.js' would be 33.
    const m = new GitignoreMatcher(25);
    m.add('', '*.log\n# a comment that is long enough to pass the budget on its own\n\nbuild/\ntmp/\n*.bak\n');
    expect(m.truncated).toBeUndefined();
    m.add('src', '*.tmp\n*.gen.js\n');
    expect(m.truncated).toEqual({ dir: 'src', line: 2 });
    m.add('docs', '*.md\n');
    expect(m.truncated).toEqual({ dir: 'src', line: 2 });
    expect([m.ignores('a.log', false), m.ignores('build', true), m.ignores('x.bak', false)]).toEqual([true, true, true]);
    // The rules left out hold no `!`: the rules kept still apply everywhere, the ones left out nowhere.
    expect([m.ignores('src/a.tmp', false), m.ignores('src/a.gen.js', false), m.ignores('docs/a.md', false)]).toEqual([true, false, false]);
    expect([m.ignores('src/a.log', false), m.ignores('docs/x/a.bak', false), m.ignores('lib/a.log', false)]).toEqual([true, true, true]);
    // A `!` among the rules left out could re-include a file: below that folder nothing is excluded.
    const n = new GitignoreMatcher(25);
    n.add('', '*.log\nbuild/\ntmp/\n*.bak\n');
    n.add('src', '*.tmp\n!keep.log\n');
    n.add('docs', '*.md\n');
    expect([n.ignores('src/keep.log', false), n.ignores('src/a.log', false), n.ignores('docs/a.md', false), n.ignores('docs/a.log', false)]).toEqual([false, false, false, true]);
    n.add('web', '!index.log\n');
    expect([n.ignores('web/index.log', false), n.ignores('web/x.bak', false)]).toEqual([false, false]);
  });

  it('a .gitignore that could not be read excludes nothing below its folder; a byte order mark is skipped as git does', () => {
    const m = new GitignoreMatcher();
    m.add('', '*.cfg\n');
    m.add('deploy', '\ufeff!keep.cfg\n');
    expect([m.ignores('deploy/keep.cfg', false), m.ignores('deploy/other.cfg', false), m.ignores('a.cfg', false)]).toEqual([false, true, true]);
    m.unread('big');
    expect([m.ignores('big/a.cfg', false), m.ignores('big/x/b.cfg', false), m.ignores('bigger/a.cfg', false)]).toEqual([false, false, true]);
  });

  it(`is ${MAX_GITIGNORE_RULE_CHARS} characters by default`, () => {
    const m = new GitignoreMatcher();
    const line = `*${'abcdefghijklmnop'.split('').join('*')}*`;
    const fit = Math.floor(MAX_GITIGNORE_RULE_CHARS / line.length);
    m.add('', `${Array(fit).fill(line).join('\n')}\nlast.txt\n`);
    expect(m.truncated).toEqual(MAX_GITIGNORE_RULE_CHARS - fit * line.length >= 8 ? undefined : { dir: '', line: fit + 1 });
    m.add('', `${'x'.repeat(MAX_GITIGNORE_RULE_CHARS)}\n`);
    expect(m.truncated).toBeDefined();
  });
});

describe('GitignoreMatcher', () => {
  const m = new GitignoreMatcher();
  m.add('', ['# comment', '*.log', '!keep.log', 'build/', '/root-only.txt', 'docs/**/*.tmp', '\\#hash', 'trailing  ', 'esc\\ ', ''].join('\n'));
  m.add('pkg', ['dist', '!important.log'].join('\n'));
  const cases: [string, boolean, boolean][] = [
    ['a.log', false, true],
    ['deep/x/a.log', false, true],
    ['keep.log', false, false],
    ['build/out.js', false, true],
    ['src/build/out.js', false, true],
    ['build', false, false],
    ['build', true, true],
    ['root-only.txt', false, true],
    ['sub/root-only.txt', false, false],
    ['docs/a/b/c.tmp', false, true],
    ['docs/c.tmp', false, true],
    ['other/c.tmp', false, false],
    ['#hash', false, true],
    ['# comment', false, false],
    ['trailing', false, true],
    ['esc ', false, true],
    ['esc', false, false],
    ['pkg/dist/x.js', false, true],
    ['dist/x.js', false, false],
    ['pkg/important.log', false, false],
    ['pkg/other.log', false, true],
  ];
  for (const [p, isDir, want] of cases) {
    it(`${p}${isDir ? '/' : ''} is ${want ? '' : 'not '}ignored`, () => expect(m.ignores(p, isDir)).toBe(want));
  }

  it('knows the POSIX bracket classes git does (an unknown one matches nothing)', () => {
    const n = new GitignoreMatcher();
    n.add('', '*.cfg\n![[:digit:]]*.cfg\n[[:upper:][:punct:]]x\n[[:nosuch:]]y\n[[:toString:]]z\n');
    expect(['1prod.cfg', 'prod.cfg', 'Ax', '_x', 'ax', 'ay', 'Ay', 'az'].map((f) => n.ignores(f, false))).toEqual([false, true, true, true, false, false, false, false]);
  });

  it('cannot re-include a file inside an ignored directory', () => {
    const n = new GitignoreMatcher();
    n.add('', 'logs/\n!logs/keep.txt\n');
    expect(n.ignores('logs/keep.txt', false)).toBe(true);
  });
});

// Random globs and paths over a small alphabet, where the libraries' backtracking stays cheap.
const PAT_SEGS = ['a', 'b', 'ab', '*', 'a*', '*b', '?', '[ab]', '[!a]', '**', 'a?b', '*a*', 'x'];
const PATH_SEGS = ['a', 'b', 'ab', 'ba', 'aab', 'x', 'xa', '.a', 'b.b'];
function randomGlob(r: () => number): string {
  const n = 1 + Math.floor(r() * 4);
  return Array.from({ length: n }, () => pick(r, PAT_SEGS)).join('/');
}
function randomPath(r: () => number): string {
  const n = 1 + Math.floor(r() * 5);
  return Array.from({ length: n }, () => pick(r, PATH_SEGS)).join('/');
}

describe('agrees with the libraries on random inputs (seeded)', () => {
  // Two deliberate differences from picomatch 2: `[!a]` is a negated class (as in git and the shell;
  // picomatch reads it as `[^a]` only with `posix`), and `x/**` matches `x` itself for any `x`
  // (picomatch: only when `x` has no wildcard).
  it('globs: the same verdict as picomatch with dot: true', () => {
    const r = rng(12);
    const disagreements: string[] = [];
    for (let k = 0; k < 3000; k++) {
      const g = randomGlob(r);
      const p = randomPath(r);
      if (g.endsWith('/**') && glob(g.slice(0, -3), p)) continue;
      const want = picomatch(g.replaceAll('[!', '[^'), { dot: true })(p);
      if (glob(g, p) !== want) disagreements.push(`${g} ${p} picomatch=${want}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('.gitignore: the same verdict as the ignore package (case-sensitive)', () => {
    const r = rng(34);
    const disagreements: string[] = [];
    for (let k = 0; k < 600; k++) {
      const lines = Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
        const neg = r() < 0.25 ? '!' : '';
        const lead = r() < 0.2 ? '/' : '';
        const trail = r() < 0.2 ? '/' : '';
        return neg + lead + randomGlob(r) + trail;
      });
      const ours = new GitignoreMatcher();
      ours.add('', lines.join('\n'));
      const theirs = ignore({ ignorecase: false }).add(lines);
      for (let j = 0; j < 5; j++) {
        const p = randomPath(r);
        const want = theirs.ignores(p);
        if (ours.ignores(p, false) !== want) disagreements.push(`${JSON.stringify(lines)} ${p} ignore=${want}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('linear work whatever the pattern (seeded fuzz; counts matcher steps, not time)', () => {
  /** Steps for one match; the bound is (pattern length + 1) × (path length + 1) × 2 per pattern. */
  function steps(fn: () => unknown): number {
    const before = globStats.steps;
    fn();
    return globStats.steps - before;
  }

  it('hostile patterns: *a*a*…*b, **/**/…/x, a/**/b/**/b/…/x', () => {
    const hostile: [string, string][] = [
      [`*${'a*'.repeat(40)}b`, 'a'.repeat(250)],
      [`${'**/'.repeat(60)}x`, `${'a/'.repeat(500)}y`],
      [`a/${'**/b/'.repeat(30)}x`, `a/${'b/'.repeat(500)}y`],
      [`*${'?*'.repeat(50)}x`, 'y'.repeat(300)],
      [`${'[ab]*'.repeat(40)}c`, 'ab'.repeat(200)],
    ];
    for (const [g, p] of hostile) {
      const n = steps(() => compileGlobs([g])(p));
      expect(n).toBeLessThanOrEqual(2 * (g.length + 2) * (p.length + 2));
      const gi = new GitignoreMatcher();
      gi.add('', `${g}\n!${g}\n${g}/`);
      const n2 = steps(() => gi.ignores(p, false));
      // Each rule runs on each ancestor directory's sub-path at most: depth × rules × pattern × path.
      const depth = p.split('/').length;
      expect(n2).toBeLessThanOrEqual(3 * depth * 2 * (g.length + 2) * (p.length + 2));
    }
  });

  it("looks for a pattern's required text first: 4,000 patterns that name other places cost no matcher step", () => {
    expect([compileGlob('vendor/lib/**').literal, compileGlob('**/*.gen.js').literal, compileGlob('a/**/b').literal]).toEqual(['vendor/lib', '.gen.js', '/b']);
    // No literal run of two characters that no `**` can skip: no required text.
    expect([compileGlob('*a*b*').literal, compileGlob('a/**').literal, compileGlob('x/**', true).literal]).toEqual([undefined, undefined, 'x/']);
    const many = compileGlobs([...Array.from({ length: 2000 }, (_, i) => `vendor/lib-${i}/**`), ...Array.from({ length: 2000 }, (_, i) => `**/*.gen${i}.js`)]);
    expect(steps(() => expect(many('src/app/main.js')).toBe(false))).toBe(0);
    expect(many('vendor/lib-1234/x/y.js')).toBe(true);
    expect(many('src/deep/a.gen1999.js')).toBe(true);
    expect(many('src/deep/a.gen2000.js')).toBe(false);
  });

  it('random star-heavy patterns and long names stay within pattern × path steps', () => {
    const r = rng(99);
    for (let k = 0; k < 300; k++) {
      const g = Array.from({ length: 1 + Math.floor(r() * 30) }, () => pick(r, ['*', 'a', '**/', '?', '[a-c]', 'b', '/'])).join('');
      const p = Array.from({ length: 1 + Math.floor(r() * 400) }, () => pick(r, ['a', 'b', '/', 'c', '.'])).join('');
      const n = steps(() => compileGlobs([g])(p));
      expect(n).toBeLessThanOrEqual(2 * (g.length + 2) * (p.length + 2));
    }
  });
});
