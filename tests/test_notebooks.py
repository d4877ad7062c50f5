"""The notebooks run top to bottom, and their committed outputs are the ones they produce."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parents[1] / "notebooks").glob("*.ipynb"))


def text_outputs(cell) -> list[str]:
    """The deterministic text a code cell showed: streams and plain-text results.

    Consecutive chunks of one stream are joined: how a kernel splits printed text into
    messages depends on timing (``print(a, b)`` can arrive as ``"a"`` and ``" b\n"``)."""
    texts: list[str] = []
    previous_stream = None
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            if previous_stream == output["name"]:
                texts[-1] += output["text"]
            else:
                texts.append(output["text"])
            previous_stream = output["name"]
            continue
        previous_stream = None
        if output["output_type"] in ("execute_result", "display_data"):
            texts.append(output.get("data", {}).get("text/plain", ""))
    return texts


def test_stream_chunks_compare_as_the_text_they_print():
    one = {"outputs": [{"output_type": "stream", "name": "stdout", "text": "27 42\n"}]}
    split = {
        "outputs": [
            {"output_type": "stream", "name": "stdout", "text": "27"},
            {"output_type": "stream", "name": "stdout", "text": " 42\n"},
        ]
    }
    other = {"outputs": [{"output_type": "stream", "name": "stdout", "text": "27 43\n"}]}
    assert text_outputs(split) == text_outputs(one) != text_outputs(other)
    mixed = {
        "outputs": [
            {"output_type": "stream", "name": "stdout", "text": "a"},
            {"output_type": "stream", "name": "stderr", "text": "b"},
        ]
    }
    assert text_outputs(mixed) == ["a", "b"]


COUNT_SOLVES = """
from collections import Counter as _Counter
from graphkit.analysis import temporal as _temporal
from graphkit.analysis.signed import frustration_solver as _solver
_solves, _solve, _over_time, _call = _Counter(), _solver.solve, _temporal.balance_over_time, [None]
def _counted(n, u, v, negative, weight, **kwargs):
    _problem = (n, *(bytes(memoryview(a)) for a in (u, v, negative, weight)))
    _solves[(_call[0], _problem)] += 1
    return _solve(n, u, v, negative, weight, **kwargs)
def _counted_over_time(*args, **kwargs):
    _call[0] = object()
    try:
        return _over_time(*args, **kwargs)
    finally:
        _call[0] = None
_solver.solve = _counted
_temporal.balance_over_time = _counted_over_time
"""
"""Run before a notebook: counts how often it solves each frustration problem. A view over
time solves one problem per distinct period, each once; outside such a view, no problem
may be solved twice (drawing and tables reuse the one analysis)."""


def test_the_syria_notebook_is_there():
    assert "syria-2024.ipynb" in [p.name for p in NOTEBOOKS]


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes_and_matches_its_committed_outputs(path, tmp_path, monkeypatch):
    # a notebook's files (tempfile.mkdtemp() in its cells) go in the test's folder: the
    # kernel is a process of its own, started with this environment
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    committed = nbformat.read(path, as_version=4)
    code_cells = [c for c in committed.cells if c.cell_type == "code"]
    assert all(c.get("outputs") or c.get("execution_count") for c in code_cells), (
        "commit the notebook with its outputs"
    )

    executed = nbformat.read(path, as_version=4)
    executed.cells.insert(0, nbformat.v4.new_code_cell(COUNT_SOLVES))
    executed.cells.append(nbformat.v4.new_code_cell("print(max(_solves.values(), default=0))"))
    NotebookClient(
        executed,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    ).execute()
    solves = int(executed.cells.pop()["outputs"][0]["text"])
    executed.cells.pop(0)
    assert solves <= 1, f"the notebook solved one frustration problem {solves} times"

    for before, after in zip(committed.cells, executed.cells, strict=True):
        if before.cell_type != "code":
            continue
        assert not [o for o in after.outputs if o["output_type"] == "error"]
        assert text_outputs(after) == text_outputs(before), (
            f"stale output in cell:\n{before.source}\nre-run the notebook and commit it"
        )
