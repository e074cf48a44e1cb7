# Compiles host_constexpr.cu with nvcc and runs it; fails on any compile diagnostic treated as an
# error, a non-zero exit status, or output without the values computed at compile time.
set(_cmd "${NVCC}" -std=c++20 --expt-relaxed-constexpr -Werror all-warnings -Xcompiler -Wall,-Wextra,-Werror
         "-I${INCLUDE}" "${SOURCE}" -o "${BINARY}")
if(HOST_CXX)
  list(APPEND _cmd -ccbin "${HOST_CXX}")
endif()
execute_process(COMMAND ${_cmd} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "nvcc failed (${_rc}):\n${_out}")
endif()
execute_process(COMMAND "${BINARY}" RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
message("${_out}")
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "host_constexpr exited with ${_rc}")
endif()
if(NOT _out MATCHES "H20 TPP 2368, H100 ECCN 3A090\\.a")
  message(FATAL_ERROR "host_constexpr printed unexpected output")
endif()
