"""Implied relations: pairs with no stated relation, read through their common partners."""

import networkx as nx

import graphkit as gk


def signed(edges) -> nx.Graph:
    return nx.Graph([(u, v, {"sign": s}) for u, v, s in edges])


def test_dataset_implied_relations(syria):
    implied = gk.implied_relations(syria)
    top = implied.iloc[0]
    assert (top["source"], top["target"], top["implied"]) == ("hts", "iran", "opposed")
    assert top["agreeing"] == 2 and top["disagreeing"] == 0
    assert "Israel" in top["partners"] and "Syrian government (Assad)" in top["partners"]
    pairs = set(zip(implied["source"], implied["target"], strict=True))
    assert ("turkey", "israel") in pairs  # both back HTS
    # pairs with any direct relation are not "implied", even structural ones
    assert ("recep_tayyip_erdogan", "turkey") not in pairs
    assert ("turkey", "recep_tayyip_erdogan") not in pairs
    assert implied["score"].abs().is_monotonic_decreasing


def test_implied_relation_by_hand():
    # a and b both oppose c; a backs d, d opposes b: the two paths disagree
    G = signed([("a", "c", -1), ("b", "c", -1), ("a", "d", 1), ("d", "b", -1), ("a", "e", 1)])
    implied = gk.implied_relations(G).set_index(["source", "target"])
    row = implied.loc[("a", "b")]
    # by hand: path a-c-b gives (-1)(-1) = +1, path a-d-b gives (+1)(-1) = -1: score 0
    assert row["score"] == 0 and row["implied"] == "unclear" and row["sign"] == 0
    assert row["explanation"] == "a and b: both opposed to c; d aligned with a, opposed to b"
    assert implied.loc[("c", "e"), "implied"] == "opposed"  # c-a-e: (-1)(+1)
    assert implied.loc[("d", "e"), "implied"] == "aligned"  # d-a-e: (+1)(+1)
    assert implied.loc[("c", "d"), "implied"] == "unclear"  # c-a-d and c-b-d disagree
