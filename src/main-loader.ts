/**
 * Where the CLI past `--version` comes from. From the sources (tsx, vitest): src/cli-main.ts. The CLI
 * bundle replaces this module (scripts/build.mjs) with one that runs dist/chunks/main.cjs through V8's
 * code cache (src/compile-cache.ts).
 */
export interface LoadedMain {
  run(argv: string[]): Promise<void>;
  /** Writes the code cache when the run made one worth keeping (the bundle only). */
  save(): void;
}

export async function loadMain(): Promise<LoadedMain> {
  const { run } = await import('./cli-main.js');
  return { run, save: () => undefined };
}
