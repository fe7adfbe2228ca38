#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finds strings that lupdate files under another context than the code asks for at run time.

Many sources translate through a local helper, `QString tr(const char*)` or `auto tr = [](…)`,
that calls QCoreApplication::translate("Some::Context", …). lupdate cannot see that: it files each
tr() call under the enclosing class or namespace. When the two differ, the string is translated in
the TS files but never found at run time. Usage: check_contexts.py TS_WITH_ABSOLUTE_LOCATIONS.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

HELPER = re.compile(
    r'(?:QString\s+tr\s*\(|\btr\s*=\s*\[)[^{;]*\{\s*(?://[^\n]*\n\s*)*'
    r'return\s+QCoreApplication::translate\(\s*"([^"]+)"')


def helper_contexts(path, cache={}):
    if path not in cache:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            text = ""
        cache[path] = (set(HELPER.findall(text)), text.split("\n"))
    return cache[path]


def main():
    ts = sys.argv[1]
    base = os.path.dirname(os.path.abspath(ts))
    bad = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            for loc in message.iter("location"):
                path = os.path.normpath(os.path.join(base, loc.get("filename")))
                helpers, lines = helper_contexts(path)
                if not helpers or name in helpers:
                    continue
                line = int(loc.get("line", "0"))
                # An explicit translate("Context", …) on the line is what lupdate saw.
                if 0 < line <= len(lines) and f'translate("{name}"' in lines[line - 1]:
                    continue
                bad.append(f"{path}:{line}: lupdate context {name}, helper context "
                           f"{' or '.join(sorted(helpers))}: {message.findtext('source')!r}")
    for b in bad:
        print(b)
    if bad:
        print(f"{len(bad)} string(s) would never be translated: make the helper's context the "
              "one lupdate reports, or call QCoreApplication::translate explicitly there.",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
