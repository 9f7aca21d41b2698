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
}
