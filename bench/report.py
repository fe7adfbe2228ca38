#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the performance figures of issue 8 from Google Benchmark's JSON output, each with the
ratio or percentile it is judged by and its target (docs/performance.md).

    bench/report.py bench/results/core.json bench/results/ui.json

Benchmarks are not tests: this prints "over" for a missed target but always exits 0 unless the
results are missing.
"""
import json
import statistics
import sys


def load(paths):
    runs = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for b in json.load(f)["benchmarks"]:
                if b.get("error_occurred"):
                    print(f"{b['name']}: failed: {b.get('error_message', '')}")
                    continue
                # With repetitions, keep every repetition's own run (aggregates are recomputed here).
                if b.get("run_type") == "aggregate":
                    continue
                runs.setdefault(b["run_name"], []).append(b)
    return runs


def ms(b, field="real_time"):
    factor = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b.get("time_unit", "ns")]
    return b[field] * factor


def matching(runs, name):
    """The runs of a benchmark; "name" also matches "name/iterations:11/manual_time"."""
    found = []
    for run_name, entries in runs.items():
        if run_name == name or run_name.startswith(name + "/iterations") or \
                run_name.startswith(name + "/manual_time"):
            found += entries
    return found


def median_time(runs, name, field="real_time"):
    entries = matching(runs, name)
    return statistics.median(ms(b, field) for b in entries) if entries else None


def median_counter(runs, name, counter):
    values = [b[counter] for b in matching(runs, name) if counter in b]
    return statistics.median(values) if values else None


def main():
    runs = load(sys.argv[1:])
    if not runs:
        print("no benchmark results", file=sys.stderr)
        return 1
    rows = []

    def row(figure, measured, judged, target, ok):
        verdict = "n/a" if ok is None else ("met" if ok else "OVER")
        rows.append((figure, measured, judged, target, verdict))

    one = median_time(runs, "analyseOnePersona", "cpu_time")
    row("recompute one persona", f"{one * 1000:.1f} µs" if one else "-",
        "median", "< 0.5 ms", None if one is None else one < 0.5)
    for kind, base, what in (("openWorkspace", "parseOnly", "json::parse"),
                             ("saveWorkspace", "dumpAndWriteOnly", "dump()+write")):
        t = median_time(runs, f"{kind}/10000")
        b = median_time(runs, f"{base}/10000")
        ratio = t / b if t and b else None
        row(f"{kind} 10,000 personas", f"{t:.0f} ms vs {b:.0f} ms" if ratio else "-",
            f"ratio to {what}: {ratio:.2f}" if ratio else "ratio", "< 2×",
            None if ratio is None else ratio < 2)
    p95 = [median_counter(runs, n, "p95_ms") for n in runs if n.startswith("BM_EditToPainted")]
    p95 = [p for p in p95 if p is not None]
    worst = max(p95) if p95 else None
    row("edit → charts painted (1,000 personas, 6 compared)",
        f"{worst:.1f} ms" if worst else "-", "p95, worst chart in view", "< 16 ms",
        None if worst is None else worst < 16)
    history = median_counter(runs, "BM_EditWithHistoryShown", "p95_ms")
    entries = median_counter(runs, "BM_EditWithHistoryShown", "history_entries")
    row(f"edit with the History shown ({entries:,.0f} entries)" if entries else
        "edit with the History shown", f"{history:.1f} ms" if history else "-", "p95",
        "< 16 ms", None if history is None else history < 16)
    for name, figure in (("startWorkbenchToFirstPaint", "start-up to first paint (sample)"),
                         ("exportSamplePdf", "b2x export of the sample to PDF")):
        m = median_counter(runs, name, "median_ms")
        row(figure, f"{m:.0f} ms" if m else "-", "median, whole process", "< 500 ms",
            None if m is None else m < 500)
    # Budget allocation and Monte Carlo (bench/BudgetBench.cpp): CPU time, like one persona.
    alloc = median_time(runs, "allocateThousandPersonas/100", "cpu_time")
    row("allocate 25 channels × 1,000 personas", f"{alloc:.1f} ms" if alloc else "-",
        "median CPU", "< 100 ms", None if alloc is None else alloc < 100)
    carlo = [median_time(runs, f"monteCarloTenThousandRuns/{i}", "cpu_time") for i in range(3)]
    carlo = [c for c in carlo if c is not None]
    worst_carlo = max(carlo) if carlo else None
    row("10,000 Monte Carlo runs, one persona", f"{worst_carlo:.1f} ms" if worst_carlo else "-",
        "median CPU, worst of 3 personas", "< 100 ms",
        None if worst_carlo is None else worst_carlo < 100)
    peak = median_counter(runs, "peakMemoryWith10000Personas", "peak_MiB")
    row("peak memory, 10,000 personas in the window", f"{peak:.0f} MiB" if peak else "-",
        "peak RSS", "< 300 MB", None if peak is None else peak * 1.048576 < 300)

    widths = [max(len(str(r[i])) for r in rows + [("figure", "measured", "judged by", "target",
                                                    "")]) for i in range(5)]
    header = ("figure", "measured", "judged by", "target", "")
    for r in [header] + rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
