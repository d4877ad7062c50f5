"""The examples in the docstrings that load spaCy's English model run wherever it is
installed (they ran in this suite if the model is here), are skipped on a laptop without
spaCy, and fail where every part is required (CI): the root conftest.py. Checked by running
pytest on those modules with spaCy hidden."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = ["graphkit/text/extraction.py", "graphkit/text/pipeline.py"]


def _pytest_without_spacy(hidden: Path, *, required: bool) -> subprocess.CompletedProcess:
    """pytest on the modules, ``hidden`` (a folder with a spacy.py that fails) first on
    the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GRAPHKIT_REQUIRE_ALL")}
    env["PYTHONPATH"] = os.pathsep.join([str(hidden), str(ROOT)])
    if required:
        env["GRAPHKIT_REQUIRE_ALL"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rsfE", *MODULES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_model_examples_are_skipped_without_spacy_and_fail_where_required(tmp_path):
    (tmp_path / "spacy.py").write_text("raise ImportError('spaCy hidden by the test')\n")
    laptop = _pytest_without_spacy(tmp_path, required=False)
    assert laptop.returncode == 0, laptop.stdout + laptop.stderr
    assert "2 skipped" in laptop.stdout and "failed" not in laptop.stdout
    assert "spacy is not installed" in laptop.stdout
    ci = _pytest_without_spacy(tmp_path, required=True)
    assert ci.returncode == 1, ci.stdout + ci.stderr
    assert "2 errors" in ci.stdout  # failed in setup, as a fixture that is missing a part
    assert "this test is required here but spacy is not installed" in ci.stdout


def test_the_model_examples_are_marked_model():
    done = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--collect-only"),
            *("-m", "model", *MODULES, "graphkit/text/unknown_actors.py"),
            "graphkit/text/review.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    collected = [line for line in done.stdout.splitlines() if "::" in line]
    assert sorted(collected) == [
        "graphkit/text/extraction.py::graphkit.text.extraction.extract_relations",
        "graphkit/text/pipeline.py::graphkit.text.pipeline.english_pipeline",
        "graphkit/text/unknown_actors.py::graphkit.text.unknown_actors.propose_actors",
    ]
