import type { Finding } from '../types.js';
import type { Formatter } from './types.js';

function xml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** JUnit XML: one testsuite per file, one failing testcase per finding; a clean run is one passing case. */
export const formatJunit: Formatter = (report) => {
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = report.findings.length;
  lines.push(`<testsuites name="graphguard" tests="${Math.max(total, 1)}" failures="${total}">`);
  if (total === 0) {
    lines.push('  <testsuite name="graphguard" tests="1" failures="0">');
    lines.push('    <testcase classname="graphguard" name="no findings"/>');
    lines.push('  </testsuite>');
  }
  for (const [file, findings] of byFile) {
    lines.push(`  <testsuite name="${xml(file)}" tests="${findings.length}" failures="${findings.length}">`);
    for (const f of findings) {
      lines.push(`    <testcase classname="${xml(f.ruleId)}" name="${xml(`${f.file}:${f.line}:${f.column} ${f.ruleId}`)}">`);
      lines.push(`      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${f.file}:${f.line}:${f.column} ${f.message}${f.suggestion ? `\n${f.suggestion}` : ''}`)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
