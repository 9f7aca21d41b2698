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

remo_zxing_results *remo_zxing_read(
    const uint8_t *pixels, int width, int height, int rowStride, bool tryHarder, bool isPure) {
    // No C++ exception may cross into Swift.
    try {
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        hints.setTryHarder(tryHarder);
        hints.setTryRotate(tryHarder);
        hints.setTryDownscale(tryHarder);
        hints.setIsPure(isPure);
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

int remo_zxing_result_eci(const remo_zxing_results *results, size_t index) {
    const auto &code = results->codes[index];
    if (!code.hasECI()) return -1;
    // The ECI protocol's stream: a symbology identifier ("]Q2"), then the data,
    // where a backslash and six digits designate an ECI and two backslashes are one.
    const auto stream = code.bytesECI();
    for (size_t i = 3; i + 1 < stream.size(); ++i) {
        if (stream[i] != '\\') continue;
        if (stream[i + 1] == '\\') {
            ++i;
            continue;
        }
        if (i + 6 >= stream.size()) return -1;
        int eci = 0;
        for (size_t digit = i + 1; digit <= i + 6; ++digit) {
            if (stream[digit] < '0' || stream[digit] > '9') return -1;
            eci = eci * 10 + (stream[digit] - '0');
        }
        return eci;
    }
    return -1;
}
