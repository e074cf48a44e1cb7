// The zero-footprint check's baseline: an empty program, built with the same flags as
// footprint_static.cpp.
int main() { return 0; }
