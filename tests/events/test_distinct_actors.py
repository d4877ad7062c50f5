"""Who the actors of Parquet events are, found from the raw columns' distinct values.

:func:`~graphkit.events.actor_ids.actor_identities` reads the actors of events that
:func:`~graphkit.read_events` gave, unchanged, from a distinct over the files' raw
columns, converted afterwards (:func:`~graphkit.events.canonical.distinct_actors`).
The oracle is the same function on the same events as a plain Ibis table, which
converts every row first and then takes the distinct actors.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import graphkit as gk
from conftest import SAMPLES, raw_rows
from graphkit.events.actor_ids import actor_identities
from graphkit.events.sources import event_source

pytestmark = pytest.mark.engine

DATA = {
    "ucdp": ("ucdp_synthetic.csv", ","),
    "acled": ("acled_synthetic.csv", ","),
    "polecat": ("polecat_synthetic.tsv", "\t"),
}


def rows_of(format: str, tests_data) -> list[dict]:
    """The rows of a format's real sample or test file, as text, by the csv module."""
    if format == "icews":  # with its header
        return raw_rows(SAMPLES[format], header=True)
    if format in SAMPLES:  # GDELT: no header
        names = event_source(format).columns
        return [
            dict(zip(names, row, strict=True)) for row in raw_rows(SAMPLES[format], header=False)
        ]
    name, delimiter = DATA[format]
    return raw_rows(tests_data / name, header=True, delimiter=delimiter)


def write_parquet(rows: list[dict], path, drop=()) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = [n for n in rows[0] if n not in drop]
    table = pa.table({n: pa.array([r.get(n, "") for r in rows], pa.string()) for n in names})
    pq.write_table(table, path)
    return str(path)


def read(path: str, format: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.EventProblemsWarning)
        return gk.read_events(path, format=format)


def row_by_row(events):
    """The same events as a plain Ibis table: actors converted on every row."""
    import ibis.expr.types as ir

    plain = ir.Table(events.op())
    assert getattr(plain, "_raw", None) is None
    return actor_identities(plain)


@pytest.fixture
def tests_data(request):
    return request.path.parent / "data"


@pytest.mark.parametrize("format", ["gdelt1", "gdelt2", "icews", "ucdp", "acled", "polecat"])
def test_actors_from_raw_distinct_values_are_those_of_every_row(format, tests_data, tmp_path):
    events = read(write_parquet(rows_of(format, tests_data), tmp_path / "e.parquet"), format)
    assert events._raw is not None  # the distinct over raw columns is what is tested
    found = actor_identities(events)
    assert len(found) >= 4
    pd.testing.assert_frame_equal(found, row_by_row(events))


def test_a_column_an_older_layout_lacks_is_read_as_empty(tests_data, tmp_path):
    # UCDP files before gwnoa/gwnob: the country comes from country_id alone
    rows = rows_of("ucdp", tests_data)
    events = read(write_parquet(rows, tmp_path / "e.parquet", drop=("gwnoa", "gwnob")), "ucdp")
    assert events._raw is not None
    pd.testing.assert_frame_equal(actor_identities(events), row_by_row(events))


def test_blank_na_and_control_characters_are_converted_as_on_every_row(tmp_path):
    rows = rows_of("gdelt2", None)[:40]
    values = ["", "NA", "SYR\x07GOV", "SYR\u0085", "SYRGOV", "  ", "N/A"]
    for i, row in enumerate(rows):
        row["Actor1Code"] = values[i % len(values)]
        row["Actor2Type1Code"] = values[(i + 3) % len(values)]
    events = read(write_parquet(rows, tmp_path / "e.parquet"), "gdelt2")
    assert events._raw is not None and events._raw[1]  # control characters: cleaned
    found = actor_identities(events)
    pd.testing.assert_frame_equal(found, row_by_row(events))
    raw = set(found["raw"].dropna())
    assert {"SYR GOV", "SYR ", "SYRGOV", "NA", "  ", "N/A"} <= raw
    assert not any("\x07" in r or "\u0085" in r for r in raw)
    assert "" not in raw  # blank is no actor


def test_events_read_with_repeated_ids_convert_every_row(tmp_path):
    rows = rows_of("gdelt2", None)[:30]
    rows[5]["GLOBALEVENTID"] = rows[4]["GLOBALEVENTID"]
    rows[5]["Actor1Code"] = "ONLYINAREPEAT"
    events = read(write_parquet(rows, tmp_path / "e.parquet"), "gdelt2")
    # the repeat is left out of the events: their actors come from the events
    assert events._raw is None
    assert "ONLYINAREPEAT" not in set(actor_identities(events)["raw"].dropna())
