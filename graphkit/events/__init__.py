"""Event data in: GDELT 1.0 and 2.0, ICEWS, POLECAT, UCDP GED and ACLED as relations.

The way through is ``sources -> canonical events -> aggregated relations -> graph``:

- :data:`SOURCES` holds one record per source (:class:`EventSource`, one module each
  in :mod:`graphkit.events.sources`): its file layout, codebook columns and ranges,
  date and actor rules, code system, mapping, quad convention and directedness. Every
  step below reads the record; adding a source is adding a record.
- :func:`read_events` reads raw files (paths, globs, lists; ``.zip``, ``.gz``, plain or
  Parquet) into one canonical event schema (:data:`CANONICAL_COLUMNS`), an Ibis table
  on DuckDB, and lists every row it could not read (``events.problems``);
  :func:`as_events` gives the same schema over any Ibis table of raw rows (Spark,
  BigQuery, ...).
- :func:`event_mapping` is the table that maps event codes to relation types (data, not
  code: longest prefix wins).
- :func:`aggregate_events` reduces events to dyad x period relations with their
  provenance, written once in Ibis so it runs where the data lives; results leave the
  engine through Arrow. Actors get one id whatever the source (:mod:`.actor_rules`:
  the reference table's ``SYR``, ``SYR+GOV``, ``UN``; persons and groups by name;
  generic roles, missing values and placeholders are no actors and are counted), joined
  in the engine from the distinct raw actors (:mod:`.actor_ids`).
  :func:`event_actors` gives the actors table for the same ids, named from the
  reference table.
- ``gk.build_graph(gk.event_actors(ev), gk.aggregate_events(ev))`` is then the ordinary
  graph; :func:`build_event_graph` does all of it, centrality and balance included, in
  one call (what ``graphkit events build`` runs before it draws).

DuckDB, Ibis and Arrow are the extra ``graphkit-actors[events]``, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..base.lazy import lazy_exports

_EXPORTS = {
    "SOURCES": ".sources",
    "EventSource": ".sources.record",
    "event_source": ".sources",
    "register_source": ".sources",
    "CANONICAL_COLUMNS": ".canonical",
    "as_events": ".canonical",
    "read_events": ".reading",
    "EventTable": ".reading",
    "event_mapping": "..datasets.code_mappings",
    "aggregate_events": ".aggregation",
    "event_actors": ".actor_table",
    "describe_events": ".description",
    "EventDescription": ".description",
    "build_event_graph": ".pipeline",
    "EventGraph": ".pipeline",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = [
    "CANONICAL_COLUMNS",
    "SOURCES",
    "EventDescription",
    "EventGraph",
    "EventSource",
    "EventTable",
    "aggregate_events",
    "as_events",
    "build_event_graph",
    "describe_events",
    "event_actors",
    "event_mapping",
    "event_source",
    "read_events",
    "register_source",
]

if TYPE_CHECKING:
    from ..datasets.code_mappings import event_mapping
    from .actor_table import event_actors
    from .aggregation import aggregate_events
    from .canonical import CANONICAL_COLUMNS, as_events
    from .description import EventDescription, describe_events
    from .pipeline import EventGraph, build_event_graph
    from .reading import EventTable, read_events
    from .sources import SOURCES, event_source, register_source
    from .sources.record import EventSource
