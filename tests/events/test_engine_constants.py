"""Columns one literal fills in every row are written by the roll-up, not the engine.

The engine's rows may leave those columns off (``constants=False``) and the roll-up
write them from :func:`engine_constants`: the relations must be exactly those rolled up
from rows that carry the columns.
"""

from __future__ import annotations

import pyarrow as pa
import pytest
from test_distinct_actors import read, rows_of, write_parquet

pytestmark = pytest.mark.engine

FORMATS = ["gdelt1", "gdelt2", "icews", "ucdp", "acled", "polecat"]


@pytest.fixture
def tests_data(request):
    return request.path.parent / "data"


def parquet_events(format: str, tests_data, tmp_path):
    """A source's real sample or test file as Parquet (text columns), read: the
    constants are found in the expression of events read from Parquet."""
    return read(write_parquet(rows_of(format, tests_data), tmp_path / "e.parquet"), format)


def test_gdelts_dataset_direction_and_fatalities_are_its_constants(engine, tests_data, tmp_path):
    from graphkit.events.cell_expression import engine_constants

    events = parquet_events("gdelt2", tests_data, tmp_path)
    # by the codebook: every GDELT 2.0 event is directed, none counts deaths, none has a
    # story id
    assert engine_constants(events, "counts") == {
        "dataset": "gdelt2",
        "directed": True,
        "fatalities": None,
    }
    assert engine_constants(events, "full") == {
        "dataset": "gdelt2",
        "directed": True,
        "fatalities": None,
        "story_id": None,
    }


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("detail", ["counts", "full"])
def test_rows_without_the_constants_roll_up_to_the_same_relations(
    engine, tests_data, tmp_path, format, detail
):
    from graphkit.events.actor_ids import actor_identities
    from graphkit.events.cell_expression import (
        cells_expression,
        engine_constants,
        key_values,
        url_numbers,
    )
    from graphkit.events.mappings import event_mapping
    from graphkit.events.rollup import rolled_up
    from graphkit.events.sources import event_source

    events = parquet_events(format, tests_data, tmp_path)
    system = event_source(format).code_system
    mappings = {system: event_mapping(system)}
    identities = actor_identities(events)
    urls = url_numbers(events, lambda e: e.to_pyarrow()) if detail == "full" else None
    options = {
        "period": "M",
        "actors": "code",
        "mappings": mappings,
        "identities": identities,
        "detail": detail,
        "urls": urls,
    }
    values = key_values(identities, mappings, "code")
    texts = None if urls is None else urls["url"]
    written = cells_expression(events, **options).to_pyarrow()
    left_off = cells_expression(events, constants=False, **options).to_pyarrow()
    constants = engine_constants(events, detail)
    assert set(written.column_names) - set(left_off.column_names) == set(constants)
    expected = rolled_up(written, "M", values=values, urls=texts)
    got = rolled_up(left_off, "M", values=values, urls=texts, constants=constants)
    assert got.num_rows > 0
    assert got.equals(expected), format
    if format.startswith("gdelt"):  # the sources whose columns are constants
        assert {"dataset", "directed", "fatalities"} <= set(constants)
        assert got["fatalities"].null_count == got.num_rows
        assert pa.compute.all(got["directed"]).as_py()
