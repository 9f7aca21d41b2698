package import ArgumentParser
import Foundation
import RemoCore
package import RemoImaging

extension QRCommand {
    /// `remo qr encode --text TEXT -o FILE`: a QR code as PNG, SVG or PDF.
    package struct Encode: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "encode",
                abstract: QRCommandText.encodeAbstract().description,
                discussion: QRCommandText.encodeDiscussion().description
            )
        }

        /// The largest `--module-px`.
        static let maximumModuleSize = 100
        /// The largest `--quiet-zone`.
        static let maximumQuietZone = 40

        @Option(help: ArgumentHelp(QRCommandText.helpText().description, valueName: "text"))
        package var text: String?

        @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp(QRCommandText.helpOutput().description, valueName: "file"))
        package var output: String

        @Option(help: ArgumentHelp(QRCommandText.helpImageFormat().description, valueName: "png|svg|pdf"))
        package var format: Canvas.OutputFormat?

        @Option(name: .customLong("ec"), help: ArgumentHelp(QRCommandText.helpErrorCorrection().description))
        package var errorCorrection: QRErrorCorrection = .medium

        @Option(name: .customLong("module-px"), help: ArgumentHelp(QRCommandText.helpModuleSize().description, valueName: "n"))
        package var moduleSize: Int = 8

        @Option(name: .customLong("quiet-zone"), help: ArgumentHelp(QRCommandText.helpQuietZone().description, valueName: "n"))
        package var quietZone: Int = 4

        @OptionGroup package var unit: RecorderUnitOptions

        @OptionGroup package var global: ToolOptions

        package init() {}

        package func validate() throws {
            try validateContent()
            guard (1...Encode.maximumModuleSize).contains(moduleSize) else {
                throw ValidationError(
                    QRCommandText.moduleSizeOutOfRange([
                        "max": .integer(Encode.maximumModuleSize), "value": .integer(moduleSize),
                    ]).description)
            }
            guard (0...Encode.maximumQuietZone).contains(quietZone) else {
                throw ValidationError(
                    QRCommandText.quietZoneOutOfRange([
                        "max": .integer(Encode.maximumQuietZone), "value": .integer(quietZone),
                    ]).description)
            }
            guard resolvedFormat != nil else {
                throw ValidationError(ImagingText.unknownOutputFormat(["file": .text(output)]).description)
            }
            if global.json, output == InputFile.standardStream {
                throw ValidationError(QRCommandText.jsonWithImageOnStdout().description)
            }
        }

        /// `--format`, else the output file's extension; nil when neither says.
        var resolvedFormat: Canvas.OutputFormat? { format ?? Canvas.OutputFormat(path: output) }

        package func run() async throws {
            var generator = SystemRandomNumberGenerator()
            let matrix = try QREncoder.encode(try content(using: &generator), errorCorrection: errorCorrection)
            let canvas = try Canvas.qrCode(matrix, moduleSize: Double(moduleSize), quietZone: quietZone)
            let format = resolvedFormat ?? .png
            let toStandardOutput = output == InputFile.standardStream
            if toStandardOutput {
                try Output.bytes(try canvas.encoded(as: format))
            } else {
                try canvas.write(to: output, format: format)
            }
            let summary = EncodeSummary(
                file: InputFile.name(output, writing: true), format: format.rawValue, version: matrix.version,
                errorCorrection: matrix.errorCorrection.rawValue, modules: matrix.size,
                side: (matrix.size + 2 * quietZone) * moduleSize)
            if global.json {
                try Output.json(summary)
            } else if toStandardOutput {
                Output.note(summary.message)
            } else {
                try Output.text(summary.message.description)
            }
        }
    }

    /// What `qr encode` wrote: `--json` prints it; people get one sentence.
    struct EncodeSummary: Encodable {
        let file: String
        let format: String
        let version: Int
        let errorCorrection: String
        let modules: Int
        /// The side of the image: pixels in PNG, points in SVG and PDF.
        let side: Int

        var message: Message {
            let entry: QRCommandText = format == "png" ? .wrotePixels : .wrotePoints
            return entry([
                "file": .text(file), "version": .integer(version), "level": .text(errorCorrection),
                "modules": .integer(modules), "side": .integer(side),
            ])
        }
    }
}
