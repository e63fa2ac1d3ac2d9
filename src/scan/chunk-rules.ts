/**
 * The code rules over one chunk of a file: the tree's pass (rules-pass.ts) and the history's blobs (history.ts)
 * read a file the same way, so its findings are made the same way. Chunks of a large file overlap; a finding
 * belongs to the chunk that owns its start.
 */
import { runRule } from '../errors.js';
import { chunkIndex, codeFinding, type InternalFinding } from '../findings.js';
import type { Manifest } from '../manifest/types.js';
import type { LineIndex } from '../position.js';
import type { AnyRuleOf, FileContext, SourceFile } from '../rule.js';
import type { RuleSetting } from '../settings.js';
import { secretRedactor } from '../secrets/redact.js';
import type { Secret } from '../secrets/secret.js';
import { ownsMatch, type SourceChunk } from './read.js';

export interface ChunkRulesInput {
  rules: readonly AnyRuleOf<'code'>[];
  settings: ReadonlyMap<string, RuleSetting>;
  /** The file's name, `cwd`-relative (a blob's: its path in the commit). */
  path: string;
  chunk: SourceChunk;
  manifest: Manifest | undefined;
  /** The manifest's name as the scan lists it ('' where no file is the manifest: the history). */
  manifestFile: string;
  today: string;
  declaredSecrets: { name: string; value: Secret }[];
  appId: string | undefined;
  frames: boolean;
  repositoryPrefix: string;
}

/** Runs each rule over the chunk; `emit` gets each finding the chunk owns, with the rule that made it. */
export function runChunkRules(o: ChunkRulesInput, emit: (f: InternalFinding, rule: AnyRuleOf<'code'>) => void): void {
  const { chunk, path, declaredSecrets, appId } = o;
  const file: SourceFile = { path, text: chunk.text, startOffset: chunk.startOffset, startLine: chunk.startLine, startColumn: chunk.startColumn };
  let index: LineIndex | undefined;
  // Frames are redacted with what the whole chunk reveals (app-secret context, declared values).
  let redactor: ((line: string) => string) | undefined;
  // Many findings on one line (a minified file of tokens) redact that line once, not once each.
  const redacted = new Map<string, string>();
  const redactLine = (l: string) => {
    let out = redacted.get(l);
    if (out === undefined) {
      out = (redactor ??= secretRedactor(chunk.text, { path, ...(appId ? { appId } : {}), declared: declaredSecrets }))(l);
      redacted.set(l, out);
    }
    return out;
  };
  for (const rule of o.rules) {
    const setting = o.settings.get(rule.id)!;
    const ctx: FileContext = {
      ...(o.manifest !== undefined ? { manifest: o.manifest } : {}),
      manifestFile: o.manifestFile,
      today: o.today,
      file,
      declaredSecrets,
      report: (r) => {
        if (!ownsMatch(chunk, r.start)) return;
        index ??= chunkIndex(file);
        emit(codeFinding(rule, setting, file, index, r, { redactLine, cutEnd: !chunk.last, frames: o.frames, repositoryPrefix: o.repositoryPrefix }), rule);
      },
    };
    runRule(rule.id, () => rule.checkFile(ctx, setting.options));
  }
}
