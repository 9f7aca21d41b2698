#!/usr/bin/env bash
# Starts the web app on the sample data, for a phone on the same network:
# builds remo, seeds out/web/remo.sqlite from samples/ (scripts/web/seed.sh)
# and serves it on every address of this machine, port 8080 (or $PORT), acting
# on 2025-04-01 (the sample ledger is a simulation: --today gives its day).
# Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh
swift build --product remo
remo=.build/debug/remo
bash scripts/web/seed.sh "$remo" out/web
port=${PORT:-8080}
address=$(hostname -I 2>/dev/null | awk '{print $1}')
echo "Open http://${address:-THIS-MACHINE}:$port on a phone on this network (or http://127.0.0.1:$port here)."
echo "Log in as taro@example.jp / demo-password-taro (日本語: the phone's language, or the switch on the page)."
exec "$remo" serve --db out/web/remo.sqlite --host 0.0.0.0 --port "$port" --today 2025-04-01
