"""Betweenness, PageRank and HITS by networkx or, for large graphs, by igraph: same numbers.

Each function takes a simple :class:`networkx.DiGraph` and returns dicts keyed by node with
the values of the networkx function it names, whichever engine computes them. igraph
(C code) is used from :data:`IGRAPH_MIN_EDGES` edges on when ``engine="auto"``: on a
random graph of 5,000 actors and 50,000 relations the whole centrality table takes under
4 s where networkx alone needs about 160 s for betweenness, PageRank and HITS
(``benchmarks/bench_centrality.py``). The tests check that both engines agree on random
graphs (betweenness to 1e-12, PageRank and HITS to 1e-8).
"""

from __future__ import annotations

import warnings

import networkx as nx

__all__ = [
    "ENGINES",
    "IGRAPH_MIN_EDGES",
    "PAGERANK_TOL",
    "betweenness",
    "choose_engine",
    "hits",
    "pagerank",
]

ENGINES = ("auto", "networkx", "igraph")
IGRAPH_MIN_EDGES = 1000
"""With ``engine="auto"``, graphs with at least this many edges go to igraph."""
PAGERANK_TOL = 1e-10


def choose_engine(D: nx.DiGraph, engine: str = "auto") -> str:
    """The engine used for ``D``: ``"networkx"`` or ``"igraph"``.

    Examples
    --------
    >>> choose_engine(nx.DiGraph([(1, 2)])), choose_engine(nx.DiGraph(), "igraph")
    ('networkx', 'igraph')
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    if engine == "auto":
        return "igraph" if D.number_of_edges() >= IGRAPH_MIN_EDGES else "networkx"
    return engine


def _igraph(D: nx.DiGraph, weight: str | None = None):
    import igraph as ig

    nodes = list(D)
    index = {n: i for i, n in enumerate(nodes)}
    edges = list(D.edges(data=True))
    g = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b, _ in edges], directed=True)
    weights = [d.get(weight, 1.0) for _, _, d in edges] if weight else None
    return g, nodes, weights


def betweenness(D: nx.DiGraph, *, engine: str = "auto") -> dict:
    """Shortest-path betweenness, as ``networkx.betweenness_centrality(D)`` (normalised by
    ``(n-1)(n-2)`` for a digraph of ``n > 2`` nodes, unweighted).

    Examples
    --------
    >>> path = nx.DiGraph([(1, 2), (2, 3)])
    >>> betweenness(path) == betweenness(path, engine="igraph") == {1: 0.0, 2: 0.5, 3: 0.0}
    True
    """
    if choose_engine(D, engine) == "networkx":
        return nx.betweenness_centrality(D)
    g, nodes, _ = _igraph(D)
    n = len(nodes)
    scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    return {x: float(b) * scale for x, b in zip(nodes, g.betweenness(directed=True), strict=True)}


def pagerank(
    D: nx.DiGraph, *, weight: str | None = "weight", alpha: float = 0.85, engine: str = "auto"
) -> dict:
    """PageRank, as ``networkx.pagerank(D, alpha=alpha, weight=weight, tol=1e-10)``:
    uniform teleportation, and dangling nodes spread their rank uniformly.

    Examples
    --------
    >>> star = nx.DiGraph([(1, 0), (2, 0), (3, 0)])
    >>> round(pagerank(star)[0], 4), round(pagerank(star, engine="igraph")[0], 4)
    (0.542, 0.542)
    """
    if len(D) == 0:
        return {}
    if choose_engine(D, engine) == "networkx":
        # a tighter tolerance than networkx's default 1e-6, so both engines agree to 1e-8
        return nx.pagerank(D, alpha=alpha, weight=weight, tol=PAGERANK_TOL, max_iter=1000)
    g, nodes, weights = _igraph(D, weight)
    ranks = g.pagerank(directed=True, damping=alpha, weights=weights)
    return dict(zip(nodes, map(float, ranks), strict=True))


def hits(D: nx.DiGraph, *, weight: str | None = None, engine: str = "auto") -> tuple[dict, dict]:
    """Hub and authority scores, as ``networkx.hits``: the leading left and right singular
    vectors of the adjacency matrix (weighted by ``weight`` if given), each scaled to sum
    1 (0 everywhere for a graph without edges).

    Examples
    --------
    >>> hubs, authorities = hits(nx.DiGraph([(1, 0), (2, 0)]), engine="igraph")
    >>> hubs, authorities
    ({1: 0.5, 0: 0.0, 2: 0.5}, {1: 0.0, 0: 1.0, 2: 0.0})
    """
    if D.number_of_edges() == 0 or len(D) < 2:
        zeros = dict.fromkeys(D, 0.0)
        return zeros, dict(zeros)
    if choose_engine(D, engine) == "networkx":
        # networkx.hits weighs edges by their "weight" attribute, if any: copy the
        # structure alone, or the chosen weight under that name
        H = nx.DiGraph()
        H.add_nodes_from(D)
        H.add_edges_from(
            (a, b, {"weight": d.get(weight, 1.0)} if weight else {})
            for a, b, d in D.edges(data=True)
        )
        hubs, authorities = nx.hits(H)
        # + 0.0 turns the -0.0 that the singular vectors can carry into 0.0
        return ({x: h + 0.0 for x, h in hubs.items()}, {x: a + 0.0 for x, a in authorities.items()})
    g, nodes, weights = _igraph(D, weight)
    with warnings.catch_warnings():
        # igraph warns when many scores are 0 (actors nobody points to, or who point
        # to nobody): usual in relation graphs, and networkx.hits gives the same values.
        warnings.filterwarnings("ignore", "More than 30% of hub or authority scores")
        hubs = g.hub_score(weights=weights, scale=True)
        authorities = g.authority_score(weights=weights, scale=True)
    h_sum, a_sum = sum(hubs), sum(authorities)
    return (
        {x: float(h) / h_sum for x, h in zip(nodes, hubs, strict=True)},
        {x: float(a) / a_sum for x, a in zip(nodes, authorities, strict=True)},
    )
