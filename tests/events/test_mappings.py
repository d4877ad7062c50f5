"""Code mappings: data checked against the vocabulary, longest prefix wins everywhere."""

from __future__ import annotations

import csv
import itertools

import pandas as pd
import pytest

import graphkit as gk
from graphkit.datasets import data_path
from graphkit.events.mappings import MAPPINGS, relation_case, relation_of


def longest_prefix(code: str, rows: list[tuple[str, str]], *, segmented: bool) -> str | None:
    """The rule written again, plainly: the test's oracle."""
    best = None
    for prefix, relation in rows:
        fits = code == prefix or code.startswith(prefix + (": " if segmented else ""))
        if fits and (best is None or len(prefix) > len(best[0])):
            best = (prefix, relation)
    return None if best is None else best[1]


@pytest.mark.parametrize("name", MAPPINGS)
def test_every_bundled_mapping_uses_relation_types_of_the_vocabulary(name):
    mapping = gk.event_mapping(name)
    relations = set(gk.default_vocabulary().relation_names())
    assert set(mapping.relation) - {""} <= relations
    assert mapping.code.is_unique and (mapping.code != "").all()


def test_cameo_maps_all_twenty_roots_and_the_refinements_the_issue_names():
    mapping = gk.event_mapping("cameo").set_index("code").relation
    assert {f"{r:02d}" for r in range(1, 21)} <= set(mapping.index)
    assert (mapping["071"], mapping["072"], mapping["172"]) == ("funds", "arms", "sanctions")
    assert (mapping["01"], mapping["02"]) == ("", "")  # statements and appeals: not relations
    assert mapping["16"] == "reduces_relations" and mapping["163"] == "sanctions"


def test_the_relation_types_added_for_events_carry_polarity_mode_and_colour():
    vocabulary = gk.default_vocabulary()
    used = set(itertools.chain.from_iterable(gk.event_mapping(n).relation for n in MAPPINGS))
    for name in used - {""}:
        kind = vocabulary.relation(name)
        assert kind.polarity in (-1, 0, 1) and kind.mode in ("verbal", "material")
        assert kind.color.startswith("#") and kind.description
    assert vocabulary.relation("consults").polarity == 0
    assert vocabulary.relation("cooperates_with").symmetric


def test_longest_prefix_wins_for_every_cameo_code_in_python_and_in_the_engine(engine):
    import ibis

    with open(data_path("event_mappings/cameo.csv"), newline="", encoding="utf-8") as handle:
        rows = [(r["code"], r["relation"]) for r in csv.DictReader(handle)]
    codes = [f"{root:02d}" for root in range(0, 23)]
    codes += [c + str(d) for c in list(codes) for d in range(10)]
    codes += [c + str(d) for c in codes[23:] for d in range(10)]
    expected = [longest_prefix(c, rows, segmented=False) for c in codes]
    mapping = gk.event_mapping("cameo")
    assert [relation_of(c, mapping) for c in codes] == expected
    table = ibis.memtable(pd.DataFrame({"i": range(len(codes)), "code": codes}))
    in_engine = (
        table.select("i", relation=relation_case(table.code, mapping))
        .order_by("i")
        .to_pyarrow()
        .column("relation")
        .to_pylist()
    )
    assert in_engine == expected
    assert expected[codes.index("0711")] == "funds" and expected[codes.index("073")] == "backs"


def test_segmented_codes_match_whole_types_only():
    plover = gk.event_mapping("plover")
    assert relation_of("accuse: investigate", plover) == "investigates"
    assert relation_of("accuse: allege", plover) == "opposes"
    assert relation_of("accuser", plover) is None
    acled = gk.event_mapping("acled")
    assert relation_of("Strategic developments: Agreement", acled) == "agrees_with"
    assert relation_of("Strategic developments: Looting/property destruction", acled) == ""


def test_a_bad_mapping_lists_every_problem_with_its_line(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("code,relation\n19,fights\n19,attacks\n04,meets\n,backs\n", encoding="utf-8")
    with pytest.raises(gk.DataError) as caught:
        gk.event_mapping(path)
    assert [(p.line, p.column) for p in caught.value.problems] == [
        (3, "code"),
        (4, "relation"),
        (5, "code"),
    ]
    with pytest.raises(ValueError, match="unknown event mapping 'camoe'"):
        gk.event_mapping("camoe")


def test_a_mapping_given_as_a_dataframe_is_used_by_the_aggregation(sample_events):
    mine = pd.DataFrame({"code": ["19", "04"], "relation": ["fights", ""]})
    events = sample_events("gdelt2")
    relations = gk.aggregate_events(events, mapping=mine)
    assert set(relations.relation) == {"fights"}
    assert relations.mapping.unique().tolist() == ["custom"]
    assert relations.attrs["policy"]["fates"]["unmapped code"] > 0
