"""Fixtures shared by the test modules."""

import os
import shutil
import sys

import networkx as nx
import pytest
from browser_support import launch_or_skip
from graph_state import graph_state_of
from parts import missing, need_module

import graphkit as gk


@pytest.fixture
def syria() -> nx.MultiDiGraph:
    """A fresh copy of the bundled dataset (tests may modify it)."""
    return gk.load_dataset("syria-2024")


@pytest.fixture
def graph_state():
    """``graph_state(G)``: a deep copy of G's whole state, to compare before and after."""
    return graph_state_of


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the whole session.

    Playwright's synchronous API allows one running instance per thread: a second
    ``sync_playwright().start()`` while another is alive fails ("Sync API inside the
    asyncio loop"), so every browser test shares this one (each page gets its own
    context from ``open_page``)."""
    playwright, browser = launch_or_skip()
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture(scope="session")
def spark(tmp_path_factory):
    """One local Spark session for the whole test run (local[2], few shuffle partitions).

    Its Python workers run this interpreter (the suite's virtual environment, whatever
    ``python3`` is first on the PATH), and its warehouse, metastore and scratch space
    are a temporary folder, so nothing is written in the current directory."""
    need_module("pyspark", "pip install 'graphkit-actors[spark]'")
    if shutil.which("java") is None:
        missing("Java is not installed (Spark needs a Java 17 runtime)")
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    # Spark's warehouse (spark-warehouse/) and Derby's metastore (metastore_db/,
    # derby.log) go to a temporary folder, never the current one (issue 19 item 8).
    scratch = tmp_path_factory.mktemp("spark")
    # The inputs are a few hundred rows: compiling Java code for each query stage and
    # re-planning shuffles costs far more than interpreting them, so both are off.
    session = (
        SparkSession.builder.master("local[2]")
        .appName("graphkit-tests")
        .config("spark.pyspark.python", sys.executable)
        .config("spark.sql.warehouse.dir", str(scratch / "warehouse"))
        .config("spark.driver.extraJavaOptions", f"-Dderby.system.home={scratch}")
        .config("spark.local.dir", str(scratch / "local"))
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
