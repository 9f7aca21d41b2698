package import ArgumentParser
import Foundation
import RemoCore
import RemoLedger

extension LicenseCommand {
    /// `remo license bind --customer EMAIL --camera ID [--license ID]`.
    package struct Bind: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.bindAbstract().description)
        }

        @OptionGroup package var target: CustomerCommand.Target

        @Option(help: ArgumentHelp(LedgerCommandText.helpCamera().description, valueName: "id"))
        package var camera: Int64

        @Option(help: ArgumentHelp(LedgerCommandText.helpLicense().description, valueName: "id"))
        package var license: Int64?

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let binding = try await global.openLedger().bindLicense(
                to: Camera.ID(camera), of: target.customer, choosing: license.map { .named(License.ID($0)) } ?? .automatic,
                by: try global.acting())
            try BindingReport(binding: binding, sentence: LedgerCommandText.licenseBound).print(json: global.json)
        }
    }

    /// `remo license move --customer EMAIL --license ID --camera ID`.
    package struct Move: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: LedgerCommandText.moveAbstract().description,
                discussion: LedgerCommandText.moveDiscussion().description)
        }

        @OptionGroup package var target: CustomerCommand.Target

        @Option(help: ArgumentHelp(LedgerCommandText.helpLicense().description, valueName: "id"))
        package var license: Int64

        @Option(help: ArgumentHelp(LedgerCommandText.helpMoveCamera().description, valueName: "id"))
        package var camera: Int64

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let binding = try await global.openLedger().moveLicense(
                License.ID(license), of: target.customer, to: Camera.ID(camera), by: try global.acting())
            try BindingReport(binding: binding, sentence: LedgerCommandText.licenseMoved).print(json: global.json)
        }
    }

    /// `remo license reapply --customer EMAIL --failed-camera ID --camera ID`.
    package struct Reapply: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: LedgerCommandText.reapplyAbstract().description,
                discussion: LedgerCommandText.reapplyDiscussion().description)
        }

        @OptionGroup package var target: CustomerCommand.Target

        @Option(help: ArgumentHelp(LedgerCommandText.helpFailedCamera().description, valueName: "id"))
        package var failedCamera: Int64

        @Option(help: ArgumentHelp(LedgerCommandText.helpReplacementCamera().description, valueName: "id"))
        package var camera: Int64

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let binding = try await global.openLedger().reapplyPerpetualLicense(
                from: Camera.ID(failedCamera), to: Camera.ID(camera), of: target.customer, by: try global.acting())
            try BindingReport(binding: binding, sentence: LedgerCommandText.licenseReapplied).print(json: global.json)
        }
    }

    /// `{"license", "camera", "boundOn", "method"}`.
    struct BindingReport: LedgerReport {
        let binding: Binding
        let sentence: LedgerCommandText

        private enum CodingKeys: String, CodingKey { case license, camera, boundOn, method }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(binding.licenseID.rawValue, forKey: .license)
            try container.encode(binding.cameraID.rawValue, forKey: .camera)
            try container.encode(binding.boundOn, forKey: .boundOn)
            try container.encode(binding.method.rawValue, forKey: .method)
        }

        func text() -> String {
            sentence([
                "license": .text(binding.licenseID.description), "camera": .text(binding.cameraID.description),
                "date": .date(binding.boundOn),
            ]).description
        }
    }
}
