public import RemoCore
public import RemoImaging

/// What one recorder label shows: the unit's QR code (the version 1 payload at
/// error correction level M) and, for people, the model, the serial number and
/// the registration code.
public struct LabelContent: Hashable, Sendable {
    /// The payload the QR code holds.
    public let payload: RecorderPayload
    /// The QR symbol of ``payload``.
    public let matrix: QRMatrix

    /// The error correction level labels use: M (15 % of the symbol may be
    /// damaged), which keeps every payload within version 5 (docs/qr-payload.md).
    public static let errorCorrection = QRErrorCorrection.medium

    /// A label's content; encodes the payload.
    ///
    /// - Throws: ``RemoImaging/ImagingError`` when libqrencode fails (it cannot for a valid payload).
    public init(payload: RecorderPayload) throws(ImagingError) {
        self.payload = payload
        self.matrix = try QREncoder.encode(payload.text, errorCorrection: LabelContent.errorCorrection)
    }

    /// The model number as printed.
    public var model: String { payload.unit.model.rawValue }
    /// The serial number as printed.
    public var serial: String { payload.unit.serial.rawValue }
    /// The registration code as printed, grouped: `AB1234567-28T5-CY4T-QKFF-C0`.
    public var registrationCode: String { payload.registrationCode.description }
}
