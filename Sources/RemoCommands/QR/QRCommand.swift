package import ArgumentParser
import RemoCore

/// `remo qr`: make QR codes and read them from images.
package struct QRCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "qr",
            abstract: QRCommandText.qrAbstract().description,
            subcommands: [Encode.self, Decode.self, Payload.self]
        )
    }

    package init() {}
}
