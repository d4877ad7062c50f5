"""Fixtures shared by the test modules."""

import networkx as nx
import pytest

import graphkit as gk


@pytest.fixture
def syria() -> nx.MultiDiGraph:
    """A fresh copy of the bundled dataset (tests may modify it)."""
    return gk.load_dataset("syria-2024")
