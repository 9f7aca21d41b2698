package import ArgumentParser
package import RemoCore

extension QRCommand {
    /// `remo qr payload --model M --serial S --device-id HEX --produced YYYY-MM [--claim-code C]`:
    /// the text of a recorder's QR label (docs/qr-payload.md).
    package struct Payload: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "payload",
                abstract: UnitOptionText.payloadAbstract().description,
                discussion: UnitOptionText.payloadDiscussion().description
            )
        }

        @OptionGroup package var unit: RecorderUnitOptions

        @OptionGroup package var global: ToolOptions

        package init() {}

        package func validate() throws {
            _ = try unit.unit()
        }

        /// The payload, with a claim code from `generator` when none was given.
        ///
        /// - Throws: ``RecorderPayload/EncodingError`` for a unit produced before July 2024.
        package func report(using generator: inout some RandomNumberGenerator) throws -> Report {
            Report(payload: try unit.payload(using: &generator))
        }

        package func run() async throws {
            var generator = SystemRandomNumberGenerator()
            let report = try report(using: &generator)
            if global.json {
                try Output.json(report)
            } else {
                try Output.text(report.payload.text)
                Output.note(report.registrationNote)
            }
        }

        /// `{"payload", "model", "serial", "deviceId", "produced", "claimCode", "registrationCode"}`.
        package struct Report: Encodable {
            package let payload: RecorderPayload

            private enum CodingKeys: String, CodingKey { case payload }

            package func encode(to encoder: any Encoder) throws {
                try payload.encode(to: encoder)
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(payload.text, forKey: .payload)
            }

            /// The registration code and claim code, for people.
            package var registrationNote: Message {
                UnitOptionText.registrationCode([
                    "code": .text(payload.registrationCode.description),
                    "claimCode": .text(payload.claimCode.description),
                ])
            }
        }
    }
}
