package import ArgumentParser
import RemoCore
import RemoImaging

extension QRCommand {
    /// `remo qr decode FILE... [--json]`: every QR code in each image.
    package struct Decode: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "decode",
                abstract: QRCommandText.decodeAbstract().description,
                discussion: QRCommandText.decodeDiscussion().description
            )
        }

        @Argument(help: ArgumentHelp(QRCommandText.helpFiles().description, valueName: "file"))
        package var files: [String] = []

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func validate() throws {
            guard !files.isEmpty else { throw ValidationError(QRCommandText.noFiles().description) }
        }

        package func run() async throws {
            let progress = TerminalProgress(label: QRCommandText.decodeProgress().description, json: global.json)
            let results = await QRFileScanner().scan(files: files, progress: progress)
            let report = QRDecodeReport(results)
            if global.json {
                try Output.json(report.files)
            } else {
                try Output.text(report.table())
            }
            for result in results {
                if let error = result.error { Output.note(error.message) }
            }
            if !global.json { Output.note(report.summary) }
            if !report.everyFileWasRead { throw ExitCode.failure }
        }
    }
}
