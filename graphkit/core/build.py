"""From actor and relation tables to the graph: a plain networkx MultiDiGraph."""

from __future__ import annotations

import json
import warnings
from collections import deque
from itertools import compress, repeat
from operator import methodcaller

import networkx as nx
import numpy as np
import pandas as pd

from ..base.errors import DataError, SymmetricRelationWarning
from ..base.progress import step
from ..base.table import Table, gc_paused
from ..base.table_reading import TableSource
from ..base.terminal import one_line
from .rules import check_tables, relation_groups
from .schema import ACTOR_COLUMNS, RELATION_COLUMNS
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

    Both tables go through :func:`~graphkit.validate`: a bad actors table does not stop
    the relations from being checked, and one :class:`~graphkit.DataError` lists the
    problems of both. Reading, checking and building work on whole columns, so a
    million relations take about as long as networkx alone takes to build the same
    graph from the same file (``benchmarks/bench_build.py``).

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
        One node per actor, keyed by id, with attributes ``name, kind`` and, when
        present, ``aliases`` (``|``-separated), ``country``, ``description`` and extra
        columns, then ``place`` (bool, from the kind). One edge per relation from source
        to target, keyed by the relation type (``"backs"``; a repeated type between the
        same pair gets ``"backs-2"``, ...), with attributes ``relation, weight`` and,
        when present, ``start, end, evidence, document, reported`` and extra columns,
        then ``polarity, mode, symmetric`` (from the relation type). Missing values are
        left out rather than stored as empty. Extra columns of a CSV file are the text
        read; numeric and boolean extra columns of a DataFrame stay numbers (an
        aggregate's ``events``, ``goldstein``, ...). ``G.graph`` holds ``name``,
        ``title``, ``documents`` (the distinct documents cited, in order of first
        citation, joined by newlines) and the vocabulary used (``relation_types`` and
        ``actor_kinds``, JSON text read back by :func:`~graphkit.vocabulary_of`) and, for
        relations aggregated from events (:func:`~graphkit.aggregate_events`), the policy
        they were made with (``relations.attrs["policy"]``: dataset, period, mapping,
        dedupe, the fate of every event) as JSON text under ``event_policy``; all
        strings, so every networkx writer accepts it.

    Raises
    ------
    DataError
        If either table is invalid, listing the problems of both (see the readers).

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
    with step("reading and checking actors and relations"):
        checked = check_tables(
            actors, relations, vocabulary=vocabulary, require_sources=require_sources
        )
    if checked.problems:
        raise DataError(checked.problems)
    assert checked.actors is not None and checked.relations is not None
    assert checked.weights is not None
    relation_table, weights = checked.relations, checked.weights
    documents = pd.unique(relation_table.text("document"))
    G = nx.MultiDiGraph(
        name=name,
        title=title,
        documents="\n".join(d for d in documents.tolist() if d),
        **vocabulary.to_graph_attributes(),
    )
    policy = relations.attrs.get("policy") if isinstance(relations, pd.DataFrame) else None
    if isinstance(policy, dict):
        G.graph["event_policy"] = json.dumps(policy, sort_keys=True, ensure_ascii=False)
    with step("building the graph", total=len(relation_table), unit="relations") as progress:
        _add_actors(G, checked.actors, vocabulary)
        _add_relations(G, relation_table, weights, vocabulary)
        progress.advance(len(relation_table))
    _warn_symmetric_both_ways(relation_table, vocabulary)
    return G


_SHOWN = 5
"""How many mirrored pairs a :class:`~graphkit.SymmetricRelationWarning` names."""


def _warn_symmetric_both_ways(table: Table, vocabulary: Vocabulary) -> None:
    """Warn when a symmetric relation is stated both ways between one pair (``a fights b``
    on one row, ``b fights a`` on another, with the same dates, evidence and document):
    both are kept, so the pair counts the one statement twice. Statements with other
    evidence (two documents, or events aggregated in each direction) are two statements
    and do not warn."""
    codes, uniques = table.codes("relation")
    symmetric = np.array([vocabulary.relation(r).symmetric for r in uniques.tolist()], bool)
    rows = np.flatnonzero(symmetric[codes]) if len(codes) else np.empty(0, dtype=np.int64)
    if not len(rows):
        return
    ends, _ = pd.factorize(
        np.concatenate([table.cells["source"][rows], table.cells["target"][rows]])
    )
    source, target = ends[: len(rows)], ends[len(rows) :]
    low, high = np.minimum(source, target), np.maximum(source, target)
    # the same statement: one sentence or row of evidence, one document, the same dates
    same = [table.text(c)[rows] for c in ("start", "end", "evidence", "document")]
    pair = pd.factorize(pd.MultiIndex.from_arrays([low, high, codes[rows], *same]))[0]
    forward = source < target
    both = np.intersect1d(pair[forward], pair[~forward])
    if not len(both):
        return
    lines = table.line_numbers[rows]
    shown = []
    for group in both[:_SHOWN].tolist():
        members = np.flatnonzero(pair == group)
        first = members[0]
        name = uniques[codes[rows[first]]]
        a, b = table.cells["source"][rows[first]], table.cells["target"][rows[first]]
        shown.append(
            f"{name} between {a!r} and {b!r} "
            f"(lines {', '.join(str(n) for n in lines[members].tolist())})"
        )
    more = f", and {len(both) - _SHOWN:,} more" if len(both) > _SHOWN else ""
    warnings.warn(
        f"{one_line(table.source)}: {len(both):,} symmetric relation(s) stated in both "
        f"directions with the same dates, evidence and document, so each counts twice: "
        f"{'; '.join(shown)}{more}; keep one row of each",
        SymmetricRelationWarning,
        stacklevel=3,
    )


def _attribute_dicts(
    table: Table, known_columns: tuple[str, ...], first: dict[str, list], last: dict[str, list]
) -> list[dict]:
    """One attribute dict per row, in row order: ``first``'s columns, then the table's
    known and extra columns that hold a value, then ``last``'s columns."""
    skip = {"id", "source", "target", *first, *last}
    names: list[str] = [*first]
    values: list[list] = [*first.values()]
    missing: list[np.ndarray | None] = [None] * len(first)
    for column in [*known_columns, *(c for c in table.columns if c not in known_columns)]:
        if column in skip or column not in table.cells:
            continue
        skip.add(column)
        original = table.originals.get(column) if column not in known_columns else None
        if original is not None:
            names.append(column)
            values.append(original.tolist())
            missing.append(original.isna().to_numpy(dtype=bool))
        else:
            text = table.cells[column]
            names.append(column)
            values.append(text.tolist())
            missing.append(text == "")
    names += last
    values += last.values()
    missing += [None] * len(last)
    dicts = list(map(dict, map(zip, repeat(names), zip(*values, strict=True))))
    for column, gaps in zip(names, missing, strict=True):
        if gaps is not None and gaps.any():
            deque(map(methodcaller("pop", column), compress(dicts, gaps)), maxlen=0)
    return dicts


def _add_actors(G: nx.MultiDiGraph, table: Table, vocabulary: Vocabulary) -> None:
    codes, uniques = table.codes("kind")
    places = np.array([vocabulary.kind(k).place for k in uniques.tolist()], dtype=bool)
    with gc_paused():
        attributes = _attribute_dicts(
            table,
            ACTOR_COLUMNS,
            first={},
            last={"place": places[codes].tolist()},
        )
        G.add_nodes_from(zip(table.cells["id"].tolist(), attributes, strict=True))


def _add_relations(
    G: nx.MultiDiGraph, table: Table, weights: np.ndarray, vocabulary: Vocabulary
) -> None:
    relation = table.cells["relation"]
    codes, uniques = table.codes("relation")
    types = [vocabulary.relation(r) for r in uniques.tolist()]
    polarity = np.array([t.polarity for t in types], dtype=object)[codes].tolist()
    mode = np.array([t.mode for t in types], dtype=object)[codes].tolist()
    symmetric = np.array([t.symmetric for t in types], dtype=object)[codes].tolist()
    sources, targets = table.cells["source"], table.cells["target"]
    keys = _edge_keys(relation_groups(table), relation)
    with gc_paused():
        attributes = _attribute_dicts(
            table,
            RELATION_COLUMNS,
            first={"relation": relation.tolist(), "weight": weights.tolist()},
            last={"polarity": polarity, "mode": mode, "symmetric": symmetric},
        )
        _insert_edges(G, sources.tolist(), targets.tolist(), keys, attributes)


def _edge_keys(groups: np.ndarray, relation: np.ndarray) -> list[str]:
    """``backs`` for the first relation of a type from one actor to another,
    ``backs-2``, ``backs-3``, ... for the next ones, in row order."""
    repeat_number = pd.Series(groups).groupby(groups).cumcount().to_numpy()
    keys = relation.tolist()
    for position in np.flatnonzero(repeat_number).tolist():
        keys[position] = f"{keys[position]}-{repeat_number[position] + 1}"
    return keys


def _insert_edges(
    G: nx.MultiDiGraph, sources: list, targets: list, keys: list, attributes: list[dict]
) -> None:
    """Add edges to a graph whose nodes all exist, straight into its adjacency.

    This is what :meth:`networkx.MultiDiGraph.add_edges_from` does for each edge, minus
    its per-edge checks and view objects (half of its time): the successor and
    predecessor maps share one dict of keys per pair. ``tests/core/test_build.py``
    compares the result with a graph built through ``add_edge``.
    """
    successors, predecessors = G._succ, G._pred
    for source, target, key, data in zip(sources, targets, keys, attributes, strict=True):
        keyed = successors[source].get(target)
        if keyed is None:
            keyed = successors[source][target] = predecessors[target][source] = {}
        keyed[key] = data
    nx._clear_cache(G)
