#!/usr/bin/env bash
# Installs what the web app's end-to-end checks need, only what is missing:
# Debian's chromium and chromium-driver (scripts/setup.sh lists them) and, from
# PyPI, selenium and schemathesis at the versions the checks were written for.
# Idempotent: a second run installs nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh
wanted=(selenium==4.51.0 schemathesis==4.32.5)
missing=()
for requirement in "${wanted[@]}"; do
    name=${requirement%%==*}
    version=${requirement##*==}
    # pip show fails for a package that is not installed: that is "missing", not an error.
    installed=$(python3 -m pip show "$name" 2>/dev/null | sed -n 's/^Version: //p' || true)
    [[ "$installed" == "$version" ]] || missing+=("$requirement")
done
if ((${#missing[@]} == 0)); then
    echo "web setup: selenium and schemathesis are installed" >&2
    exit 0
fi
echo "web setup: installing ${missing[*]}" >&2
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "${missing[@]}"
