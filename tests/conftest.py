"""Fixtures shared by the test modules."""

import copy

import networkx as nx
import pytest

import graphkit as gk


@pytest.fixture
def syria() -> nx.MultiDiGraph:
    """A fresh copy of the bundled dataset (tests may modify it)."""
    return gk.load_dataset("syria-2024")


def _graph_state(G: nx.Graph):
    """A deep copy of everything a graph holds: graph, node and edge attributes, edge keys
    and parallel edges, so a test can prove a function left its input as it was."""
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
    return copy.deepcopy((type(G), dict(G.graph), list(G.nodes(data=True)), list(edges)))


@pytest.fixture
def graph_state():
    """``graph_state(G)``: a deep copy of G's whole state, to compare before and after."""
    return _graph_state
