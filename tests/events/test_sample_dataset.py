"""The bundled gdelt-2019-10 dataset: what the event path gives from the shipped rows."""

from __future__ import annotations

import subprocess
import sys

import pytest

import graphkit as gk
from graphkit.datasets import data_path
from graphkit.events.sample_dataset import NAME, csv_text, sample_tables


@pytest.mark.engine
def test_the_shipped_tables_are_what_the_raw_rows_give(engine):
    actors, relations = sample_tables()
    for name, frame in (("actors", actors), ("relations", relations)):
        shipped = data_path(f"{NAME}/{name}.csv").read_text(encoding="utf-8")
        assert csv_text(frame) == shipped, (
            f"{name}.csv is stale: run python -m graphkit.events.sample_dataset"
        )


def test_the_dataset_loads_without_duckdb_or_ibis():
    code = (
        "import sys\n"
        "for name in ('duckdb', 'ibis', 'pyarrow'):\n"
        "    sys.modules[name] = None  # as if not installed\n"
        "import graphkit as gk\n"
        f"G = gk.load_dataset({NAME!r})\n"
        "print(G.number_of_nodes(), G.number_of_edges())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["28", "41"]


def test_every_relation_of_the_dataset_is_sourced_and_dated():
    G = gk.load_dataset(NAME)
    assert G.graph["name"] == NAME
    for _, _, data in G.edges(data=True):
        assert data["urls"].startswith("http") and data["document"].startswith("http")
        assert data["start"] == data["end"] and len(data["start"]) == 7  # YYYY-MM
        assert data["evidence"].split(" ")[1:3] == ["GDELT", "2.0"]
        assert data["relation"] in gk.vocabulary_of(G).relation_names()
