import Foundation
import RemoImaging

/// Test-side image warps that imitate a camera: turning by any angle with
/// anti-aliasing (supersampled bilinear), and padding. (A camera's soft optics:
/// ``GrayImage/smoothed()``.)
enum Warp {
    /// `image` turned clockwise by `degrees` about its centre, on a white
    /// background large enough to hold it all.
    static func rotated(_ image: GrayImage, degrees: Double) -> GrayImage {
        let radians = degrees * .pi / 180
        let (cosine, sine) = (cos(radians), sin(radians))
        let width = Double(image.width)
        let height = Double(image.height)
        let outWidth = Int((abs(width * cosine) + abs(height * sine)).rounded(.up)) + 2
        let outHeight = Int((abs(width * sine) + abs(height * cosine)).rounded(.up)) + 2
        let (centreX, centreY) = (width / 2, height / 2)
        let (outCentreX, outCentreY) = (Double(outWidth) / 2, Double(outHeight) / 2)
        let samples = 3  // per axis, per output pixel
        var pixels = [UInt8](repeating: 255, count: outWidth * outHeight)
        for y in 0..<outHeight {
            for x in 0..<outWidth {
                var total = 0.0
                for sy in 0..<samples {
                    for sx in 0..<samples {
                        let dx = Double(x) + (Double(sx) + 0.5) / Double(samples) - outCentreX
                        let dy = Double(y) + (Double(sy) + 0.5) / Double(samples) - outCentreY
                        // Inverse rotation: where this output point comes from.
                        let u = dx * cosine + dy * sine + centreX - 0.5
                        let v = -dx * sine + dy * cosine + centreY - 0.5
                        total += bilinear(image, u, v)
                    }
                }
                pixels[y * outWidth + x] = UInt8((total / Double(samples * samples)).rounded())
            }
        }
        return GrayImage(width: outWidth, height: outHeight, pixels: pixels)
    }

    /// `image` with `margin` white pixels on every side.
    static func padded(_ image: GrayImage, margin: Int) -> GrayImage {
        var out = GrayImage(width: image.width + 2 * margin, height: image.height + 2 * margin)
        for y in 0..<image.height {
            for x in 0..<image.width { out[x: x + margin, y: y + margin] = image[x: x, y: y] }
        }
        return out
    }

    private static func bilinear(_ image: GrayImage, _ u: Double, _ v: Double) -> Double {
        let x0 = Int(u.rounded(.down))
        let y0 = Int(v.rounded(.down))
        let fx = u - Double(x0)
        let fy = v - Double(y0)
        func at(_ x: Int, _ y: Int) -> Double {
            guard x >= 0, y >= 0, x < image.width, y < image.height else { return 255 }
            return Double(image[x: x, y: y])
        }
        let top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx
        let bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx
        return top * (1 - fy) + bottom * fy
    }
}
