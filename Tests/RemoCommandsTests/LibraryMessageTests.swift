import ArgumentParser
import Foundation
import RemoCommands
import RemoCore
import RemoDocuments
import RemoImaging
import RemoLedger
import Testing

/// The library's sentences fit any front end (issue 18): none names a flag or a
/// `remo` command; the command line adds its own hint from the typed remedy.
struct LibraryMessageTests {
    /// Every template of a catalogue, in both languages, with its key.
    static func templates<Catalogue: MessageCatalogue>(_: Catalogue.Type) -> [(key: String, template: String)] {
        Catalogue.allCases.flatMap { entry in
            Language.allCases.map { language -> (key: String, template: String) in
                (key: "\(Catalogue.self).\(entry.rawValue) (\(language.rawValue))", template: entry.template(in: language))
            }
        }
    }

    /// The catalogues of RemoCore, RemoImaging, RemoDocuments and RemoLedger.
    static let libraryCatalogues: [(name: String, templates: [(key: String, template: String)])] = [
        ("CoreText", templates(CoreText.self)), ("IdentifierText", templates(IdentifierText.self)),
        ("PayloadText", templates(PayloadText.self)), ("LicenseText", templates(LicenseText.self)),
        ("AccountText", templates(AccountText.self)), ("CSVText", templates(CSVText.self)),
        ("ImagingText", templates(ImagingText.self)), ("LabelLayoutText", templates(LabelLayoutText.self)),
        ("LabelBatchText", templates(LabelBatchText.self)), ("RegistrationText", templates(RegistrationText.self)),
        ("ReportText", templates(ReportText.self)), ("LedgerText", templates(LedgerText.self)),
    ]

    @Test func noLibrarySentenceNamesAFlagOrACommandInEitherLanguage() {
        let commands = RemoCommand.configuration.subcommands.map { $0._commandName }
        #expect(commands.contains("license") && commands.contains("labels"))
        var offending: [String] = []
        for catalogue in Self.libraryCatalogues {
            for (key, template) in catalogue.templates {
                let namesCommand = commands.contains { template.contains("remo \($0)") }
                if template.contains("--") || namesCommand || template.contains("-o ") { offending.append("\(key): \(template)") }
            }
        }
        #expect(offending.isEmpty, "\(offending.joined(separator: "\n"))")
    }

    @Test func theListAboveHoldsEveryLibraryCatalogue() throws {
        let declaration = try Regex(#"enum\s+(\w+)\s*:\s*String\s*,\s*MessageCatalogue"#)
        var found: Set<String> = []
        for module in ["RemoCore", "RemoImaging", "RemoDocuments", "RemoLedger", "RemoSQLite"] {
            for file in try CatalogueCoverageTests.swiftFiles(under: "Sources/\(module)") {
                found.formUnion(file.text.matches(of: declaration).compactMap { $0.output[1].substring.map(String.init) })
            }
        }
        #expect(found == Set(Self.libraryCatalogues.map(\.name)))
    }

    @Test func theCommandLineAddsItsFlagToALibraryRefusal() {
        let refusal = StockError.notConfirmed(count: 2, part: "DG-JLE101W", customer: try! EmailAddress("taro@example.jp"))
        #expect(refusal.message.remedies == [.confirm])
        #expect(!refusal.message.rendered(in: .english).contains("--yes"))
        Remedy.$presenter.withValue(CommandHints()) {
            #expect(refusal.message.rendered(in: .english).hasSuffix("Confirm the assignment to go ahead (run it again with --yes)."))
            #expect(refusal.message.rendered(in: .japanese).hasSuffix("実行し直してください（--yes を付けて実行し直す）。"))
        }
    }

    @Test func aRemedyWithAPayloadNamesItsValue() throws {
        let customer = try EmailAddress("taro@example.jp")
        let refusal = AccessError.customerOnly(actor: "P001", customer: customer, action: .termsAccepted)
        Remedy.$presenter.withValue(CommandHints()) {
            #expect(refusal.description.contains("(--as taro@example.jp)"))
        }
    }

    @Test func aNestedSentencesRemedyIsHintedOnceAtTheEnd() {
        let shortage = RegistrationText.noLicense(["needed": 2, "connection": "edge storage", "available": 0, "missing": 2])
        let plan = RegistrationText.noLicensePlan(["shortage": .message(shortage), "plan": .list(["1 × DG-JLE100W-4A"])])
        Remedy.$presenter.withValue(CommandHints()) {
            let text = plan.rendered(in: .english)
            #expect(text.hasSuffix("1 × DG-JLE100W-4A (remo license assign)"), "\(text)")
            #expect(text.components(separatedBy: "remo license assign").count == 2)
        }
    }
}
