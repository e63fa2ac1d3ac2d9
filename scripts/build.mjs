// Bundles the CLI (dist/cli.js) and the action (dist/index.js) with esbuild; both are committed.
import { build } from 'esbuild';
import { readFileSync, existsSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  charset: 'utf8',
  define: { __GRAPHGUARD_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies (ajv, fast-glob) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __graphguardRequire } from 'node:module';\nconst require = __graphguardRequire(import.meta.url);" },
};

// The CLI is split so that `--version` loads a few hundred bytes, not the whole bundle.
rmSync('dist/chunks', { recursive: true, force: true });
await build({
  ...common,
  // The scan's worker thread (src/scan/parallel.ts) loads dist/chunks/scan-worker.js, next to check's chunk.
  entryPoints: { cli: 'src/bin.ts', 'chunks/scan-worker': 'src/scan/scan-worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
if (existsSync('src/action.ts')) await build({ ...common, entryPoints: ['src/action.ts'], outfile: 'dist/index.js' });
