#ifndef VANBAN_FUZZ_DRIVER_H
#define VANBAN_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/* libFuzzer's entry point for programs that have their own main (LLVM >= 11). Only referenced when
   VanBanFuzz is built with -sanitize=fuzzer -DFUZZING (docs/fuzzing.md). */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
