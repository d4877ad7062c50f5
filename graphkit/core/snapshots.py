"""The graph on a given day, and what changed between two graphs."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pandas as pd

from .dates import first_day, last_day, to_date
from .projection import edge_filtered, signed_graph

__all__ = ["diff", "snapshot"]


def snapshot(G: nx.Graph, at: str | dt.date | dt.datetime) -> nx.Graph:
    """A copy of ``G`` (of the same class) keeping the relations that held on the day ``at``.

    A relation holds on a day if it has no ``start`` or started on or before it, and no
    ``end`` or ended on or after it. Dates keep their precision: ``end="2016"`` holds
    until 31 December 2016, ``start="2017-01"`` from 1 January 2017. All actors are kept,
    so layouts and tables of two snapshots line up.

    Parameters
    ----------
    G : networkx.Graph
        The graph; it is left as it was.
    at : str, datetime.date or datetime.datetime
        The day, as ``YYYY-MM-DD`` or a date (a datetime counts by its day).

    Returns
    -------
    networkx.Graph
        A graph of the same class with every actor and the relations that held on that
        day; ``graph["snapshot"]`` is the day in ISO form.

    Raises
    ------
    ValueError
        If ``at`` is not a single day (``"2024-12"`` is a month).

    Examples
    --------
    >>> import graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> before, after = gk.snapshot(G, "2024-12-04"), gk.snapshot(G, "2024-12-07")
    >>> before.has_edge("syrian_government", "hama"), after.has_edge("syrian_government", "hama")
    (True, False)
    >>> after.has_edge("hts", "hama")
    True
    """
    day = to_date(at)

    def holds(d: dict) -> bool:
        start, end = d.get("start"), d.get("end")
        return (not start or first_day(start) <= day) and (not end or day <= last_day(end))

    H = edge_filtered(G, holds)
    H.graph["snapshot"] = day.isoformat()
    return H


def _edges(G: nx.Graph) -> dict[tuple, tuple[object, object, dict]]:
    """Edges by identity: ``(u, v, key)`` in multigraphs, ``(u, v)`` otherwise; the pair
    unordered in undirected graphs (``(a, b)`` and ``(b, a)`` are one edge there)."""
    edges: dict[tuple, tuple[object, object, dict]] = {}
    items = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
    for u, v, *rest in items:
        d = rest[-1]
        pair: tuple = (u, v) if G.is_directed() else (frozenset((u, v)),)
        edges[pair + tuple(rest[:-1])] = (u, v, d)
    return edges


def _signed(G: nx.Graph) -> bool:
    """True if some edge carries a sign: only then can a pair's sign flip."""
    return any("polarity" in d or "sign" in d for *_, d in G.edges(data=True))


def diff(G_before: nx.Graph, G_after: nx.Graph) -> pd.DataFrame:
    """Relations gained, lost and changed, and pairs whose sign flipped, between two graphs.

    Relations are matched by ``(source, target, key)`` in multigraphs (graphkit graphs)
    and by ``(source, target)`` in simple graphs, the pair unordered when the graphs are
    undirected. A relation present in both with different attributes is ``"changed"``;
    ``changes`` says which, as ``"weight: 0.5 -> 0.8"``. A pair of actors related in both
    graphs whose net sign in :func:`signed_graph` differs is ``"flipped"``: ``relation``
    lists its relation types after the change, ``polarity`` is its new sign and
    ``changes`` the old and new net. Flips are looked for only when edges carry a
    ``polarity`` or ``sign``.

    Parameters
    ----------
    G_before, G_after : networkx graph
        Two graphs of the same kind (both directed or both undirected, both multigraphs
        or both simple), such as two :func:`snapshot` of one graph.

    Returns
    -------
    pandas.DataFrame
        Columns ``change`` (``"changed"``, ``"flipped"``, ``"gained"``, ``"lost"``),
        ``source``, ``target``, ``relation``, ``polarity``, ``start``, ``end``,
        ``evidence``, ``changes``; sorted by change, source, target, relation.

    Raises
    ------
    ValueError
        If the graphs are not of the same kind (their edges could not be matched).

    Examples
    --------
    >>> import graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> changes = gk.diff(gk.snapshot(G, "2024-12-04"), gk.snapshot(G, "2024-12-07"))
    >>> hama = changes.query("target == 'hama'")
    >>> list(zip(hama["change"], hama["source"], hama["relation"]))
    [('gained', 'hts', 'captures'), ('lost', 'syrian_government', 'controls')]

    Plain graphs work too:

    >>> import networkx as nx
    >>> gk.diff(nx.Graph([("a", "b", {"sign": 1})]), nx.Graph([("b", "a", {"sign": -1})]))[
    ...     ["change", "source", "target", "changes"]]
        change source target                      changes
    0  changed      b      a                sign: 1 -> -1
    1  flipped      b      a  sign: 1 -> -1 (net 1 -> -1)
    """
    kinds = [
        f"{'directed' if G.is_directed() else 'undirected'} "
        f"{'multigraph' if G.is_multigraph() else 'simple graph'} ({type(G).__name__})"
        for G in (G_before, G_after)
    ]
    if kinds[0].split(" (")[0] != kinds[1].split(" (")[0]:
        raise ValueError(
            f"cannot match the relations of a {kinds[0]} with those of a {kinds[1]}; "
            "convert one (e.g. nx.MultiDiGraph(G)) so both are of the same kind"
        )
    before, after = _edges(G_before), _edges(G_after)
    rows = []
    for key in [*before, *(k for k in after if k not in before)]:
        old, new = before.get(key), after.get(key)
        if old is None and new is not None:
            change, changes, (u, v, d) = "gained", "", new
        elif new is None and old is not None:
            change, changes, (u, v, d) = "lost", "", old
        elif old is not None and new is not None and old[2] != new[2]:
            change, (u, v, d) = "changed", new
            was, now = old[2], new[2]
            changes = "; ".join(
                f"{a}: {was.get(a)} -> {now.get(a)}"
                for a in sorted(was.keys() | now.keys(), key=str)
                if was.get(a) != now.get(a)
            )
        else:
            continue
        rows.append(
            dict(
                change=change,
                source=u,
                target=v,
                relation=d.get("relation"),
                polarity=d.get("polarity", d.get("sign")),
                start=d.get("start"),
                end=d.get("end"),
                evidence=d.get("evidence"),
                changes=changes,
            )
        )
    if _signed(G_before) or _signed(G_after):
        rows += _flips(G_before, G_after)
    columns = [
        "change",
        "source",
        "target",
        "relation",
        "polarity",
        "start",
        "end",
        "evidence",
        "changes",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    order = frame[["change", "source", "target", "relation"]].astype(str)
    return frame.loc[order.sort_values(list(order.columns), kind="stable").index].reset_index(
        drop=True
    )


def _flips(G_before: nx.Graph, G_after: nx.Graph) -> list[dict]:
    signed_before, signed_after = signed_graph(G_before), signed_graph(G_after)
    rows = []
    for u, v, new in signed_after.edges(data=True):
        if not signed_before.has_edge(u, v):
            continue
        old = signed_before.edges[u, v]
        if old["sign"] != new["sign"]:
            rows.append(
                dict(
                    change="flipped",
                    source=u,
                    target=v,
                    relation=new["relations"] or None,
                    polarity=new["sign"],
                    changes=f"sign: {old['sign']} -> {new['sign']} "
                    f"(net {old['total']:g} -> {new['total']:g})",
                )
            )
    return rows
