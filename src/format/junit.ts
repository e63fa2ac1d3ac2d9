import { findingsByFile } from '../sort.js';
import type { Formatter } from './types.js';
import type { Severity } from '../types.js';
import { atLeast } from '../severity.js';
import { liveIncompleteText } from '../outcome.js';
import { escapeControls } from '../secrets/sink.js';

/**
 * Text for XML 1.0 element content and double-quoted attributes: markup escaped (so no `]]>` or `<` is
 * raw), characters XML 1.0 cannot carry written as `\uXXXX` text, and line breaks and tabs as character
 * references so that attribute-value normalisation keeps them.
 */
function xml(s: string): string {
  return escapeControls(s)
    .replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/**
 * JUnit XML: one testsuite per file, one testcase per finding, failing when the finding fails the run
 * (`--fail-on`; every finding without one); one below it passes and says so in `<system-out>`. A clean
 * run is one passing case. What fails the run as a whole, so that the XML agrees with the exit code, is
 * a testcase of the suite `graphguard`, first: a failure for a run no finding fails (`ctx.runFailure`:
 * `--max-warnings`, findings `--quiet` hid), an error for an incomplete live check (exit 2), as SARIF's
 * run that did not succeed.
 */
export const formatJunit: Formatter = (report, ctx) => {
  const byFile = findingsByFile(report.findings);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = report.findings.length;
  const fails = (s: Severity) => ctx.failOn === undefined || (ctx.failOn !== 'never' && atLeast(s, ctx.failOn));
  const failing = report.findings.filter((f) => fails(f.severity)).length;
  const runCases: string[] = [];
  // No findings, and nothing else failing: one passing case (findings --quiet hid that fail the run are no clean run).
  const clean = total === 0 && ctx.runFailure === undefined;
  if (clean) runCases.push('    <testcase classname="graphguard" name="no findings"/>');
  if (ctx.runFailure !== undefined) {
    runCases.push('    <testcase classname="graphguard" name="run outcome">');
    runCases.push(`      <failure type="run" message="${xml(ctx.runFailure)}">${xml(`graphguard: ${ctx.runFailure}`)}</failure>`);
    runCases.push('    </testcase>');
  }
  const incomplete = report.summary.live === 'incomplete';
  if (incomplete) {
    const text = liveIncompleteText(report);
    runCases.push('    <testcase classname="graphguard" name="live check">');
    runCases.push(`      <error type="live-incomplete" message="${xml(text)}">${xml(text)}</error>`);
    runCases.push('    </testcase>');
  }
  // A history read from a shallow clone: said, in a passing case (the exit code does not change for it).
  if (report.historyIncomplete !== undefined) {
    runCases.push('    <testcase classname="graphguard" name="history">');
    runCases.push(`      <system-out>${xml(`graphguard: ${report.historyIncomplete}`)}</system-out>`);
    runCases.push('    </testcase>');
  }
  const runTests = (clean ? 1 : 0) + (ctx.runFailure !== undefined ? 1 : 0) + (incomplete ? 1 : 0) + (report.historyIncomplete !== undefined ? 1 : 0);
  const runFailures = ctx.runFailure !== undefined ? 1 : 0;
  const errors = incomplete ? ` errors="1"` : '';
  lines.push(`<testsuites name="graphguard" tests="${total + runTests}" failures="${failing + runFailures}"${errors}>`);
  if (runTests > 0) {
    lines.push(`  <testsuite name="graphguard" tests="${runTests}" failures="${runFailures}"${errors}>`);
    lines.push(...runCases);
    lines.push('  </testsuite>');
  }
  for (const [file, findings] of byFile) {
    lines.push(`  <testsuite name="${xml(file)}" tests="${findings.length}" failures="${findings.filter((f) => fails(f.severity)).length}">`);
    for (const f of findings) {
      const text = xml(`${f.file}:${f.line}:${f.column} ${f.message}${f.suggestion ? `\n${f.suggestion}` : ''}`);
      lines.push(`    <testcase classname="${xml(f.ruleId)}" name="${xml(`${f.file}:${f.line}:${f.column} ${f.ruleId}`)}">`);
      if (fails(f.severity)) lines.push(`      <failure type="${f.severity}" message="${xml(f.message)}">${text}</failure>`);
      else lines.push(`      <system-out>${xml(`${f.severity} (below --fail-on ${ctx.failOn}): `)}${text}</system-out>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
