"""Fixtures for the event-data tests: the real samples, synthetic sources, one Spark."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from parts import missing, need_module

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
def spark():
    """One local Spark session for the whole test run (local[2], few shuffle partitions)."""
    need_module("pyspark", "pip install 'graphkit-actors[spark]'")
    import shutil
    import tempfile

    if shutil.which("java") is None:
        missing("Java is not installed (Spark needs a Java 17 runtime)")
    from pyspark.sql import SparkSession

    # The inputs are a few hundred rows: compiling Java code for each query stage and
    # re-planning shuffles costs far more than interpreting them, so both are off.
    # Spark's warehouse (spark-warehouse/) and Derby's metastore (metastore_db/,
    # derby.log) go to a temporary folder, never the current one (issue 19 item 8).
    scratch = Path(tempfile.mkdtemp(prefix="graphkit-spark-"))
    session = (
        SparkSession.builder.master("local[2]")
        .config("spark.sql.warehouse.dir", str(scratch / "warehouse"))
        .config("spark.driver.extraJavaOptions", f"-Dderby.system.home={scratch}")
        .config("spark.local.dir", str(scratch / "local"))
        .appName("graphkit-tests")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.default.parallelism", "1")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    shutil.rmtree(scratch, ignore_errors=True)


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
