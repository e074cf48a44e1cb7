# cmake -DSOURCE=DIR -DBINARY=DIR -P build_page.cmake: builds the interactive page as the README
# says (the web preset: emscripten's toolchain, MinSizeRel), in BINARY instead of build/web.
foreach(_step "--preset;web;-B;${BINARY}" "--build;${BINARY}")
  execute_process(COMMAND "${CMAKE_COMMAND}" ${_step} WORKING_DIRECTORY "${SOURCE}" RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "cmake ${_step}: failed (${_rc})")
  endif()
endforeach()
if(NOT EXISTS "${BINARY}/accelspec.html")
  message(FATAL_ERROR "the build wrote no ${BINARY}/accelspec.html")
endif()
file(SIZE "${BINARY}/accelspec.html" _size)
message(STATUS "accelspec.html: ${_size} bytes")
