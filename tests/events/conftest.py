"""Fixtures for the event-data tests: the real samples, synthetic sources, one Spark."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from parts import need_module

from graphkit.datasets import data_path

DATA = Path(__file__).parent / "data"

SAMPLES = {
    "gdelt2": data_path("samples/gdelt2_sample.tsv"),
    "gdelt1": data_path("samples/gdelt1_sample.tsv"),
    "icews": data_path("samples/icews_sample.tsv"),
}
"""The real rows (500 each) with their format."""

SYNTHETIC = {
    "polecat": DATA / "polecat_synthetic.tsv",
    "ucdp": DATA / "ucdp_synthetic.csv",
    "acled": DATA / "acled_synthetic.csv",
}
"""Synthetic rows under the sources' documented headers (ACLED may not be redistributed)."""


def raw_rows(path: Path, *, header: bool, delimiter: str = "\t") -> list[dict | list]:
    """A file's rows read with nothing but the csv module: the tests' independent oracle."""
    with open(path, newline="", encoding="utf-8") as handle:
        if header:
            quoting = csv.QUOTE_MINIMAL if delimiter == "," else csv.QUOTE_NONE
            return list(csv.DictReader(handle, delimiter=delimiter, quoting=quoting))
        return [line.rstrip("\n").split("\t") for line in handle]


@pytest.fixture(scope="session")
def engine():
    """DuckDB and Ibis, or a skip (a failure in CI) naming the extra."""
    need_module("duckdb", "pip install 'graphkit-actors[events]'")
    return need_module("ibis", "pip install 'graphkit-actors[events]'")


@pytest.fixture(scope="session")
def sample_events(engine):
    """``sample_events(format)``: the real sample of that format, read once per test run."""
    import graphkit as gk

    cache: dict = {}

    def events(format: str):
        if format not in cache:
            cache[format] = gk.read_events(SAMPLES[format], format=format)
        return cache[format]

    return events
