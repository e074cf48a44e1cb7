#!/usr/bin/env python3
"""Batch throughput of the accelspec CLI: rows per CPU second and peak memory.

Generates N Epoch-AI-like CSV rows (the columns of Epoch's "Machine Learning Hardware" CSV, rates
in scientific notation, some cells empty, a few float artefacts such as 65129999999999.9 that the
CLI rounds) and runs, on that file:

  classify --csv FILE --output-csv
  assess   --csv FILE --destination CN --date 2026-02-01 --output-csv
  assess   --csv FILE --destination CN --date 2026-02-01 --json

Each command's output goes to a file in a temporary folder. Throughput is rows / (user + sys CPU
seconds of the command), from the kernel's resource usage of the child (wait4), not wall time: on a
shared machine wall time measures the neighbours. Peak memory is the command's maximum resident set
size (GNU time's %M). The exit status must be 0 and every row must have its result. Measure a Release build (the demo preset: build/demo/examples/accelspec).

usage: bench/batch_throughput.py [--cli PATH] [--rows N] [--repeat K]
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time

HEADER = [
    "Hardware name", "Manufacturer", "Type", "Release date", "Notes, free text",
    "FP64 (double precision) performance (FLOP/s)", "FP32 (single precision) performance (FLOP/s)",
    "FP16 (half precision) performance (FLOP/s)", "TF32 (TensorFloat-32) performance (FLOP/s)",
    "Tensor-FP16/BF16 performance (FLOP/s)", "INT16 performance (OP/s)", "INT8 performance (OP/s)",
    "INT4 performance (OP/s)", "FP8 performance (FLOP/s)", "FP4 performance (FLOP/s)",
    "Memory size per board (Byte)", "Memory bandwidth (byte/s)", "Die Size (mm^2)", "Process size (nm)",
    "Price (USD)",
]

GOALS = {"classify --output-csv": 300_000, "assess --output-csv": 150_000, "assess --json": 50_000}


def rate(rng, lo_tflops, hi_tflops):
    """A FLOP/s figure in Epoch's scientific notation, with 4 significant digits."""
    v = rng.uniform(lo_tflops, hi_tflops) * 1e12
    return "%.3e" % v


def generate(path, rows, seed=1):
    rng = random.Random(seed)
    vendors = ["NVIDIA", "AMD", "Intel", "Google", "Huawei", "Example"]
    with open(path, "w", newline="") as f:
        f.write(",".join('"%s"' % h if "," in h else h for h in HEADER) + "\n")
        for i in range(rows):
            fp16 = rng.uniform(5, 2500)
            cells = [
                "Chip %d" % i, rng.choice(vendors), rng.choice(["GPU", "ASIC", "TPU"]),
                "20%02d-%02d-%02d" % (rng.randint(12, 26), rng.randint(1, 12), rng.randint(1, 28)),
                '"note, with a comma"' if i % 7 == 0 else "",
                rate(rng, 0.1, 80) if i % 3 else "",
                rate(rng, 1, 120),
                "" if i % 2 else "%.3e" % (fp16 * 0.25e12),
                "" if i % 4 == 1 else "%.3e" % (fp16 * 0.5e12),
                "%.3e" % (fp16 * 1e12),
                "",
                "%.3e" % (fp16 * 2e12) if i % 5 else "",
                "",
                "%.3e" % (fp16 * 2e12) if i % 3 == 0 else "",
                "",
                "%.0e" % rng.choice([16e9, 24e9, 32e9, 48e9, 80e9, 96e9, 141e9]),
                "%.3e" % rng.uniform(0.3e12, 8e12),
                # A float artefact now and then, as spreadsheets write them.
                ("%d.0000000000001" % rng.randint(100, 850)) if i % 97 == 0 else str(rng.randint(100, 850)),
                str(rng.choice([4, 5, 6, 7, 8, 12, 16, 28])),
                "" if i % 2 else str(rng.randint(1000, 40000)),
            ]
            if i % 101 == 0:
                cells[9] = "65129999999999.9"
            f.write(",".join(cells) + "\n")


def measure(cli, args, out_path):
    """Exit status, CPU seconds (user, sys), peak RSS in MB, wall seconds, stderr.

    The peak RSS comes from /usr/bin/time when there is one: the child's own ru_maxrss would also
    count the Python process it was forked from, before the exec.
    """
    rss_file = out_path + ".rss"
    wrapper = ["/usr/bin/time", "-f", "%M", "-o", rss_file] if os.path.exists("/usr/bin/time") else []
    with open(out_path, "wb") as out:
        start = time.monotonic()
        p = subprocess.Popen(wrapper + [cli] + args, stdout=out, stderr=subprocess.PIPE)
        err = p.stderr.read().decode("utf-8", "replace")
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - start
        p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    rss = usage.ru_maxrss / 1024.0
    if wrapper:
        with open(rss_file) as f:
            rss = int(f.read().split()[-1]) / 1024.0
    return code, (usage.ru_utime, usage.ru_stime), rss, wall, err


def count_results(path, json_output):
    mark = b'{"row":' if json_output else b"\n"
    n = 0
    # The last len(mark) - 1 bytes of a block go before the next one: a mark split across two
    # blocks is counted there, and no whole mark fits in them to be counted twice.
    carry = b""
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            data = carry + block
            n += data.count(mark)
            carry = data[len(data) - (len(mark) - 1):] if len(mark) > 1 else b""
    return n if json_output else n - 1  # CSV: the header line


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default="build/demo/examples/accelspec")
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3, help="runs per command; the fastest is reported")
    a = ap.parse_args()
    runs = [
        ("classify --output-csv", ["classify", "--csv", None, "--output-csv"], False),
        ("assess --output-csv", ["assess", "--csv", None, "--destination", "CN", "--date", "2026-02-01",
                                 "--output-csv"], False),
        ("assess --json", ["assess", "--csv", None, "--destination", "CN", "--date", "2026-02-01", "--json"], True),
    ]
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "epoch_like.csv")
        generate(data, a.rows)
        print("%d Epoch-like rows (%.1f MB); CPU time = user + sys of the command, best of %d"
              % (a.rows, os.path.getsize(data) / 1e6, a.repeat))
        print("%-24s %12s %10s %8s %8s %14s %12s %6s" % ("command", "rows/s (CPU)", "CPU s", "user s", "sys s",
                                                         "peak RSS (MB)", "goal rows/s", "met"))
        for name, args, json_output in runs:
            args = [data if x is None else x for x in args]
            best = None
            for _ in range(a.repeat):
                out = os.path.join(tmp, "out")
                code, (user, system), rss, wall, err = measure(a.cli, args, out)
                cpu = user + system
                if code != 0:
                    print("%s: exit status %d: %s" % (name, code, err.strip()[:300]), file=sys.stderr)
                    failed = True
                    break
                results = count_results(out, json_output)
                if results != a.rows:
                    print("%s: %d results for %d rows" % (name, results, a.rows), file=sys.stderr)
                    failed = True
                if best is None or cpu < best[0]:
                    best = (cpu, rss, wall, user, system)
            if best is None:
                continue
            cpu, rss, wall, user, system = best
            per_s = a.rows / cpu if cpu > 0 else float("inf")
            goal = GOALS[name]
            print("%-24s %12.0f %10.2f %8.2f %8.2f %14.1f %12d %6s" % (
                name, per_s, cpu, user, system, rss, goal, "yes" if per_s >= goal and rss <= 64 else "no"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
