"""Typed numbers outside their codebook range are found by plain comparisons.

``expressions.outside`` is the read check of a typed number column; it must flag
exactly the values the canonical view's ``within`` makes NULL (the oracle here, run on
the same engine), and it must not lose a value when DuckDB answers the comparisons from
a Parquet file's statistics, which writers such as Arrow keep without NaN.
"""

from __future__ import annotations

import math
import warnings

import pytest

import graphkit as gk
from graphkit.datasets import data_path
from graphkit.events import expressions as ex

pytestmark = pytest.mark.engine

VALUES = {
    "int64": [None, -(2**63), -1, 0, 1, 3, 4, 5, 2**31 - 1, 2**31, 2**63 - 1],
    "int32": [None, -(2**31), -1, 0, 1, 4, 5, 2**31 - 1],
    "int8": [None, -128, -1, 0, 1, 4, 5, 127],
    "float64": [None, math.nan, math.inf, -math.inf, -10.5, -10.0, -0.0, 0.5, 10.0, 10.01, 1e300],
    "float32": [None, math.nan, math.inf, -math.inf, -10.5, -10.0, 0.5, 10.0, 10.5],
}
BOUNDS = [(0, None), (None, 4), (1, 4), (-10, 10), (0, 2_147_483_647), (None, None)]


@pytest.mark.parametrize("kind", list(VALUES))
@pytest.mark.parametrize("bounds", BOUNDS, ids=str)
def test_outside_flags_exactly_what_within_makes_null(engine, kind, bounds):
    import ibis
    import pyarrow as pa

    table = ibis.memtable(pa.table({"v": pa.array(VALUES[kind], pa.from_numpy_dtype(kind))}))
    read_as = "float64" if kind.startswith("float") else "int64"
    oracle = table.v.notnull() & ex.within(table.v.try_cast(read_as), bounds).isnull()
    got = table.select(
        row=ibis.row_number(),
        oracle=oracle.fill_null(False),
        outside=ex.outside(table.v, bounds).fill_null(False),
    ).to_pyarrow()
    assert got["outside"].to_pylist() == got["oracle"].to_pylist()


def test_bad_values_in_one_row_group_of_many_are_each_found(engine, tmp_path):
    # row groups of 100: the NaN sits among scores within range (Arrow leaves NaN out of
    # the group's minimum and maximum), the bad class and count in other groups
    import pyarrow as pa
    import pyarrow.parquet as pq

    from graphkit.events import SOURCES

    spec = SOURCES["gdelt2"]
    sample = data_path("samples/gdelt2_sample.tsv")  # the real rows, split at tabs
    with open(sample, newline="", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle][:500]
    columns = {c: [r[spec.columns.index(c)] for r in rows] for c in spec.needed}
    goldstein = [float(v) for v in columns["GoldsteinScale"]]
    quad = [int(v) for v in columns["QuadClass"]]
    mentions = [int(v) for v in columns["NumMentions"]]
    goldstein[250] = math.nan
    quad[420] = 9
    mentions[77] = -4
    table = pa.table(
        {
            **{c: pa.array(v) for c, v in columns.items()},
            "GoldsteinScale": pa.array(goldstein, pa.float64()),
            "QuadClass": pa.array(quad, pa.int64()),
            "NumMentions": pa.array(mentions, pa.int64()),
        }
    )
    path = tmp_path / "groups.parquet"
    pq.write_table(table, path, row_group_size=100)
    assert pq.ParquetFile(path).metadata.num_row_groups == 5
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.EventProblemsWarning)
        events = gk.read_events(path, format="gdelt2")
    found = {(int(p.line), p.column, p.value) for p in events.problems.itertuples()}
    assert found == {
        (251, "GoldsteinScale", "nan"),
        (421, "QuadClass", "9"),
        (78, "NumMentions", "-4"),
    }
