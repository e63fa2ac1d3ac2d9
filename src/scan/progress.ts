/**
 * The scan's progress line: on a terminal, when a scan runs past about a second, one line on stderr
 * (files, MB, findings so far) rewritten in place at most ten times a second and cleared at the end.
 * The CLI decides whether to show it (`progressWanted`); the scan only calls `update` and `done`.
 */

export interface ScanProgress {
  /** What is known so far; fields left out keep their last value. */
  update(p: { files?: number; bytes?: number; findings?: number; total?: number }): void;
  /** Clears the line (if one was written). */
  done(): void;
}

export interface ProgressOptions {
  /**
   * Replaces stderr's current line with `text` ('' clears it): a carriage return and an erase-line
   * sequence, then the text. The CLI's writer (`lineWriter` in src/secrets/sink.ts) sends that
   * sequence itself and the text through the sink, which would escape the sequence.
   */
  line: (text: string) => void;
  /** Milliseconds before the first line (default 1000). */
  delayMs?: number;
  /** Milliseconds between two lines (default 100). */
  intervalMs?: number;
  now?: () => number;
}

/**
 * Whether the progress line is wanted: `--progress` forces it; otherwise only when stderr is a
 * terminal, not in CI (`CI` set) and not with `--quiet`.
 */
export function progressWanted(o: { flag?: boolean; quiet?: boolean; stderrIsTTY: boolean; env: Record<string, string | undefined> }): boolean {
  if (o.flag === true) return true;
  if (o.flag === false || o.quiet) return false;
  const ci = o.env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return false;
  return o.stderrIsTTY;
}

export function createProgress(opts: ProgressOptions): ScanProgress {
  const now = opts.now ?? (() => performance.now());
  const start = now();
  const delay = opts.delayMs ?? 1000;
  const interval = opts.intervalMs ?? 100;
  let last = -Infinity;
  let shown = false;
  const state = { files: 0, bytes: 0, findings: 0, total: 0 };
  return {
    update(p) {
      if (p.files !== undefined) state.files = p.files;
      if (p.bytes !== undefined) state.bytes = p.bytes;
      if (p.findings !== undefined) state.findings = p.findings;
      if (p.total !== undefined) state.total = p.total;
      const t = now();
      if (t - start < delay || t - last < interval) return;
      last = t;
      shown = true;
      opts.line(progressText(state));
    },
    done() {
      if (shown) opts.line('');
      shown = false;
    },
  };
}

/** The line's text: `graphguard: 12,345/20,030 files, 123 MB, 2 findings`. */
export function progressText(s: { files: number; bytes: number; findings: number; total: number }): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const files = s.total > 0 ? `${n(s.files)}/${n(s.total)} files` : `${n(s.files)} files`;
  const mb = `${n(Math.round(s.bytes / 1e6))} MB`;
  return `graphguard: ${files}, ${mb}, ${n(s.findings)} finding${s.findings === 1 ? '' : 's'}`;
}
