#!/usr/bin/env python3
"""Starts the conformance servers (WireMock and Prism) on 127.0.0.1 around a command.

  python3 conformance/harness.py run -- CMD ARGS...   run CMD with both servers up; exit with CMD's code
  python3 conformance/harness.py serve                start both, print their URLs, stop on Ctrl-C

CMD sees SWITCHBOARD_WIREMOCK_URL, SWITCHBOARD_PRISM_URL, SWITCHBOARD_FOREIGN_URL (another origin
that forwards to WireMock, marking what it forwards) and SWITCHBOARD_CONFORMANCE_DIR.
Install the servers first with `bash conformance/install.sh`. Server logs go to
conformance/.tools/logs/<run>/. Python 3.9+, standard library only.
"""
from __future__ import annotations

import argparse
import http.client
import http.server
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, List, Optional

import media

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TOOLS = HERE / ".tools"
LOGS = TOOLS / "logs"
WIREMOCK_JAR = TOOLS / "wiremock-standalone.jar"
WIREMOCK_ROOT = TOOLS / "wiremock-root"
PRISM_BIN = TOOLS / "prism" / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "samples" / "kitchen-sink" / "openapi.yaml"
PRISM_SEED = "switchboard"
HOST = "127.0.0.1"
STARTUP_SECONDS = 90.0
STOP_SECONDS = 5.0
CHILD_GRACE_SECONDS = 10.0
KEPT_RUNS = 10
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
FOREIGN_MARK = "X-Switchboard-Foreign"
HOP_BY_HOP = {"host", "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
              "proxy-connection", "content-length"}

# Loopback only: never send these requests through an HTTP proxy from the environment.
urllib.request.install_opener(urllib.request.build_opener(urllib.request.ProxyHandler({})))


def say(message: str) -> None:
    print(f"harness: {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def answers(url: str, accept: Callable[[int], bool]) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return accept(response.status)
    except urllib.error.HTTPError as error:
        return accept(error.code)
    except (OSError, ValueError):
        return False


def die_with_parent() -> None:
    """Runs in a child process: ask Linux to SIGTERM it if the harness dies (SIGKILL included)."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def own_group_dying_with_parent() -> None:
    os.setsid()
    die_with_parent()


@dataclass
class Server:
    """One server process in its own process group, with its log file."""
    name: str
    command: Callable[[int], List[str]]
    ready_path: str
    ready: Callable[[int], bool]
    log: Path
    port: int = 0
    process: Optional[subprocess.Popen] = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> None:
        self.port = free_port()
        with open(self.log, "ab") as log:
            log.write(f"--- starting on port {self.port}\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                self.command(self.port), stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, cwd=ROOT, preexec_fn=own_group_dying_with_parent)

    def is_ready(self) -> bool:
        return answers(self.url + self.ready_path, self.ready)

    def exited(self) -> bool:
        return self.process is None or self.process.poll() is not None

    def stop(self) -> None:
        if self.exited():
            return
        for sig, grace in ((signal.SIGTERM, STOP_SECONDS), (signal.SIGKILL, STOP_SECONDS)):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.process.wait(timeout=grace)
                return
            except subprocess.TimeoutExpired:
                continue


class ForeignOrigin:
    """Another origin (its own port on 127.0.0.1) that forwards every request to WireMock.

    Each forwarded request carries FOREIGN_MARK, so WireMock's journal shows what an SDK sent to
    an origin other than its base URL's, headers as sent (Host aside).
    """

    def __init__(self, wiremock: "Server") -> None:
        origin = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def forward(self) -> None:
                origin.forward(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = forward

            def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet
                pass

        self.wiremock = wiremock
        self.server = http.server.ThreadingHTTPServer((HOST, 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, name="foreign-origin", daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def forward(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else None
        headers = [(k, v) for k, v in handler.headers.items() if k.lower() not in HOP_BY_HOP]
        connection = http.client.HTTPConnection(HOST, self.wiremock.port, timeout=30)
        try:
            connection.putrequest(handler.command, handler.path, skip_accept_encoding=True)
            for name, value in headers + [(FOREIGN_MARK, "1")]:
                connection.putheader(name, value)
            if body is not None:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            answer = connection.getresponse()
            content = answer.read()
            handler.send_response(answer.status, answer.reason)
            for name, value in answer.getheaders():
                if name.lower() not in HOP_BY_HOP:
                    handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(content)))
            handler.end_headers()
            if handler.command != "HEAD":
                handler.wfile.write(content)
        finally:
            connection.close()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def wiremock_command(port: int) -> List[str]:
    return ["java", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-jar", str(WIREMOCK_JAR),
            "--port", str(port), "--bind-address", HOST, "--root-dir", str(WIREMOCK_ROOT),
            "--disable-banner", "--disable-gzip", "--disable-http2-plain",
            "--max-request-journal-entries", "1000",
            "--permitted-system-keys", "SWITCHBOARD_FOREIGN_.*"]


def prism_command(port: int) -> List[str]:
    return [str(PRISM_BIN), "mock", "--errors", "--dynamic", "--seed", PRISM_SEED,
            "--host", HOST, "--port", str(port), str(SPEC)]


def new_run_dir() -> Path:
    LOGS.mkdir(parents=True, exist_ok=True)
    runs = sorted(p for p in LOGS.iterdir() if p.is_dir())
    for old in runs[:max(0, len(runs) - KEPT_RUNS + 1)]:
        shutil.rmtree(old, ignore_errors=True)
    run = LOGS / f"{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}"
    run.mkdir()
    return run


def make_servers(run: Path) -> List[Server]:
    return [
        Server("wiremock", wiremock_command, "/__admin/health", lambda s: s == 200,
               run / "wiremock.log"),
        Server("prism", prism_command, "/", lambda s: s > 0, run / "prism.log"),
    ]


def check_installed() -> None:
    missing = [str(p) for p in (WIREMOCK_JAR, PRISM_BIN, SPEC) if not p.exists()]
    if missing:
        raise SystemExit(f"harness: missing {', '.join(missing)}; run: bash conformance/install.sh")


class Stopped(Exception):
    """Raised by the signal handler while servers are starting."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def start_all(servers: List[Server]) -> None:
    """Starts every server and waits until each answers; retries a server whose port was taken."""
    attempts = {s.name: 0 for s in servers}
    for server in servers:
        server.start()
    deadline = time.monotonic() + STARTUP_SECONDS
    pending = list(servers)
    while pending:
        for server in list(pending):
            if server.exited():
                attempts[server.name] += 1
                if attempts[server.name] >= 3:
                    raise RuntimeError(f"{server.name} exited during startup")
                server.start()
            elif server.is_ready():
                pending.remove(server)
        if pending and time.monotonic() > deadline:
            raise RuntimeError(f"{', '.join(s.name for s in pending)} not ready after "
                               f"{STARTUP_SECONDS:.0f} s")
        if pending:
            time.sleep(0.1)


def child_env(servers: List[Server]) -> dict:
    wiremock, prism = servers
    env = dict(os.environ)  # SWITCHBOARD_FOREIGN_URL is set there by with_servers
    env["SWITCHBOARD_WIREMOCK_URL"] = wiremock.url
    env["SWITCHBOARD_PRISM_URL"] = prism.url  # Prism ignores the servers' /v1 path
    env["SWITCHBOARD_CONFORMANCE_DIR"] = str(HERE)
    return env


def print_logs(servers: List[Server]) -> None:
    for server in servers:
        say(f"{server.name} log: {server.log}")


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def run_command(command: List[str], env: dict) -> int:
    """Runs CMD in the foreground; SIGTERM/SIGHUP to the harness are passed on to it."""
    try:
        child = subprocess.Popen(command, env=env, preexec_fn=die_with_parent)
    except OSError as error:
        say(f"cannot run {command[0]}: {error}")
        return 127
    forwarded_at: List[float] = []

    def forward(signum, _frame):
        if child.poll() is None and signum != signal.SIGINT:  # Ctrl-C reaches CMD directly
            child.send_signal(signum)
            forwarded_at.append(time.monotonic())

    for sig in STOP_SIGNALS:
        signal.signal(sig, forward)
    code = wait_for(child, forwarded_at)
    return 128 - code if code < 0 else code


def wait_for(child: subprocess.Popen, forwarded_at: List[float]) -> int:
    """Waits for CMD; kills it when it outlives a forwarded signal by CHILD_GRACE_SECONDS."""
    while True:
        try:
            return child.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            if forwarded_at and time.monotonic() - forwarded_at[0] > CHILD_GRACE_SECONDS:
                say("command ignored the stop signal; killing it")
                child.kill()


def with_servers(body: Callable[[List[Server]], int]) -> int:
    check_installed()
    media.write_recording(WIREMOCK_ROOT / "__files")
    (WIREMOCK_ROOT / "mappings").mkdir(parents=True, exist_ok=True)
    servers = make_servers(new_run_dir())
    foreign = ForeignOrigin(servers[0])
    # WireMock's response templates read these ({{systemValue type='ENVIRONMENT' ...}}).
    os.environ["SWITCHBOARD_FOREIGN_URL"] = foreign.url
    os.environ["SWITCHBOARD_FOREIGN_AUTHORITY"] = f"{HOST}:{foreign.port}"

    def stop(signum, _frame):
        raise Stopped(signum)

    for sig in STOP_SIGNALS:
        signal.signal(sig, stop)
    try:
        started = time.monotonic()
        start_all(servers)
        say(f"wiremock {servers[0].url}, prism {servers[1].url}, foreign origin {foreign.url} "
            f"(ready in {time.monotonic() - started:.1f} s)")
        code = body(servers)
    except Stopped as stopped:
        say(f"stopped by {stopped}")
        code = 128 + stopped.signum
    except RuntimeError as error:
        say(str(error))
        for server in servers:
            say(f"last lines of {server.log}:\n{tail(server.log)}")
        code = 1
    finally:
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        for server in servers:
            server.stop()
        foreign.stop()
    if code != 0:
        print_logs(servers)
    return code


def serve(servers: List[Server]) -> int:
    for name, value in child_env(servers).items():
        if name.startswith("SWITCHBOARD_"):
            print(f"export {name}={value}", flush=True)
    print_logs(servers)
    say("serving; press Ctrl-C to stop")
    try:
        while not any(s.exited() for s in servers):
            time.sleep(0.5)
    except Stopped:
        return 0
    say("a server exited")
    return 1


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    run = sub.add_parser("run", help="run a command with both servers up")
    run.add_argument("command", nargs=argparse.REMAINDER, help="-- CMD ARGS...")
    sub.add_parser("serve", help="start both servers and wait for Ctrl-C")
    args = parser.parse_args(argv)
    if args.action == "serve":
        return with_servers(serve)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("run needs a command after --")
    return with_servers(lambda servers: run_command(command, child_env(servers)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
