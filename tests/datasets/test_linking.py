"""Actors linked to the reference table (gk.link_actors), and graphs combined on it
(gk.combine), on the bundled datasets and on tables whose crosswalk is derived by hand."""

from __future__ import annotations

import json
from collections import Counter

import networkx as nx
import pandas as pd
import pytest
from graph_state import graph_state_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graphkit as gk

# ---------------------------------------------------------------- link_actors

HAND = [
    # id, name, kind, aliases, country -> reference_id, method, sure, affiliation, why
    ("turkey", "Turkey", "state", "Türkiye", "TUR", "TUR", "code", True, None),
    ("RUS", "RUSSIA", "state", None, "RUS", "RUS", "code", True, None),
    # the official name of Iran
    ("persia", "Islamic Republic of Iran", "state", None, None, "IRN", "name", True, None),
    # Burma: ISO 3166-3's name of Myanmar before 1989, an alias
    ("myanmar", "Burma", "state", None, None, "MMR", "alias", True, None),
    # a seat of government and a demonym stand for more than the state: not sure
    ("white_house", "White House", "state", None, None, "USA", "capital", False, None),
    ("iraqis", "Iraqi", "state", None, None, "IRQ", "demonym", False, None),
    # a misspelling: ratio of 'jordon' and 'jordan' = 2 * 5 / 12 = 0.83
    ("jordon", "Jordon", "state", None, None, "JOR", "fuzzy", False, None),
    # affiliated, not the state
    ("hts", "Hayat Tahrir al-Sham", "armed_group", "HTS", "SYR", None, None, False, "SYR"),
    ("syrian_government", "Syrian government", "government", None, "SYR", None, None, False, "SYR"),
    ("michael_jordan", "Jordan", "person", None, "USA", None, None, False, "USA"),
    ("jordan_valley", "Jordan", "region", None, "JOR", None, None, False, "JOR"),
    # a demonym of both Congos
    ("congo", "Congolese", "state", None, None, None, None, False, None),
    # the id is the table's id of NATO
    ("nato", "NATO", "organisation", None, None, "NATO", "code", True, None),
    ("mideast", "Middle East", "region", None, None, "MEA", "name", True, None),
    # the country says Turkey, the name Israel
    ("israel", "Israel", "state", None, "TUR", "TUR", "code", False, None),
    # an international body based in a country: linked to the body, affiliated to the country
    ("amnesty", "Amnesty", "organisation", None, "GBR", "AMNESTY", "code", True, "GBR"),
]


@pytest.fixture
def hand_actors() -> pd.DataFrame:
    return pd.DataFrame(
        [row[:5] for row in HAND], columns=["id", "name", "kind", "aliases", "country"]
    ).set_index("id")


def test_the_crosswalk_of_sixteen_actors_derived_by_hand(hand_actors):
    links = gk.link_actors(hand_actors)
    assert links.index.name == "id" and links.index.tolist() == [row[0] for row in HAND]
    assert list(links.columns) == [
        "reference_id",
        "reference_name",
        "method",
        "sure",
        "affiliation",
        "note",
    ]
    got = [
        (
            None if pd.isna(r.reference_id) else r.reference_id,
            None if pd.isna(r.method) else r.method,
            bool(r.sure),
            None if pd.isna(r.affiliation) else r.affiliation,
        )
        for r in links.itertuples()
    ]
    assert got == [row[5:] for row in HAND]
    assert links.loc["persia", "reference_name"] == "Iran"
    assert links["sure"].dtype == bool


def test_the_notes_say_why_a_link_is_not_sure_or_missing(hand_actors):
    notes = gk.link_actors(hand_actors)["note"]
    assert notes["congo"] == "'Congolese' is a label of several rows: COD, COG"
    assert notes["michael_jordan"] == (
        "name 'Jordan' is JOR (Jordan), a state, which an actor of kind 'person' is not linked to"
    )
    assert notes["israel"] == "the evidence disagrees (country TUR: TUR; name 'Israel': ISR)"
    assert notes["jordon"] == "closest spelling: 'Jordan' (similarity 0.83)"
    assert pd.isna(notes["turkey"]) and pd.isna(notes["hts"])


def test_an_id_column_and_a_graph_give_the_same_crosswalk(hand_actors, syria):
    from_index = gk.link_actors(hand_actors)
    from_column = gk.link_actors(hand_actors.reset_index())
    pd.testing.assert_frame_equal(from_index, from_column)
    from_graph = gk.link_actors(syria)
    from_table = gk.link_actors(gk.read_actors(gk.datasets.data_path("actors.csv")))
    pd.testing.assert_frame_equal(from_graph, from_table)


def test_the_syria_dataset_links_its_six_states_and_nothing_else(syria):
    links = gk.link_actors(syria)
    sure = links[links["sure"]]
    assert sure["reference_id"].to_dict() == {
        "syria": "SYR",
        "turkey": "TUR",
        "israel": "ISR",
        "iran": "IRN",
        "united_states": "USA",
        "jordan": "JOR",
    }
    assert links["reference_id"].notna().sum() == 6
    assert links.loc["syrian_government", "affiliation"] == "SYR"
    assert links.loc["recep_tayyip_erdogan", "affiliation"] == "TUR"


def test_gdelt_actors_link_by_their_codes():
    links = gk.link_actors(gk.load_dataset("gdelt-2019-10"))
    assert links["sure"].all() and (links["method"] == "code").all()
    assert (links["reference_id"] == links.index).all()  # ids are ISO codes, AFR a region


def test_without_a_kind_names_decide_and_the_country_is_only_an_affiliation():
    actors = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "name": ["Turkey", "Turkish army", "Russia"],
            "country": ["TUR", "TUR", "USA"],
        }
    )
    links = gk.link_actors(actors)
    assert links["reference_id"].tolist()[0] == "TUR" and links["sure"].tolist()[0]
    assert pd.isna(links.loc["b", "reference_id"]) and links.loc["b", "affiliation"] == "TUR"
    assert links.loc["c", "reference_id"] == "RUS" and links.loc["c", "affiliation"] == "USA"


def test_kinds_of_your_own_vocabulary_are_mapped_by_kinds():
    actors = pd.DataFrame({"id": ["x"], "name": ["Turkey"], "kind": ["country"]})
    assert pd.isna(gk.link_actors(actors)["reference_id"].iloc[0])
    links = gk.link_actors(actors, kinds={"country": ["state"]})
    assert links["reference_id"].tolist() == ["TUR"] and links["sure"].tolist() == [True]


def test_fuzzy_false_looks_for_no_spelling():
    actors = pd.DataFrame({"id": ["x"], "name": ["Tukrey"], "kind": ["state"]})
    assert gk.link_actors(actors)["method"].tolist() == ["fuzzy"]
    assert gk.link_actors(actors, fuzzy=False)["reference_id"].isna().all()


def test_two_equally_close_spellings_link_to_neither():
    # 'xoxth korea' is as close to 'north korea' as to 'south korea': 2 * 9 / 22 = 0.82
    actors = pd.DataFrame({"id": ["x"], "name": ["Xoxth Korea"], "kind": ["state"]})
    assert gk.link_actors(actors)["reference_id"].isna().all()
    actors["name"] = ["Norht Korea"]
    assert gk.link_actors(actors)["reference_id"].tolist() == ["PRK"]


def test_country_values_outside_the_table_are_each_located():
    actors = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d", "e"],
            "name": ["A", "B", "C", "D", "E"],
            "kind": "armed_group",
            "country": ["SYR", "XYZ", "ZAR", "AFR", "Turkey"],
        }
    )
    with pytest.raises(gk.DataError) as caught:
        gk.link_actors(actors)
    lines = str(caught.value).splitlines()
    assert lines[0] == "actors DataFrame: 4 problems"
    expected = (
        "expected an ISO 3166 alpha-3 code of a country in the reference table (gk.countries())"
    )
    assert lines[1].startswith(
        f"  actors DataFrame, line 3, column 'country' (D): got 'XYZ'; {expected}"
    )
    assert lines[2] == (
        f"  actors DataFrame, line 4, column 'country' (D): got 'ZAR'; {expected}: ZAR is a "
        "former or CAMEO code of COD (Democratic Republic of the Congo)"
    )
    assert lines[3] == (
        f"  actors DataFrame, line 5, column 'country' (D): got 'AFR'; {expected}: AFR is "
        "Africa, a region, not a country"
    )
    assert lines[4] == (
        f"  actors DataFrame, line 6, column 'country' (D): got 'Turkey'; {expected}: 'Turkey' "
        "names TUR"
    )


def test_a_graphs_bad_country_names_the_actor(syria):
    syria.nodes["hts"]["country"] = "SYY"
    with pytest.raises(
        gk.DataError, match=r"graph 'syria-2024', actor 'hts', column 'country': got 'SYY'"
    ):
        gk.link_actors(syria)


def test_link_actors_refuses_other_references_and_inputs(syria):
    with pytest.raises(
        ValueError, match=r"unknown reference 'country' \(did you mean 'countries'\?\)"
    ):
        gk.link_actors(syria, reference="country")
    with pytest.raises(TypeError, match="an actors DataFrame or a graph"):
        gk.link_actors(["turkey"])


def test_link_actors_leaves_its_input_unchanged(syria, hand_actors):
    before, table = graph_state_of(syria), hand_actors.copy()
    gk.link_actors(syria)
    gk.link_actors(hand_actors)
    assert graph_state_of(syria) == before
    pd.testing.assert_frame_equal(hand_actors, table)


# ---------------------------------------------------------------- combine


@pytest.fixture
def gdelt() -> nx.MultiDiGraph:
    return gk.load_dataset("gdelt-2019-10")


def node_of(G: nx.MultiDiGraph) -> dict[str, str]:
    """Each source id (``graph:id``) -> the node of the combined graph that holds it."""
    return {s: node for node, data in G.nodes(data=True) for s in data["source_ids"].split("|")}


def relation_rows(G: nx.MultiDiGraph, label: str, nodes: dict[str, str] | None = None) -> Counter:
    """The relations of a graph as rows, endpoints mapped to the combined graph's nodes."""
    rows = Counter()
    for u, v, data in G.edges(data=True):
        if nodes is not None:
            u, v = nodes[f"{label}:{u}"], nodes[f"{label}:{v}"]
        kept = {k: val for k, val in data.items() if k != "dataset"}
        rows[(u, v, json.dumps(kept, sort_keys=True, default=str))] += 1
    return rows


def test_syria_and_gdelt_have_one_turkey_one_united_states_one_russia(syria, gdelt):
    G = gk.combine([syria, gdelt])
    references = Counter(d.get("reference_id") for _, d in G.nodes(data=True))
    for country in ("TUR", "USA", "RUS", "SYR"):
        assert references[country] == 1, country
    assert all(count == 1 for ref, count in references.items() if ref is not None)
    # 24 + 28 actors; turkey, united_states and syria are in both
    assert G.number_of_nodes() == 24 + 28 - 3
    assert "TUR" not in G and "USA" not in G and "SYR" not in G and "RUS" in G
    assert G.nodes["turkey"]["source_ids"] == "syria-2024:turkey|gdelt-2019-10:TUR"
    assert G.nodes["RUS"]["source_ids"] == "gdelt-2019-10:RUS"


def test_both_sources_relations_are_on_the_merged_states(syria, gdelt):
    G = gk.combine([syria, gdelt])

    def datasets_on(node: str) -> set[str]:
        return {d["dataset"] for u, v, d in G.edges(data=True) if node in (u, v)}

    assert datasets_on("turkey") == {"syria-2024", "gdelt2"}
    assert datasets_on("united_states") == {"syria-2024", "gdelt2"}
    assert datasets_on("syria") == {"syria-2024", "gdelt2"}
    assert G.has_edge("RUS", "turkey", "consults") and G.has_edge("turkey", "hts", "backs")


def test_nothing_is_dropped_every_relation_is_there_with_its_attributes(syria, gdelt):
    G = gk.combine([syria, gdelt])
    nodes = node_of(G)
    expected = relation_rows(syria, "syria-2024", nodes) + relation_rows(
        gdelt, "gdelt-2019-10", nodes
    )
    assert relation_rows(G, "") == expected
    assert G.number_of_edges() == syria.number_of_edges() + gdelt.number_of_edges()
    for node, data in syria.nodes(data=True):
        merged = G.nodes[nodes[f"syria-2024:{node}"]]
        assert all(merged[k] == v for k, v in data.items() if k != "aliases")


def test_the_merged_state_takes_the_first_graphs_id_name_and_lists_the_rest(syria, gdelt):
    G = gk.combine([syria, gdelt])
    turkey = G.nodes["turkey"]
    assert turkey["name"] == "Turkey" and turkey["aliases"] == "Türkiye|Turkiye|TUR"
    assert turkey["reference_id"] == "TUR" and turkey["dataset"] == "syria-2024|gdelt2"
    assert turkey["description"] == "GDELT 2.0 actor TUR"  # syria's is empty
    conflicts = json.loads(G.nodes["syria"]["conflicts"])
    assert conflicts == {
        "description": {
            "syria-2024:syria": "The country, as distinct from its government",
            "gdelt-2019-10:SYR": "GDELT 2.0 actor SYR",
        }
    }
    reverse = gk.combine([gdelt, syria])
    assert reverse.nodes["TUR"]["name"] == "Turkey"  # the reference table's name
    assert reverse.nodes["TUR"]["aliases"] == "Türkiye|Turkiye|turkey"
    assert list(reverse)[:28] == list(gdelt)


def test_the_combined_graph_describes_its_sources(syria, gdelt):
    G = gk.combine([syria, gdelt], name="syria-and-gdelt")
    assert G.graph["name"] == "syria-and-gdelt"
    datasets = json.loads(G.graph["datasets"])
    assert [d["dataset"] for d in datasets] == ["syria-2024", "gdelt-2019-10"]
    assert datasets[1]["title"] == gdelt.graph["title"]
    assert gk.vocabulary_of(G) == gk.vocabulary_of(syria)
    assert G.graph["documents"].startswith(syria.graph["documents"])


def test_only_sure_links_merge_and_given_crosswalks_replace_link_actors(syria, gdelt):
    links = gk.link_actors(gdelt)
    links.loc["TUR", "sure"] = False
    G = gk.combine([syria, gdelt], links={"gdelt-2019-10": links})
    assert "TUR" in G and "turkey" in G and "USA" not in G
    G = gk.combine([syria, gdelt], links={1: pd.DataFrame({"reference_id": []})})
    assert "TUR" in G and "USA" in G  # an empty crosswalk links nothing
    mine = pd.DataFrame({"reference_id": ["TUR"]}, index=["TUR"])  # without `sure`: all count
    G = gk.combine([syria, gdelt], links={1: mine})
    assert "TUR" not in G and "USA" in G


def test_a_crosswalk_naming_an_actor_not_in_the_graph_is_refused(syria, gdelt):
    links = pd.DataFrame({"reference_id": ["TUR", "SYR"], "sure": True}, index=["turkey", "nobody"])
    with pytest.raises(gk.DataError) as caught:
        gk.combine([syria, gdelt], links={0: links})
    assert str(caught.value) == (
        "crosswalk of graph 'syria-2024': 1 problem\n"
        "  crosswalk of graph 'syria-2024', line 3, column 'id': got 'nobody'; "
        "expected an actor of graph 'syria-2024'"
    )


def test_two_actors_of_one_graph_linked_to_one_reference_id_are_listed(syria, gdelt):
    links = gk.link_actors(syria)
    links.loc["recep_tayyip_erdogan", ["reference_id", "sure"]] = ["TUR", True]
    links.loc["syrian_government", ["reference_id", "sure"]] = ["SYR", True]
    with pytest.raises(gk.DataError) as caught:
        gk.combine([syria, gdelt], links={0: links})
    message = str(caught.value)
    assert "2 problems" in message
    assert (
        "got 'SYR'; expected one actor of graph 'syria-2024' per reference id, "
        "not 2 ('syrian_government', 'syria')" in message
    )
    assert (
        "got 'TUR'; expected one actor of graph 'syria-2024' per reference id, "
        "not 2 ('turkey', 'recep_tayyip_erdogan')" in message
    )


def test_an_unknown_reference_id_is_refused_with_the_closest(syria, gdelt):
    links = pd.DataFrame({"reference_id": ["TURK"], "sure": [True]}, index=["turkey"])
    with pytest.raises(gk.DataError) as caught:
        gk.combine([syria, gdelt], links={0: links})
    assert str(caught.value) == (
        "crosswalk of graph 'syria-2024': 1 problem\n"
        "  crosswalk of graph 'syria-2024', line 2, column 'reference_id': got 'TURK'; "
        "expected an id of the reference table (gk.countries()) (did you mean 'TUR'?)"
    )


def test_a_country_outside_the_table_stops_combine_naming_graph_and_actor(syria, gdelt):
    gdelt.nodes["AUS"]["country"] = "AUZ"
    with pytest.raises(gk.DataError) as caught:
        gk.combine([syria, gdelt])
    assert "graph 'gdelt-2019-10', actor 'AUS', column 'country': got 'AUZ'" in str(caught.value)


def test_bad_crosswalks_and_keys_are_all_listed_at_once(syria, gdelt):
    links = {
        5: pd.DataFrame({"reference_id": []}),
        "syria-2024": pd.DataFrame({"country": ["TUR"]}, index=["turkey"]),
        1: pd.DataFrame({"reference_id": ["TUR"], "sure": ["yes"]}, index=["TUR"]),
    }
    with pytest.raises(gk.DataError) as caught:
        gk.combine([syria, gdelt], links=links)
    problems = [str(p) for p in caught.value.problems]
    assert problems == [
        "links: got '5'; expected a graph position (0 to 1) or label "
        "('syria-2024', 'gdelt-2019-10')",
        "crosswalk of graph 'syria-2024', line 1: expected a column 'reference_id' "
        "(the crosswalk gk.link_actors returns)",
        "crosswalk of graph 'gdelt-2019-10', line 2, column 'sure': got 'yes'; "
        "expected True or False",
    ]


def test_a_relation_type_two_graphs_define_differently_is_one_error(syria, gdelt):
    vocabulary = gk.default_vocabulary().with_relation_type("consults", polarity=-1, mode="verbal")
    actors = gk.read_actors(gk.datasets.data_path("gdelt-2019-10/actors.csv"))
    relations = gk.read_relations(gk.datasets.data_path("gdelt-2019-10/relations.csv"))
    other = gk.build_graph(actors, relations, name="gdelt-other", vocabulary=vocabulary)
    with pytest.raises(gk.DataError) as caught:
        gk.combine([syria, other])
    assert len(caught.value.problems) == 1
    assert "graphs 'syria-2024' and 'gdelt-other'" in str(caught.value)
    consults = gk.default_vocabulary().relation("consults")
    assert (consults.polarity, consults.symmetric) == (0, True)
    assert (
        "one definition of the relation type 'consults', but graph 'syria-2024' has "
        f"polarity=0, symmetric=True, description={consults.description!r}, "
        f"color={consults.color!r} and graph 'gdelt-other' has polarity=-1, symmetric=False, "
        "description='', color='#757575'"
    ) in str(caught.value)


def test_combine_refuses_what_is_not_a_list_of_graphs(syria):
    with pytest.raises(TypeError, match="a sequence of graphs"):
        gk.combine(syria)
    with pytest.raises(ValueError, match="at least one graph"):
        gk.combine([])
    with pytest.raises(TypeError, match="graph 1 is a DiGraph"):
        gk.combine([syria, nx.DiGraph()])


def test_combine_of_one_graph_is_the_graph_with_its_sources(syria):
    G = gk.combine([syria])
    assert list(G.nodes) == list(syria.nodes)
    assert list(G.edges(keys=True)) == list(syria.edges(keys=True))
    assert G.nodes["turkey"]["source_ids"] == "syria-2024:turkey"


# ---------------------------------------------------------------- properties

POOL = {
    # id: (name, kind, country); the key an actor should merge on is its country for a
    # state (each state below is named as the table names it), else its id
    "turkey": ("Turkey", "state", "TUR"),
    "TUR": ("TURKEY", "state", "TUR"),
    "united_states": ("United States", "state", "USA"),
    "USA": ("UNITED STATES", "state", "USA"),
    "syria": ("Syria", "state", "SYR"),
    "hts": ("Hayat Tahrir al-Sham", "armed_group", "SYR"),
    "assad": ("Bashar al-Assad", "person", "SYR"),
    "un": ("United Nations", "organisation", None),
    "aleppo": ("Aleppo", "city", "SYR"),
}


def merge_key(actor: str) -> str:
    _, kind, country = POOL[actor]
    return country if kind == "state" else ("UN" if actor == "un" else actor)


@st.composite
def graphs(draw) -> nx.MultiDiGraph:
    ids = draw(st.lists(st.sampled_from(sorted(POOL)), min_size=2, max_size=6, unique=True))
    pairs = st.tuples(st.sampled_from(ids), st.sampled_from(ids)).filter(lambda p: p[0] != p[1])
    rows = draw(
        st.lists(
            st.tuples(pairs, st.sampled_from(["backs", "opposes", "consults"])),
            min_size=1,
            max_size=8,
        )
    )
    actors = pd.DataFrame([(i, *POOL[i]) for i in ids], columns=["id", "name", "kind", "country"])
    relations = pd.DataFrame(
        [(s, t, r, f"document {n}") for n, ((s, t), r) in enumerate(rows)],
        columns=["source", "target", "relation", "document"],
    )
    name = draw(st.sampled_from(["a", "b", ""]))
    return gk.build_graph(actors, relations, name=name)


def state_of(G: nx.MultiDiGraph):
    return (
        dict(G.graph),
        list(G.nodes(data=True)),
        list(G.edges(keys=True, data=True)),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(graphs(), min_size=1, max_size=3))
def test_combine_never_mutates_its_inputs_and_is_order_stable(inputs):
    before = [graph_state_of(G) for G in inputs]
    two_states_in_one = any(
        len({POOL[n][2] for n in G if POOL[n][1] == "state"})
        < sum(POOL[n][1] == "state" for n in G)
        for G in inputs
    )
    try:
        G = gk.combine(inputs)
    except gk.DataError as error:
        # the only way these graphs go wrong: one graph with turkey and TUR (or usa and USA)
        assert two_states_in_one, error
        assert all(graph_state_of(H) == b for H, b in zip(inputs, before, strict=True))
        return
    assert not two_states_in_one
    assert all(graph_state_of(H) == b for H, b in zip(inputs, before, strict=True))
    # the same inputs give the same graph, node for node, edge for edge, attribute for attribute
    assert state_of(gk.combine(inputs)) == state_of(G)
    # nodes: first appearance of each merge key, graph by graph, named by its first actor
    expected: dict[str, str] = {}
    for H in inputs:
        for node in H:
            expected.setdefault(merge_key(node), node)
    assert list(G) == list(expected.values())
    # edges: every relation of every graph once, between the merged actors
    key_of = {node: key for key, node in expected.items()}
    got = Counter(
        (key_of[u], key_of[v], d["relation"], d["document"], d["dataset"])
        for u, v, d in G.edges(data=True)
    )
    labels = gk.core.merging.graph_labels(inputs)
    want = Counter(
        (merge_key(u), merge_key(v), d["relation"], d["document"], label)
        for H, label in zip(inputs, labels, strict=True)
        for u, v, d in H.edges(data=True)
    )
    assert got == want
    assert all(len(set(G[u][v])) == len(G[u][v]) for u, v in G.edges())
