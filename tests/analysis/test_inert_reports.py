"""Reports printed for people hold no raw control or bidirectional character from the
data, in the library as on the command line."""

from __future__ import annotations

import networkx as nx
import pytest

import graphkit as gk
from graphkit.analysis.summary import describe_balance

RAW = ("\x1b", "\x07", "\u202e", "\x9b")


@pytest.fixture
def hostile() -> nx.Graph:
    G = nx.Graph()
    G.add_edge("a\x1b[2J", "b\u202egnp", sign=-1)
    G.add_edge("b\u202egnp", "c\x07", sign=1)
    G.add_edge("a\x1b[2J", "c\x07", sign=-1)
    G.add_edge("c\x07", "d\x9b31m", sign=-1)
    G.add_edge("a\x1b[2J", "d\x9b31m", sign=-1)
    return G


def test_the_balance_report_repr_prints_names_inert(hostile):
    text = repr(gk.balance(hostile))
    assert not [c for c in RAW if c in text], text
    assert "a\\x1b[2J" in text and "b\\u202egnp" in text


def test_the_summary_prints_names_inert(hostile):
    text = describe_balance(gk.balance(hostile))
    assert not [c for c in RAW if c in text], text
