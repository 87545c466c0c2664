#!/usr/bin/env bash
# Publishing to an npm registry, as a user does it: the kitchen-sink SDK released at 1.0.0 and, from
# a spec with one new optional query parameter, at 1.1.0 by `generate --release`
# (conformance/release-fixture.sh); each built (scripts/build.mjs) and published with `npm publish`
# to a verdaccio (tools from install.sh) on a free port of 127.0.0.1, with no uplink to any other
# registry and a user registered there. An empty project (`npm init -y`) then installs
# @kitchen-sink/sdk@1.0.0 from that registry, requires it and builds a client, installs @latest,
# which must be 1.1.0, and calls misc.getHealth({ verbose: true }) on a server on 127.0.0.1 that must
# see ?verbose=true. npm's config and cache are temporary. Usage: publish.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tools="$here/.tools/node_modules"
if [[ ! -x $tools/.bin/verdaccio || ! -d $tools/typescript ]]; then
  echo "missing verdaccio or typescript: run languages/typescript/tests/install.sh" >&2
  exit 1
fi
# shellcheck source=../../../conformance/release-fixture.sh
source "$root/conformance/release-fixture.sh"

registry_workspace

release_fixture "$work" typescript

for release in v1 v2; do
  (cd "$work/$release/typescript" && ln -s "$tools" node_modules && node scripts/build.mjs && rm node_modules) \
    > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
done

port="$(free_port)"
registry="http://127.0.0.1:$port/"
cat > "$work/verdaccio.yaml" << YAML
storage: $work/storage
auth:
  htpasswd:
    file: $work/htpasswd
uplinks: {}
packages:
  '**':
    access: \$all
    publish: \$authenticated
listen: 127.0.0.1:$port
log: {type: file, path: $work/verdaccio.log, level: warn}
YAML
"$tools/.bin/verdaccio" --config "$work/verdaccio.yaml" > /dev/null 2>&1 &
server=$!
python3 - "$registry" "$work/npmrc" << 'PY'
import json, sys, time, urllib.request
registry, npmrc = sys.argv[1], sys.argv[2]
for _ in range(200):
    try:
        urllib.request.urlopen(registry + "-/ping", timeout=1).close()
        break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("verdaccio did not answer within 20 s")
user = json.dumps({"name": "publisher", "password": "publisher-password"}).encode()
request = urllib.request.Request(registry + "-/user/org.couchdb.user:publisher", user, method="PUT",
                                 headers={"Content-Type": "application/json"})
token = json.load(urllib.request.urlopen(request, timeout=10))["token"]
authority = registry.split("://", 1)[1]
with open(npmrc, "w", encoding="utf-8") as f:
    f.write(f"registry={registry}\n//{authority}:_authToken={token}\n")
PY
echo "verdaccio on $registry"
npm_() { npm --userconfig "$work/npmrc" --cache "$work/npm-cache" --registry "$registry" --no-audit --no-fund "$@"; }

for release in v1 v2; do
  (cd "$work/$release/typescript" && npm_ publish) > "$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
done
published="$(npm_ view @kitchen-sink/sdk versions --json | tr -d ' \n')"
[[ $published == '["1.0.0","1.1.0"]' ]] || { echo "the registry lists $published" >&2; exit 1; }
echo "published: @kitchen-sink/sdk $published"

mkdir "$work/consumer"
cd "$work/consumer"
npm_ init -y > /dev/null
installed() { node -p 'require("@kitchen-sink/sdk/package.json").version'; }

npm_ install --silent --save-exact @kitchen-sink/sdk@1.0.0
node -e 'const { KitchenSink } = require("@kitchen-sink/sdk"); new KitchenSink({ baseURL: "http://127.0.0.1:9" });'
[[ "$(installed)" == 1.0.0 ]] || { echo "expected @kitchen-sink/sdk 1.0.0, found $(installed)" >&2; exit 1; }
echo "installed 1.0.0 from the registry; client built"

npm_ install --silent --save-exact @kitchen-sink/sdk@latest
[[ "$(installed)" == 1.1.0 ]] || { echo "expected @kitchen-sink/sdk 1.1.0 from @latest, found $(installed)" >&2; exit 1; }
cat > health.mjs << 'JS'
import { createServer } from 'node:http';
import { KitchenSink } from '@kitchen-sink/sdk';

const seen = [];
const server = createServer((request, response) => {
  seen.push(request.url);
  response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const client = new KitchenSink({ baseURL: `http://127.0.0.1:${server.address().port}/v1`, maxRetries: 0 });
const body = await client.misc.getHealth({ verbose: true });
server.close();
if (body !== 'ok' || JSON.stringify(seen) !== '["/v1/health?verbose=true"]') {
  throw new Error(`getHealth returned ${body}, the server saw ${JSON.stringify(seen)}`);
}
JS
node health.mjs
echo "publish ok: installed 1.1.0 as @latest from the registry; getHealth({ verbose: true }) sent ?verbose=true"
