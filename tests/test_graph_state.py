"""The test helper that proves inputs are left unchanged must itself see changes."""

import networkx as nx
from graph_state import graph_state_of as _graph_state


def test_graph_state_sees_a_change_inside_an_attribute_dict():
    # The helper must catch what nx.to_dict_of_dicts misses: it shares attribute dicts.
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="backs", weight=1.0)
    before = _graph_state(G)
    G.edges["a", "b", "backs"]["weight"] = 0.5
    assert _graph_state(G) != before
    G.edges["a", "b", "backs"]["weight"] = 1.0
    G.nodes["a"]["kind"] = "state"
    assert _graph_state(G) != before
