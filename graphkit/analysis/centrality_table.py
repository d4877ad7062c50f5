"""The centrality table: who is tied to whom, who is backed and opposed, who brokers."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sparse
from scipy.sparse.linalg import gmres, spsolve

from ..base.errors import UndefinedMeasureWarning
from ..core.projection import signed_relations
from ..core.vocabulary import SIGNED_MODES
from . import engines

__all__ = ["COLUMNS", "centrality", "pn_centrality"]

COLUMNS = {
    "name": "display name (node attribute name, else the id)",
    "kind": "actor kind (node attribute kind)",
    "degree": "distinct partners, in either direction",
    "in_degree": "distinct actors with a relation towards the actor",
    "out_degree": "distinct actors the actor has a relation towards",
    "backers": "distinct actors with a positive relation towards the actor",
    "opponents": "distinct actors with a negative relation towards the actor",
    "betweenness": "networkx.betweenness_centrality on the simple directed projection",
    "pagerank": "networkx.pagerank on the support graph (positive relations, summed weights)",
    "hub": "networkx.hits hub score on the simple directed projection",
    "authority": "networkx.hits authority score on the simple directed projection",
    "pn": "PN centrality (Everett & Borgatti 2014), see pn_centrality",
}
"""The columns of :func:`centrality` and what each one is."""

DENSE_MAX = 2000
"""PN centrality solves its linear system densely up to this many actors, iteratively above."""


@dataclass(frozen=True)
class _Ties:
    """The relations of :func:`~graphkit.core.projection.signed_relations`, one row per
    direction they hold in (symmetric relations both ways), as positions in ``actors``."""

    actors: list
    source: np.ndarray
    target: np.ndarray
    polarity: np.ndarray
    weight: np.ndarray


def _ties(G: nx.Graph, modes: Iterable[str], include_places: bool) -> _Ties:
    r = signed_relations(G, modes=modes, include_places=include_places, require_sign=False)
    both = r.symmetric
    return _Ties(
        actors=r.nodes,
        source=np.r_[r.source, r.target[both]],
        target=np.r_[r.target, r.source[both]],
        polarity=np.r_[r.polarity, r.polarity[both]],
        weight=np.r_[r.weight, r.weight[both]],
    )


def centrality(
    G: nx.Graph,
    *,
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    sort_by: str = "degree",
    engine: str = "auto",
) -> pd.DataFrame:
    """The centrality table: one row per actor, one documented measure per column.

    Relations are taken in the modes asked (verbal and material by default: structural
    relations such as ``leads`` or ``member_of`` and territorial ones such as ``controls``
    are left out) between actors that are not places (unless ``include_places``). A
    symmetric relation type (``fights``, ``allied_with``) counts in both directions, as
    does every edge of an undirected graph.

    Columns (see also :data:`COLUMNS`):

    * ``name``, ``kind``: node attributes.
    * ``degree``: distinct partners in either direction; ``in_degree``, ``out_degree``:
      distinct actors with a relation towards / from the actor (any polarity).
    * ``backers``, ``opponents``: distinct actors with a positive / negative relation
      towards the actor.
    * ``betweenness``: :func:`networkx.betweenness_centrality` (normalised, unweighted)
      on the simple directed projection ``D`` (an arc ``a -> b`` if any relation goes
      from ``a`` to ``b``).
    * ``pagerank``: :func:`networkx.pagerank` (``alpha=0.85``) on the support graph: arcs
      of positive relations, weighted by the sum of their weights. Being backed by the
      backed counts most.
    * ``hub``, ``authority``: :func:`networkx.hits` on ``D`` (each sums to 1).
    * ``pn``: :func:`pn_centrality` (undirected): positive ties raise it, negative ties
      lower it.

    Parameters
    ----------
    G : networkx graph
        A graphkit graph, or any networkx graph (edges may carry ``sign`` or
        ``polarity``, ``weight``, ``mode``; nodes ``name``, ``kind``, ``place``).
    modes : iterable of str, default ("verbal", "material")
        Relation modes kept; add ``"structural"``, ``"territorial"`` to keep those.
    include_places : bool, default False
        Keep actors whose kind is a place (cities, provinces, regions).
    sort_by : str, default "degree"
        Column to sort by, largest first (``"name"`` and ``"kind"`` sort A to Z); ties
        are broken by betweenness, then by the order of the graph's nodes.
    engine : {"auto", "networkx", "igraph"}, default "auto"
        Who computes betweenness, PageRank and HITS; the values are the same, igraph is
        faster (``"auto"`` uses it from :data:`graphkit.analysis.engines.IGRAPH_MIN_EDGES` arcs).

    Returns
    -------
    pandas.DataFrame
        Indexed by actor id (index name ``actor``), with the columns above.

    References
    ----------
    .. [1] L. C. Freeman, "A set of measures of centrality based on betweenness",
       Sociometry 40 (1977) 35-41.
    .. [2] S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search
       engine", Computer Networks 30 (1998) 107-117.
    .. [3] J. M. Kleinberg, "Authoritative sources in a hyperlinked environment", Journal
       of the ACM 46 (1999) 604-632.
    .. [4] M. G. Everett and S. P. Borgatti, "Networks containing negative ties", Social
       Networks 38 (2014) 111-120.

    Examples
    --------
    >>> import graphkit as gk
    >>> table = gk.centrality(gk.load_dataset("syria-2024"))
    >>> table[["name", "degree", "backers", "opponents"]].head(3)
                                            name  degree  backers  opponents
    actor
    hts                     Hayat Tahrir al-Sham       7        5          2
    syrian_government  Syrian government (Assad)       4        1          3
    united_states                  United States       4        0          0
    """
    if sort_by not in COLUMNS:
        raise ValueError(f"sort_by must be a column of the table: {', '.join(COLUMNS)}")
    r = _ties(G, modes, include_places)
    actors = r.actors
    n = len(actors)
    D = nx.DiGraph()  # the simple directed projection, on positions 0..n-1
    D.add_nodes_from(range(n))
    D.add_edges_from(zip(r.source.tolist(), r.target.tolist(), strict=True))
    positive = r.polarity > 0
    support = nx.DiGraph()
    support.add_nodes_from(range(n))
    pairs, summed = _summed(r.source[positive], r.target[positive], r.weight[positive], n)
    support.add_weighted_edges_from(
        (int(p // n), int(p % n), float(w)) for p, w in zip(pairs, summed, strict=True)
    )
    hubs, authorities = engines.hits(D, engine=engine)
    between = engines.betweenness(D, engine=engine)
    rank = engines.pagerank(support, weight="weight", engine=engine)
    pn = _pn(r, "all")
    partners = np.unique(np.r_[r.source * n + r.target, r.target * n + r.source])
    table = pd.DataFrame(
        {
            "name": [str(G.nodes[a].get("name", a)) for a in actors],
            "kind": [G.nodes[a].get("kind", "") for a in actors],
            "degree": np.bincount(partners // n, minlength=n),
            "in_degree": [D.in_degree(i) for i in range(n)],
            "out_degree": [D.out_degree(i) for i in range(n)],
            "backers": _distinct_sources(r.source[positive], r.target[positive], n),
            "opponents": _distinct_sources(r.source[r.polarity < 0], r.target[r.polarity < 0], n),
            "betweenness": [between.get(i, 0.0) for i in range(n)],
            "pagerank": [rank.get(i, 0.0) for i in range(n)],
            "hub": [hubs.get(i, 0.0) for i in range(n)],
            "authority": [authorities.get(i, 0.0) for i in range(n)],
            "pn": pn.to_numpy() if len(actors) else [],
        },
        index=pd.Index(actors, name="actor"),
    )
    table["_order"] = np.arange(len(table))
    if sort_by in ("name", "kind"):
        keys, ascending = [sort_by, "_order"], [True, True]
    else:
        keys = (
            [sort_by, "betweenness", "_order"] if sort_by != "betweenness" else [sort_by, "_order"]
        )
        ascending = [False] * (len(keys) - 1) + [True]
    return table.sort_values(keys, ascending=ascending, kind="stable").drop(columns="_order")


def _summed(source: np.ndarray, target: np.ndarray, weight: np.ndarray, n: int):
    """Distinct arcs (as ``source * n + target``) and the summed weight of each."""
    arcs, inverse = np.unique(source * n + target, return_inverse=True)
    return arcs, np.bincount(inverse, weights=weight, minlength=len(arcs))


def _distinct_sources(source: np.ndarray, target: np.ndarray, n: int) -> np.ndarray:
    """For each actor, how many distinct actors have an arc towards it."""
    arcs = np.unique(source * n + target)
    return np.bincount(arcs % n, minlength=n)


def pn_centrality(
    G: nx.Graph,
    *,
    mode: str = "all",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
) -> pd.Series:
    """PN centrality of Everett & Borgatti (2014) for networks with negative ties.

    With ``P`` and ``N`` the 0/1 matrices of positive and of negative ties (kept apart: a
    pair can have both), ``A = P - 2N`` and ``n`` actors,

    .. math:: PN = \\left(I - \\frac{A}{2n-2}\\right)^{-1} \\mathbf{1}

    Positive ties to central actors raise an actor's score, negative ties lower it, with
    negative ties weighing twice; an isolated actor scores 1. For directed ties Everett &
    Borgatti give in- and out-variants, computed as in the R package signnet::

        PN_out = (I - A A^T / (4 (n-1)^2))^{-1} (I + A / (2n-2)) 1
        PN_in  = (I - A^T A / (4 (n-1)^2))^{-1} (I + A^T / (2n-2)) 1

    which equal the undirected formula when ``A`` is symmetric.

    Parameters
    ----------
    G : networkx graph
        A graphkit graph (a pair has a positive tie if any relation between them has
        polarity +1, a negative tie if any has -1), or any graph whose edges carry a
        numeric ``sign`` (each edge a tie of its sign; weights are ignored).
    mode : {"all", "in", "out"}, default "all"
        ``"all"`` treats ties as undirected; ``"in"`` and ``"out"`` use their direction
        (symmetric relation types count both ways).
    modes, include_places
        As for :func:`centrality`.

    Returns
    -------
    pandas.Series
        Named ``pn``, indexed by actor id, in the order of the graph's nodes.

    References
    ----------
    .. [1] M. G. Everett and S. P. Borgatti, "Networks containing negative ties", Social
       Networks 38 (2014) 111-120.
    .. [2] D. Schoch, signnet: an R package for analysing signed networks, ``pn_index``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b", {"sign": 1}), ("b", "c", {"sign": -1})])
    >>> pn_centrality(G).round(4).tolist()
    [1.2727, 1.0909, 0.4545]
    """
    if mode not in ("all", "in", "out"):
        raise ValueError(f"mode must be 'all', 'in' or 'out', got {mode!r}")
    return _pn(_ties(G, modes, include_places), mode)


def _pn(r: _Ties, mode: str) -> pd.Series:
    n = len(r.actors)
    index = pd.Index(r.actors, name="actor")
    if n < 2:
        return pd.Series(np.ones(n), index=index, name="pn")
    rows, cols = r.source, r.target
    polarity = r.polarity.astype(np.int64)
    if mode == "all":
        rows, cols = np.r_[rows, cols], np.r_[cols, rows]
        polarity = np.r_[polarity, polarity]

    def ties(sign: int) -> sparse.csr_matrix:
        keep = polarity == sign
        M = sparse.csr_matrix((np.ones(keep.sum()), (rows[keep], cols[keep])), shape=(n, n))
        return M.sign()  # several relations of one sign make one tie

    A = ties(1) - 2 * ties(-1)
    ones = np.ones(n)
    c = 2 * n - 2
    if mode == "all":
        M, b = A / c, ones
    elif mode == "out":
        M, b = (A @ A.T) / c**2, ones + A @ ones / c
    else:
        M, b = (A.T @ A) / c**2, ones + A.T @ ones / c
    return pd.Series(_solve_identity_minus(M, b), index=index, name="pn")


def _solve_identity_minus(M: sparse.csr_matrix, b: np.ndarray) -> np.ndarray:
    """Solve ``(I - M) x = b``: densely for small n, else by GMRES (sparse LU fills in on
    random graphs), falling back to LU if GMRES does not converge."""
    n = M.shape[0]
    identity = sparse.identity(n, format="csr")
    try:
        if n <= DENSE_MAX:
            x = np.linalg.solve((identity - M).toarray(), b)
        else:
            x, info = gmres(identity - M, b, rtol=1e-12, atol=0.0, restart=50, maxiter=200)
            if info != 0:
                x = spsolve((identity - M).tocsc(), b)
    except np.linalg.LinAlgError:
        x = np.full(n, np.nan)
    x = np.asarray(x, dtype=float)
    if not np.isfinite(x).all():
        # Everett & Borgatti's scaling 1/(2n-2) assumes the series converges; on a few
        # tiny, all-negative graphs the matrix is singular and the index does not exist.
        warnings.warn(
            "PN centrality is undefined for this graph (I - A/(2n-2) is singular); "
            "its values are NaN",
            UndefinedMeasureWarning,
            stacklevel=3,
        )
        x = np.full(n, np.nan)
    return x
