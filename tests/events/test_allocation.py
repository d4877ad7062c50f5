"""The roll-up's memory: jemalloc inside aggregate_events where pyarrow has it, NumPy's
huge-page advice off, and the caller's settings back afterwards, after an error too."""

from __future__ import annotations

import pyarrow as pa
import pytest

import graphkit as gk
from graphkit.datasets import data_path
from graphkit.events import aggregation
from graphkit.events.allocation import _huge_page_switch, plain_pages, reusing_pool

HAS_JEMALLOC = True
try:
    pa.jemalloc_memory_pool()
except (NotImplementedError, pa.ArrowNotImplementedError):
    HAS_JEMALLOC = False

SWITCH = _huge_page_switch()
needs_switch = pytest.mark.skipif(SWITCH is None, reason="this NumPy has no huge-page switch")


def huge_page_advice() -> bool:
    """Whether NumPy advises huge pages now (the switch says the previous setting)."""
    before = SWITCH(True)
    SWITCH(before)
    return bool(before)


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


@needs_switch
def test_the_huge_page_advice_is_back_after_an_error_inside():
    original = huge_page_advice()
    SWITCH(True)
    try:
        with pytest.raises(RuntimeError), plain_pages() as before:
            assert before is True
            assert huge_page_advice() is False
            raise RuntimeError("inside")
        assert huge_page_advice() is True
    finally:
        SWITCH(original)


@needs_switch
def test_aggregation_rolls_up_without_huge_page_advice_and_puts_it_back(monkeypatch):
    seen = []
    rolled_up = aggregation.rolled_up

    def watched(*args, **kwargs):
        seen.append(huge_page_advice())
        return rolled_up(*args, **kwargs)

    monkeypatch.setattr(aggregation, "rolled_up", watched)
    original = huge_page_advice()
    SWITCH(True)
    try:
        events = gk.read_events(data_path("samples/gdelt2_sample.tsv"), format="gdelt2")
        gk.aggregate_events(events)
        assert seen == [False]
        assert huge_page_advice() is True
    finally:
        SWITCH(original)
