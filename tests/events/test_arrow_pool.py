"""The roll-up's allocator: jemalloc inside aggregate_events where pyarrow has it, and the
caller's pool back afterwards, after an error too."""

from __future__ import annotations

import pyarrow as pa
import pytest

import graphkit as gk
from graphkit.datasets import data_path
from graphkit.events import aggregation
from graphkit.events.arrow_pool import reusing_pool

HAS_JEMALLOC = True
try:
    pa.jemalloc_memory_pool()
except (NotImplementedError, pa.ArrowNotImplementedError):
    HAS_JEMALLOC = False


def test_the_callers_pool_is_back_after_an_error_inside():
    original = pa.default_memory_pool()
    system = pa.system_memory_pool()
    pa.set_memory_pool(system)
    try:
        with pytest.raises(RuntimeError), reusing_pool():
            raise RuntimeError("inside")
        assert pa.default_memory_pool().backend_name == system.backend_name
    finally:
        pa.set_memory_pool(original)


@pytest.mark.skipif(not HAS_JEMALLOC, reason="pyarrow built without jemalloc")
def test_aggregation_rolls_up_in_jemalloc_and_gives_the_pool_back(monkeypatch):
    seen = []
    rolled_up = aggregation.rolled_up

    def watched(*args, **kwargs):
        seen.append(pa.default_memory_pool().backend_name)
        return rolled_up(*args, **kwargs)

    monkeypatch.setattr(aggregation, "rolled_up", watched)
    before = pa.default_memory_pool().backend_name
    events = gk.read_events(data_path("samples/gdelt2_sample.tsv"), format="gdelt2")
    relations = gk.aggregate_events(events)
    assert seen == ["jemalloc"]
    assert pa.default_memory_pool().backend_name == before
    # the relations' text, allocated in jemalloc, outlives the block
    assert relations["source"].str.len().sum() > 0
