"""Structural balance: triangles, the frustration index, camps, tensions and implied relations.

Every function takes a graphkit graph (projected with :func:`~graphkit.signed_graph`) or
any networkx graph whose edges carry a numeric ``sign`` (and optionally a ``weight``); see
:func:`graphkit.signed.as_signed` for how pairs are merged.
"""

from __future__ import annotations

import textwrap
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sparse

from . import frustration
from .signed import as_signed, is_graphkit_graph, pair_relations
from .vocabulary import SIGNED_MODES

__all__ = [
    "BalanceReport",
    "balance",
    "camps",
    "frustrated_edges",
    "frustration_index",
    "implied_relations",
]


@dataclass(frozen=True, eq=False)
class BalanceReport:
    """What :func:`balance` finds; ``repr`` reads as a summary, ``to_frame`` as a table.

    Attributes
    ----------
    actors, pairs : int
        Actors with at least one signed pair, and signed pairs (ambivalent pairs,
        whose relations cancel out, excluded).
    triangles, balanced_triangles : int
        Triangles of signed pairs, and those whose sign product is positive.
    triangle_balance : float
        ``balanced_triangles / triangles`` (NaN without triangles).
    weighted_triangle_balance : float
        The same with each triangle counted by the product of its three weights.
    frustration_index : float
        Minimum total weight of pairs whose removal (or sign change) balances the graph.
    frustrated_pairs : int
        Number of pairs frustrated by ``camps``.
    lower_bound : float
        Proven lower bound on the frustration index (equal to it when ``exact``).
    exact : bool
        True if ``frustration_index`` is proven optimal.
    method : str
        How the hardest part was settled (see :mod:`graphkit.frustration`).
    camps : dict
        Actor -> camp, as :func:`camps` returns it.
    frustrated_edges : pandas.DataFrame
        As :func:`frustrated_edges` returns it.
    names : dict
        Actor -> display name.
    """

    actors: int
    pairs: int
    triangles: int
    balanced_triangles: int
    triangle_balance: float
    weighted_triangle_balance: float
    frustration_index: float
    frustrated_pairs: int
    lower_bound: float
    exact: bool
    method: str
    camps: dict = field(repr=False)
    frustrated_edges: pd.DataFrame = field(repr=False)
    names: dict = field(repr=False)

    def to_frame(self) -> pd.DataFrame:
        """One row per actor in a camp: ``name``, ``camp`` and ``frustrated`` (the number
        of its frustrated pairs), sorted by camp and name."""
        counts: dict = {}
        for pair in self.frustrated_edges.drop_duplicates("pair")["pair"]:
            for actor in pair:
                counts[actor] = counts.get(actor, 0) + 1
        frame = pd.DataFrame(
            {"name": [self.names[a] for a in self.camps],
             "camp": list(self.camps.values()),
             "frustrated": [counts.get(a, 0) for a in self.camps]},
            index=pd.Index(list(self.camps), name="actor"),
        )
        return frame.sort_values(["camp", "name"])

    def __repr__(self) -> str:
        status = "exact" if self.exact else f"not proven optimal; lower bound {self.lower_bound:g}"
        lines = [
            f"BalanceReport: {self.actors} actors, {self.pairs} signed pairs",
            f"  triangles: {self.triangles}, balanced: {self.balanced_triangles}"
            f" ({_percent(self.triangle_balance)};"
            f" weighted {_percent(self.weighted_triangle_balance)})",
            f"  frustration index: {self.frustration_index:g} ({self.frustrated_pairs} frustrated"
            f" pair{'s' if self.frustrated_pairs != 1 else ''}; {status}; {self.method})",
        ]
        members: dict[int, list[str]] = {}
        for actor, camp in self.camps.items():
            members.setdefault(camp, []).append(self.names[actor])
        for camp in sorted(members):
            lines.append(_wrap(f"camp {camp} ({len(members[camp])}): {', '.join(members[camp])}"))
        if len(self.frustrated_edges):
            lines.append("  tensions:")
            for pair, rows in self.frustrated_edges.groupby("pair", sort=False):
                a, b = pair
                detail = f"net {rows['net'].iloc[0]:g}"
                if "relation" in rows:
                    detail = f"{', '.join(rows['relation'])}; {detail}"
                lines.append(_wrap(f"{self.names[a]} - {self.names[b]}: "
                                   f"{rows['tension'].iloc[0]} ({detail})", "    "))
        return "\n".join(lines)


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, width=92, initial_indent=indent, subsequent_indent=indent + "  ",
                         break_on_hyphens=False)


def _percent(x: float) -> str:
    return "n/a" if x != x else f"{100 * x:.1f}%"


@dataclass(frozen=True)
class _Analysis:
    S: nx.Graph
    nodes: list
    u: np.ndarray
    v: np.ndarray
    negative: np.ndarray
    weight: np.ndarray
    solution: frustration.Solution


def _analyse(G, *, weight, modes, include_places, exact, time_limit, seed) -> _Analysis:
    S = as_signed(G, weight=weight, modes=modes, include_places=include_places)
    nodes = [n for n in S if S.degree(n) > 0]
    index = {n: i for i, n in enumerate(nodes)}
    edges = list(S.edges(data=True))
    u = np.array([index[a] for a, _, _ in edges], dtype=np.int64)
    v = np.array([index[b] for _, b, _ in edges], dtype=np.int64)
    negative = np.array([d["sign"] < 0 for _, _, d in edges], dtype=bool)
    w = np.array([d["weight"] for _, _, d in edges], dtype=float)
    solution = frustration.solve(len(nodes), u, v, negative, w, exact=exact,
                                 time_limit=time_limit, seed=seed)
    return _Analysis(S, nodes, u, v, negative, w, solution)


def _camp_labels(S: nx.Graph, nodes: list, side: np.ndarray) -> dict:
    """Number the camps: by connected component (largest first), then by size."""
    position = {n: i for i, n in enumerate(S)}
    side_of = dict(zip(nodes, side.tolist(), strict=True))
    groups = []
    for component in nx.connected_components(S.subgraph(nodes)):
        for s in (0, 1):
            members = [n for n in component if side_of[n] == s]
            if members:
                groups.append((-len(component), -len(members),
                               min(position[n] for n in members), members))
    groups.sort(key=lambda g: g[:3])
    label = {}
    for camp, (*_, members) in enumerate(groups):
        for n in members:
            label[n] = camp
    return {n: label[n] for n in sorted(label, key=position.__getitem__)}


def frustration_index(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    exact: bool = True,
    time_limit: float | None = 60.0,
) -> float:
    """The frustration index (line index of balance) of a signed graph.

    The minimum total weight of edges whose removal (equivalently, whose sign change)
    makes the graph balanced, i.e. splittable into two camps with positive edges inside
    camps and negative edges between them (Harary 1959). Equivalently, the minimum over
    all two-camp partitions of the weight of positive edges across camps plus negative
    edges within a camp.

    Parameters
    ----------
    G : networkx graph
        A graphkit graph, or any graph whose edges carry a numeric ``sign``.
    weight : str or None, default "weight"
        Edge weight (1 where missing); None counts edges. For a graphkit graph the weight
        of a pair is the absolute net ``polarity * weight`` of its relations.
    modes : iterable of str, default ("verbal", "material")
        Relation modes used (graphkit graphs only).
    include_places : bool, default False
        Keep place actors (graphkit graphs only).
    exact : bool, default True
        Prove optimality; False returns the heuristic value at once.
    time_limit : float or None, default 60
        Seconds allowed (checked between steps, so a run may overshoot by one step). If
        optimality is not proven in time, the best value found is returned with a
        warning giving its proven lower bound (:func:`balance` reports both).

    Returns
    -------
    float

    Notes
    -----
    Computed exactly by :mod:`graphkit.frustration`: reductions (pendant vertices,
    biconnected blocks), brute force on small blocks, odd-cycle cutting planes and a
    mixed-integer program solved by HiGHS (:func:`scipy.optimize.milp`). On two cores,
    planted two-camp graphs (average degree 8, 10% of signs flipped) of 500 nodes are
    solved to proven optimality in under a second and of 1,000 nodes in a few seconds
    (``benchmarks/bench_frustration.py``). Graphs without camp structure are much
    harder: a random graph of 40 nodes and 500 edges, half of them negative, can take
    tens of seconds.

    See Also
    --------
    balance : the frustration with its lower bound, camps and tensions in one report.

    References
    ----------
    .. [1] F. Harary, "On the measurement of structural balance", Behavioral Science 4
       (1959) 316-323.
    .. [2] S. Aref, A. J. Mason and M. C. Wilson, "Computing the line index of balance
       using integer programming optimisation", in Optimization Problems in Graph Theory,
       Springer (2018) 65-84.

    Examples
    --------
    >>> import graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> round(gk.frustration_index(G), 3), gk.frustration_index(G, weight=None)
    (0.4, 1.0)
    >>> import networkx as nx
    >>> triangle = nx.Graph([(1, 2, {"sign": -1}), (2, 3, {"sign": -1}), (1, 3, {"sign": -1})])
    >>> gk.frustration_index(triangle)
    1.0
    """
    result = _analyse(G, weight=weight, modes=modes, include_places=include_places,
                      exact=exact, time_limit=time_limit, seed=0).solution
    if exact and not result.exact:
        warnings.warn(
            f"frustration index not proven optimal within the time limit: {result.value:g} "
            f"found, at least {result.lower_bound:g}; raise time_limit or use balance()",
            RuntimeWarning, stacklevel=2)
    return result.value


def camps(
    G: nx.Graph,
    *,
    k: int = 2,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    time_limit: float | None = 60.0,
    seed: int = 0,
) -> dict:
    """The camps of an optimal partition: actor -> camp number.

    With ``k=2`` the partition minimises the frustration (see :func:`frustration_index`),
    so positive ties fall inside camps and negative ties between them as far as possible.
    With ``k > 2`` the partition into at most ``k`` camps minimises the weight of positive
    ties between camps plus negative ties within camps (Davis's clusterability), found by
    a local search with random restarts: a heuristic, not proven optimal.

    Only actors with at least one signed relation are placed. Camps are numbered from 0,
    by connected component of the signed graph (largest first), then by size: in a
    connected graph the two camps are 0 (the larger) and 1. Camps of different
    components are unrelated.

    Parameters
    ----------
    G : networkx graph
        A graphkit graph, or any graph whose edges carry a numeric ``sign``.
    k : int, default 2
        Number of camps allowed.
    weight, modes, include_places, time_limit
        As for :func:`frustration_index`.
    seed : int, default 0
        Seed of the heuristics' random restarts.

    Returns
    -------
    dict
        Actor -> camp (int), in the order of the graph's nodes.

    References
    ----------
    .. [1] J. A. Davis, "Clustering and structural balance in graphs", Human Relations 20
       (1967) 181-187.

    Examples
    --------
    >>> import graphkit as gk
    >>> c = gk.camps(gk.load_dataset("syria-2024"))
    >>> c["hts"] == c["turkey"] == c["israel"], c["syrian_government"] == c["iran"]
    (True, True)
    >>> c["hts"] != c["iran"]
    True
    """
    if k < 2:
        raise ValueError(f"k must be at least 2, got {k}")
    if k == 2:
        a = _analyse(G, weight=weight, modes=modes, include_places=include_places,
                     exact=True, time_limit=time_limit, seed=seed)
        return _camp_labels(a.S, a.nodes, a.solution.side)
    S = as_signed(G, weight=weight, modes=modes, include_places=include_places)
    return _k_camps(S, k, seed)


def _k_camps(S: nx.Graph, k: int, seed: int, restarts: int = 20) -> dict:
    """Correlation clustering into at most k camps by single-vertex moves from random
    starts; the best of ``restarts`` local optima."""
    nodes = [n for n in S if S.degree(n) > 0]
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    u = np.array([index[a] for a, _ in S.edges()])
    v = np.array([index[b] for _, b in S.edges()])
    signed = np.array([d["sign"] * d["weight"] for *_, d in S.edges(data=True)], dtype=float)
    A = sparse.csr_matrix((np.r_[signed, signed], (np.r_[u, v], np.r_[v, u])),
                          shape=(len(nodes), len(nodes)))
    rng = np.random.default_rng(seed)

    def cost(labels: np.ndarray) -> float:
        same = labels[u] == labels[v]
        return float(np.where(same, np.maximum(-signed, 0), np.maximum(signed, 0)).sum())

    best, best_cost = None, np.inf
    for _ in range(restarts):
        labels = rng.integers(0, k, len(nodes))
        for _ in range(100):
            moved = False
            for i in rng.permutation(len(nodes)):
                lo, hi = A.indptr[i], A.indptr[i + 1]
                # joining camp c gains the signed weight of i's ties into c
                gain = np.zeros(k)
                np.add.at(gain, labels[A.indices[lo:hi]], A.data[lo:hi])
                target = int(np.argmax(gain))
                if gain[target] > gain[labels[i]] + 1e-12:
                    labels[i] = target
                    moved = True
            if not moved:
                break
        c = cost(labels)
        if c < best_cost - 1e-12:
            best, best_cost = labels.copy(), c
    sizes = np.bincount(best, minlength=k)
    first = {lab: int(np.flatnonzero(best == lab)[0]) for lab in set(best.tolist())}
    order = sorted(first, key=lambda lab: (-sizes[lab], first[lab]))
    renumber = {lab: i for i, lab in enumerate(order)}
    return {n: renumber[int(best[index[n]])] for n in nodes}


def frustrated_edges(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    time_limit: float | None = 60.0,
) -> pd.DataFrame:
    """The relations that cut across the camps of :func:`camps`: the tensions.

    A pair is frustrated when its net tie is positive across camps or negative within a
    camp; the frustration index is the total weight of these pairs.

    Returns
    -------
    pandas.DataFrame
        One row per relation of each frustrated pair (for a graphkit graph) with
        ``source, target, relation, polarity, weight, start, end, evidence, document,
        reported``, or one row per edge (other graphs) with ``source, target, sign,
        weight``; and for the pair: ``pair`` (the two actors), ``net`` (signed net
        weight), ``source_camp``, ``target_camp`` and ``tension`` in words. Sorted by the
        pair's weight, largest first.

    Examples
    --------
    >>> import graphkit as gk
    >>> tensions = gk.frustrated_edges(gk.load_dataset("syria-2024"))
    >>> tensions[["source", "target", "relation", "polarity"]]
              source target             relation  polarity
    0  united_states    hts              favours         1
    1  united_states    hts  designates_terrorist        -1
    >>> tensions.loc[1, "evidence"]
    'The US still lists HTS as a terrorist organisation.'
    """
    a = _analyse(G, weight=weight, modes=modes, include_places=include_places,
                 exact=True, time_limit=time_limit, seed=0)
    labels = _camp_labels(a.S, a.nodes, a.solution.side)
    return _tension_table(G, a, labels, modes)


def _tension_table(G, a: _Analysis, labels: dict, modes) -> pd.DataFrame:
    graphkit = is_graphkit_graph(G)
    detail = (["relation", "polarity", "weight", "start", "end", "evidence", "document",
               "reported"] if graphkit else ["sign", "weight"])
    columns = ["source", "target", *detail, "pair", "net", "source_camp", "target_camp",
               "tension"]
    rows = []
    order = np.argsort(-a.weight[a.solution.frustrated], kind="stable")
    for e in np.flatnonzero(a.solution.frustrated)[order]:
        x, y = a.nodes[a.u[e]], a.nodes[a.v[e]]
        sign = -1 if a.negative[e] else 1
        if labels[x] == labels[y]:
            tension = f"{'negative' if sign < 0 else 'positive'} tie within camp {labels[x]}"
        else:
            tension = (f"{'positive' if sign > 0 else 'negative'} tie across camps "
                       f"{min(labels[x], labels[y])} and {max(labels[x], labels[y])}")
        net = float(a.S.edges[x, y].get("total", sign * a.weight[e]))
        for row in pair_relations(G, x, y, modes=modes) if graphkit else _plain_rows(G, x, y):
            row.update(pair=(x, y), net=net, source_camp=labels[row["source"]],
                       target_camp=labels[row["target"]], tension=tension)
            rows.append(row)
    return pd.DataFrame(rows, columns=columns)


def _plain_rows(G: nx.Graph, x, y) -> list[dict]:
    return [{k: r[k] for k in ("source", "target", "sign", "weight")}
            for r in pair_relations(G, x, y)]


def balance(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    exact: bool = True,
    time_limit: float | None = 60.0,
) -> BalanceReport:
    """Structural balance of a signed graph: triangles, frustration, camps and tensions.

    * **Triangle balance**: the share of triangles (three mutually tied actors) whose
      sign product is positive (Cartwright & Harary 1956); the weighted variant counts
      each triangle by the product of its three weights.
    * **Frustration index**, the optimal two-camp partition and the frustrated pairs with
      their evidence: see :func:`frustration_index`, :func:`camps` and
      :func:`frustrated_edges`, computed here once.

    Parameters
    ----------
    G, weight, modes, include_places, exact, time_limit
        As for :func:`frustration_index`.

    Returns
    -------
    BalanceReport
        Its ``repr`` is a readable summary; ``to_frame()`` lists actors by camp.

    References
    ----------
    .. [1] D. Cartwright and F. Harary, "Structural balance: a generalization of Heider's
       theory", Psychological Review 63 (1956) 277-293.

    Examples
    --------
    >>> import graphkit as gk
    >>> report = gk.balance(gk.load_dataset("syria-2024"))
    >>> report.triangles, report.balanced_triangles, report.exact
    (2, 1, True)
    >>> print(report)  # doctest: +NORMALIZE_WHITESPACE
    BalanceReport: 10 actors, 12 signed pairs
      triangles: 2, balanced: 1 (50.0%; weighted 73.5%)
      frustration index: 0.4 (1 frustrated pair; exact; brute force)
      camp 0 (8): Hayat Tahrir al-Sham, Factions that merged into HTS, Turkey, Recep Tayyip
        Erdogan, Israel, United States, Jake Sullivan, Syrian Democratic Forces
      camp 1 (2): Syrian government (Assad), Iran
      tensions:
        Hayat Tahrir al-Sham - United States: negative tie within camp 0 (favours,
        designates_terrorist; net -0.4)
    """
    a = _analyse(G, weight=weight, modes=modes, include_places=include_places,
                 exact=exact, time_limit=time_limit, seed=0)
    labels = _camp_labels(a.S, a.nodes, a.solution.side)
    triangles, balanced, ratio, weighted = _triangles(a)
    return BalanceReport(
        actors=len(a.nodes),
        pairs=a.S.number_of_edges(),
        triangles=triangles,
        balanced_triangles=balanced,
        triangle_balance=ratio,
        weighted_triangle_balance=weighted,
        frustration_index=a.solution.value,
        frustrated_pairs=int(a.solution.frustrated.sum()),
        lower_bound=a.solution.lower_bound,
        exact=a.solution.exact,
        method=a.solution.method,
        camps=labels,
        frustrated_edges=_tension_table(G, a, labels, modes),
        names={n: str(a.S.nodes[n].get("name", n)) for n in a.S},
    )


def _triangles(a: _Analysis) -> tuple[int, int, float, float]:
    """Triangle counts from traces of matrix cubes: trace(A^3) / 6."""
    k = len(a.nodes)
    sign = np.where(a.negative, -1.0, 1.0)

    def cube_trace(values):
        M = sparse.coo_matrix((np.r_[values, values], (np.r_[a.u, a.v], np.r_[a.v, a.u])),
                              shape=(k, k)).tocsr()
        return float((M @ M).multiply(M).sum()) / 6

    total = cube_trace(np.ones(len(a.u)))
    signed = cube_trace(sign)
    balanced = round((total + signed) / 2)
    total_w = cube_trace(a.weight)
    signed_w = cube_trace(sign * a.weight)
    ratio = balanced / total if total else float("nan")
    weighted = (total_w + signed_w) / (2 * total_w) if total_w else float("nan")
    return round(total), balanced, ratio, weighted


def implied_relations(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
) -> pd.DataFrame:
    """Alignments implied by balance between actors with no direct relation.

    For each pair ``a, b`` with no direct relation and at least one common partner ``c``,
    every two-step path ``a - c - b`` implies a tie of sign ``s(a,c) * s(c,b)``: the
    friend of a friend is a friend, the enemy of an enemy a friend, the friend of an
    enemy an enemy (Heider 1946; Cartwright & Harary 1956). The score sums these signs,
    each weighted by ``w(a,c) * w(c,b)``; its sign is the implied relation.

    Parameters
    ----------
    G, weight, modes, include_places
        As for :func:`frustration_index`. A pair counts as connected, and is left out,
        if it has any edge in ``G``, whatever its mode or sign.

    Returns
    -------
    pandas.DataFrame
        One row per pair: ``source, target`` (actor ids), ``source_name``,
        ``target_name``, ``implied`` (``"aligned"``, ``"opposed"`` or ``"unclear"``),
        ``sign`` (+1, -1, 0), ``score``, ``agreeing`` and ``disagreeing`` (partners whose
        path agrees or not with the implied sign), ``partners`` (their names) and
        ``explanation`` in words. Sorted by absolute score, then agreeing partners.

    Examples
    --------
    >>> import graphkit as gk
    >>> implied = gk.implied_relations(gk.load_dataset("syria-2024"))
    >>> implied.loc[0, ["source", "target", "implied", "partners"]].tolist()
    ['hts', 'iran', 'opposed', 'Syrian government (Assad); Israel']
    >>> print(implied.loc[0, "explanation"])  # doctest: +NORMALIZE_WHITESPACE
    Hayat Tahrir al-Sham and Iran: Syrian government (Assad) aligned with Iran, opposed to
    Hayat Tahrir al-Sham; Israel aligned with Hayat Tahrir al-Sham, opposed to Iran
    """
    S = as_signed(G, weight=weight, modes=modes, include_places=include_places)
    nodes = [n for n in S if S.degree(n) > 0]
    index = {n: i for i, n in enumerate(nodes)}
    k = len(nodes)
    columns = ["source", "target", "source_name", "target_name", "implied", "sign", "score",
               "agreeing", "disagreeing", "partners", "explanation"]
    if k == 0:
        return pd.DataFrame(columns=columns)
    rows_, cols_, vals = [], [], []
    for a, b, d in S.edges(data=True):
        rows_ += [index[a], index[b]]
        cols_ += [index[b], index[a]]
        vals += [d["sign"] * d["weight"]] * 2
    W = sparse.csr_matrix((vals, (rows_, cols_)), shape=(k, k))
    B = abs(W).sign()
    paths = sparse.triu(B @ B, k=1).tocoo()
    score = (W @ W).tocsr()
    connected = _direct_pairs(G)
    name = {n: str(S.nodes[n].get("name", n)) for n in nodes}
    rows = []
    for i, j in zip(paths.row.tolist(), paths.col.tolist(), strict=True):
        a, b = nodes[i], nodes[j]
        if S.has_edge(a, b) or frozenset((a, b)) in connected:
            continue
        s = float(score[i, j])
        sign = (s > 1e-12) - (s < -1e-12)
        agree, disagree, reasons = [], [], []
        for c in sorted(set(S[a]) & set(S[b]), key=index.__getitem__):
            sa, sb = S.edges[a, c]["sign"], S.edges[c, b]["sign"]
            (agree if sa * sb == sign else disagree).append(name[c])
            reasons.append(_reason(name[a], name[b], name[c], sa, sb))
        rows.append({
            "source": a, "target": b, "source_name": name[a], "target_name": name[b],
            "implied": {1: "aligned", -1: "opposed", 0: "unclear"}[sign], "sign": sign,
            "score": s, "agreeing": len(agree), "disagreeing": len(disagree),
            "partners": "; ".join(agree + disagree),
            "explanation": f"{name[a]} and {name[b]}: {'; '.join(reasons)}",
        })
    frame = pd.DataFrame(rows, columns=columns)
    frame["_key"] = -frame["score"].abs()
    frame = frame.sort_values(["_key", "agreeing", "source", "target"],
                              ascending=[True, False, True, True], ignore_index=True)
    return frame.drop(columns="_key")


def _reason(a: str, b: str, c: str, sa: int, sb: int) -> str:
    if sa > 0 and sb > 0:
        return f"both aligned with {c}"
    if sa < 0 and sb < 0:
        return f"both opposed to {c}"
    if sa < 0:
        return f"{c} aligned with {b}, opposed to {a}"
    return f"{c} aligned with {a}, opposed to {b}"


def _direct_pairs(G: nx.Graph) -> set:
    return {frozenset((a, b)) for a, b in G.edges() if a != b}
