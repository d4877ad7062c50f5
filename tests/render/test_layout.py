"""force_layout's large-graph path and the write path's garbage-collector pause."""

from __future__ import annotations

import gc
import itertools

import networkx as nx
import pytest

import graphkit as gk
from graphkit.base.table import gc_paused
from graphkit.render import layout


def test_simple_pairs_are_the_distinct_unordered_pairs_sorted_without_loops():
    G = nx.MultiDiGraph()
    G.add_edges_from([("c", "a"), ("a", "c"), ("a", "c"), ("b", "b"), ("b", "a")])
    G.add_node("d")
    nodes = list(G)  # c, a, b, d
    assert layout._simple_pairs(G, nodes) == [[0, 1], [1, 2]]
    assert layout._simple_pairs(nx.Graph(), []) == []


def test_simple_pairs_agree_with_a_set_of_sorted_tuples():
    G = nx.gnm_random_graph(300, 900, seed=5, directed=True)
    G = nx.MultiDiGraph(G)
    G.add_edges_from([(3, 3), (7, 2), (2, 7)])
    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    oracle = sorted({tuple(sorted((index[u], index[v]))) for u, v in G.edges() if u != v})
    assert [tuple(p) for p in layout._simple_pairs(G, nodes)] == oracle


def test_large_components_get_fewer_iterations_and_stay_repeatable(monkeypatch):
    G = nx.barabasi_albert_graph(400, 2, seed=1)
    full = gk.force_layout(G, seed=4)
    monkeypatch.setattr(layout, "_FULL_UNTIL", 100)
    short = gk.force_layout(G, seed=4)
    assert short == gk.force_layout(G, seed=4)
    assert short != full  # the shorter run really took the other path
    assert max(abs(c) for xy in short.values() for c in xy) == 1.0
    # Few iterations still untangle: neighbours end nearer than actors at random.
    near = sum(_distance(short, u, v) for u, v in G.edges()) / G.number_of_edges()
    pairs = list(itertools.islice(itertools.combinations(G, 2), 0, None, 97))
    anywhere = sum(_distance(short, u, v) for u, v in pairs) / len(pairs)
    assert near < 0.5 * anywhere


def _distance(pos, u, v) -> float:
    return ((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_pause_restores_the_state_it_found(enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(KeyError), gc_paused():
            raise KeyError("a failure inside")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_large_graph_page_is_the_same_bytes_each_time(monkeypatch):
    monkeypatch.setattr(layout, "_FULL_UNTIL", 100)
    G = nx.MultiDiGraph(nx.barabasi_albert_graph(600, 3, seed=2))
    first = gk.html_page(G, renderer="webgl")
    assert first == gk.html_page(G, renderer="webgl")
