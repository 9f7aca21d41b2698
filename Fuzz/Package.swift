// swift-tools-version: 6.2
//
// remo's libFuzzer targets (docs/fuzzing.md): a package of its own, beside the
// main one, so that the main build and CI's one debug build never compile them.
// `scripts/fuzz.sh` builds them with `-sanitize=fuzzer,address` (every module,
// remo's own included, instrumented) and runs each on its seed corpus.

import PackageDescription

let package = Package(
    name: "remo-fuzz",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "fuzz-payload", targets: ["FuzzPayload"]),
        .executable(name: "fuzz-csv", targets: ["FuzzCSV"]),
        .executable(name: "fuzz-image", targets: ["FuzzImage"]),
        .executable(name: "fuzz-photo", targets: ["FuzzPhoto"]),
    ],
    dependencies: [.package(name: "remo", path: "..")],
    targets: [
        // libFuzzer's driver behind a C function each target's entry calls.
        .target(name: "CFuzzDriver"),
        // The recorder payload and registration-code parsers.
        .executableTarget(name: "FuzzPayload", dependencies: ["CFuzzDriver", .product(name: "RemoCore", package: "remo")]),
        // The spreadsheet reader: UTF-8 (with or without a BOM) and CP932 detection, then CSV.
        .executableTarget(
            name: "FuzzCSV",
            dependencies: ["CFuzzDriver", .product(name: "RemoCore", package: "remo"), .product(name: "RemoLedger", package: "remo")]),
        // The image loaders: JPEG, PNG and HEIC headers and bodies.
        .executableTarget(name: "FuzzImage", dependencies: ["CFuzzDriver", .product(name: "RemoImaging", package: "remo")]),
        // The photo decoder on small grey images.
        .executableTarget(name: "FuzzPhoto", dependencies: ["CFuzzDriver", .product(name: "RemoImaging", package: "remo")]),
    ],
    swiftLanguageModes: [.v6]
)
