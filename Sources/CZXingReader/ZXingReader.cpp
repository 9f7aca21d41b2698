// zxing-cpp behind CZXingReader.h's C functions: the only C++ remo compiles.
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "CZXingReader.h"

struct remo_zxing_results {
    std::vector<ZXing::Result> codes;
};

remo_zxing_results *remo_zxing_read(const uint8_t *pixels, int width, int height, int rowStride, bool tryHarder) {
    // No C++ exception may cross into Swift.
    try {
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        hints.setTryHarder(tryHarder);
        hints.setTryRotate(tryHarder);
        hints.setTryDownscale(tryHarder);
        const ZXing::ImageView view(pixels, width, height, ZXing::ImageFormat::Lum, rowStride);
        auto results = std::make_unique<remo_zxing_results>();
        for (auto &result : ZXing::ReadBarcodes(view, hints)) {
            if (result.isValid() && result.format() == ZXing::BarcodeFormat::QRCode) {
                results->codes.push_back(std::move(result));
            }
        }
        return results.release();
    } catch (...) {
        return nullptr;
    }
}

void remo_zxing_results_free(remo_zxing_results *results) { delete results; }

size_t remo_zxing_results_count(const remo_zxing_results *results) { return results->codes.size(); }

size_t remo_zxing_result_byte_count(const remo_zxing_results *results, size_t index) {
    return results->codes[index].bytes().size();
}

void remo_zxing_result_copy_bytes(const remo_zxing_results *results, size_t index, uint8_t *out) {
    const auto &bytes = results->codes[index].bytes();
    std::copy(bytes.begin(), bytes.end(), out);
}

int remo_zxing_result_corner(const remo_zxing_results *results, size_t index, int corner, bool vertical) {
    const auto point = results->codes[index].position()[corner];
    return vertical ? point.y : point.x;
}
