#!/usr/bin/env bash
# Sourced by scripts/test.sh: starts a throw-away PostgreSQL cluster for the
# PostgreSQL store's tests and exports REMO_TEST_POSTGRES (its URL); the
# cluster is stopped and its folder removed when the sourcing shell exits.
# The cluster lives in a temporary folder, is owned by an unprivileged user
# (`postgres`, Debian's, when run as root; else the caller), listens on a
# free port of 127.0.0.1 only, and trusts the one user `remo` from there.
# Run by hand: `source scripts/postgres.sh; echo "$REMO_TEST_POSTGRES"`.
# It runs with fsync and synchronous_commit off (fast tests); with
# REMO_POSTGRES_DURABLE=1 both are on, as on a real server (the benchmarks,
# scripts/bench/stores.sh).

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$pg_bin/initdb" ]] || { echo "postgres: no PostgreSQL in /usr/lib/postgresql (bash scripts/setup.sh)" >&2; return 1; }
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/remo-postgres.XXXXXX")
pg_as=()
if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$pg_dir"
    pg_as=(runuser -u postgres --)
fi
pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop_postgres() {
    "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
}
trap stop_postgres EXIT

"${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U remo --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
printf 'local all remo trust\nhost all remo 127.0.0.1/32 trust\n' >"$pg_dir/pg_hba.conf"
"${pg_as[@]}" cp "$pg_dir/pg_hba.conf" "$pg_dir/data/pg_hba.conf"
# Durability off (fsync) unless asked: a throw-away cluster; enough connections for the tests run in parallel.
pg_durable=off
[[ ${REMO_POSTGRES_DURABLE:-} == 1 ]] && pg_durable=on
"${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/data/log" -w -s \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=400 -c fsync=$pg_durable -c synchronous_commit=$pg_durable" start
"${pg_as[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U remo remo_test
export REMO_TEST_POSTGRES="postgres://remo@127.0.0.1:$pg_port/remo_test"
echo "postgres: a throw-away cluster at $REMO_TEST_POSTGRES ($pg_dir)" >&2
