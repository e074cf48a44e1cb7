// A check that stays on in every build of a fuzz target: a broken invariant is a crash that
// libFuzzer reports with the input that caused it.
#pragma once

#include <cstdio>
#include <cstdlib>

#define ACCELSPEC_FUZZ_CHECK(...)                                                                   \
  do {                                                                                              \
    if (!(__VA_ARGS__)) {                                                                           \
      std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", __FILE__, __LINE__, #__VA_ARGS__); \
      std::abort();                                                                                 \
    }                                                                                               \
  } while (false)
