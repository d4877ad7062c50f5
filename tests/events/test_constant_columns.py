"""Columns a source writes as one literal, read from the events' expression (no query),
and what the aggregation makes of them: the same relations as a grouping over them."""

from __future__ import annotations

import pandas as pd
import pytest

import graphkit as gk
from conftest import SAMPLES, SYNTHETIC, raw_rows
from graphkit.events.constant_columns import constant_value
from graphkit.events.sources import event_source

pytestmark = pytest.mark.engine


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    """The format's sample as canonical events read from a Parquet file of its rows (the
    view over the files, whose expression shows the literals; text files are copied
    into one table, whose columns no expression describes, so nothing is skipped)."""
    import warnings

    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path_factory.mktemp("constants")

    def events_of(format):
        path = SAMPLES.get(format) or SYNTHETIC[format]
        if format in SAMPLES:  # codebook files without a header line
            names = event_source(format).columns
            rows = raw_rows(path, header=False)
            table = pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)})
        else:
            rows = raw_rows(path, header=True, delimiter=",")
            table = pa.table({n: [r[n] for r in rows] for n in rows[0]})
        written = folder / f"{format}.parquet"
        pq.write_table(table, written)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", gk.EventProblemsWarning)  # the samples' own rows
            return gk.read_events(written, format=format)

    return events_of


@pytest.mark.parametrize(
    ("format", "column", "expected"),
    [
        # by the codebooks: GDELT is directed and counts no deaths; ACLED's actor pairs
        # have no direction; UCDP's direction depends on the kind of violence of the row
        ("gdelt2", "dataset", (True, "gdelt2")),
        ("gdelt2", "directed", (True, True)),
        ("gdelt2", "fatalities", (True, None)),
        ("gdelt2", "goldstein", (False, None)),
        ("acled", "directed", (True, False)),
        ("acled", "fatalities", (False, None)),
        ("ucdp", "directed", (False, None)),
        ("ucdp", "fatalities", (False, None)),
    ],
)
def test_a_literal_column_is_found_from_the_expression_alone(
    engine, read, format, column, expected
):
    assert constant_value(read(format), column) == expected


def test_a_filter_is_followed_and_a_cast_that_changes_a_value_is_not(engine, read):
    import ibis

    events = read("gdelt2")
    assert constant_value(events.filter(events.goldstein > 0), "dataset") == (True, "gdelt2")
    table = ibis.memtable({"x": [1]}).mutate(five=ibis.literal("5").cast("int64"))
    assert constant_value(table, "five") == (False, None)


def test_events_copied_from_text_files_show_no_literal(engine):
    # read into one table: nothing is skipped, which costs only the work it would spare
    assert constant_value(gk.read_events(SAMPLES["gdelt2"], format="gdelt2"), "dataset") == (
        False,
        None,
    )


@pytest.mark.parametrize("format", ["gdelt2", "acled", "ucdp"])
def test_relations_are_those_of_a_grouping_by_every_key(engine, read, format):
    events = read(format)
    relations = gk.aggregate_events(events, period="M")
    # the same events where nothing is a literal any more: each column computed from
    # the data (its value, or NULL, chosen row by row), so every key is grouped by
    computed = events.mutate(
        dataset=(events.line >= 0).ifelse(events.dataset, events.dataset),
        directed=(events.line >= 0).ifelse(events.directed, events.directed),
        fatalities=(events.line >= 0).ifelse(events.fatalities, events.fatalities),
    )
    assert constant_value(computed, "dataset") == (False, None)
    grouped = gk.aggregate_events(computed, period="M")
    pd.testing.assert_frame_equal(relations, grouped)
