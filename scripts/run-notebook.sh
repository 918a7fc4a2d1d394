#!/usr/bin/env bash
# Runs the analyst notebook's checks in a Python venv of its own (.venv/, made and kept in step with
# notebooks/requirements.txt):
#   scripts/run-notebook.sh                       pytest notebooks/, then executes notebooks/analyst.ipynb top to bottom
#                                                 against NEWSGRAPH_URL (default http://127.0.0.1:4000/graphql)
#   scripts/run-notebook.sh --check-export FILE…  loads kg export GraphML/GEXF files with networkx, prints JSON
# Exits non-zero when a test fails or a cell raises. The executed copy is written to test-results/notebooks/.
# PYTHON picks the interpreter that makes the venv (default python3).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV="$ROOT/.venv"
REQS="$ROOT/notebooks/requirements.txt"

ensure_venv() {
  command -v "${PYTHON:-python3}" >/dev/null || { echo "run-notebook: ${PYTHON:-python3} not found: install Python 3.11+" >&2; exit 3; }
  mkdir -p "$VENV"
  # One installer at a time: jest runs test files in parallel, and two pips in one venv corrupt it.
  exec 9>"$VENV/.install.lock"
  flock 9
  local want have=""
  want="$(sha256sum "$REQS" | cut -d' ' -f1)"
  [ -f "$VENV/.requirements.sha256" ] && have="$(cat "$VENV/.requirements.sha256")"
  if [ ! -x "$VENV/bin/python" ] || [ "$want" != "$have" ]; then
    echo "run-notebook: installing notebooks/requirements.txt into .venv/" >&2
    [ -x "$VENV/bin/python" ] || "${PYTHON:-python3}" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQS" >&2
    echo "$want" >"$VENV/.requirements.sha256"
  fi
  flock -u 9
}

ensure_venv
PY="$VENV/bin/python"
export MPLBACKEND=Agg PYTHONDONTWRITEBYTECODE=1

if [ "${1:-}" = "--check-export" ]; then
  shift
  exec "$PY" "$ROOT/notebooks/check_export.py" "$@"
fi

cd "$ROOT/notebooks"
"$PY" -m pytest -q -p no:cacheprovider "$ROOT/notebooks"

OUT="$ROOT/test-results/notebooks"
mkdir -p "$OUT"
export NEWSGRAPH_OUT="$OUT"
"$PY" - "$ROOT/notebooks/analyst.ipynb" "$OUT/analyst.ipynb" <<'PY'
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

src, dst = sys.argv[1], sys.argv[2]
nb = nbformat.read(src, as_version=4)
started = time.monotonic()
client = NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": "."}})
try:
    client.execute()
except CellExecutionError as err:
    nbformat.write(nb, dst)
    print(f"run-notebook: a cell failed (executed copy: {dst})\n{err}", file=sys.stderr)
    sys.exit(1)
nbformat.write(nb, dst)
cells = sum(1 for c in nb.cells if c.cell_type == "code")
print(f"run-notebook: {src}: {cells} code cells ran in {time.monotonic() - started:.1f} s (executed copy: {dst})")
PY
