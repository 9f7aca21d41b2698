#!/usr/bin/env bash
# Builds remo for release and installs it under PREFIX (default /usr/local):
#   PREFIX/bin/remo                                   the command (on Linux with the Swift
#                                                     runtime and Foundation linked in)
#   PREFIX/share/man/man1/remo.1, remo.qr.decode.1 …  a man page per command
#   PREFIX/share/bash-completion/completions/remo     completions for bash,
#   PREFIX/share/zsh/site-functions/_remo             zsh
#   PREFIX/share/fish/vendor_completions.d/remo.fish  and fish
# and the Debian packages remo needs at run time (below), only those missing, as
# scripts/setup.sh installs what the build needs. Everything is made in a
# temporary folder first: a failed build or page leaves PREFIX as it was.
#
# Usage: bash scripts/install.sh [PREFIX]
#        bash scripts/install.sh --runtime-packages   # the Debian packages, one a line
set -euo pipefail
cd "$(dirname "$0")/.."

# What the installed binary loads (ldd), by Debian package (dpkg -S), and the
# fonts its labels and report are set in. libc6 holds glibc's CP932 converter.
runtime=(
    libqrencode4 libzbar0 libturbojpeg0 libpng16-16 libheif1 libcairo2 libzxing2 libsqlite3-0 libstdc++6
    fonts-noto-cjk
)

case "${1:-}" in
--runtime-packages) printf '%s\n' "${runtime[@]}"; exit 0 ;;
-h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
-*) echo "install: unknown option $1 (usage: bash scripts/install.sh [PREFIX])" >&2; exit 64 ;;
esac
prefix=${1:-/usr/local}
[[ "$prefix" == /* ]] || prefix="$PWD/$prefix"

bash scripts/setup.sh                 # what the build needs
bash scripts/setup.sh "${runtime[@]}" # what remo needs at run time

# The Swift runtime links statically only on Linux; elsewhere it is the system's.
static=()
[[ "$(uname -s)" == Linux ]] && static=(--static-swift-stdlib)
swift build -c release "${static[@]}" --product remo
# swift-argument-parser's generate-manual, the tool behind its GenerateManual
# plugin (`swift package generate-manual`), run here on the binary being
# installed: the plugin itself would build every product again in release
# without --static-swift-stdlib.
swift build --product generate-manual
remo="$(swift build -c release --show-bin-path)/remo"
manual="$(swift build --show-bin-path)/generate-manual"

stage=$(mktemp -d "${TMPDIR:-/tmp}/remo-install.XXXXXX")
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/man1"
# English pages and completions, whatever the installer's locale.
export REMO_LANG=en
made=$(git log -1 --format=%cs 2>/dev/null || date +%F) # the pages' date: the commit's
"$manual" "$remo" --multi-page --date "$made" --output-directory "$stage/man1"
for shell in bash zsh fish; do
    "$remo" --generate-completion-script "$shell" >"$stage/completion.$shell"
done

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
strip=()
command -v strip >/dev/null && strip=(-s) # without the debug information: 120 MB → 72 MB
install -m 755 "${strip[@]}" "$remo" "$prefix/bin/remo"
rm -f "$prefix"/share/man/man1/remo.*1 # pages of commands that are gone
install -m 644 "$stage"/man1/*.1 "$prefix/share/man/man1/"
install -m 644 "$stage/completion.bash" "$prefix/share/bash-completion/completions/remo"
install -m 644 "$stage/completion.zsh" "$prefix/share/zsh/site-functions/_remo"
install -m 644 "$stage/completion.fish" "$prefix/share/fish/vendor_completions.d/remo.fish"

pages=("$stage"/man1/*.1)
echo "install: remo $("$prefix/bin/remo" --version) in $prefix/bin, ${#pages[@]} man pages in $prefix/share/man/man1 (man remo), completions for bash, zsh and fish" >&2
