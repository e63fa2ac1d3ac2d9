import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseManifestText, MAX_MANIFEST_BYTES } from '../src/manifest/load.js';
import { ConfigError } from '../src/types.js';

function error(input: string | Buffer): string {
  try {
    parseManifestText(input, 'graphguard.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).format();
  }
  throw new Error('expected a ConfigError');
}

describe('manifest loading: bad input ends in one clear file:line:col line', () => {
  it('broken YAML', () => {
    expect(error('version: 1\nbusiness: {id: "1"\n')).toMatch(/^graphguard\.yml:3:1: invalid YAML: /);
  });
  it('tabs used for indentation', () => {
    expect(error('version: 1\nbusiness:\n\tid: "1"\n')).toMatch(/^graphguard\.yml:3:1: /);
  });
  it('duplicate keys', () => {
    expect(error('version: 1\nbusiness:\n  id: "1"\n  id: "2"\n')).toBe('graphguard.yml:4:3: duplicate key: id');
  });
  it('an alias whose anchor is not set before it is named, at its place: no bomb (hunt S5)', () => {
    expect(error('version: 1\nbusiness:\n  id: "100000000000001"\n  name: *nope\n')).toBe('graphguard.yml:4:9: alias *nope names no anchor: set &nope before it, or write the value out');
    expect(error('version: 1\nbusiness:\n  name: *later\n  id: &later "1"\n')).toBe('graphguard.yml:3:9: alias *later names no anchor: set &later before it, or write the value out');
  });
  it('alias bomb (billion laughs) is refused quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    expect(error(lines.join('\n'))).toMatch(/^graphguard\.yml:2:\d+: aliases expand past 100 nodes/);
  });
  it('a large manifest gets the same first error as a small one (js-yaml stops, the yaml package reads up to there)', () => {
    // 120 KB of valid top-level keys after each broken start: past 64 KiB, only the text up to the line
    // after the one js-yaml stopped at is parsed again for the error (not 8 MiB into a Document).
    const tail = Array.from({ length: 10_000 }, (_, i) => `k${String(i).padStart(5, '0')}: v`).join('\n');
    const broken = [
      'version: 1\nbusiness:\n\tid: "1"\n',
      'version: 1\nbusiness:\n  id: "1"\n  id: "2"\n',
      'version: 1\nbusiness: id: "1"\n',
      'version: 1\nbusiness: {id: "1"\n',
      'version: 1\nbusiness:\n  - a\n  b: c\n',
    ];
    for (const start of broken) {
      const small = error(start);
      expect(small).toMatch(/^graphguard\.yml:\d+:\d+: /);
      expect(error(`${start}${tail}\n`)).toBe(small);
    }
  });
  it('a file over the size limit', () => {
    expect(error(Buffer.alloc(MAX_MANIFEST_BYTES + 1, 'a'))).toBe(
      `graphguard.yml: manifest is ${MAX_MANIFEST_BYTES + 1} bytes; the limit is ${MAX_MANIFEST_BYTES} (8 MiB)`,
    );
  });
  it('binary content', () => {
    expect(error(Buffer.from('version: 1\nbus\u0000iness: x\n'))).toBe('graphguard.yml:2:4: binary content (NUL byte); a manifest is a YAML text file');
  });
  it('deep flow nesting', () => {
    expect(error(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toBe('graphguard.yml:1:68: nesting deeper than 64 levels');
  });
  it('brackets in quotes (over a line end too) and in comments are not nesting', () => {
    const deep = '['.repeat(100);
    for (const text of [`a: "${deep}"\n`, `a: '${deep}'\n`, `a: "x\n  ${deep}"\n`, `a: "\\"${deep}"\n`, `a: 1 # ${deep}\n`])
      expect(parseManifestText(Buffer.from(text), 'graphguard.yml').value, JSON.stringify(text)).toEqual({ a: text.includes('#') ? 1 : expect.any(String) });
    // A quote inside a word opens nothing: the brackets after it count.
    expect(error(`a: x"${deep}`)).toBe('graphguard.yml:1:70: nesting deeper than 64 levels');
    // A backslash escapes nothing in single quotes: the quote closes there.
    expect(error(`a: '\\' ${deep}`)).toBe('graphguard.yml:1:72: nesting deeper than 64 levels');
  });
  it('nesting the pre-parse check cannot see (after a quote that never closes, in `? ?` keys) is one clear line too', () => {
    expect(error(`a:\n  note: foo "bar\n  deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)).toMatch(/^graphguard\.yml:\d+:\d+: nesting too deep to read \(at most 64 levels\)$/);
    expect(error(`a:\n  ${'? '.repeat(5000)}b\n`)).toMatch(/^graphguard\.yml:\d+:\d+: nesting too deep to read \(at most 64 levels\)$/);
  });
  it('deep block nesting', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(error(text)).toMatch(/^graphguard\.yml:130:129: nesting deeper than 64 levels$/);
  });
  it('an empty file', () => {
    expect(error('# nothing\n')).toBe('graphguard.yml:1:1: manifest is empty');
  });
  it('accepts a BOM and CRLF line ends with correct positions', () => {
    const m = parseManifestText(Buffer.from('\ufeffversion: 1\r\nbusiness:\r\n  id: "1"\r\n'), 'graphguard.yml');
    expect(m.value).toEqual({ version: 1, business: { id: '1' } });
    const node = m.doc.getIn(['business', 'id'], true) as { range: [number, number, number] };
    expect(m.lineCounter.linePos(node.range[0])).toEqual({ line: 3, col: 7 });
  });

  it('reads a `%YAML 1.1` manifest with the core schema, as every other: a date stays a string, `on` a word', () => {
    const m = parseManifestText(Buffer.from('%YAML 1.1\n---\nversion: 1\nx-when: 2025-01-01\nx-flag: on\nx-octal: 017\n'), 'graphguard.yml');
    expect(m.value).toEqual({ version: 1, 'x-when': '2025-01-01', 'x-flag': 'on', 'x-octal': 17 });
  });
});

describe('random input never escapes as anything but a ConfigError', () => {
  // A small seeded PRNG keeps the property test reproducible.
  let seed = 42;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
  const alphabet = ['a', 'b', ':', ' ', '  ', '-', '\n', '[', ']', '{', '}', '"', "'", '&x', '*x', '!!str', '#', ',', '|', '>', '?', '1', '\t', '%YAML 1.2\n---', '...'];
  it('2,000 random documents', () => {
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = Math.floor(rand() * 60);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      try {
        parseManifestText(s, 'graphguard.yml');
      } catch (e) {
        if (!(e instanceof ConfigError)) throw new Error(`non-ConfigError for ${JSON.stringify(s)}: ${String(e)}`);
        expect((e as ConfigError).format()).not.toMatch(/\n/);
      }
    }
  });
});

describe('the fast value parser agrees with the yaml Document', () => {
  const viaDocument = (text: string) => parseDocument(text.replace(/^\ufeff/, '')).toJS();
  const texts: [string, string][] = [];
  for (const f of readdirSync('test/fixtures/manifests')) texts.push([f, readFileSync(`test/fixtures/manifests/${f}`, 'utf8')]);
  texts.push(['examples/shop', readFileSync('examples/shop/graphguard.yml', 'utf8')]);
  const scalars = [
    '0x1F', '0o17', '017', '1_000', '+1', '.5', '1e3', '1E-3', '.inf', '-.Inf', '.NaN', '~', 'null', 'Null', 'NULL', '',
    'true', 'True', 'TRUE', 'yes', 'no', 'on', 'off', 'y', 'n', '2026-10-01', '2026-10-01T12:00:00Z', '12:30:00', '1:20',
    '"quoted\\ttab"', "'single ''q'''", 'a # comment', 'a#b', '"\\u00e9"', '0.1.2', '1.0', '100000000000001', '12345678901234567890',
  ];
  texts.push(['scalars', `values:\n${scalars.map((v, i) => `  k${i}: ${v}`).join('\n')}\nlist: [${scalars.filter((v) => !v.includes('#') && v !== '' && !v.includes(':')).join(', ')}]\n`]);
  texts.push(['keys', '1: a\ntrue: b\nnull: c\n"x y": d\n? e\n: f\n0x10: g\n']);
  texts.push(['blocks', 'a: |\n  line 1\n  line 2\nb: >-\n  folded\n  text\n\nc: |+\n  keep\n\nd: "multi\n  line"\ne: plain\n  continued\n']);
  texts.push(['flow', 'a: {b: [1, 2, {c: d}], e: "f"}\ng: [ ]\nh: { }\n']);
  it.each(texts)('%s', (name, text) => {
    const m = parseManifestText(text, name);
    expect(m.value).toEqual(viaDocument(text));
    // The Document is still there when a finding needs a position.
    expect(m.doc.errors).toEqual([]);
  });
});

describe('YAML errors never show a secret', () => {
  it('a duplicated key that is a pasted token is shown redacted', () => {
    const token = `EAAG${'Zx7Qp2Lm9Vb4Nc8Rt6Wy3Ks5Dh1Fj0Ga'.repeat(4)}`;
    let message = '';
    try {
      parseManifestText(`version: 1\n${token}: a\n${token}: b\n`, 'graphguard.yml');
    } catch (e) {
      message = (e as ConfigError).format();
    }
    expect(message).toBe(`graphguard.yml:3:1: duplicate key: EAAG…(${token.length} chars)`);
    expect(message).not.toContain(token.slice(4, 20));
  });
});

describe('a manifest that links out of the repository (hunt AT-6)', () => {
  it('is refused when graphguard.yml is a symlink to a file outside; a link inside, or a path named outside, is read', async () => {
    const { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = (await import('node:path')).default;
    const { loadManifest } = await import('../src/manifest/load.js');
    const top = mkdtempSync(path.join(tmpdir(), 'gg-link-'));
    try {
      const repo = path.join(top, 'repo');
      mkdirSync(path.join(repo, '.git'), { recursive: true });
      mkdirSync(path.join(repo, 'pkg'));
      const text = 'version: 1\nbusiness: { id: "1" }\nsystemUsers: []\nrunner_private_key: x\n';
      writeFileSync(path.join(top, 'outside.yml'), text);
      writeFileSync(path.join(repo, 'shared.yml'), text);
      symlinkSync(path.join(top, 'outside.yml'), path.join(repo, 'graphguard.yml'));
      symlinkSync('../shared.yml', path.join(repo, 'pkg', 'graphguard.yml'));
      let message = '';
      try {
        loadManifest(path.join(repo, 'graphguard.yml'), repo);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        message = (e as ConfigError).format();
      }
      expect(message).toBe('graphguard.yml: manifest is a symbolic link to a file outside the repository; refusing to read it (name that file itself, or copy it in)');
      // Through a link to a folder outside and `..` (the system resolves the link first; hunt AT2-1).
      mkdirSync(path.join(top, 'elsewhere'));
      symlinkSync(path.join(top, 'elsewhere'), path.join(repo, 'a'));
      symlinkSync('a/../outside.yml', path.join(repo, 'sneaky.yml'));
      expect(() => loadManifest(path.join(repo, 'sneaky.yml'), repo)).toThrow('manifest is a symbolic link to a file outside the repository');
      // A manifest of a second checkout in the folder the check runs in links into the first (hunt C3).
      mkdirSync(path.join(top, 'work', 'app', '.git'), { recursive: true });
      mkdirSync(path.join(top, 'work', 'config', '.git'), { recursive: true });
      writeFileSync(path.join(top, 'work', 'config', 'deploy.yml'), text);
      symlinkSync('../config/deploy.yml', path.join(top, 'work', 'app', 'graphguard.yml'));
      expect(() => loadManifest(path.join(top, 'work', 'app', 'graphguard.yml'), path.join(top, 'work'))).toThrow('manifest is a symbolic link to a file outside the repository');
      // A committed folder link to another checkout: its `.git` is not the manifest's repository (hunt LAST-2).
      mkdirSync(path.join(top, 'other', '.git'), { recursive: true });
      writeFileSync(path.join(top, 'other', 'graphguard.yml'), text);
      symlinkSync('../other', path.join(repo, 'config'));
      expect(() => loadManifest(path.join(repo, 'config', 'graphguard.yml'), repo)).toThrow('manifest is a symbolic link to a file outside the repository');
      // The checked folder reached through a link, in a folder that is itself a repository (a dotfiles home): the
      // links above the checked folder are the user's layout (hunt Z-3).
      mkdirSync(path.join(top, 'home', '.git'), { recursive: true });
      mkdirSync(path.join(top, 'data', 'work', '.git'), { recursive: true });
      writeFileSync(path.join(top, 'data', 'work', 'graphguard.yml'), text);
      symlinkSync(path.join(top, 'data', 'work'), path.join(top, 'home', 'work'));
      expect(loadManifest(path.join(top, 'home', 'work', 'graphguard.yml'), path.join(top, 'home', 'work')).file).toBe('graphguard.yml');
      // Outside git, a link within the folder the check runs in is fine (hunt FIN-2).
      mkdirSync(path.join(top, 'tar', 'config'), { recursive: true });
      mkdirSync(path.join(top, 'tar', 'shared'));
      writeFileSync(path.join(top, 'tar', 'shared', 'graphguard.yml'), text);
      symlinkSync('../shared/graphguard.yml', path.join(top, 'tar', 'config', 'graphguard.yml'));
      expect(loadManifest(path.join(top, 'tar', 'config', 'graphguard.yml'), path.join(top, 'tar')).file).toBe('config/graphguard.yml');
      // From a folder of the repository, a link to another of its files is fine.
      expect(loadManifest(path.join(repo, 'pkg', 'graphguard.yml'), path.join(repo, 'pkg')).file).toBe('graphguard.yml');
      // A path the user names outside the repository is read as named.
      expect(loadManifest(path.join(top, 'outside.yml'), repo).file).toBe('../outside.yml');
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});
