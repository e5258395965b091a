#!/usr/bin/env bash
# Builds the release site and runs the benchmark (sizes, load, toggles). Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
node bench/run.mjs
