public import RemoCore

/// A QR code found in an image: what it holds and where it is.
public struct DecodedQR: Hashable, Sendable {
    /// The symbol's data as stored: exact for binary payloads.
    public let bytes: [UInt8]
    /// The data as text, or why there is none (``QRText``'s rules).
    public let reading: QRText
    /// The symbol's four corners in image pixels, in the symbol's own order:
    /// top-left, top-right, bottom-right, bottom-left as the code is printed (the
    /// finder patterns are at the first, second and fourth). In a photo turned
    /// 90 degrees the first corner is not the image's top-left one.
    public let corners: [PixelPoint]

    /// A decoded symbol.
    public init(bytes: [UInt8], reading: QRText, corners: [PixelPoint]) {
        self.bytes = bytes
        self.reading = reading
        self.corners = corners
    }

    /// The data as text; nil when its character set is not sure (``QRText/undecided(guesses:)``).
    public var text: String? { reading.text }

    /// Why there is no text, for people; nil when there is.
    public var whyNoText: Message? { reading.whyNoText(bytes: bytes.count) }

    /// The same symbol with its corners at `corners`.
    func with(corners: [PixelPoint]) -> DecodedQR {
        DecodedQR(bytes: bytes, reading: reading, corners: corners)
    }
}
