"""Analysis results written onto a copy of the graph: the one step between analysing and drawing."""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping

import networkx as nx
import pandas as pd

from .centrality_table import centrality
from .signed.structural_balance import BalanceReport, balance

__all__ = ["annotate"]

_SKIP_COLUMNS = ("name", "kind")


def annotate(
    G: nx.Graph,
    *,
    table: pd.DataFrame | None = None,
    camps: Mapping | BalanceReport | None = None,
    compute: bool = True,
    time_limit: float | None = 60.0,
) -> nx.Graph:
    """A copy of ``G`` whose actors and relations carry the results of the analysis.

    Drawing functions (:func:`~graphkit.to_html`, :func:`~graphkit.show`,
    :func:`~graphkit.to_image`) run no analysis: they read attributes. This is the one
    step that writes them, so a page shows exactly the table and camps the analyst read,
    and the frustration problem is solved once.

    * Every numeric column of the centrality table becomes a node attribute of the same
      name (``degree``, ``pagerank``, ``betweenness``, ``pn``, ...).
    * ``camp`` (int) for each actor placed in a camp.
    * From a :class:`~graphkit.BalanceReport` also: ``frustrated=True`` on the relations of
      each frustrated pair, and the graph attributes ``frustration_index``,
      ``frustration_lower_bound`` and ``frustration_exact``.

    Parameters
    ----------
    G : networkx graph
        The graph to annotate; it is not changed.
    table : pandas.DataFrame, optional
        The centrality table of ``G``; computed with :func:`~graphkit.centrality` when
        omitted (unless ``compute=False``).
    camps : mapping or BalanceReport, optional
        ``{actor: camp}`` or the report of :func:`~graphkit.balance`; the report is
        computed when omitted (unless ``compute=False``).
    compute : bool, default True
        Compute what is not given; False writes only what is given.
    time_limit : float or None, default 60
        Passed to :func:`~graphkit.balance` when it is computed here.

    Returns
    -------
    networkx graph
        A copy of ``G`` (same class) with the attributes above.

    Examples
    --------
    >>> import graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> report = gk.balance(G)
    >>> A = gk.annotate(G, table=gk.centrality(G), camps=report)
    >>> A.nodes["hts"]["camp"], A.nodes["hts"]["degree"], "camp" in G.nodes["hts"]
    (0, 7, False)
    >>> A.edges["united_states", "hts", "designates_terrorist"]["frustrated"]
    True
    """
    if table is None and compute:
        table = centrality(G)
    if camps is None and compute:
        camps = balance(G, time_limit=time_limit)
    A = G.copy()
    if table is not None:
        for column in table.columns:
            if column in _SKIP_COLUMNS:
                continue
            for actor, value in table[column].items():
                if actor in A and _is_number(value):
                    A.nodes[actor][str(column)] = value.item() if hasattr(value, "item") else value
    if isinstance(camps, BalanceReport):
        _write_report(A, camps)
    elif camps is not None:
        for actor, camp in dict(camps).items():
            if actor in A:
                A.nodes[actor]["camp"] = str(camp)
    return A


def _write_report(A: nx.Graph, report: BalanceReport) -> None:
    for actor, camp in report.camps.items():
        if actor in A:
            A.nodes[actor]["camp"] = str(camp)
    A.graph["frustration_index"] = float(report.frustration_index)
    A.graph["frustration_lower_bound"] = float(report.lower_bound)
    A.graph["frustration_exact"] = bool(report.exact)
    frustrated = {frozenset(pair) for pair in report.frustrated_edges.get("pair", [])}
    if not frustrated:
        return
    edges = (
        A.edges(keys=True, data=True)
        if A.is_multigraph()
        else ((u, v, None, d) for u, v, d in A.edges(data=True))
    )
    for u, v, _key, d in edges:
        if frozenset((u, v)) in frustrated and _signed(d):
            d["frustrated"] = True


def _signed(d: dict) -> bool:
    value = d.get("polarity", d.get("sign"))
    return isinstance(value, numbers.Real) and value != 0


def _is_number(value) -> bool:
    return (
        isinstance(value, numbers.Real)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )
