#!/usr/bin/env python3
"""Compile-time benchmark for accelspec (standard library only).

Times each compiler on these translation units, interleaved run by run so that machine load
falls on them alike, and prints medians and the ratios the project tracks:

  (a) bench/compile/umbrella.cpp      #include <accelspec/accelspec.hpp> (the core) only
  (b) bench/compile/catalog_loop.cpp  the core and the catalog, and one static_assert over a
                                      consteval loop that classifies every catalog entry under
                                      every vintage of the rule
  (b+) the same, -DACCELSPEC_BENCH_FINDINGS  the loop also builds every determination's findings
                                      (reported beside (b); no goal of its own)
  (c) generated                       only the standard headers that (a) and (b) include, read
                                      from the compiler's include trace, so it follows whatever
                                      the headers include (the floor)
  (n<N>) generated                    the core and N distinct specs, each classified in its own
                                      static_assert (specs per translation unit)

Goals: (a)/(c) <= 1.3 and (b)/(c) <= 2.0. Then the constexpr step limit (g++:
-fconstexpr-ops-limit, clang: -fconstexpr-steps) that (b) needs is found by bisection, and
compared with the compiler's default: the goal is >= 10x headroom (compiles with the default cut
tenfold). (b) classifies the entries as the catalog offers them, checked and measured when each
was defined; the limit that the same loop needs on the bare specs, measured again in the loop
(b'), is reported beside it.

  python3 bench/compile_time.py [--runs 7] [--compilers g++-12 clang++-19] [--flags "-std=c++20 -O2"]

The figure is the minimum CPU time (user + system) of the compiler process over the runs (on a
loaded machine the least-disturbed run is the closest to the compiler's own cost; --stat median
takes the median instead); the median wall time is printed beside it. Exit status: 0 when every compile succeeded (goals are
reported, not enforced), 1 when a compile failed, 2 on bad usage.
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
TU_B = os.path.join(ROOT, "bench", "compile", "catalog_loop.cpp")

# Default constexpr limits of the compilers (GCC 12: 2^25 operations; clang 14: 2^20 steps).
DEFAULT_LIMITS = {"gcc": ("-fconstexpr-ops-limit", 33554432), "clang": ("-fconstexpr-steps", 1048576)}

GOALS = {"a/c": 1.3, "b/c": 2.0}


def compiler_family(cxx):
    out = subprocess.run([cxx, "--version"], capture_output=True, text=True, check=True).stdout
    return ("clang" if "clang" in out else "gcc"), out.splitlines()[0]


def library_std_headers(cxx, flags, tu):
    """The standard headers that accelspec headers include, in first-seen order.

    Taken from the `#include <...>` lines of every accelspec header the compiler opens for (a)
    (listed by `-H`), keeping only the headers the compiler actually opened, so an #include in a
    branch the preprocessor skips (e.g. the no-exceptions branch) is not counted."""
    proc = subprocess.run([cxx, *flags, "-I", INCLUDE, "-H", "-fsyntax-only", tu],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"compile_time: {cxx} cannot compile {tu}:\n{proc.stderr}")
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


SPEC_FORMATS = ["fp16", "bf16", "fp8", "int8", "tf32", "fp32", "fp64"]


def specs_tu(n):
    """A TU with n distinct specs (2-4 rates, 1-2 dies), each classified in a static_assert."""
    lines = ["// Compile-time benchmark: specs per translation unit (generated).",
             "#include <accelspec/accelspec.hpp>", "namespace as = accelspec;",
             "using namespace accelspec::literals;", ""]
    for i in range(n):
        rates = 2 + i % 3
        fmts = ", ".join(f"as::dense(as::{SPEC_FORMATS[(i + k) % len(SPEC_FORMATS)]}, {100 + 7 * i + 13 * k}.5_tflops)"
                         for k in range(rates))
        dies = [f'{{.name = "l{i}", .area = {300 + 11 * i}_mm2, .transistors = as::non_planar}}']
        if i % 2:
            dies.append(f'{{.name = "h{i}", .area = 110_mm2, .transistors = as::planar, .role = as::die_role::memory}}')
        lines.append(f"constexpr as::accelerator chip{i}{{.market = as::market::datacenter, .compute = {{{fmts}}}, "
                     f".dies = {{{', '.join(dies)}}}}};")
        lines.append(f"static_assert(as::classify(chip{i}, as::rules::latest).applied == &as::rules::latest);")
    lines.append("int main() { return 0; }")
    return "\n".join(lines) + "\n"


def needed_limit(cxx, family, flags, tu, tmp):
    """The smallest constexpr limit (within 1%) with which `tu` compiles, by bisection."""
    flag, default = DEFAULT_LIMITS[family]
    lo, hi = 100, default * 4
    def ok(limit):
        return subprocess.run([cxx, *flags, "-I", INCLUDE, f"{flag}={limit}", "-fsyntax-only", *tu],
                              capture_output=True).returncode == 0
    if not ok(hi):
        return None
    while hi - lo > max(lo // 100, 1):
        mid = (lo + hi) // 2
        if ok(mid):
            hi = mid
        else:
            lo = mid
    return hi


def catalog_vendors():
    """Each per-vendor catalog header with the qualified names of the entries it defines."""
    folder = os.path.join(INCLUDE, "accelspec", "catalog")
    out = []
    for name in sorted(os.listdir(folder)):
        stack, entries = [], []
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                m = re.match(r"namespace ([\w:]+) \{", line)
                if m:
                    stack.append(m.group(1))
                elif re.match(r"\}  // namespace", line) and stack:
                    stack.pop()
                m = re.match(r"inline constexpr entry (\w+)\{", line)
                if m:
                    entries.append("::" + "::".join(stack + [m.group(1)]))
        if entries:
            out.append((name, entries))
    return out


def catalog_table(args, flags, tmp):
    """Per vendor header: what including it costs over the core, and classifying its entries."""
    vendors = catalog_vendors()
    tus = {"core": TU_A}
    for name, entries in vendors:
        inc = f"#include <accelspec/accelspec.hpp>\n#include <accelspec/catalog/{name}>\n"
        for kind, body in (("inc", ""), ("cls", "".join(
                f"static_assert(::accelspec::classify({e}.chip()).applied != nullptr);\n" for e in entries))):
            path = os.path.join(tmp, f"vendor_{name[:-4]}_{kind}.cpp")
            with open(path, "w", encoding="utf-8") as f:
                f.write(inc + body + "int main() { return 0; }\n")
            tus[f"{name}:{kind}"] = path
    order = list(tus)
    for cxx in args.compilers:
        cpu = {t: [] for t in tus}
        for run in range(args.runs):
            k = run % len(order)
            for t in order[k:] + order[:k]:
                c, _, rc, err = timed_compile([cxx, *flags, "-I", INCLUDE, "-c", tus[t], "-o",
                                               os.path.join(tmp, "v.o")])
                if rc != 0:
                    print(f"FAILED: {cxx} on {t}:\n{err}", file=sys.stderr)
                    return 1
                cpu[t].append(c)
        summary = min if args.stat == "min" else statistics.median
        fig = {t: summary(v) for t, v in cpu.items()}
        print(f"{cxx}: per vendor header ({args.stat} of {args.runs} runs, CPU time over the core umbrella "
              f"{fig['core']:.3f} s)")
        print("  | header | entries | include: s over core | include: ms per entry | "
              "classify each in a static_assert: ms per entry |")
        total = 0
        for name, entries in vendors:
            n = len(entries)
            total += n
            inc = fig[f"{name}:inc"] - fig["core"]
            cls = fig[f"{name}:cls"] - fig[f"{name}:inc"]
            print(f"  | {name} | {n} | {inc:.3f} | {inc / n * 1000:.1f} | {cls / n * 1000:.1f} |")
        print(f"  ({total} entries)\n")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7, help="runs per compiler and TU (default 7)")
    ap.add_argument("--catalog-table", action="store_true",
                    help="also time each per-vendor catalog header alone: its include cost and the cost "
                         "of classifying each of its entries in a static_assert")
    ap.add_argument("--stat", choices=["min", "median"], default="min",
                    help="how the runs of a TU are summed up (default min: the least-disturbed run)")
    ap.add_argument("--compilers", nargs="+", default=["g++", "clang++"])
    ap.add_argument("--flags", default="-std=c++20 -O2", help='compile flags (default "-std=c++20 -O2")')
    ap.add_argument("--specs", type=int, nargs="*", default=[1, 16, 64],
                    help="specs-per-TU sizes (default 1 16 64; none to skip)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    flags = shlex.split(args.flags)

    with tempfile.TemporaryDirectory(prefix="accelspec-compile-") as tmp:
        std_headers = library_std_headers(args.compilers[0], flags, TU_A)
        for h in library_std_headers(args.compilers[0], flags, TU_B):
            if h not in std_headers:
                std_headers.append(h)
        tu_c = os.path.join(tmp, "std_only.cpp")
        with open(tu_c, "w", encoding="utf-8") as f:
            f.write("// Compile-time benchmark, TU (c): the standard headers accelspec includes.\n")
            f.writelines(f"#include <{h}>\n" for h in std_headers)
            f.write("\nint main() { return 0; }\n")
        print(f"(c) = the {len(std_headers)} standard headers (a) and (b) include: " + " ".join(
            f"<{h}>" for h in std_headers))
        print(f"flags: {' '.join(flags)} -c; {args.runs} interleaved runs; figures are the {args.stat} of CPU time\n")

        tus = {"a": TU_A, "b": TU_B, "b+": TU_B, "c": tu_c}
        tu_defines = {"b+": ["-DACCELSPEC_BENCH_FINDINGS"]}
        for n in args.specs:
            path = os.path.join(tmp, f"specs_{n}.cpp")
            with open(path, "w", encoding="utf-8") as f:
                f.write(specs_tu(n))
            tus[f"n{n}"] = path
        families = {cxx: compiler_family(cxx) for cxx in args.compilers}
        cpu = {(cxx, t): [] for cxx in args.compilers for t in tus}
        wall = {(cxx, t): [] for cxx in args.compilers for t in tus}
        order = list(tus)
        for run in range(args.runs):
            # Rotate the order every run so no TU always follows the same one.
            k = run % len(order)
            for t in order[k:] + order[:k]:
                for cxx in args.compilers:
                    obj = os.path.join(tmp, f"{t.replace('+', 'x')}.o")
                    c, w, rc, err = timed_compile(
                        [cxx, *flags, *tu_defines.get(t, []), "-I", INCLUDE, "-c", tus[t], "-o", obj])
                    if rc != 0:
                        print(f"FAILED: {cxx} on ({t}):\n{err}", file=sys.stderr)
                        return 1
                    cpu[(cxx, t)].append(c)
                    wall[(cxx, t)].append(w)

        for cxx in args.compilers:
            family, version = families[cxx]
            summary = min if args.stat == "min" else statistics.median
            med = {t: summary(cpu[(cxx, t)]) for t in tus}
            medw = {t: statistics.median(wall[(cxx, t)]) for t in tus}
            print(f"{cxx}: {version}")
            labels = {"a": "core umbrella only", "b": "core + catalog, consteval loop",
                      "b+": "the same, every determination's findings built", "c": "standard headers only"}
            for n in args.specs:
                labels[f"n{n}"] = f"core + {n} specs, each static_assert-ed"
            for t in tus:
                print(f"  ({t}) {labels[t]:48s} cpu {med[t]:6.3f} s   wall {medw[t]:6.3f} s")
            for key in ("a/c", "b/c"):
                ratio = med[key[0]] / med["c"]
                verdict = "meets" if ratio <= GOALS[key] else "MISSES"
                print(f"  ({key}) = {ratio:5.2f}  (wall {medw[key[0]] / medw['c']:5.2f})  goal <= {GOALS[key]}: "
                      f"{verdict}")
            print(f"  (b+/c) = {med['b+'] / med['c']:5.2f}  (wall {medw['b+'] / medw['c']:5.2f})  "
                  "(findings built too; beside (b), no goal of its own)")
            if len(args.specs) >= 2:
                lo_n, hi_n = args.specs[0], args.specs[-1]
                per = (med[f"n{hi_n}"] - med[f"n{lo_n}"]) / (hi_n - lo_n)
                print(f"  per spec classified in a static_assert: {per * 1000:6.2f} ms "
                      f"(from n{lo_n} to n{hi_n})")
            flag, default = DEFAULT_LIMITS[family]
            for label, tu in (("(b) ", [TU_B]), ("(b+)", ["-DACCELSPEC_BENCH_FINDINGS", TU_B]),
                              ("(b')", ["-DACCELSPEC_BENCH_SPECS", TU_B])):
                need = needed_limit(cxx, family, flags, tu, tmp)
                if need is None:
                    print(f"  {label} does not compile even with {flag}={default * 4}")
                    continue
                headroom = default / need
                verdict = "meets" if headroom >= 10 else "MISSES"
                what = {"(b) ": "", "(b+)": " (findings built too)",
                        "(b')": " (the loop on e->chip(): every spec measured again)"}[label]
                print(f"  {label} needs {flag}={need} of the default {default}: headroom {headroom:5.1f}x, "
                      f"goal >= 10x: {verdict}{what}")
            print()
        if args.catalog_table:
            return catalog_table(args, flags, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
