/**
 * Values one file gives a name that another file uses without an import the reader follows, declared ahead of
 * the using file's text so that its calls on them are read, at their own lines, for its user (as imports.ts and
 * python-imports.ts do for imported Graph clients):
 *
 * - Go: a package's files share its top-level names. A Graph URL one file of the package holds in a package-level
 *   constant or variable (`const graphBaseURL = "https://graph.facebook.com/v19.0"` in `meta/base.go`) is declared
 *   ahead of each other file of the package (same folder, same `package` clause) that names it unqualified
 *   (`meta/catalog.go`'s `http.Post(graphBaseURL+"/"+id+"/items_batch", …)`; hunt V7: before, those calls were not
 *   read, and `unused-permission` judged from the rest).
 * - PHP, Java/Kotlin and Ruby: a Graph URL a class or module keeps in a constant, named qualified in another file
 *   (`Config::GRAPH_URL`, `Graph.BASE_URL`, `Meta::GRAPH`; hunt V7).
 * - Java/Kotlin (Spring): a field Spring injects from the application's configuration (`@Value("${facebook.base-url}")
 *   private String baseUrl;`, the URL in `application.yml`'s `facebook: base-url:` or `application.properties`'
 *   `facebook.base-url=`) holds that value where it is a Graph URL (hunt Y3-6: the calls built on it were not read,
 *   and `unused-permission` told the user to drop `instagram_manage_insights`). The configuration is the folder's
 *   `application*.yml`/`.yaml`/`.properties` files (the profile-less ones first); a `${key:default}` default counts
 *   where no file sets the key.
 *
 * Only files whose calls can count for a user (`wanted`) are read again.
 */
import path from 'node:path';
import { languageOf } from './language.js';
import { findGoPackageUrls, findSharedClassUrls, type ExportedBinding } from './sites.js';
import { isSpringConfig, relaxedKey, springConfigEntries } from './spring-config.js';

/** What the scan gives: its files, a file's text, whether a file's calls count, and how to read a file again with a prelude. */
export interface SharedValuesIO {
  files: readonly string[];
  textOf: (rel: string) => string | undefined;
  wanted: (rel: string) => boolean;
  /**
   * Declares `prelude` ahead of `rel`'s text (`through`: the files the values come from; `blank`: spans of the text
   * read as spaces). What the readers below declare for one file is gathered, and the file read again once, with
   * all of it (a Java file may use a Spring value and another class's constant).
   */
  read: (rel: string, text: string, prelude: string, through: string[], blank?: [number, number][]) => void;
}

/** Go: reads the package's other files with the package-level Graph URLs of `marked` (files with a call marker) declared ahead. */
export function readGoPackages(io: SharedValuesIO, marked: Iterable<string>): void {
  /** Each folder's files that hold package-level Graph URLs: their package and URLs. */
  const holders = new Map<string, { file: string; pkg: string; urls: ExportedBinding[] }[]>();
  for (const rel of marked) {
    if (languageOf(rel) !== 'go') continue;
    const text = io.textOf(rel);
    const pkg = text === undefined ? undefined : goPackageOf(text);
    if (pkg === undefined) continue;
    const urls = findGoPackageUrls(text!, rel);
    if (urls.length === 0) continue;
    const dir = path.posix.dirname(rel);
    holders.set(dir, [...(holders.get(dir) ?? []), { file: rel, pkg, urls }]);
  }
  if (holders.size === 0) return;
  /** Each go.mod's folder and module path, read once (an import path resolves below the nearest one). */
  const modules = new Map<string, string | undefined>();
  let listed: Set<string> | undefined;
  const moduleOf = (dir: string): { dir: string; module: string } | undefined => {
    for (let d = dir; ; d = path.posix.dirname(d)) {
      const file = d === '.' ? 'go.mod' : `${d}/go.mod`;
      if (!modules.has(file)) modules.set(file, (listed ??= new Set(io.files)).has(file) ? /^module[ \t]+(\S+)/m.exec(io.textOf(file) ?? '')?.[1] : undefined);
      const module = modules.get(file);
      if (module !== undefined) return { dir: d, module };
      if (d === '.' || d === '' || d === '/') return undefined;
    }
  };
  const byBase = new Map<string, string[]>();
  for (const dir of holders.keys()) byBase.set(path.posix.basename(dir), [...(byBase.get(path.posix.basename(dir)) ?? []), dir]);
  /** The holders' folder an import path names: below the nearest go.mod's module; without a go.mod, the one folder of its last name. */
  const folderOf = (importer: string, spec: string): string | undefined => {
    const mod = moduleOf(path.posix.dirname(importer));
    if (mod) {
      // (A path outside the module is another module's package: `github.com/acme/meta` is no `internal/meta`.)
      if (!spec.startsWith(`${mod.module}/`)) return undefined;
      const rest = spec.slice(mod.module.length + 1);
      const dir = mod.dir === '.' ? rest : `${mod.dir}/${rest}`;
      return holders.has(dir) ? dir : undefined;
    }
    const same = byBase.get(spec.split('/').pop() ?? '');
    return same?.length === 1 ? same[0] : undefined;
  };
  for (const rel of io.files) {
    if (languageOf(rel) !== 'go' || !io.wanted(rel)) continue;
    const own = holders.has(path.posix.dirname(rel));
    const text = io.textOf(rel);
    if (text === undefined || (!own && !text.includes('import'))) continue;
    const pkg = goPackageOf(text);
    if (pkg === undefined) continue;
    const declared = new Map<string, string>();
    const through: string[] = [];
    // A value a name stands for here, unless the file binds that name itself (its own `const`/`var`, a local `name
    // := …`, a script's own package `main` in the same folder under a build tag): not declared (hunt Z7-3, Z7-8).
    const declare = (h: { file: string }, b: ExportedBinding, used: RegExp) => {
      if (declared.has(b.name) || !used.test(text) || goBinds(text, b.name)) return;
      declared.set(b.name, goUrlDeclaration(b));
      if (!through.includes(h.file)) through.push(h.file);
    };
    if (own)
      for (const h of holders.get(path.posix.dirname(rel))!) {
        if (h.file === rel || h.pkg !== pkg) continue;
        for (const b of h.urls) declare(h, b, new RegExp(`(?<![\\w.])${b.name}(?!\\w)`));
      }
    // Another package's exported Graph URL, named through its import (`meta.GraphBaseURL` after `import
    // "example.com/shop/meta"`): declared as its name, which the reader takes a qualified name by (hunt V7).
    for (const imp of goImports(text)) {
      const dir = folderOf(rel, imp.path);
      if (dir === undefined || dir === path.posix.dirname(rel)) continue;
      for (const h of holders.get(dir)!) {
        const local = imp.name ?? h.pkg;
        if (!/^[A-Za-z_]\w*$/.test(local)) continue;
        for (const b of h.urls) if (/^[A-Z]/.test(b.name)) declare(h, b, new RegExp(`(?<![\\w.])${local}\\.${b.name}(?!\\w)`));
      }
    }
    if (declared.size > 0) io.read(rel, text, [...declared.values()].join(''), through);
  }
}

/**
 * PHP, Java/Kotlin and Ruby: a Graph URL a class or module of one file keeps in a constant (`class Config { const
 * GRAPH_URL = 'https://graph.facebook.com/v19.0/'; }`, `public static final String BASE_URL`, `module Meta; GRAPH =
 * …`) is declared ahead of each file of the language that names it qualified (`Config::GRAPH_URL`,
 * `Graph.BASE_URL`, `Meta::GRAPH`), which is read again so (hunt V7; before, those calls were not read and only
 * the defining file's note kept `unused-permission` quiet). The qualifier must be the holder's class or module
 * name; a file that binds the name itself is left alone.
 */
export function readSharedClassUrls(io: SharedValuesIO, marked: Iterable<string>): void {
  const holders = new Map<string, { file: string; lang: string; owner: string; urls: ExportedBinding[] }[]>();
  for (const rel of marked) {
    if (!CLASS_LANGUAGES.has(languageOf(rel) ?? '')) continue;
    const text = io.textOf(rel);
    const found = text === undefined ? undefined : findSharedClassUrls(text, rel);
    if (!found) continue;
    const lang = languageOf(rel)!;
    holders.set(lang, [...(holders.get(lang) ?? []), { file: rel, lang, ...found }]);
  }
  if (holders.size === 0) return;
  for (const rel of io.files) {
    const lang = languageOf(rel);
    const mine = lang === undefined ? undefined : holders.get(lang);
    if (!mine || !io.wanted(rel)) continue;
    const text = io.textOf(rel);
    if (text === undefined) continue;
    const declared = new Map<string, string>();
    const through: string[] = [];
    for (const h of mine) {
      if (h.file === rel || !text.includes(h.owner)) continue;
      for (const b of h.urls) {
        const sep = lang === 'java' ? '\\.' : '::';
        if (declared.has(b.name) || !new RegExp(`(?<![\\w$\\\\])${h.owner}${sep}${b.name}(?!\\w)`).test(text)) continue;
        if (new RegExp(`(?<![\\w$.:>])\\$?${b.name}[ \\t]*=(?![=>])`).test(text)) continue;
        declared.set(b.name, classUrlDeclaration(lang!, b));
        if (!through.includes(h.file)) through.push(h.file);
      }
    }
    if (declared.size > 0) io.read(rel, text, [...declared.values()].join(''), through);
  }
}

/** The languages whose class constants readSharedClassUrls reads. */
const CLASS_LANGUAGES: ReadonlySet<string> = new Set(['php', 'java', 'ruby']);

/** A class constant's Graph URL declared ahead of a file that names it qualified, in the file's language. */
function classUrlDeclaration(lang: string, b: ExportedBinding): string {
  const parts = b.url ?? [{ lit: b.instagram ? 'https://graph.instagram.com' : 'https://graph.facebook.com' }];
  // (Only the literal: a hole of the holder's own file means nothing here.)
  const lit = parts.map((p) => ('lit' in p ? p.lit : '')).join('').replace(/["'\\\r\n$#{}]/g, '');
  if (lang === 'php') return `<?php const ${b.name} = '${lit}'; ?>\n`;
  if (lang === 'ruby') return `${b.name} = "${lit}"\n`;
  return `static final String ${b.name} = "${lit}";\n`;
}

/** A configured value that is a Graph URL. */
const GRAPH_URL_VALUE = /^https:\/\/graph\.(?:facebook|instagram)\.com(?:[/?]|$)/;
/** The configuration files read, at most (a monorepo of services has a few each). */
const MAX_SPRING_CONFIGS = 64;
/**
 * `@Value("${key}")` or `@Value("${key:default}")` (Kotlin's `"\${key}"` too) before a field's declaration: Java's
 * `private final String baseUrl;`, Kotlin's `private lateinit var baseUrl: String` or `private val baseUrl: String`.
 */
const SPRING_VALUE_FIELD =
  /@Value\(\s*"\\?\$\{([\w.\-[\]]+)(?::([^}"]*))?\}"\s*\)\s*(?:(?:private|protected|public|internal|final|static|lateinit|override)\s+)*(?:(?:var|val)\s+([A-Za-z_]\w*)\s*:\s*String\??|String\s+([A-Za-z_]\w*)\s*[;=])/g;
/**
 * The same on a constructor's parameter (Kotlin's `class S(@Value("\${k}") private val baseUrl: String, …)`, Java's
 * `S(@Value("${k}") String baseUrl)`): group 3 is the declaration after the annotation, 4 or 5 its name. The
 * parameter would hide the value declared ahead, so its declaration is read as spaces (hunt Z7-7).
 */
const SPRING_VALUE_PARAMETER =
  /@Value\(\s*"\\?\$\{([\w.\-[\]]+)(?::([^}"]*))?\}"\s*\)\s*((?:(?:private|protected|public|internal|final|override)\s+)*(?:(?:var|val)\s+([A-Za-z_]\w*)\s*:\s*String\??|String\s+([A-Za-z_]\w*)))(?=\s*[,)])/g;

/** Spring: reads the Java and Kotlin files that inject a configured Graph URL with their fields declared ahead. */
export function readSpringValues(io: SharedValuesIO): void {
  // Each application's own configuration: by its module's root (the folder above `src/main/resources/`, else the
  // file's folder), the profile-less files first. A service reads its own, never another service's of the same
  // repository (hunt Z7-4).
  const configs = new Map<string, Map<string, string>>();
  const files = io.files.filter(isSpringConfig).sort((a, b) => Number(/application-/.test(a)) - Number(/application-/.test(b)) || a.localeCompare(b));
  for (const f of files.slice(0, MAX_SPRING_CONFIGS)) {
    const text = io.textOf(f);
    if (text === undefined) continue;
    const root = springRoot(f);
    const config = configs.get(root) ?? new Map<string, string>();
    configs.set(root, config);
    for (const [k, v] of springConfigEntries(text, f.endsWith('.properties'))) if (!config.has(relaxedKey(k))) config.set(relaxedKey(k), v);
  }
  // Only where some configuration sets a Graph URL: then the Java and Kotlin files whose calls can count for a user
  // (a file with no call marker too: `@Value("${meta.graph.base-url}")` names no Graph host) are looked at.
  if (![...configs.values()].some((c) => [...c.values()].some((v) => GRAPH_URL_VALUE.test(v.trim())))) return;
  // The configuration of the module a file is in: the longest root that holds it.
  const configOf = (rel: string): Map<string, string> | undefined => {
    let best: string | undefined;
    for (const root of configs.keys()) if (rel.startsWith(root) && (best === undefined || root.length > best.length)) best = root;
    return best === undefined ? undefined : configs.get(best);
  };
  for (const rel of io.files) {
    if (!(rel.endsWith('.java') || rel.endsWith('.kt')) || !io.wanted(rel)) continue;
    const config = configOf(rel);
    if (!config) continue;
    const configValue = (key: string): string | undefined => config.get(relaxedKey(key));
    const text = io.textOf(rel);
    if (text === undefined || !text.includes('@Value')) continue;
    const kotlin = rel.endsWith('.kt');
    const declared = new Map<string, string>();
    const blank: [number, number][] = [];
    // The configured Graph URL of `key`, or undefined. A value that names another key
    // (`https://graph.facebook.com/${facebook.version}`) takes it once.
    const graphValue = (key: string, fallback: string | undefined): string | undefined => {
      const value = (configValue(key) ?? fallback)?.replace(/\$\{([\w.-]+)(?::([^}]*))?\}/g, (_, k: string, d?: string) => configValue(k) ?? d ?? '');
      return value === undefined || !GRAPH_URL_VALUE.test(value.trim()) ? undefined : value.trim();
    };
    const declare = (name: string, value: string) => {
      const lit = JSON.stringify(value.replace(/["\\\r\n]/g, ''));
      declared.set(name, kotlin ? `private const val ${name} = ${lit}\n` : `private static final String ${name} = ${lit};\n`);
    };
    for (const m of text.matchAll(SPRING_VALUE_FIELD)) {
      const name = m[3] ?? m[4]!;
      const value = declared.has(name) ? undefined : graphValue(m[1]!, m[2]);
      if (value !== undefined) declare(name, value);
    }
    for (const m of text.matchAll(SPRING_VALUE_PARAMETER)) {
      const name = m[4] ?? m[5]!;
      const value = graphValue(m[1]!, m[2]);
      if (value === undefined) continue;
      // (Kotlin's `private val baseUrl: String` in a constructor is read by the loop above as a field too.)
      if (!declared.has(name)) declare(name, value);
      const start = m.index + m[0].length - m[3]!.length;
      blank.push([start, start + m[3]!.length]);
    }
    if (declared.size > 0) io.read(rel, text, [...declared.values()].join(''), [], blank);
  }
}

/** The module a Spring configuration file belongs to, as a path prefix: the folder above `src/main/resources/`, else its own folder. */
function springRoot(file: string): string {
  const at = file.lastIndexOf('src/main/resources/');
  if (at === 0 || (at > 0 && file[at - 1] === '/')) return file.slice(0, at);
  // (Spring Boot also reads `./config/application.yml`: that folder's parent.)
  const dir = path.posix.dirname(file).replace(/(?:^|\/)config$/, '');
  return dir === '.' || dir === '' ? '' : `${dir}/`;
}

/** A Go file's imports: each path and the name it is given (`meta "example.com/shop/meta"`), if any. */
function goImports(text: string): { path: string; name?: string }[] {
  const out: { path: string; name?: string }[] = [];
  const one = /^[ \t]*(?:([A-Za-z_]\w*)[ \t]+)?"([^"\n]+)"/gm;
  for (const block of text.matchAll(/^import[ \t]*\(([^)]*)\)|^import[ \t]+((?:[A-Za-z_]\w*[ \t]+)?"[^"\n]+")/gm)) {
    for (const m of (block[1] ?? block[2] ?? '').matchAll(one)) out.push({ path: m[2]!, ...(m[1] ? { name: m[1] } : {}) });
    if (out.length >= MAX_GO_IMPORTS) break;
  }
  return out;
}
/** Imports of a Go file looked at, at most. */
const MAX_GO_IMPORTS = 256;

/** Whether a Go file binds `name` itself: `const name`, `var name`, `name :=`, `name, err :=`, or `name = …` in a group. */
function goBinds(text: string, name: string): boolean {
  return new RegExp(`\\b(?:const|var)[ \\t]+${name}\\b|(?<![\\w.])${name}(?:[ \\t]*,[ \\t]*[A-Za-z_]\\w*)*[ \\t]*:=|^[ \\t]*${name}[ \\t]*(?:[A-Za-z_][\\w.]*[ \\t]*)?=(?!=)`, 'm').test(text);
}

/** A Go file's package name (its `package` clause), or undefined. */
function goPackageOf(text: string): string | undefined {
  return /^package[ \t]+([A-Za-z_]\w*)/m.exec(text)?.[1];
}

/** A Go package-level Graph URL as a constant declared ahead of another file of its package: its literal parts and holes. */
function goUrlDeclaration(b: ExportedBinding): string {
  const parts = b.url ?? [{ lit: b.instagram ? 'https://graph.instagram.com' : 'https://graph.facebook.com' }];
  // A hole keeps a name the reader can tell a version by (`apiVersion`, `cfg.GraphVersion` as is).
  const hole = (h: string) => (/^[A-Za-z_][\w.]*$/.test(h) ? h : (h.match(/[A-Za-z_]\w*/g)?.pop() ?? '_'));
  const expr = parts.map((p) => ('lit' in p ? `"${p.lit.replace(/["\\\r\n]/g, '')}"` : hole(p.hole))).join(' + ');
  return `const ${b.name} = ${expr === '' ? '""' : expr}\n`;
}
