"""Tests for the centrality table, PN centrality and the engines behind them."""

from __future__ import annotations

import warnings

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graphkit as gk
from graphkit.analysis import engines as engine
from graphkit.analysis.centrality_table import COLUMNS

# Everett & Borgatti (2014), "Networks containing negative ties", Social Networks 38,
# 111-120: the ten-actor example and its PN scores (Table 5), reproduced in the
# documentation of the R package signnet (pn_index).
EB_MATRIX = np.array(
    [
        [0, 1, 0, 1, 0, 0, 0, -1, -1, 0],
        [1, 0, 1, -1, 1, -1, -1, 0, 0, 0],
        [0, 1, 0, 1, -1, 0, 0, 0, -1, 0],
        [1, -1, 1, 0, 1, -1, -1, 0, 0, 0],
        [0, 1, -1, 1, 0, 1, 0, -1, 0, -1],
        [0, -1, 0, -1, 1, 0, 1, 0, 1, -1],
        [0, -1, 0, -1, 0, 1, 0, 1, -1, 1],
        [-1, 0, 0, 0, -1, 0, 1, 0, 1, 0],
        [-1, 0, -1, 0, 0, 1, -1, 1, 0, 1],
        [0, 0, 0, 0, -1, -1, 1, 0, 1, 0],
    ]
)
EB_PN = [0.901, 0.861, 0.908, 0.861, 0.841, 0.850, 0.862, 0.902, 0.851, 0.907]


def from_matrix(M: np.ndarray, directed: bool = False) -> nx.Graph:
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(len(M)))
    for i, j in zip(*np.nonzero(M), strict=True):
        G.add_edge(int(i), int(j), sign=int(M[i, j]))
    return G


def tiny() -> nx.MultiDiGraph:
    """A hand-checkable graphkit graph."""
    actors = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d", "city"],
            "name": ["A", "B", "C", "D", "City"],
            "kind": ["state", "state", "armed_group", "person", "city"],
        }
    )
    relations = pd.DataFrame(
        {
            "source": ["a", "b", "c", "a", "d", "c", "c"],
            "target": ["c", "c", "a", "b", "a", "city", "b"],
            "relation": ["backs", "backs", "courts", "opposes", "leads", "captures", "fights"],
            "weight": [1.0, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0],
        }
    )
    return gk.build_graph(actors, relations)


# -- the table ----------------------------------------------------------------------------


def test_table_by_hand():
    table = gk.centrality(tiny())
    assert list(table.index) == ["c", "a", "b", "d"]  # degree 2, 2, 2 by betweenness, 0
    assert list(table.columns) == list(COLUMNS)
    c, a, b = table.loc["c"], table.loc["a"], table.loc["b"]
    # c: backed by a and b, courts a, fights b (symmetric: b -> c and c -> b)
    assert (c["degree"], c["in_degree"], c["out_degree"]) == (2, 2, 2)
    assert (c["backers"], c["opponents"]) == (2, 1)
    assert (a["backers"], a["opponents"]) == (1, 0)
    assert (b["backers"], b["opponents"]) == (0, 2)  # a opposes b, c fights b
    assert table.loc["d", "degree"] == 0  # "leads" is structural: left out
    assert "city" not in table.index
    D = nx.DiGraph([("a", "c"), ("b", "c"), ("c", "a"), ("a", "b"), ("c", "b"), ("b", "c")])
    D.add_node("d")
    between = nx.betweenness_centrality(D)
    assert table["betweenness"].to_dict() == pytest.approx(between)
    support = nx.DiGraph()
    support.add_nodes_from("abcd")
    support.add_weighted_edges_from([("a", "c", 1.0), ("b", "c", 0.5), ("c", "a", 1.0)])
    expected = nx.pagerank(support, tol=1e-10, max_iter=1000)
    assert table["pagerank"].to_dict() == pytest.approx(expected)
    assert table["hub"].sum() == pytest.approx(1) and table["authority"].sum() == pytest.approx(1)


def test_table_asks_for_structural_relations_and_places():
    table = gk.centrality(
        tiny(), modes=("verbal", "material", "structural", "territorial"), include_places=True
    )
    assert table.loc["d", "degree"] == 1 and table.loc["city", "in_degree"] == 1
    assert table.loc["a", "backers"] == 1  # leads has polarity 0


def test_table_on_dataset(syria):
    table = gk.centrality(syria)
    assert table.index[0] == "hts"
    assert table.index.name == "actor"
    assert not table.index.isin(["damascus", "hama", "golan_heights"]).any()
    assert table.loc["hts", "backers"] == 5
    assert table["pagerank"].idxmax() == "hts"
    assert table["pagerank"].sum() == pytest.approx(1)
    assert table["degree"].is_monotonic_decreasing


def test_sort_by_and_errors(syria):
    by_name = gk.centrality(syria, sort_by="name")
    assert list(by_name["name"]) == sorted(by_name["name"])
    by_pn = gk.centrality(syria, sort_by="pn")
    assert by_pn["pn"].is_monotonic_decreasing
    with pytest.raises(ValueError, match="sort_by"):
        gk.centrality(syria, sort_by="fame")
    with pytest.raises(ValueError, match="engine"):
        gk.centrality(syria, engine="spark")


def test_plain_networkx_graphs():
    G = nx.karate_club_graph()
    table = gk.centrality(G)
    assert table.loc[0, "degree"] == 16
    assert table["betweenness"].to_dict() == pytest.approx(
        nx.betweenness_centrality(G.to_directed())
    )
    assert (table["backers"] == 0).all()  # no signs: no support, no opposition
    S = from_matrix(EB_MATRIX)
    table = gk.centrality(S)
    assert table["backers"].sum() == (EB_MATRIX > 0).sum()
    assert table.sort_index()["pn"].round(3).tolist() == EB_PN


def test_input_not_mutated(syria, graph_state):
    before = graph_state(syria)
    gk.centrality(syria)
    gk.pn_centrality(syria, mode="in")
    gk.annotate(syria)
    assert graph_state(syria) == before


# -- PN centrality ------------------------------------------------------------------------


def test_pn_published_values():
    # Everett & Borgatti (2014), Table 5
    assert gk.pn_centrality(from_matrix(EB_MATRIX)).round(3).tolist() == EB_PN


def test_pn_by_hand():
    # a +b, b -c; n = 3, A/(2n-2) = A/4: solve (I - A/4) x = 1 by hand:
    # x_b = 12/11, x_a = 1 + x_b/4 = 14/11, x_c = 1 - x_b/2 = 5/11
    G = nx.Graph([("a", "b", {"sign": 1}), ("b", "c", {"sign": -1})])
    assert gk.pn_centrality(G).tolist() == pytest.approx([14 / 11, 12 / 11, 5 / 11])


def test_pn_keeps_both_ties_of_a_pair(syria):
    # united_states favours and designates HTS: both a positive and a negative tie
    pn = gk.pn_centrality(syria)
    actors = list(pn.index)
    n = len(actors)
    P = np.zeros((n, n))
    N = np.zeros((n, n))
    for u, v, d in syria.edges(data=True):
        if u in actors and v in actors and d["mode"] in ("verbal", "material"):
            if d["polarity"] > 0:
                P[actors.index(u), actors.index(v)] = P[actors.index(v), actors.index(u)] = 1
            elif d["polarity"] < 0:
                N[actors.index(u), actors.index(v)] = N[actors.index(v), actors.index(u)] = 1
    i, j = actors.index("united_states"), actors.index("hts")
    assert P[i, j] == N[i, j] == 1
    expected = np.linalg.solve(np.eye(n) - (P - 2 * N) / (2 * n - 2), np.ones(n))
    assert pn.to_numpy() == pytest.approx(expected)


def test_pn_directed_variants():
    rng = np.random.default_rng(0)
    M = rng.choice([-1, 0, 0, 1], size=(12, 12))
    np.fill_diagonal(M, 0)
    D = from_matrix(M, directed=True)
    A = (M > 0).astype(float) - 2 * (M < 0)
    n, c = 12, 22
    identity = np.eye(n)
    out = np.linalg.solve(identity - A @ A.T / c**2, (identity + A / c) @ np.ones(n))
    into = np.linalg.solve(identity - A.T @ A / c**2, (identity + A.T / c) @ np.ones(n))
    assert gk.pn_centrality(D, mode="out").to_numpy() == pytest.approx(out)
    assert gk.pn_centrality(D, mode="in").to_numpy() == pytest.approx(into)
    # on symmetric ties the directed variants equal the undirected index
    S = from_matrix(EB_MATRIX)
    assert gk.pn_centrality(S, mode="in").round(3).tolist() == EB_PN
    with pytest.raises(ValueError, match="mode"):
        gk.pn_centrality(S, mode="both")


def test_pn_small_graphs():
    assert gk.pn_centrality(nx.Graph()).empty
    G = nx.Graph()
    G.add_node("alone")
    assert gk.pn_centrality(G).tolist() == [1.0]


# -- engines agree ------------------------------------------------------------------------


def random_digraph(seed: int, n: int, m: int) -> nx.DiGraph:
    rng = np.random.default_rng(seed)
    D = nx.gnm_random_graph(n, m, seed=seed, directed=True)
    for u, v in D.edges():
        D.edges[u, v]["weight"] = float(rng.uniform(0.1, 1.0))
    return D


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000), st.integers(3, 60), st.floats(1.0, 6.0))
def test_engines_agree_on_random_graphs(seed, n, density):
    D = random_digraph(seed, n, int(n * density))
    a = engine.betweenness(D, engine="networkx")
    b = engine.betweenness(D, engine="igraph")
    assert b == pytest.approx(a, abs=1e-12)
    a = engine.pagerank(D, engine="networkx")
    b = engine.pagerank(D, engine="igraph")
    assert b == pytest.approx(a, abs=1e-8)


@pytest.mark.parametrize("seed", range(5))
def test_engines_agree_on_hits_and_the_table(seed):
    D = random_digraph(seed, 300, 2400)
    (h1, a1), (h2, a2) = engine.hits(D, engine="networkx"), engine.hits(D, engine="igraph")
    assert h2 == pytest.approx(h1, abs=1e-8) and a2 == pytest.approx(a1, abs=1e-8)
    for u, v in D.edges():
        D.edges[u, v]["sign"] = 1 if (u + v) % 3 else -1
    t1 = gk.centrality(D, engine="networkx")
    t2 = gk.centrality(D, engine="igraph")
    pd.testing.assert_frame_equal(t1.sort_index(), t2.sort_index(), rtol=0, atol=1e-8)


def test_auto_engine_threshold():
    small = random_digraph(0, 50, engine.IGRAPH_MIN_EDGES - 1)
    large = random_digraph(0, 500, engine.IGRAPH_MIN_EDGES)
    assert engine.choose_engine(small) == "networkx"
    assert engine.choose_engine(large) == "igraph"


def test_engines_on_degenerate_graphs():
    for kind in ("networkx", "igraph"):
        empty = nx.DiGraph()
        assert engine.pagerank(empty, engine=kind) == {}
        assert engine.hits(empty, engine=kind) == ({}, {})
        lone = nx.DiGraph()
        lone.add_nodes_from([1, 2])
        assert engine.hits(lone, engine=kind) == ({1: 0.0, 2: 0.0}, {1: 0.0, 2: 0.0})
        assert engine.betweenness(lone, engine=kind) == {1: 0.0, 2: 0.0}


def test_pn_undefined_is_nan_with_a_warning_not_a_crash():
    # Two actors with one negative tie: I - A/(2n-2) is singular, PN is undefined.
    G = nx.Graph([("a", "b", {"sign": -1})])
    with pytest.warns(gk.UndefinedMeasureWarning, match="PN centrality is undefined"):
        pn = gk.pn_centrality(G)
    assert pn.isna().all() and list(pn.index) == ["a", "b"]
    actors = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": "state"})
    relations = pd.DataFrame({"source": ["a"], "target": ["b"], "relation": ["opposes"]})
    with pytest.warns(gk.UndefinedMeasureWarning):
        table = gk.centrality(gk.build_graph(actors, relations))
    assert table.loc["b", "opponents"] == 1 and table["pn"].isna().all()


def test_igraph_hits_on_a_star_is_quiet_and_equals_networkx():
    # Most actors point to nobody: igraph warns about zero scores, which are expected here.
    star = nx.DiGraph([("hub", i) for i in range(20)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fast = engine.hits(star, engine="igraph")
    slow = engine.hits(star, engine="networkx")
    for a, b in zip(fast, slow, strict=True):
        assert a == pytest.approx(b, abs=1e-9)
