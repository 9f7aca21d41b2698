/// A QR code's error correction level: how much of the symbol may be lost and
/// still be read, traded against how much data fits.
public enum QRErrorCorrection: String, CaseIterable, Codable, Hashable, Sendable {
    /// L: about 7 % of the codewords can be restored; holds the most data.
    case low = "L"
    /// M: about 15 %; remo's default.
    case medium = "M"
    /// Q: about 25 %.
    case quartile = "Q"
    /// H: about 30 %; holds the least data.
    case high = "H"
}
