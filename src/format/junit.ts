import { findingsByFile } from '../sort.js';
import type { Formatter } from './types.js';
import type { Severity } from '../types.js';
import { atLeast } from '../severity.js';
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
 * run is one passing case.
 */
export const formatJunit: Formatter = (report, ctx) => {
  const byFile = findingsByFile(report.findings);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = report.findings.length;
  const fails = (s: Severity) => ctx.failOn === undefined || (ctx.failOn !== 'never' && atLeast(s, ctx.failOn));
  const failing = report.findings.filter((f) => fails(f.severity)).length;
  lines.push(`<testsuites name="graphguard" tests="${Math.max(total, 1)}" failures="${failing}">`);
  if (total === 0) {
    lines.push('  <testsuite name="graphguard" tests="1" failures="0">');
    lines.push('    <testcase classname="graphguard" name="no findings"/>');
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
