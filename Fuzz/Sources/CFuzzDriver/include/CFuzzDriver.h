#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer (`LLVMFuzzerRunDriver`, from the toolchain's
/// libclang_rt.fuzzer) over the target's `LLVMFuzzerTestOneInput` with the
/// process's arguments. SwiftPM names an executable's entry `<Module>_main`
/// and points `main` at it, so libFuzzer's own `main` is never linked: each
/// target's entry calls this.
int CFuzzDriver_run(int argc, char **argv);

#endif
