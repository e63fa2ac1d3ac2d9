/**
 * The rooms of the house and what each may import (CONTRIBUTING.md, "The map of the house"), held by
 * walking the import graph of the TypeScript sources with the TypeScript parser. Only imports that
 * exist at run time count: `import type`, `export type` and `import('x').T` type references are
 * erased by the compiler; dynamic `import()` calls count.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const rel = (abs: string) => path.relative(ROOT, abs).split(path.sep).join('/');

/** The run-time import specifiers of a TypeScript file, in source order. */
function runtimeImports(text: string, fileName = 'x.ts', dynamic = true): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly =
        node.isTypeOnly || (node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.length > 0 && node.exportClause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (dynamic && ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** A module id: a repository-relative path for our files, the specifier (node: prefix dropped) for packages. */
function resolve(fromAbs: string, spec: string): string {
  if (!spec.startsWith('.')) {
    const bare = spec.replace(/^node:/, '');
    return bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0]!;
  }
  const abs = path.resolve(path.dirname(fromAbs), spec);
  for (const candidate of [abs.replace(/\.js$/, '.ts'), abs.replace(/\.mjs$/, '.mts'), abs]) if (existsSync(candidate)) return rel(candidate);
  return rel(abs);
}

const graphCache = new Map<string, string[]>();
function importsOf(file: string): string[] {
  let deps = graphCache.get(file);
  if (!deps) {
    const abs = path.join(ROOT, file);
    deps = /\.(ts|mts)$/.test(file) ? runtimeImports(readFileSync(abs, 'utf8'), abs).map((s) => resolve(abs, s)) : [];
    graphCache.set(file, deps);
  }
  return deps;
}

/** Every import of a file, type-only ones included. */
function allImportsOf(file: string): string[] {
  const abs = path.join(ROOT, file);
  return ts.preProcessFile(readFileSync(abs, 'utf8'), true, true).importedFiles.map((f) => resolve(abs, f.fileName));
}

/** The static imports of a file (dynamic `import()` left out): what loads with it. */
function staticImportsOf(file: string): string[] {
  const abs = path.join(ROOT, file);
  return /\.(ts|mts)$/.test(file) ? runtimeImports(readFileSync(abs, 'utf8'), abs, false).map((s) => resolve(abs, s)) : [];
}

/** Every module `file` reaches at run time, each with the chain of imports that reaches it. */
function reach(file: string, imports: (file: string) => string[] = importsOf): Map<string, string[]> {
  const chains = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length) {
    const f = queue.shift()!;
    for (const d of imports(f)) {
      if (chains.has(d)) continue;
      chains.set(d, [...chains.get(f)!, d]);
      if (d.endsWith('.ts') || d.endsWith('.mts')) queue.push(d);
    }
  }
  return chains;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !/\.(ts|mts)$/.test(e.name) || e.name.endsWith('.d.ts')) continue;
    out.push(rel(path.join(e.parentPath, e.name)));
  }
  return out.sort();
}

/** "a -> b -> c" for every forbidden module the files reach. */
function violations(files: string[], forbidden: (id: string) => boolean): string[] {
  const out: string[] = [];
  for (const f of files) for (const [id, chain] of reach(f)) if (forbidden(id)) out.push(chain.join(' -> '));
  return out;
}

const SOURCES = [...sources('src'), ...sources('rules'), ...sources('scripts'), ...sources('bench')];

describe('the import walker', () => {
  it('counts value imports, re-exports and dynamic imports, and skips type-only ones', () => {
    const text = [
      "import fs from 'node:fs';",
      "import type { A } from './a.js';",
      "import { type B, type C } from './b.js';",
      "import { type D, e } from './d.js';",
      "export { f } from './f.js';",
      "export type { G } from './g.js';",
      "export * from './h.js';",
      "type I = import('./i.js').I;",
      "const j = await import('./j.js');",
      "import './k.js';",
    ].join('\n');
    expect(runtimeImports(text)).toEqual(['node:fs', './d.js', './f.js', './h.js', './j.js', './k.js']);
  });

  it('finds the chain through which a module is reached', () => {
    expect(reach('src/check.ts').get('src/stages/scan.ts')).toEqual(['src/check.ts', 'src/stages/scan.ts']);
    expect(violations(['src/check.ts'], (id) => id === 'src/scan/run.ts')).toEqual(['src/check.ts -> src/stages/scan.ts -> src/scan/run.ts']);
  });
});

describe('boundaries', () => {
  it('rules/ reaches no file system, child process, Graph client or @actions/* (directly or through src/)', () => {
    const forbidden = new Set(['fs', 'child_process', 'worker_threads', 'src/graph/client.ts', 'src/graph/snapshot.ts', '@actions/core', '@actions/github']);
    expect(violations(sources('rules'), (id) => forbidden.has(id) || id.startsWith('@actions/'))).toEqual([]);
  });

  it('src/format/ reaches neither src/graph/ nor src/github/ (formatters are pure)', () => {
    expect(violations(sources('src/format'), (id) => id.startsWith('src/graph/') || id.startsWith('src/github/') || id.startsWith('@actions/'))).toEqual([]);
  });

  it('only the entry points import the shells (src/cli.ts, src/action.ts), not even for a type', () => {
    const shells = new Set(['src/cli.ts', 'src/action.ts']);
    const entryPoints = new Set(['src/bin.ts', 'src/cli-main.ts']);
    const importers = SOURCES.filter((f) => !entryPoints.has(f) && allImportsOf(f).some((d) => shells.has(d)));
    expect(importers).toEqual([]);
  });

  it('nothing but src/github/ and the action shell imports @actions/*', () => {
    const importers = SOURCES.filter((f) => !f.startsWith('src/github/') && f !== 'src/action.ts' && importsOf(f).some((d) => d.startsWith('@actions/')));
    expect(importers).toEqual([]);
  });

  it('shipped code (src/, rules/) and scripts/ import nothing from test/ (bench/ may: it runs the fakes)', () => {
    const files = SOURCES.filter((f) => !f.startsWith('bench/'));
    expect(files.filter((f) => allImportsOf(f).some((d) => d.startsWith('test/')))).toEqual([]);
  });

  it('no import cycle runs through src/rule.ts or src/types.ts, counting type imports', () => {
    const cycles: string[] = [];
    for (const start of ['src/rule.ts', 'src/types.ts']) {
      const seen = new Map<string, string[]>([[start, [start]]]);
      const queue = [start];
      while (queue.length) {
        const f = queue.shift()!;
        for (const d of allImportsOf(f)) {
          if (d === start) cycles.push([...seen.get(f)!, d].join(' -> '));
          if (seen.has(d) || !d.endsWith('.ts')) continue;
          seen.set(d, [...seen.get(f)!, d]);
          queue.push(d);
        }
      }
    }
    expect(cycles).toEqual([]);
  });

  it('the CLI loads the yaml package, the call reader and the Graph client only where they are used', () => {
    // What src/cli-main.ts reaches through static imports is what every run loads (the bundle's main
    // chunks); these come in through a dynamic import() or src/yaml.ts. test/lazy-load.test.ts holds the bundle to it.
    const lazy = new Set(['src/calls/collect.ts', 'src/calls/endpoints.ts', 'src/graph/client.ts']);
    const chains = [...reach('src/cli-main.ts', staticImportsOf)].filter(([id]) => lazy.has(id)).map(([, c]) => c.join(' -> '));
    expect(chains).toEqual([]);
    // The yaml package: only src/yaml-load.ts imports it (the CLI bundle swaps that module for a require on first use).
    expect(SOURCES.filter((f) => f.startsWith('src/') && staticImportsOf(f).includes('yaml'))).toEqual(['src/yaml-load.ts']);
  });

  it('src/manifest/ does not reach into src/scan/', () => {
    expect(violations(sources('src/manifest'), (id) => id.startsWith('src/scan/'))).toEqual([]);
  });
});
