/// The text in the QR code on a recorder's body, format version 1
/// (docs/qr-payload.md is the specification, with test vectors).
///
/// ```
/// REMO:1:WJ-NX200:AB1234567:0A1B2C3D4E5F6071:2024-07:7K3QX9M2HT4D:1C0F8E2A
/// ```
///
/// Fields are separated by `:`: the magic `REMO`, the format version, the model
/// number, the serial number, the device ID, the production month `YYYY-MM`, the
/// claim code, and a CRC-32 of everything before the last `:` in 8 upper-case
/// hexadecimal digits. Every character is in the QR alphanumeric set, and the
/// longest payload (``maximumLength``, 111 characters) fits a version 5 QR code
/// at error correction level M (122 characters), within the required version 6.
///
/// **Decision** (docs/decisions.md, "QR payload"): units produced before July
/// 2024 get no payload (``EncodingError/predatesQR(serial:produced:)``), and a
/// payload that claims such a unit is invalid (``ParseError/preQRUnit(produced:serial:)``).
public struct RecorderPayload: Hashable, Sendable {
    /// Why a unit gets no payload.
    public enum EncodingError: Error, Hashable, Sendable, MessageProviding {
        /// The unit was produced before July 2024, before QR registration existed.
        case predatesQR(serial: SerialNumber, produced: YearMonth)

        public var message: Message {
            switch self {
            case .predatesQR(let serial, let produced):
                PayloadText.encodePredatesQR([
                    "serial": .text(serial.rawValue), "produced": .month(produced),
                    "first": .month(RecorderPayload.firstQRMonth),
                ])
            }
        }
    }

    /// A field of the payload.
    public enum Field: String, CaseIterable, Hashable, Sendable, Codable {
        case model
        case serial
        case deviceID = "deviceId"
        case produced
        case claimCode

        /// The field's name for people.
        public var name: Message {
            switch self {
            case .model: IdentifierText.nameModelNumber()
            case .serial: IdentifierText.nameSerialNumber()
            case .deviceID: IdentifierText.nameDeviceID()
            case .produced: PayloadText.fieldProduced()
            case .claimCode: IdentifierText.nameClaimCode()
            }
        }
    }

    /// Why text is not a valid recorder payload. The cases are checked in this order.
    public enum ParseError: Error, Hashable, Sendable, MessageProviding {
        /// The text does not start with `REMO:`: another QR code.
        case notRemoPayload(String)
        /// A remo payload of a format version this code does not read.
        case unsupportedVersion(String)
        /// The CRC does not match (or cannot be read): the code or the text is damaged.
        case damaged
        /// The CRC matches but the payload does not have version 1's 5 data fields.
        case wrongFieldCount(Int)
        /// The payload claims a unit produced before July 2024, which has no QR label.
        case preQRUnit(produced: YearMonth, serial: String)
        /// A field is not valid, or not written in its canonical form.
        case malformedField(Field, String, reason: Message)

        /// The machine spelling of the error (docs/qr-payload.md, "Errors").
        public var code: String {
            switch self {
            case .notRemoPayload: "not-remo-payload"
            case .unsupportedVersion: "unsupported-version"
            case .damaged: "damaged"
            case .wrongFieldCount: "wrong-field-count"
            case .preQRUnit: "pre-qr-unit"
            case .malformedField: "malformed-field"
            }
        }

        public var message: Message {
            switch self {
            case .notRemoPayload(let text):
                PayloadText.notRemoPayload(["text": .text(text.count > 40 ? String(text.prefix(40)) + "…" : text)])
            case .unsupportedVersion(let version):
                PayloadText.unsupportedVersion([
                    "version": .text(version), "supported": .integer(RecorderPayload.version),
                ])
            case .damaged:
                PayloadText.damaged()
            case .wrongFieldCount(let count):
                PayloadText.wrongFieldCount(["count": .integer(count), "expected": .integer(Field.allCases.count)])
            case .preQRUnit(let produced, let serial):
                PayloadText.preQRUnit([
                    "serial": .text(serial), "produced": .month(produced),
                    "first": .month(RecorderPayload.firstQRMonth),
                ])
            case .malformedField(let field, let value, let reason):
                PayloadText.malformedField(["field": .message(field.name), "value": .text(value), "reason": .message(reason)])
            }
        }
    }

    /// The format version this code writes and reads.
    public static let version = 1
    /// The magic first field.
    public static let magic = "REMO"
    /// The first production month whose units carry a QR label (P12).
    public static let firstQRMonth = YearMonth(unchecked: 2024, 7)
    /// The longest payload the field limits allow: 111 characters.
    public static let maximumLength =
        "\(magic):\(version):".count + ModelNumber.lengths.upperBound + 1 + SerialNumber.lengths.upperBound + 1
        + DeviceID.lengths.upperBound + 1 + "YYYY-MM".count + 1 + ClaimCode.length + 1 + 8

    /// The unit.
    public let unit: RecorderUnit
    /// The unit's claim code.
    public let claimCode: ClaimCode

    /// The payload for a unit and its claim code.
    ///
    /// - Throws: ``EncodingError/predatesQR(serial:produced:)`` for a unit produced before July 2024.
    public init(unit: RecorderUnit, claimCode: ClaimCode) throws(EncodingError) {
        guard unit.hasQRLabel else { throw .predatesQR(serial: unit.serial, produced: unit.produced) }
        self.unit = unit
        self.claimCode = claimCode
    }

    /// Reads a payload: the text of a scanned QR code. Leading and trailing white
    /// space (a scanner's newline) is ignored; nothing else is forgiven.
    ///
    /// - Throws: ``ParseError``, the first problem in the order of its cases.
    public init(parsing input: String) throws(ParseError) {
        let text = String(input.trimmingSpaces)
        let prefix = "\(Self.magic):"
        guard text.hasPrefix(prefix) else { throw .notRemoPayload(text) }
        let version = text.dropFirst(prefix.count).prefix { $0 != ":" }
        guard version == "\(Self.version)" else {
            if !version.isEmpty, version.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw .unsupportedVersion(String(version))
            }
            throw .damaged
        }
        guard let lastSeparator = text.lastIndex(of: ":") else { throw .damaged }
        let body = String(text[..<lastSeparator])
        guard text[text.index(after: lastSeparator)...] == CRC32.hex(of: body) else { throw .damaged }

        let fields = body.split(separator: ":", omittingEmptySubsequences: false).dropFirst(2).map(String.init)
        guard fields.count == Field.allCases.count else { throw .wrongFieldCount(fields.count) }

        let produced: YearMonth
        do { produced = try YearMonth(parsing: fields[3]) } catch {
            throw .malformedField(.produced, fields[3], reason: error.message)
        }
        guard produced >= Self.firstQRMonth else { throw .preQRUnit(produced: produced, serial: fields[1]) }
        let model = try Self.read(.model, fields[0]) { (text) throws(ModelNumber.ParseError) in try ModelNumber(text) }
        let serial = try Self.read(.serial, fields[1]) { (text) throws(SerialNumber.ParseError) in
            try SerialNumber(text)
        }
        let deviceID = try Self.read(.deviceID, fields[2]) { (text) throws(DeviceID.ParseError) in try DeviceID(text) }
        let claimCode = try Self.read(.claimCode, fields[4]) { (text) throws(ClaimCode.ParseError) in
            try ClaimCode(text)
        }
        self.unit = RecorderUnit(model: model, serial: serial, deviceID: deviceID, produced: produced)
        self.claimCode = claimCode
    }

    /// A field read by its type, which must also be written in canonical form.
    private static func read<Value: RawRepresentable, Failure: Error & MessageProviding>(
        _ field: Field, _ text: String, _ parse: (String) throws(Failure) -> Value
    ) throws(ParseError) -> Value where Value.RawValue == String {
        let value: Value
        do { value = try parse(text) } catch { throw .malformedField(field, text, reason: error.message) }
        guard value.rawValue == text else {
            throw .malformedField(field, text, reason: PayloadText.fieldNotCanonical(["canonical": .text(value.rawValue)]))
        }
        return value
    }

    /// The payload text to put in the QR code.
    public var text: String {
        let body = [
            Self.magic, "\(Self.version)", unit.model.rawValue, unit.serial.rawValue, unit.deviceID.rawValue,
            unit.produced.description, claimCode.rawValue,
        ].joined(separator: ":")
        return "\(body):\(CRC32.hex(of: body))"
    }

    /// The registration code printed beside the QR code.
    public var registrationCode: RegistrationCode {
        RegistrationCode(serial: unit.serial, claimCode: claimCode)
    }
}

extension RecorderPayload: Codable {
    private enum CodingKeys: String, CodingKey {
        case model, serial, deviceID = "deviceId", produced, claimCode, registrationCode
    }

    /// The fields as docs/cli.md's `remo qr decode --json` shows them; the claim
    /// code canonical, the registration code grouped as printed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit.model, forKey: .model)
        try container.encode(unit.serial, forKey: .serial)
        try container.encode(unit.deviceID, forKey: .deviceID)
        try container.encode(unit.produced, forKey: .produced)
        try container.encode(claimCode, forKey: .claimCode)
        try container.encode(registrationCode.description, forKey: .registrationCode)
    }

    /// Reads the fields back, checking them as ``init(unit:claimCode:)`` does; the
    /// registration code is ignored (it follows from the serial and the claim code).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let unit = RecorderUnit(
            model: try container.decode(ModelNumber.self, forKey: .model),
            serial: try container.decode(SerialNumber.self, forKey: .serial),
            deviceID: try container.decode(DeviceID.self, forKey: .deviceID),
            produced: try container.decode(YearMonth.self, forKey: .produced))
        try self.init(unit: unit, claimCode: try container.decode(ClaimCode.self, forKey: .claimCode))
    }
}
