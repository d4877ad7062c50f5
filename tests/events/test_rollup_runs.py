"""The roll-up's reductions over runs of rows: each relation's rows summed, or taken as
they are where every relation is one row."""

from __future__ import annotations

import numpy as np
import pytest

from graphkit.events.rollup import _runs


@pytest.mark.parametrize(
    ("values", "starts", "sums", "smallest"),
    [
        # runs [5, 1], [2], [7, 0, 3]: by hand
        ([5, 1, 2, 7, 0, 3], [0, 2, 3], [6, 2, 10], [1, 2, 0]),
        # every run one value: the values themselves
        ([4, 9, 1], [0, 1, 2], [4, 9, 1], [4, 9, 1]),
        # one run of everything
        ([4, 9, 1], [0], [14], [1]),
        # nothing
        ([], [], [], []),
    ],
)
def test_each_run_is_reduced_to_its_sum_and_its_smallest(values, starts, sums, smallest):
    values = np.array(values, dtype=np.int64)
    starts = np.array(starts, dtype=np.intp)
    assert _runs(np.add, values, starts).tolist() == sums
    assert _runs(np.minimum, values, starts).tolist() == smallest
