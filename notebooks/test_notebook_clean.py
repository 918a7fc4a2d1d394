"""The notebook is committed without outputs: diffs stay readable and no stale result passes for a fresh one."""

from pathlib import Path

import nbformat

NOTEBOOKS = sorted(Path(__file__).parent.glob("*.ipynb"))


def test_there_is_a_notebook():
    assert NOTEBOOKS


def test_notebooks_are_committed_with_outputs_cleared():
    dirty = []
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None):
                dirty.append(f"{path.name} cell {i}")
    assert not dirty, f"clear the outputs (Kernel > Restart & Clear Output, or `jupyter nbconvert --clear-output --inplace`): {dirty}"
