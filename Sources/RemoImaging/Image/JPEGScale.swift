internal import CTurboJPEG

/// A scaling factor libturbojpeg applies while decoding a JPEG, in the DCT itself:
/// decoding at 1/2 or 1/4 of the size is much faster than decoding at full size
/// and scaling afterwards.
///
/// Only the factors libturbojpeg offers exist (``supported``: n/8 for n = 1 to 16
/// in libjpeg-turbo 2.1); the scaled size of a side is `ceil(side * n / d)`.
///
/// ```swift
/// let loader = ImageLoader(jpegScale: .half)
/// let image = try loader.load(path: "photo.jpg")   // half the width and height
/// ```
public struct JPEGScale: Hashable, Sendable, CustomStringConvertible {
    /// The numerator.
    public let numerator: Int
    /// The denominator.
    public let denominator: Int

    private init(unchecked numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A factor, if libturbojpeg supports it (compared as a fraction: 4/8 is 1/2).
    ///
    /// - Parameters:
    ///   - numerator: the numerator, at least 1.
    ///   - denominator: the denominator, at least 1.
    public init?(numerator: Int, denominator: Int) {
        guard numerator > 0, denominator > 0,
            let match = JPEGScale.supported.first(where: {
                $0.numerator * denominator == numerator * $0.denominator
            })
        else { return nil }
        self = match
    }

    /// No scaling.
    public static let full = JPEGScale(unchecked: 1, 1)
    /// Half the width and height (a quarter of the pixels).
    public static let half = JPEGScale(unchecked: 1, 2)
    /// A quarter of the width and height.
    public static let quarter = JPEGScale(unchecked: 1, 4)
    /// An eighth of the width and height.
    public static let eighth = JPEGScale(unchecked: 1, 8)

    /// Every factor libturbojpeg offers, largest first (from `tjGetScalingFactors`).
    public static let supported: [JPEGScale] = {
        var count: Int32 = 0
        guard let factors = tjGetScalingFactors(&count), count > 0 else { return [.full] }
        return (0..<Int(count)).map { JPEGScale(unchecked: Int(factors[$0].num), Int(factors[$0].denom)) }
            .sorted { $0.numerator * $1.denominator > $1.numerator * $0.denominator }
    }()

    /// The scaled length of a side (libturbojpeg's `TJSCALED`).
    ///
    /// - Parameter side: a width or height in pixels.
    public func scaled(_ side: Int) -> Int {
        (side * numerator + denominator - 1) / denominator
    }

    /// `n/d`.
    public var description: String { "\(numerator)/\(denominator)" }
}
