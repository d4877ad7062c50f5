"""What an analysis found, in words for a terminal, and as CSV tables for people."""

from __future__ import annotations

import os
import textwrap
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import networkx as nx
import pandas as pd

from ..io.files import atomic_write
from .signed.structural_balance import BalanceReport

__all__ = ["summarize", "write_tables"]

_SUMMARY_COLUMNS = ["name", "kind", "backers", "opponents", "betweenness", "pagerank"]
_INDEXED = ("centrality", "camps")
"""Tables whose index (the actor id) is written as their first column."""


def summarize(
    G: nx.Graph,
    *,
    table: pd.DataFrame | None = None,
    report: BalanceReport | None = None,
    top: int = 5,
) -> str:
    """A short account of a graph: actors by kind, relations by sign and type, the most
    central actors (when ``table`` is given) and the balance report (when given).

    Examples
    --------
    >>> import graphkit as gk
    >>> print(summarize(gk.load_dataset("syria-2024")))  # doctest: +ELLIPSIS
    Syria, 7 December 2024: the opposition offensive
      actors         24  (state 6, armed_group 5, city 5, ...)
      relations      41  (10 supportive, 7 hostile, 24 unsigned)
    ...
    """
    title = G.graph.get("title") or G.graph.get("name") or "graph"
    kinds = Counter(d.get("kind", "?") for _, d in G.nodes(data=True))
    relations = Counter(d.get("relation", "?") for *_, d in G.edges(data=True))
    signs = Counter(d.get("polarity", 0) for *_, d in G.edges(data=True))
    items = [f"{name}\N{NO-BREAK SPACE}{count}" for name, count in relations.most_common()]
    by_type = textwrap.fill(
        ", ".join(items), width=88, initial_indent=" " * 15, subsequent_indent=" " * 15
    ).replace("\N{NO-BREAK SPACE}", " ")
    lines = [
        str(title),
        f"  actors     {G.number_of_nodes():>6}  ({_counts(kinds)})",
        f"  relations  {G.number_of_edges():>6}  ({signs[1]} supportive, {signs[-1]} hostile, "
        f"{signs[0]} unsigned)",
        by_type,
    ]
    if table is not None:
        shown = table[[c for c in _SUMMARY_COLUMNS if c in table.columns]].head(top)
        lines += ["", "Most central actors:", shown.to_string(float_format=lambda x: f"{x:.3f}")]
    if report is not None:
        lines += ["", repr(report)]
    return "\n".join(lines)


def _counts(counter: Counter) -> str:
    return ", ".join(f"{name} {count}" for name, count in counter.most_common())


def write_tables(tables: Mapping[str, pd.DataFrame], directory: str | os.PathLike) -> list[Path]:
    """Write each table to ``directory/NAME.csv``; returns the paths written.

    The ``centrality`` and ``camps`` tables keep their index (the actor id) as first
    column. Each file is written whole or not at all.

    Examples
    --------
    >>> import tempfile, graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> paths = write_tables({"centrality": gk.centrality(G)}, tempfile.mkdtemp())
    >>> [p.name for p in paths]
    ['centrality.csv']
    """
    directory = Path(directory)
    paths = []
    for name, frame in tables.items():
        path = directory / f"{name}.csv"
        with atomic_write(path) as handle:
            frame.to_csv(handle, index=name in _INDEXED)
        paths.append(path)
    return paths
