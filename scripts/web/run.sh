#!/usr/bin/env bash
# The web app's end-to-end checks, against a real `remo serve` on a fresh
# ledger seeded from samples/ (scripts/web/seed.sh): the browser suite
# (selenium, headless Chromium at a phone's size, both languages) and
# schemathesis against docs/openapi.yaml. Stops the server with SIGTERM and
# checks that it exits 0.
#
#   bash scripts/web/run.sh [--screenshots DIR]
#
# Needs what scripts/web/setup.sh installs. Run by scripts/test.sh after `swift test`.
set -euo pipefail
cd "$(dirname "$0")/../.."
remo=${REMO:-.build/debug/remo}
screenshots=()
[[ "${1:-}" == "--screenshots" ]] && screenshots=(--screenshots "$2")
work=$(mktemp -d -t remo-web-XXXXXX)
server=""
cleanup() {
    [[ -n "$server" ]] && kill "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

bash scripts/web/seed.sh "$remo" "$work/ledger"
TMPDIR="$work" "$remo" serve --db "$work/ledger/remo.sqlite" --port 0 --today 2025-04-01 >"$work/stdout" 2>"$work/stderr" &
server=$!
for _ in $(seq 100); do
    grep -q "^remo: serving on" "$work/stdout" 2>/dev/null && break
    sleep 0.1
done
url=$(sed -n 's/^remo: serving on //p' "$work/stdout")
[[ -n "$url" ]] || { echo "web: remo serve did not start:" >&2; cat "$work/stderr" >&2; exit 1; }
echo "web: $url on a ledger seeded from samples/"

start=$(date +%s)
python3 scripts/web/browser_test.py --url "$url" --labels "$work/ledger/labels" --remo "$remo" "${screenshots[@]}"
echo "web: browser suite took $(($(date +%s) - start)) s"

start=$(date +%s)
python3 scripts/web/api_test.py --url "$url" --schema docs/openapi.yaml
echo "web: schemathesis took $(($(date +%s) - start)) s"

kill -TERM "$server"
status=0
wait "$server" || status=$?
server=""
[[ $status -eq 0 ]] || { echo "web: remo serve exited $status after SIGTERM" >&2; cat "$work/stderr" >&2; exit 1; }
echo "web: remo serve stopped on SIGTERM, exit 0"
