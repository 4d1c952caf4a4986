#!/usr/bin/env bash
# The two commands a new user needs:
#   ./run.sh up     install what is missing, start Redis + workers + API, process a sample article
#   ./run.sh test   install what is missing, run the whole test suite
# Anything after the command is passed on (e.g. ./run.sh up --port 9000 --workers 2).
set -euo pipefail
cd "$(dirname "$0")"
VENV=${LIQAA_VENV:-.venv}
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3

install() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    # torch first and pinned: the CPU build; an unpinned torch would pull a multi-GB CUDA build
    "$VENV/bin/pip" install -q --disable-pip-version-check "torch==2.13.0"
    "$VENV/bin/pip" install -q --disable-pip-version-check -e ".[dev]"
    touch "$stamp"
  fi
}

cmd=${1:-}
shift || true
case "$cmd" in
  up)
    install
    exec "$VENV/bin/liqaa" up "$@"
    ;;
  test)
    install
    "$VENV/bin/ruff" check .
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: ./run.sh up [liqaa up options] | ./run.sh test [pytest options]" >&2
    exit 2
    ;;
esac
