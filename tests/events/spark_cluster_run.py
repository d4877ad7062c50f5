"""Aggregate events on Spark's ``local-cluster`` master, in a process of its own.

Run by ``test_spark_cluster.py``: one JVM holds one SparkContext, and the test run's
shared ``local[2]`` session may already be up, so the cluster gets a fresh process.
``python spark_cluster_run.py OUT SAMPLE PARQUET`` aggregates the GDELT 2.0 sample
(raw rows, as text, in four row groups) and a synthetic Parquet file (read by the
executors) and pickles the two relations tables, with the executors' count, to OUT.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
import tempfile
import time


def main(out: str, sample: str, parquet: str) -> None:
    import ibis
    import pyarrow as pa
    import pyarrow.parquet as pq
    from pyspark.find_spark_home import _find_spark_home
    from pyspark.sql import SparkSession

    import graphkit as gk
    from graphkit.events.raw_files import RawReader
    from graphkit.events.sources import SOURCES

    # local-cluster starts its workers with SPARK_HOME's launcher scripts: pyspark's
    # package ships them
    os.environ.setdefault("SPARK_HOME", _find_spark_home())
    os.environ["PYSPARK_PYTHON"] = sys.executable
    scratch = tempfile.mkdtemp(prefix="graphkit-spark-cluster-")
    began = time.perf_counter()
    spark = (
        # two executors of one core and 1 GiB each, in JVMs of their own
        SparkSession.builder.master("local-cluster[2,1,1024]")
        .appName("graphkit-cluster-test")
        .config("spark.pyspark.python", sys.executable)
        .config("spark.executor.memory", "768m")
        .config("spark.driver.memory", "1g")
        .config("spark.sql.warehouse.dir", f"{scratch}/warehouse")
        .config("spark.driver.extraJavaOptions", f"-Dderby.system.home={scratch}")
        .config("spark.sql.shuffle.partitions", "4")
        # small inputs: compiling Java code per stage costs more than interpreting it
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        con = ibis.pyspark.connect(spark)
        spec = SOURCES["gdelt2"]
        # the sample's raw rows as read (text), written to Parquet for the executors: a
        # table made from Python rows starts a Python worker in each executor's JVM
        # (about 7 s of the test)
        raw = pa.Table.from_batches(list(RawReader([sample], spec, spec.needed).batches()))
        pq.write_table(raw, f"{scratch}/sample.parquet", row_group_size=125)
        spark.read.parquet(f"{scratch}/sample.parquet").createOrReplaceTempView("raw_sample")
        sample_events = gk.as_events(con.table("raw_sample"), format="gdelt2")
        spark.read.parquet(parquet).createOrReplaceTempView("raw_synthetic")
        synthetic_events = gk.as_events(con.table("raw_synthetic"), format="gdelt2")
        started = time.perf_counter()
        result = {
            "sample": gk.aggregate_events(sample_events, period="M", actors="code"),
            "synthetic": gk.aggregate_events(synthetic_events, period="M", actors="code"),
            # the block managers that took part, less the driver's
            "executors": spark.sparkContext._jsc.sc().getExecutorMemoryStatus().size() - 1,
            "master": spark.sparkContext.master,
            "startup": started - began,
            "aggregation": time.perf_counter() - started,
        }
    finally:
        spark.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    with open(out, "wb") as handle:
        pickle.dump(result, handle)


if __name__ == "__main__":
    main(*sys.argv[1:4])
