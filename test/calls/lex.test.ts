/**
 * src/calls/lex.ts: the tokens of each language's strings (escapes, interpolations, prefixes, triple
 * quotes), comments, identifiers, numbers and operators, with their offsets.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/calls/language.js';
import { ID, lex as lex2, OP, STR, tokenize, type Token } from '../../src/calls/lex.js';

/** A token as one short string: kind, text (a string's parts, `{…}` for a hole) and offsets. */
function show(t: Token): string {
  if (t.t === 'str') return `str ${t.parts.map((p) => ('lit' in p ? p.lit : `{${p.hole}}`)).join('|')} ${t.start}-${t.end}`;
  return `${t.t} ${t.v} ${t.start}-${t.end}`;
}
const lex = (text: string, lang: Language) => tokenize(text, lang).map(show);

describe('tokenize', () => {
  it('JavaScript: template holes, escapes, comments, two-character operators, numbers', () => {
    expect(lex('a?.b => `x${id}/y\\`z` // c\n/* d */ 1.5e3 += "q\\"r"', 'js')).toEqual([
      'id a 0-1',
      'op ?. 1-3',
      'id b 3-4',
      'op => 5-7',
      'str x|{id}|/y`z 8-21',
      'num 1.5e3 35-40',
      'op += 41-43',
      'str q"r 44-50',
    ]);
    // A single-quoted string ends at its line (the closing quote then opens another); a template does not.
    expect(lex("'ab\ncd'", 'js')).toEqual(['str ab 0-3', 'id cd 4-6', "str  6-7"]);
    expect(lex('`a\nb`', 'js')).toEqual(['str a\nb 0-5']);
    // An escape at the very end, and an unterminated string.
    expect(lex('"ab\\', 'js')).toEqual(['str ab 0-4']);
    expect(lex("'abc", 'js')).toEqual(['str abc 0-4']);
    expect(lex('@x $y é', 'js')).toEqual(['id @x 0-2', 'id $y 3-5', 'op é 6-7']);
  });

  it('Python: prefixes, f-string holes and doubled braces, triple quotes, hash comments', () => {
    expect(lex("f'/{v}/{{x}}' rb\"\\d\" r'a' for # c\n'''a'b'''", 'python')).toEqual([
      // `{{` and `}}` are literal braces.
      'str /|{v}|/{x} 0-13',
      'str \\d 14-20',
      'str a 21-25',
      'id for 26-29',
      "str a'b 34-43",
    ]);
  });

  it('PHP: $var and $obj->prop holes, {$…} holes, # comments but #[ attributes', () => {
    expect(lex('"a/$id/$o->p/{$x}" # c\n#[Attr]', 'php')).toEqual(['str a/|{$id}|/|{$o->p}|/|{$x} 0-18', 'op # 23-24', 'op [ 24-25', 'id Attr 25-29', 'op ] 29-30']);
  });

  it('Ruby: #{…} holes and =begin blocks', () => {
    expect(lex('x = "a/#{id}"\n=begin\nno\n=end\ny', 'ruby')).toEqual(['id x 0-1', 'op = 2-3', 'str a/|{id} 4-13', 'id y 29-30']);
  });

  it('Go: raw strings keep backslashes; Java: text blocks', () => {
    expect(lex('`a\\d` "b\\n"', 'go')).toEqual(['str a\\d 0-5', 'str b\n 6-11']);
    expect(lex('"""\nx"y\n""" :: y', 'java')).toEqual(['str \nx"y\n 0-11', 'op :: 12-14', 'id y 15-16']);
  });
});

describe('lex (the columns the call reader reads)', () => {
  it('grows its columns past their first guess, every token in place', () => {
    // Two tokens every two characters: eight times the first guess (a token per eight characters).
    const text = 'a,'.repeat(10_000);
    const t = lex2(text, 'js');
    expect(t.length).toBe(20_000);
    expect([t.kind[0], t.v[0], t.start[0], t.end[0]]).toEqual([ID, 'a', 0, 1]);
    expect([t.kind[19_999], t.v[19_999], t.start[19_999], t.end[19_999]]).toEqual([OP, ',', 19_999, 20_000]);
    expect(t.kind.length).toBe(20_000);
  });

  it('a string token carries its parts and, without holes, its literal text', () => {
    const t = lex2('x = `a${b}c` + "d"', 'js');
    expect([...t.kind]).toEqual([ID, OP, STR, OP, STR]);
    expect(t.parts[2]).toEqual([{ lit: 'a' }, { hole: 'b' }, { lit: 'c' }]);
    expect(t.v[2]).toBeUndefined();
    expect(t.parts[4]).toEqual([{ lit: 'd' }]);
    expect(t.v[4]).toBe('d');
    expect(t.parts[0]).toBeUndefined();
  });
});

describe('string escapes, decoded as each language decodes them', () => {
  /** Each string token's text: its literal parts, holes as `{…}`. */
  const strings = (text: string, lang: Language) =>
    tokenize(text, lang)
      .filter((t) => t.t === 'str')
      .map((t) => (t.t === 'str' ? t.parts.map((p) => ('lit' in p ? p.lit : `{${p.hole}}`)).join('') : ''));

  it('JavaScript/TypeScript: one-letter, hex, Unicode, octal, line continuation, identity; in templates too', () => {
    expect(strings(String.raw`"/me/feed\n" '/act_1/ads\u002Fx' "\/me\/accounts" '\x2Fme' "\u{1F600}\u{0000041}"`, 'js')).toEqual([
      '/me/feed\n',
      '/act_1/ads/x',
      '/me/accounts',
      '/me',
      '\u{1F600}A',
    ]);
    expect(strings(String.raw`'a\tb\\c\'d\"e\0f\101\8\q\b\f\v\r'`, 'js')).toEqual(['a\tb\\c\'d"e%00fA8q\b\f\v\r']);
    // U+0000 to U+0003, escaped or raw, are percent-encoded (the call reader marks its own parts with them).
    expect(strings('"\\x01\\3\u0002\\x04"', 'js')).toEqual(['%01%03%02\x04']);
    // A line continuation (LF or CRLF) is nothing, in a quoted string or a template; `\${` opens no hole.
    expect(strings("'/me/\\\nfeed' \"/me/\\\r\nfeed\" `/${id}/\\\nfeed\\${x}`", 'js')).toEqual(['/me/feed', '/me/feed', '/{id}/feed${x}']);
    // Malformed escapes read as their letter; a backslash at the very end is nothing.
    expect(strings(String.raw`'\xZ1' '\u12' '\u{110000}'`, 'js')).toEqual(['xZ1', 'u12', 'u{110000}']);
    expect(tokenize('"a\\u0062c" + d', 'js')[0]).toEqual({ t: 'str', parts: [{ lit: 'abc' }], start: 0, end: 10, value: 'abc' });
  });

  it('Python: escapes, unknown escapes keep their backslash, raw strings keep every backslash, bytes have no \\u', () => {
    expect(strings(String.raw`"/me/fe\x65d\n" '\u002Fme\U0000002F' "\/me\/accounts" "\q\101\\" "\N{SOLIDUS}x"`, 'python')).toEqual([
      '/me/feed\n',
      '/me/',
      '\\/me\\/accounts',
      '\\qA\\',
      '\\N{SOLIDUS}x',
    ]);
    // A name's `}` is looked for within 96 characters of the backslash (a name is at most some 90), on its line:
    // past them (or a line break) the escape is none, and the string's quote ends it.
    const name = (k: number) => strings(`"\\N{"${'A'.repeat(k)}}"`, 'python');
    expect(name(91)).toEqual([`\\N{"${'A'.repeat(91)}}`]);
    expect(name(92)).toEqual(['\\N{', '']);
    expect(strings('"\\N{\n}"', 'python')).toEqual(['\\N{', '']);
    expect(strings(String.raw`r"/me/feed\n" R'a\'b' rb"\x41\"" b"\u0041\x41"`, 'python')).toEqual(['/me/feed\\n', "a\\'b", '\\x41\\"', '\\u0041A']);
    // A continued line inside a string is nothing (in a raw string, both stay); an f-string's holes after escapes.
    expect(strings("'/me/\\\nfeed' r'a\\\nb' f\"{GRAPH}\\t/{id}\\{x}\" rf\"\\d{y}\"", 'python')).toEqual(['/me/feed', 'a\\\nb', '{GRAPH}\t/{id}\\{x}', '\\d{y}']);
  });

  it('Go: interpreted strings decode escapes, raw strings none', () => {
    expect(strings(String.raw`"/me/accou\x6ets\n" "\u002Fme\U0000002F\101" §/me/accounts\n§`.replaceAll('§', '`'), 'go')).toEqual([
      '/me/accounts\n',
      '/me/A',
      '/me/accounts\\n',
    ]);
  });

  it('Ruby and PHP: double-quoted strings decode escapes, single-quoted ones only \\\\ and \\\'', () => {
    expect(strings(String.raw`"/me/fe\x65d\s\u{2F 41}\#{x}" '/me/\n\'\\' "/#{id}\/feed"`, 'ruby')).toEqual(['/me/feed /A#{x}', "/me/\\n'\\", '/{id}/feed']);
    // Every code point of a Ruby `\u{…}` of several is percent-encoded where it is a mark of the call reader's.
    expect(strings(String.raw`"\u{6d 2f 0}GET" "\u{2c 2 3}\u{1}"`, 'ruby')).toEqual(['m/%00GET', ',%02%03%01']);
    expect(strings(String.raw`"/me/fe\x65d\u{2F}\$x\/\q" '/me/\n\'\\' "/{$id}\t"`, 'php')).toEqual(['/me/feed/$x\\/\\q', "/me/\\n'\\", '/{$id}\t']);
  });

  it('Java and Kotlin: escapes, Unicode escapes, a text block’s continued line; Kotlin’s \\$ opens no template', () => {
    expect(strings(String.raw`"/me/accounts\n" "\u002Fme\uu0041\s\101\$x"`, 'java')).toEqual(['/me/accounts\n', '/meA A$x']);
    expect(strings('"""\n/me/\\\nfeed"""', 'java')).toEqual(['\n/me/feed']);
  });
});
