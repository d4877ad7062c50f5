"""Merging graphs on given links (graphkit.core.merging): no reference table involved.

Expected graphs are written out by hand for small tables, or compared with
:func:`graphkit.build_graph` on the concatenated tables (which numbers repeated relations
by its own rule).
"""

from __future__ import annotations

import json
import re

import networkx as nx
import pandas as pd
import pytest

import graphkit as gk
from graphkit.core.merging import graph_labels, merge_graphs


def graph(name, actors, relations, **kwargs) -> nx.MultiDiGraph:
    actors = pd.DataFrame(
        actors, columns=["id", "name", "kind", "aliases", "country"][: len(actors[0])]
    )
    relations = pd.DataFrame(
        relations, columns=["source", "target", "relation", "document"][: len(relations[0])]
    )
    return gk.build_graph(actors, relations, name=name, **kwargs)


@pytest.fixture
def hand() -> nx.MultiDiGraph:
    return graph(
        "hand",
        [
            ("turkey", "Turkey", "state", "Türkiye", "TUR"),
            ("hts", "HTS", "armed_group", None, "SYR"),
            ("usa", "United States", "state", "US", "USA"),
        ],
        [("turkey", "hts", "backs", "doc A"), ("usa", "turkey", "consults", "doc B")],
    )


@pytest.fixture
def events() -> nx.MultiDiGraph:
    return graph(
        "events",
        [
            ("TUR", "TURKEY", "state", None, "TUR"),
            ("USA", "UNITED STATES", "state", None, "USA"),
            ("hts", "Hayat Tahrir al-Sham", "armed_group", "HTS", "SYR"),
        ],
        [
            ("USA", "TUR", "consults", "doc B"),
            ("USA", "TUR", "consults", "doc C"),
            ("TUR", "hts", "opposes", "doc D"),
        ],
    )


def test_graph_labels_are_names_else_positions_made_unique():
    graphs = [nx.MultiDiGraph(name="a"), nx.MultiDiGraph(), nx.MultiDiGraph(name="a")]
    graphs.append(nx.MultiDiGraph(name="a-2"))
    assert graph_labels(graphs) == ["a", "graph1", "a-2", "a-2-2"]


def test_linked_actors_become_one_node_with_the_first_graphs_id_and_name(hand, events):
    G = merge_graphs(
        [hand, events], [{"turkey": "TUR", "usa": "USA"}, {"TUR": "TUR", "USA": "USA"}]
    )
    assert list(G) == ["turkey", "hts", "usa"]  # hts: the same id in both graphs
    turkey = G.nodes["turkey"]
    assert turkey["name"] == "Turkey" and turkey["reference_id"] == "TUR"
    assert turkey["aliases"] == "Türkiye|TUR"  # TURKEY differs from Turkey only in case
    assert turkey["source_ids"] == "hand:turkey|events:TUR"
    assert turkey["dataset"] == "hand|events"
    assert G.nodes["usa"]["aliases"] == "US|USA"
    hts = G.nodes["hts"]
    assert hts["name"] == "HTS" and hts["aliases"] == "Hayat Tahrir al-Sham"
    assert hts["source_ids"] == "hand:hts|events:hts" and "reference_id" not in hts


def test_every_relation_is_kept_with_its_dataset_and_a_free_key(hand, events):
    G = merge_graphs(
        [hand, events], [{"turkey": "TUR", "usa": "USA"}, {"TUR": "TUR", "USA": "USA"}]
    )
    edges = [(u, v, k, d["document"], d["dataset"]) for u, v, k, d in G.edges(keys=True, data=True)]
    assert edges == [
        ("turkey", "hts", "backs", "doc A", "hand"),
        ("turkey", "hts", "opposes", "doc D", "events"),
        ("usa", "turkey", "consults", "doc B", "hand"),
        ("usa", "turkey", "consults-2", "doc B", "events"),
        ("usa", "turkey", "consults-3", "doc C", "events"),
    ]
    assert G.graph["documents"] == "doc A\ndoc B\ndoc C\ndoc D"
    assert G.graph["name"] == "hand+events"


def test_without_links_only_the_same_ids_merge(hand, events):
    G = merge_graphs([hand, events], [{}, {}])
    assert list(G) == ["turkey", "hts", "usa", "TUR", "USA"]
    assert G.number_of_edges() == 5


def test_keys_follow_build_graphs_numbering_of_repeated_relations(syria):
    actors = gk.read_actors(gk.datasets.data_path("actors.csv"))
    relations = gk.read_relations(gk.datasets.data_path("relations.csv"))
    again = relations.assign(document="a second report")  # the same relations, restated
    second = gk.build_graph(actors, again, name="syria-2024")
    both = gk.build_graph(actors, pd.concat([relations, again], ignore_index=True))
    G = merge_graphs([syria, second], [{}, {}])
    assert [(u, v, k, d["document"]) for u, v, k, d in G.edges(keys=True, data=True)] == [
        (u, v, k, d["document"]) for u, v, k, d in both.edges(keys=True, data=True)
    ]
    assert sum(k.endswith("-2") for _, _, k in G.edges(keys=True)) == syria.number_of_edges()
    assert {d["dataset"] for *_, d in G.edges(data=True)} == {"syria-2024", "syria-2024-2"}


def test_an_edge_keeps_the_dataset_it_has(hand):
    other = hand.copy()
    other.graph["name"] = "other"
    nx.set_edge_attributes(other, "gdelt2", "dataset")
    G = merge_graphs([hand, other], [{}, {}])
    assert sorted(d["dataset"] for *_, d in G.edges(data=True)) == [
        "gdelt2",
        "gdelt2",
        "hand",
        "hand",
    ]


def test_other_attributes_first_non_empty_wins_and_conflicts_are_listed():
    one = graph("one", [("a", "A", "state"), ("b", "B", "person")], [("a", "b", "backs")])
    two = graph("two", [("a", "A", "government"), ("b", "Bee", "person")], [("b", "a", "backs")])
    one.nodes["a"]["description"] = ""
    two.nodes["a"]["description"] = "from two"
    two.nodes["a"]["score"] = 3
    one.nodes["b"]["score"] = 3.0
    G = merge_graphs([one, two], [{}, {}])
    a, b = G.nodes["a"], G.nodes["b"]
    assert a["kind"] == "state" and a["description"] == "from two" and a["score"] == 3
    assert json.loads(a["conflicts"]) == {"kind": {"one:a": "state", "two:a": "government"}}
    assert b["name"] == "B" and b["aliases"] == "Bee" and "conflicts" not in b  # 3 == 3.0


def test_a_combined_graph_combined_again_keeps_its_sources(hand, events):
    first = merge_graphs([hand, events], [{"turkey": "TUR"}, {"TUR": "TUR"}], name="first")
    third = graph(
        "third",
        [("turkey", "Turkey", "state"), ("iran", "Iran", "state")],
        [("turkey", "iran", "consults")],
    )
    G = merge_graphs([first, third], [{}, {}])
    assert G.nodes["turkey"]["source_ids"] == "hand:turkey|events:TUR|third:turkey"
    assert G.nodes["turkey"]["dataset"] == "hand|events|third"
    datasets = [d["dataset"] for _, _, d in G.edges(data=True)]
    assert sorted(set(datasets)) == ["events", "hand", "third"]
    assert [row["dataset"] for row in json.loads(G.graph["datasets"])] == ["first", "third"]


def test_links_to_actors_not_in_the_graph_are_refused(hand, events):
    with pytest.raises(gk.DataError) as caught:
        merge_graphs([hand, events], [{"turkye": "TUR"}, {}])
    assert (
        "links of graph 'hand', column 'id': got 'turkye'; expected an actor of graph 'hand'"
        in str(caught.value)
    )


def test_two_actors_of_one_graph_linked_to_one_reference_id_are_refused(hand, events):
    with pytest.raises(gk.DataError) as caught:
        merge_graphs([hand, events], [{"turkey": "TUR", "hts": "TUR"}, {}])
    message = str(caught.value)
    assert (
        "got 'TUR'; expected one actor of graph 'hand' per reference id, not 2 ('turkey', 'hts')"
        in message
    )


def test_ids_and_links_that_would_merge_two_actors_of_one_graph_are_refused(hand, events):
    # events' TUR is linked to TUR like hand's turkey, and events has its own 'turkey'
    events.add_node("turkey", name="Turkey (another)", kind="state")
    with pytest.raises(gk.DataError) as caught:
        merge_graphs([hand, events], [{"turkey": "TUR"}, {"TUR": "TUR"}])
    assert str(caught.value) == (
        "graph 'events': 1 problem\n"
        "  graph 'events': got 'TUR, turkey'; expected actors of one graph kept apart, but ids "
        "and links make one actor of hand:turkey (linked to TUR), events:TUR (linked to TUR), "
        "events:turkey"
    )


def test_one_actor_linked_to_two_reference_ids_is_refused(hand, events):
    with pytest.raises(gk.DataError) as caught:
        merge_graphs([hand, events], [{"hts": "SYR"}, {"hts": "IRQ"}])
    message = str(caught.value)
    assert "one reference id per actor" in message
    assert "hand:hts (linked to SYR), events:hts (linked to IRQ)" in message


def test_a_relation_type_defined_differently_is_one_error_naming_both_graphs(hand, events):
    vocabulary = gk.default_vocabulary().with_relation_type("backs", polarity=-1, mode="verbal")
    other = graph(
        "other",
        [("x", "X", "state"), ("y", "Y", "state")],
        [("x", "y", "backs")],
        vocabulary=vocabulary,
    )
    with pytest.raises(gk.DataError) as caught:
        merge_graphs([hand, other], [{}, {}])
    message = str(caught.value)
    assert "graphs 'hand' and 'other': 1 problem" in message
    assert (
        "got 'backs'; expected one definition of the relation type 'backs', but graph 'hand' "
        "has polarity=1, mode='material', description=" in message
    )


def test_an_actor_kind_defined_differently_is_an_error_and_new_ones_are_merged(hand):
    vocabulary = gk.default_vocabulary().with_actor_kind("tribe", color="#123456")
    other = graph(
        "other",
        [("x", "X", "tribe"), ("y", "Y", "tribe")],
        [("x", "y", "backs")],
        vocabulary=vocabulary,
    )
    G = merge_graphs([hand, other], [{}, {}])
    assert gk.vocabulary_of(G) == vocabulary
    recoloured = gk.default_vocabulary().with_actor_kind("state", color="#000000")
    third = graph(
        "third",
        [("x", "X", "state"), ("y", "Y", "state")],
        [("x", "y", "backs")],
        vocabulary=recoloured,
    )
    state = gk.default_vocabulary().kind("state")
    with pytest.raises(
        gk.DataError,
        match=re.escape(
            f"actor kind 'state', but graph 'hand' has shape={state.shape!r}, color={state.color!r}"
        )
        + ".* and graph 'third' has shape='dot', color='#000000'",
    ):
        merge_graphs([hand, third], [{}, {}])


def test_every_problem_is_listed_at_once(hand, events):
    vocabulary = gk.default_vocabulary().with_relation_type("backs", polarity=-1, mode="verbal")
    other = graph(
        "other",
        [("x", "X", "state"), ("y", "Y", "state")],
        [("x", "y", "backs")],
        vocabulary=vocabulary,
    )
    with pytest.raises(gk.DataError) as caught:
        merge_graphs([hand, events, other], [{"nobody": "TUR"}, {"hts": "X", "TUR": "X"}, {}])
    assert len(caught.value.problems) == 3


def test_the_merged_graph_can_be_written_to_every_format(hand, events, tmp_path):
    G = merge_graphs([hand, events], [{"turkey": "TUR"}, {"TUR": "TUR"}])
    for format in gk.FORMATS:
        path = tmp_path / f"merged.{format}"
        gk.write_graph(G, path)
        again = gk.read_graph(path)
        assert again.nodes["turkey"]["source_ids"] == "hand:turkey|events:TUR"
