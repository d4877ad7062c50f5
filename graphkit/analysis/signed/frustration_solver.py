"""The frustration index of a signed graph: exact by integer programming, or bounded.

The engine behind :func:`graphkit.frustration_index` and :func:`graphkit.camps`. It works
on arrays (nodes ``0..n-1``, edges ``u, v``, ``negative`` flags and positive weights) and
returns a :class:`Solution`: the two-camp partition, its frustration, a proven lower bound
and whether the value is optimal.

How an exact value is reached, cheapest first:

1. **Reductions.** Vertices of degree 0 or 1 are peeled off repeatedly (an edge to a
   pendant vertex can always be satisfied), and the rest is split into biconnected
   blocks. The frustration index is additive over blocks, and block partitions are
   recombined by flipping them to agree at articulation points.
2. **Brute force** for blocks of at most 12 vertices: all ``2^(k-1)`` partitions (the first
   vertex is fixed, which breaks the symmetry of swapping the camps); among equally good
   partitions, the lexicographically smallest (vertices in their order).
3. **Heuristic upper bound**: spectral and tree colourings improved by single-vertex moves.
4. **Cutting planes** on the edge variables ``y_e`` (1 if edge ``e`` is frustrated): the
   linear relaxation with the odd-cycle inequalities of the cut polytope, separated
   exactly with shortest paths in a doubled graph (Barahona & Mahjoub 1986). Its value
   is a proven lower bound; it often meets the heuristic value, which is then optimal.
5. **Integer program** otherwise: binary vertex variables ``x_i``, edge variables ``y_e``
   with ``y_e >= |x_i - x_j|`` for positive and ``y_e >= |x_i + x_j - 1|`` for negative
   edges (the compact model of Aref, Mason & Wilson), one vertex fixed, strengthened by
   the cycle inequalities found in step 4, solved by HiGHS through
   :func:`scipy.optimize.milp` within the time left. At the time limit the best known
   partition is returned with the solver's dual bound and ``exact=False``.

**Ties.** A graph can have several optimal partitions. The result depends only on the
arrays given (the solver's random restarts are seeded; only a block not proven optimal
within the time limit depends on timing), and each connected
component is oriented so that its lowest vertex is in camp 0. Callers that number the
vertices in a canonical order (graphkit numbers actors in sorted order of their ids and
lists pairs sorted) therefore get the same camps for every representation of one graph.

References
----------
.. [1] F. Barahona and A. R. Mahjoub, "On the cut polytope", Mathematical Programming
   36 (1986) 157-173.
.. [2] S. Aref, A. J. Mason and M. C. Wilson, "Computing the line index of balance using
   integer programming optimisation", in Optimization Problems in Graph Theory,
   Springer (2018) 65-84.
.. [3] S. Aref, A. J. Mason and M. C. Wilson, "A modeling and computational study of the
   frustration index in signed networks", Networks 75 (2020) 95-110.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

import networkx as nx
import numpy as np
import scipy.sparse as sparse
from scipy.sparse.csgraph import connected_components, dijkstra

__all__ = ["BRUTE_FORCE_MAX", "Solution", "solve"]

BRUTE_FORCE_MAX = 12
"""Blocks of at most this many vertices are solved by enumerating their partitions."""

_EPS = 1e-9


@dataclass(frozen=True)
class Solution:
    """A two-camp partition and what is proven about it.

    Attributes
    ----------
    value : float
        Total weight of the frustrated edges of ``side``.
    lower_bound : float
        A proven lower bound on the frustration index (equal to ``value`` when exact).
    exact : bool
        True if ``value`` is proven optimal.
    side : numpy.ndarray
        Camp (0 or 1) of each vertex.
    frustrated : numpy.ndarray
        Boolean per edge: frustrated under ``side``.
    method : str
        What settled the hardest block: ``"trivial"``, ``"brute force"``,
        ``"cutting planes"``, ``"integer program"`` or ``"heuristic"``.
    """

    value: float
    lower_bound: float
    exact: bool
    side: np.ndarray
    frustrated: np.ndarray
    method: str


def frustrated_mask(
    side: np.ndarray, u: np.ndarray, v: np.ndarray, negative: np.ndarray
) -> np.ndarray:
    """Edges frustrated by a partition: positive across camps, negative within one."""
    return (side[u] != side[v]) ^ negative


def solve(
    n: int,
    u: np.ndarray,
    v: np.ndarray,
    negative: np.ndarray,
    weight: np.ndarray,
    *,
    exact: bool = True,
    time_limit: float | None = 60.0,
    seed: int = 0,
) -> Solution:
    """Minimise the weight of frustrated edges over all two-camp partitions.

    Parameters
    ----------
    n : int
        Number of vertices.
    u, v : array of int
        Edge end points (a simple graph: no loops, no repeated pairs).
    negative : array of bool
        True for negative edges.
    weight : array of float
        Positive edge weights.
    exact : bool, default True
        Prove optimality (cutting planes, then the integer program); False stops after
        the heuristic and a cheap lower bound.
    time_limit : float or None, default 60
        Seconds for the whole computation; at the limit the best partition found is
        returned with ``exact=False``.
    seed : int, default 0
        Seed of the heuristic's random restarts.
    """
    start = time.perf_counter()
    deadline = np.inf if time_limit is None else start + time_limit
    u, v = np.asarray(u, dtype=np.int64), np.asarray(v, dtype=np.int64)
    negative = np.asarray(negative, dtype=bool)
    weight = np.asarray(weight, dtype=float)
    rng = np.random.default_rng(seed)
    alive, peeled = _peel(n, u, v)
    side = np.full(n, -1, dtype=np.int8)
    lower, proven, methods = 0.0, True, []
    for nodes, edges in _blocks(u, v, alive):
        local = {x: i for i, x in enumerate(nodes)}
        bu = np.array([local[x] for x in u[edges]])
        bv = np.array([local[x] for x in v[edges]])
        block = _solve_block(
            len(nodes),
            bu,
            bv,
            negative[edges],
            weight[edges],
            exact=exact,
            deadline=deadline,
            rng=rng,
        )
        lower += block.lower_bound
        proven &= block.exact
        methods.append(block.method)
        anchor = next((i for i, x in enumerate(nodes) if side[x] >= 0), None)
        flip = anchor is not None and side[nodes[anchor]] != block.side[anchor]
        for i, x in enumerate(nodes):
            if side[x] < 0:
                side[x] = block.side[i] ^ flip
    side[side < 0] = 0
    for node, edge in reversed(peeled):
        other = v[edge] if u[edge] == node else u[edge]
        side[node] = side[other] ^ negative[edge]
    side = _first_vertex_in_camp_zero(n, u, v, side)
    frustrated = frustrated_mask(side, u, v, negative)
    value = float(weight[frustrated].sum())
    order = ["trivial", "brute force", "cutting planes", "integer program", "heuristic"]
    method = max(methods, key=order.index) if methods else "trivial"
    return Solution(
        value=value,
        lower_bound=value if proven else min(lower, value),
        exact=proven,
        side=side,
        frustrated=frustrated,
        method=method,
    )


def _first_vertex_in_camp_zero(
    n: int, u: np.ndarray, v: np.ndarray, side: np.ndarray
) -> np.ndarray:
    """Swap the camps of each connected component whose lowest vertex is in camp 1.

    Swapping the two camps of a component changes no edge's frustration; fixing the
    lowest vertex (the first actor in sorted order) makes the labelling canonical."""
    if n == 0:
        return side
    graph = sparse.coo_matrix((np.ones(len(u)), (u, v)), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    # the lowest vertex of each component is where the component's label first appears
    _, first = np.unique(component, return_index=True)
    swap = np.zeros(component.max() + 1, dtype=np.int8)
    swap[component[first]] = side[first]
    return side ^ swap[component]


def _peel(n: int, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Remove degree-1 vertices repeatedly; return the edges left and the peel order."""
    alive = np.ones(len(u), dtype=bool)
    degree = np.bincount(u, minlength=n) + np.bincount(v, minlength=n)
    incident = defaultdict(list)
    for e, (a, b) in enumerate(zip(u.tolist(), v.tolist(), strict=True)):
        incident[a].append(e)
        incident[b].append(e)
    stack = [x for x in range(n) if degree[x] == 1]
    peeled = []
    while stack:
        x = stack.pop()
        if degree[x] != 1:
            continue
        e = next(e for e in incident[x] if alive[e])
        alive[e] = False
        other = int(v[e] if u[e] == x else u[e])
        peeled.append((x, e))
        degree[x] = 0
        degree[other] -= 1
        if degree[other] == 1:
            stack.append(other)
    return alive, peeled


def _blocks(u: np.ndarray, v: np.ndarray, alive: np.ndarray):
    """Biconnected blocks as (nodes, edge indices), each sharing at most one node with
    the blocks before it (a traversal of the block-cut tree)."""
    index = {}
    H = nx.Graph()
    for e in np.flatnonzero(alive).tolist():
        a, b = int(u[e]), int(v[e])
        index[a, b] = index[b, a] = e
        H.add_edge(a, b)
    blocks = []
    for edge_list in nx.biconnected_component_edges(H):
        edges = np.array(sorted(index[a, b] for a, b in edge_list))
        nodes = sorted({int(x) for x in np.concatenate([u[edges], v[edges]])})
        blocks.append((nodes, edges))
    by_node = defaultdict(list)
    for i, (nodes, _) in enumerate(blocks):
        for x in nodes:
            by_node[x].append(i)
    done, ordered = set(), []
    for first in range(len(blocks)):
        stack = [first]
        while stack:
            i = stack.pop()
            if i in done:
                continue
            done.add(i)
            ordered.append(blocks[i])
            stack.extend(j for x in blocks[i][0] for j in by_node[x] if j not in done)
    return ordered


def _solve_block(k, u, v, negative, weight, *, exact, deadline, rng) -> Solution:
    if k <= BRUTE_FORCE_MAX:
        return _brute_force(k, u, v, negative, weight)
    side = _heuristic(k, u, v, negative, weight, rng)
    best = float(weight[frustrated_mask(side, u, v, negative)].sum())
    integral = bool(np.all(weight == np.round(weight)))

    def settled(bound: float) -> bool:
        if integral:
            return np.ceil(bound - 1e-6) >= best - 1e-9
        return bound >= best - 1e-9 * max(1.0, best)

    def result(bound: float, proven: bool, method: str) -> Solution:
        mask = frustrated_mask(side, u, v, negative)
        value = float(weight[mask].sum())
        if proven:
            bound = value
        elif integral:
            bound = float(np.ceil(bound - 1e-6))
        return Solution(value, min(bound, value), proven, side, mask, method)

    cuts = _CycleCuts(k, u, v, negative)
    found = cuts.separate(np.zeros(len(u)), deadline)
    bound = _packing_bound(found, weight)
    if settled(bound):
        return result(bound, True, "cutting planes")
    if not exact or time.perf_counter() > deadline:
        return result(bound, False, "heuristic")
    bound, y = cuts.solve_lp(weight, found, deadline, settled)
    if settled(bound):
        return result(bound, True, "cutting planes")
    if y is not None and np.all(np.minimum(y, 1 - y) < 1e-7):
        side = _colouring(k, u, v, negative ^ (y > 0.5))
        mask = frustrated_mask(side, u, v, negative)
        if abs(weight[mask].sum() - bound) <= 1e-6 * max(1.0, bound):
            return result(bound, True, "cutting planes")
    left = deadline - time.perf_counter()
    if left <= 0:
        return result(bound, False, "heuristic")
    x, dual, optimal = _integer_program(k, u, v, negative, weight, cuts, left, best)
    if x is not None:
        candidate = (x > 0.5).astype(np.int8)
        if weight[frustrated_mask(candidate, u, v, negative)].sum() < best:
            side = candidate
    if optimal:
        return result(dual, True, "integer program")
    return result(max(bound, dual), False, "heuristic")


def _brute_force(k, u, v, negative, weight) -> Solution:
    """Every partition with vertex 0 in camp 0; among the optimal ones (equal within
    rounding), the lexicographically smallest side vector."""
    codes = np.arange(2 ** (k - 1), dtype=np.int64)
    sides = np.zeros((len(codes), k), dtype=np.int8)
    # vertex 1 is the most significant bit, so a smaller code is a lexicographically
    # smaller side vector
    sides[:, 1:] = (codes[:, None] >> np.arange(k - 2, -1, -1)) & 1
    costs = ((sides[:, u] != sides[:, v]) ^ negative) @ weight
    best = costs.min()
    optimal = costs <= best + _EPS * max(1.0, abs(best))
    side = sides[int(np.argmax(optimal))]
    mask = frustrated_mask(side, u, v, negative)
    value = float(weight[mask].sum())
    return Solution(value, value, True, side, mask, "brute force")


def _colouring(k, u, v, negative) -> np.ndarray:
    """Camps along a breadth-first spanning forest: exact when the graph is balanced."""
    H = nx.Graph()
    H.add_nodes_from(range(k))
    H.add_edges_from(
        (a, b, {"neg": bool(s)})
        for a, b, s in zip(u.tolist(), v.tolist(), negative.tolist(), strict=True)
    )
    side = np.zeros(k, dtype=np.int8)
    for root in range(k):
        if root in H and H.nodes[root].get("seen"):
            continue
        H.nodes[root]["seen"] = True
        for a, b in nx.bfs_edges(H, root):
            side[b] = side[a] ^ H.edges[a, b]["neg"]
            H.nodes[b]["seen"] = True
    return side


def _heuristic(k, u, v, negative, weight, rng, restarts: int = 4) -> np.ndarray:
    """Best of spectral, tree and random starts, each improved by single-vertex moves."""
    signed = np.where(negative, -weight, weight)
    A = sparse.coo_matrix((np.r_[signed, signed], (np.r_[u, v], np.r_[v, u])), shape=(k, k))
    A = A.tocsr()
    starts = [_colouring(k, u, v, negative)]
    try:
        if k < 400:
            _, vectors = np.linalg.eigh(A.toarray())
            leading = vectors[:, -1]
        else:
            # ARPACK starts from a random vector unless given one: a seeded start keeps
            # the result (and so tie-breaks between optimal camps) the same on every run
            _, vectors = sparse.linalg.eigsh(
                A.astype(float), k=1, which="LA", tol=1e-6, v0=rng.random(k) + 0.5
            )
            leading = vectors[:, 0]
        starts.append((leading < 0).astype(np.int8))
    except (np.linalg.LinAlgError, sparse.linalg.ArpackError):
        pass
    starts += [rng.integers(0, 2, k, dtype=np.int8) for _ in range(restarts)]
    best, best_cost = starts[0], np.inf
    for side in starts:
        side = _improve(side, A)
        cost = weight[frustrated_mask(side, u, v, negative)].sum()
        if cost < best_cost - 1e-12:
            best, best_cost = side, cost
    return best


def _improve(side: np.ndarray, A: sparse.csr_matrix) -> np.ndarray:
    """Move single vertices to the other camp while that lowers the frustration."""
    side = side.copy()
    spin = 1.0 - 2.0 * side
    indptr, indices, data = A.indptr, A.indices, A.data
    # Moving i changes the frustration by spin_i * sum_j A_ij spin_j (its "field").
    field = A @ spin
    for _ in range(100):
        moved = False
        for i in np.flatnonzero(spin * field < -1e-12):
            if spin[i] * field[i] >= -1e-12:
                continue
            spin[i] = -spin[i]
            lo, hi = indptr[i], indptr[i + 1]
            field[indices[lo:hi]] += 2.0 * spin[i] * data[lo:hi]
            moved = True
        if not moved:
            break
    return (spin < 0).astype(np.int8)


def _packing_bound(cycles: list[tuple[np.ndarray, np.ndarray]], weight: np.ndarray) -> float:
    """Greedy fractional packing of unbalanced cycles: each needs one frustrated edge."""
    residual, bound = weight.copy(), 0.0
    for edges, in_s in sorted(cycles, key=lambda c: len(c[0])):
        if in_s.any():
            continue
        amount = residual[edges].min()
        if amount > 0:
            bound += amount
            residual[edges] -= amount
    return bound


class _CycleCuts:
    """Odd-cycle inequalities for the frustrated-edge variables, separated exactly.

    For a cycle C and a subset S of its edges such that |S| + (negative edges of C) is
    odd, exactly S cannot be the frustrated edges of C, hence
    ``sum_{e in S} (1 - y_e) + sum_{e in C - S} y_e >= 1``. With S empty this says an
    unbalanced cycle keeps at least one frustrated edge.
    """

    def __init__(self, k, u, v, negative):
        self.k, self.u, self.v, self.negative = k, u, v, negative
        self.index = {}
        for e, (a, b) in enumerate(zip(u.tolist(), v.tolist(), strict=True)):
            self.index[a, b] = self.index[b, a] = e
        self.rows: list[tuple[np.ndarray, np.ndarray]] = []
        self.keys: set = set()

    def separate(self, y: np.ndarray, deadline: float = np.inf, batch: int = 256):
        """Violated inequalities at ``y`` as (edges, in_S) pairs, new ones only.

        The shortest path from ``(i, 0)`` to ``(i, 1)`` in the doubled graph is the
        cheapest closed walk through ``i`` of the right parity; shorter than 1, it
        contains a violated cycle. Sources go in batches (bounded memory); past the
        deadline the cuts found so far are returned.
        """
        k, u, v, p = self.k, self.u, self.v, self.negative.astype(np.int64)
        stay = np.maximum(y, 1e-12)
        cross = np.maximum(1.0 - y, 1e-12)
        rows = np.r_[u, u + k, u, u + k]
        cols = np.r_[v + k * p, v + k * (1 - p), v + k * (1 - p), v + k * p]
        costs = np.r_[stay, stay, cross, cross]
        M = sparse.coo_matrix((costs, (rows, cols)), shape=(2 * k, 2 * k)).tocsr()
        found = []
        for first in range(0, k, batch):
            sources = np.arange(first, min(first + batch, k))
            dist, pred = dijkstra(
                M, directed=False, indices=sources, return_predecessors=True, limit=1.0
            )
            rows_ = np.arange(len(sources))
            for r in np.flatnonzero(dist[rows_, sources + k] < 1.0 - 1e-6):
                i = int(sources[r])
                walk, node = [], i + k
                while node != i and node >= 0:
                    walk.append(int(node % k))
                    node = pred[r, node]
                walk.append(i)
                for cycle in _simple_cycles(walk):
                    cut = self._cut(cycle, y)
                    if cut is not None:
                        found.append(cut)
            if time.perf_counter() > deadline:
                break
        return found

    def _cut(self, cycle: list[int], y: np.ndarray):
        edges = np.array([self.index[a, b] for a, b in pairwise(cycle)])
        in_s = y[edges] > 0.5
        if (in_s.sum() + self.negative[edges].sum()) % 2 == 0:
            flip = int(np.argmin(np.abs(1.0 - 2.0 * y[edges])))
            in_s[flip] = ~in_s[flip]
        cost = np.where(in_s, 1.0 - y[edges], y[edges]).sum()
        key = (frozenset(edges.tolist()), frozenset(edges[in_s].tolist()))
        if cost >= 1.0 - 1e-6 or key in self.keys:
            return None
        self.keys.add(key)
        self.rows.append((edges, in_s))
        return edges, in_s

    def matrix(self, offset: int, width: int) -> tuple[sparse.csr_matrix, np.ndarray]:
        """The inequalities as ``A @ z >= b`` with y at columns ``offset:``."""
        data, rows, cols, rhs = [], [], [], []
        for r, (edges, in_s) in enumerate(self.rows):
            data.append(np.where(in_s, -1.0, 1.0))
            rows.append(np.full(len(edges), r))
            cols.append(edges + offset)
            rhs.append(1.0 - in_s.sum())
        A = sparse.csr_matrix(
            (np.concatenate(data), (np.concatenate(rows), np.concatenate(cols))),
            shape=(len(self.rows), width),
        )
        return A, np.array(rhs)

    def solve_lp(self, weight, found, deadline, settled, rounds: int = 200):
        """Cutting-plane loop; returns the last LP bound and its solution."""
        from scipy.optimize import linprog  # here: most graphs never need a program

        bound, y = 0.0, None
        while found and rounds and time.perf_counter() < deadline:
            rounds -= 1
            A, b = self.matrix(0, len(weight))
            res = linprog(weight, A_ub=-A, b_ub=-b, bounds=(0, 1), method="highs")
            if res.status != 0:
                break
            bound, y = max(bound, float(res.fun)), res.x
            if settled(bound):
                break
            found = self.separate(y, deadline)
        return bound, y


def _simple_cycles(walk: list[int]) -> list[list[int]]:
    """Split a closed walk (first node == last node) into simple cycles of 3+ edges."""
    stack: list[int] = []
    position: dict[int, int] = {}
    cycles: list[list[int]] = []
    for x in walk:
        if x in position:
            j = position[x]
            cycle = [*stack[j:], x]
            if len(cycle) > 3:
                cycles.append(cycle)
            for z in stack[j + 1 :]:
                del position[z]
            del stack[j + 1 :]
        else:
            position[x] = len(stack)
            stack.append(x)
    return cycles


def _integer_program(k, u, v, negative, weight, cuts: _CycleCuts, time_limit: float, upper: float):
    """The compact model with the cycle cuts and the objective capped at the heuristic's
    value ``upper`` (which prunes); returns (x or None, dual bound, optimal)."""
    from scipy.optimize import Bounds, LinearConstraint, milp  # here: rarely needed

    m = len(u)
    width = k + m
    e = np.arange(m)
    sign_u = np.where(negative, 1.0, -1.0)
    # positive edge: y - x_u + x_v >= 0 and y + x_u - x_v >= 0
    # negative edge: y + x_u + x_v >= 1 and y - x_u - x_v >= -1
    rows = np.r_[e, e, e, m + e, m + e, m + e]
    cols = np.r_[k + e, u, v, k + e, u, v]
    data = np.r_[np.ones(m), sign_u, np.ones(m), np.ones(m), -sign_u, -np.ones(m)]
    A = sparse.csr_matrix((data, (rows, cols)), shape=(2 * m, width))
    lower = np.r_[np.where(negative, 1.0, 0.0), np.where(negative, -1.0, 0.0)]
    constraints = [LinearConstraint(A, lower, np.inf)]
    if cuts.rows:
        C, b = cuts.matrix(k, width)
        constraints.append(LinearConstraint(C, b, np.inf))
    objective = np.r_[np.zeros(k), weight]
    constraints.append(LinearConstraint(objective[None, :], -np.inf, upper + 1e-6))
    lb, ub = np.zeros(width), np.ones(width)
    ub[0] = 0.0
    integrality = np.r_[np.ones(k), np.zeros(m)]
    res = milp(
        objective,
        constraints=constraints,
        bounds=Bounds(lb, ub),
        integrality=integrality,
        options={"time_limit": max(time_limit, 0.1), "mip_rel_gap": 1e-9},
    )
    dual = getattr(res, "mip_dual_bound", None)
    dual = float(dual) if dual is not None and np.isfinite(dual) else 0.0
    x = res.x[:k] if res.x is not None else None
    return x, dual, res.status == 0
