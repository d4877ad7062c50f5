"""From actor and relation tables to the graph: a plain networkx MultiDiGraph."""

from __future__ import annotations

from collections import Counter

import networkx as nx
import pandas as pd

from ..io.tables import TableSource
from ..io.validate import read_actors, read_relations
from .vocabulary import Vocabulary, default_vocabulary

__all__ = ["build_graph"]


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
        ``G.graph`` holds ``name``, ``title``, ``documents`` (the distinct documents
        cited, joined by newlines) and the vocabulary used (``relation_types`` and
        ``actor_kinds``, JSON text read back by :func:`~graphkit.vocabulary_of`), all
        strings, so every networkx writer accepts it.

    Raises
    ------
    DataError
        If either table is invalid (see the readers).

    Examples
    --------
    >>> import graphkit as gk
    >>> from graphkit.datasets import data_path
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
    G = nx.MultiDiGraph(
        name=name, title=title, documents="\n".join(documents), **vocabulary.to_graph_attributes()
    )
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
