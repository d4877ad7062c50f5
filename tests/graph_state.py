"""Deep copies of a graph's whole state, to prove a function left its input unchanged."""

from __future__ import annotations

import copy

import networkx as nx


def graph_state_of(G: nx.Graph):
    """A deep copy of everything a graph holds: graph, node and edge attributes, edge keys
    and parallel edges, so a test can prove a function left its input as it was."""
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
    return copy.deepcopy((type(G), dict(G.graph), list(G.nodes(data=True)), list(edges)))
