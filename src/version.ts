/** The package version, injected by the bundler; `0.0.0-dev` when run from source. */
declare const __GRAPHGUARD_VERSION__: string | undefined;
export const VERSION: string = typeof __GRAPHGUARD_VERSION__ === 'string' ? __GRAPHGUARD_VERSION__ : '1.0.0';
