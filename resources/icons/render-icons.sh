#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the PNG sizes of the application icon from b2x-workbench.svg into hicolor/NxN/apps/.
# The PNGs are committed, so building and packaging need no SVG renderer: run this after
# changing the SVG, and commit the result. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}/apps"
  rsvg-convert --width "$size" --height "$size" --format png \
    --output "hicolor/${size}x${size}/apps/b2x-workbench.png" b2x-workbench.svg
done
echo "Rendered:" hicolor/*/apps/b2x-workbench.png
