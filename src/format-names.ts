/**
 * The report formats of each command that writes one, its default first: what the commands accept
 * (cli.ts, infer-command.ts) and what names a code cache of its own (cache-kind.ts). Names only:
 * dist/cli.js reads them before it loads the rest of the CLI.
 */
export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit'] as const;
export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export const INFER_FORMATS = ['stylish', 'json', 'yaml'] as const;
export const RULES_FORMATS = ['text', 'json'] as const;
