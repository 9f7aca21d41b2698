/// An 8-bit grey image: what the loaders produce, what the QR decoder reads and
/// what a canvas rasterizes to.
///
/// Pixels are row-major, top row first, one byte per pixel, 0 black and 255 white,
/// with no padding between rows (`pixels.count == width * height`). A value type:
/// copies are cheap until one of them is changed.
public struct GrayImage: Hashable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// `width * height` bytes, row by row from the top.
    public private(set) var pixels: [UInt8]

    /// An image from its pixels.
    ///
    /// - Parameters:
    ///   - width: columns, at least 1.
    ///   - height: rows, at least 1.
    ///   - pixels: exactly `width * height` bytes, row by row from the top.
    /// - Precondition: the sizes agree (a programmer error otherwise).
    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width > 0 && height > 0, "a GrayImage has at least one pixel")
        precondition(pixels.count == width * height, "a GrayImage has width * height pixels")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// An image of one shade.
    ///
    /// - Parameters:
    ///   - width: columns, at least 1.
    ///   - height: rows, at least 1.
    ///   - shade: every pixel's value; white by default.
    public init(width: Int, height: Int, shade: UInt8 = 255) {
        self.init(width: width, height: height, pixels: Array(repeating: shade, count: width * height))
    }

    /// The pixel in column `x`, row `y` (both from 0, top left).
    public subscript(x x: Int, y y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }

    /// The part of the image inside a rectangle, clipped to the image.
    ///
    /// - Parameters:
    ///   - x: the left column.
    ///   - y: the top row.
    ///   - width: columns.
    ///   - height: rows.
    /// - Returns: the crop, or nil when the rectangle and the image do not overlap.
    public func cropped(x: Int, y: Int, width: Int, height: Int) -> GrayImage? {
        let left = max(0, x)
        let top = max(0, y)
        let right = min(self.width, x + width)
        let bottom = min(self.height, y + height)
        guard right > left, bottom > top else { return nil }
        var crop: [UInt8] = []
        crop.reserveCapacity((right - left) * (bottom - top))
        for row in top..<bottom {
            crop.append(contentsOf: pixels[(row * self.width + left)..<(row * self.width + right)])
        }
        return GrayImage(width: right - left, height: bottom - top, pixels: crop)
    }

    /// The image softened by a 3×3 binomial kernel (1 2 1 by 1 2 1, over 16),
    /// edges repeated: takes the edge off JPEG block noise and ringing.
    public func smoothed() -> GrayImage {
        guard width > 1 || height > 1 else { return self }
        let (w, h) = (width, height)
        var across = [UInt16](repeating: 0, count: w * h)
        var out = [UInt8](repeating: 0, count: w * h)
        pixels.withUnsafeBufferPointer { source in
            across.withUnsafeMutableBufferPointer { middle in
                for y in 0..<h {
                    let row = y * w
                    for x in 0..<w {
                        let left = Int(source[row + max(x - 1, 0)])
                        let right = Int(source[row + min(x + 1, w - 1)])
                        middle[row + x] = UInt16(left + 2 * Int(source[row + x]) + right)
                    }
                }
            }
        }
        across.withUnsafeBufferPointer { middle in
            out.withUnsafeMutableBufferPointer { target in
                for y in 0..<h {
                    let up = max(y - 1, 0) * w
                    let row = y * w
                    let down = min(y + 1, h - 1) * w
                    for x in 0..<w {
                        let sum = Int(middle[up + x]) + 2 * Int(middle[row + x]) + Int(middle[down + x])
                        target[row + x] = UInt8((sum + 8) >> 4)
                    }
                }
            }
        }
        return GrayImage(width: w, height: h, pixels: out)
    }

    /// The image turned clockwise by a multiple of 90 degrees.
    ///
    /// - Parameter quarterTurns: how many quarter turns clockwise; negative turns
    ///   counter-clockwise.
    public func rotated(quarterTurns: Int) -> GrayImage {
        switch ((quarterTurns % 4) + 4) % 4 {
        case 1: oriented(.right)
        case 2: oriented(.down)
        case 3: oriented(.left)
        default: self
        }
    }

    /// The image as it is meant to be seen when stored with `orientation` (the
    /// EXIF orientation tag): rotated and mirrored upright.
    ///
    /// - Parameter orientation: how the stored pixels are turned.
    public func oriented(_ orientation: ImageOrientation) -> GrayImage {
        guard orientation != .up else { return self }
        let (w, h) = (width, height)
        let swaps = orientation.swapsAxes
        let outWidth = swaps ? h : w
        let outHeight = swaps ? w : h
        var out = [UInt8](repeating: 0, count: w * h)
        pixels.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                for outY in 0..<outHeight {
                    let row = outY * outWidth
                    for outX in 0..<outWidth {
                        // (x, y): the stored pixel shown at (outX, outY).
                        let (x, y): (Int, Int) =
                            switch orientation {
                            case .up: (outX, outY)
                            case .upMirrored: (w - 1 - outX, outY)
                            case .down: (w - 1 - outX, h - 1 - outY)
                            case .downMirrored: (outX, h - 1 - outY)
                            case .leftMirrored: (outY, outX)
                            case .right: (outY, h - 1 - outX)
                            case .rightMirrored: (w - 1 - outY, h - 1 - outX)
                            case .left: (w - 1 - outY, outX)
                            }
                        target[row + outX] = source[y * w + x]
                    }
                }
            }
        }
        return GrayImage(width: outWidth, height: outHeight, pixels: out)
    }
}
