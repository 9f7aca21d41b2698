/// Image preparations the photo decoder escalates through.
extension GrayImage {
    /// The image at twice the width and height, bilinear: zbar reads modules of
    /// 2 to 3 pixels poorly and modules of 4 to 6 well.
    public func upscaled() -> GrayImage {
        let (w, h) = (width, height)
        let (outWidth, outHeight) = (2 * w, 2 * h)
        var out = [UInt8](repeating: 0, count: outWidth * outHeight)
        pixels.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                for outY in 0..<outHeight {
                    // Output pixel centres at (outY + 0.5) / 2 - 0.5 in source rows: quarter steps.
                    let position = max(0, 2 * outY - 1)  // in quarter pixels, times 2
                    let y0 = min(position / 4, h - 1)
                    let y1 = min(y0 + 1, h - 1)
                    let fy = position % 4
                    for outX in 0..<outWidth {
                        let xPosition = max(0, 2 * outX - 1)
                        let x0 = min(xPosition / 4, w - 1)
                        let x1 = min(x0 + 1, w - 1)
                        let fx = xPosition % 4
                        let top = Int(source[y0 * w + x0]) * (4 - fx) + Int(source[y0 * w + x1]) * fx
                        let bottom = Int(source[y1 * w + x0]) * (4 - fx) + Int(source[y1 * w + x1]) * fx
                        target[outY * outWidth + outX] = UInt8((top * (4 - fy) + bottom * fy + 8) / 16)
                    }
                }
            }
        }
        return GrayImage(width: outWidth, height: outHeight, pixels: out)
    }

    /// The image in black and white against its local light: each pixel compared
    /// with the mean of the square around it (side `window`, clipped at the
    /// edges), black when darker than that mean by more than `offset`. Undoes
    /// uneven light, shadows and veils of glare that a single threshold cannot.
    public func binarized(window: Int? = nil, offset: Int = 4) -> GrayImage {
        let (w, h) = (width, height)
        let side = window ?? max(15, min(w, h) / 8) | 1
        let radius = side / 2
        // An integral image: sums of every rectangle from the top-left corner.
        var integral = [Int32](repeating: 0, count: (w + 1) * (h + 1))
        var out = [UInt8](repeating: 255, count: w * h)
        pixels.withUnsafeBufferPointer { source in
            integral.withUnsafeMutableBufferPointer { sums in
                for y in 0..<h {
                    var row: Int32 = 0
                    for x in 0..<w {
                        row += Int32(source[y * w + x])
                        sums[(y + 1) * (w + 1) + x + 1] = sums[y * (w + 1) + x + 1] + row
                    }
                }
                out.withUnsafeMutableBufferPointer { target in
                    for y in 0..<h {
                        let top = max(0, y - radius)
                        let bottom = min(h, y + radius + 1)
                        for x in 0..<w {
                            let left = max(0, x - radius)
                            let right = min(w, x + radius + 1)
                            let sum =
                                sums[bottom * (w + 1) + right] - sums[top * (w + 1) + right]
                                - sums[bottom * (w + 1) + left] + sums[top * (w + 1) + left]
                            let count = Int32((bottom - top) * (right - left))
                            if (Int32(source[y * w + x]) + Int32(offset)) * count < sum { target[y * w + x] = 0 }
                        }
                    }
                }
            }
        }
        return GrayImage(width: w, height: h, pixels: out)
    }

    /// The rectangle from (`x`, `y`), `width` × `height` (clipped to the image),
    /// halved `halvings` times each way: each pixel the mean of a 2 × 2 square
    /// (an odd last column or row is repeated). zbar reads a code of large
    /// modules as well, and several times faster, at 4 pixels a module.
    ///
    /// - Returns: nil when the rectangle and the image do not overlap.
    public func shrunk(halvings: Int, x: Int, y: Int, width: Int, height: Int) -> GrayImage? {
        let left = max(0, x)
        let top = max(0, y)
        let right = min(self.width, x + width)
        let bottom = min(self.height, y + height)
        guard right > left, bottom > top else { return nil }
        guard halvings > 0 else { return cropped(x: left, y: top, width: right - left, height: bottom - top) }
        var image = halved(left: left, top: top, right: right, bottom: bottom)
        for _ in 1..<halvings { image = image.halved(left: 0, top: 0, right: image.width, bottom: image.height) }
        return image
    }

    /// The columns `left..<right` of rows `top..<bottom` at half the size.
    ///
    /// Sixteen output pixels at a time: 32 bytes of each row read as sixteen
    /// 16-bit words hold a pair of neighbours each (low byte, high byte).
    private func halved(left: Int, top: Int, right: Int, bottom: Int) -> GrayImage {
        let outWidth = (right - left + 1) / 2
        let outHeight = (bottom - top + 1) / 2
        var out = [UInt8](repeating: 0, count: outWidth * outHeight)
        let width = self.width
        pixels.withUnsafeBufferPointer { source in
            let base = UnsafeRawPointer(source.baseAddress!)
            out.withUnsafeMutableBufferPointer { target in
                for outY in 0..<outHeight {
                    let row0 = (top + 2 * outY) * width
                    let row1 = min(top + 2 * outY + 1, bottom - 1) * width
                    var column = 0
                    // Whole pairs, sixteen output pixels at a time.
                    while column + 16 <= (right - left) / 2 {
                        let x = left + 2 * column
                        let a = base.loadUnaligned(fromByteOffset: row0 + x, as: SIMD16<UInt16>.self)
                        let b = base.loadUnaligned(fromByteOffset: row1 + x, as: SIMD16<UInt16>.self)
                        let sum = (a & 0xFF) &+ (a &>> 8) &+ (b & 0xFF) &+ (b &>> 8) &+ 2
                        let means = SIMD16<UInt8>(truncatingIfNeeded: sum &>> 2)
                        UnsafeMutableRawPointer(target.baseAddress!).storeBytes(
                            of: means, toByteOffset: outY * outWidth + column, as: SIMD16<UInt8>.self)
                        column += 16
                    }
                    while column < outWidth {
                        let x0 = left + 2 * column
                        let x1 = min(x0 + 1, right - 1)
                        let sum =
                            Int(source[row0 + x0]) + Int(source[row0 + x1]) + Int(source[row1 + x0])
                            + Int(source[row1 + x1])
                        target[outY * outWidth + column] = UInt8((sum + 2) / 4)
                        column += 1
                    }
                }
            }
        }
        return GrayImage(width: outWidth, height: outHeight, pixels: out)
    }
}

/// Preparations for a small image read whole (``QRPhotoDecoder``'s first stage).
extension GrayImage {
    /// The image with every shade turned over: light modules on dark read as dark on light.
    ///
    /// A copy turned over in place, a loop the compiler vectorizes (a `map`
    /// over a 12-megapixel photo took about three times as long).
    public func inverted() -> GrayImage {
        var turned = pixels
        turned.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices { buffer[index] = ~buffer[index] }
        }
        return GrayImage(width: width, height: height, pixels: turned)
    }

    /// The image inside a frame `border` pixels wide of `shade`, then `factor`
    /// times larger each way (each pixel a `factor`-pixel square): a symbol cut
    /// at its edge gets a quiet zone, and modules of 1 or 2 pixels become large
    /// enough for zbar.
    public func framed(border: Int, shade: UInt8 = 255, enlargedBy factor: Int = 1) -> GrayImage {
        let (framedWidth, framedHeight) = (width + 2 * border, height + 2 * border)
        let (outWidth, outHeight) = (framedWidth * factor, framedHeight * factor)
        var out = [UInt8](repeating: shade, count: outWidth * outHeight)
        for y in 0..<height {
            for x in 0..<width {
                let value = pixels[y * width + x]
                let (left, top) = ((x + border) * factor, (y + border) * factor)
                for dy in 0..<factor {
                    let row = (top + dy) * outWidth + left
                    for dx in 0..<factor { out[row + dx] = value }
                }
            }
        }
        return GrayImage(width: outWidth, height: outHeight, pixels: out)
    }
}
