"""Throughput of `callstop-cli terminate` against the sandbox on loopback, beside what a power user's
`curl --parallel` does with the same 1,000 requests and the server's own ceiling measured with wrk.
Used by run_benchmarks.py."""
import json
import os
import subprocess
import tempfile
import time
import urllib.request

KEY = "5f0c4e7a-1b2d-4c3e-9f80-7a6b5c4d3e2f"


class Sandbox:
    """callstop-sandbox as its own process, fresh for each measured run (a terminated call stays terminated)."""

    def __init__(self, exe, calls, latency_ms=0, threads=16):
        self.proc = subprocess.Popen(
            [exe, "--calls", str(calls), "--seed", "3", "--latency-ms", str(latency_ms), "--threads", str(threads),
             "--api-key", KEY, "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline().strip()
        assert line.startswith("listening on http://"), line
        self.url = line[len("listening on "):]

    def ids(self):
        with urllib.request.urlopen(self.url.rsplit("/ca/api/v0", 1)[0] + "/_sandbox/calls") as r:
            data = json.load(r)
        calls = data["calls"] if isinstance(data, dict) else data
        return [c["id"] for c in calls]

    def stats(self):
        with urllib.request.urlopen(self.url.rsplit("/ca/api/v0", 1)[0] + "/_sandbox/stats") as r:
            return json.load(r)

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


def batches_of(ids, size=100):
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def time_cli(cli, sandbox_exe, calls, concurrency, tmp, latency_ms=0):
    sb = Sandbox(sandbox_exe, calls, latency_ms)
    try:
        ids = sb.ids()
        path = os.path.join(tmp, "ids.txt")
        open(path, "w").write("\n".join(ids) + "\n")
        env = dict(os.environ, CALLSTOP_API_KEY=KEY, HOME=tmp, XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"))
        start = time.perf_counter()
        subprocess.run([cli, "terminate", path, "--base-url", sb.url, "--yes", "--concurrency", str(concurrency)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        wall = time.perf_counter() - start
        requests = sb.stats().get("terminate_requests")
        assert requests == len(batches_of(ids)), (requests, len(ids))
        return wall
    finally:
        sb.stop()


def time_curl(sandbox_exe, calls, concurrency, tmp):
    sb = Sandbox(sandbox_exe, calls)
    try:
        ids = sb.ids()
        config = os.path.join(tmp, "curl.conf")
        with open(config, "w") as conf:
            for n, batch in enumerate(batches_of(ids)):
                body = os.path.join(tmp, f"batch{n:04d}.json")
                open(body, "w").write(json.dumps({"call_ids": batch}))
                conf.write("next\n" if n else "")
                conf.write(f'url = "{sb.url}/campaign/terminate/calls"\nrequest = "PATCH"\n'
                           f'header = "X-API-KEY: {KEY}"\nheader = "Content-Type: application/json"\n'
                           f'data = "@{body}"\noutput = "/dev/null"\nsilent\n')
        start = time.perf_counter()
        subprocess.run(["curl", "--parallel", "--parallel-max", str(concurrency), "-K", config], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        assert sb.stats().get("terminate_requests") == len(batches_of(ids))
        return wall
    finally:
        sb.stop()


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


def wrk_ceiling(sandbox_exe, calls, concurrency, tmp, seconds=3):
    """Requests per second the sandbox answers to the same PATCH requests at this concurrency."""
    sb = Sandbox(sandbox_exe, calls)
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
