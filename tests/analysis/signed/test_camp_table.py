"""The camp table: labels named after the most central member, components that are never
opposed, leaders placed with what they lead, actors against both sides flagged, and bad
input that gives a table, never an exception. Expected values are worked out by hand in
each test."""

from __future__ import annotations

import math

import networkx as nx
import pandas as pd
import pytest

import graphkit as gk


def graph(relations, kinds=None) -> nx.MultiDiGraph:
    """A graphkit graph from ``(source, relation, target[, weight[, end]])`` rows."""
    rows = [
        {
            "source": r[0],
            "relation": r[1],
            "target": r[2],
            "weight": r[3] if len(r) > 3 else 1.0,
            "end": r[4] if len(r) > 4 else None,
        }
        for r in relations
    ]
    ids = sorted({r["source"] for r in rows} | {r["target"] for r in rows})
    kinds = kinds or {}
    actors = pd.DataFrame(
        {"id": ids, "name": [i.upper() for i in ids], "kind": [kinds.get(i, "state") for i in ids]}
    )
    return gk.build_graph(actors, pd.DataFrame(rows))


def test_two_unrelated_pairs_are_two_groups_that_oppose_nobody():
    G = graph([("a", "backs", "b"), ("c", "backs", "d")])
    # every actor has signed weight 1: each group is named after its smaller id
    assert gk.camps(G) == {"a": "a", "b": "a", "c": "c", "d": "c"}
    table = gk.camp_table(G)
    assert table["component"].to_dict() == {"a": "a", "b": "a", "c": "c", "d": "c"}
    assert (table["opposes"] == "").all() and (table["basis"] == "signed").all()
    text = repr(gk.balance(G))
    assert "group a, opposing no one:" in text and "group c, opposing no one:" in text
    assert "against" not in text


def test_a_leader_without_signed_ties_sits_in_his_organisations_camp_as_inferred():
    G = graph(
        [
            ("army", "fights", "militia"),
            ("general", "leads", "army"),
            ("commander", "leads", "militia"),
            ("deputy", "member_of", "wing"),  # a chain: deputy -> wing -> militia
            ("wing", "member_of", "militia"),
        ],
        kinds={"general": "person", "commander": "person", "deputy": "person"},
    )
    table = gk.camp_table(G)
    # army and militia both have signed weight 1: named by id, army < militia
    expected = {
        "army": ("army", "signed", ""),
        "militia": ("militia", "signed", ""),
        "general": ("army", "inferred", "army"),
        "commander": ("militia", "inferred", "militia"),
        "wing": ("militia", "inferred", "militia"),
        "deputy": ("militia", "inferred", "wing"),
    }
    got = {a: tuple(table.loc[a, ["camp", "basis", "inferred_from"]]) for a in expected}
    assert got == expected
    assert table.loc["general", "opposes"] == "militia"
    assert table.loc["deputy", "opposes"] == "army"
    assert math.isnan(table.loc["general", "frustrated_share"])
    assert gk.camps(G)["general"] == "army"
    # without inference, only the two signed actors have a camp
    assert gk.camps(G, infer_through=()) == {"army": "army", "militia": "militia"}


def test_conflicting_memberships_prefer_the_relation_in_force_or_leave_no_camp():
    both = graph(
        [
            ("army", "fights", "militia"),
            ("defector", "member_of", "army"),
            ("defector", "member_of", "militia"),
        ],
        kinds={"defector": "person"},
    )
    row = gk.camp_table(both).loc["defector"]
    assert (row["camp"], row["basis"], row["inferred_from"]) == ("", "", "army|militia")
    assert "no camp, led by or member of opposed camps: DEFECTOR (army, militia)" in repr(
        gk.balance(both)
    )
    ended = graph(
        [
            ("army", "fights", "militia"),
            ("defector", "member_of", "army", 1.0, "2020"),
            ("defector", "member_of", "militia"),
        ],
        kinds={"defector": "person"},
    )
    row = gk.camp_table(ended).loc["defector"]
    assert (row["camp"], row["basis"], row["inferred_from"]) == ("militia", "inferred", "militia")


def test_an_actor_hostile_to_both_sides_is_flagged():
    # SAF and RSF fight (1.0), each has an ally; the US sanctions both (0.5 each). One of
    # the US's sanctions must be frustrated (0.5); with rsf first in sorted order the
    # lexicographically smallest optimum puts the US with rsf.
    G = graph(
        [
            ("saf", "fights", "rsf"),
            ("ally_s", "backs", "saf"),
            ("ally_r", "backs", "rsf"),
            ("us", "sanctions", "saf", 0.5),
            ("us", "sanctions", "rsf", 0.5),
        ]
    )
    table = gk.camp_table(G)
    us = table.loc["us"]
    assert (us["camp"], us["opposes"]) == ("rsf", "saf")
    assert us["against_both"] and us["frustrated_share"] == pytest.approx(0.5)
    # rsf's own camp nets +1 - 0.5 towards it: not against both
    assert table["against_both"].to_dict() == {a: a == "us" for a in table.index}
    assert "against both camps: US (50.0% of its signed weight frustrated)" in repr(gk.balance(G))


def test_camps_of_more_than_two_use_the_same_names_and_list_every_camp_opposed():
    # three blocs of two, hostile to each other: every actor has signed weight 5
    blocs = [("a1", "a2"), ("b1", "b2"), ("c1", "c2")]
    edges = [(x, y, 1) for x, y in blocs]
    edges += [(x, y, -1) for i, p in enumerate(blocs) for q in blocs[i + 1 :] for x in p for y in q]
    G = nx.Graph([(x, y, {"sign": s}) for x, y, s in edges])
    table = gk.camp_table(G, k=3)
    assert table["camp"].to_dict() == {
        "a1": "a1",
        "a2": "a1",
        "b1": "b1",
        "b2": "b1",
        "c1": "c1",
        "c2": "c1",
    }
    assert table.loc["a1", "opposes"] == "b1|c1" and table.loc["c2", "opposes"] == "a1|b1"
    assert (table["component"] == "a1").all() and not table["against_both"].any()
    assert gk.camps(G, k=3) == table["camp"].to_dict()


@pytest.mark.parametrize(
    ("G", "camps"),
    [
        (nx.Graph(), {}),
        (nx.Graph([("a", "b", {"sign": 0})]), {}),  # no signed relation
        (graph([("a", "leads", "b"), ("b", "member_of", "c")]), {}),  # only structural
    ],
    ids=["empty", "unsigned", "structural"],
)
def test_a_graph_without_signed_pairs_gives_a_table_that_says_so(G, camps):
    table = gk.camp_table(G)
    assert len(table) == G.number_of_nodes()
    assert (table["camp"] == "").all() and (table["basis"] == "").all()
    assert gk.camps(G) == camps
    assert "no camps: no actor has a signed pair" in repr(gk.balance(G))


def test_a_single_actor_and_a_single_pair():
    lone = nx.Graph()
    lone.add_node("a")
    table = gk.camp_table(lone)
    assert table.loc["a", "camp"] == "" and table.loc["a", "basis"] == ""
    enemies = gk.camp_table(nx.Graph([("a", "b", {"sign": -1})]))
    assert enemies["camp"].to_dict() == {"a": "a", "b": "b"}
    assert enemies["opposes"].to_dict() == {"a": "b", "b": "a"}
    friends = gk.camp_table(nx.Graph([("a", "b", {"sign": 1})]))
    assert friends["camp"].to_dict() == {"a": "a", "b": "a"}
    assert (friends["opposes"] == "").all()


def test_when_every_actor_is_against_both_the_table_says_so():
    # four mutual enemies: the best split is two against two (2 of 6 pairs frustrated);
    # the smallest such assignment puts a with b. Each actor nets -1 to its own camp and
    # -2 to the other: all against both, a third of their weight frustrated.
    G = nx.complete_graph("abcd")
    nx.set_edge_attributes(G, -1, "sign")
    table = gk.camp_table(G)
    assert table["camp"].to_dict() == {"a": "a", "b": "a", "c": "c", "d": "c"}
    assert table["against_both"].all()
    assert table["frustrated_share"].tolist() == pytest.approx([1 / 3] * 4)
    assert "against both camps: a (33.3% of its signed weight frustrated)" in repr(gk.balance(G))


def test_a_graphkit_graph_and_the_equivalent_plain_graph_give_identical_camp_tables():
    relations = [
        ("saf", "fights", "rsf", 1.0),
        ("ally_s", "backs", "saf", 0.8),
        ("ally_r", "backs", "rsf", 0.6),
        ("us", "sanctions", "saf", 0.5),
        ("us", "sanctions", "rsf", 0.5),
        ("burhan", "leads", "saf", 1.0),
        ("x", "backs", "y", 1.0),
    ]
    G = graph(relations)
    polarity = {"fights": -1, "backs": 1, "sanctions": -1, "leads": 0}
    plain = nx.MultiDiGraph()
    for source, relation, target, weight in reversed(relations):  # another order too
        plain.add_node(source, name=source.upper())
        plain.add_node(target, name=target.upper())
        plain.add_edge(
            source,
            target,
            sign=polarity[relation],
            weight=weight,
            relation=relation,
            mode="structural" if relation == "leads" else "material",
        )
    expected = gk.camp_table(G)
    pd.testing.assert_frame_equal(gk.camp_table(plain), expected)
    assert gk.camps(plain) == gk.camps(G)
    assert expected.loc["burhan", "camp"] == "saf" and expected.loc["x", "opposes"] == ""


def test_the_table_is_in_its_documented_order_and_the_labels_agree_with_camps(syria):
    table = gk.camp_table(syria)
    placed = table[table["camp"] != ""]
    assert list(placed.index[:2]) == ["hts", "united_states"]  # most central first
    assert list(dict.fromkeys(placed["camp"])) == ["hts", "syrian_government"]  # 9, then 3
    unplaced = table[table["camp"] == ""]
    assert list(unplaced.index) == sorted(unplaced.index)
    assert gk.camps(syria) == placed["camp"].to_dict()
    assert set(table["camp_name"][table["camp"] == "hts"]) == {"Hayat Tahrir al-Sham"}
