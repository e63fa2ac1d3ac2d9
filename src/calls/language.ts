/**
 * The languages whose Graph API calls graphguard reads, by file extension. Its own small module: the
 * scan asks it of every file a call marker matched, before it decides to load the call reader.
 */

export type Language = 'js' | 'python' | 'php' | 'ruby' | 'java' | 'go';

const EXTENSIONS: Record<string, Language> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', tsx: 'js', mts: 'js', cts: 'js',
  py: 'python', php: 'php', rb: 'ruby', java: 'java', kt: 'java', go: 'go',
};

/** The language of a file by its extension, or undefined when graphguard does not read its calls. */
export function languageOf(path: string): Language | undefined {
  const dot = path.lastIndexOf('.');
  if (dot === -1 || path.endsWith('.d.ts') || /\.min\.[cm]?js$/.test(path)) return undefined;
  return EXTENSIONS[path.slice(dot + 1).toLowerCase()];
}

/**
 * Names of source and text files: a NUL byte up front in one of them is worth a reviewer's look (a minified
 * bundle and a `.d.ts` too, which the call reader leaves alone).
 */
const TEXT_NAME = /\.(?:[cm]?[jt]sx?|json|ya?ml|env|txt|properties|toml|ini|cfg|conf|xml|html?|sh|bash|zsh|ps1|md|tf|tfvars|csv|sql|gradle|cs|swift|rs|c|h|cpp|scala|ex|exs|dart|vue|svelte)$|(?:^|\/)\.env(?:\.[^/]*)?$/i;

export function textByName(rel: string): boolean {
  return languageOf(rel) !== undefined || TEXT_NAME.test(rel);
}
