# Configures, builds and runs one consumer project in a fresh build folder, as a user would.
#   cmake -DPROJECT=<consumer dir> -DBINARY=<build dir> -DGENERATOR=... -DMAKE_PROGRAM=... -DCXX=...
#         -DARGS=<;-list of -D options> -DEXPECT=<regex the program's output must match> -P run_consumer.cmake
# With -DINSTALL_FROM=<accelspec source> it instead installs accelspec into BINARY/prefix.
cmake_minimum_required(VERSION 3.25)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "consumer: '${cmd}' failed (${rc}):\n${out}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

set(generator_args -G "${GENERATOR}")
if(MAKE_PROGRAM)
  list(APPEND generator_args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()

file(REMOVE_RECURSE "${BINARY}")

if(INSTALL_FROM)
  # A plain build of the library alone (no tests, no CLI), installed into a private prefix.
  run("${CMAKE_COMMAND}" -S "${INSTALL_FROM}" -B "${BINARY}/build" ${generator_args}
      "-DCMAKE_CXX_COMPILER=${CXX}" -DCMAKE_BUILD_TYPE=Release
      -DACCELSPEC_BUILD_TESTS=OFF -DACCELSPEC_BUILD_EXAMPLES=OFF -DACCELSPEC_INSTALL=ON)
  run("${CMAKE_COMMAND}" --install "${BINARY}/build" --prefix "${BINARY}/prefix")
  foreach(f include/accelspec/accelspec.hpp include/accelspec/all.hpp include/accelspec/io.hpp share/cmake/accelspec/accelspec-config.cmake
            share/cmake/accelspec/accelspec-config-version.cmake share/cmake/accelspec/accelspec-targets.cmake)
    if(NOT EXISTS "${BINARY}/prefix/${f}")
      message(FATAL_ERROR "consumer: the install tree lacks ${f}")
    endif()
  endforeach()
  message(STATUS "consumer: accelspec installed into ${BINARY}/prefix")
  return()
endif()

run("${CMAKE_COMMAND}" -S "${PROJECT}" -B "${BINARY}" ${generator_args}
    "-DCMAKE_CXX_COMPILER=${CXX}" -DCMAKE_BUILD_TYPE=Debug ${ARGS})
run("${CMAKE_COMMAND}" --build "${BINARY}")
run("${BINARY}/consumer")
message(STATUS "${last_output}")
if(NOT last_output MATCHES "${EXPECT}")
  message(FATAL_ERROR "consumer: output does not match '${EXPECT}':\n${last_output}")
endif()
