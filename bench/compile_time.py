#!/usr/bin/env python3
"""Compile-time benchmark for accelspec (standard library only).

Times each compiler on three translation units, interleaved run by run so that machine load
falls on them alike, and prints medians and the ratios the project tracks:

  (a) bench/compile/umbrella.cpp        #include <accelspec/accelspec.hpp> only
  (b) bench/compile/catalog_static.cpp  (a) plus the determination of every catalog entry under
                                        every rule, each in a static_assert
  (c) generated                         only the standard headers the library itself includes,
                                        read from the compiler's include trace of (a), so it
                                        follows whatever the umbrella header includes

Goals: (a)/(c) <= 1.3 and (b)/(c) <= 2.0. Then (b) is compiled once more with the constexpr step
limits cut tenfold (g++: -fconstexpr-ops-limit, clang: -fconstexpr-steps) to show >= 10x headroom.

  python3 bench/compile_time.py [--runs 7] [--compilers g++ clang++] [--flags "-std=c++20 -O2"]

The figure is the median CPU time (user + system) of the compiler process; the median wall time
is printed beside it. Exit status: 0 when every compile succeeded (goals are reported, not
enforced), 1 when a compile failed, 2 on bad usage.
"""

import argparse
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = os.path.join(ROOT, "include")
TU_A = os.path.join(ROOT, "bench", "compile", "umbrella.cpp")
TU_B = os.path.join(ROOT, "bench", "compile", "catalog_static.cpp")

# Default constexpr limits of the compilers (GCC 12: 2^25 operations; clang 14: 2^20 steps).
DEFAULT_LIMITS = {"gcc": ("-fconstexpr-ops-limit", 33554432), "clang": ("-fconstexpr-steps", 1048576)}

GOALS = {"a/c": 1.3, "b/c": 2.0}


def compiler_family(cxx):
    out = subprocess.run([cxx, "--version"], capture_output=True, text=True, check=True).stdout
    return ("clang" if "clang" in out else "gcc"), out.splitlines()[0]


def library_std_headers(cxx, flags):
    """The standard headers that accelspec headers include, in first-seen order.

    Taken from the `#include <...>` lines of every accelspec header the compiler opens for (a)
    (listed by `-H`), keeping only the headers the compiler actually opened, so an #include in a
    branch the preprocessor skips (e.g. the no-exceptions branch) is not counted."""
    proc = subprocess.run([cxx, *flags, "-I", INCLUDE, "-H", "-fsyntax-only", TU_A],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"compile_time: {cxx} cannot compile {TU_A}:\n{proc.stderr}")
    opened = [os.path.normpath(m.group(1)) for m in
              (re.match(r"^\.+ (.+)$", line) for line in proc.stderr.splitlines()) if m]
    ours = [p for p in opened if os.path.abspath(p).startswith(INCLUDE + os.sep)]
    theirs = [p for p in opened if not os.path.abspath(p).startswith(INCLUDE + os.sep)]
    include_re = re.compile(r"^\s*#\s*include\s*<([^>]+)>", re.M)
    found = []
    for header in ours:
        with open(header, encoding="utf-8") as f:
            for name in include_re.findall(f.read()):
                if name not in found and any(p.endswith("/" + name) for p in theirs):
                    found.append(name)
    if not found:
        sys.exit("compile_time: found no standard header in the include trace of the umbrella header")
    return found


def timed_compile(cmd):
    """Runs a compile; returns (cpu seconds, wall seconds, returncode, stderr)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, wall, proc.returncode, stderr.decode(errors="replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7, help="runs per compiler and TU (median taken; default 7)")
    ap.add_argument("--compilers", nargs="+", default=["g++", "clang++"])
    ap.add_argument("--flags", default="-std=c++20 -O2", help='compile flags (default "-std=c++20 -O2")')
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    flags = shlex.split(args.flags)

    failed = False
    with tempfile.TemporaryDirectory(prefix="accelspec-compile-") as tmp:
        std_headers = library_std_headers(args.compilers[0], flags)
        tu_c = os.path.join(tmp, "std_only.cpp")
        with open(tu_c, "w", encoding="utf-8") as f:
            f.write("// Compile-time benchmark, TU (c): the standard headers accelspec includes.\n")
            f.writelines(f"#include <{h}>\n" for h in std_headers)
            f.write("\nint main() { return 0; }\n")
        print(f"(c) = the {len(std_headers)} standard headers the library includes: " + " ".join(
            f"<{h}>" for h in std_headers))
        print(f"flags: {' '.join(flags)} -c; {args.runs} interleaved runs; figures are medians\n")

        tus = {"a": TU_A, "b": TU_B, "c": tu_c}
        families = {cxx: compiler_family(cxx) for cxx in args.compilers}
        cpu = {(cxx, t): [] for cxx in args.compilers for t in tus}
        wall = {(cxx, t): [] for cxx in args.compilers for t in tus}
        order = list(tus)
        for run in range(args.runs):
            # Rotate the order every run so no TU always follows the same one.
            for t in order[run % 3:] + order[:run % 3]:
                for cxx in args.compilers:
                    obj = os.path.join(tmp, f"{t}.o")
                    c, w, rc, err = timed_compile([cxx, *flags, "-I", INCLUDE, "-c", tus[t], "-o", obj])
                    if rc != 0:
                        print(f"FAILED: {cxx} on ({t}):\n{err}", file=sys.stderr)
                        return 1
                    cpu[(cxx, t)].append(c)
                    wall[(cxx, t)].append(w)

        for cxx in args.compilers:
            family, version = families[cxx]
            med = {t: statistics.median(cpu[(cxx, t)]) for t in tus}
            medw = {t: statistics.median(wall[(cxx, t)]) for t in tus}
            print(f"{cxx}: {version}")
            for t, label in (("a", "umbrella only"), ("b", "umbrella + catalog static_asserts"),
                             ("c", "standard headers only")):
                print(f"  ({t}) {label:36s} cpu {med[t]:6.3f} s   wall {medw[t]:6.3f} s")
            for key in ("a/c", "b/c"):
                ratio = med[key[0]] / med["c"]
                verdict = "meets" if ratio <= GOALS[key] else "MISSES"
                print(f"  ({key}) = {ratio:5.2f}  (wall {medw[key[0]] / medw['c']:5.2f})  goal <= {GOALS[key]}: "
                      f"{verdict}")
            flag, default = DEFAULT_LIMITS[family]
            cut = default // 10
            _, _, rc, err = timed_compile([cxx, *flags, "-I", INCLUDE, f"{flag}={cut}", "-c", TU_B, "-o",
                                           os.path.join(tmp, "b_cut.o")])
            if rc == 0:
                print(f"  (b) with {flag}={cut} (default {default} / 10): compiles: >= 10x headroom\n")
            else:
                failed = True
                first = next((l for l in err.splitlines() if "error" in l), err.strip()[:300])
                print(f"  (b) with {flag}={cut} (default {default} / 10): FAILS: {first}\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
