#!/usr/bin/env bash
# Sets up (Debian packages) and runs the whole test suite: one build, one test run,
# then the web app's end-to-end checks (scripts/web/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift test "$@"
# The web app end to end (a real `remo serve`, a browser, schemathesis), on a full run.
if (($# == 0)); then
    bash scripts/web/setup.sh
    bash scripts/web/run.sh
fi

