#!/usr/bin/env bash
# Seeds a ledger for the web app from samples/, as the demo does: the sample
# units labeled with the demo label key (so the labels in samples/photos/ are
# in the manifest), partner P001 and three customers with their passwords.
#
#   bash scripts/web/seed.sh REMO DB_FOLDER
#
# REMO is the remo binary; the ledger is DB_FOLDER/remo.sqlite. Prints nothing
# but errors. The accounts (docs/web.md, README "The web app"):
#   taro@example.jp   / demo-password-taro   2 edge-storage licenses
#   jiro@example.jp   / demo-password-jiro   2 edge-storage licenses
#   hanako@example.jp / demo-password-hanako none
#   installer@tokyo-sec.example.jp / demo-password-installer   P001's installer
#   admin@tokyo-sec.example.jp     / demo-password-admin       P001's admin
set -euo pipefail
remo=$1
folder=$2
root="$(cd "$(dirname "$0")/../.." && pwd)"
db="$folder/remo.sqlite"
mkdir -p "$folder"
rm -f "$db" "$db"-wal "$db"-shm "$db.label-key"
cp "$root/samples/demo.label-key" "$db.label-key"
r() { "$remo" "$@" --db "$db" >/dev/null; }
# A simulation ledger: the sample data is dated by --today (docs/cli.md); it keeps the demo key.
r init --simulation
r labels make --csv "$root/samples/units.csv" --out "$folder/labels" --skip-invalid --png --today 2025-03-10
r partner add --code P001 --name "東京セキュリティ" --email ops@tokyo-sec.example.jp --today 2025-03-10
for role in installer admin; do
    echo "demo-password-$role" | r partner user add --partner P001 --email "$role@tokyo-sec.example.jp" --role "$role" --password - --today 2025-03-10
done
r stock add --partner P001 --part DG-JLE101W --count 8 --order PO-DEMO-1 --today 2025-03-11
for who in taro:山田商事株式会社 jiro:鈴木物流 hanako:花子商店; do
    name=${who#*:}
    email=${who%%:*}@example.jp
    r customer add --partner P001 --name "$name" --email "$email" --temp-password "demo-password-${who%%:*}" --today 2025-03-11
    r customer confirm-email --customer "$email" --today 2025-03-11
done
for email in taro@example.jp jiro@example.jp; do
    r license assign --partner P001 --customer "$email" --part DG-JLE101W --count 2 --yes --today 2025-03-12
done
