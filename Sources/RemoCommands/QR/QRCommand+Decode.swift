package import ArgumentParser
import RemoCore
import RemoImaging
import RemoLedger

extension QRCommand {
    /// `remo qr decode FILE|FOLDER|-... [--json | --raw]`: every QR code in each image.
    package struct Decode: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "decode",
                abstract: QRCommandText.decodeAbstract().description,
                discussion: QRCommandText.decodeDiscussion().description
            )
        }

        /// The exit status when no file held a code (as `zbarimg`'s).
        package static let noCodeStatus: Int32 = 4
        /// The path standard input is read through (``FileBytes`` reads pipes whole).
        static let standardInputPath = FileBytes.standardInput

        @Argument(help: ArgumentHelp(QRCommandText.helpFiles().description, valueName: "file"))
        package var files: [String] = []

        @Flag(help: ArgumentHelp(QRCommandText.helpRaw().description))
        package var raw = false

        @OptionGroup package var global: ToolOptions

        package init() {}

        package func validate() throws {
            guard !files.isEmpty else { throw ValidationError(QRCommandText.noFiles().description) }
            if raw && global.json { throw ValidationError(QRCommandText.rawOrJSON().description) }
        }

        /// The files to read: a folder's photos (as `register --photo` takes
        /// them), `-` as standard input.
        var inputs: [String] {
            RegistrationPhotos.files(files.map { $0 == InputFile.standardStream ? Self.standardInputPath : $0 })
        }

        package func run() async throws {
            let progress = TerminalProgress(label: QRCommandText.decodeProgress().description, json: global.json || raw)
            let results = await QRFileScanner().scan(files: inputs, progress: progress)
            let report = QRDecodeReport(results) { $0 == Self.standardInputPath ? InputFile.standardStream : $0 }
            if global.json {
                try Output.json(report.files)
            } else if raw {
                for text in report.files.flatMap(\.codes).compactMap(\.text) { try Output.line(text) }
            } else {
                try Output.text(report.table())
            }
            for result in results {
                if let error = result.error { Output.note(error.message) }
            }
            if !global.json && !raw { Output.note(report.summary) }
            if !report.everyFileWasRead { throw ExitCode.failure }
            if !report.foundAnyCode { throw ExitCode(Self.noCodeStatus) }
        }
    }
}
