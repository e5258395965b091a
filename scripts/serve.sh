#!/usr/bin/env bash
# Installs what is missing, then serves the app at http://127.0.0.1:8080 with live rebuilds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Trunk finds wasm-opt on PATH only; the pinned npm copy must come first.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve "$@"
