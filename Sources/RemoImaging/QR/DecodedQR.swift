/// A QR code found in an image: what it holds and where it is.
public struct DecodedQR: Hashable, Sendable {
    /// The symbol's data as text: UTF-8 when the bytes are valid UTF-8 (what remo
    /// and phones write), else Shift_JIS when valid (older Japanese encoders), else
    /// ISO 8859-1 (the standard's default). A symbol with an ECI header is
    /// converted by zbar from the declared character set.
    public let text: String
    /// The symbol's data as stored (after any ECI conversion): exact for binary payloads.
    public let bytes: [UInt8]
    /// The symbol's four corners in image pixels, in the symbol's own order:
    /// top-left, top-right, bottom-right, bottom-left as the code is printed (the
    /// finder patterns are at the first, second and fourth). In a photo turned
    /// 90 degrees the first corner is not the image's top-left one.
    public let corners: [PixelPoint]

    /// A decoded symbol.
    public init(text: String, bytes: [UInt8], corners: [PixelPoint]) {
        self.text = text
        self.bytes = bytes
        self.corners = corners
    }
}
