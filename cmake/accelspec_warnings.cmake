# Warning flags for the project's own targets (never imposed on consumers of the library).
add_library(accelspec_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(accelspec_warnings INTERFACE -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion
    $<$<BOOL:${ACCELSPEC_WERROR}>:-Werror>)
elseif(MSVC)
  target_compile_options(accelspec_warnings INTERFACE /W4 /permissive- $<$<BOOL:${ACCELSPEC_WERROR}>:/WX>)
endif()
option(ACCELSPEC_WERROR "Treat warnings as errors in the project's own targets" ${ACCELSPEC_IS_TOP_LEVEL})
