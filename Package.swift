// swift-tools-version: 6.2
//
// remo: a toolkit for i-PRO Remo. partners. See docs/architecture.md for the
// modules and the direction of their dependencies.

import PackageDescription

/// A Debian C library reached through pkg-config, with its apt provider.
func systemLibrary(_ name: String, pkgConfig: String, apt: String) -> Target {
    .systemLibrary(name: name, pkgConfig: pkgConfig, providers: [.apt([apt])])
}

let package = Package(
    name: "remo",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "remo", targets: ["remo"]),
        .executable(name: "remo-bench", targets: ["remo-bench"]),
        .library(name: "RemoCore", targets: ["RemoCore"]),
        .library(name: "RemoImaging", targets: ["RemoImaging"]),
        .library(name: "RemoDocuments", targets: ["RemoDocuments"]),
        .library(name: "RemoLedger", targets: ["RemoLedger"]),
        .library(name: "RemoSQLite", targets: ["RemoSQLite"]),
        .library(name: "RemoPostgres", targets: ["RemoPostgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // C libraries from Debian, each a thin module map over its headers.
        systemLibrary("CQREncode", pkgConfig: "libqrencode", apt: "libqrencode-dev"),
        systemLibrary("CZBar", pkgConfig: "zbar", apt: "libzbar-dev"),
        systemLibrary("CTurboJPEG", pkgConfig: "libturbojpeg", apt: "libturbojpeg0-dev"),
        systemLibrary("CPNG", pkgConfig: "libpng", apt: "libpng-dev"),
        systemLibrary("CHeif", pkgConfig: "libheif", apt: "libheif-dev"),
        systemLibrary("CCairo", pkgConfig: "cairo", apt: "libcairo2-dev"),
        // zxing-cpp, C++: its include path and library, for CZXingReader.
        systemLibrary("CZXing", pkgConfig: "zxing", apt: "libzxing-dev"),
        // zxing-cpp's QR reader behind C functions (C++ inside, a C header), so
        // that no Swift module needs C++ interoperability.
        .target(name: "CZXingReader", dependencies: ["CZXing"]),

        // The pure domain: rules, identifiers, the QR payload, message catalogues.
        .target(name: "RemoCore"),

        // The photo decoder's second engine: zxing-cpp through CZXingReader, in plain Swift.
        .target(name: "RemoZXing", dependencies: ["CZXingReader"]),

        // Images in and out, QR encoding and decoding, the cairo canvas.
        .target(
            name: "RemoImaging",
            dependencies: ["RemoCore", "RemoZXing", "CQREncode", "CZBar", "CTurboJPEG", "CPNG", "CHeif", "CCairo"]
        ),

        // Printable documents drawn on the canvas: label sheets, the provisioning report.
        .target(name: "RemoDocuments", dependencies: ["RemoCore", "RemoImaging"]),

        // The use cases (assign, register, label, tick, report) over storage ports.
        .target(
            name: "RemoLedger",
            dependencies: [
                "RemoCore", "RemoImaging", "RemoDocuments",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),

        // The embedded default store: SQLite through GRDB.
        .target(
            name: "RemoSQLite",
            dependencies: ["RemoCore", "RemoLedger", .product(name: "GRDB", package: "GRDB.swift")]
        ),

        // The command line: parses, calls the library, prints.
        .target(
            name: "RemoCommands",
            dependencies: [
                "RemoCore", "RemoImaging", "RemoDocuments", "RemoLedger", "RemoSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "remo", dependencies: ["RemoCommands"]),
        .executableTarget(
            name: "remo-bench",
            dependencies: [
                "RemoCore", "RemoImaging", "RemoDocuments", "RemoLedger", "RemoSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Helpers the test targets share (a seeded generator, running a tool); never shipped.
        .target(name: "RemoTestSupport", path: "Tests/RemoTestSupport"),

        .testTarget(name: "RemoCoreTests", dependencies: ["RemoCore", "RemoTestSupport"]),
        .testTarget(
            name: "RemoImagingTests",
            dependencies: ["RemoCore", "RemoImaging", "RemoTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RemoDocumentsTests", dependencies: ["RemoCore", "RemoImaging", "RemoDocuments", "RemoTestSupport"]
        ),
        .testTarget(
            name: "RemoLedgerTests",
            dependencies: [
                "RemoCore", "RemoImaging", "RemoDocuments", "RemoLedger", "RemoSQLite", "RemoTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "RemoCommandsTests",
            dependencies: [
                "RemoCore", "RemoImaging", "RemoDocuments", "RemoLedger", "RemoSQLite", "RemoCommands", "RemoTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The web app (`remo serve`, docs/web.md): Hummingbird 2, mustache templates, a
// streaming multipart parser. One block, so that the rest of the file stays as it is.
package.dependencies += [
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
]
package.targets += [
    // Routes, pages and middleware over RemoLedger: parses, calls the library, presents.
    .target(
        name: "RemoWeb",
        dependencies: [
            "RemoCore", "RemoImaging", "RemoLedger",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "HummingbirdTLS", package: "hummingbird"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "_NIOFileSystem", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ],
        // Pages and their script, embedded in the binary (`PackageResources`): `remo` stays one file.
        resources: [.embedInCode("Pages/Templates"), .embedInCode("Assets")]
    ),
    .testTarget(
        name: "RemoWebTests",
        dependencies: [
            "RemoCore", "RemoImaging", "RemoLedger", "RemoSQLite", "RemoWeb", "RemoCommands", "RemoTestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        ]
    ),
]
for target in package.targets where target.name == "RemoCommands" {
    target.dependencies.append("RemoWeb")  // `remo serve`
}

// The PostgreSQL store (issue 20): the same ledger ports over postgres-nio, for
// partners with many offices; selected by a `postgres://` database URL.
package.dependencies += [.package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2")]
package.targets += [
    .target(
        name: "RemoPostgres",
        dependencies: [
            "RemoCore", "RemoLedger",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]
    )
]
for target in package.targets where ["RemoCommands", "RemoLedgerTests", "RemoCommandsTests", "RemoWebTests", "remo-bench"].contains(target.name) {
    target.dependencies.append("RemoPostgres")
}

// Every Swift target gets the same strictness, with typed settings only: an
// unsafe flag would make remo's users need it too (docs/decisions.md, "A
// package others depend on"; scripts/consumer-test.sh checks it).
for target in package.targets where target.type != .system && target.name != "CZXingReader" {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ]
}
