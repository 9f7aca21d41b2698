#!/usr/bin/env bash
# A verified label batch (`remo labels make`: PDF sheets, manifest, every label
# rasterized and read back) beside Debian's `zint --batch` making a bare PNG per
# payload, side by side: the median wall time of several runs, and remo's peak
# memory (maximum resident set size, /usr/bin/time -v). See docs/benchmarks.md.
#
#   bash scripts/bench/labels.sh [--remo PATH] [--runs N] [--layout NAME] [COUNT...]
#
# Defaults: the release build (.build/release/remo, built when missing), 3 runs,
# layout a4-24-70x37, counts 2000 and 50000. Needs zint (apt install zint) for
# the peer column; without it only remo is measured.
set -euo pipefail
cd "$(dirname "$0")/../.."

remo=.build/release/remo
runs=3
layout=a4-24-70x37
counts=()
while [ $# -gt 0 ]; do
    case "$1" in
        --remo) remo=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --layout) layout=$2; shift 2 ;;
        *) counts+=("$1"); shift ;;
    esac
done
[ ${#counts[@]} -gt 0 ] || counts=(2000 50000)
if [ ! -x "$remo" ]; then swift build -c release --product remo >&2; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A units file of COUNT units produced from 2024-07 on, and payloads of the same
# shape for zint (zint does not check them: only their length matters).
units() {
    awk -v n="$1" 'BEGIN {
        print "model,serial,device_id,produced,note"
        for (i = 0; i < n; i++) {
            m = 7 + i % 18
            printf "%s,BN%08d,%08X%08X,%04d-%02d,bench\n", (i % 3 == 0 ? "WJ-NX200K" : "WJ-NX400K/G"), i, i + 1, (i * 7919) % 2147483647, 2024 + int((m - 1) / 12), (m - 1) % 12 + 1
        }
    }'
}
payloads() {
    awk -F, 'NR > 1 { printf "REMO:1:%s:%s:%s:%s:7K3QX9M2HT4D:A3FE2CE7\n", $1, $2, $3, $4 }' "$1"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

printf '%-8s %14s %14s %14s %10s\n' labels "remo s" "remo MB" "zint s" "remo/zint"
for count in "${counts[@]}"; do
    units "$count" > "$work/units-$count.csv"
    payloads "$work/units-$count.csv" > "$work/payloads-$count.txt"
    : > "$work/remo-times"; : > "$work/remo-rss"; : > "$work/zint-times"
    for run in $(seq "$runs"); do
        rm -rf "$work/run"; mkdir -p "$work/run"
        # The ledger and its label key (a batch never makes a key by itself).
        "$remo" init --db "$work/run/remo.sqlite" > /dev/null
        /usr/bin/time -v -o "$work/time.txt" "$remo" labels make --csv "$work/units-$count.csv" --out "$work/run/out" \
            --layout "$layout" --db "$work/run/remo.sqlite" --lang en > "$work/run/stdout" 2> "$work/run/stderr" || {
            cat "$work/run/stderr" >&2; exit 1; }
        awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.txt" >> "$work/remo-times"
        awk -F': ' '/Maximum resident set size/ { printf "%.1f\n", $2 / 1024 }' "$work/time.txt" >> "$work/remo-rss"
        if command -v zint > /dev/null; then
            rm -rf "$work/zint"; mkdir -p "$work/zint"
            start=$(date +%s.%N)
            zint --batch -b QRCODE --secure=2 --output="$work/zint/~~~~~~.png" --input="$work/payloads-$count.txt" > /dev/null
            end=$(date +%s.%N)
            echo "$end - $start" | bc -l >> "$work/zint-times"
        fi
    done
    remo_s=$(median < "$work/remo-times")
    remo_mb=$(median < "$work/remo-rss")
    if [ -s "$work/zint-times" ]; then
        zint_s=$(median < "$work/zint-times")
        ratio=$(echo "$remo_s / $zint_s" | bc -l)
        printf '%-8s %14.2f %14.1f %14.2f %10.2f\n' "$count" "$remo_s" "$remo_mb" "$zint_s" "$ratio"
    else
        printf '%-8s %14.2f %14.1f %14s %10s\n' "$count" "$remo_s" "$remo_mb" - -
    fi
done
