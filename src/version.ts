/** The package version: injected by the bundler into dist/, read from package.json when run from source. */
import { readFileSync } from 'node:fs';

declare const __GRAPHGUARD_VERSION__: string | undefined;
declare const __GRAPHGUARD_BUILD_ID__: string | undefined;

export const VERSION: string = typeof __GRAPHGUARD_VERSION__ === 'string' ? __GRAPHGUARD_VERSION__ : sourceVersion();

/**
 * Which build of the version this is: in dist/, the first 24 hex digits of the SHA-256 of the bundle
 * file it is in (scripts/build.mjs writes it in after hashing), so that caches made by one build are never
 * taken by another of the same version; `source` when run from the sources.
 */
export const BUILD_ID: string = typeof __GRAPHGUARD_BUILD_ID__ === 'string' ? __GRAPHGUARD_BUILD_ID__ : 'source';

function sourceVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
