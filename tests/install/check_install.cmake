cmake_minimum_required(VERSION 3.25)
# Installs the build into PREFIX and checks the installed files work.
# What the install rules copy (the command, its man page and completion) is built first, by the one
# target the demo preset builds (`demo`): `cmake --workflow --preset demo` then `cmake --install
# build/demo` must work, and a CI step may have built only the test folders' targets, not `all`.
# The generated files are removed first, so that a leftover from another build cannot pass for them.
file(REMOVE "${BUILD_DIR}/accelspec.1" "${BUILD_DIR}/accelspec.bash-completion")
execute_process(COMMAND ${CMAKE_COMMAND} --build "${BUILD_DIR}" --target demo --config "${CONFIG}"
  RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building the target demo (the demo preset's build) failed: ${rc}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}" --config "${CONFIG}"
  RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
# The cli component alone installs the command without the headers.
file(REMOVE_RECURSE "${PREFIX}-cli")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}-cli" --component cli
  --config "${CONFIG}" RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0 OR NOT EXISTS "${PREFIX}-cli/bin/accelspec${CMAKE_EXECUTABLE_SUFFIX}" OR
   EXISTS "${PREFIX}-cli/include/accelspec/accelspec.hpp")
  message(FATAL_ERROR "the cli component must install bin/accelspec and no headers")
endif()
execute_process(COMMAND "${PREFIX}/bin/accelspec" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "accelspec ${VERSION}\n")
  message(FATAL_ERROR "installed accelspec --version: status ${rc}, output '${out}'")
endif()
foreach(f share/man/man1/accelspec.1 share/doc/accelspec/schemas/classify.json share/bash-completion/completions/accelspec share/pkgconfig/accelspec.pc
          include/accelspec/accelspec.hpp share/cmake/accelspec/accelspec-config.cmake)
  if(NOT EXISTS "${PREFIX}/${f}")
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
file(READ "${PREFIX}/share/man/man1/accelspec.1" man)
if(NOT man MATCHES "^\\.TH ACCELSPEC 1" OR NOT man MATCHES "\n\\.SS classify\n")
  message(FATAL_ERROR "the man page is not accelspec(1) with every command")
endif()
file(READ "${PREFIX}/share/bash-completion/completions/accelspec" completion)
if(NOT completion MATCHES "complete -F _accelspec accelspec" OR NOT completion MATCHES "nvidia-h20")
  message(FATAL_ERROR "the bash completion lacks its command or the chip ids")
endif()
file(READ "${PREFIX}/share/pkgconfig/accelspec.pc" pc)
if(NOT pc MATCHES "Version: ${VERSION}\n" OR NOT pc MATCHES "Cflags: -I\\\${includedir} -std=c\\+\\+20")
  message(FATAL_ERROR "accelspec.pc: ${pc}")
endif()
find_program(PKG_CONFIG pkg-config)
if(PKG_CONFIG)
  set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")
  execute_process(COMMAND "${PKG_CONFIG}" --cflags accelspec RESULT_VARIABLE rc OUTPUT_VARIABLE cflags)
  string(STRIP "${cflags}" cflags)
  string(REGEX REPLACE "^-I([^ ]*) .*" "\\1" inc "${cflags}")
  if(NOT rc EQUAL 0 OR NOT EXISTS "${inc}/accelspec/accelspec.hpp")
    message(FATAL_ERROR "pkg-config --cflags accelspec gives '${cflags}': no accelspec/accelspec.hpp there")
  endif()
endif()
message(STATUS "installed and checked: ${PREFIX}")
