"""Tests for graphkit.balance: triangles, frustration, camps and tensions."""

from __future__ import annotations

import itertools
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import graphkit as gk

DATA = Path(__file__).parents[2] / "data"


def signed(edges) -> nx.Graph:
    G = nx.Graph()
    for a, b, s, *w in edges:
        G.add_edge(a, b, sign=s, **({"weight": w[0]} if w else {}))
    return G


def highland_tribes() -> nx.Graph:
    """Read (1954), as distributed by KONECT; see the header of the data file."""
    rows = [
        line.split()
        for line in (DATA / "highland_tribes.tsv").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    return signed((int(a), int(b), int(s)) for a, b, s in rows)


def brute_force(G: nx.Graph, weight: str | None = "weight") -> float:
    """The frustration index by trying every two-camp partition (independent of graphkit)."""
    nodes = list(G)
    if len(nodes) < 2:
        return 0.0
    index = {n: i for i, n in enumerate(nodes)}
    u = np.array([index[a] for a, _ in G.edges()])
    v = np.array([index[b] for _, b in G.edges()])
    negative = np.array([d["sign"] < 0 for *_, d in G.edges(data=True)])
    w = np.array([d.get(weight, 1.0) if weight else 1.0 for *_, d in G.edges(data=True)])
    codes = np.arange(2 ** (len(nodes) - 1))
    sides = (codes[:, None] >> np.arange(len(nodes))) & 1
    return float((((sides[:, u] != sides[:, v]) ^ negative) @ w).min()) if len(u) else 0.0


# -- the bundled dataset ------------------------------------------------------------------


def fewest_inconsistencies(G: nx.Graph, k: int) -> int:
    """Exact minimum, over partitions into at most k clusters, of positive ties between
    clusters plus negative ties within one: an integer program on HiGHS.

    Variables: x[i, c] = 1 if node i is in cluster c; s[e] = 1 if the ends of edge e share
    a cluster. Each node has one cluster; s[e] >= x[i, c] + x[j, c] - 1 (so s is 1 when
    they share one) and s[e] <= 1 - |x[i, c] - x[j, c]| (so s is 0 when they do not).
    The objective counts (1 - s[e]) on positive edges and s[e] on negative ones.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import lil_matrix

    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    edges = [(index[a], index[b], sgn) for a, b, sgn in G.edges(data="sign")]
    n, m = len(nodes), len(edges)
    x = lambda i, c: i * k + c  # noqa: E731
    s_ = lambda e: n * k + e  # noqa: E731
    rows, low, high = [], [], []
    A = lil_matrix((n + 3 * m * k, n * k + m))
    for i in range(n):
        for c in range(k):
            A[len(rows), x(i, c)] = 1
        rows.append(i)
        low.append(1)
        high.append(1)
    for e, (i, j, _) in enumerate(edges):
        for c in range(k):
            for coefficients, bound in (
                ({x(i, c): 1, x(j, c): 1, s_(e): -1}, 1),
                ({x(i, c): 1, x(j, c): -1, s_(e): 1}, 1),
                ({x(i, c): -1, x(j, c): 1, s_(e): 1}, 1),
            ):
                for var, coefficient in coefficients.items():
                    A[len(rows), var] = coefficient
                rows.append(len(rows))
                low.append(-np.inf)
                high.append(bound)
    cost = np.zeros(n * k + m)
    positives = 0
    for e, (_, _, sgn) in enumerate(edges):
        cost[s_(e)] = -1 if sgn > 0 else 1
        positives += sgn > 0
    result = milp(
        cost,
        constraints=LinearConstraint(A.tocsr()[: len(rows)], low, high),
        integrality=np.ones(n * k + m),
        bounds=Bounds(0, 1),
    )
    assert result.success
    return round(result.fun + positives)


def test_dataset_camps_are_the_two_sides_of_the_offensive(syria):
    c = gk.camps(syria)
    offensive = {"hts", "turkey", "recep_tayyip_erdogan", "israel"}
    # named after their members of largest signed weight: HTS 4.8 (turkey 1, erdogan 0.8,
    # israel 0.6 + 0.5, us 1 - 0.6, sullivan 0.5, government 1); government 3.8
    assert {c[a] for a in offensive} == {"hts"}
    assert c["syrian_government"] == c["iran"] == "syrian_government"
    assert "damascus" not in c and "al_qaeda" not in c  # places and unsigned actors
    # leaders without a signed relation follow what they lead
    assert c["abu_mohammad_al_julani"] == "hts" and c["bashar_al_assad"] == "syrian_government"


def test_dataset_report(syria):
    report = gk.balance(syria)
    assert report.exact and report.frustration_index == pytest.approx(0.4)
    assert report.lower_bound == report.frustration_index
    assert (report.triangles, report.balanced_triangles) == (2, 1)
    assert report.triangle_balance == 0.5
    # turkey-hts-government (weights 1, 1, 1) is balanced; us-hts-government
    # (0.4, 1, 0.9) is not: 1 / (1 + 0.36)
    assert report.weighted_triangle_balance == pytest.approx(1 / 1.36)
    assert report.camps == gk.camps(syria)
    text = repr(report)
    assert "Hayat Tahrir al-Sham - United States: negative tie within camp hts" in text
    assert "camp hts against camp syrian_government:" in text
    frame = report.to_frame()
    assert frame.equals(report.camp_table) and frame is not report.camp_table
    # the US's pairs: hts -0.4 (frustrated), government -0.9, sdf 0.9, factions 1 + 1
    assert frame.loc["united_states", "frustrated_share"] == pytest.approx(0.4 / 4.2)
    assert frame.loc["iran", "camp"] == "syrian_government"


def test_dataset_tensions_keep_evidence_and_documents(syria):
    tensions = gk.frustrated_edges(syria)
    assert set(tensions["relation"]) == {"favours", "designates_terrorist"}
    assert tensions["evidence"].str.len().gt(0).all()
    assert tensions["document"].str.contains("7 December 2024").all()
    assert (tensions["tension"] == "negative tie within camp hts").all()
    assert (tensions["source_camp"] == "hts").all() and (tensions["target_camp"] == "hts").all()
    assert tensions["net"].iloc[0] == pytest.approx(-0.4)


def test_dataset_unweighted_index(syria):
    # Unweighted, each relation counts once: the US both favours HTS and designates it,
    # so the pair cancels out (ambivalent, left out) and the rest is balanced.
    assert gk.frustration_index(syria, weight=None) == 0.0
    # Without the favourable statement the pair is negative, and the US, opposed to the
    # Assad government as HTS is, cannot be in a camp against HTS without one frustrated
    # pair.
    syria.remove_edge("united_states", "hts", key="favours")
    assert gk.frustration_index(syria, weight=None) == 1.0


def test_structural_relations_count_when_asked():
    # a and c are allies of b; c's tie to b is negative but structural, so by default the
    # triangle is left open (balanced); counting structural ties closes it unbalanced
    G = nx.Graph()
    G.add_edge("a", "b", sign=1, mode="material")
    G.add_edge("a", "c", sign=1, mode="material")
    G.add_edge("b", "c", sign=-1, mode="structural")
    assert gk.frustration_index(G) == 0.0
    assert gk.frustration_index(G, modes=("verbal", "material", "structural")) == 1.0
    assert set(gk.camps(G)) == {"a", "b", "c"} and len(set(gk.camps(G).values())) == 1


def test_inputs_are_not_mutated(syria, graph_state):
    before = graph_state(syria)
    gk.balance(syria)
    gk.implied_relations(syria)
    gk.camps(syria, k=3)
    gk.frustrated_edges(syria, weight=None)
    assert graph_state(syria) == before


# -- any networkx graph with signs --------------------------------------------------------


def test_plain_graph_multigraph_and_digraph_agree():
    edges = [(1, 2, 1), (2, 3, 1), (1, 3, -1), (3, 4, -1)]
    G = signed(edges)
    D = nx.DiGraph([(a, b, {"sign": s}) for a, b, s in edges])
    M = nx.MultiGraph([(a, b, {"sign": s}) for a, b, s in edges])
    M.add_edge(3, 4, sign=1, weight=0.5)  # net -0.5: still negative
    assert gk.frustration_index(G) == gk.frustration_index(D) == 1.0
    assert gk.frustration_index(M) == 1.0
    tensions = gk.frustrated_edges(M)
    assert list(tensions.columns[:4]) == ["source", "target", "sign", "weight"]


def test_missing_sign_is_an_error():
    with pytest.raises(ValueError, match="numeric 'sign'"):
        gk.balance(nx.Graph([(1, 2)]))


def test_empty_and_unsigned_graphs():
    report = gk.balance(nx.Graph())
    assert report.frustration_index == 0 and report.camps == {} and report.exact
    assert report.triangle_balance != report.triangle_balance  # NaN without triangles
    assert gk.implied_relations(nx.Graph()).empty


def test_weighted_triangle_needs_lightest_edge_only():
    G = signed([(1, 2, -1, 3.0), (2, 3, -1, 2.0), (1, 3, -1, 0.5)])
    assert gk.frustration_index(G) == 0.5
    assert gk.frustration_index(G, weight=None) == 1.0
    assert gk.frustrated_edges(G)[["source", "target"]].values.tolist() == [[1, 3]]


def test_disconnected_camps_are_named_per_component():
    # b has signed weight 2, the others 1: {a, c} is named after a (a < c), {b} after b,
    # and the unrelated pair after x (x < y)
    G = signed([("a", "b", -1), ("b", "c", -1), ("x", "y", 1)])
    c = gk.camps(G)
    assert c == {"a": "a", "b": "b", "c": "a", "x": "x", "y": "x"}


def test_tied_optima_give_the_lexicographically_smallest_camps_in_any_input_order():
    # Three mutual enemies: every partition that splits them leaves one enemy pair in a
    # camp (frustration 1), and keeping all three together leaves three. With a in camp
    # 0, the optimal assignments of (b, c) are (0, 1), (1, 0) and (1, 1); the smallest is
    # (0, 1): a and b together, c apart, whatever the order of nodes and edges. All have
    # signed weight 2, so the camps are named after a (a < b) and c.
    edges = [("a", "b", -1), ("b", "c", -1), ("a", "c", -1)]
    for nodes in itertools.permutations("abc"):
        for order in itertools.permutations(edges):
            G = nx.Graph()
            G.add_nodes_from(nodes)
            G.add_edges_from((x, y, {"sign": s}) for x, y, s in order)
            assert gk.camps(G) == {"a": "a", "b": "a", "c": "c"}


# -- literature ---------------------------------------------------------------------------


def test_highland_tribes_frustration_index_is_7():
    # Aref & Wilson, "Measuring partial balance in signed networks", Journal of Complex
    # Networks 6 (2018) 566-595, Table 2: Highland tribes, n=16, m=58, L(G)=7; also
    # Aref, Mason & Wilson (2018), "Computing the line index of balance using integer
    # programming optimisation".
    G = highland_tribes()
    assert (G.number_of_nodes(), G.number_of_edges()) == (16, 58)
    report = gk.balance(G)
    assert report.exact and report.frustration_index == 7
    assert brute_force(G) == 7


def test_highland_tribes_three_clusters():
    # Hage & Harary, Structural Models in Anthropology (1983) 56-60, read three clusters
    # in Read's data, one being GAVEV, KOTUN, NAGAD and GAMA. In this (UCINET/KONECT)
    # version two positive ties cross the clusters (MASIL-NAGAM, MASIL-UHETO); an exact
    # integer program, independent of graphkit's local search, proves that no partition
    # into at most three clusters has fewer inconsistencies.
    enemies = signed([(1, 2, -1), (2, 3, -1), (1, 3, -1)])  # the oracle, checked by hand
    assert (fewest_inconsistencies(enemies, k=2), fewest_inconsistencies(enemies, k=3)) == (1, 0)
    G = highland_tribes()
    c = gk.camps(G, k=3)
    errors = sum((c[a] == c[b]) != (s > 0) for a, b, s in G.edges(data="sign"))
    assert errors == fewest_inconsistencies(G, k=3) == 2
    assert len(set(c.values())) == 3
    assert c[1] == c[2] == c[15] == c[16]
    assert sum(v == c[1] for v in c.values()) == 4


# -- properties ---------------------------------------------------------------------------


@st.composite
def signed_graphs(draw, min_nodes=2, max_nodes=16, weighted=False):
    n = draw(st.integers(min_nodes, max_nodes))
    pairs = list(itertools.combinations(range(n), 2))
    keep = draw(st.lists(st.booleans(), min_size=len(pairs), max_size=len(pairs)))
    signs = draw(st.lists(st.sampled_from([-1, 1]), min_size=len(pairs), max_size=len(pairs)))
    weights = (
        draw(st.lists(st.integers(1, 5), min_size=len(pairs), max_size=len(pairs)))
        if weighted
        else [1] * len(pairs)
    )
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for (a, b), k, s, w in zip(pairs, keep, signs, weights, strict=True):
        if k:
            G.add_edge(a, b, sign=s, weight=float(w))
    return G


@st.composite
def balanced_graphs(draw, max_nodes=30):
    n = draw(st.integers(2, max_nodes))
    camp = draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))
    p = draw(st.floats(0.1, 0.9))
    seed = draw(st.integers(0, 2**16))
    rng = np.random.default_rng(seed)
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for a, b in itertools.combinations(range(n), 2):
        if rng.random() < p:
            G.add_edge(a, b, sign=1 if camp[a] == camp[b] else -1)
    return G, camp


FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FAST
@given(balanced_graphs())
def test_balanced_graph_has_frustration_0(case):
    G, _ = case
    report = gk.balance(G)
    assert report.frustration_index == 0 and report.exact
    assert report.frustrated_edges.empty
    if report.triangles:
        assert report.triangle_balance == 1.0


@FAST
@given(balanced_graphs(), st.data())
def test_flipping_one_edge_of_a_balanced_graph_gives_at_most_1(case, data):
    G, _ = case
    assume(G.number_of_edges() > 0)
    a, b = data.draw(st.sampled_from(sorted(G.edges())))
    H = G.copy()
    H.edges[a, b]["sign"] *= -1
    value = gk.frustration_index(H)
    assert value in (0.0, 1.0)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(signed_graphs(), st.booleans())
def test_exact_equals_brute_force(G, weighted):
    weight = "weight" if weighted else None
    report = gk.balance(G, weight=weight)
    assert report.exact
    assert report.frustration_index == pytest.approx(brute_force(G, weight))
    # the camps realise the value, and the tensions are exactly the frustrated pairs
    c = report.camps
    frustrated = {
        frozenset((a, b)) for a, b, s in G.edges(data="sign") if (c[a] == c[b]) != (s > 0)
    }
    assert frustrated == {frozenset(p) for p in report.frustrated_edges["pair"]}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(signed_graphs(min_nodes=14, max_nodes=16, weighted=True))
def test_exact_equals_brute_force_at_16_nodes_weighted(G):
    assert gk.frustration_index(G) == pytest.approx(brute_force(G))


@FAST
@given(balanced_graphs(max_nodes=40))
def test_camps_reproduce_a_planted_partition(case):
    G, camp = case
    G = G.subgraph(max(nx.connected_components(G), key=len)).copy()
    assume(G.number_of_edges() > 0)
    found = gk.camps(G)
    same = {(found[a] == found[b]) == (camp[a] == camp[b]) for a, b in itertools.combinations(G, 2)}
    assert same == {True}


def test_camps_recover_a_noisy_planted_partition():
    rng = np.random.default_rng(7)
    n = 60
    camp = rng.integers(0, 2, n)
    G = nx.Graph()
    for a, b in itertools.combinations(range(n), 2):
        if rng.random() < 0.5:
            s = 1 if camp[a] == camp[b] else -1
            G.add_edge(a, b, sign=-s if rng.random() < 0.05 else s)
    found = gk.camps(G)
    agree = np.mean(
        [
            (found[a] == found[b]) == (camp[a] == camp[b])
            for a, b in itertools.combinations(range(n), 2)
        ]
    )
    assert agree == 1.0


@FAST
@given(signed_graphs(max_nodes=14, weighted=True), st.randoms(use_true_random=False))
def test_camps_do_not_depend_on_the_order_of_nodes_and_relations(G, random):
    nodes, edges = list(G.nodes), list(G.edges(data=True))
    random.shuffle(nodes)
    random.shuffle(edges)
    H = nx.Graph()
    H.add_nodes_from(nodes)
    H.add_edges_from((b, a, d) if random.random() < 0.5 else (a, b, d) for a, b, d in edges)
    assert gk.camps(H) == gk.camps(G)
    assert gk.camps(H, k=3) == gk.camps(G, k=3)
    pd.testing.assert_frame_equal(gk.camp_table(H), gk.camp_table(G))
    assert gk.frustration_index(H) == gk.frustration_index(G)


def test_time_limit_reports_a_bound_when_not_proven():
    rng = np.random.default_rng(3)
    G = nx.gnm_random_graph(150, 1200, seed=3)
    for a, b in G.edges():
        G.edges[a, b]["sign"] = int(rng.choice([-1, 1]))
    report = gk.balance(G, time_limit=0.0)
    assert not report.exact and report.method == "heuristic"
    assert 0 < report.lower_bound <= report.frustration_index
    assert "not proven optimal" in repr(report)
    with pytest.warns(gk.NotProvenOptimalWarning, match="not proven optimal"):
        gk.frustration_index(G, time_limit=0.0)


def test_report_frame_columns(syria):
    frame = gk.balance(syria).to_frame()
    assert list(frame.columns) == [
        "name",
        "camp",
        "camp_name",
        "component",
        "opposes",
        "basis",
        "inferred_from",
        "against_both",
        "frustrated_share",
        "signed_weight",
    ]
    assert frame.index.name == "actor" and len(frame) == syria.number_of_nodes()
    assert isinstance(gk.frustrated_edges(syria), pd.DataFrame)
