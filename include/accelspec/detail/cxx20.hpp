// The one check of the language standard, included first by every public header: accelspec is
// C++20 (concepts, consteval, <compare>, designated initializers), and a compiler in an older mode
// should say so once, before anything else, rather than hundreds of errors about the code after.
#pragma once

#if defined(_MSVC_LANG) && _MSVC_LANG > __cplusplus
#define ACCELSPEC_CPLUSPLUS _MSVC_LANG
#else
#define ACCELSPEC_CPLUSPLUS __cplusplus
#endif

#if ACCELSPEC_CPLUSPLUS < 202002L
#error \
    "accelspec needs C++20 or later: compile with -std=c++20 (MSVC: /std:c++20); CMake users get it from target accelspec::accelspec"
#endif
