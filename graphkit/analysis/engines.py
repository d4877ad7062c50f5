"""Betweenness, PageRank and HITS by networkx or, for large graphs, by igraph: same numbers.

Each function takes a simple :class:`networkx.DiGraph` and returns dicts keyed by node with
the values of the networkx function it names, whichever engine computes them. igraph
(C code) is used from :data:`IGRAPH_MIN_EDGES` edges on when ``engine="auto"``: on a
random graph of 5,000 actors and 50,000 relations the whole centrality table takes under
4 s where networkx alone needs about 160 s for betweenness, PageRank and HITS
(``benchmarks/bench_centrality.py``). The tests check that both engines agree on random
graphs (betweenness to 1e-12, PageRank and HITS to 1e-8).

Only betweenness (the costly measure) differs by engine. PageRank and HITS are computed
the same way whichever engine is asked, by power iterations over sparse matrices from a
fixed start, because the same input must give the same bytes: igraph's PageRank and
ARPACK-based HITS (networkx's too) change in their last digits from run to run.
"""

from __future__ import annotations

import networkx as nx

__all__ = [
    "ENGINES",
    "HITS_MAX_ITER",
    "HITS_TOL",
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
HITS_TOL = 1e-12
"""HITS stops when the authority scores change by less than this (sum of |changes|)."""
HITS_MAX_ITER = 10_000
"""Power iterations allowed for HITS."""


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


def _igraph(D: nx.DiGraph):
    import igraph as ig

    nodes = list(D)
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in D.edges()], directed=True)
    return g, nodes


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
    g, nodes = _igraph(D)
    n = len(nodes)
    scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    return {x: float(b) * scale for x, b in zip(nodes, g.betweenness(directed=True), strict=True)}


def pagerank(
    D: nx.DiGraph, *, weight: str | None = "weight", alpha: float = 0.85, engine: str = "auto"
) -> dict:
    """PageRank, as ``networkx.pagerank(D, alpha=alpha, weight=weight, tol=1e-10)``:
    uniform teleportation, and dangling nodes spread their rank uniformly.

    Both engines use networkx's power iteration (sparse matrices, fast at any size here):
    igraph's PRPACK solver gives last digits that change from run to run, and the same
    input must give the same bytes. ``engine`` is accepted for symmetry with
    :func:`betweenness`.

    Examples
    --------
    >>> star = nx.DiGraph([(1, 0), (2, 0), (3, 0)])
    >>> round(pagerank(star)[0], 4), round(pagerank(star, engine="igraph")[0], 4)
    (0.542, 0.542)
    """
    choose_engine(D, engine)
    if len(D) == 0:
        return {}
    # a tighter tolerance than networkx's default 1e-6: results to 1e-8
    return nx.pagerank(D, alpha=alpha, weight=weight, tol=PAGERANK_TOL, max_iter=1000)


def hits(D: nx.DiGraph, *, weight: str | None = None, engine: str = "auto") -> tuple[dict, dict]:
    """Hub and authority scores (Kleinberg 1999), as ``networkx.hits``: the leading left
    and right singular vectors of the adjacency matrix ``A`` (weighted by ``weight`` if
    given), each scaled to sum 1 (0 everywhere for a graph without edges).

    Both engines compute them the same way, by power iteration from the uniform vector
    (``a <- A^T A a``, scaled to sum 1, until it changes by less than :data:`HITS_TOL`
    in sum of absolute differences, at most :data:`HITS_MAX_ITER` times; then
    ``h = A a``). So the same graph gives the same scores to the last bit on every run
    (``networkx.hits`` and igraph start ARPACK from a random vector, and their last
    digits change from run to run), and where the leading singular value is shared (two
    separate groups of the same shape, or one pair tied both ways) the scores are the
    start's share of each, never of mixed signs. ``engine`` is accepted for symmetry
    with :func:`betweenness` and :func:`pagerank`.

    References
    ----------
    .. [1] J. M. Kleinberg, "Authoritative sources in a hyperlinked environment",
       Journal of the ACM 46 (1999) 604-632.

    Examples
    --------
    >>> hubs, authorities = hits(nx.DiGraph([(1, 0), (2, 0)]), engine="igraph")
    >>> hubs, authorities
    ({1: 0.5, 0: 0.0, 2: 0.5}, {1: 0.0, 0: 1.0, 2: 0.0})
    >>> hits(nx.DiGraph([("a", "b"), ("b", "a")]))[0]  # networkx.hits may give 1.28, -0.28
    {'a': 0.5, 'b': 0.5}
    """
    choose_engine(D, engine)
    if D.number_of_edges() == 0 or len(D) < 2:
        zeros = dict.fromkeys(D, 0.0)
        return zeros, dict(zeros)
    import numpy as np
    import scipy.sparse as sparse

    nodes = list(D)
    n = len(nodes)
    index = {x: i for i, x in enumerate(nodes)}
    rows, cols, values = [], [], []
    for a, b, d in D.edges(data=True):
        rows.append(index[a])
        cols.append(index[b])
        values.append(float(d.get(weight, 1.0)) if weight else 1.0)
    A = sparse.csr_matrix((values, (rows, cols)), shape=(n, n))
    At = A.T.tocsr()
    authorities = np.full(n, 1.0 / n)
    for _ in range(HITS_MAX_ITER):
        following = At @ (A @ authorities)
        total = following.sum()
        if total == 0:
            break
        following /= total
        change = np.abs(following - authorities).sum()
        authorities = following
        if change < HITS_TOL:
            break
    hubs = A @ authorities
    if hubs.sum() == 0 or authorities.sum() == 0:
        zeros = dict.fromkeys(D, 0.0)
        return zeros, dict(zeros)
    hubs = hubs / hubs.sum()
    # + 0.0 turns a -0.0 into 0.0
    return (
        {x: float(h) + 0.0 for x, h in zip(nodes, hubs, strict=True)},
        {x: float(a) + 0.0 for x, a in zip(nodes, authorities, strict=True)},
    )
