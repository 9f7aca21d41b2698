#!/usr/bin/env bash
# Builds and runs a small package that depends on remo as any other package
# would: `.package(url:, from:)` on a tagged git repository (a file:// URL, so
# SwiftPM treats it as a remote, versioned dependency; a path dependency would
# hide what a versioned one is refused for, unsafe build flags among them).
#
# The repository is a temporary bare clone of the working tree as it is (HEAD
# plus uncommitted and untracked files, .gitignore respected), tagged with
# RemoVersion.current. The consumer uses RemoCore, RemoImaging and RemoLedger:
# a recorder payload encoded into a QR code, drawn, read back with zbar; the
# dates of a license; CP932 text for Japanese Excel. Only its own product is
# built (remo's, GRDB and ArgumentParser are resolved but not compiled), in its
# own build folder: nothing is reused from .build.
#
# Usage: bash scripts/consumer-test.sh   (after scripts/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

version=$(sed -n 's/.*public static let current = "\(.*\)".*/\1/p' Sources/RemoCore/RemoVersion.swift)
[[ -n "$version" ]] || { echo "consumer-test: no version in Sources/RemoCore/RemoVersion.swift" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/remo-consumer.XXXXXX")
trap 'rm -rf "$work"' EXIT

# A commit of the working tree as it is, without touching the index or HEAD.
export GIT_INDEX_FILE="$work/index"
git read-tree HEAD
git add -A
commit=$(GIT_AUTHOR_NAME=consumer-test GIT_AUTHOR_EMAIL=consumer-test@localhost GIT_COMMITTER_NAME=consumer-test \
    GIT_COMMITTER_EMAIL=consumer-test@localhost git commit-tree "$(git write-tree)" -p HEAD -m "consumer-test snapshot")
unset GIT_INDEX_FILE

git init -q --bare "$work/remo.git"
git push -q "$work/remo.git" "$commit:refs/heads/main"
git -C "$work/remo.git" tag "$version" "$commit"

mkdir -p "$work/consumer/Sources/Consumer"
cat >"$work/consumer/Package.swift" <<EOF
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "consumer",
    dependencies: [.package(url: "file://$work/remo.git", from: "$version")],
    targets: [
        .executableTarget(
            name: "Consumer",
            dependencies: [
                .product(name: "RemoCore", package: "remo"),
                .product(name: "RemoImaging", package: "remo"),
                .product(name: "RemoLedger", package: "remo"),
            ]
        )
    ]
)
EOF
cat >"$work/consumer/Sources/Consumer/main.swift" <<'EOF'
import Foundation
import RemoCore
import RemoImaging
import RemoLedger

/// Stops with a message when a check fails.
func check(_ condition: Bool, _ what: String) {
    if !condition {
        print("consumer: FAILED: \(what)")
        exit(1)
    }
}

// RemoCore: the recorder payload of docs/qr-payload.md's first test vector.
let unit = try RecorderUnit(model: "WJ-NX200", serial: "AB1234567", deviceID: "0A1B2C3D4E5F6071", produced: "2024-07")
let claim = ClaimCode(randomBytes: [0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF])
let payload = try RecorderPayload(unit: unit, claimCode: claim)
check(
    payload.text == "REMO:1:WJ-NX200:AB1234567:0A1B2C3D4E5F6071:2024-07:28T5CY4TQKFF:AA7278AE",
    "payload text \(payload.text)")

// RemoImaging: encoded with libqrencode, drawn with cairo, read back with zbar.
let matrix = try QREncoder.encode(payload.text, errorCorrection: .medium)
let image = try Canvas.qrCode(matrix, moduleSize: 4, quietZone: 4).rasterize()
let codes = try QRDecoder().decode(image)
check(codes.map(\.text) == [payload.text], "decoded \(codes.map(\.text))")
check(try RecorderPayload(parsing: codes.first?.text ?? "") == payload, "payload parsed back")

// RemoCore: a one-year license assigned on 2025-03-10.
let dates = TermDates(assigned: try CalendarDate(parsing: "2025-03-10"), years: 1)
check(dates.freeUntil == (try CalendarDate(parsing: "2025-04-30")), "free until \(dates.freeUntil)")
check(dates.expires == (try CalendarDate(parsing: "2026-04-30")), "expires \(dates.expires)")

// RemoLedger: text for Japanese Excel, CP932 through glibc's iconv, and back.
let bytes = try SpreadsheetText.encode("東京セキュリティ\n", as: .cp932)
check(bytes.prefix(2) == [0x93, 0x8C], "CP932 bytes \(bytes.prefix(2))")
let decoded = try SpreadsheetText.decode(bytes, source: "consumer.csv")
check(decoded.text == "東京セキュリティ\n" && decoded.encoding == .cp932, "decoded \(decoded)")

check(RemoVersion.current == "VERSION", "version \(RemoVersion.current)")
print("consumer: remo \(RemoVersion.current) as a versioned dependency: payload, QR round trip, license dates, CP932 all right")
EOF
sed -i "s/\"VERSION\"/\"$version\"/" "$work/consumer/Sources/Consumer/main.swift"

echo "consumer-test: a package depending on remo $version through file://…/remo.git (tag $version)" >&2
start=$SECONDS
swift build --package-path "$work/consumer" --product Consumer
echo "consumer-test: built in $((SECONDS - start)) s" >&2
"$work/consumer/.build/debug/Consumer"
