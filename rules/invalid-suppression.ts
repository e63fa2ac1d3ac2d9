import { defineRule } from '../src/rule.js';

/** Reported by the pipeline itself (src/stages/suppress.ts), which sees every suppression comment. */
export default defineRule({
  id: 'invalid-suppression',
  kind: 'meta',
  reports: 'invalid-suppressions',
  defaultSeverity: 'error',
  description: 'Require suppression comments to name known rules that can be suppressed, give a reason, and be within their until= date.',
  rationale:
    'A suppression is an accepted risk; without a reason nobody can review it, and without an end date it outlives the exception it was written for. A suppression naming an unknown rule suppresses nothing and hides a typo.',
  sources: ['https://eslint.org/docs/latest/use/configure/rules#disabling-rules'],
  messages: {
    noRule: {
      message: 'Suppression comment names no rule.',
      suggestion: 'Write graphguard-disable-next-line <rule-id> -- <reason>.',
    },
    noReason: {
      message: 'Suppression of {{rules}} gives no reason.',
      suggestion: 'Add " -- <why this is acceptable>" after the rule id.',
    },
    unknownRule: {
      message: 'Suppression names unknown rule `{{rule}}`.',
      suggestion: 'Run `graphguard rules` for the list of rule ids.',
    },
    badDate: {
      message: 'Suppression has until={{until}}, which is not a date YYYY-MM-DD.',
      suggestion: 'Write until=YYYY-MM-DD.',
    },
    expired: {
      message: 'Suppression expired on {{until}}; the finding it hid is reported again.',
      suggestion: 'Fix the finding, or renew the suppression with a new reason and date.',
    },
    approval: {
      message: 'Suppression of `{{rule}}` hides nothing: its findings are changes for a reviewer to approve, not mistakes to silence.',
      suggestion: 'Remove the comment; approve the change in review (see `graphguard explain {{rule}}`).',
    },
    splitLine: {
      message:
        'Suppression comment is followed on its line by a line break other than a newline (U+2028, U+2029 or a lone carriage return): the next line an editor shows is the rest of this one, so it suppresses nothing.',
      suggestion: 'Put the directive on a line of its own, ended by a newline, right above the line it is for.',
    },
  },
});
