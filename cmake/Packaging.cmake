# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration, manual pages, documentation and the Debian package.
#
#   cmake --install build/release --prefix DIR    the same tree as the package, under DIR
#   (cd build/release && cpack -G DEB)             b2x-workbench_<version>-<revision>_<arch>.deb
#
# packaging/check-package.sh builds the package and checks it (lintian, desktop-file-validate,
# appstreamcli, a scratch install). The executables' own install rules are in app/*/CMakeLists.txt.

set(B2X_PACKAGE_NAME b2x-workbench)
set(B2X_APP_ID io.github.b2x.workbench) # AppStream component id (reverse-DNS)
set(B2X_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/${B2X_PACKAGE_NAME})
set(B2X_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging/debian)

# --- Desktop integration -------------------------------------------------------------------------
# The desktop file's name must stay b2x-workbench.desktop: the workbench calls
# QGuiApplication::setDesktopFileName("b2x-workbench"). Debian's triggers (desktop-file-utils,
# shared-mime-info, the icon cache) pick these files up, so the package needs no maintainer scripts.
install(FILES resources/desktop/b2x-workbench.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/desktop/${B2X_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/desktop/b2x-workbench.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)

# Icons: the SVG plus PNGs rendered from it by resources/icons/render-icons.sh (committed, so the
# build needs no SVG renderer).
install(FILES resources/icons/b2x-workbench.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN ITEMS 16 32 48 64 128 256)
  install(FILES resources/icons/hicolor/${size}x${size}/apps/b2x-workbench.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# --- Manual pages and the Debian changelog, compressed as Debian wants (gzip -9n: no name, no time)
find_program(B2X_GZIP gzip REQUIRED)
set(b2x_packaging_outputs)
foreach(page IN ITEMS b2x b2x-workbench)
  configure_file(docs/man/${page}.1.in ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1 @ONLY)
  add_custom_command(
    OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1.gz
    COMMAND ${B2X_GZIP} -9nf ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1 -c
            > ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1.gz
    DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1
    COMMENT "Compressing the manual page ${page}(1)"
    VERBATIM)
  list(APPEND b2x_packaging_outputs ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1.gz)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1.gz
          DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

add_custom_command(
  OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz
  COMMAND ${B2X_GZIP} -9nf ${B2X_PACKAGING_DIR}/changelog -c
          > ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz
  DEPENDS ${B2X_PACKAGING_DIR}/changelog
  COMMENT "Compressing the Debian changelog"
  VERBATIM)
list(APPEND b2x_packaging_outputs ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz)
add_custom_target(b2x_packaging_files ALL DEPENDS ${b2x_packaging_outputs})

# --- Documentation -------------------------------------------------------------------------------
# The user documentation; docs/architecture.md is for developers and stays in the source tree.
# copyright is machine-readable (DEP-5) and describes the source tree.
install(FILES README.md ${B2X_PACKAGING_DIR}/copyright
              ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz
        DESTINATION ${B2X_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${B2X_DOCDIR}
        FILES_MATCHING PATTERN "*.md"
        PATTERN "architecture.md" EXCLUDE
        PATTERN "man" EXCLUDE
        PATTERN "screenshots" EXCLUDE)
install(FILES resources/samples/b2b-vs-b2c.b2x DESTINATION ${B2X_DOCDIR}/examples)

# --- CPack: the Debian package -------------------------------------------------------------------
# The Debian revision comes from the newest entry of packaging/debian/changelog, so the package
# version and its changelog cannot disagree.
file(STRINGS ${B2X_PACKAGING_DIR}/changelog b2x_changelog_head LIMIT_COUNT 1)
if(NOT b2x_changelog_head MATCHES "^${B2X_PACKAGE_NAME} \\(([^)-]+)-([^)]+)\\)")
  message(FATAL_ERROR "packaging/debian/changelog: the first line must read "
                      "'${B2X_PACKAGE_NAME} (VERSION-REVISION) ...'")
endif()
set(b2x_changelog_revision ${CMAKE_MATCH_2})
if(NOT CMAKE_MATCH_1 VERSION_EQUAL PROJECT_VERSION)
  message(WARNING "packaging/debian/changelog: the newest entry is for ${CMAKE_MATCH_1}, the "
                  "project is ${PROJECT_VERSION}: add a changelog entry before packaging")
endif()

set(CPACK_PACKAGE_NAME ${B2X_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "B2X Workbench developers")
set(CPACK_PACKAGE_CONTACT
    "B2X Workbench maintainers <maintainers@users.noreply.h-seed-328f9b5d.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "model B2B and B2C audiences and compare how they buy")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_NAME ${B2X_PACKAGE_NAME})
set(CPACK_DEBIAN_PACKAGE_RELEASE ${b2x_changelog_revision})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Shared libraries (Qt, libstdc++, libxlsxwriter4 for the workbook export, ...) are computed by
# dpkg-shlibdeps (package dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Declared, because dpkg-shlibdeps cannot see what Qt loads at run time or what the charts draw:
# - libqt6gui6 ships the xcb and offscreen platform plugins;
# - the fonts the charts and PDF exports need: DejaVu covers Latin (Polish, Romanian ...) and
#   Arabic; Thai needs a Thai font, otherwise it renders as boxes (docs/qt-pitfalls.md).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6gui6 (>= 6.4), fonts-dejavu-core, fonts-thai-tlwg")
# Wayland sessions (the workbench falls back to XWayland without it) and Qt's own translations.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The extended description under the synopsis above (CPack indents it, empty lines become " .").
set(CPACK_PACKAGE_DESCRIPTION
    "B2X Workbench is a desktop application for marketing strategists, consultants
and agencies who work with both business and consumer audiences. Each audience
is a persona: who decides, how long they take, through which channels they are
reached and what a customer is worth. Every number feeds a model: decision-unit
size, the sales-cycle distribution, the funnel and unit economics, time to
revenue, channel fit and attribution windows.

The workbench treats B2B and B2C as a continuum: it measures how business-like
an audience actually behaves and tells you when the label and the behaviour
disagree. Workspaces are plain JSON files (.b2x) that diff well under version
control.

The package also contains b2x, a command line that validates and summarises
workspaces without a display.")

include(CPack)
