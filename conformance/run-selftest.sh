#!/usr/bin/env bash
# Self-test of the conformance harness, the WireMock mappings and Prism, without any SDK.
# Needs `bash conformance/install.sh` first. Ends with 'N passed, N failed'.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec python3 "$here/harness.py" run -- python3 "$here/selftest.py"
