#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with the release preset's settings and checks it:
#   lintian (fails on errors; warnings are listed), desktop-file-validate, appstreamcli validate,
#   the MIME type compiled by update-mime-database, the package's file list, `cmake --install`
#   to a prefix giving the same tree, and the packaged b2x and b2x-workbench run from a scratch
#   root (dpkg -x: the machine's own system is left alone).
# Needs: lintian desktop-file-utils appstream dpkg-dev shared-mime-info file (./dev.sh package
# installs them). Exit status: 0 when every check passed, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

# The release preset's configuration in a build folder of its own, without the tests, benchmarks
# and developer tools: the package ships none of them, CI has already built and run the tests in
# the asan preset, and cpack builds every target of the folder it packages.
build=build/package
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
report=()

pass() { report+=("ok    $1"); }
fail() {
  report+=("FAIL  $1")
  failures=$((failures + 1))
}
# run LOGNAME COMMAND...: runs quietly, shows the output only when the command fails.
run() {
  local log="$scratch/$1.log"
  shift
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    return 1
  fi
}

# Warnings are errors in the sanitized build CI runs first; the optimised package build would only
# add false positives (GCC 12 -Wrestrict), so it does not fail on warnings.
echo "== Building $build (release preset settings) and the package"
# -O2, as Debian builds its packages (dpkg-buildflags), rather than CMake's -O3 for Release: the
# package needs no more, and the build is a good part of .ci/run's time.
run configure cmake --preset release -B "$build" -DB2X_BUILD_TESTS=OFF -DB2X_BUILD_BENCHMARKS=OFF \
  -DB2X_BUILD_TOOLS=OFF \
  -DB2X_WERROR=OFF -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" ||
  { echo "configure failed" >&2; exit 1; }
run build cmake --build "$build" || { echo "build failed" >&2; exit 1; }
rm -f "$build"/b2x-workbench_*.deb
run cpack bash -c "cd '$build' && cpack -G DEB" || { echo "cpack failed" >&2; exit 1; }
debs=("$build"/b2x-workbench_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  echo "cpack did not make exactly one .deb" >&2
  exit 1
fi
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
upstream=${version%-*}
pass "package $(basename "$deb") ($(du -h "$deb" | cut -f1))"

echo "== lintian"
# lintian warns when run as root (CI is root); that line is not about the package.
lintian_out=$(lintian --fail-on error "$deb" 2>&1) && lintian_rc=0 || lintian_rc=$?
lintian_out=$(grep -v '^running with root privileges' <<<"$lintian_out" || true)
[ -n "$lintian_out" ] && echo "$lintian_out"
errors=$(grep -c '^E: ' <<<"$lintian_out" || true)
warnings=$(grep -c '^W: ' <<<"$lintian_out" || true)
if [ "$lintian_rc" -eq 0 ] && [ "$errors" -eq 0 ]; then
  pass "lintian: 0 errors, $warnings warning(s) (listed above)"
else
  fail "lintian: $errors error(s), $warnings warning(s) (exit status $lintian_rc)"
fi

echo "== Contents"
root="$scratch/root"
mkdir -p "$root"
dpkg -x "$deb" "$root"
expected=(
  usr/bin/b2x usr/bin/b2x-workbench
  usr/share/applications/b2x-workbench.desktop
  usr/share/metainfo/io.github.b2x.workbench.metainfo.xml
  usr/share/mime/packages/b2x-workbench.xml
  usr/share/icons/hicolor/scalable/apps/b2x-workbench.svg
  usr/share/man/man1/b2x.1.gz usr/share/man/man1/b2x-workbench.1.gz
  usr/share/doc/b2x-workbench/copyright usr/share/doc/b2x-workbench/changelog.Debian.gz
)
for size in 16 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/b2x-workbench.png")
done
missing=()
for f in "${expected[@]}"; do [ -f "$root/$f" ] || missing+=("$f"); done
if [ ${#missing[@]} -eq 0 ]; then
  pass "contents: all ${#expected[@]} expected files present"
else
  fail "contents: missing ${missing[*]}"
fi
if [ -d "$root/usr/share/doc/b2x-workbench" ] &&
   ! find "$root" -path '*JSONTestSuite*' | grep -q .; then
  pass "contents: no test data shipped"
else
  fail "contents: test data (tests/fixtures) found in the package"
fi

echo "== Desktop entry, AppStream, MIME"
# desktop-file-validate exits 0 on hints (e.g. no main category): treat any message as a failure.
desktop_out=$(desktop-file-validate "$root/usr/share/applications/b2x-workbench.desktop" 2>&1) &&
  rc=0 || rc=$?
if [ "$rc" -eq 0 ] && [ -z "$desktop_out" ]; then
  pass "desktop-file-validate b2x-workbench.desktop: no messages"
else
  echo "$desktop_out" >&2
  fail "desktop-file-validate b2x-workbench.desktop"
fi
# validate checks the file; validate-tree also checks that the desktop file it names exists.
if run appstream appstreamcli validate --no-net \
     "$root/usr/share/metainfo/io.github.b2x.workbench.metainfo.xml" &&
   run appstream-tree appstreamcli validate-tree --no-net "$root"; then
  pass "appstreamcli validate --no-net (metainfo and installed tree)"
else
  fail "appstreamcli validate --no-net"
fi
mime="$scratch/mime"
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/b2x-workbench.xml" "$mime/packages/"
if run mime update-mime-database "$mime" &&
   grep -q '^50:application/x-b2x-workspace:\*\.b2x$' "$mime/globs2" &&
   grep -q '^application/x-b2x-workspace application/json$' "$mime/subclasses" &&
   grep -q '^MimeType=application/x-b2x-workspace;$' \
     "$root/usr/share/applications/b2x-workbench.desktop"; then
  pass "MIME: application/x-b2x-workspace, *.b2x, sub-class of application/json, in MimeType="
else
  fail "MIME type application/x-b2x-workspace"
fi

echo "== cmake --install to a prefix"
prefix="$scratch/prefix"
if run install cmake --install "$build" --prefix "$prefix"; then
  # The package strips the executables; compare the file lists.
  if diff <(cd "$root/usr" && find . -type f | sort) <(cd "$prefix" && find . -type f | sort) \
       >"$scratch/install.diff"; then
    pass "cmake --install --prefix: the same $(wc -l < <(cd "$prefix" && find . -type f)) files as the package"
  else
    cat "$scratch/install.diff" >&2
    fail "cmake --install --prefix: the file list differs from the package"
  fi
else
  fail "cmake --install --prefix"
fi

echo "== Running the packaged programs from the scratch root"
got=$("$root/usr/bin/b2x" --version 2>&1) && rc=0 || rc=$?
if [ "$rc" -eq 0 ] && [ "$got" = "b2x $upstream" ]; then
  pass "<root>/usr/bin/b2x --version: $got"
else
  fail "<root>/usr/bin/b2x --version: exit $rc, printed \"$got\" (expected \"b2x $upstream\")"
fi
sample="$root/usr/share/doc/b2x-workbench/examples/b2b-vs-b2c.b2x"
if got=$("$root/usr/bin/b2x" validate "$sample" 2>&1); then
  pass "<root>/usr/bin/b2x validate examples/b2b-vs-b2c.b2x: ${got##*: }"
else
  fail "<root>/usr/bin/b2x validate examples/b2b-vs-b2c.b2x: $got"
fi
# --version needs no display (the workbench switches to the offscreen platform itself).
got=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/b2x-workbench" --version \
       2>"$scratch/workbench.err") && rc=0 || rc=$?
if [ "$rc" -eq 0 ] && [ "$got" = "B2X Workbench $upstream" ]; then
  pass "<root>/usr/bin/b2x-workbench --version: $got"
else
  cat "$scratch/workbench.err" >&2
  fail "<root>/usr/bin/b2x-workbench --version: exit $rc, printed \"$got\""
fi

echo
echo "Package:    $deb"
echo "Version:    $version"
echo "Depends:    $(dpkg-deb -f "$deb" Depends)"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
printf '%s\n' "${report[@]}"
total=${#report[@]}
echo "package: $((total - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
