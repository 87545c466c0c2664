# Sourced by languages/<language>/tests/publish.sh: a scratch folder and a port for a registry on
# 127.0.0.1, and two releases of the kitchen-sink SDK, as a user
# makes them (docs/releases.md).
#   release_fixture WORK LANGUAGE
# writes WORK/switchboard.yaml (the kitchen sink's config with every version at 1.0.0) and
# WORK/changed.yaml (the kitchen sink with one new optional query parameter, `verbose` on getHealth),
# generates release 1.0.0 into WORK/v1/LANGUAGE, then `generate WORK/changed.yaml --release` the
# original into WORK/v2/LANGUAGE, and checks that the CLI printed the 1.1.0 release line and the
# changelog's newest entry is 1.1.0 with the new parameter under Added. Fails loudly otherwise.

# Sets the caller's scratch folder, $work, and $server, the PID of the registry it starts on 127.0.0.1
# (empty until then); when the caller exits, the registry is stopped and the folder removed.
registry_workspace() {
  work="$(mktemp -d)"
  server=""
  trap 'if [[ -n $server ]]; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi; rm -rf "$work"' EXIT
}

# A free TCP port of 127.0.0.1 for that registry.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

release_fixture() {
  local work=$1 language=$2 root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  local spec="$root/samples/kitchen-sink/openapi.yaml"
  sed -E 's/^(    version:) .*/\1 1.0.0/' "$root/samples/kitchen-sink/switchboard.yaml" > "$work/switchboard.yaml"
  python3 - "$spec" "$work/changed.yaml" <<'PY'
import sys
spec = open(sys.argv[1], encoding="utf-8").read()
anchor = "      operationId: getHealth\n"
if spec.count(anchor) != 1:
    sys.exit("release fixture: getHealth not found once in the kitchen sink")
added = "      parameters:\n        - name: verbose\n          in: query\n          schema:\n            type: boolean\n"
open(sys.argv[2], "w", encoding="utf-8").write(spec.replace(anchor, anchor + added))
PY
  "$root/switchboard" generate "$spec" -l "$language" --config "$work/switchboard.yaml" -o "$work/v1" \
    > "$work/generate.log" 2>&1 || { cat "$work/generate.log" >&2; return 1; }
  local printed
  printed="$("$root/switchboard" generate "$work/changed.yaml" --release "$spec" -l "$language" \
    --config "$work/switchboard.yaml" -o "$work/v2" 2> "$work/generate.log")" || { cat "$work/generate.log" >&2; return 1; }
  local expected="$language: release 1.0.0 -> 1.1.0 (feature, 1 changes)"
  if ! grep -qxF "$expected" <<< "$printed"; then
    echo "release fixture: expected '$expected', the CLI printed:" >&2
    echo "$printed" >&2
    return 1
  fi
  local changelog="$work/v2/$language/CHANGELOG.md"
  if [[ "$(grep -m1 '^## ' "$changelog")" != "## 1.1.0" ]] \
    || ! grep -q '^- optional input added: `[^`]*verbose`, operation getHealth input verbose (query)' "$changelog"; then
    echo "release fixture: $changelog has no 1.1.0 entry adding verbose:" >&2
    cat "$changelog" >&2
    return 1
  fi
  echo "release 1.0.0 -> 1.1.0 generated; CHANGELOG.md names verbose under 1.1.0"
}
