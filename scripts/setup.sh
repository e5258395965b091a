#!/usr/bin/env bash
# Installs whatever this project needs and is missing; a second run skips what is already there.
# Versions are pinned to those verified in ../shared/TOOLCHAIN.md: an unpinned trunk or a mismatched
# wasm-bindgen makes Trunk try to download its own copy, which fails on a machine with no open network.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

step() { printf '\n== %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

step "wasm32 target"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
else echo "present"; fi

step "trunk $TRUNK_VERSION"
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  cargo install --locked trunk --version "$TRUNK_VERSION"
else echo "present"; fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
# Without --locked on purpose: a dependency pinned in its lockfile is missing from the index (TOOLCHAIN.md).
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
else echo "present"; fi

step "chromium and chromedriver (Debian)"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
else echo "present"; fi

step "npm packages from package-lock.json (playwright-core, binaryen's wasm-opt)"
if [ ! -x node_modules/.bin/wasm-opt ] || ! cmp -s package-lock.json node_modules/.package-lock.json 2>/dev/null; then
  npm ci --no-audit --no-fund
else echo "present"; fi

echo
echo "setup done"
