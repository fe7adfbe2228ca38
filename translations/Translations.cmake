# SPDX-License-Identifier: GPL-3.0-or-later
# Included from core/CMakeLists.txt (the .qm files must be embedded in the target that defines
# them). `cmake --build BUILD --target update_translations` runs lupdate over every layer's
# sources into translations/*.ts; translations/check.sh runs the same lupdate into copies and
# fails on unfinished or obsolete entries (docs/languages.md).
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(B2X_TS_FILES
  ${PROJECT_SOURCE_DIR}/translations/b2x_en.ts
  ${PROJECT_SOURCE_DIR}/translations/b2x_pl.ts
  ${PROJECT_SOURCE_DIR}/translations/b2x_ar.ts
  ${PROJECT_SOURCE_DIR}/translations/b2x_ro.ts
  ${PROJECT_SOURCE_DIR}/translations/b2x_th.ts)
# Every folder with user-visible strings. Globbed (like ui/) so that new files are picked up.
file(GLOB_RECURSE B2X_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
  ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
  ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
set(B2X_TRANSLATABLE_INCLUDES
  ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app/cli)
# No source locations in the TS files: line numbers would change the files on every unrelated
# edit and make translation diffs unreadable. -no-obsolete drops texts that left the sources.
set(B2X_LUPDATE_OPTIONS -locations none -no-obsolete -silent)

qt_add_translations(b2x_core
  TS_FILES ${B2X_TS_FILES}
  SOURCES ${B2X_TRANSLATABLE_SOURCES}
  INCLUDE_DIRECTORIES ${B2X_TRANSLATABLE_INCLUDES}
  LUPDATE_OPTIONS ${B2X_LUPDATE_OPTIONS}
  LRELEASE_OPTIONS -silent)
