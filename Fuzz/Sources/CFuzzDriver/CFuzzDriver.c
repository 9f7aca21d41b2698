#include "CFuzzDriver.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

/// Each target defines it (`@_cdecl("LLVMFuzzerTestOneInput")`).
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int CFuzzDriver_run(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
