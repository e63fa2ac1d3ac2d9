/** The comments of a YAML text, with their offsets, from the yaml library's concrete syntax tree. */
import { yaml } from '../yaml.js';

export interface YamlComment {
  /** Offsets into the text (end exclusive); `text` starts with `#`. */
  start: number;
  end: number;
  text: string;
}

/**
 * Every `# …` comment of a YAML text, in order. The CST tells a comment from a `#` inside a quoted or
 * block scalar; the text has passed the loader (nesting bounded), so the walk's depth is bounded too.
 */
export function yamlComments(text: string, worthParsing?: (fromHash: string) => boolean): YamlComment[] {
  const out: YamlComment[] = [];
  if (!hasCandidate(text, worthParsing)) return out;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const t = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      out.push({ start: t.offset, end: t.offset + t.source.length, text: t.source });
      return;
    }
    for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
  };
  for (const token of new (yaml().Parser)().parse(text)) visit(token);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether any `#` starts text that `worthParsing` accepts (the rest of its line): the CST parse costs
 * as much as loading the manifest again, so a manifest with no such `#` skips it. One pass over the text.
 */
function hasCandidate(text: string, worthParsing?: (fromHash: string) => boolean): boolean {
  let i = text.indexOf('#');
  if (i < 0) return false;
  if (!worthParsing) return true;
  while (i >= 0) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    if (worthParsing(text.slice(i, end))) return true;
    i = text.indexOf('#', end);
  }
  return false;
}
