package import ArgumentParser
import Foundation
import RemoCore
package import RemoDocuments
package import RemoLedger

/// `remo labels`: warehouse label batches.
package struct LabelsCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "labels", abstract: LabelCommandText.labelsAbstract().description,
            subcommands: [Make.self, Layouts.self])
    }

    package init() {}

    /// `remo labels make --csv UNITS.csv --out DIR [--layout NAME] [--skip-invalid]
    /// [--reissue] [--png|--svg] [--encoding utf-8|cp932] [--label-key FILE] [--new-key]`.
    package struct Make: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: LabelCommandText.makeAbstract().description,
                discussion: LabelCommandText.makeDiscussion().description)
        }

        @Option(help: ArgumentHelp(LabelCommandText.helpCSV().description, valueName: "units.csv"))
        package var csv: String

        @Option(help: ArgumentHelp(LabelCommandText.helpOut().description, valueName: "folder"))
        package var out: String

        @Option(help: ArgumentHelp(LabelCommandText.helpLayout().description, valueName: "name"), transform: parseLayout)
        package var layout: LabelLayout = .standard

        @Flag(help: ArgumentHelp(LabelCommandText.helpSkipInvalid().description))
        package var skipInvalid = false

        @Flag(help: ArgumentHelp(LabelCommandText.helpReissue().description))
        package var reissue = false

        @Flag(help: ArgumentHelp(LabelCommandText.helpPNG().description))
        package var png = false

        @Flag(help: ArgumentHelp(LabelCommandText.helpSVG().description))
        package var svg = false

        @Option(help: ArgumentHelp(LedgerCommandText.helpEncoding().description, valueName: "utf-8|cp932"), transform: parseEncoding)
        package var encoding: SpreadsheetEncoding?

        @Option(name: .customLong("label-key"), help: ArgumentHelp(LabelCommandText.helpLabelKey().description, valueName: "file"))
        package var labelKey: String?

        @Flag(help: ArgumentHelp(LabelCommandText.helpNewKey().description))
        package var newKey = false

        @Flag(help: ArgumentHelp(LabelCommandText.helpDryRun().description))
        package var dryRun = false

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func validate() throws {
            if png && svg { throw ValidationError(LabelCommandText.pngOrSVG().description) }
        }

        /// The label key file: `--label-key`, else `$REMO_LABEL_KEY`, else the
        /// configuration file's `label_key`, else beside the database.
        package func keyFile(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LabelKeyFile {
            LabelKeyFile(path: try global.settings(labelKey: labelKey, environment: environment).labelKey.value ?? "")
        }

        package func run() async throws {
            var request = LabelBatchRequest(
                units: try InputFile.read(csv), source: InputFile.name(csv), encoding: encoding, output: out, layout: layout,
                skipInvalid: skipInvalid, reissue: reissue, labelFiles: png ? .png : svg ? .svg : nil, keyFile: try keyFile(),
                newKey: newKey)
            request.dryRun = dryRun
            if ProcessInfo.processInfo.environment["REMO_FAULT"] == "labels-after-commit" {
                // Fault injection for the tests: die in the window between recording the batch and renaming its files.
                request.afterRecording = { kill(getpid(), SIGKILL) }
            }
            let acting = try global.acting()
            let ledger = try global.openLedger()
            let progress = TerminalProgress(label: LabelCommandText.checkingProgress().description, json: global.json)
            let result = try await ledger.makeLabels(request, by: acting, progress: progress)
            try LabelBatchReport(result: result).print(json: global.json)
            guard result.succeeded else { throw ExitCode.failure }
        }
    }

    /// `remo labels layouts [--json]`: the label stocks `--layout` names.
    package struct Layouts: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LabelCommandText.layoutsAbstract().description)
        }

        @OptionGroup package var global: ToolOptions

        package init() {}

        package func run() async throws {
            try LayoutsReport().print(json: global.json)
        }
    }
}

/// Reads a `--layout` name.
func parseLayout(_ text: String) throws -> LabelLayout {
    do {
        return try LabelLayout.named(text)
    } catch {
        throw ValidationError(error.description)
    }
}
