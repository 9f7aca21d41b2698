#ifndef CZBar_SHIM_H
#define CZBar_SHIM_H
#include <zbar.h>

/// `zbar_fourcc` is a function-like macro, which Swift cannot import.
/// Y800 (8-bit grey) is the only format remo hands to zbar.
static inline unsigned long remo_zbar_fourcc_y800(void) {
    return zbar_fourcc('Y', '8', '0', '0');
}
#endif
