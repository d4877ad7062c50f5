"""The order of the engine's rows in the roll-up: by packed key, the first row first on
a tie, whether the positions fit below the keys or not (then a stable argsort); text
keys ranked in code-point order, NULL last, a column of one value included."""

from __future__ import annotations

import numpy as np
import pytest

from graphkit.events.rollup import _sorted_rows

pytestmark = pytest.mark.engine


def oracle(packed, rows):
    """Sorted by key, then position: Python's sort of the pairs."""
    pairs = sorted((int(packed[r]), int(r)) for r in rows)
    return [r for _, r in pairs], [k for k, _ in pairs]


@pytest.mark.parametrize(
    ("distinct", "scale"),
    # many ties; few ties, the positions fit below the keys; ties, and they do not fit
    [(100, 1), (2**30, 2**10), (60, 2**56)],
)
def test_rows_are_ordered_by_key_then_position(distinct, scale):
    rng = np.random.default_rng(distinct)
    packed = rng.integers(0, distinct, 5000, dtype=np.int64) * scale
    rows = np.flatnonzero(rng.random(5000) < 0.7)
    order, keys = _sorted_rows(packed, rows)
    expected_order, expected_keys = oracle(packed, rows)
    assert order.tolist() == expected_order
    assert keys.tolist() == expected_keys


def test_no_rows_give_empty_orders():
    order, keys = _sorted_rows(np.array([5, 3], dtype=np.int64), np.array([], dtype=np.int64))
    assert order.tolist() == [] and keys.tolist() == []


@pytest.mark.parametrize(
    "texts",
    [
        ["gdelt2"] * 5,  # one value: found without hashing
        ["b", "a", "b"],  # first and last alike, another between
        ["é", None, "a", "é"],
        ["z", "y"],
    ],
)
def test_a_text_key_ranks_each_row_among_the_sorted_distinct_values(texts):
    import pyarrow as pa

    from graphkit.events.rollup import _text_key

    key = _text_key(
        pa.chunked_array([pa.array(texts[:2], pa.string()), pa.array(texts[2:], pa.string())])
    )
    distinct = sorted({t for t in texts if t is not None})  # code-point order, NULL last
    assert key.values.to_pylist() == [*distinct, None]
    assert key.span == len(distinct) + 1
    expected = [distinct.index(t) if t is not None else len(distinct) for t in texts]
    assert key.ranks.tolist() == expected
