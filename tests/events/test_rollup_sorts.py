"""The roll-up's sorts split in two halves: the same answers as NumPy's own sorts."""

from __future__ import annotations

import numpy as np
import pytest

from graphkit.events import rollup


@pytest.fixture(autouse=True)
def split_small_arrays(monkeypatch):
    """Split from 8 values on, with two workers, so small arrays take the split path."""
    monkeypatch.setattr(rollup, "_SPLIT_FROM", 8)
    monkeypatch.setattr(rollup, "workers", lambda: 2)


def arrays():
    rng = np.random.default_rng(20241207)
    yield np.array([], dtype=np.int64)
    yield np.array([5], dtype=np.int64)
    yield np.arange(9, dtype=np.int64)[::-1].copy()  # falling, odd length
    yield np.array([3, 3, 3, 3, 3, 3, 3, 3, 3], dtype=np.int64)  # one value
    yield rng.integers(0, 4, 1001).astype(np.int64)  # many ties across the halves
    yield rng.integers(-(1 << 62), 1 << 62, 5000).astype(np.int64)  # wide values


@pytest.mark.parametrize("values", list(arrays()), ids=lambda v: f"n{len(v)}")
def test_sorting_in_place_gives_numpys_sorted_array(values):
    got = values.copy()
    rollup._sort_in_place(got)
    assert np.array_equal(got, np.sort(values))


@pytest.mark.parametrize("values", list(arrays()), ids=lambda v: f"n{len(v)}")
def test_the_stable_order_is_numpys_stable_argsort(values):
    # ties keep their first positions first: the very permutation, not only sorted values
    assert np.array_equal(rollup._stable_argsort(values), np.argsort(values, kind="stable"))
