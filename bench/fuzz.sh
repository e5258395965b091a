#!/usr/bin/env bash
# A long fuzz run of the parsers a reader's files reach (ZIP reader, every results format): the
# property tests of model/tests/runs.rs with many more cases than CI runs. Not part of the tests.
# Usage: bash bench/fuzz.sh [cases per property, default 200000]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
PROPTEST_CASES="${1:-200000}" cargo test --release -p cornered-model --test runs -- never_panic
