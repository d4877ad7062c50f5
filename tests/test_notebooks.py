"""The notebooks run top to bottom, and their committed outputs are the ones they produce."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parents[1] / "notebooks").glob("*.ipynb"))


def text_outputs(cell) -> list[str]:
    """The deterministic text a code cell showed: streams and plain-text results."""
    texts = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            texts.append(output["text"])
        elif output["output_type"] in ("execute_result", "display_data"):
            texts.append(output.get("data", {}).get("text/plain", ""))
    return texts


COUNT_SOLVES = """
from graphkit.analysis.signed import frustration_solver as _solver
_solves, _solve = 0, _solver.solve
def _counted(*args, **kwargs):
    global _solves
    _solves += 1
    return _solve(*args, **kwargs)
_solver.solve = _counted
"""
"""Run before a notebook: counts how often it solves the frustration problem."""


def test_the_syria_notebook_is_there():
    assert "syria-2024.ipynb" in [p.name for p in NOTEBOOKS]


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes_and_matches_its_committed_outputs(path, tmp_path):
    committed = nbformat.read(path, as_version=4)
    code_cells = [c for c in committed.cells if c.cell_type == "code"]
    assert all(c.get("outputs") or c.get("execution_count") for c in code_cells), (
        "commit the notebook with its outputs"
    )

    executed = nbformat.read(path, as_version=4)
    executed.cells.insert(0, nbformat.v4.new_code_cell(COUNT_SOLVES))
    executed.cells.append(nbformat.v4.new_code_cell("print(_solves)"))
    NotebookClient(
        executed,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    ).execute()
    solves = int(executed.cells.pop()["outputs"][0]["text"])
    executed.cells.pop(0)
    assert solves <= 1, f"the notebook solved the frustration problem {solves} times"

    for before, after in zip(committed.cells, executed.cells, strict=True):
        if before.cell_type != "code":
            continue
        assert not [o for o in after.outputs if o["output_type"] == "error"]
        assert text_outputs(after) == text_outputs(before), (
            f"stale output in cell:\n{before.source}\nre-run the notebook and commit it"
        )
