#!/usr/bin/env bash
# Installs what is missing, then runs every test: native Rust tests (data, statistics, links,
# translations, components rendered with Yew's ssr), then the release build in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo; echo "== data/ against ../shared (the curated originals), where present"
bash scripts/check-shared.sh

echo; echo "== cargo fmt --check"
cargo fmt --all -- --check

echo; echo "== cargo clippy (warnings are errors)"
cargo clippy --locked --workspace --all-targets -- -D warnings

echo; echo "== cargo test (native)"
cargo test --locked --workspace

echo; echo "== trunk build --release"
trunk build --release

echo; echo "== end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
