# Runs a command and checks BOTH its exit status and its output, so that a test cannot pass for
# the wrong reason (ctest's PASS_REGULAR_EXPRESSION alone ignores the exit status).
#
#   cmake -DEXPECT=success|failure -DMATCH=<regex> [-DMATCH2=<regex>] [-DMATCH3=<regex>]
#         [-DFORBID=<regex>] -P check_command.cmake -- <command> [args...]
#
# EXPECT=success: the command must exit with status 0; EXPECT=failure: with a non-zero status
# (a must-not-compile test: the build of the failing target). Every MATCH* must match the
# combined stdout+stderr; FORBID, when given, must not (e.g. an unrelated error such as an
# undeclared name, which would also make the build fail).
cmake_minimum_required(VERSION 3.25)

set(_command)
set(_seen_separator OFF)
math(EXPR _last "${CMAKE_ARGC} - 1")
foreach(_i RANGE ${_last})
  if(_seen_separator)
    # An empty argument is a generator expression that evaluated to nothing (e.g. no --config).
    if(NOT CMAKE_ARGV${_i} STREQUAL "")
      list(APPEND _command "${CMAKE_ARGV${_i}}")
    endif()
  elseif(CMAKE_ARGV${_i} STREQUAL "--")
    set(_seen_separator ON)
  endif()
endforeach()
if(NOT _command)
  message(FATAL_ERROR "check_command: no command after --")
endif()
if(NOT EXPECT MATCHES "^(success|failure)$")
  message(FATAL_ERROR "check_command: EXPECT must be success or failure, not '${EXPECT}'")
endif()
if(NOT DEFINED MATCH OR MATCH STREQUAL "")
  message(FATAL_ERROR "check_command: MATCH (the expected output) is required")
endif()

execute_process(COMMAND ${_command} RESULT_VARIABLE _status OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
# Compilers may colour their diagnostics; the patterns are for the plain text.
string(ASCII 27 _esc)
string(REGEX REPLACE "${_esc}\\[[0-9;]*[mK]" "" _out "${_out}")

set(_problems)
if(EXPECT STREQUAL "success" AND NOT _status STREQUAL "0")
  list(APPEND _problems "expected exit status 0, got '${_status}'")
elseif(EXPECT STREQUAL "failure" AND (_status STREQUAL "0" OR _status STREQUAL ""))
  list(APPEND _problems "expected a non-zero exit status, got '${_status}'")
endif()
foreach(_var IN ITEMS MATCH MATCH2 MATCH3)
  if(DEFINED ${_var} AND NOT "${${_var}}" STREQUAL "")
    if(NOT _out MATCHES "${${_var}}")
      list(APPEND _problems "output does not match ${_var} '${${_var}}'")
    endif()
  endif()
endforeach()
if(DEFINED FORBID AND NOT FORBID STREQUAL "" AND _out MATCHES "${FORBID}")
  list(APPEND _problems "output matches FORBID '${FORBID}' ('${CMAKE_MATCH_0}')")
endif()

if(_problems)
  string(REPLACE ";" "\n  " _list "${_problems}")
  message("---- output of: ${_command}\n${_out}----")
  message(FATAL_ERROR "check_command:\n  ${_list}")
endif()
message("check_command: ok (status ${_status})")
