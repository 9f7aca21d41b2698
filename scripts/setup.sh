#!/usr/bin/env bash
# Installs the Debian packages remo builds and tests with, only those missing;
# with arguments, those packages instead (scripts/install.sh's runtime list).
# Idempotent: a second run installs nothing. Needs root or sudo for apt-get.
# Usage: bash scripts/setup.sh [PACKAGE...]
set -euo pipefail

packages=(
    # C libraries remo links (see Package.swift's system-library targets)
    pkg-config libqrencode-dev libzbar-dev libturbojpeg0-dev libpng-dev libheif-dev
    libcairo2-dev libsqlite3-dev libzxing-dev
    # tools the tests check remo's output with (man: the install test), and the report's Japanese font
    poppler-utils zbar-tools qrencode man-db fonts-noto-cjk
    # the web app's checks: its script run by node, a real browser (scripts/web/)
    nodejs chromium chromium-driver
    # the PostgreSQL store's tests: a throw-away cluster (scripts/postgres.sh)
    postgresql
)
if (($# > 0)); then packages=("$@"); fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    echo "setup: all ${#packages[@]} Debian packages are installed" >&2
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
