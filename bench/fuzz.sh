#!/usr/bin/env bash
# Long fuzz runs of everything a reader's input reaches, outside CI (minutes, not seconds):
#  - the link parser: by default a million random queries per property (garbage strings, and
#    mixes of valid and invalid pairs); every input must parse without panicking into a valid state
#    that links back to itself;
#  - the replication-results parsers (ZIP reader, every results format, reply parsing): the same
#    number of cases per property; no input may panic.
# Usage: bash bench/fuzz.sh [cases per property, default 1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cases=${1:-1000000}
start=$(date +%s)
CORNERED_FUZZ_CASES=$cases cargo test --release -p cornered-model --test links -- --nocapture garbage_never_panics mixed_valid_and_invalid_pairs
PROPTEST_CASES=$cases cargo test --release -p cornered-model --test runs -- never_panic
echo "fuzz: $cases cases per property, $(( $(date +%s) - start )) s"
