"""Throughput of `callstop-cli terminate` against the sandbox on loopback, beside what a power user's
`curl --parallel` does with the same 1,000 requests and the server's own ceiling measured with wrk.
Used by run_benchmarks.py."""
import json
import os
import re
import subprocess
import tempfile
import time
import urllib.request

KEY = "5f0c4e7a-1b2d-4c3e-9f80-7a6b5c4d3e2f"


class Tls:
    """A throw-away CA and a certificate for 127.0.0.1, made with openssl, for the HTTPS runs."""

    def __init__(self, tmp):
        self.ca = os.path.join(tmp, "ca.pem")
        self.cert = os.path.join(tmp, "server.pem")
        self.key = os.path.join(tmp, "server.key")
        ca_key = os.path.join(tmp, "ca.key")
        csr = os.path.join(tmp, "server.csr")
        ext = os.path.join(tmp, "ext.cnf")
        open(ext, "w").write("subjectAltName=IP:127.0.0.1\n")
        run = lambda *a: subprocess.run(["openssl", *a], check=True, capture_output=True)
        run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key, "-out", self.ca, "-days", "2",
            "-subj", "/CN=CallStop bench CA")
        run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", self.key, "-out", csr, "-subj", "/CN=127.0.0.1")
        run("x509", "-req", "-in", csr, "-CA", self.ca, "-CAkey", ca_key, "-CAcreateserial", "-out", self.cert,
            "-days", "2", "-extfile", ext)


class Sandbox:
    """callstop-sandbox as its own process, fresh for each measured run (a terminated call stays terminated)."""

    def __init__(self, exe, calls, latency_ms=0, threads=16, tls=None):
        args = [exe, "--calls", str(calls), "--seed", "3", "--latency-ms", str(latency_ms), "--threads", str(threads),
                "--api-key", KEY, "--quiet"]
        if tls:
            args += ["--tls-cert", tls.cert, "--tls-key", tls.key]
        self.tls = tls
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline().strip()
        assert line.startswith("listening on http"), line
        self.url = line[len("listening on "):]

    def _get(self, path):
        import ssl
        context = ssl.create_default_context(cafile=self.tls.ca) if self.tls else None
        with urllib.request.urlopen(self.url.rsplit("/ca/api/v0", 1)[0] + path, context=context) as r:
            return json.load(r)

    def ids(self):
        data = self._get("/_sandbox/calls")
        calls = data["calls"] if isinstance(data, dict) else data
        return [c["id"] for c in calls]

    def stats(self):
        return self._get("/_sandbox/stats")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


def batches_of(ids, size=100):
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def _timed_job(sandbox_exe, calls, latency_ms, tls, command, env=None):
    """Wall time of command(sandbox, ids) -> argv against a fresh sandbox; checks that every batch reached it."""
    sb = Sandbox(sandbox_exe, calls, latency_ms, tls=tls)
    try:
        ids = sb.ids()
        args = command(sb, ids)
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        wall = time.perf_counter() - start
        requests = sb.stats().get("terminate_requests")
        assert requests == len(batches_of(ids)), (requests, len(ids))
        return wall
    finally:
        sb.stop()


def _write_ids(tmp, ids):
    path = os.path.join(tmp, "ids.txt")
    open(path, "w").write("\n".join(ids) + "\n")
    return path


def time_cli(cli, sandbox_exe, calls, concurrency, tmp, latency_ms=0, tls=None):
    def command(sb, ids):
        args = [cli, "terminate", _write_ids(tmp, ids), "--base-url", sb.url, "--yes", "--concurrency",
                str(concurrency)]
        return args + (["--ca-file", tls.ca] if tls else [])

    env = dict(os.environ, CALLSTOP_API_KEY=KEY, HOME=tmp, XDG_DATA_HOME=os.path.join(tmp, "data"),
               XDG_CONFIG_HOME=os.path.join(tmp, "config"))
    return _timed_job(sandbox_exe, calls, latency_ms, tls, command, env)


def time_qnam(bench_qnam, sandbox_exe, calls, concurrency, tmp, latency_ms=0, tls=None):
    """The same requests sent by Qt's HTTP client alone (bench_qnam): the floor under CallStop's figure."""
    def command(sb, ids):
        return [bench_qnam, sb.url, _write_ids(tmp, ids), str(concurrency)] + ([tls.ca] if tls else [])

    return _timed_job(sandbox_exe, calls, latency_ms, tls, command, dict(os.environ, CALLSTOP_API_KEY=KEY))


def time_curl(sandbox_exe, calls, concurrency, tmp, tls=None, latency_ms=0):
    def command(sb, ids):
        config = os.path.join(tmp, "curl.conf")
        with open(config, "w") as conf:
            for n, batch in enumerate(batches_of(ids)):
                body = os.path.join(tmp, f"batch{n:04d}.json")
                open(body, "w").write(json.dumps({"call_ids": batch}))
                conf.write("next\n" if n else "")
                conf.write(f'url = "{sb.url}/campaign/terminate/calls"\nrequest = "PATCH"\n'
                           f'header = "X-API-KEY: {KEY}"\nheader = "Content-Type: application/json"\n'
                           f'data = "@{body}"\noutput = "/dev/null"\nsilent\n')
                if tls:
                    conf.write(f'cacert = "{tls.ca}"\n')  # per transfer: "next" resets it
        return ["curl", "--parallel", "--parallel-max", str(concurrency), "-K", config]

    return _timed_job(sandbox_exe, calls, latency_ms, tls, command)


WRK_LUA = r"""
wrk.method = "PATCH"
wrk.headers["X-API-KEY"] = "%s"
wrk.headers["Content-Type"] = "application/json"
local bodies = {}
for line in io.lines("%s") do bodies[#bodies + 1] = line end
local i = 0
request = function()
  i = i %% #bodies + 1
  return wrk.format(nil, "%s/campaign/terminate/calls", nil, bodies[i])
end
"""


def wrk_ceiling(sandbox_exe, calls, concurrency, tmp, seconds=3, tls=None):
    """Requests per second the sandbox answers to the same PATCH requests at this concurrency."""
    sb = Sandbox(sandbox_exe, calls, tls=tls)
    try:
        ids = sb.ids()
        bodies = os.path.join(tmp, "bodies.txt")
        open(bodies, "w").write("\n".join(json.dumps({"call_ids": b}) for b in batches_of(ids)) + "\n")
        path = "/" + sb.url.split("/", 3)[3]
        script = os.path.join(tmp, "patch.lua")
        open(script, "w").write(WRK_LUA % (KEY, bodies, path))
        out = subprocess.run(["wrk", "-t1", f"-c{concurrency}", f"-d{seconds}s", "-s", script, sb.url],
                             check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            if line.startswith("Requests/sec:"):
                return float(line.split()[1])
        raise RuntimeError(out)
    finally:
        sb.stop()


def _history_window():
    """Both dates of a week around now, with a numeric offset, percent-encoded for a shell loop."""
    now = time.time()
    fmt = "%Y-%m-%dT%H:%M:%S+00:00"
    return time.strftime(fmt, time.gmtime(now - 8 * 86400)), time.strftime(fmt, time.gmtime(now + 86400))


def time_find(cli, sandbox, tmp, page_size=1000):
    """`callstop-cli find --ids` over every call of the sandbox's history: wall time, peak RSS, IDs printed."""
    start, end = _history_window()
    out = os.path.join(tmp, "found.txt")
    with open(out, "w") as f, tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        began = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-v", "-o", t.name, cli, "find", "--base-url", sandbox.url, "--ids",
                        "--status", "all", "--from", start, "--to", end, "--page-size", str(page_size),
                        "--interval-ms", "0"],
                       check=True, stdout=f, stderr=subprocess.DEVNULL, env=dict(os.environ, CALLSTOP_API_KEY=KEY))
        wall = time.perf_counter() - began
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(t.name).read()).group(1)) / 1024
    return wall, rss, sum(1 for _ in open(out))


def time_curl_paging(sandbox, calls, tmp, page_size=1000):
    """The same paging as a shell loop of curl: one GET a page, the pages appended to a file, IDs counted."""
    start, end = _history_window()
    enc = lambda s: s.replace("+", "%2B").replace(":", "%3A")
    script = os.path.join(tmp, "page.sh")
    with open(script, "w") as f:
        f.write(
            "set -e\n: > \"$OUT\"\noffset=0\n"
            f"while [ $offset -lt {calls} ]; do\n"
            f"  curl -sS -H \"X-API-KEY: $KEY\" \"$URL/calling/history?start_date={enc(start)}&end_date={enc(end)}"
            f"&limit={page_size}&offset=$offset\" >> \"$OUT\"\n"
            f"  offset=$((offset + {page_size}))\ndone\n")
    out = os.path.join(tmp, "pages.json")
    began = time.perf_counter()
    subprocess.run(["sh", script], check=True, env=dict(os.environ, OUT=out, KEY=KEY, URL=sandbox.url))
    wall = time.perf_counter() - began
    return wall, open(out).read().count('"to_number"')


def time_console_job(gui, cli, sandbox_exe, calls, tmp, check):
    """A job of `calls` IDs through the console's window (bench_gui job) and the same job with `callstop-cli
    terminate` (concurrency 4, batches of 100, with or without the per-call check), each against a fresh sandbox of
    its own. Returns the console's figures (time, longest stall, memory) and the CLI's wall time and peak RSS."""
    def fresh():
        sb = Sandbox(sandbox_exe, calls)
        return sb, _write_ids(tmp, sb.ids())

    sb, ids = fresh()
    try:
        out = subprocess.run([gui, "job", ids, sb.url] + (["--check"] if check else []), check=True,
                             capture_output=True, text=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen", CALLSTOP_API_KEY=KEY))
        console = json.loads(out.stdout.strip().splitlines()[-1])
        assert sb.stats().get("terminate_requests") == len(batches_of(list(range(calls)))), "a batch went missing"
    finally:
        sb.stop()
    sb, ids = fresh()
    try:
        env = dict(os.environ, CALLSTOP_API_KEY=KEY, HOME=tmp, XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"))
        with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
            began = time.perf_counter()
            subprocess.run(["/usr/bin/time", "-v", "-o", t.name, cli, "terminate", ids, "--base-url", sb.url, "--yes",
                            "--concurrency", "4"] + (["--check-calls"] if check else []),
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            wall = time.perf_counter() - began
            rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(t.name).read()).group(1)) / 1024
    finally:
        sb.stop()
    return {"console_s": console["job_ms"] / 1000, "stall_ms": console["max_stall_ms"],
            "rss_mib": console["rss_after_kib"] / 1024, "peak_mib": console["rss_peak_kib"] / 1024,
            "checked": console["calls_checked"], "cli_s": wall, "cli_peak_mib": rss}
