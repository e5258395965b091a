#!/usr/bin/env bash
# Runs the native tests from a copy of the repository with no ../shared beside it, as a newcomer's
# clone would be: proves that nothing the tests need lives outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

parent=$(mktemp -d)
trap 'rm -rf "$parent"' EXIT
copy="$parent/cornered"
mkdir "$copy"
# The committed files plus any not yet committed (a session may run this before committing).
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$copy"
[ ! -e "$parent/shared" ] || { echo "unexpected $parent/shared" >&2; exit 1; }
echo "native tests in $copy (no ../shared beside it)"
# A target folder of its own: cargo names a local package's artifacts the same whatever its folder,
# so sharing this checkout's would let the copy run test binaries built from here (seen once: a
# test looked for its files in a folder that no longer existed). Kept between runs, so only the
# first run compiles the dependencies.
target="$PWD/target/standalone"
(cd "$copy" && CARGO_TARGET_DIR="$target" cargo test --locked --workspace --quiet)
