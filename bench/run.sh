#!/usr/bin/env bash
# Builds the release site and runs the benchmark (sizes, load, toggles). Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Lighthouse is a benchmark-only tool with its own lockfile, so the test install stays small.
if [ ! -x bench/node_modules/.bin/lighthouse ]; then npm ci --prefix bench --no-audit --no-fund; fi
trunk build --release
node bench/run.mjs
echo; node bench/runs.mjs
echo; echo "Your runs: reading and summing replication samples (native, the parsers the page runs)"
cargo run --release --quiet -p cornered-model --features compile --example runs_bench
