"""force_layout's large-graph path and the write path's garbage-collector pause."""

from __future__ import annotations

import gc
import itertools

import networkx as nx
import numpy as np
import pytest

import graphkit as gk
from graphkit.analysis import layout
from graphkit.base.table import gc_paused


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


def _two_camps() -> nx.MultiGraph:
    """A ladder: each side a chain of allies (positive ties), enemies across every rung
    and diagonal (negative ties), one structural tie across. Unsigned, the ladder is one
    strip with the sides interleaved; a signed layout must pull the sides apart."""
    G = nx.MultiGraph()
    left, right = [f"l{i}" for i in range(8)], [f"r{i}" for i in range(8)]
    for side in (left, right):
        for u, v in itertools.pairwise(side):
            G.add_edge(u, v, relation="backs", polarity=1, weight=1.0)
    for k in range(8):
        G.add_edge(left[k], right[k], relation="fights", polarity=-1, weight=1.0)
        if k < 7:
            G.add_edge(left[k], right[k + 1], relation="fights", polarity=-1, weight=1.0)
    G.add_edge(left[0], right[0], relation="member_of", polarity=0)
    return G


def _mean_distance(pos, pairs) -> float:
    pairs = list(pairs)
    return sum(_distance(pos, u, v) for u, v in pairs) / len(pairs)


def _separation(pos, G) -> tuple[float, bool]:
    """The distance between the middles of the two sides over the mean distance of an
    actor to its side's middle, and whether every actor is nearer its own side's middle."""
    sides = [np.array([pos[n] for n in G if n[0] == s]) for s in "lr"]
    middles = [side.mean(axis=0) for side in sides]
    spread = np.mean(
        [np.linalg.norm(side - m, axis=1).mean() for side, m in zip(sides, middles, strict=True)]
    )
    nearer = all(
        np.linalg.norm(p - middles[k]) < np.linalg.norm(p - middles[1 - k])
        for k, side in enumerate(sides)
        for p in side
    )
    return float(np.linalg.norm(middles[0] - middles[1]) / spread), nearer


def test_the_signed_layout_pulls_enemies_apart_and_allies_together(monkeypatch):
    G = _two_camps()
    pos = gk.force_layout(G, seed=0)
    assert pos == gk.force_layout(G, seed=0)
    separation, nearer = _separation(pos, G)
    assert nearer  # every actor is nearer the middle of its own side than of the other
    # unsigned, the same graph has its sides interleaved (the test can fail)
    monkeypatch.setattr(layout, "SIGNED_UNTIL", 0)
    plain, plain_nearer = _separation(gk.force_layout(G, seed=0), G)
    assert not plain_nearer
    assert separation > 2 * plain


def test_an_actor_tied_only_by_enmity_stays_near_the_others():
    G = _two_camps()
    G.add_edge("outsider", "l3", relation="attacks", polarity=-1, weight=1.0)
    G.add_edge("outsider", "r5", relation="sanctions", polarity=-1, weight=1.0)
    pos = gk.force_layout(G)
    middle = np.mean([pos[n] for n in G if n != "outsider"], axis=0)
    reach = max(np.linalg.norm(np.array(pos[n]) - middle) for n in G if n != "outsider")
    # inside the others (without the pull back it sits at their rim, 1.02 x the reach)
    assert np.linalg.norm(np.array(pos["outsider"]) - middle) < 0.9 * reach


def test_camps_on_the_actors_pull_each_camp_together():
    G = _two_camps()
    G.add_edge("l0", "r7", relation="backs", polarity=1)  # a tie against the camps
    G.add_edge("l7", "r0", relation="backs", polarity=1)
    H = nx.MultiGraph(G)
    for n in G:
        G.nodes[n]["camp"] = n[0]

    def separation(pos):
        sides = [[n for n in G if n[0] == s] for s in "lr"]
        within = _mean_distance(pos, [p for side in sides for p in itertools.combinations(side, 2)])
        return _mean_distance(pos, itertools.product(*sides)) / within

    assert separation(gk.force_layout(G)) > 1.1 * separation(gk.force_layout(H))


def test_components_are_laid_out_apart():
    G = nx.union(_two_camps(), nx.relabel_nodes(_two_camps(), lambda n: "x" + n))
    pos = gk.force_layout(G)
    boxes = []
    for prefix in ("l", "x"):
        members = [n for n in G if (n[0] == "x") == (prefix == "x")]
        xs, ys = [pos[n][0] for n in members], [pos[n][1] for n in members]
        boxes.append((min(xs), max(xs), min(ys), max(ys)))
    (a0, a1, b0, b1), (c0, c1, d0, d1) = boxes
    assert a1 < c0 or c1 < a0 or b1 < d0 or d1 < b0  # the bounding boxes do not overlap


def test_positions_stored_on_the_graph_are_kept_by_every_date_and_snapshot_page():
    G = gk.load_dataset("syria-2024")
    P = gk.with_positions(G, seed=3)
    assert "x" not in G.nodes["hts"]  # the graph given is not changed
    assert {n: (P.nodes[n]["x"], P.nodes[n]["y"]) for n in P} == gk.force_layout(G, seed=3)
    full = {n["key"]: (n["x"], n["y"]) for n in gk.view_model(P, size_by=None)["nodes"]}
    for day in ("2016-06-01", "2024-12-04", "2024-12-07"):
        snap = gk.view_model(gk.snapshot(P, day), size_by=None)
        assert {n["key"]: (n["x"], n["y"]) for n in snap["nodes"]} == full
    # without stored positions a snapshot has fewer relations and so another layout
    bare = {n["key"]: (n["x"], n["y"]) for n in gk.view_model(G, size_by=None, seed=3)["nodes"]}
    moved = gk.view_model(gk.snapshot(G, "2016-06-01"), size_by=None, seed=3)["nodes"]
    assert {n["key"]: (n["x"], n["y"]) for n in moved} != bare
    with pytest.raises(ValueError, match="no entry for 1 actors"):
        gk.with_positions(G, {n: (0, 0) for n in list(G)[1:]})


def test_positions_given_win_over_stored_ones():
    P = gk.with_positions(gk.load_dataset("syria-2024"))
    given = {n: (i, 0) for i, n in enumerate(P)}
    xs = [n["x"] for n in gk.view_model(P, size_by=None, positions=given)["nodes"]]
    assert xs == sorted(xs)
