"""What an analysis found, in words for a terminal, and as CSV tables for people.

Text from the data (names, relation types, titles) is printed inert and on one line
(:func:`graphkit.io.terminal.one_line`): an actor named with an escape sequence cannot
clear the terminal or pose as a line of output. Every list is cut to ``top`` items with
a count of the rest, so a graph of 20,000 actors prints a screenful, not 15,000 lines.
"""

from __future__ import annotations

import os
import textwrap
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import IO

import networkx as nx
import pandas as pd

from ..base.terminal import inert_frame, one_line
from ..io.files import atomic_files
from ..io.spreadsheet import write_people_csv_to
from .signed.structural_balance import BalanceReport, camp_lines, tension_lines

__all__ = ["describe_balance", "describe_table", "summarize", "write_tables"]

_SUMMARY_COLUMNS = ["name", "kind", "degree", "backers", "opponents", "betweenness", "pagerank"]
_INDEXED = ("centrality", "camps")
"""Tables whose index (the actor id) is written as their first column."""


def _cut(items: list[str], top: int, noun: str = "more") -> list[str]:
    """The first ``top`` items, and ``"and N more"`` for the rest."""
    if len(items) <= top:
        return items
    return [*items[:top], f"and {len(items) - top:,} {noun}"]


def describe_table(frame: pd.DataFrame, top: int, title: str) -> str:
    """The first ``top`` rows of ``frame`` under ``title (top N of M)``, printed inert,
    floats to 3 decimals.

    Examples
    --------
    >>> print(describe_table(pd.DataFrame({"score": [0.5, 0.25, 0.125]}), 2, "Scores"))
    Scores (top 2 of 3):
       score
    0  0.500
    1  0.250
    """
    shown = inert_frame(frame.head(top))
    text = shown.to_string(float_format=lambda x: f"{x:.3f}")
    return f"{title} (top {min(top, len(frame)):,} of {len(frame):,}):\n{text}"


def describe_balance(report: BalanceReport, *, top: int = 15) -> str:
    """The balance report in words: its figures, the camps component by component (the
    largest first) with their members, the actors against both camps and the tensions,
    each list cut to ``top`` items. Text from the data is printed inert.

    Examples
    --------
    >>> import graphkit as gk
    >>> print(describe_balance(gk.balance(gk.load_dataset()), top=3))
    BalanceReport: 10 actors, 12 signed pairs
      triangles: 2, balanced: 1 (50.0%; weighted 73.5%)
      frustration index: 0.4 (1 frustrated pair; exact; brute force)
      camp hts against camp syrian_government:
        hts (9): Hayat Tahrir al-Sham, United States, Israel, and 6 more
        syrian_government (3): Syrian government (Assad), Iran, Bashar al-Assad (inferred)
      tensions:
        Hayat Tahrir al-Sham - United States: negative tie within camp hts (favours,
          designates_terrorist; net -0.4)
    """
    lines = report.figures()  # figures only: no text from the data
    lines += camp_lines(report.camp_table, top=top)
    lines += tension_lines(report.frustrated_edges, report.names, top=top)
    return "\n".join(lines)


def summarize(
    G: nx.Graph,
    *,
    table: pd.DataFrame | None = None,
    report: BalanceReport | None = None,
    top: int = 5,
    lists: int = 15,
) -> str:
    """A short account of a graph: actors by kind, relations by sign and type, the ``top``
    most central actors (when ``table`` is given) and the balance report (when given,
    its lists cut to ``lists`` items). Text from the data is printed inert.

    Parameters
    ----------
    G : networkx.Graph
        A graphkit graph.
    table : pandas.DataFrame, optional
        Its :func:`~graphkit.centrality` table; the most central actors are listed when
        given.
    report : BalanceReport, optional
        Its :func:`~graphkit.balance` report; the camps and tensions are listed when given.
    top : int, default 5
        Most central actors listed.
    lists : int, default 15
        Items of each list of the balance report (camps, members, tensions).

    Returns
    -------
    str
        Lines of text, without a final newline.

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
    kinds = Counter(one_line(d.get("kind", "?")) for _, d in G.nodes(data=True))
    relations = Counter(one_line(d.get("relation", "?")) for *_, d in G.edges(data=True))
    signs = Counter(d.get("polarity", 0) for *_, d in G.edges(data=True))
    items = [f"{name}\N{NO-BREAK SPACE}{count}" for name, count in relations.most_common()]
    by_type = textwrap.fill(
        ", ".join(_cut(items, 3 * lists, "more types")),
        width=88,
        initial_indent=" " * 15,
        subsequent_indent=" " * 15,
    ).replace("\N{NO-BREAK SPACE}", " ")
    lines = [
        one_line(title),
        f"  actors     {G.number_of_nodes():>6}  ({_counts(kinds, lists)})",
        f"  relations  {G.number_of_edges():>6}  ({signs[1]} supportive, {signs[-1]} hostile, "
        f"{signs[0]} unsigned)",
        by_type,
    ]
    if table is not None:
        shown = table[[c for c in _SUMMARY_COLUMNS if c in table.columns]].head(top)
        text = inert_frame(shown).to_string(float_format=lambda x: f"{x:.3f}")
        lines += ["", "Most central actors:", text]
    if report is not None:
        lines += ["", describe_balance(report, top=lists)]
    return "\n".join(lines)


def _counts(counter: Counter, top: int) -> str:
    items = [f"{name} {count}" for name, count in counter.most_common()]
    return ", ".join(_cut(items, top, "more kinds"))


def write_tables(tables: Mapping[str, pd.DataFrame], directory: str | os.PathLike) -> list[Path]:
    """Write each table to ``directory/NAME.csv`` for people; returns the paths written.

    The files are CSV for spreadsheets (:mod:`graphkit.io.spreadsheet`): UTF-8, every
    text cell that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, a
    tab or carriage return first) starts with an apostrophe, which spreadsheets do not
    show and :func:`~graphkit.io.spreadsheet.read_people_csv` removes. The
    ``centrality`` and ``camps`` tables keep their index (the actor id) as first column.
    The tables are written all or nothing: if one fails (a full disk), none of the files
    in ``directory`` is replaced.

    Parameters
    ----------
    tables : mapping of str to pandas.DataFrame
        Each table by the file name it gets (without ``.csv``).
    directory : str or os.PathLike
        The folder to write to; it is created if missing.

    Returns
    -------
    list of pathlib.Path
        The files written, in the order of ``tables``.

    Examples
    --------
    >>> import tempfile, graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> paths = write_tables({"centrality": gk.centrality(G)}, tempfile.mkdtemp())
    >>> [p.name for p in paths]
    ['centrality.csv']
    """
    directory = Path(directory)
    with atomic_files() as group:
        for name, frame in tables.items():
            with group.open(directory / f"{name}.csv") as handle:
                write_people_table_to(name, frame, handle)
    return group.paths


def write_people_table_to(name: str, frame: pd.DataFrame, handle: IO[str]) -> None:
    """Write the table ``name`` of :func:`write_tables` to an open text file."""
    write_people_csv_to(frame, handle, index=name in _INDEXED)
