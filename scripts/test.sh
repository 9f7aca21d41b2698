#!/usr/bin/env bash
# Sets up (Debian packages) and runs the whole test suite: one build, one test run,
# with a throw-away PostgreSQL cluster (scripts/postgres.sh) for the PostgreSQL store.
# Without arguments (as CI runs it) it then also builds a package that depends on
# remo by version (scripts/consumer-test.sh), installs remo into a temporary
# prefix (scripts/install-test.sh), fuzzes each parser briefly (scripts/fuzz.sh
# 20: 20 s a target, so that a regression is caught) and runs the web app's
# end-to-end checks (scripts/web/run.sh); with arguments (`--filter X`), the
# test run only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# A throw-away PostgreSQL cluster for the PostgreSQL store's tests (REMO_TEST_POSTGRES),
# stopped and removed when this script exits.
source scripts/postgres.sh
swift test "$@"
if (($# == 0)); then
    bash scripts/consumer-test.sh
    bash scripts/install-test.sh
    bash scripts/fuzz.sh 20
    # The web app end to end: a real `remo serve`, a browser, schemathesis.
    bash scripts/web/setup.sh
    bash scripts/web/run.sh
fi
