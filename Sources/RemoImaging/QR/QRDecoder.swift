import RemoCore
internal import CZBar

/// Finds and reads every QR code in a grey image through zbar.
///
/// A decoder is a small value holding settings; each ``decode(_:)`` call makes
/// its own zbar image scanner and frees it before returning (zbar's handles are
/// not `Sendable`), so one decoder may be used from many tasks at once.
///
/// Only QR codes are looked for (zbar's other symbologies are off), and zbar
/// returns the raw bytes (`ZBAR_CFG_BINARY`; no ECI is reported); ``QRText``
/// explains how they become text.
public struct QRDecoder: Hashable, Sendable {
    /// How zbar looks for codes.
    public struct Settings: Hashable, Sendable {
        /// Scan every `density`-th row and column (zbar's `ZBAR_CFG_X_DENSITY`
        /// and `ZBAR_CFG_Y_DENSITY`); 1, the default, scans every line.
        public var density: Int
        /// Also look for light-on-dark codes when none is found (`ZBAR_CFG_TEST_INVERTED`).
        public var findsInvertedCodes: Bool
        /// When a scan finds no code, scan once more after ``GrayImage/smoothed()``.
        ///
        /// zbar's binarizer trips on JPEG block noise and ringing at the stepped
        /// edges of a code turned about 45 degrees: in remo's round-trip sweep about
        /// 1 in 20 such images (modules of 7 to 8 px, or 3 px, JPEG quality 50 to
        /// 80) read only after smoothing, and every one did then. Costs one more
        /// scan, only for images where nothing was found.
        public var retriesSmoothed: Bool

        /// Settings; the defaults scan every line, look for dark-on-light codes
        /// only, and retry once smoothed.
        public init(density: Int = 1, findsInvertedCodes: Bool = false, retriesSmoothed: Bool = true) {
            self.density = density
            self.findsInvertedCodes = findsInvertedCodes
            self.retriesSmoothed = retriesSmoothed
        }
    }

    /// The settings each scan uses.
    public var settings: Settings

    /// A decoder with `settings`.
    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// Every QR code zbar finds in `image`, in zbar's order.
    ///
    /// - Parameter image: the image to scan.
    /// - Returns: the codes; empty when there are none.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/scanFailed`` when zbar
    ///   cannot make a scanner or refuses the image.
    public func decode(_ image: GrayImage) throws(ImagingError) -> [DecodedQR] {
        guard let scanner = zbar_image_scanner_create() else {
            throw .scanFailed(ImagingText.reasonNoScanner())
        }
        defer { zbar_image_scanner_destroy(scanner) }
        // Debian's zbar sends every result over D-Bus by default (and prints an
        // error on stderr where there is no bus): off.
        zbar_image_scanner_request_dbus(scanner, 0)
        let density = Int32(max(1, settings.density))
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0)
        zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1)
        zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1)
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_X_DENSITY, density)
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_Y_DENSITY, density)
        zbar_image_scanner_set_config(
            scanner, ZBAR_NONE, ZBAR_CFG_TEST_INVERTED, settings.findsInvertedCodes ? 1 : 0)

        let codes = try QRDecoder.scan(image, with: scanner)
        guard codes.isEmpty, settings.retriesSmoothed else { return codes }
        return try QRDecoder.scan(image.smoothed(), with: scanner)
    }

    /// One zbar pass over `image` with `scanner`.
    private static func scan(_ image: GrayImage, with scanner: OpaquePointer) throws(ImagingError) -> [DecodedQR] {
        guard let zbarImage = zbar_image_create() else {
            throw .scanFailed(ImagingText.reasonNoZbarImage())
        }
        defer { zbar_image_destroy(zbarImage) }
        zbar_image_set_format(zbarImage, remo_zbar_fourcc_y800())
        zbar_image_set_size(zbarImage, UInt32(image.width), UInt32(image.height))

        return try image.pixels.withUnsafeBufferPointer { (pixels) throws(ImagingError) -> [DecodedQR] in
            // zbar borrows the pixels only for this closure; the pointer is cleared before it returns.
            zbar_image_set_data(zbarImage, pixels.baseAddress, UInt(pixels.count), nil)
            defer { zbar_image_set_data(zbarImage, nil, 0, nil) }
            guard zbar_scan_image(scanner, zbarImage) >= 0 else {
                throw .scanFailed(ImagingText.reasonImageRefused(["width": .integer(image.width), "height": .integer(image.height)]))
            }
            var codes: [DecodedQR] = []
            var symbol = zbar_image_first_symbol(zbarImage)
            while let current = symbol {
                defer { symbol = zbar_symbol_next(current) }
                guard zbar_symbol_get_type(current) == ZBAR_QRCODE else { continue }
                codes.append(QRDecoder.code(from: current))
            }
            return codes
        }
    }

    /// Copies a zbar symbol's data and corners into Swift values.
    private static func code(from symbol: OpaquePointer) -> DecodedQR {
        let length = Int(zbar_symbol_get_data_length(symbol))
        let bytes: [UInt8] =
            if let data = zbar_symbol_get_data(symbol), length > 0 {
                UnsafeRawBufferPointer(start: data, count: length).map { $0 }
            } else {
                []
            }
        // zbar lists a QR code's corners as top-left, bottom-left, bottom-right,
        // top-right of the symbol; remo reports them clockwise from top-left.
        let count = Int(zbar_symbol_get_loc_size(symbol))
        var points = (0..<count).map {
            PixelPoint(x: Int(zbar_symbol_get_loc_x(symbol, UInt32($0))), y: Int(zbar_symbol_get_loc_y(symbol, UInt32($0))))
        }
        if points.count == 4 { points = [points[0], points[3], points[2], points[1]] }
        return DecodedQR(bytes: bytes, reading: QRText(bytes: bytes), corners: points)
    }
}
