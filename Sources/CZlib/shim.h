// zlib's raw inflate, for the deflate entries of .xlsx files (`vanban merge`, docs/merge.md).
// Licensed under the Apache License, Version 2.0 (LICENSE).
#include <zlib.h>
