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
