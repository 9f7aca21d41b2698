package import ArgumentParser
import Foundation
import RemoCore
import RemoLedger

extension LicenseCommand {
    /// `remo license change-type --customer EMAIL --camera ID [--license ID]`.
    package struct ChangeType: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "change-type",
                abstract: LedgerCommandText.changeTypeAbstract().description,
                discussion: LedgerCommandText.changeTypeDiscussion().description)
        }

        @OptionGroup package var target: CustomerCommand.Target

        @Option(help: ArgumentHelp(LedgerCommandText.helpChangeTypeCamera().description, valueName: "id"))
        package var camera: Int64

        @Option(help: ArgumentHelp(LedgerCommandText.helpChangeTypeLicense().description, valueName: "id"))
        package var license: Int64?

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let binding = try await global.openLedger().changeLicenseTypeToTerm(
                ofCamera: Camera.ID(camera), of: target.customer,
                choosing: license.map { .named(License.ID($0)) } ?? .automatic, by: try global.acting())
            try BindingReport(binding: binding, sentence: LedgerCommandText.licenseTypeChanged).print(json: global.json)
        }
    }
}
