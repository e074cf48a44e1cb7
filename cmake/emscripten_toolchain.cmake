# Toolchain of the `web` preset: emscripten's own CMake toolchain file, found wherever emscripten
# is installed, then the one setting Debian's packaging needs.
#
# Where emscripten is, in this order: the cache variable EMSCRIPTEN_ROOT
# (-DEMSCRIPTEN_ROOT=DIR), the environment variable EMSCRIPTEN (set by emsdk_env), what
# `em-config EMSCRIPTEN_ROOT` prints, the folder of em++ on the PATH (emsdk and source checkouts
# keep cmake/Modules/Platform/Emscripten.cmake beside it).
set(EMSCRIPTEN_ROOT "${EMSCRIPTEN_ROOT}" CACHE PATH "emscripten's folder (the one holding cmake/Modules/Platform)")
if(NOT EMSCRIPTEN_ROOT AND DEFINED ENV{EMSCRIPTEN})
  set(EMSCRIPTEN_ROOT "$ENV{EMSCRIPTEN}")
endif()
if(NOT EMSCRIPTEN_ROOT)
  find_program(_accelspec_em_config em-config)
  if(_accelspec_em_config)
    execute_process(COMMAND "${_accelspec_em_config}" EMSCRIPTEN_ROOT OUTPUT_VARIABLE _root
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _rc)
    # em-config may print warnings first: the root is the last line.
    string(REGEX REPLACE ".*\n" "" _root "${_root}")
    if(_rc EQUAL 0 AND EXISTS "${_root}/cmake/Modules/Platform/Emscripten.cmake")
      set(EMSCRIPTEN_ROOT "${_root}")
    endif()
  endif()
endif()
if(NOT EMSCRIPTEN_ROOT)
  find_program(_accelspec_empp em++)
  if(_accelspec_empp)
    get_filename_component(_real "${_accelspec_empp}" REALPATH)
    get_filename_component(_dir "${_real}" DIRECTORY)
    if(EXISTS "${_dir}/cmake/Modules/Platform/Emscripten.cmake")
      set(EMSCRIPTEN_ROOT "${_dir}")
    endif()
  endif()
endif()
if(NOT EXISTS "${EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")
  message(FATAL_ERROR "accelspec web: emscripten not found (install it: apt-get install emscripten, or emsdk), "
                      "or give its folder: -DEMSCRIPTEN_ROOT=DIR (the one holding cmake/Modules/Platform)")
endif()
include("${EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")

# Debian's em++ runs its JavaScript optimizer with node and Debian's node-acorn, which a node not
# from Debian (NodeSource, nvm) does not find on its own: point NODE_PATH at it for the link.
# (Not find_path: emscripten's toolchain confines it to its own sysroot.)
set(ACCELSPEC_NODE_MODULES "" CACHE PATH "folder holding the acorn module that Debian's em++ needs at the link step")
if(NOT ACCELSPEC_NODE_MODULES)
  foreach(_dir /usr/share/nodejs /usr/lib/nodejs)
    if(EXISTS "${_dir}/acorn/package.json")
      set(ACCELSPEC_NODE_MODULES "${_dir}" CACHE PATH "folder holding the acorn module that Debian's em++ needs" FORCE)
      break()
    endif()
  endforeach()
endif()
if(ACCELSPEC_NODE_MODULES)
  set(CMAKE_CXX_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=${ACCELSPEC_NODE_MODULES}")
endif()
