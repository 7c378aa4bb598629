#!/usr/bin/env python3
"""Runs CallStop's benchmarks and writes BENCHMARKS.md. Called by scripts/bench."""
import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

import throughput

HERE = os.path.dirname(os.path.abspath(__file__))


def run_timed(cmd, env=None, stdout=subprocess.DEVNULL):
    """Wall time (s) and peak RSS (MiB) of a command, from /usr/bin/time -v."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-v", "-o", t.name] + cmd, check=True, stdout=stdout,
                       stderr=subprocess.DEVNULL, env=env)
        wall = time.perf_counter() - start
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(t.name).read()).group(1)) / 1024
    return wall, rss


def stats(values):
    return statistics.median(values), min(values), max(values)


def fmt(values, unit, digits=2):
    med, lo, hi = stats(values)
    return f"{med:.{digits}f} {unit} (min {lo:.{digits}f}, max {hi:.{digits}f})"


PY_EXTRACT = r"""
import csv, sys, uuid
seen = set(); out = []
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    r = csv.reader(f); next(r)
    for row in r:
        v = row[0].strip().strip('{}').lower()
        try:
            uuid.UUID(v)
        except ValueError:
            continue
        if len(v) == 36 and v not in seen:
            seen.add(v); out.append(v)
sys.stdout.write('\n'.join(out) + '\n')
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--calls", type=int, default=100_000, help="IDs of the throughput jobs")
    ap.add_argument("--throughput-runs", type=int, default=3)
    ap.add_argument("--history", type=int, default=100_000, help="calls in the history read by find")
    ap.add_argument("--only-find", action="store_true", help="measure find only and print it")
    ap.add_argument("--job-sizes", default="100000,1000000", help="IDs of the console jobs, comma-separated")
    ap.add_argument("--job-runs", type=int, default=2, help="runs of each console job without the check")
    ap.add_argument("--checked-job-runs", type=int, default=1,
                    help="runs of each console job with the per-call check (one GET per call: minutes at 1,000,000)")
    ap.add_argument("--only-jobs", action="store_true", help="measure the console jobs only and print them")
    args = ap.parse_args()
    cli = os.path.join(args.build, "src/cli/callstop-cli")
    gui = os.path.join(args.build, "bench/bench_gui")
    qnam = os.path.join(args.build, "bench/bench_qnam")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        sandbox_exe = os.path.join(args.build, "src/sandbox/callstop-sandbox")
        # A job through the console's window beside the same job in the CLI, each on a fresh sandbox.
        jobs = {}
        for n in [int(v) for v in args.job_sizes.split(",") if v]:
            for check in (False, True):
                runs = [throughput.time_console_job(gui, cli, sandbox_exe, n, tmp, check)
                        for _ in range(args.checked_job_runs if check else args.job_runs)]
                jobs[(n, check)] = {k: [r[k] for r in runs] for k in runs[0]}
        results["jobs"] = jobs
        if args.only_jobs:
            print(json.dumps({f"{n} {'checked' if c else 'unchecked'}": v for (n, c), v in jobs.items()}))
            return
        find = {"cli": [], "rss": [], "curl": [], "found": [], "curl_found": []}
        history = throughput.Sandbox(sandbox_exe, args.history)
        try:
            for _ in range(args.throughput_runs):
                wall, rss, found = throughput.time_find(cli, history, tmp)
                find["cli"].append(wall)
                find["rss"].append(rss)
                find["found"].append(found)
                wall, found = throughput.time_curl_paging(history, args.history, tmp)
                find["curl"].append(wall)
                find["curl_found"].append(found)
        finally:
            history.stop()
        results["find"] = find
        # The console's Find Calls over the same history: time to all rows, longest event-loop stall, memory.
        genv = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        gui_find = {"s": [], "stall": [], "rss": [], "rows": []}
        for _ in range(args.throughput_runs):
            out = subprocess.run([gui, "find", str(args.history)], check=True, capture_output=True, text=True,
                                 env=genv)
            o = json.loads(out.stdout.strip().splitlines()[-1])
            gui_find["s"].append(o["find_ms"] / 1000)
            gui_find["stall"].append(o["max_stall_ms"])
            gui_find["rss"].append(o["rss_after_kib"] / 1024)
            gui_find["rows"].append(o["rows"])
        results["gui_find"] = gui_find
        if args.only_find:
            print(json.dumps({"cli": find, "gui": results["gui_find"]}))
            return
        export = os.path.join(tmp, "export.csv")
        subprocess.run([sys.executable, os.path.join(HERE, "make_export.py"), export, str(args.rows)], check=True)
        size_mb = os.path.getsize(export) / 1e6
        pyscript = os.path.join(tmp, "extract.py")
        open(pyscript, "w").write(PY_EXTRACT)

        # Warm the page cache once so every tool reads from memory.
        subprocess.run(["cat", export], stdout=subprocess.DEVNULL, check=True)
        extract = {"callstop": [], "python": [], "wc": [], "rss": [], "nohuge": [], "nohuge_rss": []}
        nohuge_env = dict(os.environ, CALLSTOP_NO_HUGE_PAGES="1")
        for _ in range(args.runs):
            wall, rss = run_timed([cli, "extract", "--csv", export])
            extract["callstop"].append(wall)
            extract["rss"].append(rss)
            wall, rss = run_timed([cli, "extract", "--csv", export], env=nohuge_env)
            extract["nohuge"].append(wall)
            extract["nohuge_rss"].append(rss)
            extract["python"].append(run_timed([sys.executable, pyscript, export])[0])
            extract["wc"].append(run_timed(["wc", "-l", export])[0])
        results["extract"] = extract

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        gui_runs = {"import_ms": [], "max_stall_ms": [], "model_bytes_per_row": [], "rss_mib": []}
        for _ in range(args.runs):
            out = subprocess.run([gui, "import", export], check=True, capture_output=True, text=True, env=env)
            o = json.loads(out.stdout.strip().splitlines()[-1])
            gui_runs["import_ms"].append(o["import_ms"])
            gui_runs["max_stall_ms"].append(o["max_stall_ms"])
            gui_runs["model_bytes_per_row"].append(o["model_bytes_per_row"])
            gui_runs["rss_mib"].append(o["rss_after_kib"] / 1024)
        results["gui_import"] = gui_runs

        startup = []
        for _ in range(args.runs):
            out = subprocess.run([gui, "startup"], check=True, capture_output=True, text=True, env=env)
            startup.append(json.loads(out.stdout.strip().splitlines()[-1])["startup_ms"])
        results["startup"] = startup

        filt = {"ms": [], "rss": []}
        for _ in range(max(3, args.runs // 2)):
            out = subprocess.run([gui, "filter", export], check=True, capture_output=True, text=True, env=env)
            o = json.loads(out.stdout.strip().splitlines()[-1])
            filt["ms"].append(o["filter_keystroke_ms"])
            filt["rss"].append(o["rss_kib"] / 1024)
        results["filter"] = filt

        sandbox = os.path.join(args.build, "src/sandbox/callstop-sandbox")
        tp = {}
        for c in (1, 4, 8, 16):
            tp[c] = {"cli": [], "qnam": [], "curl": [], "wrk_rps": []}
            for _ in range(args.throughput_runs):
                tp[c]["cli"].append(throughput.time_cli(cli, sandbox, args.calls, c, tmp))
                tp[c]["qnam"].append(throughput.time_qnam(qnam, sandbox, args.calls, c, tmp))
                tp[c]["curl"].append(throughput.time_curl(sandbox, args.calls, c, tmp))
                tp[c]["wrk_rps"].append(throughput.wrk_ceiling(sandbox, args.calls, c, tmp))
        results["throughput"] = tp
        # The same over HTTPS (the production path): a throw-away CA made with openssl, trusted by all three.
        tls = throughput.Tls(tmp)
        tps = {}
        for c in (4, 8):
            tps[c] = {"cli": [], "qnam": [], "curl": [], "wrk_rps": []}
            for _ in range(args.throughput_runs):
                tps[c]["cli"].append(throughput.time_cli(cli, sandbox, args.calls, c, tmp, tls=tls))
                tps[c]["qnam"].append(throughput.time_qnam(qnam, sandbox, args.calls, c, tmp, tls=tls))
                tps[c]["curl"].append(throughput.time_curl(sandbox, args.calls, c, tmp, tls=tls))
                tps[c]["wrk_rps"].append(throughput.wrk_ceiling(sandbox, args.calls, c, tmp, tls=tls))
        results["throughput_https"] = tps
        latency = {}
        for c in (4, 8, 16):
            latency[c] = {"cli": [], "qnam": [], "curl": []}
            for _ in range(args.throughput_runs):
                latency[c]["cli"].append(throughput.time_cli(cli, sandbox, args.calls, c, tmp, latency_ms=50))
                latency[c]["qnam"].append(throughput.time_qnam(qnam, sandbox, args.calls, c, tmp, latency_ms=50))
                latency[c]["curl"].append(throughput.time_curl(sandbox, args.calls, c, tmp, latency_ms=50))
        results["latency"] = latency

    cpu = "unknown"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    try:
        thp = open("/sys/kernel/mm/transparent_hugepage/enabled").read().strip()
    except OSError:
        thp = "unknown"
    e = results["extract"]
    ratio_py = [p / c for p, c in zip(e["python"], e["callstop"])]
    ratio_wc = [c / w for w, c in zip(e["wc"], e["callstop"])]
    g = results["gui_import"]
    lines = [
        "# Benchmarks",
        "",
        "Written by `scripts/bench` (do not edit by hand). Each figure is the median of the runs, with min and max;",
        "comparisons are ratios of runs made side by side in the same invocation.",
        "",
        f"- Machine: {os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}; transparent huge pages:",
        f"  `{thp}` (the advice matters only with `[madvise]`)",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; runs per figure: {args.runs}",
        f"- Input: a {args.rows:,}-row, 8-column export ({size_mb:.0f} MB) from `bench/make_export.py`: call IDs, agent IDs,",
        "  quoted multi-line transcripts in one row of ten.",
        "",
        "## Import",
        "",
        "| what | figure | target |",
        "|---|---|---|",
        f"| `callstop-cli extract --csv`, wall time | {fmt(e['callstop'], 's')} | ≤ 1.0 s (CSV issue), ≤ 0.5 s (speed issue) |",
        f"| `callstop-cli extract --csv`, peak RSS | {fmt(e['rss'], 'MiB', 0)} | ≤ 100 MB (CSV issue), ≤ 64 MB (speed issue) |",
        f"| Python `csv` module, same extraction | {fmt(e['python'], 's')} | |",
        f"| Python time / CallStop time | {fmt(ratio_py, 'x', 1)} | ≥ 8x (CSV issue), ≥ 10x (speed issue) |",
        f"| the same without the huge-page advice (`CALLSTOP_NO_HUGE_PAGES=1`), wall time | {fmt(e['nohuge'], 's')} | |",
        f"| without the huge-page advice, peak RSS | {fmt(e['nohuge_rss'], 'MiB', 0)} | ≤ 64 MB |",
        f"| without the huge-page advice, Python time / CallStop time | {fmt([p / c for p, c in zip(e['python'], e['nohuge'])], 'x', 1)} | ≥ 10x |",
        f"| `wc -l` (reading the bytes) | {fmt(e['wc'], 's', 3)} | |",
        f"| CallStop time / `wc -l` time | {fmt(ratio_wc, 'x', 1)} | |",
        f"| GUI: import through the dialog to all rows shown | {fmt([v / 1000 for v in g['import_ms']], 's')} | ≤ 3 s (CSV), ≤ 2 s (speed) |",
        f"| GUI: longest event-loop stall during the import | {fmt(g['max_stall_ms'], 'ms', 0)} | ≤ 100 ms |",
        f"| GUI: model memory per row | {fmt(g['model_bytes_per_row'], 'bytes', 0)} | ≤ 40 bytes |",
        f"| GUI: resident memory with the rows | {fmt(g['rss_mib'], 'MiB', 0)} | ≤ 150 MB |",
        "",
        "## Console",
        "",
        "| what | figure | target |",
        "|---|---|---|",
        f"| process start to main window shown (offscreen) | {fmt(results['startup'], 'ms', 0)} | ≤ 300 ms |",
        f"| filter keystroke answered, {args.rows:,} rows | {fmt(results['filter']['ms'], 'ms', 0)} | ≤ 100 ms |",
        f"| resident memory during the filter run | {fmt(results['filter']['rss'], 'MiB', 0)} | ≤ 150 MB |",
        "",
        "## A job in the console",
        "",
        "A job through the real window (`bench_gui job`, offscreen: paste, confirm, run to the end), batches of 100, 4",
        "in flight, against `callstop-sandbox` on loopback; beside it the same job with `callstop-cli terminate` on a",
        "fresh sandbox, in the same run. Time from the confirmation to the end of the job; the longest the event loop",
        "was kept from its turn (a 5 ms timer's lateness); the console's resident memory at the end and at its peak",
        "(the pasted text and the table included). With the per-call check, every call is asked for once its batch is",
        f"accepted (one GET per call). Runs: {args.job_runs} without the check, {args.checked_job_runs} with it.",
        "",
        "| IDs | check | console | CLI | console / CLI | longest stall | console memory (end / peak) | CLI peak RSS |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for (n, check), r in results["jobs"].items():
        lines.append(
            f"| {n:,} | {'yes' if check else 'no'} | {fmt(r['console_s'], 's')} | {fmt(r['cli_s'], 's')} | "
            f"{fmt([a / b for a, b in zip(r['console_s'], r['cli_s'])], 'x')} | {fmt(r['stall_ms'], 'ms', 0)} | "
            f"{stats(r['rss_mib'])[0]:.0f} / {stats(r['peak_mib'])[0]:.0f} MiB | {fmt(r['cli_peak_mib'], 'MiB', 0)} |")
    lines += [
        "",
        "Targets (1,000,000 IDs): no stall over 100 ms, console time within 1.2 x the CLI's, resident memory at most",
        "250 MB.",
        "",
        "## Throughput",
        "",
        f"{args.calls:,} IDs in {args.calls // 100:,} requests of 100 to `callstop-sandbox` on loopback (no latency), a fresh",
        "sandbox for every run. `curl` sends the same requests from a config file with `--parallel --parallel-max N`;",
        "`wrk` (one thread, N connections, 3 s, the same PATCH bodies in turn) gives the sandbox's ceiling, shown as the",
        "time its rate needs for the same number of requests. CallStop writes its journal and audit log as it would in",
        "use: every record is synced to disk before it is reported (one sync for all the records written meanwhile),",
        "and a request leaves only once a synced lease (first attempts, K = 8 x concurrency, at most 64, batches ahead) or its own",
        "synced record (retries) covers it. `bench_qnam` sends the same requests with Qt's HTTP client alone",
        "(QNetworkAccessManager, one per 6 in flight, nothing else): the floor under CallStop, which is built on it.",
        f"Each figure is the whole process's wall time. Runs per figure: {args.throughput_runs}.",
        "",
        "| concurrency | `callstop-cli terminate` | Qt's client alone | Qt alone / CallStop | `curl --parallel` | curl / CallStop | wrk ceiling | ceiling / CallStop |",
        "|---|---|---|---|---|---|---|---|",
    ]
    requests = args.calls // 100

    def throughput_rows(table, label):
        for c, r in table.items():
            ceiling = [requests / rps for rps in r["wrk_rps"]]
            lines.append(
                f"| {c}{label} | {fmt(r['cli'], 's')} | {fmt(r['qnam'], 's')} | "
                f"{fmt([a / b for a, b in zip(r['qnam'], r['cli'])], 'x')} | {fmt(r['curl'], 's')} | "
                f"{fmt([a / b for a, b in zip(r['curl'], r['cli'])], 'x')} | {fmt(ceiling, 's', 3)} | "
                f"{fmt([a / b for a, b in zip(ceiling, r['cli'])], 'x')} |")

    throughput_rows(results["throughput"], "")
    throughput_rows(results["throughput_https"], ", HTTPS")
    lines += [
        "",
        "Targets: CallStop at least as fast as curl (curl / CallStop ≥ 1) and at least 80% of the ceiling (≥ 0.8).",
        "",
        f"With `--latency-ms 50` (each answer 50 ms late), the time of the same job against the ideal (requests /",
        "concurrency x 50 ms); target within 10%. Qt's client alone and curl show what the sandbox and the client",
        "library add to the ideal by themselves:",
        "",
        "| concurrency | `callstop-cli terminate` | ideal | CallStop / ideal | Qt alone / ideal | curl / ideal |",
        "|---|---|---|---|---|---|",
    ]
    for c, r in results["latency"].items():
        ideal = requests / c * 0.05
        lines.append(f"| {c} | {fmt(r['cli'], 's')} | {ideal:.2f} s | {fmt([v / ideal for v in r['cli']], 'x')} | "
                     f"{fmt([v / ideal for v in r['qnam']], 'x')} | {fmt([v / ideal for v in r['curl']], 'x')} |")
    f = results["find"]
    lines += [
        "",
        "## Finding calls",
        "",
        f"`callstop-cli find --ids --status all` over the whole history of a sandbox of {args.history:,} calls: pages of",
        "1,000, no pause between pages (`--interval-ms 0`; the default of 200 ms adds 0.2 s a page), every page",
        "checked against its documented shape, the IDs de-duplicated and printed as they come. Beside it, the same",
        "paging as a shell loop of `curl` (one GET a page, appended to a file, nothing checked). "
        f"Runs per figure: {args.throughput_runs}.",
        "",
        "| what | figure |",
        "|---|---|",
        f"| `callstop-cli find`, wall time | {fmt(f['cli'], 's')} |",
        f"| `callstop-cli find`, peak RSS | {fmt(f['rss'], 'MiB', 0)} |",
        f"| `callstop-cli find`, IDs printed | {min(f['found']):,} |",
        f"| `curl` in a shell loop, wall time | {fmt(f['curl'], 's')} |",
        f"| `curl` records received | {min(f['curl_found']):,} |",
        f"| curl / CallStop | {fmt([a / b for a, b in zip(f['curl'], f['cli'])], 'x')} |",
        "",
        "The console's *Find Calls* over the same history (`bench_gui find`, offscreen, pages of 1,000 without a",
        "pause): the time until every row is in the table, the longest the event loop was blocked, and memory.",
        "",
        "| what | figure |",
        "|---|---|",
        f"| Find Calls, wall time | {fmt(results['gui_find']['s'], 's')} |",
        f"| Find Calls, longest event-loop stall | {fmt(results['gui_find']['stall'], 'ms', 0)} |",
        f"| Find Calls, resident memory after | {fmt(results['gui_find']['rss'], 'MiB', 0)} |",
        f"| Find Calls, rows in the table | {min(results['gui_find']['rows']):,} |",
        "",
    ]
    open(args.out, "w").write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
