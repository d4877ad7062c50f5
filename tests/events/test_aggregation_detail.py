"""Paying for what is used: detail="counts", top= and memory_limit= of aggregate_events."""

from __future__ import annotations

import pandas as pd
import pytest
from test_aggregation import oracle

import graphkit as gk
from graphkit.events.engine_run import EngineRun, memory_bytes

pytestmark = pytest.mark.engine

TEXT = ["evidence", "document", "top_codes", "urls"]


@pytest.mark.parametrize("format", ["gdelt2", "icews"])
def test_counts_detail_has_the_raw_rows_counts_and_no_text_columns(sample_events, format):
    relations = gk.aggregate_events(sample_events(format), period="M", detail="counts")
    assert not set(TEXT) & set(relations.columns)
    expected = oracle(format)
    got = {(r.source, r.target, r.start, r.relation): r for r in relations.itertuples()}
    assert set(got) == set(expected)
    for key, (count, goldstein, quads) in expected.items():
        assert got[key].events == count, key
        assert got[key].goldstein == pytest.approx(goldstein, abs=1e-9), key
        if format == "gdelt2":  # GDELT's own QuadClass, counted
            assert [getattr(got[key], f"quad{q}") for q in (1, 2, 3, 4)] == [
                quads[q] for q in (1, 2, 3, 4)
            ]
    assert relations.attrs["policy"]["detail"] == "counts"


@pytest.mark.parametrize(
    ("period", "dedupe", "actors"),
    [
        ("M", None, "code"),
        (None, None, "country"),
        ("W", None, "country+role"),
        ("D", "daily", "code"),
    ],
)
def test_counts_detail_is_the_full_table_less_its_text(sample_events, period, dedupe, actors):
    events = sample_events("gdelt1")
    options = {"period": period, "dedupe": dedupe, "actors": actors}
    full = gk.aggregate_events(events, **options)
    counts = gk.aggregate_events(events, detail="counts", **options)
    assert list(counts.columns) == [c for c in full.columns if c not in TEXT]
    pd.testing.assert_frame_equal(counts, full.drop(columns=TEXT))
    assert counts.attrs["policy"]["fates"] == full.attrs["policy"]["fates"]


@pytest.mark.parametrize("detail", ["full", "counts"])
def test_top_keeps_the_relations_with_the_most_events_in_table_order(sample_events, detail):
    events = sample_events("icews")
    everything = gk.aggregate_events(events, detail=detail)
    # by hand: the 5 largest by events, ties to the earlier row, then in table order
    ranked = sorted(range(len(everything)), key=lambda i: (-everything.events.iloc[i], i))
    expected = everything.iloc[sorted(ranked[:5])].reset_index(drop=True)
    kept = gk.aggregate_events(events, detail=detail, top=5)
    assert len(kept) == 5
    # the weights still count every relation of the dyad, and the text is the same
    pd.testing.assert_frame_equal(kept, expected)
    assert kept.attrs["policy"]["top"] == 5
    assert gk.aggregate_events(events, detail=detail, top=10**6).equals(everything)


@pytest.mark.parametrize("bad", [0, -1, 2.5, True, "3"])
def test_top_must_be_a_positive_whole_number(sample_events, bad):
    with pytest.raises(ValueError, match="top must be a positive whole number"):
        gk.aggregate_events(sample_events("gdelt2"), top=bad)


def test_an_unknown_detail_is_refused(sample_events):
    with pytest.raises(ValueError, match="detail must be 'counts' or 'full', got 'some'"):
        gk.aggregate_events(sample_events("gdelt2"), detail="some")


def test_memory_sizes_are_read_in_decimal_and_binary_units():
    assert memory_bytes("12GiB") == 12 * 1024**3
    assert memory_bytes("1.5 GB") == 1_500_000_000
    assert memory_bytes("500mb") == 500_000_000
    assert memory_bytes(4096) == 4096
    for bad in ("lots", "-3GB", 0, "12 GiBs", 1.5, True):
        with pytest.raises(ValueError, match="memory_limit must be"):
            memory_bytes(bad)


def test_the_memory_limit_is_set_on_duckdb_for_the_run_and_put_back(sample_events):
    events = sample_events("gdelt2")
    con = events._find_backend().con

    def setting(name: str = "memory_limit") -> str:
        return con.execute(f"SELECT current_setting('{name}')").fetchone()[0]

    before = setting()
    background = setting("allocator_background_threads")

    class Quiet:
        def note(self, text: str) -> None:
            pass

    with EngineRun(events, memory_bytes("300MiB"), Quiet()) as run:
        run.limit_memory()
        assert setting() == "300.0 MiB"
        # memory freed by a query goes back to the system during the run
        assert setting("allocator_background_threads") is True
    assert setting() == before
    assert setting("allocator_background_threads") == background
    # an aggregation under a limit gives the same relations
    limited = gk.aggregate_events(events, memory_limit="300MiB")
    assert limited.equals(gk.aggregate_events(events))
    assert setting() == before


def _generated(tmp_path_factory, events: int):
    """A Parquet file of ``events`` synthetic GDELT 2.0 events (the benchmark's
    generator)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    import bench_events

    path = tmp_path_factory.mktemp("events") / "events.parquet"
    bench_events.generate(path, events)
    return path


@pytest.fixture(scope="module")
def many_relations(tmp_path_factory):
    """20,000 GDELT 2.0 events, nearly one relation each."""
    return _generated(tmp_path_factory, 20_000)


def test_an_input_that_cannot_fit_the_limit_is_refused_before_it_starts_with_the_figure(
    many_relations,
):
    events = gk.read_events(str(many_relations), format="gdelt2")
    relations = gk.aggregate_events(events, detail="counts")
    with pytest.raises(MemoryError) as refused:
        gk.aggregate_events(events, memory_limit="2MB")
    message = str(refused.value)
    assert "aggregating these 20,000 events would need about" in message
    assert "more than the memory limit of 1.9 MiB" in message
    # the estimate (HyperLogLog) is within a few percent of the relations made
    estimated = int(message.split("(about ")[1].split(" relations")[0].replace(",", ""))
    assert abs(estimated - len(relations)) <= 0.05 * len(relations)
    assert "detail='counts'" in message and "memory_limit=" in message


@pytest.fixture(scope="module")
def more_relations(tmp_path_factory):
    """200,000 synthetic events: about 130,000 relations, whose full detail needs about
    200 MB and counts about 80 MB."""
    return _generated(tmp_path_factory, 200_000)


def test_top_lets_the_full_detail_through_where_its_text_for_every_relation_would_not(
    more_relations,
):
    """The refusal advises top=: with it the full detail writes text for the kept
    relations only and costs what counts cost, so the check lets it through."""
    events = gk.read_events(str(more_relations), format="gdelt2")
    with pytest.raises(MemoryError) as refused:
        gk.aggregate_events(events, memory_limit="150MB")
    assert "top=" in str(refused.value) and "detail='full'" in str(refused.value)
    kept = gk.aggregate_events(events, memory_limit="150MB", top=10)
    assert len(kept) == 10 and kept["evidence"].str.len().gt(0).all()
    # top= does not shrink counts: there the advice is what does
    with pytest.raises(MemoryError) as counts_refused:
        gk.aggregate_events(events, memory_limit="60MB", detail="counts", top=10)
    message = str(counts_refused.value)
    assert "detail='counts' and top=10" in message
    assert "use detail='counts', top=" not in message and "memory_limit=" in message
