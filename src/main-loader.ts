/**
 * Where the CLI past `--version` comes from. From the sources (tsx, vitest): src/cli-main.ts. The CLI
 * bundle replaces this module (scripts/build.mjs) with one that runs dist/chunks/main.cjs through V8's
 * code cache (src/compile-cache.ts).
 */
export interface LoadedMain {
  /** Runs the CLI; returns what the run did (src/run-tags.ts). */
  run(argv: string[]): Promise<string[]>;
  /** Writes the code cache when the run made one worth keeping (the bundle only). */
  save(tags?: readonly string[]): void;
}

/** `kind`: the command, which has a code cache of its own (src/compile-cache.ts). */
export async function loadMain(_kind?: string): Promise<LoadedMain> {
  const { run } = await import('./cli-main.js');
  return { run, save: () => undefined };
}
