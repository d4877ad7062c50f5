"""Structural balance: triangles, the frustration index, camps and tensions.

Every function takes a graphkit graph (projected with :func:`~graphkit.signed_graph`) or
any networkx graph whose edges carry a numeric ``sign`` (and optionally a ``weight``); see
:mod:`graphkit.core.projection` for how relations are kept and pairs are merged, and what
``weight=None`` means.
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

from ...base.errors import NotProvenOptimalWarning
from ...base.terminal import one_line
from ...core.ordering import sorted_ids
from ...core.projection import is_graphkit_graph, pair_relations, signed_graph
from ...core.vocabulary import SIGNED_MODES
from ..number_text import percent, significant
from . import frustration_solver as frustration
from .camp_structure import INFER_THROUGH, CampSummary, Ranking, describe, partition

__all__ = [
    "BalanceReport",
    "balance",
    "camp_table",
    "camps",
    "frustrated_edges",
    "frustration_index",
]


@dataclass(frozen=True, eq=False)
class BalanceReport:
    """What :func:`balance` finds; ``repr`` reads as a summary, ``camp_table`` as a table.

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
        How the hardest part was settled (see :mod:`graphkit.analysis.signed.frustration_solver`).
    camps : dict
        Actor -> camp label, as :func:`camps` returns it (signed and inferred members).
    frustrated_edges : pandas.DataFrame
        As :func:`frustrated_edges` returns it.
    names : dict
        Actor -> display name, for every actor of the graph.
    camp_table : pandas.DataFrame
        As :func:`camp_table` returns it: one row per actor, with its camp, component,
        the camp it opposes, how it was placed and whether it is against both camps.

    Examples
    --------
    >>> import graphkit as gk
    >>> report = gk.balance(gk.load_dataset("syria-2024"))
    >>> round(report.frustration_index, 3), report.frustrated_pairs, report.exact
    (0.4, 1, True)
    >>> report.camp_table.loc["turkey", ["camp", "opposes", "basis"]].tolist()
    ['hts', 'syrian_government', 'signed']
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
    camp_table: pd.DataFrame = field(repr=False)

    def to_frame(self) -> pd.DataFrame:
        """The camp table (a copy of ``camp_table``): one row per actor, in camp order."""
        return self.camp_table.copy()

    def figures(self) -> list[str]:
        """The report's first lines: its figures, with no text from the data."""
        status = (
            "exact"
            if self.exact
            else f"not proven optimal; lower bound {significant(self.lower_bound)}"
        )
        return [
            f"BalanceReport: {self.actors:,} actors, {self.pairs:,} signed pairs",
            f"  triangles: {self.triangles:,}, balanced: {self.balanced_triangles:,}"
            f" ({percent(self.triangle_balance)};"
            f" weighted {percent(self.weighted_triangle_balance)})",
            f"  frustration index: {significant(self.frustration_index)}"
            f" ({self.frustrated_pairs:,} frustrated"
            f" pair{'s' if self.frustrated_pairs != 1 else ''}; {status}; {self.method})",
        ]

    def __repr__(self) -> str:
        lines = [*self.figures(), *camp_lines(self.camp_table)]
        lines += tension_lines(self.frustrated_edges, self.names)
        return "\n".join(lines)


def camp_lines(table: pd.DataFrame, *, top: int | None = None) -> list[str]:
    """The camps of a camp table in words, component by component, each list cut to
    ``top`` items; text from the data (names, labels) printed inert."""
    placed = table[table["camp"] != ""]
    if placed.empty:
        return ["  no camps: no actor has a signed pair"]
    components: dict[str, dict[str, tuple[str, list]]] = {}  # in the table's order
    for name, camp, component, opposes, basis in zip(
        placed["name"],
        placed["camp"],
        placed["component"],
        placed["opposes"],
        placed["basis"],
        strict=True,
    ):
        members = components.setdefault(component, {}).setdefault(camp, (opposes, []))[1]
        members.append((name, basis))
    lines = []
    for camps in _head(list(components.values()), top):
        labels = list(camps)
        if len(labels) == 1:
            lines.append(f"  group {one_line(labels[0])}, opposing no one:")
        elif camps[labels[0]][0] == labels[1] and camps[labels[1]][0] == labels[0]:
            lines.append(f"  camp {one_line(labels[0])} against camp {one_line(labels[1])}:")
        else:
            lines.append(f"  camps {', '.join(one_line(c) for c in _head(labels, top))}:")
        for camp in _head(labels, top):
            opposes, members = camps[camp]
            names = [
                one_line(name) + (" (inferred)" if basis == "inferred" else "")
                for name, basis in _head(members, top)
            ] + [""] * (len(members) - len(_head(members, top)))
            detail = f"{len(members):,}"
            if len(labels) > 2:
                against = opposes.split("|") if opposes else []
                detail += f"; against {', '.join(one_line(c) for c in against) or 'no one'}"
            lines.append(
                _wrap(f"{one_line(camp)} ({detail}): {', '.join(_cut(names, top))}", "    ")
            )
        if top is not None and len(labels) > top:
            rest = len(labels) - top
            lines.append(f"    and {rest:,} more camp{'s' if rest != 1 else ''}")
    if top is not None and len(components) > top:
        hidden = list(components.values())[top:]
        camps_left, groups = sum(len(c) for c in hidden), len(hidden)
        lines.append(
            f"  and {camps_left:,} more camp{'s' if camps_left != 1 else ''}"
            f" in {groups:,} more component{'s' if groups != 1 else ''}"
        )
    against = table[table["against_both"]]
    if len(against):
        names = [
            f"{one_line(name)} ({percent(share)} of its signed weight frustrated)"
            for name, share in zip(against["name"], against["frustrated_share"], strict=True)
        ]
        lines.append(_wrap(f"against both camps: {', '.join(_cut(names, top))}"))
    conflicted = table[(table["camp"] == "") & (table["inferred_from"] != "")]
    if len(conflicted):
        names = [
            f"{one_line(name)} ({', '.join(one_line(a) for a in tied.split('|'))})"
            for name, tied in zip(conflicted["name"], conflicted["inferred_from"], strict=True)
        ]
        lines.append(
            _wrap(f"no camp, led by or member of opposed camps: {', '.join(_cut(names, top))}")
        )
    return lines


def tension_lines(tensions: pd.DataFrame, names: dict, *, top: int | None = None):
    """The frustrated pairs in words, ``top`` of them at most."""
    if not len(tensions):
        return []
    pairs = list(tensions.groupby("pair", sort=False))
    shown = _head(pairs, top)
    lines = [
        "  tensions:"
        if len(shown) == len(pairs)
        else f"  tensions (top {top:,} of {len(pairs):,}):"
    ]
    for (a, b), rows in shown:
        detail = f"net {significant(rows['net'].iloc[0])}"
        if "relation" in rows:
            relations = _cut([one_line(r) for r in rows["relation"]], top)
            detail = f"{', '.join(relations)}; {detail}"
        pair = f"{one_line(names[a])} - {one_line(names[b])}"
        text = f"{pair}: {one_line(rows['tension'].iloc[0])} ({detail})"
        lines.append(_wrap(text, "    "))
    return lines


def _head(items: list, top: int | None) -> list:
    return items if top is None else items[:top]


def _cut(items: list[str], top: int | None, noun: str = "more") -> list[str]:
    """The first ``top`` items, and ``"and N more"`` for the rest."""
    if top is None or len(items) <= top:
        return items
    return [*items[:top], f"and {len(items) - top:,} {noun}"]


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(
        text,
        width=92,
        initial_indent=indent,
        subsequent_indent=indent + "  ",
        break_on_hyphens=False,
    )


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
    S = signed_graph(
        G, weight=weight, modes=modes, include_places=include_places, keep_ambivalent=False
    )
    # The solver sees one canonical form of the signed graph (actors in sorted order,
    # pairs sorted), so any two representations of it get the same camps.
    nodes = sorted_ids(n for n in S if S.degree(n) > 0)
    index = {n: i for i, n in enumerate(nodes)}
    edges = sorted(
        (min(index[a], index[b]), max(index[a], index[b]), d) for a, b, d in S.edges(data=True)
    )
    u = np.array([a for a, _, _ in edges], dtype=np.int64)
    v = np.array([b for _, b, _ in edges], dtype=np.int64)
    negative = np.array([d["sign"] < 0 for _, _, d in edges], dtype=bool)
    w = np.array([d["weight"] for _, _, d in edges], dtype=float)
    solution = frustration.solve(
        len(nodes), u, v, negative, w, exact=exact, time_limit=time_limit, seed=seed
    )
    return _Analysis(S, nodes, u, v, negative, w, solution)


def _named(G, S: nx.Graph, groups: dict, infer_through, include_places) -> CampSummary:
    """The camps of a partition ``groups`` (actor -> side or cluster), named."""
    ranking = Ranking(S, G.nodes)
    return describe(
        G,
        S,
        partition(S, groups, ranking),
        ranking,
        infer_through=infer_through,
        include_places=include_places,
    )


def _sides(a: _Analysis) -> dict:
    return dict(zip(a.nodes, a.solution.side.tolist(), strict=True))


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
        Edge attribute holding weights (1 where missing). The weight of a pair is the
        absolute net ``polarity * weight`` of its relations; None counts each relation
        once towards its pair's sign and each signed pair once (see
        :mod:`graphkit.core.projection`).
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

    See Also
    --------
    balance : the frustration with its lower bound, camps and tensions in one report.

    Notes
    -----
    Computed exactly by :mod:`graphkit.analysis.signed.frustration_solver`: reductions
    (pendant vertices, biconnected blocks), brute force on small blocks, odd-cycle
    cutting planes and a mixed-integer program solved by HiGHS
    (:func:`scipy.optimize.milp`). On two cores, planted two-camp graphs (average
    degree 8, 10% of signs flipped) of 500 nodes are solved to proven optimality in
    under a second and of 1,000 nodes in a few seconds
    (``benchmarks/bench_frustration.py``). Graphs without camp structure are much
    harder: a random graph of 40 nodes and 500 edges, half of them negative, can take
    tens of seconds.

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
    >>> round(gk.frustration_index(G), 3)
    0.4

    Unweighted, the US's two relations with HTS (favours, designates as terrorist) cancel
    out, so that pair is left out and the rest is balanced:

    >>> gk.frustration_index(G, weight=None)
    0.0
    >>> import networkx as nx
    >>> triangle = nx.Graph([(1, 2, {"sign": -1}), (2, 3, {"sign": -1}), (1, 3, {"sign": -1})])
    >>> gk.frustration_index(triangle)
    1.0
    """
    result = _analyse(
        G,
        weight=weight,
        modes=modes,
        include_places=include_places,
        exact=exact,
        time_limit=time_limit,
        seed=0,
    ).solution
    if exact and not result.exact:
        warnings.warn(
            f"frustration index not proven optimal within the time limit: {result.value:g} "
            f"found, at least {result.lower_bound:g}; raise time_limit or use balance()",
            NotProvenOptimalWarning,
            stacklevel=2,
        )
    return result.value


def camps(
    G: nx.Graph,
    *,
    k: int = 2,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    infer_through: Iterable[str] = INFER_THROUGH,
    time_limit: float | None = 60.0,
    seed: int = 0,
) -> dict:
    """The camps of an optimal partition: actor -> camp label.

    With ``k=2`` the partition minimises the frustration (see :func:`frustration_index`),
    so positive ties fall inside camps and negative ties between them as far as possible.
    With ``k > 2`` the partition into at most ``k`` camps minimises the weight of positive
    ties between camps plus negative ties within camps (Davis's clusterability), found by
    a local search with random restarts: a heuristic, not proven optimal.

    The labels are those of :func:`camp_table`, whose ``camp`` column this is (without
    the actors that have no camp): a camp is named after its most central member (the
    member with the largest signed weight, ties broken by the smaller id), and a camp
    never spans two connected components of the signed graph, so camps of unrelated
    groups are never one camp, and never opposed. Actors without a signed pair take
    their organisation's camp through ``leads`` and ``member_of`` relations
    (``infer_through``; see :func:`camp_table` for the rule); other actors have none.

    **Ties.** Where several partitions are optimal, the one chosen depends only on the
    signed graph, never on the order of its nodes, edges or relations: the solver works
    on the graph with its actors in sorted order (:func:`~graphkit.core.ordering.sorted_ids`)
    and, within each block it enumerates, takes the lexicographically smallest optimal
    assignment in that order.

    Parameters
    ----------
    G : networkx graph
        A graphkit graph, or any graph whose edges carry a numeric ``sign``.
    k : int, default 2
        Number of camps allowed in each component.
    weight, modes, include_places, time_limit
        As for :func:`frustration_index`.
    infer_through : iterable of str, default ("leads", "member_of")
        Relation types through which an actor without a signed pair takes the camp of
        the actor it leads or belongs to; ``()`` places signed actors only.
    seed : int, default 0
        Seed of the heuristics' random restarts.

    Returns
    -------
    dict
        Actor -> camp label (str), in the order of the graph's nodes.

    References
    ----------
    .. [1] J. A. Davis, "Clustering and structural balance in graphs", Human Relations 20
       (1967) 181-187.

    Examples
    --------
    >>> import graphkit as gk
    >>> c = gk.camps(gk.load_dataset("syria-2024"))
    >>> c["hts"], c["turkey"], c["iran"]
    ('hts', 'hts', 'syrian_government')

    Bashar al-Assad has no signed relation; he leads the Syrian government:

    >>> c["bashar_al_assad"]
    'syrian_government'
    """
    summary = _camp_summary(
        G,
        k=k,
        weight=weight,
        modes=modes,
        include_places=include_places,
        infer_through=infer_through,
        time_limit=time_limit,
        seed=seed,
    )
    return {n: summary.camps[n] for n in G if n in summary.camps}


def camp_table(
    G: nx.Graph,
    *,
    k: int = 2,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    infer_through: Iterable[str] = INFER_THROUGH,
    time_limit: float | None = 60.0,
    seed: int = 0,
) -> pd.DataFrame:
    """Every actor's camp, what the camp is up against, and how the actor came to be in it.

    The partition is that of :func:`camps` (exact for ``k=2``). Its camps are then named
    and described by these rules:

    * **Components.** A component is a connected component of the signed graph. A camp
      lies in one component; camps of different components are unrelated, never opposed.
    * **Labels.** A camp's label is the id of its most central member: the member with
      the largest *signed weight* (the total weight of its signed pairs, each pair's
      absolute net weight as :func:`~graphkit.signed_graph` computes it; its number of
      signed pairs with ``weight=None``), ties broken by the smaller id in sorted order
      (:func:`~graphkit.core.ordering.sorted_ids`). A component is named the same way, so
      it bears the label of its main camp. These labels are the strings used by
      :func:`camps`, :func:`~graphkit.camps_over_time`, :func:`~graphkit.annotate`, the
      report and every CSV.
    * **Opposition.** ``opposes`` names the camps of the same component to which the camp
      has a negative pair and a net tie that is not positive: with ``k=2``, the other
      camp of the component. A component with one camp (for instance one without a
      negative tie) is one group that opposes no one (``opposes`` empty).
    * **Inferred members.** An actor without a signed pair takes a camp through its
      ``infer_through`` relations (``leads``, ``member_of``): in a directed graph the
      source (the leader, the member) takes the camp of the target (the organisation); in
      an undirected graph either end that has no camp takes the other's. Chains are
      followed in rounds (a deputy, member of a wing, member of the militia, takes the
      militia's camp through the wing). In each round an actor considers its relations
      that reach a placed actor, preferring those still in force (no ``end``) to ended
      ones, and among those the latest ended. If they reach one camp, the actor joins it
      (``basis`` "inferred", ``inferred_from`` naming whom it follows); if they reach
      several, it gets no camp (``inferred_from`` names the actors in conflict).
    * **Against both.** ``against_both`` is true for an actor whose net tie (the sum of
      ``sign * weight`` over its pairs with a camp's members) is negative both to its own
      camp and to another camp of its component: with ``k=2``, hostile to both sides,
      though placed in one of them. ``frustrated_share`` is the share of its signed
      weight that the partition frustrates (positive pairs across camps, negative pairs
      within one).

    Parameters
    ----------
    G, k, weight, modes, include_places, infer_through, time_limit, seed
        As for :func:`camps`.

    Returns
    -------
    pandas.DataFrame
        One row per actor of ``G``, indexed by actor id (index name ``actor``), with
        ``name``, ``camp`` (label, ``""`` for none), ``camp_name`` (name of the label
        actor), ``component`` (label), ``opposes`` (label, or labels joined by ``|``
        for ``k > 2``; ``""`` for none), ``basis`` (``"signed"``, ``"inferred"`` or
        ``""``), ``inferred_from``, ``against_both`` (bool), ``frustrated_share`` (NaN
        without signed pairs) and ``signed_weight``. Rows are ordered by component
        (largest first, then label), camp (largest first, then label), signed members
        before inferred ones, then by centrality; actors without a camp come last, by
        id. Nothing in it depends on the order of the graph's nodes or relations.

    See Also
    --------
    balance : the same table as ``BalanceReport.camp_table``, with the frustration and
        the tensions, from one solution.

    Examples
    --------
    >>> import graphkit as gk
    >>> table = gk.camp_table(gk.load_dataset("syria-2024"))
    >>> table.loc[["hts", "iran", "bashar_al_assad"], ["camp", "opposes", "basis"]]
                                  camp            opposes      basis
    actor
    hts                            hts  syrian_government     signed
    iran             syrian_government                hts     signed
    bashar_al_assad  syrian_government                hts   inferred

    The United States designates HTS as terrorist (net of its favourable words) but backs
    the SDF and armed HTS's founding factions, so on balance it sides with HTS's camp
    (not against both), with 9.5% of its signed weight frustrated:

    >>> us = table.loc["united_states"]
    >>> bool(us["against_both"]), round(float(us["frustrated_share"]), 3)
    (False, 0.095)
    """
    return _camp_summary(
        G,
        k=k,
        weight=weight,
        modes=modes,
        include_places=include_places,
        infer_through=infer_through,
        time_limit=time_limit,
        seed=seed,
    ).table


def _camp_summary(
    G, *, k, weight, modes, include_places, infer_through, time_limit, seed
) -> CampSummary:
    if k < 2:
        raise ValueError(f"k must be at least 2, got {k}")
    if k == 2:
        a = _analyse(
            G,
            weight=weight,
            modes=modes,
            include_places=include_places,
            exact=True,
            time_limit=time_limit,
            seed=seed,
        )
        return _named(G, a.S, _sides(a), infer_through, include_places)
    S = signed_graph(
        G, weight=weight, modes=modes, include_places=include_places, keep_ambivalent=False
    )
    return _named(G, S, _k_camps(S, k, seed), infer_through, include_places)


def _k_camps(S: nx.Graph, k: int, seed: int, restarts: int = 20) -> dict:
    """Correlation clustering into at most k camps by single-vertex moves from random
    starts; the best of ``restarts`` local optima."""
    nodes = sorted_ids(n for n in S if S.degree(n) > 0)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    edges = sorted(
        (min(index[a], index[b]), max(index[a], index[b]), d["sign"] * d["weight"])
        for a, b, d in S.edges(data=True)
    )
    u = np.array([a for a, _, _ in edges], dtype=np.int64)
    v = np.array([b for _, b, _ in edges], dtype=np.int64)
    signed = np.array([w for _, _, w in edges], dtype=float)
    A = sparse.csr_matrix(
        (np.r_[signed, signed], (np.r_[u, v], np.r_[v, u])), shape=(len(nodes), len(nodes))
    )
    rng = np.random.default_rng(seed)

    def cost(labels: np.ndarray) -> float:
        same = labels[u] == labels[v]
        return float(np.where(same, np.maximum(-signed, 0), np.maximum(signed, 0)).sum())

    best, best_cost = np.zeros(len(nodes), dtype=np.int64), np.inf
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
    return {n: renumber[int(best[index[n]])] for n in S if n in index}


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

    Parameters
    ----------
    G : networkx graph
        A graphkit graph, or any graph whose edges carry a numeric ``sign``.
    weight, modes, include_places, time_limit
        As for :func:`frustration_index`.

    Returns
    -------
    pandas.DataFrame
        One row per relation of each frustrated pair (for a graphkit graph) with
        ``source, target, relation, polarity, weight, start, end, evidence, document,
        reported``, or one row per edge (other graphs) with ``source, target, sign,
        weight``; and for the pair: ``pair`` (the two actors), ``net`` (signed net
        weight), ``source_camp``, ``target_camp`` (camp labels, as :func:`camps` names
        them) and ``tension`` in words. Sorted by the pair's weight, largest first.

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
    a = _analyse(
        G,
        weight=weight,
        modes=modes,
        include_places=include_places,
        exact=True,
        time_limit=time_limit,
        seed=0,
    )
    labels = _named(G, a.S, _sides(a), (), include_places).signed
    return _tension_table(G, a, labels, weight, modes)


def _tension_table(G, a: _Analysis, labels: dict, weight, modes) -> pd.DataFrame:
    graphkit = is_graphkit_graph(G)
    detail = (
        ["relation", "polarity", "weight", "start", "end", "evidence", "document", "reported"]
        if graphkit
        else ["sign", "weight"]
    )
    columns = ["source", "target", *detail, "pair", "net", "source_camp", "target_camp", "tension"]
    rows = []
    order = np.argsort(-a.weight[a.solution.frustrated], kind="stable")
    for e in np.flatnonzero(a.solution.frustrated)[order]:
        x, y = a.nodes[a.u[e]], a.nodes[a.v[e]]
        sign = -1 if a.negative[e] else 1
        if labels[x] == labels[y]:
            tension = f"{'negative' if sign < 0 else 'positive'} tie within camp {labels[x]}"
        else:
            first, second = sorted((labels[x], labels[y]))
            tension = (
                f"{'positive' if sign > 0 else 'negative'} tie across camps {first} and {second}"
            )
        net = float(a.S.edges[x, y].get("total", sign * a.weight[e]))
        for row in pair_relations(G, x, y, weight=weight, modes=modes):
            row.update(
                pair=(x, y),
                net=net,
                source_camp=labels[row["source"]],
                target_camp=labels[row["target"]],
                tension=tension,
            )
            rows.append(row)
    return pd.DataFrame(rows, columns=columns)


def balance(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    infer_through: Iterable[str] = INFER_THROUGH,
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
    * **The camp table** (:func:`camp_table`): each actor's camp, named after the camp's
      most central member, its component, the camp it opposes (none for a group without
      opposition), whether it was placed through its leads/member_of relations, and
      whether it is against both camps.

    Parameters
    ----------
    G, weight, modes, include_places, exact, time_limit
        As for :func:`frustration_index`.
    infer_through : iterable of str, default ("leads", "member_of")
        As for :func:`camps`.

    Returns
    -------
    BalanceReport
        Its ``repr`` is a readable summary, component by component; ``camp_table`` lists
        every actor.

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
      camp hts against camp syrian_government:
        hts (9): Hayat Tahrir al-Sham, United States, Israel, Factions that merged into HTS,
          Turkey, Syrian Democratic Forces, Recep Tayyip Erdogan, Jake Sullivan, Abu Mohammad
          al-Julani (inferred)
        syrian_government (3): Syrian government (Assad), Iran, Bashar al-Assad (inferred)
      tensions:
        Hayat Tahrir al-Sham - United States: negative tie within camp hts (favours,
          designates_terrorist; net -0.4)
    >>> report.camp_table.loc["abu_mohammad_al_julani", ["camp", "basis", "inferred_from"]]
    camp                  hts
    basis            inferred
    inferred_from         hts
    Name: abu_mohammad_al_julani, dtype: str
    """
    a = _analyse(
        G,
        weight=weight,
        modes=modes,
        include_places=include_places,
        exact=exact,
        time_limit=time_limit,
        seed=0,
    )
    summary = _named(G, a.S, _sides(a), infer_through, include_places)
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
        camps={n: summary.camps[n] for n in G if n in summary.camps},
        frustrated_edges=_tension_table(G, a, summary.signed, weight, modes),
        names=dict(zip(summary.table.index, summary.table["name"], strict=True)),
        camp_table=summary.table,
    )


def _triangles(a: _Analysis) -> tuple[int, int, float, float]:
    """Triangle counts from traces of matrix cubes: trace(A^3) / 6."""
    k = len(a.nodes)
    sign = np.where(a.negative, -1.0, 1.0)

    def cube_trace(values):
        M = sparse.coo_matrix(
            (np.r_[values, values], (np.r_[a.u, a.v], np.r_[a.v, a.u])), shape=(k, k)
        ).tocsr()
        return float((M @ M).multiply(M).sum()) / 6

    total = cube_trace(np.ones(len(a.u)))
    signed = cube_trace(sign)
    balanced = round((total + signed) / 2)
    total_w = cube_trace(a.weight)
    signed_w = cube_trace(sign * a.weight)
    ratio = balanced / total if total else float("nan")
    weighted = (total_w + signed_w) / (2 * total_w) if total_w else float("nan")
    return round(total), balanced, ratio, weighted
