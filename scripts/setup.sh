#!/usr/bin/env bash
# Installs whatever this project needs and is missing; a second run skips what is already there.
# Versions are pinned to those verified in ../shared/TOOLCHAIN.md: an unpinned trunk or a mismatched
# wasm-bindgen makes Trunk try to download its own copy, which fails on a machine with no open network.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

# The splitter that goes with the wasm_split_helpers crate in Cargo.lock (the two share a format).
WASM_SPLIT_VERSION=0.2.4

step() { printf '\n== %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi

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

step "wasm-split-cli $WASM_SPLIT_VERSION"
# Cuts the app's wasm into the main module and the content pages' chunk (scripts/build.mjs, splitWasm).
# It has no --version; cargo's own list of installed crates tells.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
else echo "present"; fi

step "Debian packages: chromium, chromium-driver, firefox-esr, CJK fonts for screenshots, poppler (PDF pages)"
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
[ -d /usr/share/fonts/opentype/noto ] && fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
else echo "present"; fi

step "npm packages from package-lock.json (playwright-core, puppeteer-core, axe-core; binaryen's wasm-opt for Trunk)"
# npm ci reinstalls from scratch, so run it only when the lockfile changed since the last install.
stamp=node_modules/.cornered-lock
if [ ! -x node_modules/.bin/wasm-opt ] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
else echo "present"; fi

echo
echo "setup done"
