# Warning flags for the project's own targets (never imposed on consumers of the library).
option(ACCELSPEC_WERROR "Treat warnings as errors in the project's own targets" ${ACCELSPEC_IS_TOP_LEVEL})
add_library(accelspec_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(accelspec_warnings INTERFACE -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion
    $<$<BOOL:${ACCELSPEC_WERROR}>:-Werror>)
  # GCC 12 reports a false -Wrestrict inside libstdc++'s operator+(const char*, std::string&&)
  # at -O2 and above (GCC bug 105329, fixed in GCC 13).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(accelspec_warnings INTERFACE -Wno-restrict)
  endif()
elseif(MSVC)
  target_compile_options(accelspec_warnings INTERFACE /W4 /permissive- $<$<BOOL:${ACCELSPEC_WERROR}>:/WX>)
endif()
