#!/usr/bin/env bash
# Sets up (Debian packages), builds, and runs remo's main job on samples/,
# with the embedded default store (a SQLite file under out/demo/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --product remo
remo=.build/debug/remo
out=out/demo
rm -rf "$out" && mkdir -p "$out"

echo "== Labels in the sample photos (remo qr decode samples/photos/*)"
"$remo" qr decode samples/photos/* || true
