#!/usr/bin/env bash
# Publishing to a package index, as a user does it: the kitchen-sink SDK released at 1.0.0 and, from
# a spec with one new optional query parameter, at 1.1.0 by `generate --release`
# (conformance/release-fixture.sh); each built as sdist and wheel (python -m build) and checked and uploaded
# with twine to a pypiserver on a free port of 127.0.0.1 (no fallback to any other index). A fresh
# virtualenv then installs kitchen-sink==1.0.0 from that index only, imports it and builds a client,
# upgrades to the newest the index has, which must be 1.1.0, and calls get_health(verbose=True) on a
# server on 127.0.0.1 that must see ?verbose=true. The SDK's dependencies come from the tools'
# virtualenv (a .pth file), so pip checks them without fetching. Usage: publish.sh (tools from install.sh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tools="$here/../.venv-ci/bin"
for tool in pypi-server twine; do
  [[ -x $tools/$tool ]] || { echo "missing $tools/$tool: run languages/python/tests/install.sh" >&2; exit 1; }
done
# shellcheck source=../../../conformance/release-fixture.sh
source "$root/conformance/release-fixture.sh"

registry_workspace

release_fixture "$work" python

for release in v1 v2; do
  "$tools/python" -m build --sdist --wheel --no-isolation --outdir "$work/$release/dist" "$work/$release/python" > "$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
done

port="$(free_port)"
index="http://127.0.0.1:$port"
mkdir -p "$work/packages"
"$tools/pypi-server" run -i 127.0.0.1 -p "$port" -a . -P . --disable-fallback --log-file "$work/server.log" \
  "$work/packages" > /dev/null 2>&1 &
server=$!
python3 - "$index/simple/" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(sys.argv[1], timeout=1).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.1)
sys.exit("pypiserver did not answer within 10 s")
PY
echo "pypiserver on $index"

for release in v1 v2; do
  "$tools/twine" check --strict "$work/$release"/dist/* > "$work/upload.log" 2>&1 || { cat "$work/upload.log" >&2; exit 1; }
  "$tools/twine" upload --non-interactive --disable-progress-bar --repository-url "$index/" -u publisher -p unused \
    "$work/$release"/dist/* > "$work/upload.log" 2>&1 || { cat "$work/upload.log" >&2; exit 1; }
done
echo "uploaded: $(cd "$work/packages" && ls | sort | tr '\n' ' ')"

python3 -m venv "$work/consumer"
consumer="$work/consumer/bin/python"
"$consumer" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])' > "$work/site"
"$tools/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])' > "$(cat "$work/site")/tools.pth"
install() { # REQUIREMENT...
  "$consumer" -m pip install --quiet --disable-pip-version-check --no-input --index-url "$index/simple/" "$@"
}
installed() { "$consumer" -c 'import importlib.metadata as m; print(m.version("kitchen-sink"))'; }

cd "$work"
install kitchen-sink==1.0.0
"$consumer" -c "import kitchen_sink; kitchen_sink.Client(base_url='http://127.0.0.1:9')"
[[ "$(installed)" == 1.0.0 ]] || { echo "expected kitchen-sink 1.0.0, found $(installed)" >&2; exit 1; }
echo "installed 1.0.0 from the index; client built"

install --upgrade kitchen-sink
[[ "$(installed)" == 1.1.0 ]] || { echo "expected kitchen-sink 1.1.0 after the upgrade, found $(installed)" >&2; exit 1; }
"$consumer" - <<'PY'
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import kitchen_sink

seen = []


class Health(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Health)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = kitchen_sink.Client(base_url=f"http://127.0.0.1:{server.server_port}/v1", max_retries=0)
assert client.misc.get_health(verbose=True) == "ok"
server.shutdown()
assert seen == ["/v1/health?verbose=true"], seen
PY
echo "publish ok: upgraded to 1.1.0 from the index; get_health(verbose=True) sent ?verbose=true"
