#ifndef CZXing_SHIM_H
#define CZXing_SHIM_H
// zxing-cpp is C++: only a module compiled with C++ interoperability (RemoZXing)
// sees it. Others that load this module map transitively see nothing.
#ifdef __cplusplus
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

/// Hints for QR codes only. The hints' setters return a reference to the hints,
/// which Swift cannot import; this sets them in C++.
static inline ZXing::DecodeHints remo_zxing_qr_hints(bool tryHarder) {
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(tryHarder);
    hints.setTryRotate(tryHarder);
    hints.setTryDownscale(tryHarder);
    return hints;
}

/// The QR codes zxing-cpp reads in an 8-bit grey image (`rowStride` bytes a row).
static inline ZXing::Results remo_zxing_read(const uint8_t* pixels, int width, int height, int rowStride, bool tryHarder) {
    ZXing::ImageView view(pixels, width, height, ZXing::ImageFormat::Lum, rowStride);
    return ZXing::ReadBarcodes(view, remo_zxing_qr_hints(tryHarder));
}

/// Whether a result is a QR code read without error.
static inline bool remo_zxing_is_valid(const ZXing::Result& result) {
    return result.isValid() && result.format() == ZXing::BarcodeFormat::QRCode;
}

/// How many bytes a result's symbol holds.
static inline size_t remo_zxing_byte_count(const ZXing::Result& result) { return result.bytes().size(); }

/// Copies a result's bytes (`remo_zxing_byte_count` of them) to `out`.
static inline void remo_zxing_copy_bytes(const ZXing::Result& result, uint8_t* out) {
    const auto& bytes = result.bytes();
    std::copy(bytes.begin(), bytes.end(), out);
}

/// Corner `index` (0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left of the
/// symbol), its x when `vertical` is false, else its y.
static inline int remo_zxing_corner(const ZXing::Result& result, int index, bool vertical) {
    const auto point = result.position()[index];
    return vertical ? point.y : point.x;
}
#endif
#endif
