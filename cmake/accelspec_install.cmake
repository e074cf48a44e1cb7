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
