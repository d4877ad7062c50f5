"""Projections of a relation graph: the signed relations and signed pairs that every signed
analysis and the centrality table work on, and subgraphs by relation type.

This module holds the one definition of the signed projection. It reads any networkx
graph: a graphkit graph (edges carry ``polarity``, ``weight``, ``mode``; nodes ``place``)
or a plain graph whose edges carry a numeric ``sign`` (and optionally a weight).

1. **Relations kept** (:func:`signed_relations`): every edge between two distinct kept
   actors (places are left out unless asked) whose ``mode``, when it has one, is among
   ``modes``. Its polarity is the sign of its ``polarity`` attribute, else of its ``sign``
   attribute; its weight is the absolute value of its ``weight`` attribute (1 where
   missing), or 1 for every relation when ``weight=None``.
2. **Pairs** (:func:`signed_graph`): for each unordered pair, ``positive`` and ``negative``
   sum the weights of its relations of each polarity in both directions, and ``total`` is
   their sum. A pair whose total is within :data:`CANCEL_TOLERANCE` (relative) of zero
   while it has relations of both signs is *ambivalent* (``sign=0``); signed analyses
   leave it out. Otherwise ``sign`` is the sign of ``total``, and the pair's ``weight``
   is ``|total|``, or 1 when ``weight=None``.

So ``weight=None`` means *ignore weights*: each relation counts once in its pair's net
(the sign is a majority vote) and each signed pair weighs 1, whether the graph came from
graphkit or elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from numbers import Real

import networkx as nx
import numpy as np

from ..base.hints import closest
from .vocabulary import SIGNED_MODES, vocabulary_of

__all__ = [
    "CANCEL_TOLERANCE",
    "SignedRelations",
    "edge_filtered",
    "is_graphkit_graph",
    "pair_relations",
    "relation_subgraph",
    "signed_graph",
    "signed_relations",
]

CANCEL_TOLERANCE = 1e-9
"""A pair's net is zero when ``|total| <= CANCEL_TOLERANCE * max(positive, -negative)``:
relations that cancel out stay ambivalent despite floating-point rounding
(0.1 + 0.2 - 0.3 is 5.6e-17)."""

_DETAIL = ("start", "end", "evidence", "document", "reported")


@dataclass(frozen=True)
class SignedRelations:
    """The relations a signed analysis keeps, as parallel arrays, one entry per relation.

    Attributes
    ----------
    nodes : list
        The actors kept (places left out unless asked), in the graph's order.
    source, target : numpy.ndarray
        Positions in ``nodes`` (int64), in the relation's direction.
    polarity : numpy.ndarray
        -1, 0 or +1 (int8).
    weight : numpy.ndarray
        Non-negative weights (float64); all 1 when ``weight=None``.
    symmetric : numpy.ndarray
        True for a symmetric relation type or an edge of an undirected graph: it holds in
        both directions.
    relation : list of str
        The relation type of each (``""`` where the edge has none).
    """

    nodes: list
    source: np.ndarray
    target: np.ndarray
    polarity: np.ndarray
    weight: np.ndarray
    symmetric: np.ndarray
    relation: list

    def __len__(self) -> int:
        return len(self.source)


def is_graphkit_graph(G: nx.Graph) -> bool:
    """True if ``G`` looks like a graph from :func:`~graphkit.build_graph`.

    A graphkit graph is recognised by its edges carrying ``polarity`` (an empty graph
    counts as one when it is a MultiDiGraph).

    Examples
    --------
    >>> is_graphkit_graph(nx.Graph([(1, 2, {"sign": -1})]))
    False
    """
    for _, _, d in G.edges(data=True):
        return "polarity" in d
    return isinstance(G, nx.MultiDiGraph)


def _number(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, Real):
        return None
    value = float(value)
    return None if value != value else value


def relation_polarity(d: dict, *, required: bool = True) -> int:
    """-1, 0 or +1: the sign of an edge's ``polarity``, else of its ``sign``.

    Raises
    ------
    ValueError
        If ``required`` and the edge has neither as a number.

    Examples
    --------
    >>> relation_polarity({"polarity": -1}), relation_polarity({"sign": 2.5})
    (-1, 1)
    """
    for attribute in ("polarity", "sign"):
        if attribute in d:
            value = _number(d[attribute])
            if value is not None:
                return (value > 0) - (value < 0)
    if required:
        raise ValueError("no numeric 'polarity' or 'sign' attribute")
    return 0


def signed_relations(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    require_sign: bool = True,
) -> SignedRelations:
    """The relations signed analyses keep, with their polarity and weight (step 1 above).

    Parameters
    ----------
    G : networkx graph
        A graphkit graph, or any graph whose edges carry a numeric ``sign``.
    weight : str or None, default "weight"
        Edge attribute holding the weight (1 where missing); None gives every relation
        weight 1.
    modes : iterable of str, default ("verbal", "material")
        Relation modes kept; edges without a ``mode`` are always kept.
    include_places : bool, default False
        Keep actors whose ``place`` node attribute is true.
    require_sign : bool, default True
        Raise for an edge with neither ``polarity`` nor ``sign``; when False such an
        edge has polarity 0 (the centrality table counts it as a tie of no sign).

    Raises
    ------
    ValueError
        Naming the first edge with no numeric sign (when required) or a weight that is
        not a number.

    Examples
    --------
    >>> M = nx.MultiGraph([("a", "b", {"sign": 1, "weight": 0.5}), ("b", "c", {"sign": -1})])
    >>> r = signed_relations(M)
    >>> r.nodes, r.polarity.tolist(), r.weight.tolist(), r.symmetric.tolist()
    (['a', 'b', 'c'], [1, -1], [0.5, 1.0], [True, True])
    """
    modes = set(modes)
    nodes = [n for n, d in G.nodes(data=True) if include_places or not d.get("place", False)]
    index = {n: i for i, n in enumerate(nodes)}
    directed = G.is_directed()
    source, target, polarity, weights, symmetric, relation = [], [], [], [], [], []
    for u, v, d in G.edges(data=True):
        if u == v or u not in index or v not in index:
            continue
        if "mode" in d and d["mode"] not in modes:
            continue
        try:
            p = relation_polarity(d, required=require_sign)
        except ValueError:
            raise ValueError(
                f"edge ({u!r}, {v!r}) has no numeric 'sign' or 'polarity' attribute; give "
                "every edge sign=+1 or -1 (and optionally a weight), or pass a graphkit graph"
            ) from None
        w: float | None = 1.0
        if weight is not None:
            w = _number(d.get(weight, 1.0))
            if w is None:
                raise ValueError(
                    f"edge ({u!r}, {v!r}) has a {weight!r} that is not a number: {d.get(weight)!r}"
                )
        source.append(index[u])
        target.append(index[v])
        polarity.append(p)
        weights.append(abs(w) if w is not None else 1.0)
        symmetric.append(bool(d.get("symmetric", False)) or not directed)
        relation.append(str(d.get("relation", "")))
    return SignedRelations(
        nodes=nodes,
        source=np.asarray(source, dtype=np.int64),
        target=np.asarray(target, dtype=np.int64),
        polarity=np.asarray(polarity, dtype=np.int8),
        weight=np.asarray(weights, dtype=np.float64),
        symmetric=np.asarray(symmetric, dtype=bool),
        relation=relation,
    )


def signed_graph(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    keep_ambivalent: bool = True,
) -> nx.Graph:
    """The signed, undirected, simple projection every signed analysis uses.

    For each pair of actors, ``total`` is the sum of ``polarity * weight`` over their
    relations in both directions (see the module's definition of which relations count).
    The edge's ``sign`` is the sign of ``total``; a pair whose relations have both signs
    and cancel out (within :data:`CANCEL_TOLERANCE`) gets ``sign = 0`` and
    ``ambivalent = True``.

    Parameters
    ----------
    G : networkx graph
        A graphkit graph, or any networkx graph whose edges carry a numeric ``sign``.
    weight : str or None, default "weight"
        Edge attribute holding weights; None counts every relation once and gives every
        signed pair weight 1.
    modes : iterable of str, default ("verbal", "material")
        Relation modes taken into account; add ``"structural"`` or ``"territorial"``
        to include those relations (only those with a non-zero polarity count).
    include_places : bool, default False
        Keep actors whose kind is a place (``place`` node attribute).
    keep_ambivalent : bool, default True
        Keep ambivalent pairs as ``sign=0`` edges; signed analyses pass False.

    Returns
    -------
    networkx.Graph
        Nodes with their attributes (places left out unless asked); edges with
        ``sign`` (+1, -1 or 0), ``weight`` (``|total|``, or 1 when ``weight=None``),
        ``total``, ``positive`` and ``negative`` (the sums of each sign, ``negative``
        <= 0), ``ambivalent`` (bool), ``relations`` (the relation types,
        comma-separated) and ``count``.

    Examples
    --------
    >>> import graphkit as gk
    >>> S = gk.signed_graph(gk.load_dataset("syria-2024"))
    >>> S.edges["turkey", "syrian_government"]["sign"]
    -1
    >>> S.edges["united_states", "hts"]["relations"]
    'designates_terrorist, favours'
    """
    r = signed_relations(G, weight=weight, modes=modes, include_places=include_places)
    S = nx.Graph(**G.graph)
    S.add_nodes_from((n, G.nodes[n]) for n in r.nodes)
    signed = r.polarity != 0
    if not signed.any():
        return S
    a = np.minimum(r.source, r.target)[signed]
    b = np.maximum(r.source, r.target)[signed]
    value = (r.polarity * r.weight)[signed]
    names = [name for name, keep in zip(r.relation, signed.tolist(), strict=True) if keep]
    pair_id = a * len(r.nodes) + b
    # each pair's values summed in order of value, whatever the order of the edges:
    # floating-point sums then come out the same for every order of one set of relations
    order = np.lexsort((value, pair_id))
    a, b, value, pair_id = a[order], b[order], value[order], pair_id[order]
    names = [names[i] for i in order.tolist()]
    pairs, first, inverse = np.unique(pair_id, return_index=True, return_inverse=True)
    positive = np.bincount(inverse, weights=np.maximum(value, 0), minlength=len(pairs))
    negative = np.bincount(inverse, weights=np.minimum(value, 0), minlength=len(pairs))
    count = np.bincount(inverse, minlength=len(pairs))
    relation_sets: list[set[str]] = [set() for _ in range(len(pairs))]
    for i, name in zip(inverse.tolist(), names, strict=True):
        if name:
            relation_sets[i].add(name)
    edges = []
    for i in range(len(pairs)):  # pairs in the order of their actors, whatever the edge order
        pos, neg = float(positive[i]), float(negative[i])
        total = pos + neg
        if abs(total) <= CANCEL_TOLERANCE * max(pos, -neg):
            total = 0.0
        sign = (total > 0) - (total < 0)
        if not sign and not keep_ambivalent:
            continue
        edges.append(
            (
                r.nodes[a[first[i]]],
                r.nodes[b[first[i]]],
                {
                    "sign": sign,
                    "weight": abs(total) if weight is not None else (1.0 if sign else 0.0),
                    "total": total,
                    "positive": pos,
                    "negative": neg,
                    "ambivalent": sign == 0,
                    "relations": ", ".join(sorted(relation_sets[i])),
                    "count": int(count[i]),
                },
            )
        )
    S.add_edges_from(edges)
    return S


def pair_relations(
    G: nx.Graph, u, v, *, weight: str | None = "weight", modes: Iterable[str] = SIGNED_MODES
) -> list[dict]:
    """The signed relations between ``u`` and ``v`` in either direction, as rows.

    The relations are those :func:`signed_relations` keeps, with a non-zero polarity.
    For a graphkit graph each row has ``source, target, relation, polarity, weight`` and,
    when present, ``start, end, evidence, document, reported``; for any other graph,
    ``source, target, sign, weight``.

    Examples
    --------
    >>> import graphkit as gk
    >>> rows = pair_relations(gk.load_dataset(), "united_states", "hts")
    >>> [(r["relation"], r["polarity"]) for r in rows]
    [('favours', 1), ('designates_terrorist', -1)]
    """
    modes = set(modes)
    graphkit = is_graphkit_graph(G)
    rows = []
    pairs = [(u, v), (v, u)] if G.is_directed() else [(u, v)]
    for a, b in pairs:
        if not G.has_edge(a, b):
            continue
        data = G[a][b].values() if G.is_multigraph() else [G[a][b]]
        for d in data:
            if "mode" in d and d["mode"] not in modes:
                continue
            p = relation_polarity(d, required=False)
            if not p:
                continue
            w = d.get(weight, 1.0) if weight is not None else 1.0
            if graphkit:
                row = {
                    "source": a,
                    "target": b,
                    "relation": d.get("relation"),
                    "polarity": p,
                    "weight": w,
                }
                row.update({key: d.get(key) for key in _DETAIL})
            else:
                row = {"source": a, "target": b, "sign": d.get("sign"), "weight": w}
            rows.append(row)
    return rows


def relation_subgraph(G: nx.Graph, relations: str | Iterable[str]) -> nx.Graph:
    """A copy of ``G`` keeping only relations of the given types (all actors are kept).

    Parameters
    ----------
    G : networkx.Graph
        The graph; it is left as it was.
    relations : str or iterable of str
        The relation type or types to keep.

    Returns
    -------
    networkx.Graph
        A graph of the same class with every actor and the chosen relations, their
        attributes copied.

    Raises
    ------
    ValueError
        If a type is neither in ``G`` nor in its vocabulary.

    Examples
    --------
    >>> import graphkit as gk
    >>> H = gk.relation_subgraph(gk.load_dataset("syria-2024"), ["backs", "funds"])
    >>> sorted({d["relation"] for _, _, d in H.edges(data=True)})
    ['backs', 'funds']
    """
    wanted = {relations} if isinstance(relations, str) else set(relations)
    known = {d.get("relation") for _, _, d in G.edges(data=True)} - {None}
    known |= set(vocabulary_of(G).relation_names())
    unknown = sorted(wanted - known)
    if unknown:
        hint = closest(unknown[0], known)
        raise ValueError(
            f"unknown relation type {unknown[0]!r}{hint}; known: {', '.join(sorted(known))}"
        )
    return edge_filtered(G, lambda d: d.get("relation") in wanted)


def edge_filtered(G: nx.Graph, keep: Callable[[dict], bool]) -> nx.Graph:
    """A copy of ``G`` (same class, graph and node attributes) with the edges whose data
    ``keep`` accepts; edge keys are kept for multigraphs. Attribute dicts are copied."""
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((n, dict(d)) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        H.add_edges_from(
            (u, v, k, dict(d)) for u, v, k, d in G.edges(keys=True, data=True) if keep(d)
        )
    else:
        H.add_edges_from((u, v, dict(d)) for u, v, d in G.edges(data=True) if keep(d))
    return H
