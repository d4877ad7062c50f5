"""A relation's first and last text (URL, story) over its engine rows, as SQL's MIN and
MAX give them: NULLs skipped, NULL only where every row is NULL, code-point order."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from graphkit.events.rollup import _run_extreme

pytestmark = pytest.mark.engine

VALUES = pa.array(["b", None, "a", "é", "z", None, None, "m", "m", "Z"])
# relations by hand, as runs of positions in VALUES (the engine's rows), in any order:
RELATIONS = [
    [0, 1, 2],  # b, NULL, a      -> min a, max b
    [3],  # é                     -> é, é
    [5, 6],  # NULL, NULL         -> NULL, NULL
    [9, 4],  # Z, z               -> min Z (code point 90 < 122), max z
    [7, 8],  # m, m               -> m, m
    [1],  # NULL alone            -> NULL
]


def extremes(how: str, values=VALUES) -> list:
    rows = np.array([p for run in RELATIONS for p in run], dtype=np.int64)
    lengths = np.array([len(run) for run in RELATIONS], dtype=np.int64)
    starts = np.cumsum(lengths) - lengths
    return _run_extreme(values, rows, starts, lengths, how).to_pylist()


def test_the_smallest_text_of_each_relation_skips_nulls():
    assert extremes("min") == ["a", "é", None, "Z", "m", None]


def test_the_largest_text_of_each_relation_skips_nulls():
    assert extremes("max") == ["b", "é", None, "z", "m", None]


def test_a_chunked_column_gives_the_same_texts():
    chunked = pa.chunked_array([VALUES[:4], VALUES[4:]])
    assert extremes("min", chunked) == extremes("min")
    assert extremes("max", chunked) == extremes("max")


def test_a_column_of_nulls_gives_nulls_of_its_type():
    nulls = pa.nulls(len(VALUES), pa.string())
    assert extremes("min", nulls) == [None] * len(RELATIONS)
