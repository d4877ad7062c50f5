"""Events to relations: dyad x period aggregation, written once in Ibis.

The reduction of the events runs inside the engine that holds them (DuckDB by default;
Spark, BigQuery or any Ibis backend unchanged): counts and sums per relation and event
code (:func:`~graphkit.events.cell_expression.cells_expression`). Only those rows leave
the engine, through Arrow, where they are rolled up into relations in one sort
(:mod:`~graphkit.events.rollup`): each relation's sums, first and last dates and URLs,
its three most frequent codes and its dyad's total. Their text (dates, evidence
sentences, top codes, URLs) is then written column by column
(:mod:`~graphkit.events.relation_text`), and every number is formatted once per distinct
value, so the Python work does not grow with the number of events and every engine
gives the same relations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from ..core.vocabulary import Vocabulary
from .cell_expression import FATES, cells_expression, check_options, filtered
from .mappings import MappingSource, event_mapping
from .relation_text import relations_table
from .rollup import rolled_up
from .sources import code_system_mappings

__all__ = ["aggregate_events"]


def _mappings(mapping: Any, systems: Iterable[str], vocabulary: Vocabulary | None) -> dict:
    """The mapping table for each code system present: the one given, else the one the
    sources of that code system declare."""
    defaults = code_system_mappings()
    out = {}
    for system in systems:
        if isinstance(mapping, Mapping):
            chosen = mapping.get(system, defaults.get(system))
        elif mapping is None:
            chosen = defaults.get(system)
        else:
            chosen = mapping
        if chosen is None:
            raise ValueError(f"no event mapping for code system {system!r}; pass mapping=")
        out[system] = event_mapping(chosen, vocabulary=vocabulary)
        out[system].attrs["name"] = chosen if isinstance(chosen, str) else "custom"
    return out


def aggregate_events(
    events: Any,
    *,
    period: str | None = "M",
    actors: str = "code",
    dedupe: str | None = None,
    mapping: MappingSource | Mapping[str, MappingSource] | None = None,
    quad: str = "source",
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    countries: Iterable[str] | None = None,
    codes: Iterable[str] | None = None,
    root_only: bool = False,
    min_mentions: int | None = None,
    vocabulary: Vocabulary | None = None,
) -> pd.DataFrame:
    """Aggregate events to relations: one row per dyad, relation type and period.

    Parameters
    ----------
    events : ibis.Table
        Canonical events (:func:`~graphkit.read_events` or :func:`~graphkit.as_events`)
        on any Ibis backend; the reduction runs there.
    period : {"M", "D", "W", "Q", "Y", None}, default "M"
        The period of a relation: day, ISO week, month, quarter, year, or None (one
        relation per dyad and type over the whole span).
    actors : {"code", "country", "country+role"}, default "code"
        Actor ids: the source's codes or names verbatim (``SYRGOV``), the country
        (``SYR``), or country and primary role (``SYR+GOV``).
    dedupe : {None, "daily"}, default None
        ``"daily"`` keeps one event per dyad, code and day (the "one-a-day" filter),
        counting the reports merged into it (``reports`` minus ``events`` are the
        duplicates).
    mapping : str, path, DataFrame or dict, optional
        The code -> relation table (:func:`~graphkit.event_mapping`); by default each
        code system's own (CAMEO for GDELT and ICEWS, PLOVER for POLECAT, ...). A dict
        gives one per code system.
    quad : {"source", "gdelt", "icews"}, default "source"
        The quad classes counted: the source's own (GDELT's QuadClass, POLECAT's,
        ICEWS derived the ICEWS way), or derived from CAMEO roots under one convention.
    start, end : str or date, optional
        Keep events on or after ``start`` and on or before ``end`` (ISO partial dates:
        ``end="2024-11"`` keeps November).
    countries : list of str, optional
        Keep events whose source or target country is one of these.
    codes : list of str, optional
        Keep events whose code starts with one of these (``["14", "18", "19"]``).
    root_only : bool, default False
        Keep only GDELT root events (``IsRootEvent``, the lead paragraph).
    min_mentions : int, optional
        Keep events with at least this many mentions.
    vocabulary : Vocabulary, optional
        Where mapped relation types are checked.

    Returns
    -------
    pandas.DataFrame
        Relations rows ready for :func:`~graphkit.build_graph`: ``source, target,
        relation, weight, start, end, evidence, document`` and the provenance
        ``events, reports, goldstein, goldstein_pos, goldstein_neg, quad1 .. quad4,
        mentions, fatalities, top_codes, urls, first_event, last_event, directed,
        dataset, period, dedupe, mapping, quad_convention``. ``attrs["policy"]`` holds
        the options and how many events each fate took (kept as relations, no date, no
        actor, self-dyad, unmapped code, not a relation).

    Notes
    -----
    ``weight`` is the relation's share of its dyad's events in the period: the
    events of this type divided by the events of every type between the same two
    actors (either direction for undirected sources) in the same period. It lies in
    (0, 1]; a signed projection then weighs each pair by what its events mostly were.
    How much happened is in ``events``, not in ``weight``.

    ``goldstein`` is the sum of the events' Goldstein scores (POLECAT: intensity;
    ACLED and UCDP have none), split into its positive and negative parts. Goldstein
    is a property of the event code, not of the event, so the sum is count times
    typical severity; ``quad1 .. quad4`` count the events of each quad class.

    Self-dyads (an actor acting on itself: domestic events) and events with a blank
    actor are not relations; :func:`~graphkit.event_actors` counts self-dyads on the
    actors. Undirected sources (ACLED, UCDP except one-sided violence) give one row per
    unordered pair, from the alphabetically first actor, with ``directed`` False.

    Examples
    --------
    >>> import graphkit as gk
    >>> from graphkit.datasets import data_path
    >>> ev = gk.read_events(data_path("samples/gdelt2_sample.tsv"), format="gdelt2")
    >>> rel = gk.aggregate_events(ev, period="M", actors="code")
    >>> row = rel.query("source == 'AFR' and target == 'USA'")
    >>> row[["relation", "start", "events", "goldstein", "quad3", "weight"]].to_dict("records")
    [{'relation': 'agrees_with', 'start': '2019-10', 'events': 1, 'goldstein': 3.4, 'quad3': 0, 'weight': 0.25}, {'relation': 'rejects', 'start': '2019-10', 'events': 3, 'goldstein': -12.0, 'quad3': 3, 'weight': 0.75}]
    >>> rel.attrs["policy"]["fates"]
    {'relation': 189, 'no date': 0, 'no actor': 273, 'self-dyad': 0, 'unmapped code': 0, 'not a relation': 38}
    """  # noqa: E501
    from ..base.progress import step

    check_options(period, actors, dedupe, quad)
    events = filtered(
        events,
        start=start,
        end=end,
        countries=countries,
        codes=codes,
        root_only=root_only,
        min_mentions=min_mentions,
    )
    with step("aggregating events", unit="queries") as progress:
        systems = sorted(
            s
            for s in events.select("code_system").distinct().to_pyarrow().column(0).to_pylist()
            if s
        )
        tables = _mappings(mapping, systems, vocabulary)
        progress.advance()
        cells = cells_expression(
            events, period=period, actors=actors, dedupe=dedupe, mappings=tables, quad=quad
        ).to_pyarrow()
        progress.advance()

    fate_counts = dict.fromkeys(FATES, 0)
    totals = cells.select(["fate", "reports"]).group_by("fate").aggregate([("reports", "sum")])
    for fate, reports in zip(
        totals["fate"].to_pylist(), totals["reports_sum"].to_pylist(), strict=True
    ):
        fate_counts[fate] = int(reports or 0)
    policy = {
        "period": period,
        "actors": actors,
        "dedupe": dedupe,
        "quad": quad,
        "mapping": {s: t.attrs["name"] for s, t in tables.items()},
        "filters": {
            "start": None if start is None else str(start),
            "end": None if end is None else str(end),
            "countries": None if countries is None else sorted(countries),
            "codes": None if codes is None else sorted(codes),
            "root_only": root_only,
            "min_mentions": min_mentions,
        },
        "fates": fate_counts,
    }
    # one copy of the relations at a time: the engine's rows are dropped once rolled up
    rolled = rolled_up(cells, period)
    del cells
    result = relations_table(rolled, period=period, dedupe=dedupe, tables=tables)
    result.attrs["policy"] = policy
    return result
