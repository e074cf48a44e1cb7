#!/usr/bin/env python3
"""Opens the interactive page (accelspec.html) in headless Chromium and checks it against the CLI.

  check_page.py values  --page P --cli ACCELSPEC --chromium CHROMIUM --work DIR
      Every catalog chip x three destinations x two dates, and a few raw specs: each state is a
      URL query that the page reads through its own URL parsing and rendering path (the harness
      pushes it to the page's history and fires popstate, as the browser's back button does). The
      data-value of #tpp, #density, #eccn, #license and #review must be the JSON value that
      `accelspec assess --json` prints for the same inputs. One Chromium run for all states: one
      launch per state would take minutes.
  check_page.py console --page P --cli ACCELSPEC --chromium CHROMIUM --work DIR
      The page is at most 1.5 MB; opened with valid and invalid inputs it prints nothing to the
      console (no exception, no error), shows the CLI's own one-line message next to the field the
      message names, and never leaves the page without its answer or that message; opened directly
      (no harness) at the H200 for China on 2026-02-01 and at a raw spec, its data-values are the CLI's.
"""
import argparse
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

MAX_PAGE_BYTES = 1_500_000
DESTINATIONS = ["CN", "AE", "DE"]
DATES = ["2024-06-01", "2026-02-01"]
# Raw specs, as URL query parameters (the page's syntax: FORMAT:TERAOPS, MM2[:planar]).
RAW_SPECS = [
    [("dense", "fp8:296"), ("die", "814")],
    [("dense", "fp16:148"), ("dense", "fp16:148"), ("die", "600"), ("io-bandwidth", "900")],
    [("sparse", "fp8:1979"), ("die", "814"), ("dram-bandwidth", "4800")],
    [("dense", "int8:600"), ("die", "300:planar"), ("die", "200"), ("market", "other")],
    [("dense", "tf32:400"), ("dense", "fp16:150"), ("die", "700")],
    [("dense", "fp8:1200"), ("die", "700"), ("tf32-bits", "19"), ("headquarters", "CN")],
]
FIELDS = ["tpp", "density", "eccn", "license", "review"]


def cli_args(query):
    """The `accelspec assess` arguments for a URL query: what the page's own mapping must match."""
    args = []
    for name, value in query:
        if name in ("dense", "sparse"):
            value = value.replace(":", "=", 1)
        args += ["--" + name, value]
    return args


def expected_values(cli, query):
    out = subprocess.run([cli, "assess", *cli_args(query), "--json"], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"accelspec assess {' '.join(cli_args(query))} failed: {out.stderr.strip()}")
    a = json.loads(out.stdout)
    return {
        "tpp": a["tpp"],
        "density": a["classification"]["performance_density"],
        "eccn": a["eccn"],
        "license": a["license_required"],
        "review": a["review"],
    }


# The harness: the page in a frame, loaded with the first state of each chunk, then given the
# chunk's other states through history.pushState + popstate. A new frame every CHUNK states: Blink
# ignores a frame's history changes beyond 200 in 10 seconds.
HARNESS = """<!doctype html>
<html><head><meta charset="utf-8"><title>accelspec page harness</title></head>
<body><pre id="results">pending</pre>
<script>
'use strict';
const states = STATES;
const CHUNK = 100;
const out = document.getElementById('results');
const results = [];
function collect(w, query) {
  const d = w.document;
  const values = {};
  for (const id of FIELDS) {
    const e = d.getElementById(id);
    values[id] = e && e.hasAttribute('data-value') ? e.getAttribute('data-value') : null;
  }
  const errors = {};
  for (const e of d.querySelectorAll('.field-error')) if (!e.hidden) errors[e.id] = e.textContent;
  return { query, values, errors, status: d.getElementById('status').textContent,
           rendered: Number(d.documentElement.dataset.rendered || 0), url_query: w.location.search.slice(1) };
}
function chunk(first) {
  if (first >= states.length) {
    out.textContent = JSON.stringify(results);
    return;
  }
  const frame = document.createElement('iframe');
  frame.width = 1200;
  frame.height = 800;
  frame.src = 'PAGE_NAME' + (states[first] ? '?' + states[first] : '');
  document.body.append(frame);
  const wait = () => {
    const w = frame.contentWindow;
    const root = w && w.document && w.document.documentElement;
    if (!root || root.dataset.ready !== 'true') return setTimeout(wait, 20);
    try {
      const r = collect(w, states[first]);
      r.rerendered = r.rendered === 1;
      results.push(r);
      for (let i = first + 1; i < Math.min(first + CHUNK, states.length); ++i) {
        const before = Number(w.document.documentElement.dataset.rendered || 0);
        w.history.pushState(null, '', '?' + states[i]);
        w.dispatchEvent(new w.PopStateEvent('popstate'));
        const r = collect(w, states[i]);
        r.rerendered = r.rendered === before + 1;
        results.push(r);
      }
    } catch (e) {
      out.textContent = 'harness failed: ' + e;
      return;
    }
    frame.remove();
    chunk(first + CHUNK);
  };
  wait();
}
chunk(0);
</script></body></html>
"""


def chromium_command(args, profile, url, log_console=False):
    cmd = [
        args.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}",
        # The harness reads the page's document in its frame: both are file:// URLs.
        "--allow-file-access-from-files",
        f"--virtual-time-budget={args.budget_ms}", "--dump-dom",
    ]
    if log_console:
        cmd += ["--enable-logging=stderr", "--v=0"]
    return cmd + [url]


def open_directly(args, query):
    """The page itself opened at ?query (no harness, no frame): its five data-values, and stderr."""
    pathlib.Path(args.work).mkdir(parents=True, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="chromium-", dir=args.work)
    url = pathlib.Path(args.page).resolve().as_uri() + "?" + query
    try:
        p = subprocess.run(chromium_command(args, profile, url, True), capture_output=True, text=True,
                           timeout=args.timeout, check=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    values = {}
    for f in FIELDS:
        m = re.search(r'<[^>]*\bid="' + f + r'"[^>]*\bdata-value="([^"]*)"', p.stdout)
        values[f] = html.unescape(m.group(1)) if m else None
    return values, p.stderr


def run_harness(args, queries, log_console=False):
    """Loads every query into the page in one Chromium run; returns (results, chromium stderr)."""
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    page = work / "accelspec.html"
    shutil.copyfile(args.page, page)
    harness = work / "harness.html"
    harness.write_text(
        HARNESS.replace("PAGE_NAME", "accelspec.html")
        .replace("STATES", json.dumps(queries))
        .replace("FIELDS", json.dumps(FIELDS)),
        encoding="utf-8",
    )
    profile = tempfile.mkdtemp(prefix="chromium-", dir=work)
    cmd = chromium_command(args, profile, harness.as_uri(), log_console)
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    m = re.search(r'<pre id="results">(.*?)</pre>', p.stdout, re.S)
    if not m or not m.group(1).startswith("["):
        print(p.stderr[-3000:], file=sys.stderr)
        raise SystemExit("the harness did not finish: " + (m.group(1)[:300] if m else "no results element"))
    return json.loads(html.unescape(m.group(1))), p.stderr


def check_values(args):
    catalog = json.loads(subprocess.run([args.cli, "catalog", "--json"], capture_output=True, text=True,
                                        check=True).stdout)
    states = []
    for entry in catalog["entries"]:
        for dest in DESTINATIONS:
            for date in DATES:
                states.append([("chip", entry["chip"]["id"]), ("destination", dest), ("date", date)])
    for spec in RAW_SPECS:
        for dest in DESTINATIONS:
            states.append(spec + [("destination", dest), ("date", DATES[1])])
    queries = [urllib.parse.urlencode(s) for s in states]
    results, _ = run_harness(args, queries)
    if len(results) != len(states):
        raise SystemExit(f"{len(results)} results for {len(states)} states")
    failures = 0
    for state, r in zip(states, results):
        want = expected_values(args.cli, state)
        problems = []
        if not r["rerendered"]:
            problems.append("the page did not render the state once")
        if r["url_query"] != r["query"]:
            problems.append(f"the page's URL has ?{r['url_query']}")
        if r["errors"]:
            problems.append(f"errors shown: {r['errors']}")
        for f in FIELDS:
            got = r["values"][f]
            if got is None:
                problems.append(f"#{f} has no data-value")
            elif json.loads(got) != want[f]:
                problems.append(f"#{f}: data-value {got}, accelspec assess --json: {json.dumps(want[f])}")
        if problems:
            failures += 1
            print(f"FAIL ?{r['query']}: " + "; ".join(problems))
    print(f"{len(states) - failures} of {len(states)} states match accelspec assess --json "
          f"({len(catalog['entries'])} catalog chips x {len(DESTINATIONS)} destinations x {len(DATES)} dates, "
          f"{len(RAW_SPECS)} raw specs x {len(DESTINATIONS)} destinations)")
    return 1 if failures else 0


# Invalid inputs: (query, the field whose error element must show the CLI's message, the CLI's
# arguments that give that message).
BAD_INPUTS = [
    ("chip=nvidia-h2000&destination=CN", "chip", ["assess", "--chip", "nvidia-h2000", "--destination", "CN"]),
    ("dense=fp8:abc&die=814&destination=CN", "dense", ["assess", "--dense", "fp8=abc", "--die", "814", "--destination", "CN"]),
    ("dense=fp9:100&destination=CN", "dense", ["assess", "--dense", "fp9=100", "--destination", "CN"]),
    ("dense=fp8:100&die=0&destination=CN", "die", ["assess", "--dense", "fp8=100", "--die", "0", "--destination", "CN"]),
    ("dense=fp8:100&die=800:flat&destination=CN", "die", ["assess", "--dense", "fp8=100", "--die", "800:flat", "--destination", "CN"]),
    ("chip=nvidia-h20%00--json&destination=CN", "chip", ["assess", "--chip", "nvidia-h20\ufffd--json", "--destination", "CN"]),
    ("chip=nvidia-h20&destination=XX", "destination", ["assess", "--chip", "nvidia-h20", "--destination", "XX"]),
    ("chip=nvidia-h20&destination=CN&date=2026-13-01", "date", ["assess", "--chip", "nvidia-h20", "--destination", "CN", "--date", "2026-13-01"]),
    ("chip=nvidia-h20&destination=CN&headquarters=ZZ", "headquarters", ["assess", "--chip", "nvidia-h20", "--destination", "CN", "--headquarters", "ZZ"]),
    ("chip=nvidia-h20&destination=CN&tf32-bits=20", "tf32-bits", ["assess", "--chip", "nvidia-h20", "--destination", "CN", "--tf32-bits", "20"]),
    ("chip=nvidia-h20&dense=fp8:1&destination=CN", "chip", ["assess", "--chip", "nvidia-h20", "--dense", "fp8=1", "--destination", "CN"]),
    ("dense=fp8:100&market=cloud&destination=CN", "market", ["assess", "--dense", "fp8=100", "--market", "cloud", "--destination", "CN"]),
]
# Valid views that must render without a console message: no parameters (the example view), a
# chip without destination, and every optional input.
GOOD_INPUTS = [
    "",
    "chip=H20",
    "chip=nvidia-h20&destination=CN&date=2020-01-01",
    "chip=nvidia-h200-sxm&destination=CN&date=2026-02-01&headquarters=SG&tf32-bits=32",
    "dense=fp8:296&sparse=fp16:300&die=814&die=100:planar&market=datacenter&dram-bandwidth=4000"
    "&io-bandwidth=900&destination=AE&date=2025-06-01",
]
DIRECT = [
    [("chip", "nvidia-h200-sxm"), ("destination", "CN"), ("date", "2026-02-01")],
    [("dense", "fp8:296"), ("die", "814"), ("destination", "AE"), ("date", "2026-02-01")],
]
END_USER_QUERY = "chip=nvidia-h200-sxm&destination=CN&date=2026-02-01&end-user=Alibaba"


def message(line):
    """The CLI's error line without its "accelspec COMMAND: " prefix (classify and assess say the same)."""
    return re.sub(r"^accelspec [a-z-]+: ", "", line.strip())


def check_console(args):
    size = os.path.getsize(args.page)
    failures = []
    if size > MAX_PAGE_BYTES:
        failures.append(f"the page is {size} bytes, more than {MAX_PAGE_BYTES}")
    queries = [q for q, _, _ in BAD_INPUTS] + GOOD_INPUTS + [END_USER_QUERY]
    results, stderr = run_harness(args, queries, log_console=True)
    for (query, field, argv), r in zip(BAD_INPUTS, results):
        cli = subprocess.run([args.cli, *argv], capture_output=True, text=True, check=False)
        want = message(cli.stderr)
        if cli.returncode != 2 or not want:
            failures.append(f"accelspec {' '.join(argv)}: expected exit status 2 and a message")
            continue
        got = r["errors"].get(field + "-error")
        if got is None or message(got) != want:
            failures.append(f"?{query}: #{field}-error shows {got!r}, the CLI says {want!r} (all shown: {r['errors']})")
    for query, r in zip(GOOD_INPUTS, results[len(BAD_INPUTS):len(BAD_INPUTS) + len(GOOD_INPUTS)]):
        if r["errors"] or not r["rerendered"] or (query and r["url_query"] != query) or not r["status"] or r["status"].startswith("The page failed"):
            failures.append(f"?{query}: status {r['status']!r}, errors {r['errors']}")
    # end-user: passed to assess where the CLI's assess takes --end-user, else reported next to its
    # field as not supported by this build (never ignored in silence).
    end_user_query = END_USER_QUERY
    r = results[-1]
    help_text = subprocess.run([args.cli, "help", "assess"], capture_output=True, text=True, check=True).stdout
    if "--end-user" in help_text:
        state = [("chip", "nvidia-h200-sxm"), ("destination", "CN"), ("date", "2026-02-01"), ("end-user", "Alibaba")]
        want = expected_values(args.cli, state)
        if r["errors"] or any(json.loads(r["values"][f] or "0") != want[f] for f in FIELDS):
            failures.append(f"?{end_user_query}: {r['values']} {r['errors']}, accelspec assess --json: {want}")
    elif "not supported" not in r["errors"].get("end-user-error", ""):
        failures.append(f"?{end_user_query}: no 'not supported' next to end-user: {r['errors']}")
    # The issue's own check: the page opened directly (no harness) at a catalog chip's and at a raw
    # spec's URL gives the CLI's values.
    for state in DIRECT:
        query = urllib.parse.urlencode(state)
        values, err = open_directly(args, query)
        stderr += err
        want = expected_values(args.cli, state)
        for f in FIELDS:
            if values[f] is None or json.loads(values[f]) != want[f]:
                failures.append(f"accelspec.html?{query} opened directly: #{f} {values[f]}, CLI {json.dumps(want[f])}")
    # Chromium logs each console message (console.log/error, an uncaught exception) as CONSOLE.
    console = [line for line in stderr.splitlines() if "CONSOLE" in line]
    failures += [f"console: {line}" for line in console]
    for f in failures:
        print("FAIL " + f)
    print(f"page: {size} bytes (limit {MAX_PAGE_BYTES}); {len(BAD_INPUTS)} invalid and {len(GOOD_INPUTS)} valid "
          f"inputs; {len(console)} console messages")
    return 1 if failures else 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("check", choices=["values", "console"])
    p.add_argument("--page", required=True)
    p.add_argument("--cli", required=True)
    p.add_argument("--chromium", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--budget-ms", type=int, default=60000)
    p.add_argument("--timeout", type=int, default=500)
    args = p.parse_args()
    return check_values(args) if args.check == "values" else check_console(args)


if __name__ == "__main__":
    sys.exit(main())
