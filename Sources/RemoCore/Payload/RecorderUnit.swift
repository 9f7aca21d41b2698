/// A recorder (edge storage unit) as the warehouse knows it: the fields of a
/// units CSV row and of the QR payload, without the claim code.
public struct RecorderUnit: Hashable, Sendable, Codable {
    /// Why the fields of a unit are not valid: the field's own error.
    public enum ParseError: Error, Hashable, Sendable, MessageProviding {
        /// The model number is not valid.
        case model(ModelNumber.ParseError)
        /// The serial number is not valid.
        case serial(SerialNumber.ParseError)
        /// The device ID is not valid.
        case deviceID(DeviceID.ParseError)
        /// The production month is not a `YYYY-MM` month.
        case produced(CalendarDate.ParseError)

        public var message: Message {
            switch self {
            case .model(let error): error.message
            case .serial(let error): error.message
            case .deviceID(let error): error.message
            case .produced(let error): error.message
            }
        }
    }

    /// The model number.
    public let model: ModelNumber
    /// The serial number.
    public let serial: SerialNumber
    /// The device ID.
    public let deviceID: DeviceID
    /// The production month, from the warehouse manifest (never from the serial).
    public let produced: YearMonth

    /// A unit from its validated fields.
    public init(model: ModelNumber, serial: SerialNumber, deviceID: DeviceID, produced: YearMonth) {
        self.model = model
        self.serial = serial
        self.deviceID = deviceID
        self.produced = produced
    }

    /// A unit from text fields (a CSV row, command-line options), each read as its
    /// type reads typed input; `produced` is `YYYY-MM`.
    ///
    /// - Throws: ``ParseError`` for the first field that is not valid.
    public init(model: String, serial: String, deviceID: String, produced: String) throws(ParseError) {
        do { self.model = try ModelNumber(model) } catch { throw .model(error) }
        do { self.serial = try SerialNumber(serial) } catch { throw .serial(error) }
        do { self.deviceID = try DeviceID(deviceID) } catch { throw .deviceID(error) }
        do { self.produced = try YearMonth(parsing: String(produced.trimmingSpaces)) } catch { throw .produced(error) }
    }

    /// Whether the unit carries a QR label: produced in July 2024 or later (P12).
    public var hasQRLabel: Bool { produced >= RecorderPayload.firstQRMonth }

    private enum CodingKeys: String, CodingKey {
        case model, serial, deviceID = "deviceId", produced
    }
}
