/** The action's writer (src/github/output.ts): what reaches @actions/core is cleaned, and a file name names its file. */
import { describe, expect, it } from 'vitest';
import { actionOutput } from '../../src/github/output.js';
import { Sink } from '../../src/secrets/sink.js';

describe('actionOutput annotations', () => {
  it("keeps a file name's newline for core to encode (%0A) and escapes every other control character; redacts tokens", () => {
    const calls: { level: string; message: string; properties: Record<string, unknown> | undefined }[] = [];
    const record = (level: string) => (message: unknown, properties?: Record<string, unknown>) => calls.push({ level, message: String(message), properties });
    const core = { info: () => {}, notice: record('notice'), warning: record('warning'), error: record('error'), setFailed: () => {}, setOutput: () => {}, summary: {} } as never;
    const token = `EAAB${'x7Kq'.repeat(10)}`;
    const out = actionOutput(new Sink(), core);
    out.error('m', { file: 'src/a\nb\u001b[31m.ts', startLine: 1 });
    out.warning('m', { file: `src/${token}.ts`, title: 'x\ny' });
    expect(calls[0]!.properties!.file).toBe('src/a\nb\\u001b[31m.ts');
    expect(calls[1]!.properties!.file).toBe(`src/${token.slice(0, 4)}…(${token.length} chars).ts`);
    expect(calls[1]!.properties!.title).toBe('x\\u000ay');
  });
});
