import { defineRule } from '../src/rule.js';

/** Reported by the pipeline itself (src/stages/suppress.ts), after every other rule has run. */
export default defineRule({
  id: 'unused-suppression',
  kind: 'meta',
  reports: 'unused-suppressions',
  defaultSeverity: 'warn',
  description: 'Disallow suppression comments that suppress nothing.',
  rationale:
    'A suppression left behind after its finding was fixed would silently hide the next problem on that line. Removing it keeps every exception deliberate.',
  sources: ['https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives'],
  messages: {
    unused: {
      message: 'Suppression of {{rules}} suppresses nothing on the next line.',
      suggestion: 'Remove the comment.',
    },
  },
});
