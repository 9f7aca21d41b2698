#ifndef CZXing_SHIM_H
#define CZXing_SHIM_H
// zxing-cpp is C++: only CZXingReader's C++ source includes its headers, and
// Swift sees zxing-cpp only through CZXingReader's C functions. This module map
// brings the library (pkg-config zxing: its include path and -lZXing).
#ifdef __cplusplus
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>
#endif
#endif
