"""The same Ibis aggregation on local Apache Spark gives exactly DuckDB's relations."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import pytest

import graphkit as gk
from conftest import SAMPLES, SYNTHETIC
from graphkit.events.raw_files import RawReader
from graphkit.events.sources import SOURCES

pytestmark = [pytest.mark.engine, pytest.mark.spark, pytest.mark.slow]


def spark_table(spark, path, format: str, name: str, folder: Path):
    """The file's raw rows (codebook column names, text) as a Spark table through Ibis.

    The rows go to Spark as a Parquet file in ``folder`` (Arrow's batches as read):
    a table made from Python rows would start a Python worker for Spark to read them.
    """
    import ibis
    import pyarrow as pa
    import pyarrow.parquet as pq

    spec = SOURCES[format]
    reader = RawReader([path], spec, spec.needed)
    file = folder / f"{name}.parquet"
    pq.write_table(pa.Table.from_batches(list(reader.batches())), file)
    spark.read.parquet(str(file)).createOrReplaceTempView(name)
    return ibis.pyspark.connect(spark).table(name)


@pytest.mark.parametrize(
    ("format", "path", "options"),
    [
        ("gdelt2", SAMPLES["gdelt2"], {"period": "M", "actors": "code"}),
        ("icews", SAMPLES["icews"], {"period": "W", "dedupe": "daily"}),
    ],
    ids=["gdelt2", "icews"],
)
def test_spark_and_duckdb_give_identical_relations(engine, spark, tmp_path, format, path, options):
    on_duckdb = gk.aggregate_events(gk.read_events(path, format=format), **options)
    events = gk.as_events(
        spark_table(spark, path, format, f"raw_{format}", tmp_path), format=format
    )
    on_spark = gk.aggregate_events(events, **options)
    assert len(on_duckdb) > 0
    pd.testing.assert_frame_equal(on_spark, on_duckdb)
    assert on_spark.attrs["policy"] == on_duckdb.attrs["policy"]


def test_undirected_pairs_and_coarser_ids_are_the_same_on_spark(engine, spark, tmp_path):
    events = gk.as_events(
        spark_table(spark, SYNTHETIC["acled"], "acled", "raw_acled", tmp_path), "acled"
    )
    on_duckdb = gk.read_events(SYNTHETIC["acled"], format="acled")
    pd.testing.assert_frame_equal(
        gk.aggregate_events(events, period="Q"), gk.aggregate_events(on_duckdb, period="Q")
    )
    pd.testing.assert_frame_equal(gk.event_actors(events), gk.event_actors(on_duckdb))


LEFTOVERS = ("spark-warehouse", "metastore_db", "derby.log")


def test_the_spark_path_writes_nothing_in_the_current_folder(
    engine, spark, tmp_path, tmp_path_factory, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    raw = spark_table(spark, SYNTHETIC["ucdp"], "ucdp", "raw_ucdp", tmp_path_factory.mktemp("raw"))
    events = gk.as_events(raw, "ucdp")
    relations = gk.aggregate_events(events, period="Y")
    spark.sql("CREATE TABLE IF NOT EXISTS graphkit_probe (x INT) USING parquet")  # a catalog write
    spark.sql("DROP TABLE graphkit_probe")
    assert len(relations) > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    # the session began in the folder pytest runs in (the repository): nothing there
    for folder in (Path.cwd(), Path(__file__).resolve().parents[2]):
        assert not [name for name in LEFTOVERS if (folder / name).exists()], folder
    warehouse = spark.conf.get("spark.sql.warehouse.dir")
    # ... and its warehouse is a temporary folder of the test session
    assert Path(warehouse.removeprefix("file:")).is_relative_to(tempfile.gettempdir())


def test_the_memory_check_sketch_counts_the_same_on_spark_as_the_exact_count(spark):
    """The HyperLogLog sketch is plain SQL on Spark too (its 32-bit hash)."""
    import ibis

    from graphkit.events.distinct_estimate import estimate, sketch_of

    con = ibis.pyspark.connect(spark)
    rows = con.sql(
        "SELECT named_struct('a', id % 997, 'b', CAST(id DIV 997 AS STRING)) AS key "
        "FROM range(30000)"
    )
    sketch = sketch_of(rows.key).to_pyarrow()
    estimated = estimate(sketch["register"].to_pylist(), sketch["low"].to_pylist())
    assert abs(estimated - 30_000) <= 0.05 * 30_000
