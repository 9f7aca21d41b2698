#!/usr/bin/env bash
# Installs remo into a temporary prefix with scripts/install.sh (a release
# build) and checks what was installed: `remo --version` is RemoVersion.current,
# the Swift runtime is linked in (Linux), a man page reads with `man -l`, the
# completions are there, and a command gives the right answer run from another
# folder.
#
# Usage: bash scripts/install-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "install-test: FAILED: $*" >&2
    exit 1
}

version=$(sed -n 's/.*public static let current = "\(.*\)".*/\1/p' Sources/RemoCore/RemoVersion.swift)
prefix=$(mktemp -d "${TMPDIR:-/tmp}/remo-prefix.XXXXXX")
trap 'rm -rf "$prefix"' EXIT

start=$SECONDS
bash scripts/install.sh "$prefix"
echo "install-test: installed in $((SECONDS - start)) s" >&2
remo="$prefix/bin/remo"

[[ "$("$remo" --version)" == "$version" ]] || fail "remo --version says '$("$remo" --version)', not $version"

if [[ "$(uname -s)" == Linux ]]; then
    libraries=$(ldd "$remo")
    ! grep -E 'libswiftCore|libFoundation' <<<"$libraries" || fail "the Swift runtime is linked dynamically"
    grep -q libzxing <<<"${libraries,,}" || fail "ldd shows no libZXing: $libraries"
fi

page="$prefix/share/man/man1/remo.license.dates.1"
[[ -f "$prefix/share/man/man1/remo.1" && -f "$prefix/share/man/man1/remo.qr.decode.1" ]] || fail "no remo.1 or remo.qr.decode.1"
text=$(MANWIDTH=100 man -P cat -l "$page" 2>&1) || fail "man -l $page: $text"
grep -q -- "--assigned" <<<"$text" || fail "the page of remo license dates does not name --assigned: $text"
grep -q "remo license dates" <<<"$text" || fail "the page does not name its command: $text"

for completion in share/bash-completion/completions/remo share/zsh/site-functions/_remo \
    share/fish/vendor_completions.d/remo.fish; do
    grep -q "license" "$prefix/$completion" || fail "$completion does not complete the license command"
done
bash -n "$prefix/share/bash-completion/completions/remo" || fail "the bash completion does not parse"

json=$(cd "$prefix" && "$remo" license dates --assigned 2025-03-10 --term 1y --json)
grep -Eq '"freeUntil" *: *"2025-04-30"' <<<"$json" && grep -Eq '"expires" *: *"2026-04-30"' <<<"$json" ||
    fail "remo license dates gave $json"

echo "install-test: remo $version installed and run from $prefix: --version, man -l, completions, license dates all right" >&2
