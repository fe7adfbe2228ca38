#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for building, running and testing B2X Workbench on Debian 12.
# Every command first installs the Debian packages that are missing (with sudo when not root).
#
#   ./dev.sh run            build and launch the workbench on the bundled sample workspace
#   ./dev.sh test           build (warnings as errors, AddressSanitizer + UBSan) and run every test
#   ./dev.sh asan           the same as test (its former name)
#   ./dev.sh fuzz [SECONDS] libFuzzer over the workspace reader (default 60 s; clang)
#   ./dev.sh bench          release build, run every benchmark, JSON into bench/results/
#   ./dev.sh package        build the Debian package and check it (lintian, validators)
#   ./dev.sh format-check   fail when a C++ file is not clang-formatted
#   ./dev.sh translations-check  fail when a language has unfinished or obsolete strings
#   ./dev.sh deps           only install the packages
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  g++ cmake ninja-build pkg-config git
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n libgl-dev libxkbcommon-dev
  nlohmann-json3-dev libcsv-dev libgtest-dev libgmock-dev libbenchmark-dev
  libxlsxwriter-dev
  clang-format xvfb xauth
  poppler-utils qpdf unzip
  libreoffice-calc-nogui
  clang libclang-rt-14-dev
  fonts-dejavu-core fonts-thai-tlwg
  lintian desktop-file-utils appstream dpkg-dev shared-mime-info file
  python3
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  local log
  log=$(mktemp)
  if ! { "${sudo[@]}" apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
           "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "Installing packages failed (output above)." >&2
    exit 1
  fi
  rm -f "$log"
}

configure() { # preset
  cmake --preset "$1" >/dev/null
}

case "${1:-}" in
  deps)
    install_missing ;;
  run)
    install_missing
    configure debug
    cmake --build --preset debug --target b2x-workbench b2x
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found: starting the workbench under Xvfb (nothing will be visible)." >&2
      exec xvfb-run -a -s "-screen 0 1280x800x24" build/debug/app/workbench/b2x-workbench resources/samples/b2b-vs-b2c.b2x
    fi
    exec build/debug/app/workbench/b2x-workbench resources/samples/b2b-vs-b2c.b2x ;;
  test | asan)
    # One build and one run of the whole suite, under AddressSanitizer and UBSan
    # (docs/reliability.md, "Sanitizers"): the tests and the sanitizers share the build that CI
    # would otherwise make twice. `./dev.sh run` keeps a plain debug build for the window.
    install_missing
    cmake --workflow --preset asan ;;
  fuzz)
    # libFuzzer over the reader and migrations, then over the calibration import
    # (docs/reliability.md): two thirds of the time to the first, a third to the second. New
    # inputs are kept in build/fuzz/corpus* between runs; the seeds, read only, are fuzz/corpus,
    # the bundled sample and the test fixtures (the v1 file, JSONTestSuite, earlier fuzz
    # regressions, the CRM exports).
    install_missing
    configure fuzz
    cmake --build --preset fuzz
    mkdir -p build/fuzz/corpus build/fuzz/corpus-deals build/fuzz/artifacts
    total="${2:-60}"
    if ! build/fuzz/fuzz/b2x_fuzz_reader -max_total_time="$((total * 2 / 3))" -timeout=10 \
      -rss_limit_mb=2048 -dict=fuzz/b2x.dict -artifact_prefix=build/fuzz/artifacts/ \
      -print_final_stats=1 build/fuzz/corpus fuzz/corpus resources/samples tests/fixtures ||
      ! build/fuzz/fuzz/b2x_fuzz_deals -max_total_time="$((total - total * 2 / 3))" -timeout=10 \
      -rss_limit_mb=2048 -artifact_prefix=build/fuzz/artifacts/ -print_final_stats=1 \
      build/fuzz/corpus-deals tests/fixtures/calibration; then
      echo "The fuzzer found a failing input (saved in build/fuzz/artifacts/): copy it into" \
        "tests/fixtures/fuzz-regressions/, fix the bug, then run ./dev.sh test." >&2
      exit 1
    fi ;;
  bench)
    # Every benchmark on the release build (docs/performance.md); times are printed, never gated.
    install_missing
    configure release
    cmake --build --preset release --target b2x_bench b2x_ui_bench
    mkdir -p bench/results
    build/release/bench/b2x_bench --benchmark_out=bench/results/core.json \
      --benchmark_out_format=json --benchmark_repetitions=5 --benchmark_display_aggregates_only=true
    QT_QPA_PLATFORM=offscreen build/release/bench/b2x_ui_bench \
      --benchmark_out=bench/results/ui.json --benchmark_out_format=json
    echo
    python3 bench/report.py bench/results/core.json bench/results/ui.json ;;
  package)
    install_missing
    packaging/check-package.sh ;;
  translations-check)
    # docs/languages.md: lupdate over the current sources must leave nothing to translate.
    install_missing
    translations/check.sh ;;
  format-check)
    install_missing
    files=$(git ls-files '*.cpp' '*.h')
    clang-format --dry-run --Werror $files
    echo "clang-format: $(echo "$files" | wc -l) files checked" ;;
  *)
    # The usage is the comment block at the top of this file.
    awk 'NR > 2 && /^#/ { sub(/^# ?/, ""); print; next } NR > 2 { exit }' "$0"
    exit 2 ;;
esac
