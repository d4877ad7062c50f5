"""The graph on a given day, and what changed between two graphs."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pandas as pd

from .dates import first_day, last_day, to_date
from .projection import edge_filtered, signed_graph

__all__ = ["diff", "snapshot"]


def snapshot(G: nx.MultiDiGraph, at: str | dt.date | dt.datetime) -> nx.MultiDiGraph:
    """A copy of ``G`` keeping the relations that held on the day ``at``.

    A relation holds on a day if it has no ``start`` or started on or before it, and no
    ``end`` or ended on or after it. Dates keep their precision: ``end="2016"`` holds
    until 31 December 2016, ``start="2017-01"`` from 1 January 2017. All actors are kept,
    so layouts and tables of two snapshots line up.

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


def diff(G_before: nx.MultiDiGraph, G_after: nx.MultiDiGraph) -> pd.DataFrame:
    """Relations gained, lost and changed, and pairs whose sign flipped, between two graphs.

    Relations are matched by ``(source, target, key)``. A relation present in both with
    different attributes is ``"changed"``; ``changes`` says which, as
    ``"weight: 0.5 -> 0.8"``. A pair of actors related in both graphs whose net sign in
    :func:`signed_graph` differs is ``"flipped"``: ``relation`` lists its relation types
    after the change, ``polarity`` is its new sign and ``changes`` the old and new net.

    Returns
    -------
    pandas.DataFrame
        Columns ``change`` (``"changed"``, ``"flipped"``, ``"gained"``, ``"lost"``),
        ``source``, ``target``, ``relation``, ``polarity``, ``start``, ``end``,
        ``evidence``, ``changes``; sorted by change, source, target, relation.

    Examples
    --------
    >>> import graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> changes = gk.diff(gk.snapshot(G, "2024-12-04"), gk.snapshot(G, "2024-12-07"))
    >>> hama = changes.query("target == 'hama'")
    >>> list(zip(hama["change"], hama["source"], hama["relation"]))
    [('gained', 'hts', 'captures'), ('lost', 'syrian_government', 'controls')]
    """
    before = {(u, v, k): d for u, v, k, d in G_before.edges(keys=True, data=True)}
    after = {(u, v, k): d for u, v, k, d in G_after.edges(keys=True, data=True)}
    rows = []
    for key in before.keys() | after.keys():
        old, new = before.get(key), after.get(key)
        if old is None:
            change, changes = "gained", ""
        elif new is None:
            change, changes = "lost", ""
        elif old != new:
            change = "changed"
            changes = "; ".join(
                f"{a}: {old.get(a)} -> {new.get(a)}"
                for a in sorted(old.keys() | new.keys())
                if old.get(a) != new.get(a)
            )
        else:
            continue
        d = new if new is not None else old
        rows.append(
            dict(
                change=change,
                source=key[0],
                target=key[1],
                relation=d.get("relation"),
                polarity=d.get("polarity"),
                start=d.get("start"),
                end=d.get("end"),
                evidence=d.get("evidence"),
                changes=changes,
            )
        )
    signed_before, signed_after = signed_graph(G_before), signed_graph(G_after)
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
                    relation=new["relations"],
                    polarity=new["sign"],
                    changes=f"sign: {old['sign']} -> {new['sign']} "
                    f"(net {old['total']:g} -> {new['total']:g})",
                )
            )
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
    return frame.sort_values(["change", "source", "target", "relation"], ignore_index=True)
