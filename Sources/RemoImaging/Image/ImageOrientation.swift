/// How a photo's stored pixels are turned relative to how it is meant to be seen:
/// the EXIF orientation tag (0x0112), values 1 to 8.
///
/// Phones store the sensor's rows as they come and record the turn here; the JPEG
/// loader reads the tag and applies it (``GrayImage/oriented(_:)``). libheif
/// applies HEIF's own rotation and mirroring boxes itself.
public enum ImageOrientation: Int, CaseIterable, Hashable, Sendable {
    /// 1: stored upright.
    case up = 1
    /// 2: mirrored left to right.
    case upMirrored = 2
    /// 3: upside down (turned 180 degrees).
    case down = 3
    /// 4: mirrored top to bottom.
    case downMirrored = 4
    /// 5: transposed (mirrored across the top-left to bottom-right diagonal).
    case leftMirrored = 5
    /// 6: must be turned 90 degrees clockwise to be upright (a phone held upright).
    case right = 6
    /// 7: transversed (mirrored across the top-right to bottom-left diagonal).
    case rightMirrored = 7
    /// 8: must be turned 90 degrees counter-clockwise to be upright.
    case left = 8

    /// Whether showing the image upright swaps its width and height.
    public var swapsAxes: Bool { rawValue >= 5 }
}
