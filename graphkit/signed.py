"""Any graph with signed edges, as the signed simple graph that balance analysis works on."""

from __future__ import annotations

from collections.abc import Iterable
from numbers import Real

import networkx as nx

from .build import signed_graph
from .vocabulary import SIGNED_MODES

__all__ = ["as_signed", "is_graphkit_graph", "pair_relations"]


def is_graphkit_graph(G: nx.Graph) -> bool:
    """True if ``G`` looks like a graph from :func:`~graphkit.build_graph`.

    A graphkit graph is recognised by its edges carrying ``polarity`` (an empty graph
    counts as one when it is a MultiDiGraph).

    Examples
    --------
    >>> import networkx as nx
    >>> is_graphkit_graph(nx.Graph([(1, 2, {"sign": -1})]))
    False
    """
    for _, _, d in G.edges(data=True):
        return "polarity" in d
    return isinstance(G, nx.MultiDiGraph)


def as_signed(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
) -> nx.Graph:
    """The undirected simple signed graph of ``G``, ambivalent pairs left out.

    A graphkit graph goes through :func:`~graphkit.signed_graph` (``modes`` and
    ``include_places`` apply). Any other networkx graph must carry a numeric ``sign`` on
    every edge; for each pair of nodes, ``total`` is the sum of ``sgn(sign) * weight``
    over the edges between them in either direction (``weight`` defaults to 1 where
    missing), so simple graphs, digraphs and multigraphs are treated alike.

    Returns
    -------
    networkx.Graph
        All nodes of the input (places excepted) with their attributes; one edge per
        pair whose ``total`` is not 0, with ``sign`` (+1 or -1) and ``weight`` (the
        absolute total, or 1 for every edge when ``weight`` is None).

    Raises
    ------
    ValueError
        If an edge of a non-graphkit graph has no numeric ``sign``.

    Examples
    --------
    >>> import networkx as nx
    >>> M = nx.MultiGraph([("a", "b", {"sign": 1}), ("a", "b", {"sign": -1, "weight": 3})])
    >>> S = as_signed(M)
    >>> S.edges["a", "b"]["sign"], S.edges["a", "b"]["weight"]
    (-1, 2.0)
    """
    if is_graphkit_graph(G):
        S = signed_graph(G, modes=modes, include_places=include_places)
        S.remove_edges_from([(u, v) for u, v, s in S.edges(data="sign") if not s])
    else:
        S = nx.Graph()
        S.add_nodes_from(G.nodes(data=True))
        totals: dict[tuple, float] = {}
        for u, v, d in G.edges(data=True):
            sign = d.get("sign")
            if isinstance(sign, bool) or not isinstance(sign, Real) or sign != sign:
                raise ValueError(
                    f"edge ({u!r}, {v!r}) has no numeric 'sign' attribute; give every edge "
                    "sign=+1 or -1 (and optionally a weight), or pass a graphkit graph"
                )
            if u == v or not sign:
                continue
            pair = (u, v) if (v, u) not in totals else (v, u)
            w = d.get(weight, 1.0) if weight else 1.0
            totals[pair] = totals.get(pair, 0.0) + (1 if sign > 0 else -1) * abs(float(w))
        for (u, v), total in totals.items():
            if total:
                S.add_edge(u, v, sign=1 if total > 0 else -1, weight=abs(total), total=total)
    if weight is None:
        for _, _, d in S.edges(data=True):
            d["weight"] = 1.0
    return S


def pair_relations(
    G: nx.Graph, u, v, *, modes: Iterable[str] = SIGNED_MODES
) -> list[dict]:
    """The signed relations between ``u`` and ``v`` in either direction, as rows.

    For a graphkit graph each row is one relation with its ``source, target, relation,
    polarity, weight`` and, when present, ``start, end, evidence, document, reported``;
    relations outside ``modes`` or with polarity 0 are left out. For any other graph each
    row is one edge with ``source, target, sign, weight``.

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
            if graphkit:
                if not d.get("polarity") or ("mode" in d and d["mode"] not in modes):
                    continue
                row = {"source": a, "target": b, "relation": d.get("relation"),
                       "polarity": d.get("polarity"), "weight": d.get("weight", 1.0)}
                for key in ("start", "end", "evidence", "document", "reported"):
                    row[key] = d.get(key)
            else:
                row = {"source": a, "target": b, "sign": d.get("sign"),
                       "weight": d.get("weight", 1.0)}
            rows.append(row)
    return rows
