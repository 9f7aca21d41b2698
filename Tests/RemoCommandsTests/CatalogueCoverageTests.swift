import Foundation
import RemoCommands
import RemoCore
import Testing

/// Every catalogue is checked in both languages: the command line's own here,
/// and, by reading the sources, that every `MessageCatalogue` of every module
/// has a `problems()` check in some test target.
struct CatalogueCoverageTests {
    @Test func theCommandLinesCataloguesAreSoundInBothLanguages() {
        #expect(CommandText.problems().isEmpty)
        #expect(ReportCommandText.problems().isEmpty)
        #expect(ParserText.problems().isEmpty)
        #expect(HintText.problems().isEmpty)
        #expect(ConfigText.problems().isEmpty)
    }

    /// The package's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The Swift files under `folder`, as text.
    static func swiftFiles(under folder: String) throws -> [(path: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        let enumerator = try #require(FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil))
        return try enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.map {
            ($0.path, try String(contentsOf: $0, encoding: .utf8))
        }
    }

    @Test func everyCatalogueInTheSourcesHasAProblemsCheckInTheTests() throws {
        let declaration = try Regex(#"enum\s+(\w+)\s*:\s*String\s*,\s*MessageCatalogue"#)
        var catalogues: [String] = []
        for file in try CatalogueCoverageTests.swiftFiles(under: "Sources") {
            catalogues += file.text.matches(of: declaration).compactMap { $0.output[1].substring.map(String.init) }
        }
        #expect(catalogues.count >= 15, "the scan found \(catalogues)")
        let tests = try CatalogueCoverageTests.swiftFiles(under: "Tests").map(\.text).joined(separator: "\n")
        for catalogue in catalogues {
            #expect(tests.contains("\(catalogue).problems().isEmpty"), "\(catalogue) has no problems() check in Tests/")
        }
    }
}
