/**
 * A small, strict XML 1.0 well-formedness check (no parser dependency): every character is an XML 1.0
 * `Char`, `&` starts only a known entity or a character reference to a `Char`, `]]>` never appears in
 * text, attribute values are quoted without a raw `<`, and elements nest. Returns the first problem.
 */
const CHAR = /^[\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd]|^[\ud800-\udbff][\udc00-\udfff]/;

export function xmlProblem(doc: string): string | undefined {
  for (let i = 0; i < doc.length; ) {
    const m = CHAR.exec(doc.slice(i, i + 2));
    if (!m) return `character U+${doc.charCodeAt(i).toString(16)} at ${i} is not an XML 1.0 Char`;
    i += m[0].length;
  }
  const refs = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));|&/g;
  for (const r of doc.matchAll(refs)) {
    if (r[0] === '&') return `bare & at ${r.index}`;
    const code = r[2] ? Number(r[2]) : r[3] ? parseInt(r[3], 16) : 0x20;
    if (!CHAR.test(String.fromCodePoint(code))) return `reference to non-Char ${r[0]}`;
  }
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|<\?xml[^?]*\?>/y;
  let i = 0;
  while (i < doc.length) {
    const lt = doc.indexOf('<', i);
    const text = doc.slice(i, lt === -1 ? doc.length : lt);
    if (text.includes(']]>')) return `]]> in text at ${i}`;
    if (text.includes('>')) return `raw > in text at ${i}`;
    if (lt === -1) break;
    tag.lastIndex = lt;
    const t = tag.exec(doc);
    if (!t) return `malformed tag at ${lt}: ${doc.slice(lt, lt + 80)}`;
    if (t[2]) {
      if (t[1]) {
        if (stack.pop() !== t[2]) return `mismatched </${t[2]}>`;
      } else if (!t[4]) stack.push(t[2]);
    }
    i = tag.lastIndex;
  }
  return stack.length ? `unclosed <${stack.at(-1)}>` : undefined;
}
