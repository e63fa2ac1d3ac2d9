/** The action's own notices and warnings, counted: they take annotation slots from the findings. */
import type { ActionOutput } from './output.js';

export class ActionMessages {
  notices = 0;
  warnings = 0;
  constructor(private readonly out: ActionOutput) {}
  notice(text: string): void {
    this.notices++;
    this.out.notice(text, { title: 'graphguard' });
  }
  warning(text: string): void {
    this.warnings++;
    this.out.warning(text, { title: 'graphguard' });
  }
}

/** The first line of an error's message. */
export function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}
