# Writes single_include/accelspec/accelspec.hpp: every header under include/accelspec/ in one file,
# each inlined once where it is first included, standard headers left as they are. The single
# header is <accelspec/all.hpp> (every layer), not the core-only <accelspec/accelspec.hpp>.
#
#   cmake -P scripts/amalgamate.cmake                 regenerate the single header
#   cmake -DCHECK=ON -P scripts/amalgamate.cmake      fail if the committed file is out of date
#
# A CMake script rather than Python: CMake is the one tool every build of accelspec already has.
cmake_minimum_required(VERSION 3.25)

get_filename_component(root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(include_dir "${root}/include")
set(output "${root}/single_include/accelspec/accelspec.hpp")
set(regenerate "cmake -P scripts/amalgamate.cmake")

set_property(GLOBAL PROPERTY amalgam_text "")
set_property(GLOBAL PROPERTY amalgam_seen "")

function(emit text)
  set_property(GLOBAL APPEND_STRING PROPERTY amalgam_text "${text}")
endfunction()

# Appends `file` (an absolute path under include/) with its project includes inlined.
function(inline_header file)
  get_property(seen GLOBAL PROPERTY amalgam_seen)
  if(file IN_LIST seen)
    return()
  endif()
  set_property(GLOBAL APPEND PROPERTY amalgam_seen "${file}")
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "amalgamate: missing header ${file}")
  endif()
  file(RELATIVE_PATH name "${include_dir}" "${file}")
  get_filename_component(dir "${file}" DIRECTORY)
  file(READ "${file}" content)
  string(REPLACE "#pragma once\n" "" content "${content}")
  emit("\n// ---- begin ${name} ----\n")
  while(TRUE)
    # The first #include at the start of a line; the file's text up to it goes out unchanged.
    string(REGEX MATCH "(^|\n)#include[ \t]*[\"<]([^\">]+)[\">][^\n]*" directive "${content}")
    if(directive STREQUAL "")
      emit("${content}")
      break()
    endif()
    set(target "${CMAKE_MATCH_2}")
    string(FIND "${content}" "${directive}" at)
    string(LENGTH "${directive}" length)
    string(SUBSTRING "${content}" 0 ${at} before)
    math(EXPR after_start "${at} + ${length}")
    string(SUBSTRING "${content}" ${after_start} -1 content)
    emit("${before}")
    if(directive MATCHES "^\n")
      emit("\n")
      string(SUBSTRING "${directive}" 1 -1 directive)
    endif()
    set(resolved "")
    if(directive MATCHES "\"" AND EXISTS "${dir}/${target}")
      get_filename_component(resolved "${dir}/${target}" ABSOLUTE)
    elseif(target MATCHES "^accelspec/" AND EXISTS "${include_dir}/${target}")
      get_filename_component(resolved "${include_dir}/${target}" ABSOLUTE)
    endif()
    if(resolved STREQUAL "")
      emit("${directive}")  # a standard header
    else()
      string(FIND "${resolved}" "${include_dir}/accelspec/" inside)
      if(NOT inside EQUAL 0)
        message(FATAL_ERROR "amalgamate: ${name} includes ${target}, outside include/accelspec/")
      endif()
      emit("// (inlined: ${target})")
      inline_header("${resolved}")
    endif()
  endwhile()
  emit("\n// ---- end ${name} ----\n")
endfunction()

file(READ "${include_dir}/accelspec/version.hpp" version_hpp)
string(REGEX MATCH "#define ACCELSPEC_VERSION_STRING \"([^\"]+)\"" _ "${version_hpp}")
set(version "${CMAKE_MATCH_1}")
if(version STREQUAL "")
  foreach(part MAJOR MINOR PATCH)
    string(REGEX MATCH "#define ACCELSPEC_VERSION_${part} ([0-9]+)" _ "${version_hpp}")
    list(APPEND version_parts "${CMAKE_MATCH_1}")
  endforeach()
  list(JOIN version_parts "." version)
endif()

emit("// accelspec ${version}: AI accelerators and the US export-control rules on them as constexpr data.
// Single-header edition: <accelspec/all.hpp>, every header of include/accelspec/ in one file.
//
// GENERATED FILE, do not edit. Regenerate with `${regenerate}` from the source tree.
#pragma once
")

# all.hpp first (core, policy, catalog, analysis, io), so the file reads in layer order; then any
# header it does not reach.
inline_header("${include_dir}/accelspec/all.hpp")
file(GLOB_RECURSE all_headers "${include_dir}/accelspec/*.hpp")
list(SORT all_headers)
foreach(h IN LISTS all_headers)
  inline_header("${h}")
endforeach()

get_property(text GLOBAL PROPERTY amalgam_text)
# Collapse runs of blank lines left where include blocks were.
string(REGEX REPLACE "\n\n\n+" "\n\n" text "${text}")

file(RELATIVE_PATH output_name "${root}" "${output}")
if(CHECK)
  set(current "")
  if(EXISTS "${output}")
    file(READ "${output}" current)
  endif()
  if(NOT current STREQUAL text)
    message(FATAL_ERROR "${output_name} is out of date with include/accelspec/. "
                        "Run `${regenerate}` from the source tree and commit the result.")
  endif()
  message(STATUS "${output_name} is up to date")
else()
  file(WRITE "${output}" "${text}")
  list(LENGTH all_headers n)
  message(STATUS "wrote ${output_name} from ${n} headers")
endif()
