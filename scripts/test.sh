#!/usr/bin/env bash
# Sets up (Debian packages) and runs the whole test suite: one build, one test run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift test "$@"
