#!/usr/bin/env bash
# Sets up (Debian packages) and runs the whole test suite: one build, one test run.
# Without arguments (as CI runs it) it then also builds a package that depends on
# remo by version (scripts/consumer-test.sh) and installs remo into a temporary
# prefix (scripts/install-test.sh); with arguments (`--filter X`), the test run only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift test "$@"
if (($# == 0)); then
    bash scripts/consumer-test.sh
    bash scripts/install-test.sh
fi
