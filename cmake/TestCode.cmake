# SPDX-License-Identifier: GPL-3.0-or-later
# Test and benchmark code compiled with extra options (B2X_TEST_CODE_OPTIONS; the asan preset
# sets -O0). Half of the sanitized build's compile time is test code, and -O1 costs a test file
# about a third more time than -O0 (docs/architecture.md, "Build time"); the libraries under test
# keep the preset's -O1, so the suite still runs the code that ships at the optimisation it was
# checked with.
set(B2X_TEST_CODE_OPTIONS "" CACHE STRING
    "Extra compile options for test and benchmark sources only (the asan preset: -O0)")

# b2x_test_code(TARGET [KEEP source...]): every C++ source of TARGET gets B2X_TEST_CODE_OPTIONS,
# except the KEEP ones. Call it in the directory that made TARGET, after its last target_sources.
function(b2x_test_code target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "KEEP")
  if(NOT B2X_TEST_CODE_OPTIONS)
    return()
  endif()
  get_target_property(sources ${target} SOURCES)
  foreach(source IN LISTS sources)
    get_filename_component(absolute "${source}" ABSOLUTE)
    if(absolute MATCHES "\\.cpp$" AND NOT absolute IN_LIST arg_KEEP)
      set_property(SOURCE "${source}" APPEND PROPERTY COMPILE_OPTIONS ${B2X_TEST_CODE_OPTIONS})
    endif()
  endforeach()
endfunction()
