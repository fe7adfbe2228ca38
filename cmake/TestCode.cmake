# SPDX-License-Identifier: GPL-3.0-or-later
# Test and benchmark code compiled faster in the sanitized build CI makes (docs/architecture.md,
# "Build time"), while the libraries under test keep the preset's -O1, so the suite still runs
# the code that ships at the optimisation it was checked with:
# - B2X_TEST_CODE_UNITY (the asan preset: ON): a test target's files are compiled a few at a time
#   as one unit (CMake's unity build), so the headers of GoogleTest and Qt and the inline code
#   they bring are compiled once per batch rather than once per file: five widget tests took
#   23 s together against 47 s one by one (both at -O0).
# - B2X_TEST_CODE_OPTIONS (the asan preset: -O0): a test file compiles about a quarter faster.
#   Not for the widget tests (KEEP_OPTIMISATION): the linker keeps the first copy of each inline
#   function it meets, in the test objects, and the libraries' calls go to that copy too; the
#   undo property test, which drives the document for half a minute, took twice as long.
set(B2X_TEST_CODE_OPTIONS "" CACHE STRING
    "Extra compile options for test and benchmark sources only (the asan preset: -O0)")
option(B2X_TEST_CODE_UNITY "Compile test and benchmark sources in batches (unity build)" OFF)

# b2x_test_code(TARGET [KEEP_OPTIMISATION]): TARGET's sources are batched when
# B2X_TEST_CODE_UNITY is on, and get B2X_TEST_CODE_OPTIONS unless KEEP_OPTIMISATION.
function(b2x_test_code target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "KEEP_OPTIMISATION" "" "")
  if(B2X_TEST_CODE_UNITY)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
    # A test fixture in an anonymous namespace is fine in its own file; included into a batch,
    # GCC takes the file for a header and warns that the test class derives from it.
    target_compile_options(${target} PRIVATE
                           $<$<CXX_COMPILER_ID:GNU>:-Wno-subobject-linkage>)
  endif()
  if(B2X_TEST_CODE_OPTIONS AND NOT arg_KEEP_OPTIMISATION)
    target_compile_options(${target} PRIVATE ${B2X_TEST_CODE_OPTIONS})
  endif()
endfunction()
