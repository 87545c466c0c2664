#!/usr/bin/env bash
# Installs the pinned Python tools used by run.sh (gitignored, idempotent):
#   languages/python/.venv-ci    mypy, ruff, build, pytest, httpx, pypiserver, twine ... (requirements-ci.txt)
#   languages/python/.venv-py39  the SDKs' dependencies resolved for Python 3.9 (requirements-py39.txt),
#                                given to mypy as --python-executable for the 3.9 check
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
pip_quiet=(--quiet --disable-pip-version-check --no-input)

install_ci() {
  local venv="$root/.venv-ci" requirements="$here/requirements-ci.txt"
  if [[ -x $venv/bin/python ]] && cmp -s "$requirements" "$venv/requirements.txt"; then
    echo "python tools: already installed in $venv"
    return
  fi
  echo "python tools: installing into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install "${pip_quiet[@]}" -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
}

install_py39() {
  local venv="$root/.venv-py39" requirements="$here/requirements-py39.txt"
  if [[ -x $venv/bin/python ]] && cmp -s "$requirements" "$venv/requirements.txt"; then
    echo "python 3.9 dependencies: already installed in $venv"
    return
  fi
  echo "python 3.9 dependencies: installing into $venv"
  rm -rf "$venv"
  python3 -m venv --without-pip "$venv"
  local site
  site="$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  "$root/.venv-ci/bin/python" -m pip install "${pip_quiet[@]}" --no-deps --only-binary=:all: \
    --python-version 3.9 --implementation cp --target "$site" -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
}

install_ci
install_py39
