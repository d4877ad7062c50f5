"""A real Spark cluster: separate executor JVMs, real shuffles, the same relations as DuckDB."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from parts import missing, need_module

import graphkit as gk
from conftest import SAMPLES

pytestmark = [pytest.mark.engine, pytest.mark.spark, pytest.mark.slow]

SYNTHETIC_EVENTS = 1_000_000
"""Events of the synthetic file (the benchmark's generator), the issue's million: both
executors hold part of every stage and the engine's rows cross between the JVMs. On the
2-core test machine, beside a text helper's tests: 15 s to start the cluster, 40 s to
aggregate, 70 s for the whole test (an earlier run under a load of 10: 143 s)."""


def test_a_local_cluster_gives_exactly_duckdbs_relations(tmp_path):
    need_module("pyspark", "pip install 'graphkit-actors[spark]'")
    if shutil.which("java") is None:
        missing("Java is not installed (Spark needs a Java 17 runtime)")
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    import bench_events

    parquet = tmp_path / "synthetic.parquet"
    bench_events.generate(parquet, SYNTHETIC_EVENTS)
    out = tmp_path / "relations.pickle"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    script = Path(__file__).with_name("spark_cluster_run.py")
    run = subprocess.run(
        [sys.executable, str(script), str(out), str(SAMPLES["gdelt2"]), str(parquet)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    with open(out, "rb") as handle:
        on_cluster = pickle.load(handle)
    print(
        f"local-cluster: {on_cluster['startup']:.1f} s to start, "
        f"{on_cluster['aggregation']:.1f} s to aggregate"
    )
    assert on_cluster["master"] == "local-cluster[2,1,1024]"
    assert on_cluster["executors"] == 2
    for name, path, format in (
        ("sample", SAMPLES["gdelt2"], "gdelt2"),
        ("synthetic", parquet, "gdelt2"),
    ):
        on_duckdb = gk.aggregate_events(gk.read_events(str(path), format=format), period="M")
        assert len(on_duckdb) > 0
        pd.testing.assert_frame_equal(on_cluster[name], on_duckdb)
        assert on_cluster[name].attrs["policy"] == on_duckdb.attrs["policy"]
    assert on_cluster["synthetic"].attrs["policy"]["fates"]["relation"] > SYNTHETIC_EVENTS / 2
