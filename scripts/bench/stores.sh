#!/usr/bin/env bash
# Issue 20's benchmark: the SQLite store and the PostgreSQL store side by side
# on this machine, medians of several runs of a release build:
#   1. 1,000 recorders × 8 cameras registered from typed codes (remo-bench register);
#   2. `tick` over 10,000 cameras in 100 accounts (remo-bench ledger);
#   3. the provisioning report of a partner with 10,000 cameras (remo-bench report);
#   4. typed-code registrations per second through `remo serve`, 32 clients at
#      once, on one server, and on PostgreSQL on two servers over one database
#      (the clients split between them; scripts/web/bench.py).
#
#   bash scripts/bench/stores.sh [--runs 3] [--bench PATH] [--remo PATH] [--no-web]
#
# Defaults: 3 runs, .build/release/remo-bench and .build/release/remo (build
# them first: swift build -c release --product remo-bench, then --product remo).
#
# PostgreSQL is a throw-away cluster (scripts/postgres.sh) with fsync on
# (REMO_POSTGRES_DURABLE=1), on the same disk as the SQLite files, measured
# twice (docs/benchmarks.md, "SQLite and PostgreSQL side by side"):
#   - commit not waited for (synchronous_commit off): the SQLite store's own
#     durability. It runs in WAL mode with synchronous=NORMAL (GRDB sets it for
#     a DatabasePool): a commit is not flushed to disk, the WAL is at each
#     checkpoint, so power loss can lose the last commits but never corrupts;
#     so PostgreSQL with fsync on and synchronous_commit off;
#   - every commit flushed (synchronous_commit on, PostgreSQL's default).
set -euo pipefail
cd "$(dirname "$0")/../.."

bench=.build/release/remo-bench
remo=.build/release/remo
runs=3
web=1
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --bench) bench=$2; shift 2 ;;
        --remo) remo=$2; shift 2 ;;
        --no-web) web=0; shift ;;
        *) echo "stores: unknown argument $1" >&2; exit 64 ;;
    esac
done
for binary in "$bench" "$remo"; do
    [ -x "$binary" ] || { echo "stores: no $binary (swift build -c release --product remo-bench; --product remo)" >&2; exit 1; }
done
bench=$(realpath "$bench")
remo=$(realpath "$remo")
work=$(mktemp -d)

REMO_POSTGRES_DURABLE=1 source scripts/postgres.sh
trap 'stop_postgres; rm -rf "$work"' EXIT
psql() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U remo -d remo_test -X -q -A -t "$@"; }
server=${REMO_TEST_POSTGRES%/*}
psql -c "CREATE DATABASE bench_async" -c "CREATE DATABASE bench_sync"
psql -c "ALTER DATABASE bench_async SET synchronous_commit = off" -c "ALTER DATABASE bench_sync SET synchronous_commit = on"

stores=(sqlite pg_async pg_sync)
declare -A url=([sqlite]="" [pg_async]="$server/bench_async" [pg_sync]="$server/bench_sync")
declare -A title=(
    [sqlite]="SQLite (WAL, synchronous=NORMAL)"
    [pg_async]="PostgreSQL (fsync on, synchronous_commit off)"
    [pg_sync]="PostgreSQL (fsync on, synchronous_commit on)"
)
for store in pg_async pg_sync; do
    settings="SELECT format('fsync=%s, synchronous_commit=%s, wal_sync_method=%s, PostgreSQL %s', current_setting('fsync'),
        current_setting('synchronous_commit'), current_setting('wal_sync_method'), current_setting('server_version'))"
    echo "${title[$store]}: $(psql -d "${url[$store]##*/}" -c "$settings")"
done
echo "load before: $(uptime)"

# Runs one benchmark on every store, the stores one after the other: FILE.STORE holds each output.
each() {
    local name=$1
    shift
    for store in "${stores[@]}"; do
        local postgres=()
        [ -z "${url[$store]}" ] || postgres=(--postgres "${url[$store]}")
        echo "== $name, ${title[$store]}" >&2
        "$@" "${postgres[@]}" | tee "$work/$name.$store" >&2
    done
}
each register "$bench" register --runs "$runs" --no-photos
each ledger "$bench" ledger --runs "$runs"
each report "$bench" report --runs "$runs"
if [ "$web" = 1 ]; then
    each web python3 scripts/web/bench.py --remo "$remo" --runs "$runs" --clients 32 --registrations-only
    stores=(pg_async pg_sync)
    each web2 python3 scripts/web/bench.py --remo "$remo" --runs "$runs" --clients 32 --registrations-only --servers 2
    stores=(sqlite pg_async pg_sync)
fi
echo "load after: $(uptime)"

# The median of the line of FILE.STORE that starts with PREFIX, in UNIT (ms or s).
ms() {
    local file=$work/$1.$2
    [ -f "$file" ] || { echo "—"; return; }
    grep -m1 "^$3" "$file" | sed -E 's/.*: median ([0-9.]+) ms.*/\1/' |
        awk -v unit="$4" '{ if (unit == "s") printf "%.2f s", $1 / 1000; else printf "%.0f ms", $1 }'
}
rate() {
    local file=$work/$1.$2
    [ -f "$file" ] || { echo "—"; return; }
    awk '/32 clients:/ { printf "%.0f /s", $3 }' "$file"
}
row() { printf '| %s | %s | %s | %s |\n' "$@"; }

echo
echo "Medians of $runs runs; $(date -u +%Y-%m-%d)."
echo
row "" "${title[sqlite]}" "${title[pg_async]}" "${title[pg_sync]}"
row "---" "---:" "---:" "---:"
line() {
    local label=$1 file=$2 prefix=$3 unit=$4
    row "$label" "$(ms "$file" sqlite "$prefix" "$unit")" "$(ms "$file" pg_async "$prefix" "$unit")" "$(ms "$file" pg_sync "$prefix" "$unit")"
}
line "1. register 1,000 recorders × 8 cameras (typed codes, one transaction each)" register "register " s
line "2. tick over 10,000 cameras in 100 accounts (10,000 bindings)" ledger "tick over" ms
line "   tick again, same day (nothing to do)" ledger "tick again" ms
line "   (assign 10,000 licenses in one transaction)" ledger "assign " ms
line "3. read the report of 10,000 cameras (the account)" report "read the report" ms
line "   read the partner's report (its one account of 10,000 cameras)" report "read the partner" ms
line "   read and write it as CSV" report "read and write csv" ms
if [ "$web" = 1 ]; then
    row "4. typed-code registrations through remo serve, 32 clients, 1 server" \
        "$(rate web sqlite)" "$(rate web pg_async)" "$(rate web pg_sync)"
    row "   2 servers on one database (16 clients each)" "—" "$(rate web2 pg_async)" "$(rate web2 pg_sync)"
fi
