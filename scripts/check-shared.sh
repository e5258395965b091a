#!/usr/bin/env bash
# The project keeps unchanged copies of the curated files it needs in data/, so a clone without
# ../shared beside it builds and passes every test. Where ../shared is present (CI, the founders'
# machines), this checks that the copies have not drifted from it; where it is not, it says so.
set -euo pipefail
cd "$(dirname "$0")/.."

shared=../shared/data
if [ ! -d "$shared" ]; then
  echo "skipped: $shared is not beside the project, so data/ was not compared with it"
  exit 0
fi
status=0
for file in results.csv models.csv study-notes.md; do
  if cmp -s "$shared/$file" "data/$file"; then
    echo "data/$file is an unchanged copy of $shared/$file"
  else
    echo "data/$file differs from $shared/$file: copy it again (cp $shared/$file data/) and re-check the texts that rely on it" >&2
    status=1
  fi
done
exit $status
