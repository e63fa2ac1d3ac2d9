/** Rule settings: each rule's severity and options, from its defaults and the manifest's `rules:`. */
import { optionDefaults } from './options.js';
import type { AnyRule } from './rule.js';
import type { Severity } from './types.js';

export type SeveritySetting = Severity | 'off';

export interface RuleSetting {
  severity: SeveritySetting;
  /** True when the manifest's `rules:` set the severity; it then wins over per-report severities. */
  explicit: boolean;
  options: Record<string, unknown>;
}

/** Resolves each rule's severity and options from its defaults and the manifest's `rules:`. */
export function resolveRuleSettings(rules: readonly AnyRule[], configured: unknown): Map<string, RuleSetting> {
  const out = new Map<string, RuleSetting>();
  const conf = (configured && typeof configured === 'object' ? configured : {}) as Record<string, unknown>;
  for (const rule of rules) {
    const defaults = rule.options ? optionDefaults(rule.options.schema) : {};
    const c = conf[rule.id];
    if (typeof c === 'string') out.set(rule.id, { severity: c as SeveritySetting, explicit: true, options: defaults });
    else if (c && typeof c === 'object') {
      const { severity, ...opts } = c as Record<string, unknown>;
      out.set(rule.id, {
        severity: (severity as SeveritySetting | undefined) ?? rule.defaultSeverity,
        explicit: severity !== undefined,
        options: { ...defaults, ...opts },
      });
    } else out.set(rule.id, { severity: rule.defaultSeverity, explicit: false, options: defaults });
  }
  return out;
}

/** The severity of one finding: the user's explicit setting, else the report's own, else the rule's. */
export function effectiveSeverity(setting: RuleSetting, own: Severity | undefined): Severity {
  if (setting.explicit || own === undefined) return setting.severity as Severity;
  return own;
}
