"""Fixtures shared by the test modules."""

import networkx as nx
import pytest
from graph_state import graph_state_of

import graphkit as gk


@pytest.fixture
def syria() -> nx.MultiDiGraph:
    """A fresh copy of the bundled dataset (tests may modify it)."""
    return gk.load_dataset("syria-2024")


@pytest.fixture
def graph_state():
    """``graph_state(G)``: a deep copy of G's whole state, to compare before and after."""
    return graph_state_of
