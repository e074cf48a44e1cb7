// Compile-time benchmark, TU (a): the umbrella header and nothing else.
#include <accelspec/accelspec.hpp>

int main() { return 0; }
