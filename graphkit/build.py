"""From actor and relation tables to a MultiDiGraph, and the projections analysis works on."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

import networkx as nx
import pandas as pd

from .dates import first_day, last_day, to_date
from .io import read_actors, read_relations
from .tables import TableSource, closest
from .vocabulary import SIGNED_MODES, Vocabulary, default_vocabulary

__all__ = ["build_graph", "diff", "relation_subgraph", "signed_graph", "snapshot"]


def build_graph(
    actors: TableSource,
    relations: TableSource,
    *,
    name: str = "",
    title: str = "",
    vocabulary: Vocabulary | None = None,
    require_sources: bool = False,
) -> nx.MultiDiGraph:
    """Build the actor-relationship graph.

    Parameters
    ----------
    actors, relations : str, path or pandas.DataFrame
        Tables as read by :func:`~graphkit.read_actors` and :func:`~graphkit.read_relations`
        (paths are read, DataFrames validated again).
    name : str, optional
        Short name of the dataset (``"syria-2024"``), stored as ``G.graph["name"]``.
    title : str, optional
        Human title, stored as ``G.graph["title"]``.
    vocabulary : Vocabulary, optional
        Relation types and actor kinds; the default vocabulary if omitted.
    require_sources : bool, default False
        Require evidence and a document on every relation.

    Returns
    -------
    networkx.MultiDiGraph
        One node per actor, keyed by id, with attributes ``name, kind, place`` (bool,
        from the kind) and, when present, ``aliases`` (``|``-separated), ``country``,
        ``description`` and extra columns. One edge per relation from source to target,
        keyed by the relation type (``"backs"``; a repeated type between the same pair
        gets ``"backs-2"``, ...), with attributes ``relation, polarity, mode, symmetric,
        weight`` and, when present, ``start, end, evidence, document, reported`` and
        extra columns. Missing values are left out rather than stored as empty.
        ``G.graph`` holds ``name``, ``title`` and ``documents`` (the distinct documents
        cited, joined by newlines), all strings, so every networkx writer accepts it.

    Raises
    ------
    DataError
        If either table is invalid (see the readers).

    Examples
    --------
    >>> import graphkit as gk
    >>> from graphkit.resources import data_path
    >>> G = gk.build_graph(data_path("actors.csv"), data_path("relations.csv"))
    >>> G.edges["turkey", "hts", "backs"]["polarity"]
    1
    >>> G.nodes["hts"]["kind"]
    'armed_group'
    """
    vocabulary = vocabulary or default_vocabulary()
    actors = read_actors(actors, vocabulary=vocabulary)
    relations = read_relations(
        relations, actors=actors, vocabulary=vocabulary, require_sources=require_sources
    )
    documents = relations["document"].dropna().unique().tolist()
    G = nx.MultiDiGraph(name=name, title=title, documents="\n".join(documents))
    for actor_id, row in actors.iterrows():
        attrs = _present(row)
        attrs["place"] = vocabulary.kind(attrs["kind"]).place
        G.add_node(actor_id, **attrs)
    seen: Counter[tuple[str, str, str]] = Counter()
    for row in relations.to_dict("records"):
        attrs = _present(row)
        source, target, relation = attrs.pop("source"), attrs.pop("target"), attrs["relation"]
        kind = vocabulary.relation(relation)
        seen[source, target, relation] += 1
        count = seen[source, target, relation]
        key = relation if count == 1 else f"{relation}-{count}"
        attrs.update(polarity=kind.polarity, mode=kind.mode, symmetric=kind.symmetric)
        G.add_edge(source, target, key=key, **attrs)
    return G


def _present(row) -> dict:
    """The non-missing values of a row, as plain Python values."""
    return {k: v for k, v in dict(row).items() if not _missing(v)}


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NA


_CANCELS = 1e-9
"""Relative size below which a pair's summed polarity counts as zero."""


def signed_graph(
    G: nx.MultiDiGraph,
    *,
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
) -> nx.Graph:
    """The signed, undirected, simple projection used by balance analysis.

    For each pair of actors, ``total`` is the sum of ``polarity * weight`` over all their
    relations in both directions whose mode is in ``modes`` and whose polarity is not 0.
    The edge ``sign`` is the sign of that sum. A pair whose relations have both signs
    and sum to 0 gets ``sign = 0`` and ``ambivalent = True``; signed analyses skip it.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`build_graph` (edges need ``polarity``; ``weight`` and
        ``mode`` are used when present).
    modes : iterable of str, default ("verbal", "material")
        Relation modes taken into account; add ``"structural"`` or ``"territorial"``
        to include those relations (only those with a non-zero polarity count).
    include_places : bool, default False
        Keep actors whose kind is a place (``place`` node attribute).

    Returns
    -------
    networkx.Graph
        Nodes with their attributes (places left out unless asked); edges with
        ``sign`` (+1, -1 or 0), ``weight`` (absolute total), ``total``, ``positive`` and
        ``negative`` (the sums of each sign, ``negative`` <= 0), ``ambivalent`` (bool),
        ``relations`` (the relation types, comma-separated) and ``count``.

    Examples
    --------
    >>> import graphkit as gk
    >>> S = gk.signed_graph(gk.load_dataset("syria-2024"))
    >>> S.edges["turkey", "syrian_government"]["sign"]
    -1
    >>> S.edges["united_states", "hts"]["relations"]
    'designates_terrorist, favours'
    """
    modes = set(modes)
    S = nx.Graph(**G.graph)
    S.add_nodes_from(
        (n, d) for n, d in G.nodes(data=True) if include_places or not d.get("place", False)
    )
    for u, v, d in G.edges(data=True):
        polarity = d.get("polarity", 0)
        if not polarity or ("mode" in d and d["mode"] not in modes):
            continue
        if u not in S or v not in S or u == v:
            continue
        if not S.has_edge(u, v):
            S.add_edge(u, v, positive=0.0, negative=0.0, relations=set(), count=0)
        e = S.edges[u, v]
        value = polarity * d.get("weight", 1.0)
        e["positive" if value > 0 else "negative"] += value
        e["relations"].add(d.get("relation", ""))
        e["count"] += 1
    for _, _, e in S.edges(data=True):
        total = e["positive"] + e["negative"]
        if abs(total) <= _CANCELS * max(e["positive"], -e["negative"]):
            total = 0.0  # relations that cancel out, up to floating-point rounding
        sign = (total > 0) - (total < 0)
        e.update(
            total=total,
            sign=sign,
            weight=abs(total),
            ambivalent=sign == 0,
            relations=", ".join(sorted(e["relations"])),
        )
    return S


def relation_subgraph(G: nx.MultiDiGraph, relations: str | Iterable[str]) -> nx.MultiDiGraph:
    """A copy of ``G`` keeping only relations of the given types (all actors are kept).

    Raises
    ------
    ValueError
        If a type is neither in ``G`` nor in the default vocabulary.

    Examples
    --------
    >>> import graphkit as gk
    >>> H = gk.relation_subgraph(gk.load_dataset("syria-2024"), ["backs", "funds"])
    >>> sorted({d["relation"] for _, _, d in H.edges(data=True)})
    ['backs', 'funds']
    """
    wanted = {relations} if isinstance(relations, str) else set(relations)
    known = {d.get("relation") for _, _, d in G.edges(data=True)}
    known |= set(default_vocabulary().relation_names())
    unknown = sorted(wanted - known)
    if unknown:
        hint = closest(unknown[0], known - {None})
        raise ValueError(f"unknown relation type {unknown[0]!r}{hint}; known: "
                         f"{', '.join(sorted(k for k in known if k))}")
    return _edge_filtered(G, lambda d: d.get("relation") in wanted)


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

    H = _edge_filtered(G, holds)
    H.graph["snapshot"] = day.isoformat()
    return H


def _edge_filtered(G: nx.MultiDiGraph, keep) -> nx.MultiDiGraph:
    H = G.__class__(**G.graph)
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((u, v, k, dict(d)) for u, v, k, d in G.edges(keys=True, data=True) if keep(d))
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
        rows.append(dict(change=change, source=key[0], target=key[1],
                         relation=d.get("relation"), polarity=d.get("polarity"),
                         start=d.get("start"), end=d.get("end"),
                         evidence=d.get("evidence"), changes=changes))
    signed_before, signed_after = signed_graph(G_before), signed_graph(G_after)
    for u, v, new in signed_after.edges(data=True):
        if not signed_before.has_edge(u, v):
            continue
        old = signed_before.edges[u, v]
        if old["sign"] != new["sign"]:
            rows.append(dict(change="flipped", source=u, target=v, relation=new["relations"],
                             polarity=new["sign"],
                             changes=f"sign: {old['sign']} -> {new['sign']} "
                             f"(net {old['total']:g} -> {new['total']:g})"))
    columns = ["change", "source", "target", "relation", "polarity", "start", "end",
               "evidence", "changes"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["change", "source", "target", "relation"], ignore_index=True)
