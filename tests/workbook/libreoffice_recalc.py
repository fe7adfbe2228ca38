#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""LibreOffice recalculates the workbook headless, and its values equal `b2x summary --json`.

usage: libreoffice_recalc.py B2X SAMPLE.b2x

Writes the workbook with `b2x export --xlsx`, then replaces the cached result of every formula on
the Funnel and Economics sheets with a wrong number (123456789), so that only a real
recalculation can give the right figures. LibreOffice (soffice, Debian libreoffice-calc-nogui)
opens it with a fresh user profile whose setting org.openoffice.Office.Calc/Formula/Load/
OOXMLRecalcMode = 0 ("always recalculate" on loading an Excel 2007+ file) and writes each sheet
as CSV with full precision. Every persona's customers per month, CAC, CLV, CLV:CAC, payback and
the other economics must match the summary within rounding. A control conversion without the setting
must show the wrong cached numbers, so the test can tell recalculated values from cached ones.
Without soffice the test fails: it never passes silently.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

POISON = "123456789"
# Economics sheet header → key of the summary's "economics" object (Funnel sheet: customers).
ECONOMICS = {
    "Customers per month": ("funnel", "customersPerMonth"),
    "Monthly revenue per customer": ("economics", "monthlyRevenuePerCustomer"),
    "Monthly churn": ("economics", "monthlyChurn"),
    "Lifetime (months)": ("economics", "lifetimeMonths"),
    "CAC": ("economics", "cac"),
    "CLV": ("economics", "clv"),
    "CLV:CAC": ("economics", "clvToCac"),
    "Payback (months)": ("economics", "paybackMonths"),
    "ROAS": ("economics", "roas"),
    "Break-even ROAS": ("economics", "breakEvenRoas"),
    "Steady-state customers": ("economics", "steadyStateCustomers"),
    "Steady-state MRR": ("economics", "steadyStateMrr"),
    "Steady-state ARR": ("economics", "steadyStateArr"),
}
# Must be formulas (the words), and checked for every persona.
REQUIRED = ["Customers per month", "CAC", "CLV", "CLV:CAC", "Payback (months)"]

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def run(args, **kwargs):
    r = subprocess.run(args, capture_output=True, text=True, **kwargs)
    if r.returncode != 0:
        fail("%s exited with %d:\n%s%s" % (" ".join(args), r.returncode, r.stdout, r.stderr))
    return r.stdout


def poison(src, dst):
    """Copies the workbook with every formula's cached result on sheets 2 and 3 made wrong."""
    count = 0
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in ("xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"):
                text = data.decode("utf-8")
                # Number results: <f>…</f><v>x</v>; text results (t="str"): made numbers too.
                text, n = re.subn(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1<v>" + POISON + "</v>", text)
                text = text.replace(' t="str"', "")
                count += n
                data = text.encode("utf-8")
            zout.writestr(item, data)
    return count


def number(cell):
    """A CSV cell as a number; LibreOffice writes percentage cells with a % sign (at full
    precision) even when asked for the values rather than as shown."""
    cell = cell.strip()
    if cell == "":
        return None
    if cell.endswith("%"):
        return float(cell[:-1]) / 100.0
    return float(cell)


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def main():
    if len(sys.argv) != 3:
        fail("usage: libreoffice_recalc.py B2X SAMPLE.b2x")
    b2x, sample = sys.argv[1], sys.argv[2]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        fail("soffice is not installed (Debian package libreoffice-calc-nogui; ./dev.sh deps)")
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    env.pop("DISPLAY", None)
    with tempfile.TemporaryDirectory() as tmp:
        book = os.path.join(tmp, "book.xlsx")
        run([b2x, "export", sample, "--xlsx", book], env=env)
        summary = json.loads(run([b2x, "summary", sample, "--json"], env=env))
        personas = summary["personas"]

        poisoned = os.path.join(tmp, "poisoned.xlsx")
        replaced = poison(book, poisoned)
        if replaced < 10 * len(personas):
            fail("only %d cached formula results found to replace" % replaced)

        def convert(name, recalculate):
            """Each sheet of the poisoned workbook as CSV, by LibreOffice with a fresh profile."""
            profile = os.path.join(tmp, name + "-profile")
            os.makedirs(os.path.join(profile, "user"))
            if recalculate:
                with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
                    f.write(PROFILE)
            out = os.path.join(tmp, name)
            # CSV filter options: comma, double quote, UTF-8 (76), from line 1, …, token 9
            # false: the values at full precision rather than as formatted, token 12 -1: every
            # sheet into a file of its own, named <stem>-<sheet>.csv.
            started = time.monotonic()
            run([soffice, "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                 "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,"
                 "false,false,false,-1", "--outdir", out, poisoned], env=env, timeout=300)
            print("LibreOffice converted the workbook in %.1f s (%s)"
                  % (time.monotonic() - started, "recalculating" if recalculate else "as cached"))
            return out

        # The control: without the setting, LibreOffice shows the (wrong) cached results, so a
        # pass below is the recalculation's doing and not a cached value's.
        cached = convert("cached", False)
        with open(os.path.join(cached, "poisoned-Economics.csv"), encoding="utf-8") as f:
            if POISON not in f.read():
                fail("the control kept no cached result: the poisoning did not take")
        out = convert("recalculated", True)

        path = os.path.join(out, "poisoned-Economics.csv")
        if not os.path.exists(path):
            fail("LibreOffice wrote no Economics sheet: %s" % sorted(os.listdir(out)))
        with open(path, encoding="utf-8") as f:
            rows = list(csv.reader(f))
        header, rows = rows[0], rows[1:]
        if len(rows) < len(personas):
            fail("%d rows on the Economics sheet for %d personas" % (len(rows), len(personas)))
        problems = []
        checked = 0
        for p, row in zip(personas, rows):
            if row[0] != p["name"]:
                problems.append("row of %r names %r" % (p["name"], row[0]))
            for column, (group, key) in ECONOMICS.items():
                if column not in header:
                    problems.append("no column %r" % column)
                    continue
                cell = row[header.index(column)]
                if POISON in cell:
                    problems.append("%s / %s kept the cached value: not recalculated"
                                    % (p["name"], column))
                    continue
                got = number(cell)
                want = p[group][key]
                if column in REQUIRED and want is None:
                    problems.append("the sample defines no %s for %s: nothing to compare"
                                    % (column, p["name"]))
                if (got is None) != (want is None) or (got is not None and not close(got, want)):
                    problems.append("%s / %s: LibreOffice %r, summary %r"
                                    % (p["name"], column, cell, want))
                checked += 1
        with open(os.path.join(out, "poisoned-Funnel.csv"), encoding="utf-8") as f:
            funnel = list(csv.reader(f))
        for p, row in zip(personas, funnel[1:]):
            for k, stage in enumerate(p["funnel"]["stages"]):
                got = number(row[2 + k])
                if got is None or not close(got, stage["count"]):
                    problems.append("%s / stage %d entries: LibreOffice %r, summary %r"
                                    % (p["name"], k + 1, row[2 + k], stage["count"]))
                checked += 1
        if problems:
            fail("%d of %d values differ:\n  %s" % (len(problems), checked, "\n  ".join(problems)))
        print("%d values of %d personas equal the summary after LibreOffice recalculated them"
              % (checked, len(personas)))


if __name__ == "__main__":
    main()
