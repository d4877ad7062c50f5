"""Aggregate events on Spark's ``local-cluster`` master, in a process of its own.

Run by ``test_spark_cluster.py``: one JVM holds one SparkContext, and the test run's
shared ``local[2]`` session may already be up, so the cluster gets a fresh process.
``python spark_cluster_run.py OUT SAMPLE PARQUET`` aggregates the GDELT 2.0 sample
(raw rows, as text, through the driver) and a synthetic Parquet file (read by the
executors) and pickles the two relations tables, with the executors' count, to OUT.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
import time


def main(out: str, sample: str, parquet: str) -> None:
    import ibis
    from pyspark.find_spark_home import _find_spark_home
    from pyspark.sql import SparkSession
    from pyspark.sql.types import LongType, StringType, StructField, StructType

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
        rows = [r for b in RawReader([sample], spec, spec.needed).batches() for r in b.to_pylist()]
        fields = [StructField(c, StringType()) for c in spec.needed]
        fields += [StructField("_file", StringType()), StructField("_line", LongType())]
        frame = spark.createDataFrame([tuple(r.values()) for r in rows], StructType(fields))
        frame.repartition(4).createOrReplaceTempView("raw_sample")
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
    with open(out, "wb") as handle:
        pickle.dump(result, handle)


if __name__ == "__main__":
    main(*sys.argv[1:4])
