"""Each distinct event code's relation, found once and joined to the events.

``code_relations`` applies the mapping's rule (the longest matching prefix) to the
distinct codes in Python; the cells joined to it must be exactly the cells of the
``CASE`` evaluated on every event (the path a compilation without a connection takes).
"""

from __future__ import annotations

import csv

import pandas as pd
import pyarrow as pa
import pytest

import graphkit as gk
from conftest import SAMPLES, SYNTHETIC
from graphkit.datasets import data_path

pytestmark = pytest.mark.engine


def symmetric_types() -> set[str]:
    with open(data_path("relation_types.csv"), newline="", encoding="utf-8") as handle:
        return {r["name"] for r in csv.DictReader(handle) if r["symmetric"] == "true"}


def numbers_of(mappings) -> dict[str, int]:
    """Each relation's number: its place among the mappings' relations by code point."""
    names = sorted({r for table in mappings.values() for r in table["relation"]})
    return {name: n for n, name in enumerate(names)}


def test_each_distinct_code_gets_its_longest_prefix_relation_and_symmetry(engine):
    import ibis

    from graphkit.events.cell_expression import code_relations

    mappings = {"cameo": gk.event_mapping("cameo"), "plover": gk.event_mapping("plover")}
    # (code system, code, its relation by the mapping tables, read by hand)
    rows = [
        ("cameo", "0711", "funds"),  # 071 beats 07
        ("cameo", "073", "backs"),  # 07
        ("cameo", "010", ""),  # 01: not a relation
        ("cameo", "193", "fights"),
        ("cameo", "99", None),  # no prefix
        ("cameo", "0711", "funds"),  # a repeat: one row
        ("plover", "accuse: investigate", "investigates"),
        ("plover", "accuser", None),  # a prefix must end at ": "
        ("plover", "0711", None),  # a CAMEO code under PLOVER's table
        ("nomap", "073", None),  # a system without a mapping
        ("cameo", None, None),  # no code: left out
    ]
    events = ibis.memtable(
        pa.table({"code_system": [r[0] for r in rows], "code": [r[1] for r in rows]})
    )
    found = code_relations(
        events, mappings, ["fights"], lambda expression: expression.to_pyarrow()
    ).to_pylist()
    numbers = numbers_of(mappings)
    expected = {
        (system, code): (None if relation is None else numbers[relation], relation == "fights")
        for system, code, relation in rows
        if code is not None
    }
    got = {(r["code_system"], r["code"]): (r["relation"], r["both_ways"]) for r in found}
    assert len(found) == len(got) == len(expected)
    assert got == expected


CASES = [(f, SAMPLES[f]) for f in ("gdelt1", "gdelt2", "icews")]
CASES += [(f, SYNTHETIC[f]) for f in ("polecat", "ucdp", "acled")]


@pytest.mark.parametrize(("format", "path"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("detail", ["counts", "full"])
def test_cells_joined_to_the_codes_equal_cells_of_the_case_on_every_event(
    engine, format, path, detail
):
    from graphkit.events.actor_ids import actor_identities
    from graphkit.events.cell_expression import cells_expression, code_relations
    from graphkit.events.sources import event_source

    events = gk.read_events(path, format=format)
    system = event_source(format).code_system
    mappings = {system: gk.event_mapping(system)}
    symmetric = sorted(symmetric_types() & set(numbers_of(mappings)))
    options = {
        "period": "M",
        "actors": "code",
        "mappings": mappings,
        "identities": actor_identities(events),
        "symmetric": symmetric,
        "detail": detail,
    }
    codes = code_relations(events, mappings, symmetric, lambda e: e.to_pyarrow())

    def rows(expression):
        table = expression.to_pyarrow().to_pandas()
        keys = [c for c in table.columns if c not in ("events",)]
        return table.sort_values(keys, na_position="first").reset_index(drop=True)

    joined = rows(cells_expression(events, codes=codes, **options))
    by_case = rows(cells_expression(events, **options))
    pd.testing.assert_frame_equal(joined, by_case)
    assert (joined["fate"] == 0).any()
    assert len(symmetric) > 0
