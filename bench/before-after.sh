#!/usr/bin/env bash
# Builds an older commit (default: 0928e91, the last before issue 15's prerendered pages) beside
# this checkout's build, and measures both in one run (bench/before-after.mjs). Not part of the
# tests. The older build goes to target/before/ (a git worktree and its own cargo target), so
# this checkout's dist/ and target/ stay as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
commit="${1:-0928e91}"
bash scripts/setup.sh >/dev/null
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if [ ! -x bench/node_modules/.bin/lighthouse ]; then npm ci --prefix bench --no-audit --no-fund; fi
trunk build --release
tree="$PWD/target/before/tree"
git worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"
git worktree add --detach "$tree" "$commit"
ln -s "$PWD/node_modules" "$tree/node_modules"
(cd "$tree" && CARGO_TARGET_DIR="$PWD/../cargo" trunk build --release)
BEFORE_DIST="$tree/dist" BEFORE_NAME="$(git rev-parse --short "$commit")" AFTER_NAME="$(git rev-parse --short HEAD)" \
  node bench/before-after.mjs
git worktree remove --force "$tree"
