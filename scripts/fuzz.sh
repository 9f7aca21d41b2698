#!/usr/bin/env bash
# Builds remo's libFuzzer targets (the separate package in Fuzz/, docs/fuzzing.md)
# with -sanitize=fuzzer,address and runs each for SECONDS (default 60):
#
#   bash scripts/fuzz.sh [SECONDS]
#
# Each target first runs its regression inputs (Fuzz/Regressions/<target>/, the
# crashes found before), then fuzzes from a corpus seeded with the fixtures
# (kept between runs in Fuzz/.build/corpus/). It prints one line per target:
# executions, coverage, and whether it crashed; a crashing input is saved in
# Fuzz/.build/artifacts/. Exits 1 when any target crashed, leaked or tripped
# the address sanitizer.
set -uo pipefail
seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number, not \"$seconds\"" >&2; exit 64; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz="$root/Fuzz"
flags=(-c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld)
targets=(payload csv image photo)

bash "$root/scripts/setup.sh" >/dev/null || exit 1
swift build --package-path "$fuzz" "${flags[@]}" || { echo "fuzz.sh: the fuzz targets did not build" >&2; exit 1; }
bin="$(swift build --package-path "$fuzz" "${flags[@]}" --show-bin-path)"

corpus="$fuzz/.build/corpus"
artifacts="$fuzz/.build/artifacts"
logs="$fuzz/.build/logs"
mkdir -p "$artifacts" "$logs"

# Seeds from the fixtures (copied, so that the fuzzer's additions never touch them).
seed() {
    local target="$1"
    shift
    mkdir -p "$corpus/$target"
    local file
    for file in "$@"; do
        [[ -f "$file" ]] && cp -n "$file" "$corpus/$target/seed-$(basename "$file")"
    done
}
seed payload "$fuzz"/Seeds/payload/*
grep -o 'REMO:1:[^ `|]*' "$root/docs/qr-payload.md" | sort -u | while read -r line; do
    printf '%s' "$line" >"$corpus/payload/seed-doc-$(printf '%s' "$line" | cksum | cut -d' ' -f1)"
done
seed csv "$root"/samples/*.csv "$fuzz"/Seeds/csv/*
fixtures="$root/Tests/RemoImagingTests/Fixtures"
seed image "$fixtures"/qr* "$fixtures/photos/small-000.jpg" "$fixtures/photos/heavy-jpeg-000.jpg"
seed photo "$fixtures"/qr*.png "$fixtures"/qr*.jpg

failed=0
printf '%-8s %12s %8s  %s\n' target executions coverage result
for target in "${targets[@]}"; do
    program="$bin/fuzz-$target"
    log="$logs/$target.log"
    result=ok
    regressions=("$fuzz/Regressions/$target"/*)
    if [[ -e "${regressions[0]}" ]] && ! "$program" "${regressions[@]}" >"$logs/$target-regressions.log" 2>&1; then
        result="regression crashed (see $logs/$target-regressions.log)"
        failed=1
    fi
    "$program" "$corpus/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target-" >"$log" 2>&1
    status=$?
    if ((status != 0)); then
        result="crashed (status $status): $(grep -m1 -E 'ERROR|Fatal error|SUMMARY' "$log" | cut -c1-120); input in $artifacts"
        failed=1
    fi
    executions="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)"
    coverage="$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)"
    printf '%-8s %12s %8s  %s\n' "$target" "${executions:-?}" "${coverage:-?}" "$result"
done
exit "$failed"
