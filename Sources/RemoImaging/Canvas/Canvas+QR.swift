extension Canvas {
    /// A one-page canvas holding a QR symbol on white with its quiet zone: what
    /// `remo qr encode` writes.
    ///
    /// - Parameters:
    ///   - matrix: the symbol.
    ///   - moduleSize: the side of a module in units (pixels in PNG, points in SVG and PDF).
    ///   - quietZone: the light margin on each side, in modules (the standard asks for 4).
    /// - Returns: a canvas `(matrix.size + 2 * quietZone) * moduleSize` units square.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/invalidDrawing`` when the
    ///   module size is not positive, the quiet zone is negative, or the result
    ///   exceeds ``Canvas/maximumSide``.
    public static func qrCode(_ matrix: QRMatrix, moduleSize: Double, quietZone: Int) throws(ImagingError) -> Canvas {
        guard moduleSize > 0 else { throw .invalidDrawing("moduleSize", range: "> 0", value: String(moduleSize)) }
        guard quietZone >= 0 else { throw .invalidDrawing("quietZone", range: "≥ 0", value: String(quietZone)) }
        let side = Double(matrix.size + 2 * quietZone) * moduleSize
        var canvas = try Canvas(width: side, height: side)
        canvas.fillRectangle(x: 0, y: 0, width: side, height: side, color: .white)
        let origin = Double(quietZone) * moduleSize
        canvas.drawQR(matrix, x: origin, y: origin, moduleSize: moduleSize)
        return canvas
    }
}
