"""Implied relations: pairs with no stated relation, read through their common partners."""

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sparse

import graphkit as gk
from graphkit.analysis.signed import implied as implied_module


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
    assert len(implied) == 18  # the brute force below agrees on every pair
    assert list(zip(implied["source"], implied["target"], strict=True)) == expected_pairs(
        oracle(gk.signed_graph(syria, keep_ambivalent=False), syria)
    )


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


def oracle(S: nx.Graph, G: nx.Graph) -> dict:
    """Every implied pair by brute force over all pairs: score, sign, agreeing, partners."""
    nodes = [n for n in S if S.degree(n) > 0]
    position = {n: i for i, n in enumerate(nodes)}
    direct = {frozenset(e) for e in G.edges()}
    pairs = {}
    for x, a in enumerate(nodes):
        for b in nodes[x + 1 :]:
            common = set(S[a]) & set(S[b])
            if not common or frozenset((a, b)) in direct:
                continue
            paths = [S.edges[a, c]["sign"] * S.edges[c, b]["sign"] for c in common]
            score = sum(
                S.edges[a, c]["sign"]
                * S.edges[a, c]["weight"]
                * S.edges[c, b]["sign"]
                * S.edges[c, b]["weight"]
                for c in common
            )
            total = sum(S.edges[a, c]["weight"] * S.edges[c, b]["weight"] for c in common)
            sign = 0 if abs(score) <= 1e-9 * total else (1 if score > 0 else -1)
            agreeing = sum(p == sign for p in paths)
            pairs[a, b] = (score, sign, agreeing, len(common), (position[a], position[b]))
    return pairs


def expected_pairs(pairs: dict, top=None, per_actor=None, min_score=0.0) -> list:
    def rank(item):
        _, (score, _, agreeing, _, positions) = item
        return (-round(abs(score), 12), -agreeing, *positions)

    items = sorted(((k, v) for k, v in pairs.items() if abs(v[0]) >= min_score), key=rank)
    if per_actor is not None:
        chosen = set()
        actors = {x for pair, _ in items for x in pair}
        for actor in actors:
            own = [pair for pair, _ in items if actor in pair][:per_actor]
            chosen.update(own)
        items = [(k, v) for k, v in items if k in chosen]
    if top is not None:
        items = items[:top]
    return [k for k, _ in items]


def random_signed_graph(seed: int, n: int = 30, m: int = 90) -> nx.MultiDiGraph:
    rng = np.random.default_rng(seed)
    G = nx.MultiDiGraph()
    G.add_nodes_from(f"n{i}" for i in range(n))
    for _ in range(m):
        a, b = rng.choice(n, 2, replace=False)
        # weights that cancel: 0.1 + 0.2 - 0.3
        G.add_edge(
            f"n{a}",
            f"n{b}",
            sign=int(rng.choice([1, -1])),
            weight=float(rng.choice([0.1, 0.2, 0.3, 1.0])),
        )
    return G


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize(
    "caps",
    [
        {},
        {"top": 7},
        {"per_actor": 2},
        {"per_actor": 1, "top": 10},
        {"min_score": 0.5},
        {"min_score": 0.05, "per_actor": 3, "top": 25},
    ],
)
@pytest.mark.parametrize("block", [5, 2_000_000])
def test_implied_relations_match_brute_force(monkeypatch, seed, caps, block):
    monkeypatch.setattr(implied_module, "_BLOCK_PATHS", block)  # many blocks, or one
    G = random_signed_graph(seed)
    S = gk.signed_graph(G, keep_ambivalent=False)
    pairs = oracle(S, G)
    table = gk.implied_relations(G, **caps)
    got = list(zip(table["source"], table["target"], strict=True))
    assert got == expected_pairs(pairs, **caps)
    for row in table.itertuples():
        score, sign, agreeing, count, _ = pairs[row.source, row.target]
        assert row.score == pytest.approx(score, abs=1e-12)
        assert (row.sign, row.agreeing, row.agreeing + row.disagreeing) == (
            sign,
            agreeing if sign else 0,
            count,
        )


def test_paths_that_cancel_by_float_rounding_are_unclear():
    # 0.3 - 0.1 - 0.2 is 2.8e-17 in floating point, not 0
    G = signed(
        [("a", "c", 1), ("c", "b", 1), ("a", "d", -1), ("d", "b", 1), ("a", "e", -1), ("e", "b", 1)]
    )
    for (u, v), w in {("a", "c"): 0.3, ("a", "d"): 0.1, ("a", "e"): 0.2}.items():
        G.edges[u, v]["weight"] = w
    row = gk.implied_relations(G).set_index(["source", "target"]).loc[("a", "b")]
    assert row["implied"] == "unclear" and row["score"] == 0


def test_caps_are_checked():
    G = signed([("a", "b", 1), ("b", "c", 1)])
    for caps in ({"top": 0}, {"per_actor": -1}, {"min_score": -0.1}):
        with pytest.raises(ValueError, match="must be"):
            gk.implied_relations(G, **caps)


def test_explanations_name_ten_partners_and_count_the_rest():
    G = signed([(x, f"c{i}", 1) for i in range(13) for x in ("a", "b")])
    row = gk.implied_relations(G).set_index(["source", "target"]).loc[("a", "b")]
    assert row["agreeing"] == 13 and row["partners"].count(";") == 12
    assert row["explanation"].endswith("both aligned with c9; and 3 more partners")


def test_no_signed_pairs_gives_an_empty_table():
    table = gk.implied_relations(nx.Graph([("a", "b", {"sign": 0})]))
    assert table.empty and "explanation" in table.columns


def test_entries_are_matched_by_position_when_structures_differ():
    # the fallback of _block: values looked up at linear positions, 0 where absent
    dense = np.array([[0, 2.5, 0], [1.0, 0, -3.0]])
    values = sparse.csr_matrix(dense)
    k, first = 3, 4  # the block starts at row 4 of a 3-column matrix
    ids = np.array([(first + r) * k + c for r in range(2) for c in range(3)])
    got = implied_module._aligned(values, ids, k, first)
    assert got.tolist() == dense.ravel().tolist()
