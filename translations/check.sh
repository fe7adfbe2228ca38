#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI check (./dev.sh translations-check; docs/languages.md): runs lupdate over the current sources
# into copies of translations/*.ts, the way `--target update_translations` does, and fails when
# any language then has unfinished entries (new or changed source texts nobody translated) or
# obsolete ones (texts that left the sources). The real files are never modified.
set -euo pipefail
cd "$(dirname "$0")/.."

bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
lupdate=${LUPDATE:-$bins/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp translations/b2x_*.ts "$work/"
# The same sources and include paths as translations/Translations.cmake, but without
# -no-obsolete: texts that left the sources must show up as obsolete ("vanished") here.
find core ui app \( -name '*.cpp' -o -name '*.h' \) | LC_ALL=C sort >"$work/sources.lst"
# lupdate warns about every tr() outside a Q_OBJECT class; check_contexts.py below is the real
# check for those, so the noise is filtered out.
quiet() { "$@" 2> >(grep -v "lacks Q_OBJECT macro" >&2); }
quiet "$lupdate" -locations none -silent -Icore -Iui -Iapp/cli "@$work/sources.lst" \
  -ts "$work"/b2x_*.ts

status=0
for ts in "$work"/b2x_*.ts; do
  name=$(basename "$ts")
  total=$(grep -c '<message' "$ts" || true)
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  obsolete=$(grep -Ec 'type="(vanished|obsolete)"' "$ts" || true)
  echo "$name: $total messages, $unfinished unfinished, $obsolete obsolete"
  if [ "$unfinished" -ne 0 ] || [ "$obsolete" -ne 0 ]; then
    status=1
    grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$ts" | grep -E '<source>' | head -20 |
      sed "s|^ *|  $name: |"
  fi
done

# Strings that code translates through a local helper under another context than lupdate records
# are "finished" in the TS files yet never shown translated: check_contexts.py finds them.
mkdir "$work/located"
quiet "$lupdate" -locations absolute -silent -Icore -Iui -Iapp/cli "@$work/sources.lst" \
  -ts "$work/located/b2x_en.ts"
if ! python3 translations/check_contexts.py "$work/located/b2x_en.ts"; then
  status=1
fi

if [ "$status" -ne 0 ]; then
  echo "Translations are incomplete: run 'cmake --build BUILD --target update_translations'," \
    "translate the unfinished entries in translations/*.ts (Qt Linguist or an editor) and" \
    "commit them (docs/languages.md)." >&2
fi
exit "$status"
