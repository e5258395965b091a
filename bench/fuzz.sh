#!/usr/bin/env bash
# Fuzzes the link parser with property tests: by default a million random queries per property
# (garbage strings, and mixes of valid and invalid pairs). Not part of CI: it takes minutes.
# Every input must parse without panicking into a valid state that links back to itself.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-1000000}
start=$(date +%s)
CORNERED_FUZZ_CASES=$cases cargo test --release --test links -- --nocapture garbage_never_panics mixed_valid_and_invalid_pairs
echo "fuzz: $cases cases per property, 2 properties, $(( $(date +%s) - start )) s"
