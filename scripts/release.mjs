#!/usr/bin/env node
/**
 * Release steps shared by .github/workflows/release.yml and scripts/release-check.sh (RELEASING.md):
 *
 *   node scripts/release.mjs prepare X.Y.Z       package.json version, CHANGELOG "Unreleased" → "[X.Y.Z] - date"
 *   node scripts/release.mjs verify vX.Y.Z       the tag names package.json's version, the CHANGELOG has its
 *                                                section, and dist/ and generated files match the sources
 *   node scripts/release.mjs notes X.Y.Z         prints the CHANGELOG section (the GitHub release's notes)
 *   node scripts/release.mjs move-major vX.Y.Z [REMOTE]
 *                                                points the major tag (v1) at the release and pushes it
 *
 * Each failure is one line on stderr and exit 1.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;

function fail(msg) {
  process.stderr.write(`release: ${msg}\n`);
  process.exit(1);
}

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

const pkgVersion = () => JSON.parse(readFileSync('package.json', 'utf8')).version;

function version(arg, { tag = false } = {}) {
  if (!arg) fail(`usage: node scripts/release.mjs ${process.argv[2]} ${tag ? 'vX.Y.Z' : 'X.Y.Z'}`);
  const v = tag ? arg.replace(/^refs\/tags\//, '') : arg;
  if (tag && !v.startsWith('v')) fail(`a release tag starts with v: ${v}`);
  const bare = tag ? v.slice(1) : v;
  if (!SEMVER.test(bare)) fail(`not a version X.Y.Z: ${bare}`);
  return bare;
}

/** The CHANGELOG section of a version: from its "## [X.Y.Z]" heading to the next "## " heading. */
export function changelogSection(text, v) {
  const lines = text.split('\n');
  const esc = v.replace(/[.]/g, '\\.');
  const start = lines.findIndex((l) => new RegExp(`^## \\[?v?${esc}\\]?(?:\\s|$)`).test(l));
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  // Link references at the end ("[1.0.0]: https://…") belong to no section.
  const body = lines.slice(start + 1, end).filter((l) => !/^\[[^\]]+\]: /.test(l));
  return `${body.join('\n').trim()}\n`;
}

const [cmd, arg, remote] = process.argv.slice(2);
switch (cmd) {
  case 'prepare': {
    const v = version(arg);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    pkg.version = v;
    writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    lock.version = v;
    if (lock.packages?.['']) lock.packages[''].version = v;
    writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
    const log = readFileSync('CHANGELOG.md', 'utf8');
    if (!/^## \[Unreleased\]/m.test(log)) fail('CHANGELOG.md has no "## [Unreleased]" section to release');
    const date = new Date().toISOString().slice(0, 10);
    writeFileSync('CHANGELOG.md', log.replace(/^## \[Unreleased\].*$/m, `## [Unreleased]\n\n## [${v}] - ${date}`));
    process.stdout.write(`prepared ${v}: run \`npm run gen && npm run build\`, commit, tag v${v}\n`);
    break;
  }
  case 'verify': {
    const v = version(arg, { tag: true });
    if (pkgVersion() !== v) fail(`tag v${v} but package.json says ${pkgVersion()}`);
    const section = changelogSection(readFileSync('CHANGELOG.md', 'utf8'), v);
    if (!section?.trim()) fail(`CHANGELOG.md has no section "## [${v}]" with notes`);
    // dist/ is committed: what is tagged must be what the sources build.
    execFileSync('npm', ['run', '--silent', 'gen'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const dirty = git('status', '--porcelain', '--untracked-files=all', '--', 'dist', 'rules', 'docs', 'schema', 'src', 'data');
    if (dirty) fail(`dist/ or generated files differ from the sources at v${v}:\n${dirty}`);
    process.stdout.write(`v${v}: version, CHANGELOG section and dist/ verified\n`);
    break;
  }
  case 'notes': {
    const v = version(arg);
    const section = changelogSection(readFileSync('CHANGELOG.md', 'utf8'), v);
    if (!section) fail(`CHANGELOG.md has no section "## [${v}]"`);
    process.stdout.write(section);
    break;
  }
  case 'move-major': {
    const v = version(arg, { tag: true });
    if (v.includes('-')) fail(`v${v} is a prerelease: the major tag stays where it is`);
    const major = `v${v.split('.')[0]}`;
    const commit = git('rev-parse', `v${v}^{commit}`);
    git('tag', '-f', '-a', major, '-m', `${major} → v${v}`, commit);
    if (remote) execFileSync('git', ['push', '--force', remote, `refs/tags/${major}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    process.stdout.write(`${major} → v${v} (${commit.slice(0, 12)})${remote ? ` pushed to ${remote}` : ''}\n`);
    break;
  }
  default:
    fail('usage: node scripts/release.mjs prepare|verify|notes|move-major ARG');
}
