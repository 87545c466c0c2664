"""Times a fresh Python process that imports an SDK, builds its client and makes one call.

Usage: py_import.py PYTHON GITHUB_SRC STRIPE_SRC TWILIO_SRC REPOSITORY_JSON

The generated SDKs' bytecode is compiled first, as pip does on install. Each program runs
against a stub server on 127.0.0.1 that answers every request with a fixed JSON body, once to
warm the file caches and then RUNS times (default 5); the median wall
time and peak RSS are printed per program, with the ratio of ours to the official SDK's.
Exits 1 when a ratio exceeds its budget: BUDGET (default 1.5) for GitHub and Stripe, 1.0 for
Twilio, whose helper library must cost no more than the official one.
"""

from __future__ import annotations

import http.server
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

RUNS = int(os.environ.get("RUNS", "5"))
BUDGET = float(os.environ.get("BUDGET", "1.5"))
BUDGETS = {"github": BUDGET, "stripe": BUDGET, "twilio": 1.0}
MESSAGE = {"sid": "SM123", "account_sid": "AC123", "status": "queued", "date_created": "Thu, 24 Aug 2023 05:01:45 +0000"}
CUSTOMER = {"id": "cus_123", "object": "customer", "created": 1700000000, "livemode": False, "email": "a@b.test"}

# Each program prints nothing and fails loudly when the call did not return the stub's data.
PROGRAMS = {
    "github": {
        "ours": """
import github_sdk
client = github_sdk.Client(base_url=URL)
assert client.repos.get("octocat", "Hello-World").id == 1296269
""",
        "githubkit": """
from githubkit import GitHub
client = GitHub("t", base_url=URL)
assert client.rest.repos.get("octocat", "Hello-World").parsed_data.id == 1296269
""",
    },
    "stripe": {
        "ours": """
import stripe_sdk
client = stripe_sdk.Client(base_url=URL, token="sk_test")
customers = client.customers
method = next(getattr(customers, n) for n in ("retrieve", "get_customer") if hasattr(customers, n))
assert method("cus_123").id == "cus_123"
""",
        "stripe-python": """
import stripe
client = stripe.StripeClient("sk_test", base_addresses={"api": URL})
assert client.v1.customers.retrieve("cus_123").id == "cus_123"
""",
    },
    "twilio": {
        "ours": """
import twilio_sdk
client = twilio_sdk.Client(username="AC123", password="token", base_url=URL)
assert client.messages.create(to="+15558675310", from_="+15017122661", body="Hi").sid == "SM123"
""",
        "twilio-python": """
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
class Local(TwilioHttpClient):
    def request(self, method, url, *args, **kwargs):
        return super().request(method, URL + url.split(".com", 1)[1], *args, **kwargs)
client = Client("AC123", "token", http_client=Local())
assert client.messages.create(to="+15558675310", from_="+15017122661", body="Hi").sid == "SM123"
""",
    },
}


def schema_valid(repository: dict[str, object]) -> dict[str, object]:
    """The conformance fixture made valid for strict clients: ``language`` present, ``topics`` a list."""
    fixed = dict(repository)
    fixed.setdefault("language", None)
    if isinstance(fixed.get("topics"), str):
        fixed["topics"] = str(fixed["topics"]).split(",")
    for key in ("source", "parent", "template_repository"):
        if isinstance(fixed.get(key), dict):
            fixed[key] = schema_valid(fixed[key])  # type: ignore[arg-type]
    return fixed


def serve(repository: bytes) -> http.server.ThreadingHTTPServer:
    class Stub(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = repository if "/repos/" in self.path else json.dumps(CUSTOMER).encode()
            self.answer(200, body)

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.answer(201, json.dumps(MESSAGE).encode())

        def answer(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(python: str, program: str, url: str, path: str) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if path:
        env["PYTHONPATH"] = path
    start = time.perf_counter()
    process = subprocess.Popen([python, "-c", f"URL = {url!r}\n{program}"], env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"program failed (exit {process.returncode}):\n{program}")
    return elapsed, usage.ru_maxrss // 1024


def main() -> int:
    python, github_src, stripe_src, twilio_src, repository = sys.argv[1:6]
    for src in (github_src, stripe_src, twilio_src):
        # As pip does on install: the official SDKs' bytecode was compiled when they were installed.
        subprocess.run([python, "-m", "compileall", "-q", "-j", "0", src], check=True, stdout=subprocess.DEVNULL)
    server = serve(json.dumps(schema_valid(json.loads(Path(repository).read_text()))).encode())
    url = f"http://127.0.0.1:{server.server_address[1]}"
    paths = {"github": github_src, "stripe": stripe_src, "twilio": twilio_src}
    over = 0
    try:
        print(f"{'program':<24} {'time (s)':>9} {'peak RSS (MB)':>14}   median of {RUNS}")
        for api, programs in PROGRAMS.items():
            results = {}
            for name, program in programs.items():
                path = paths[api] if name == "ours" else ""
                run(python, program, url, path)
                samples = [run(python, program, url, path) for _ in range(RUNS)]
                seconds = statistics.median(s for s, _ in samples)
                megabytes = statistics.median(m for _, m in samples)
                results[name] = (seconds, megabytes)
                print(f"{api + ' ' + name:<24} {seconds:>9.3f} {megabytes:>14.0f}")
            theirs = next(v for k, v in results.items() if k != "ours")
            ours = results["ours"]
            time_ratio, memory_ratio = ours[0] / theirs[0], ours[1] / theirs[1]
            budget = BUDGETS[api]
            verdict = "ok" if max(time_ratio, memory_ratio) <= budget else f"OVER {budget}x"
            print(f"{api + ' ratio':<24} {time_ratio:>8.2f}x {memory_ratio:>13.2f}x   {verdict}")
            over += verdict != "ok"
    finally:
        server.shutdown()
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
