# install + export + package config, so that find_package(accelspec) and accelspec::accelspec work.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS accelspec EXPORT accelspec-targets FILE_SET HEADERS DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(EXPORT accelspec-targets
  NAMESPACE accelspec::
  DESTINATION "${CMAKE_INSTALL_DATADIR}/cmake/accelspec")

configure_package_config_file(
  "${CMAKE_CURRENT_SOURCE_DIR}/cmake/accelspec-config.cmake.in"
  "${CMAKE_CURRENT_BINARY_DIR}/accelspec-config.cmake"
  INSTALL_DESTINATION "${CMAKE_INSTALL_DATADIR}/cmake/accelspec")
# Pre-1.0: minor versions may break the interface.
write_basic_package_version_file(
  "${CMAKE_CURRENT_BINARY_DIR}/accelspec-config-version.cmake"
  COMPATIBILITY SameMinorVersion
  ARCH_INDEPENDENT)
install(FILES
  "${CMAKE_CURRENT_BINARY_DIR}/accelspec-config.cmake"
  "${CMAKE_CURRENT_BINARY_DIR}/accelspec-config-version.cmake"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/cmake/accelspec")

# pkg-config, for build systems other than CMake: the headers and the C++20 flag. Relocatable:
# the prefix is found from the .pc file's own place (header only, so it lives under datadir).
set(_accelspec_pc_dir "${CMAKE_INSTALL_DATADIR}/pkgconfig")
if(IS_ABSOLUTE "${_accelspec_pc_dir}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(ACCELSPEC_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
else()
  file(RELATIVE_PATH _accelspec_pc_up "/root/${_accelspec_pc_dir}" "/root")
  set(ACCELSPEC_PC_INCLUDEDIR "\${pcfiledir}/${_accelspec_pc_up}${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/cmake/accelspec.pc.in" "${CMAKE_CURRENT_BINARY_DIR}/accelspec.pc" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/accelspec.pc" DESTINATION "${_accelspec_pc_dir}")

# The command line: bin/accelspec, its man page accelspec(1) and its bash completion, in their own
# install component `cli` (cmake --install BUILD --component cli). The man page and the completion
# are printed by the built binary from the same option tables as its --help, so they cannot drift.
if(TARGET accelspec_cli)
  option(ACCELSPEC_INSTALL_CLI "Install the accelspec command, its man page and bash completion" ON)
  if(ACCELSPEC_INSTALL_CLI)
    install(TARGETS accelspec_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT cli)
    # The JSON Schema of every command's --json output, which its help names.
    install(DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}/docs/schemas/" DESTINATION "${CMAKE_INSTALL_DOCDIR}/schemas"
      COMPONENT cli FILES_MATCHING PATTERN "*.json")
    if(NOT CMAKE_CROSSCOMPILING OR CMAKE_CROSSCOMPILING_EMULATOR)
      set(_accelspec_man "${CMAKE_CURRENT_BINARY_DIR}/accelspec.1")
      set(_accelspec_completion "${CMAKE_CURRENT_BINARY_DIR}/accelspec.bash-completion")
      add_custom_command(OUTPUT "${_accelspec_man}"
        COMMAND ${CMAKE_CROSSCOMPILING_EMULATOR} $<TARGET_FILE:accelspec_cli> --man > "${_accelspec_man}"
        DEPENDS accelspec_cli
        COMMENT "accelspec(1) from the CLI's option tables"
        VERBATIM)
      add_custom_command(OUTPUT "${_accelspec_completion}"
        COMMAND ${CMAKE_CROSSCOMPILING_EMULATOR} $<TARGET_FILE:accelspec_cli> --bash-completion > "${_accelspec_completion}"
        DEPENDS accelspec_cli
        COMMENT "bash completion for accelspec"
        VERBATIM)
      add_custom_target(accelspec_cli_docs ALL DEPENDS "${_accelspec_man}" "${_accelspec_completion}")
      # The demo preset builds the target `demo` alone: it must build what `cmake --install
      # build/demo --component cli` copies, the man page and the completion included.
      if(TARGET demo)
        add_dependencies(demo accelspec_cli_docs)
      endif()
      install(FILES "${_accelspec_man}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT cli)
      install(FILES "${_accelspec_completion}" DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
        RENAME accelspec COMPONENT cli)
    endif()
  endif()
endif()
