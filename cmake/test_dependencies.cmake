# A CMake dependency provider for the test presets (set through CMAKE_PROJECT_TOP_LEVEL_INCLUDES,
# the mechanism cmake-conan uses), so that `cmake --workflow --preset test` works on a fresh
# machine that has neither Catch2 nor access to GitHub.
#
# find_package(Catch2) is answered, in this order, by:
#   1. an installed Catch2 (v3 or v2; Debian's catch2 package is v2.13);
#   2. Debian's catch2 package, downloaded with `apt-get download` and unpacked into the build
#      tree (nothing is installed on the system; `apt-get update` runs first only when the package
#      lists lack it and we are root);
#   3. Catch2 v3 fetched from GitHub, when GitHub answers;
#   4. otherwise one FATAL_ERROR line that names the command to run.
# ACCELSPEC_CATCH2_SOURCE says which one it was. Every other package takes CMake's default path.
cmake_minimum_required(VERSION 3.24)
include_guard(GLOBAL)

set(ACCELSPEC_CATCH2_FETCH_TAG "v3.5.4" CACHE STRING "Catch2 tag fetched from GitHub as a last resort")

# Downloads and unpacks Debian's catch2 into the build tree; sets `out` to the directory that holds
# Catch2Config.cmake, or to "" when that is not possible here.
function(_accelspec_catch2_from_debian out)
  set(${out} "" PARENT_SCOPE)
  set(root "${CMAKE_BINARY_DIR}/_deps/catch2-debian")
  set(config_dir "${root}/usr/lib/cmake/Catch2")
  if(EXISTS "${config_dir}/Catch2Config.cmake")
    set(${out} "${config_dir}" PARENT_SCOPE)
    return()
  endif()
  find_program(_accelspec_apt_get apt-get)
  find_program(_accelspec_dpkg_deb dpkg-deb)
  if(NOT _accelspec_apt_get OR NOT _accelspec_dpkg_deb)
    return()
  endif()
  file(MAKE_DIRECTORY "${root}/download")
  set(download ${_accelspec_apt_get} -qq download catch2)
  execute_process(COMMAND ${download} WORKING_DIRECTORY "${root}/download" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 0)
    # A fresh machine often has empty package lists; refreshing them needs root.
    execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(NOT uid STREQUAL "0")
      return()
    endif()
    message(STATUS "accelspec: refreshing the apt package lists to download Debian's catch2")
    execute_process(COMMAND ${_accelspec_apt_get} -qq update RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
      return()
    endif()
    execute_process(COMMAND ${download} WORKING_DIRECTORY "${root}/download" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
      return()
    endif()
  endif()
  file(GLOB debs "${root}/download/catch2_*.deb")
  list(LENGTH debs n)
  if(NOT n EQUAL 1)
    return()
  endif()
  execute_process(COMMAND ${_accelspec_dpkg_deb} -x "${debs}" "${root}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(rc EQUAL 0 AND EXISTS "${config_dir}/Catch2Config.cmake")
    set(${out} "${config_dir}" PARENT_SCOPE)
  endif()
endfunction()

# Whether GitHub answers for Catch2's repository (a short probe, so that an offline machine gets
# the clear error below instead of FetchContent's clone failure).
function(_accelspec_github_reachable out)
  set(${out} FALSE PARENT_SCOPE)
  find_package(Git QUIET)
  if(NOT GIT_EXECUTABLE)
    return()
  endif()
  execute_process(
    COMMAND "${GIT_EXECUTABLE}" ls-remote --exit-code https://github.com/catchorg/Catch2.git "${ACCELSPEC_CATCH2_FETCH_TAG}"
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET TIMEOUT 20)
  if(rc EQUAL 0)
    set(${out} TRUE PARENT_SCOPE)
  endif()
endfunction()

# A macro, so that what find_package sets (Catch2_FOUND, Catch2_VERSION, the imported targets'
# variables) lands in the caller's scope.
macro(_accelspec_provide_dependency method package_name)
  if("${package_name}" STREQUAL "Catch2" AND NOT Catch2_FOUND)
    find_package(Catch2 CONFIG QUIET BYPASS_PROVIDER)
    if(Catch2_FOUND AND Catch2_DIR MATCHES "/_deps/catch2-debian/")
      # Found again on a later configure, through the cached Catch2_DIR.
      set(ACCELSPEC_CATCH2_SOURCE "Debian's catch2 unpacked into the build tree")
    elseif(Catch2_FOUND)
      set(ACCELSPEC_CATCH2_SOURCE "installed, ${Catch2_DIR}")
    else()
      _accelspec_catch2_from_debian(_accelspec_catch2_dir)
      if(_accelspec_catch2_dir)
        find_package(Catch2 CONFIG QUIET BYPASS_PROVIDER PATHS "${_accelspec_catch2_dir}" NO_DEFAULT_PATH)
        if(Catch2_FOUND)
          set(ACCELSPEC_CATCH2_SOURCE "Debian's catch2 unpacked into the build tree")
        endif()
      endif()
    endif()
    if(NOT Catch2_FOUND)
      _accelspec_github_reachable(_accelspec_github)
      if(_accelspec_github)
        include(FetchContent)
        FetchContent_Declare(Catch2 GIT_REPOSITORY https://github.com/catchorg/Catch2.git
                                    GIT_TAG "${ACCELSPEC_CATCH2_FETCH_TAG}" GIT_SHALLOW TRUE)
        FetchContent_MakeAvailable(Catch2)
        set(Catch2_FOUND TRUE)
        string(REGEX REPLACE "^v" "" Catch2_VERSION "${ACCELSPEC_CATCH2_FETCH_TAG}")
        set(ACCELSPEC_CATCH2_SOURCE "fetched from GitHub")
      endif()
    endif()
    if(NOT Catch2_FOUND)
      # One line that CMake does not rewrap, then the error that stops the configure.
      message(NOTICE "accelspec: the tests need Catch2; it is not installed and could not be downloaded "
                     "(no apt-get download of catch2, no GitHub): run `apt-get install catch2` or set "
                     "CMAKE_PREFIX_PATH to a Catch2 install, then configure again")
      message(FATAL_ERROR "accelspec: Catch2 not found (see the line above)")
    endif()
  endif()
endmacro()

cmake_language(SET_DEPENDENCY_PROVIDER _accelspec_provide_dependency SUPPORTED_METHODS FIND_PACKAGE)
