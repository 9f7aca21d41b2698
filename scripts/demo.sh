#!/usr/bin/env bash
# Sets up (Debian packages), builds, and runs remo's main job on samples/,
# with the embedded default store (a SQLite file under out/demo/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --product remo
remo=.build/debug/remo
out=out/demo
rm -rf "$out" && mkdir -p "$out"

echo "== Labels in the sample photos (remo qr decode samples/photos/*)"
"$remo" qr decode samples/photos/* || true

# A label batch from the sample units file, with the demo label key (a fixed
# key for the samples only: the labels in samples/photos/ carry its claim codes).
# The demo's ledger is a simulation (remo init --simulation): its changes are
# dated by --today, in order, so it is made afresh each run.
db="$out/remo.sqlite"
rm -f "$db" "$db"-wal "$db"-shm "$db.label-key"
"$remo" init --simulation --db "$db"
labels=("$remo" labels make --db "$db" --label-key samples/demo.label-key --today 2024-01-05)
echo
echo "== A label batch: remo labels make --csv samples/units.csv (one unit predates QR labels: refused)"
"${labels[@]}" --csv samples/units.csv --out "$out/labels" || true
echo
echo "== The rest of it with --skip-invalid: labels.pdf, manifest.csv and a PNG per label in $out/labels"
"${labels[@]}" --csv samples/units.csv --out "$out/labels" --skip-invalid --png
echo
echo "== The same units from Japanese Excel (CP932): the same labels again, nothing new recorded"
"${labels[@]}" --csv samples/units-cp932.csv --out "$out/labels-again" --skip-invalid --lang ja
echo
echo "== Label layouts (remo labels layouts)"
"$remo" labels layouts

# ---------------------------------------------------------------------------
# The provisioning report (issue 8): printed for the sample customer, and the
# hand-over PDF written to out/demo/report.pdf. If the blocks above made no
# customer yet, a small account is made here with the ledger commands: two
# sites, recorder-less edge-storage and camera-direct cameras, term licenses
# assigned on dates that give every status on the report day, a perpetual
# license from an activation card.
db="$out/remo.sqlite"
demo_customer=${demo_customer:-taro@example.jp}
report_day=${report_day:-2026-03-20}
ledger() { "$remo" "$@" --db "$db" --json | tr -d ' \n'; }
number() { sed -n "s/.*\"$1\":\[*\([0-9]*\).*/\1/p"; }  # the first number after "key": in compact JSON
customers=$("$remo" customer list --db "$db" --json 2>/dev/null || true)
if [[ "$customers" != *"\"$demo_customer\""* ]]; then
    ledger partner add --code P001 --name "東京セキュリティ" --email ops@tokyo-sec.example.jp --today 2024-01-05 >/dev/null
    ledger customer add --partner P001 --name "山田商事株式会社" --email "$demo_customer" --temp-password demo-password-1 --today 2024-01-05 >/dev/null
    ledger customer confirm-email --customer "$demo_customer" --today 2024-01-05 >/dev/null
    ledger stock add --partner P001 --part DG-JLE101W --count 4 --order PO-DEMO-1 --today 2024-01-05 >/dev/null
    ledger stock add --partner P001 --part DG-JLE201W --count 2 --order PO-DEMO-2 --today 2024-01-05 >/dev/null
    printf 'activation_id,encryption_id,part\nDEMO-CARD-0000-0001,1234-5678,DG-JLE100W-A\n' >"$out/cards.csv"
    # name, site, connection, the day it was added (in day order: the ledger is
    # a simulation); then the license it comes in with (every camera entry binds
    # one): a part assigned that day, or a perpetual one from the card (the
    # issued list imported that day, after the pack's launch). 裏口's expired on 2025-02-28.
    while IFS='|' read -r name site connection day license; do
        case "$license" in
            card)
                ledger cards import "$out/cards.csv" --today "$day" >/dev/null
                id=$(ledger cards register --customer "$demo_customer" --card DEMO-CARD-0000-0001:1234-5678 --today "$day" | number licenses) ;;
            DG-*) id=$(ledger license assign --partner P001 --customer "$demo_customer" --part "$license" --count 1 --yes --today "$day" | number licenses) ;;
        esac
        ledger camera add --customer "$demo_customer" --site "$site" --connection "$connection" --name "$name" --license "$id" --today "$day" >/dev/null
    done <<'CAMERAS'
正面入口|関東|edge-storage|2024-01-10|DG-JLE101W
裏口|九州|camera-direct|2024-01-10|DG-JLE201W
倉庫|関東|edge-storage|2025-02-10|DG-JLE101W
ロビー|関東|edge-storage|2025-03-01|card
事務所|関東|edge-storage|2025-06-10|DG-JLE101W
駐車場|九州|camera-direct|2025-06-10|DG-JLE201W
受付|関東|edge-storage|2026-03-05|DG-JLE101W
CAMERAS
fi
echo
echo "== Provisioning report for $demo_customer on $report_day (remo report)"
"$remo" report --db "$db" --customer "$demo_customer" --today "$report_day"
"$remo" report --db "$db" --customer "$demo_customer" --today "$report_day" --format pdf -o "$out/report.pdf" --lang ja

# ---------------------------------------------------------------------------
# Registration (issue 6): the installer photographs the labels of the batch
# above and registers the recorders, 2 cameras each, to a second customer that
# holds 8 licenses: four register, the two labels of two-labels.jpg are refused
# for lack of a license (with the packs that would cover them), and a label
# claiming a unit made before July 2024 is refused (register it by serial).
reg_customer=suzuki@example.jp
if [[ "$("$remo" customer list --db "$db" --json 2>/dev/null || true)" != *"\"$reg_customer\""* ]]; then
    ledger customer add --partner P001 --name "鈴木物産株式会社" --email "$reg_customer" --temp-password demo-password-2 --today "$report_day" >/dev/null
    ledger customer confirm-email --customer "$reg_customer" --today "$report_day" >/dev/null
    ledger stock add --partner P001 --part DG-JLE105W --count 8 --order PO-DEMO-3 --today "$report_day" >/dev/null
    ledger license assign --partner P001 --customer "$reg_customer" --part DG-JLE105W --count 8 --yes --today "$report_day" >/dev/null
fi
"$remo" qr encode --text "REMO:1:WJ-NX200:AB1234567:0A1B2C3D4E5F6071:2024-06:7K3QX9M2HT4D:A3FE2CE7" -o "$out/old-unit.png" >/dev/null
echo
echo "== Register the label photos of the batch above and $out/old-unit.png to $reg_customer (remo register --photo ... --cameras 2)"
register=("$remo" register --db "$db" --customer "$reg_customer" --site 本社 --cameras 2 --today "$report_day")
label_photos=(samples/photos/{angled.heic,desk-tilted.jpg,dim.jpg,portrait-exif-rotated.jpg,two-labels.jpg})
"${register[@]}" --photo "${label_photos[@]}" "$out/old-unit.png" && echo "(unexpected: nothing refused)" || echo "(exit status $?: some inputs were refused)"
echo
echo "== The same photos again: nothing is registered twice"
"${register[@]}" --photo "${label_photos[@]}" --json | grep -c '"already-registered"' | sed 's/^/already registered: /' || true
echo
echo "== Provisioning report for $reg_customer (how, when and by whom each recorder was registered)"
"$remo" report --db "$db" --customer "$reg_customer" --today "$report_day"
