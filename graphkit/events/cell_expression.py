"""Events to cells, in one Ibis expression: the part of the aggregation that runs in the engine.

:func:`cells_expression` reduces canonical events, where they live (DuckDB by default;
Spark, BigQuery or any Ibis backend unchanged), to one row per relation and event code
with every measure summed, plus one row per fate that makes no relation. Only these
rows leave the engine; :mod:`~graphkit.events.rollup` turns them into relations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from ..core.dates import first_day, last_day
from .actor_ids import ACTOR_IDS, identified
from .expressions import QUAD_CONVENTIONS, cameo_quad
from .mappings import relation_case

__all__ = [
    "ACTOR_IDS",
    "FATES",
    "PERIODS",
    "QUAD_NAMES",
    "cells_expression",
    "check_options",
    "filtered",
]

PERIODS = {None: None, "D": "D", "W": "W", "M": "M", "Q": "Q", "Y": "Y"}
"""Aggregation periods: a day, an ISO week (Monday to Sunday), a month, a quarter, a
year, or None for the whole time span."""

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
"""The quad classes, in words."""

_KEYS = ["dataset", "directed", "source", "target", "relation"]

FATES = (
    "relation",
    "no date",
    "no actor",
    "placeholder actor",
    "generic actor",
    "self-dyad",
    "unmapped code",
    "not a relation",
)
"""What became of an event: a relation, or why it made none (checked in this order: an
event without a date and with a generic actor is counted once, as "no date")."""


def cells_expression(
    events: Any,
    *,
    period: str | None = "M",
    actors: str = "code",
    dedupe: str | None = None,
    mappings: Mapping[str, pd.DataFrame],
    quad: str = "source",
    identities: pd.DataFrame,
    keep_generic: bool = False,
    symmetric: Iterable[str] = (),
    countries: Iterable[str] | None = None,
) -> Any:
    """The Ibis expression behind :func:`aggregate_events`, nothing executed.

    One pass over the events: a row per fate (:data:`FATES`; the keys of the fates that
    make no relation are NULL) and, for relations, per dataset, direction, source,
    target, relation type, period and event code, with every measure (events, reports,
    Goldstein sums, quad counts, mentions, fatalities, first and last date, first and
    last URL). These rows are few next to the events (a relation has one or a few
    codes); they are rolled up into relations after they leave the engine
    (:func:`~graphkit.events.rollup.rolled_up`), where one sort gives each relation its
    sums and its most frequent codes, which SQL needs a window and a second
    aggregation for.

    ``identities`` says who the events' raw actors are
    (:func:`~graphkit.events.actor_ids.actor_identities`); it is joined to the events
    in the engine. ``mappings`` gives the mapping table of each code system present.
    A relation type of ``symmetric`` is one relation per unordered pair: its events
    in either direction go to the pair in id order. ``countries`` (reference ids) keeps
    the events with an actor of those countries. Compiling it for BigQuery needs no
    connection::

        ibis.to_sql(cells_expression(...), dialect="bigquery")
    """
    import ibis
    import pyarrow as pa

    check_options(period, actors, dedupe, quad)
    events = identified(events, identities, actors=actors, keep_generic=keep_generic)
    if countries is not None:
        wanted = list(countries)
        events = events.filter(
            events._source_place.isin(wanted) | events._target_place.isin(wanted)
        )
    branches = [
        (events.code_system == system, relation_case(events.code, table))
        for system, table in mappings.items()
    ]
    relation = ibis.cases(*branches, else_=ibis.null("string")) if branches else ibis.null("string")
    quad_class = events.quad_class if quad == "source" else cameo_quad(events.root_code, quad)
    ev = events.mutate(relation=relation)
    shared = sorted(symmetric)
    if shared:
        # whether a relation is symmetric, by a join with the few symmetric types: the
        # engine evaluates the mapping's CASE once per event, where an expression on the
        # relation would be inlined (and evaluated) once per use
        # (from Arrow: Ibis's pandas conversion reads an option pandas 3 deprecates)
        types = ibis.memtable(pa.table({"_both_ways": pa.array(shared, pa.string())}))
        ev = ev.left_join(types, ev.relation == types._both_ways)
        both_ways = ev._both_ways.notnull()
    else:
        both_ways = ibis.literal(False)
    source, target = ev._source_id, ev._target_id
    # least/greatest skip NULLs, so a one-sided event stays one-sided
    either = (~ev.directed.fill_null(True) | both_ways) & source.notnull() & target.notnull()
    ev = ev.mutate(
        source=ibis.ifelse(either, ibis.least(source, target), source),
        target=ibis.ifelse(either, ibis.greatest(source, target), target),
        quad=quad_class.cast("int8"),
        directed=ev.directed.fill_null(True),
    )
    statuses = (ev._source_status, ev._target_status)
    fate = ibis.cases(
        (ev.date.isnull(), "no date"),
        (ibis.or_(*(s == "missing" for s in statuses)), "no actor"),
        (ibis.or_(*(s == "placeholder" for s in statuses)), "placeholder actor"),
        (ibis.or_(*(s == "generic" for s in statuses)), "generic actor"),
        (ev.source.isnull() | ev.target.isnull(), "no actor"),
        (ev.source == ev.target, "self-dyad"),
        (ev.relation.isnull(), "unmapped code"),
        (ev.relation == "", "not a relation"),
        else_="relation",
    )
    ev = ev.mutate(fate=fate)
    kept = ev.fate == "relation"
    # Events that make no relation collapse into one row per fate: their keys are NULL.
    ev = ev.mutate(
        **{
            name: ibis.ifelse(kept, ev[name], ibis.null(ev[name].type()))
            for name in ("source", "target", "relation", "code", "date", "url", "story_id")
        }
    )
    if dedupe == "daily":
        ev = ev.group_by(["fate", *_KEYS, "code", "date"]).agg(
            reports=ev.count(),
            goldstein=ev.goldstein.max(),
            quad=ev.quad.max(),
            mentions=ev.mentions.sum(),
            fatalities=ev.fatalities.max(),
            url_first=ev.url.min(),
            url_last=ev.url.max(),
            story_id=ev.story_id.min(),
        )
    else:
        ev = ev.mutate(reports=ibis.literal(1, type="int64"), url_first=ev.url, url_last=ev.url)
    keys = ["fate", *_KEYS]
    if period is not None:
        ev = ev.mutate(period_start=ev.date.truncate(period).cast("date"))
        keys.append("period_start")
    g = ev.goldstein
    return ev.group_by([*keys, "code"]).agg(
        events=ev.count(),
        reports=ev.reports.sum(),
        goldstein=g.sum(),
        goldstein_pos=ibis.ifelse(g > 0, g, 0.0).sum(),
        goldstein_neg=ibis.ifelse(g < 0, g, 0.0).sum(),
        **{f"quad{k}": ibis.ifelse(ev.quad == k, 1, 0).sum() for k in QUAD_NAMES},
        mentions=ev.mentions.sum(),
        fatalities=ev.fatalities.sum(),
        first_event=ev.date.min(),
        last_event=ev.date.max(),
        url_first=ev.url_first.min(),
        url_last=ev.url_last.max(),
        story_id=ev.story_id.min(),
    )


def check_options(period: Any, actors: str, dedupe: Any, quad: str) -> None:
    """A ValueError for an option :func:`cells_expression` does not know."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of D, W, M, Q, Y or None, got {period!r}")
    if actors not in ACTOR_IDS:
        raise ValueError(f"actors must be one of {', '.join(ACTOR_IDS)}, got {actors!r}")
    if dedupe not in (None, "daily"):
        raise ValueError(f"dedupe must be None or 'daily', got {dedupe!r}")
    if quad not in ("source", *QUAD_CONVENTIONS):
        raise ValueError(f"quad must be 'source', 'gdelt' or 'icews', got {quad!r}")


def filtered(
    events: Any,
    *,
    start: str | dt.date | None,
    end: str | dt.date | None,
    codes: Iterable[str] | None,
    root_only: bool,
    min_mentions: int | None,
) -> Any:
    """The events :func:`~graphkit.aggregate_events` keeps: on or after ``start``, on or
    before ``end``, with a code of ``codes``, root events only, with at least
    ``min_mentions`` (None: no such filter). Countries are kept by
    :func:`cells_expression`, once it knows who the actors are."""
    import ibis

    ev = events
    if start is not None:
        ev = ev.filter(ev.date >= ibis.literal(first_day(start), type="date"))
    if end is not None:
        ev = ev.filter(ev.date <= ibis.literal(last_day(end), type="date"))
    if codes is not None:
        prefixes = [codes] if isinstance(codes, str) else list(codes)
        ev = ev.filter(ibis.or_(*(ev.code.startswith(p) for p in prefixes)))
    if root_only:
        ev = ev.filter(ev.is_root.fill_null(False))
    if min_mentions is not None:
        ev = ev.filter(ev.mentions >= min_mentions)
    return ev
