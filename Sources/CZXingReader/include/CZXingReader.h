#ifndef CZXINGREADER_H
#define CZXINGREADER_H
// A C interface to zxing-cpp's QR reader (Debian's libzxing 1.4, C++), so that
// Swift imports it as plain C: no module of remo, nor of a package that depends
// on remo, is compiled with C++ interoperability. Implemented in ZXingReader.cpp.

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The QR codes read in one image, only those read without error; freed with
/// `remo_zxing_results_free`.
typedef struct remo_zxing_results remo_zxing_results;

/// Reads the QR codes in an 8-bit grey image (`rowStride` bytes a row, 0 black);
/// `tryHarder` is zxing-cpp's thorough mode (also turned and downscaled);
/// `isPure` reads an image that holds one upright symbol and nothing else
/// (zxing-cpp's pure-barcode detector: any module size from 1 px, no quiet zone).
/// Returns NULL when zxing-cpp failed (it threw: out of memory).
remo_zxing_results *remo_zxing_read(
    const uint8_t *pixels, int width, int height, int rowStride, bool tryHarder, bool isPure);

/// Frees what `remo_zxing_read` returned.
void remo_zxing_results_free(remo_zxing_results *results);

/// How many codes were read.
size_t remo_zxing_results_count(const remo_zxing_results *results);

/// How many bytes code `index`'s symbol holds.
size_t remo_zxing_result_byte_count(const remo_zxing_results *results, size_t index);

/// Copies code `index`'s bytes (`remo_zxing_result_byte_count` of them) to `out`.
void remo_zxing_result_copy_bytes(const remo_zxing_results *results, size_t index, uint8_t *out);

/// Corner `corner` of code `index` (0 top-left, 1 top-right, 2 bottom-right,
/// 3 bottom-left of the symbol): its x when `vertical` is false, else its y.
int remo_zxing_result_corner(const remo_zxing_results *results, size_t index, int corner, bool vertical);

/// The ECI the symbol of code `index` declares for its first segment (26 UTF-8,
/// 20 Shift_JIS, 3 ISO 8859-1...), or -1 when it declares none.
int remo_zxing_result_eci(const remo_zxing_results *results, size_t index);

#ifdef __cplusplus
}
#endif
#endif
