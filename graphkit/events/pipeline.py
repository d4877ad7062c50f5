"""Event files to an analysed graph in one call: what ``graphkit events build`` does.

:func:`build_event_graph` reads the files (:func:`~graphkit.read_events`), aggregates
the events to relations (:func:`~graphkit.aggregate_events`), gives their actors a
table (:func:`~graphkit.event_actors`), builds the graph (:func:`~graphkit.build_graph`)
and analyses it (:func:`~graphkit.centrality`, :func:`~graphkit.balance`). Each step is
an ordinary public function; this is only their order and their options in one place,
so a program gets what the command line gets. Drawing and writing are left to the
caller.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from .archives import PathsLike
from .mappings import MappingSource

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EventGraph", "build_event_graph"]


@dataclass(frozen=True)
class EventGraph:
    """What :func:`build_event_graph` gives: each step's result, for drawing or writing.

    Attributes
    ----------
    events : EventTable
        The canonical events read, with ``.problems`` and ``.files``.
    relations : pandas.DataFrame
        The aggregated relations; ``attrs["policy"]`` holds the options and the fate
        of every event.
    actors : pandas.DataFrame
        The actors the relations name, indexed by id.
    graph : networkx.MultiDiGraph
        The graph built from ``actors`` and ``relations``.
    table : pandas.DataFrame
        The graph's centrality table.
    report : BalanceReport
        The graph's structural balance and camps.
    count : int
        How many events were read (before the filters).
    """

    events: Any
    relations: pd.DataFrame
    actors: pd.DataFrame
    graph: nx.MultiDiGraph
    table: pd.DataFrame
    report: Any
    count: int

    @property
    def fates(self) -> dict[str, int]:
        """How many events each fate took: ``relation``, ``no date``, ``no actor``,
        ``placeholder actor``, ``generic actor``, ``self-dyad``, ``unmapped code``,
        ``not a relation``."""
        return dict(self.relations.attrs["policy"]["fates"])


def build_event_graph(
    files: PathsLike,
    format: str,
    *,
    period: str | None = "M",
    actors: str = "code",
    dedupe: str | None = None,
    mapping: MappingSource | Mapping[str, MappingSource] | None = None,
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    countries: Iterable[str] | None = None,
    codes: Iterable[str] | None = None,
    root_only: bool = False,
    min_mentions: int | None = None,
    keep_generic: bool = False,
    errors: str = "report",
    name: str | None = None,
    title: str | None = None,
) -> EventGraph:
    """Read event files, aggregate them to relations, build and analyse the graph.

    Parameters
    ----------
    files : str, path or list of them
        Event files or globs, as :func:`~graphkit.read_events` takes them.
    format : str
        A source of :data:`~graphkit.events.SOURCES` (``"gdelt2"``, ``"icews"``, ...).
    period, actors, dedupe, mapping, start, end, countries, codes, root_only, min_mentions
        The aggregation's options (:func:`~graphkit.aggregate_events`); ``actors``
        also names the actors table's ids.
    keep_generic : bool, default False
        Keep roles without a country (GDELT's ``BUS``) as actors, in the relations and
        the actors table.
    errors : {"report", "raise"}, default "report"
        What reading does with a row it cannot read (:func:`~graphkit.read_events`):
        list it in ``events.problems`` (with an
        :class:`~graphkit.EventProblemsWarning`), or raise.
    name, title : str, optional
        The graph's name and title; ``"{format}-events"`` and ``"{format} events"`` by
        default.

    Returns
    -------
    EventGraph
        The events, relations, actors, graph, centrality table and balance report.

    Raises
    ------
    DataError
        As :func:`~graphkit.read_events` does: files that cannot be found or read,
        or any problem with ``errors="raise"``.

    Notes
    -----
    When no event makes a relation (every one filtered out, unmapped or without an
    actor), the relations, actors and graph are empty and :attr:`EventGraph.fates`
    says what became of each event.

    Examples
    --------
    >>> from graphkit.datasets import data_path
    >>> result = build_event_graph(data_path("samples/gdelt2_sample.tsv"), "gdelt2")
    >>> result.count, result.fates["relation"], len(result.relations)
    (500, 89, 53)
    >>> result.graph.graph["name"], result.graph.number_of_edges() == len(result.relations)
    ('gdelt2-events', True)
    """
    from ..analysis.centrality_table import centrality
    from ..analysis.signed.structural_balance import balance
    from ..core.build import build_graph
    from .actor_table import event_actors
    from .aggregation import aggregate_events
    from .reading import read_events

    events = read_events(files, format, errors=errors)
    relations = aggregate_events(
        events,
        period=period,
        actors=actors,
        dedupe=dedupe,
        mapping=mapping,
        start=start,
        end=end,
        countries=countries,
        codes=codes,
        root_only=root_only,
        min_mentions=min_mentions,
        keep_generic=keep_generic,
    )
    count = int(events.count().to_pyarrow().as_py())
    actor_table = event_actors(
        events, actors=actors, relations=relations, keep_generic=keep_generic
    )
    graph = build_graph(
        actor_table,
        relations,
        name=name if name is not None else f"{format}-events",
        title=title if title is not None else f"{format} events",
    )
    table = centrality(graph)
    report = balance(graph)
    return EventGraph(events, relations, actor_table, graph, table, report, count)
