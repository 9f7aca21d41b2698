import ArgumentParser
import RemoCore

extension QRCommand.Encode {
    /// The text to encode: `--text`, or the payload of the recorder named by the
    /// unit options, whose registration code is then noted on standard error.
    ///
    /// - Throws: ``RecorderPayload/EncodingError`` for a unit produced before July 2024.
    func content(using generator: inout some RandomNumberGenerator) throws -> String {
        guard unit.isGiven else { return text ?? "" }
        let report = QRCommand.Payload.Report(payload: try unit.payload(using: &generator))
        Output.note(report.registrationNote)
        return report.payload.text
    }

    /// Checks that either `--text` or the unit fields are given, not both.
    func validateContent() throws {
        if unit.isGiven {
            guard text == nil else { throw ValidationError(UnitOptionText.textOrUnit().description) }
            _ = try unit.unit()
        } else {
            guard let text, !text.isEmpty else { throw ValidationError(QRCommandText.missingText().description) }
        }
    }
}
