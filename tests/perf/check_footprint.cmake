# Zero-footprint check: cmake -DEMPTY=<empty program> -DSTATIC=<static-only program>
#   -DNM=<nm> [-DSIZE=<size>] -P check_footprint.cmake
# Fails when the static-only program has a symbol that names accelspec, or (when `size` is
# available) text, data or bss sizes that differ from the empty program's.
foreach(_var EMPTY STATIC NM)
  if(NOT DEFINED ${_var} OR "${${_var}}" STREQUAL "")
    message(FATAL_ERROR "check_footprint: -D${_var}=... is required")
  endif()
endforeach()

execute_process(COMMAND "${NM}" -C "${STATIC}" OUTPUT_VARIABLE _symbols RESULT_VARIABLE _rc ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "check_footprint: ${NM} failed on ${STATIC}: ${_err}")
endif()
string(REGEX MATCHALL "[^\n]*accelspec[^\n]*" _ours "${_symbols}")
if(_ours)
  list(JOIN _ours "\n  " _list)
  message(FATAL_ERROR "check_footprint: the static-only program carries accelspec symbols:\n  ${_list}")
endif()
string(REGEX MATCHALL "\n" _lines "\n${_symbols}")
list(LENGTH _lines _symbol_count)

if(DEFINED SIZE AND NOT "${SIZE}" STREQUAL "")
  set(_sizes "")
  foreach(_bin IN ITEMS "${EMPTY}" "${STATIC}")
    execute_process(COMMAND "${SIZE}" "${_bin}" OUTPUT_VARIABLE _out RESULT_VARIABLE _rc ERROR_VARIABLE _err)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "check_footprint: ${SIZE} failed on ${_bin}: ${_err}")
    endif()
    # Berkeley format: a header line, then "text data bss dec hex filename".
    if(NOT _out MATCHES "\n[ \t]*([0-9]+)[ \t]+([0-9]+)[ \t]+([0-9]+)")
      message(FATAL_ERROR "check_footprint: cannot read the output of ${SIZE}: ${_out}")
    endif()
    list(APPEND _sizes "text ${CMAKE_MATCH_1}, data ${CMAKE_MATCH_2}, bss ${CMAKE_MATCH_3}")
  endforeach()
  list(GET _sizes 0 _empty_sizes)
  list(GET _sizes 1 _static_sizes)
  if(NOT _empty_sizes STREQUAL _static_sizes)
    message(FATAL_ERROR "check_footprint: static-only program (${_static_sizes}) differs from the empty "
                        "program (${_empty_sizes})")
  endif()
  message(STATUS "zero footprint: no accelspec symbol among ${_symbol_count} lines of nm; "
                 "sizes equal to the empty program: ${_static_sizes}")
else()
  message(STATUS "zero footprint: no accelspec symbol among ${_symbol_count} lines of nm (size not found)")
endif()
