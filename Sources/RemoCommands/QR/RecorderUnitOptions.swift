package import ArgumentParser
package import RemoCore

/// The unit fields of `remo qr encode` and `remo qr payload` (docs/cli.md):
/// `--model M --serial S --device-id HEX --produced YYYY-MM [--claim-code C]`.
package struct RecorderUnitOptions: ParsableArguments {
    @Option(help: ArgumentHelp(UnitOptionText.helpModel().description, valueName: "model"))
    package var model: String?

    @Option(help: ArgumentHelp(UnitOptionText.helpSerial().description, valueName: "serial"))
    package var serial: String?

    @Option(name: .customLong("device-id"), help: ArgumentHelp(UnitOptionText.helpDeviceID().description, valueName: "hex"))
    package var deviceID: String?

    @Option(help: ArgumentHelp(UnitOptionText.helpProduced().description, valueName: "yyyy-mm"))
    package var produced: String?

    @Option(
        name: .customLong("claim-code"),
        help: ArgumentHelp(UnitOptionText.helpClaimCode().description, valueName: "code"))
    package var claimCode: String?

    package init() {}

    /// Whether any unit field was given.
    package var isGiven: Bool {
        [model, serial, deviceID, produced, claimCode].contains { $0 != nil }
    }

    /// Checks that the fields are complete and valid (a unit produced before
    /// July 2024 is valid here: ``payload(using:)`` refuses it).
    package func validate() throws {
        guard isGiven else { return }
        _ = try unit()
        _ = try givenClaimCode()
    }

    /// The unit the options name.
    ///
    /// - Throws: `ValidationError` naming the missing options or the field that is not valid.
    package func unit() throws -> RecorderUnit {
        let fields: [(String, String?)] = [
            ("--model", model), ("--serial", serial), ("--device-id", deviceID), ("--produced", produced),
        ]
        let missing = fields.filter { $0.1 == nil }.map { Message.Argument.text($0.0) }
        guard missing.isEmpty else {
            throw ValidationError(UnitOptionText.missingFields(["options": .list(missing)]).description)
        }
        do {
            return try RecorderUnit(
                model: model ?? "", serial: serial ?? "", deviceID: deviceID ?? "", produced: produced ?? "")
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The claim code given with `--claim-code`, if any.
    ///
    /// - Throws: `ValidationError` when it is not a claim code.
    package func givenClaimCode() throws -> ClaimCode? {
        guard let claimCode else { return nil }
        do {
            return try ClaimCode(claimCode)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The payload for the unit, with the given claim code or a new one from `generator`.
    ///
    /// - Throws: `ValidationError` for missing or bad fields;
    ///   ``RecorderPayload/EncodingError`` for a unit produced before July 2024.
    package func payload(using generator: inout some RandomNumberGenerator) throws -> RecorderPayload {
        let unit = try unit()
        let claimCode = try givenClaimCode() ?? ClaimCode(using: &generator)
        return try RecorderPayload(unit: unit, claimCode: claimCode)
    }
}
