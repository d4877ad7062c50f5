"""snapshot and diff on graphkit graphs and on plain networkx graphs of every kind."""

import networkx as nx
import pytest

import graphkit as gk

KINDS = [nx.Graph, nx.DiGraph, nx.MultiGraph, nx.MultiDiGraph]


def dated(kind) -> nx.Graph:
    G = kind(name="dated")
    G.add_edge("a", "b", sign=1, start="2020", end="2021-06")
    G.add_edge("b", "c", sign=-1, start="2022-01-15")
    G.add_edge("c", "a", sign=1)
    return G


@pytest.mark.parametrize("kind", KINDS)
def test_snapshot_keeps_the_class_and_the_relations_that_held(kind):
    G = dated(kind)
    early, late = gk.snapshot(G, "2021-06-30"), gk.snapshot(G, "2022-01-15")
    assert type(early) is kind and type(late) is kind
    # by hand: a-b holds until 30 June 2021, b-c from 15 January 2022, c-a always
    assert {frozenset(e) for e in early.edges()} == {frozenset("ab"), frozenset("ca")}
    assert {frozenset(e) for e in late.edges()} == {frozenset("bc"), frozenset("ca")}
    assert early.graph["snapshot"] == "2021-06-30" and list(early) == list(G)


@pytest.mark.parametrize("kind", KINDS)
def test_diff_on_every_kind_of_graph(kind):
    G = dated(kind)
    changes = gk.diff(gk.snapshot(G, "2021-01-01"), gk.snapshot(G, "2022-02-01"))
    got = {(r.change, frozenset((r.source, r.target))) for r in changes.itertuples()}
    # by hand: a-b ended in June 2021, b-c started in January 2022, c-a held throughout
    assert got == {("lost", frozenset("ab")), ("gained", frozenset("bc"))}


@pytest.mark.parametrize("kind", [nx.Graph, nx.MultiGraph])
def test_undirected_pairs_match_whatever_their_order(kind):
    before = kind()
    before.add_edge("a", "b", sign=1, weight=0.5)
    after = kind()
    after.add_edge("b", "a", sign=-1, weight=0.5)
    changes = gk.diff(before, after)
    assert list(changes["change"]) == ["changed", "flipped"]
    assert changes.loc[0, "changes"] == "sign: 1 -> -1"
    assert changes.loc[1, "changes"] == "sign: 1 -> -1 (net 0.5 -> -0.5)"


def test_direction_matters_in_directed_graphs():
    changes = gk.diff(nx.DiGraph([("a", "b")]), nx.DiGraph([("b", "a")]))
    assert sorted(zip(changes["change"], changes["source"], strict=True)) == [
        ("gained", "b"),
        ("lost", "a"),
    ]


def test_unsigned_graphs_have_no_flips():
    before = nx.Graph([("a", "b", {"weight": 1})])
    after = nx.Graph([("a", "b", {"weight": 2})])
    changes = gk.diff(before, after)
    assert list(changes["change"]) == ["changed"] and changes.loc[0, "polarity"] is None


@pytest.mark.parametrize(
    ("before", "after"), [(nx.Graph, nx.DiGraph), (nx.MultiDiGraph, nx.DiGraph)]
)
def test_graphs_of_different_kinds_are_refused(before, after):
    with pytest.raises(ValueError, match="cannot match the relations"):
        gk.diff(before([("a", "b")]), after([("a", "b")]))


def test_bundled_graph_round_trip_through_gexf_still_diffs(tmp_path, syria):
    one_per_pair = nx.MultiDiGraph(gk.relation_subgraph(syria, ["backs"]))
    H = gk.read_graph(gk.write_graph(one_per_pair, tmp_path / "g.gexf"))
    assert gk.diff(H, one_per_pair).empty
    assert gk.diff(gk.snapshot(H, "2024-12-07"), gk.snapshot(syria, "2024-12-07")).empty is False
