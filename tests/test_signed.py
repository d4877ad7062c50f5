"""Tests for graphkit.signed: any signed networkx graph as the signed simple graph."""

from __future__ import annotations

import networkx as nx
import pytest

import graphkit as gk
from graphkit.signed import as_signed, is_graphkit_graph, pair_relations


def test_graphkit_graph_goes_through_signed_graph(syria):
    assert is_graphkit_graph(syria)
    S = as_signed(syria)
    expected = gk.signed_graph(syria)
    expected.remove_edges_from([(u, v) for u, v, s in expected.edges(data="sign") if not s])
    assert set(S.edges()) == set(expected.edges())
    assert S.edges["united_states", "hts"]["weight"] == pytest.approx(0.4)
    assert as_signed(syria, weight=None).edges["united_states", "hts"]["weight"] == 1.0


def test_pairs_are_merged_across_directions_and_parallel_edges():
    M = nx.MultiDiGraph()
    M.add_edge("a", "b", sign=1, weight=2.0)
    M.add_edge("b", "a", sign=-1, weight=0.5)
    M.add_edge("a", "c", sign=1)
    M.add_edge("c", "a", sign=-1)  # cancels out: no signed pair
    M.add_edge("c", "c", sign=-1)  # loops are ignored
    S = as_signed(M)
    assert S.edges["a", "b"]["sign"] == 1 and S.edges["a", "b"]["weight"] == 1.5
    assert not S.has_edge("a", "c") and not S.has_edge("c", "c")
    assert set(S) == {"a", "b", "c"}


def test_signs_are_taken_by_their_sign_and_weights_by_absolute_value():
    S = as_signed(nx.Graph([(1, 2, {"sign": -0.3, "weight": -2})]))
    assert (S.edges[1, 2]["sign"], S.edges[1, 2]["weight"]) == (-1, 2.0)


@pytest.mark.parametrize("sign", [None, "yes", True, float("nan")])
def test_bad_signs_are_refused(sign):
    G = nx.Graph()
    G.add_edge(1, 2, **({} if sign is None else {"sign": sign}))
    with pytest.raises(ValueError, match="sign"):
        as_signed(G)


def test_pair_relations_carry_evidence(syria):
    rows = pair_relations(syria, "hts", "united_states")
    assert {r["relation"] for r in rows} == {"favours", "designates_terrorist"}
    assert all(r["evidence"] and r["document"] for r in rows)
    assert pair_relations(syria, "hts", "hama") == []  # territorial: not signed
    plain = pair_relations(nx.Graph([(1, 2, {"sign": -1})]), 2, 1)
    assert plain == [{"source": 2, "target": 1, "sign": -1, "weight": 1.0}]
