/** The package version: injected by the bundler into dist/, read from package.json when run from source. */
import { readFileSync } from 'node:fs';

declare const __GRAPHGUARD_VERSION__: string | undefined;

export const VERSION: string = typeof __GRAPHGUARD_VERSION__ === 'string' ? __GRAPHGUARD_VERSION__ : sourceVersion();

function sourceVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
