"""Tests for graphkit.analysis.signed.frustration_solver, the exact frustration-index engine."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from graphkit.analysis.signed import frustration_solver as F


def random_graph(rng, n, p, negative_share=0.5, weighted=False):
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n) if rng.random() < p]
    u = np.array([a for a, _ in pairs], dtype=np.int64)
    v = np.array([b for _, b in pairs], dtype=np.int64)
    negative = rng.random(len(u)) < negative_share
    w = rng.integers(1, 4, len(u)).astype(float) if weighted else np.ones(len(u))
    return u, v, negative, w


def plain_milp(n, u, v, negative, w) -> float:
    """The textbook model, solved without reductions or cuts (independent of graphkit):
    minimise sum w_e f_e with f_e >= |x_u - x_v| (positive), f_e >= |x_u + x_v - 1|
    (negative), x binary."""
    m = len(u)
    rows, cols, data, lower = [], [], [], []
    for e in range(m):
        a, b = u[e], v[e]
        if negative[e]:
            terms = [((1, 1), 1.0), ((-1, -1), -1.0)]
        else:
            terms = [((1, -1), 0.0), ((-1, 1), 0.0)]
        for (ca, cb), lo in terms:
            r = len(lower)
            rows += [r, r, r]
            cols += [n + e, a, b]
            data += [1.0, ca, cb]
            lower.append(lo)
    A = sparse.csr_matrix((data, (rows, cols)), shape=(len(lower), n + m))
    res = milp(
        np.r_[np.zeros(n), w],
        constraints=LinearConstraint(A, lower, np.inf),
        bounds=Bounds(0, 1),
        integrality=np.r_[np.ones(n), np.zeros(m)],
    )
    assert res.status == 0
    return float(res.fun)


@pytest.mark.parametrize("seed", range(12))
def test_exact_equals_plain_integer_program(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(15, 28))
    u, v, negative, w = random_graph(rng, n, rng.uniform(0.2, 0.5), weighted=seed % 2 == 1)
    solution = F.solve(n, u, v, negative, w)
    assert solution.exact
    assert solution.value == pytest.approx(plain_milp(n, u, v, negative, w))
    assert solution.value == pytest.approx(w[solution.frustrated].sum())
    assert np.array_equal(solution.frustrated, F.frustrated_mask(solution.side, u, v, negative))


def test_both_exact_paths_are_used():
    methods = set()
    for seed in range(12):
        rng = np.random.default_rng(seed)
        n = int(rng.integers(15, 30))
        u, v, negative, w = random_graph(rng, n, rng.uniform(0.2, 0.5))
        methods.add(F.solve(n, u, v, negative, w).method)
    assert {"cutting planes", "integer program"} <= methods


def test_planted_two_camp_graph_is_solved_by_cutting_planes():
    rng = np.random.default_rng(1)
    n, m = 200, 800
    camp = rng.integers(0, 2, n)
    pairs = set()
    while len(pairs) < m:
        a, b = sorted(rng.integers(0, n, 2).tolist())
        if a != b:
            pairs.add((a, b))
    u, v = np.array(sorted(pairs)).T
    negative = (camp[u] != camp[v]) ^ (rng.random(m) < 0.1)
    solution = F.solve(n, u, v, negative, np.ones(m), time_limit=60)
    assert solution.exact and solution.method == "cutting planes"
    assert solution.value <= ((camp[u] != camp[v]) ^ negative).sum()


def test_pendant_trees_and_blocks_are_recombined():
    # two unbalanced triangles joined by a path, with a pendant tree hanging off
    edges = [
        (0, 1, -1),
        (1, 2, -1),
        (0, 2, -1),  # unbalanced
        (2, 3, 1),
        (3, 4, -1),  # bridge path
        (4, 5, 1),
        (5, 6, -1),
        (4, 6, 1),  # unbalanced
        (6, 7, -1),
        (7, 8, 1),
        (7, 9, -1),
    ]  # pendant tree
    u = np.array([a for a, _, _ in edges])
    v = np.array([b for _, b, _ in edges])
    negative = np.array([s < 0 for *_, s in edges])
    solution = F.solve(10, u, v, negative, np.ones(len(edges)))
    assert solution.exact and solution.value == 2
    assert solution.frustrated[5:].sum() == 1 and solution.frustrated[:3].sum() == 1


def test_no_edges_and_tiny_graphs():
    empty = np.array([], dtype=np.int64)
    solution = F.solve(3, empty, empty, empty.astype(bool), empty.astype(float))
    assert solution.value == 0 and solution.exact and solution.method == "trivial"
    solution = F.solve(2, np.array([0]), np.array([1]), np.array([True]), np.array([1.0]))
    assert solution.value == 0 and solution.side[0] != solution.side[1]


def test_heuristic_only_gives_a_valid_bound():
    rng = np.random.default_rng(5)
    u, v, negative, w = random_graph(rng, 30, 0.3)
    exact = F.solve(30, u, v, negative, w)
    quick = F.solve(30, u, v, negative, w, exact=False)
    assert quick.lower_bound <= exact.value <= quick.value
    assert quick.exact == (quick.lower_bound == quick.value)


def test_simple_cycles_of_a_closed_walk():
    assert F._simple_cycles([0, 1, 2, 3, 1, 4, 0]) == [[1, 2, 3, 1], [0, 1, 4, 0]]
    assert F._simple_cycles([0, 1, 0]) == []
