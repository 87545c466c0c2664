#!/usr/bin/env bash
# Publishes two releases of the kitchen-sink SDK to a module proxy in a folder, v1.0.0 as
# example.test/kitchensink and v2.0.0 as example.test/kitchensink/v2 (Go's major-version path),
# then builds and runs a consumer module that requires both from that proxy alone
# (GOPROXY=file://...), calling each against a server on 127.0.0.1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="$root/languages/go/target/publish"
# Go leaves its module cache read-only; a run that stopped halfway left one to make writable first.
[[ -d $work ]] && chmod -R u+w "$work"
rm -rf "$work"
mkdir -p "$work/spec" "$work/proxy" "$work/consumer"
cp "$root/samples/kitchen-sink/openapi.yaml" "$work/spec/"

# release MODULE VERSION: generates the SDK as MODULE at VERSION and adds it to the proxy.
release() {
  local module=$1 version=$2 sdk="$work/sdk-$2"
  python3 - "$root/samples/kitchen-sink/switchboard.yaml" "$work/spec/switchboard.yaml" "$module" "$version" <<'PY'
import re, sys
source, target, module, version = sys.argv[1:]
text = open(source, encoding="utf-8").read()
# The sample's own go: options give way to this release's (a key given twice would keep the last).
text = re.sub(r"^  go:\n(?:    .*\n)*", "", text, flags=re.M)
text = text.replace("languages:\n", "languages:\n  go: {module: %s, version: %s}\n" % (module, version), 1)
open(target, "w", encoding="utf-8").write(text)
PY
  "$root/switchboard" generate "$work/spec/openapi.yaml" -l go -o "$sdk" > /dev/null 2>&1
  python3 - "$sdk/go" "$work/proxy" "$module" "v$version" <<'PY'
import os, sys, zipfile
sdk, proxy, module, version = sys.argv[1:]
folder = os.path.join(proxy, module, "@v")
os.makedirs(folder, exist_ok=True)
with zipfile.ZipFile(os.path.join(folder, version + ".zip"), "w") as z:
    for base, _, files in sorted(os.walk(sdk)):
        for name in sorted(files):
            path = os.path.join(base, name)
            z.write(path, module + "@" + version + "/" + os.path.relpath(path, sdk))
open(os.path.join(folder, version + ".mod"), "w").write(open(os.path.join(sdk, "go.mod")).read())
open(os.path.join(folder, version + ".info"), "w").write('{"Version":"%s","Time":"2026-01-02T03:04:05Z"}\n' % version)
with open(os.path.join(folder, "list"), "a") as listing:
    listing.write(version + "\n")
PY
}
release example.test/kitchensink 1.0.0
release example.test/kitchensink/v2 2.0.0

cat > "$work/consumer/go.mod" <<'MOD'
module consumer

go 1.23

require (
	example.test/kitchensink v1.0.0
	example.test/kitchensink/v2 v2.0.0
)
MOD
cat > "$work/consumer/main.go" <<'GO'
// Command consumer calls the health check of both releases against a local server.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"

	kitchensink "example.test/kitchensink"
	kitchensinkv2 "example.test/kitchensink/v2"
)

func main() {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, r.Header.Get("User-Agent"))
	}))
	defer server.Close()
	one, err := kitchensink.NewClient(kitchensink.WithBaseURL(server.URL)).Misc.GetHealth(context.Background())
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	two, err := kitchensinkv2.NewClient(kitchensinkv2.WithBaseURL(server.URL)).Misc.GetHealth(context.Background())
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println(one)
	fmt.Println(two)
}
GO
cd "$work/consumer"
# Its own module and build caches: Go trusts a cached build of a module version, and each run
# publishes the same versions anew.
trap 'chmod -R u+w "$work/modcache" 2> /dev/null || true' EXIT
output="$(GOPROXY="file://$work/proxy" GOFLAGS=-mod=mod GONOSUMDB=example.test GOSUMDB=off GOTOOLCHAIN=local \
  GOMODCACHE="$work/modcache" GOCACHE="$work/gocache" GOWORK=off go run . 2> "$work/consumer.log")" || {
  cat "$work/consumer.log"
  echo "FAIL publish: consumer"
  exit 1
}
go_version="$(go env GOVERSION)"
expected="example.test/kitchensink/1.0.0 go/${go_version#go}
example.test/kitchensink/v2/2.0.0 go/${go_version#go}"
if [[ $output != "$expected" ]]; then
  printf 'FAIL publish: the consumer printed\n%s\nnot\n%s\n' "$output" "$expected"
  exit 1
fi
echo "ok publish: v1.0.0 and v2.0.0 from a file:// module proxy"
