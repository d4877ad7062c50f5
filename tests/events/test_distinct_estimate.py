"""The HyperLogLog estimate of distinct values that checks memory before aggregating."""

from __future__ import annotations

import math

import pytest

from graphkit.events.distinct_estimate import REGISTERS, estimate, sketch_of

pytestmark = pytest.mark.engine


def _estimated(table, column):
    sketch = sketch_of(table[column]).to_pyarrow()
    return estimate(sketch["register"].to_pylist(), sketch["low"].to_pylist())


@pytest.mark.parametrize("distinct", [1, 10, 1_000, 30_000, 300_000])
def test_the_estimate_is_within_three_standard_errors_of_the_exact_count(distinct):
    """The exact count is the oracle; the relative standard error is 1.04 / sqrt(m)."""
    import ibis

    con = ibis.duckdb.connect()
    # every value three times, in struct keys like the relations' (ints and text)
    rows = con.sql(
        f"SELECT {{'a': i % 997, 'b': CAST(i // 997 AS VARCHAR), 'c': i}} AS key "
        f"FROM range({distinct}) t(i), range(3) u(j)"
    )
    exact = rows.key.nunique().to_pyarrow().as_py()
    assert exact == distinct
    error = 3 * 1.04 / math.sqrt(REGISTERS)
    assert abs(_estimated(rows, "key") - exact) <= max(1, error * exact)


def test_nulls_are_no_values_and_an_empty_column_holds_none():
    import ibis

    con = ibis.duckdb.connect()
    rows = con.sql("SELECT CASE WHEN i % 2 = 0 THEN NULL ELSE i END AS v FROM range(2000) t(i)")
    assert abs(_estimated(rows, "v") - 1000) <= 0.05 * 1000
    empty = con.sql("SELECT i AS v FROM range(0) t(i)")
    assert _estimated(empty, "v") == 0
