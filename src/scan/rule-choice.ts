/**
 * Which code rules a file goes to (the scan's prefilter, prefilter.ts): each rule's needles, asked once
 * per scan; a file's bytes tested against them all in one pass; the rules whose needles it holds, less
 * those that never report in its path. A rule without needles sees every file. The suppression
 * directive and, while collecting calls (SPEC §7), the declared token names and the call markers are
 * needle lists too: a file that holds one is read even when no rule wants it.
 */
import { runRule } from '../errors.js';
import type { AnyRuleOf, NeedleContext } from '../rule.js';
import type { RuleSetting } from '../settings.js';
import { DIRECTIVE as SUPPRESSION_DIRECTIVE } from '../suppress.js';
import { CALL_MARKERS, markerInCode, mayHoldCalls } from '../calls/markers.js';
import { compileNeedleLists, type Needle } from './prefilter.js';
import { referenceNeedles } from './references.js';
import type { ScanInput } from './run.js';

/**
 * The needle lists of one scan and the rules they choose. The rules' pass tests a file against the rules'
 * lists (one each, `R` of them), the suppression directive's, the declared token names', then one list per
 * call marker: the lists then say which markers a file holds, and markerInCode looks for those alone.
 */
export class RuleChoice {
  /**
   * What a rule's `needles` and `skipsPath` are asked with. Its `manifestFile` is the manifest's name as
   * the listing names it once the files are listed (scanRepository sets it: manifestAsListed).
   */
  readonly ctx: NeedleContext;
  /** The first pass's needle lists: each rule's, the suppression directive's, and (collecting calls) the call markers' with the token names'. */
  readonly firstPass: (Needle[] | undefined)[];
  private readonly codeRules: readonly AnyRuleOf<'code'>[];
  private readonly settings: ReadonlyMap<string, RuleSetting>;
  private readonly collecting: boolean;
  /** How many rules: list R is the suppression directive's, R + 1 the token names', R + 2 + k call marker k's. */
  private readonly R: number;
  /** The rules' pass's lists, in the order the class comment gives. */
  private readonly allLists: (Needle[] | undefined)[];
  private compiled: ((b: Buffer) => Uint8Array) | undefined;

  constructor(input: Pick<ScanInput, 'manifest' | 'manifestFile' | 'today' | 'codeRules' | 'settings' | 'declaredSecrets' | 'calls'>) {
    const { manifest, today, codeRules, settings, declaredSecrets } = input;
    this.codeRules = codeRules;
    this.settings = settings;
    this.R = codeRules.length;
    this.ctx = { ...(manifest !== undefined ? { manifest } : {}), manifestFile: input.manifestFile, today, declaredSecrets };
    const ruleNeedles = codeRules.map((rule) => {
      let needles: Needle[] | undefined;
      runRule(rule.id, () => {
        if (rule.needles) needles = rule.needles(this.ctx, settings.get(rule.id)!.options);
      });
      return needles;
    });
    const suppressionNeedles: Needle[] = [{ text: SUPPRESSION_DIRECTIVE }];
    this.collecting = input.calls !== undefined;
    // The call reader wants a file that reads a declared token, or one with a call marker (in a language
    // it reads: mayHoldCalls, asked after the first pass).
    const tokenReadNeedles: Needle[] = this.collecting ? referenceNeedles(input.calls!.tokenNames) : [];
    const markerNeedles: Needle[] = CALL_MARKERS.map((text) => ({ text }));
    this.firstPass = [...ruleNeedles, suppressionNeedles, ...(this.collecting ? [[...markerNeedles, ...tokenReadNeedles]] : [])];
    this.allLists = [...ruleNeedles, suppressionNeedles, tokenReadNeedles, ...markerNeedles.map((n) => [n])];
  }

  /**
   * Which of the lists a file's bytes hold, in one pass over them for all (prefilter.ts, on the SIMD pass
   * where it can run). Compiled when a file first needs it (most scans have none): a large manifest's
   * secret names are thousands of needles.
   */
  needlesIn(b: Buffer): Uint8Array {
    this.compiled ??= compileNeedleLists(this.allLists, { simd: true });
    return this.compiled(b);
  }

  /**
   * Needle lists just tested, with the call markers cleared when the file holds them only in comments
   * and links (markerInCode): the verdict depends on the bytes alone, so the lists the scan cache keeps
   * carry it, and neither a later visit of this file nor a later scan from the cache looks again.
   */
  // (Only where the path may hold calls: whether it may is the path's, not the bytes'.)
  settled(m: Uint8Array, rel: string, bytes: Buffer): Uint8Array {
    if (this.collecting && mayHoldCalls(rel) && !this.callMarker(m, rel, bytes)) m.fill(0, this.R + 2, this.R + 2 + CALL_MARKERS.length);
    return m;
  }

  /**
   * Whether the lists `m` say the file holds a call marker the call reader can use. A minified bundle with
   * `oala` in a name holds a call marker, but no call the reader can find; nor does a file that names
   * Facebook only in comments and GitHub links (markerInCode, when the bytes are at hand).
   */
  callMarker(m: Uint8Array, rel: string, bytes: Buffer | undefined): boolean {
    return CALL_MARKERS.some((_, k) => this.holdsMarker(m, k)) && mayHoldCalls(rel) && (bytes === undefined || markerInCode(bytes, (k) => this.holdsMarker(m, k)));
  }

  /**
   * The rules for a file whose needle lists matched as `m` says (less those that skip its path), or
   * undefined when nothing needs the file.
   */
  rulesFor(m: Uint8Array, rel: string, bytes: Buffer | undefined): readonly AnyRuleOf<'code'>[] | undefined {
    const fileRules = this.codeRules.filter((rule, i) => m[i] === 1 && !this.skipsPath(rule, rel));
    return fileRules.length === 0 && m[this.R] === 0 && !this.forCalls(m, rel, bytes) ? undefined : fileRules;
  }

  /** Without a needle test (a file too large to test whole, an odd case): every rule that may report in its path. */
  rulesByPath(rel: string): readonly AnyRuleOf<'code'>[] {
    return this.codeRules.filter((rule) => !this.skipsPath(rule, rel));
  }

  /** Whether the lists `m` hold call marker k. */
  private holdsMarker(m: Uint8Array, k: number): boolean {
    return m[this.R + 2 + k] === 1;
  }

  /** Whether the call reader wants the file: it reads a declared token, or holds a call marker. */
  private forCalls(m: Uint8Array, rel: string, bytes: Buffer | undefined): boolean {
    return this.collecting && (m[this.R + 1] === 1 || this.callMarker(m, rel, bytes));
  }

  /** Whether a rule never reports in this path (CodeRule.skipsPath): not decoded for it. */
  private skipsPath(rule: AnyRuleOf<'code'>, rel: string): boolean {
    let skip = false;
    if (rule.skipsPath) runRule(rule.id, () => (skip = rule.skipsPath!(rel, this.ctx, this.settings.get(rule.id)!.options) === true));
    return skip;
  }
}
