/* Declarations only; libFuzzer provides the definition when fuzzing. */
#include "fuzz_driver.h"
