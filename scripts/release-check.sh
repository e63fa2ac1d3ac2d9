#!/usr/bin/env bash
# Walks the release (RELEASING.md, .github/workflows/release.yml) without the network: a local bare git
# repository and a local verdaccio registry on 127.0.0.1 with a port of its own, stopped at the end.
#   commit the current tree → tag v<current> and v1 (the previous release) → prepare <next> → build →
#   tag → verify → pack → publish to verdaccio → install from it into an empty folder → run the CLI
#   and the library → install a clone of the tag (npm 11 cannot install git+file:// from a bare repository) → move v1 → release notes.
# Prints one line per step; exits 0 when every step passed. Run from the repository root.
set -euo pipefail
root=$(pwd)
verdaccio="${VERDACCIO_BIN:-$root/node_modules/.bin/verdaccio}"
[ -f "$root/package.json" ] && [ -x "$verdaccio" ] || { echo "release-check: run from the repository root after npm ci (set VERDACCIO_BIN to a verdaccio executable: .ci/run installs verdaccio@6 into a temporary prefix)"; exit 1; }
[ -f "$root/dist/cli.js" ] && [ -f "$root/dist/lib/index.js" ] || { echo "release-check: build first (npm run build)"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/graphguard-release-XXXXXX")
vpid=
cleanup() {
  if [ -n "$vpid" ]; then kill "$vpid" 2>/dev/null || true; wait "$vpid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
ok() { echo "ok   $*"; }
die() { echo "FAIL $*"; [ -f "$tmp/verdaccio.log" ] && tail -n 20 "$tmp/verdaccio.log"; exit 1; }
export GIT_AUTHOR_NAME=release-check GIT_AUTHOR_EMAIL=release-check@example.com
export GIT_COMMITTER_NAME=release-check GIT_COMMITTER_EMAIL=release-check@example.com
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

prev=$(node -p 'require("./package.json").version')
next=$(node -p 'const [a,b,c]=require("./package.json").version.split("-")[0].split(".").map(Number); `${a}.${b}.${c+1}`')
major="v${prev%%.*}"

# 1. The current tree (tracked and new files, with the current dist/) as the last release's commit.
work="$tmp/work" bare="$tmp/graphguard.git"
mkdir -p "$work"
git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$work"
ln -s "$root/node_modules" "$work/node_modules"
(
  cd "$work"
  git init -q -b main
  git add -A . ':!node_modules'
  git commit -qm "graphguard $prev"
  git tag -a "v$prev" -m "v$prev"
  git tag -a "$major" -m "$major"
  git init -q --bare "$bare"
  git remote add origin "$bare"
  git push -q origin main "v$prev" "$major"
) || die "commit the tree into a bare repository"
ok "bare repository $bare with v$prev and $major"

# 2. Prepare, build, commit, tag and push the next release, as RELEASING.md says.
(
  cd "$work"
  node scripts/release.mjs prepare "$next" >/dev/null
  npm run --silent gen >/dev/null
  npm run --silent build >/dev/null
  git add -A . ':!node_modules'
  git commit -qm "Release $next"
  git tag -a "v$next" -m "v$next"
  git push -q origin main "v$next"
) || die "prepare and tag v$next"
ok "prepared, built and tagged v$next"

# 3. The workflow's steps on a fresh clone of the tag.
rel="$tmp/release"
git clone -q --branch "v$next" "$bare" "$rel" 2>/dev/null || die "clone v$next"
ln -s "$root/node_modules" "$rel/node_modules"
(cd "$rel" && node scripts/release.mjs verify "v$next") >/dev/null || die "verify v$next (version, CHANGELOG, dist/)"
ok "verify v$next: version, CHANGELOG section, dist/ matches the sources"
# A tag whose dist/ is stale must be refused.
(
  cd "$rel"
  echo "// stale" >> dist/cli.js
  git commit -qam stale
  if node scripts/release.mjs verify "v$next" >/dev/null 2>&1; then exit 1; fi
  git reset -q --hard "v$next"
) || die "verify accepted a stale dist/"
ok "verify refuses a stale dist/"

# 4. A local registry: verdaccio on 127.0.0.1, a free port, storage in the temp folder, no uplinks.
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
registry="http://127.0.0.1:$port/"
cat > "$tmp/verdaccio.yaml" <<YAML
storage: $tmp/storage
auth:
  htpasswd:
    file: $tmp/htpasswd
    max_users: 1
uplinks: {}
packages:
  '**':
    access: \$all
    publish: \$authenticated
log: { type: stdout, format: pretty, level: warn }
YAML
"$verdaccio" --config "$tmp/verdaccio.yaml" --listen "127.0.0.1:$port" > "$tmp/verdaccio.log" 2>&1 &
vpid=$!
for _ in $(seq 1 100); do
  if node -e 'fetch(process.argv[1]+"-/ping").then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$registry"; then break; fi
  kill -0 "$vpid" 2>/dev/null || die "verdaccio did not start"
  sleep 0.2
done
token=$(node -e '
  fetch(process.argv[1] + "-/user/org.couchdb.user:release", { method: "PUT", headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "release", password: "release-check-only" }) })
    .then((r) => r.json()).then((j) => { if (!j.token) process.exit(1); console.log(j.token); }, () => process.exit(1));' "$registry") || die "verdaccio user"
printf 'registry=%s\n//127.0.0.1:%s/:_authToken=%s\n' "$registry" "$port" "$token" > "$tmp/npmrc"
export npm_config_userconfig="$tmp/npmrc"
ok "verdaccio on 127.0.0.1:$port"

# 5. Pack and publish (provenance needs GitHub's OIDC: the workflow adds --provenance).
tgz=$(cd "$rel" && npm pack --silent --pack-destination "$tmp" | tail -n 1)
(cd "$rel" && npm publish "$tmp/$tgz" --registry "$registry" >/dev/null 2>&1) || die "npm publish to verdaccio"
[ "$(npm view graphguard@"$next" version --registry "$registry")" = "$next" ] || die "npm view after publish"
ok "published graphguard@$next ($tgz) to the local registry"

# 6. Install from the registry into an empty folder: one package, runs as CLI and library.
use="$tmp/use"
mkdir -p "$use" && (cd "$use" && npm init -y >/dev/null && npm install --save-dev "graphguard@$next" --registry "$registry" > install.log 2>&1) || die "npm install graphguard@$next from the registry"
! grep -qi 'EBADENGINE\|npm warn' "$use/install.log" || die "install warned: $(cat "$use/install.log")"
[ "$(ls "$use/node_modules" | grep -v '^\.' | tr '\n' ' ')" = "graphguard " ] || die "install pulled other packages: $(ls "$use/node_modules")"
[ "$(cd "$use" && npx --no-install graphguard --version)" = "$next" ] || die "installed --version"
set +e
(cd "$use/node_modules/graphguard/examples/shop" && "$use/node_modules/.bin/graphguard" check --no-color >/dev/null 2>&1); rc=$?
set -e
[ "$rc" -eq 1 ] || die "installed check on the example: exit $rc, expected 1"
(cd "$use" && node --input-type=module -e '
  const g = await import("graphguard");
  const r = await g.check({ cwd: "node_modules/graphguard/examples/shop" });
  if (g.version !== process.argv[1] || r.exitCode !== 1 || r.summary.errors < 1) process.exit(1);' "$next") || die "import('graphguard') from the registry"
(cd "$use" && node -e 'const g = require("graphguard"); if (typeof g.check !== "function") process.exit(1)') || die "require('graphguard')"
ok "installed from the registry alone (1 package): CLI --version $next, check exits 1, import and require work"

# 7. Install the release as a git install gets it: the tag's tree, with its committed dist/, and nothing
# built on install. npm 11's git+file resolver fails on a local bare repository ("reading 'sha'", tag or
# commit alike), so the tag is cloned here and installed as a packed directory; GitHub URLs
# (`github:OWNER/graphguard#vX.Y.Z`) go through npm's hosted-git path instead.
fromgit="$tmp/from-git"
git -c advice.detachedHead=false clone -q --depth 1 --branch "v$next" "file://$bare" "$tmp/tag-clone" || die "git clone --branch v$next"
mkdir -p "$fromgit" && (cd "$fromgit" && npm init -y >/dev/null && npm install --save-dev --install-links "$tmp/tag-clone" > install.log 2>&1) || die "npm install of the v$next clone: $(cat "$fromgit/install.log")"
[ "$(cd "$fromgit" && npx --no-install graphguard --version)" = "$next" ] || die "git-installed --version"
(cd "$fromgit" && node -e 'require("graphguard")') || die "git-installed require"
ok "v$next cloned from the bare repository and installed: CLI and library work"

# 8. Move the major tag in the bare repository.
[ "$(git -C "$bare" rev-parse "$major^{commit}")" = "$(git -C "$bare" rev-parse "v$prev^{commit}")" ] || die "$major before the move"
(cd "$rel" && git fetch -q origin "refs/tags/$major:refs/tags/$major" && node scripts/release.mjs move-major "v$next" origin >/dev/null) || die "move-major"
[ "$(git -C "$bare" rev-parse "$major^{commit}")" = "$(git -C "$bare" rev-parse "v$next^{commit}")" ] || die "$major did not move to v$next"
ok "$major moved from v$prev to v$next"

# 9. The release notes: the CHANGELOG section of the version, nothing of the sections around it.
notes=$(cd "$rel" && node scripts/release.mjs notes "$next")
expected=$(cd "$root" && node --input-type=module -e '
  import { readFileSync } from "node:fs";
  const t = readFileSync("CHANGELOG.md", "utf8"); const s = t.indexOf("## [Unreleased]"); const h = t.indexOf("\n", s);
  const e = t.indexOf("\n## ", h); process.stdout.write(t.slice(h, e < 0 ? undefined : e).trim());')
[ -n "$notes" ] && [ "$notes" = "$expected" ] || die "release notes differ from the CHANGELOG's Unreleased section"
! (cd "$rel" && node scripts/release.mjs notes 0.0.0 >/dev/null 2>&1) || die "notes for a version without a section"
ok "release notes = the CHANGELOG section ($(printf '%s\n' "$notes" | wc -l) lines)"
echo "release check passed"
