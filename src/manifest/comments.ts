/** The comments of a YAML text, with their offsets, from the yaml library's concrete syntax tree. */
import { Parser } from 'yaml';

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
export function yamlComments(text: string): YamlComment[] {
  const out: YamlComment[] = [];
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
  for (const token of new Parser().parse(text)) visit(token);
  return out.sort((a, b) => a.start - b.start);
}
