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
from .actor_ids import ACTOR_IDS, actor_numbers, identified
from .actor_rules import STATUSES
from .constant_columns import constant_value
from .expressions import QUAD_CONVENTIONS, cameo_quad
from .mappings import by_length, relation_case, relation_of

__all__ = [
    "ACTOR_IDS",
    "DETAILS",
    "FATES",
    "PERIODS",
    "QUAD_NAMES",
    "cells_expression",
    "check_detail",
    "check_options",
    "code_relations",
    "engine_constants",
    "filtered",
    "key_values",
    "relation_keys",
    "relation_numbers",
    "url_numbers",
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
    detail: str = "full",
    urls: Any = None,
    codes: Any = None,
    constants: bool = True,
) -> Any:
    """The Ibis expression behind :func:`aggregate_events`, nothing executed.

    One pass over the events, one ``GROUP BY``: a row per fate that makes no relation
    (``fate`` is the position of the fate in :data:`FATES`, its keys are NULL) and, for
    relations (``fate`` 0), per dataset, direction, source, target, relation type,
    period and quad class (``source``, ``target`` and ``relation`` as numbers, which
    :func:`key_values` turns back into ids and types), with the measures summed: events,
    Goldstein sum and its positive and negative parts, mentions, fatalities, first and
    last date, and with ``dedupe="daily"`` the reports merged. ``detail="full"`` also
    groups by event code (a relation's most frequent codes) and takes each row's first
    and last URL and story. These rows are few next to the events; they are rolled up
    into relations after they leave the engine
    (:func:`~graphkit.events.rollup.rolled_up`), where one sort gives each relation its
    sums, quad counts and most frequent codes, which SQL needs a window and a second
    aggregation for.

    The quad class is a key rather than four conditional sums: it is nearly always a
    function of the event code, so it adds almost no rows, and grouping by one small
    integer costs the engine less than summing four ``CASE`` expressions per event.

    URLs are compared by number, not as text: ``urls`` (:func:`url_numbers`) holds
    every distinct URL of the events in code-point order, and each event's URL is
    joined to its position there, so a row's ``url_first`` and ``url_last`` are the
    smallest and largest position (the text is taken back after the roll-up); without
    ``urls`` the same numbers are given in the same query, by a window over the distinct
    URLs. The engine keeps the smallest and largest text of a group by copying
    each candidate into the group's state: on ten million GDELT-like events the two
    took 4.2 s of 5.8 s of a grouping (DuckDB 1.5), the join and the numbers 1.3 s.

    ``identities`` says who the events' raw actors are
    (:func:`~graphkit.events.actor_ids.actor_identities`); it is joined to the events
    in the engine. ``mappings`` gives the mapping table of each code system present.
    A relation type of ``symmetric`` is one relation per unordered pair: its events
    in either direction go to the pair in id order. ``codes`` (:func:`code_relations`)
    gives each distinct code's relation, joined to the events; without it the mapping
    is evaluated on every event as one ``CASE`` (the same numbers). ``countries``
    (reference ids) keeps the events with an actor of those countries. The columns
    the source writes as one literal (:func:`engine_constants`) are written on every
    row, or with ``constants=False`` left off for the caller to write. Compiling it for
    BigQuery needs no connection::

        ibis.to_sql(cells_expression(...), dialect="bigquery")
    """
    import ibis

    check_options(period, actors, dedupe, quad)
    check_detail(detail)
    constant = engine_constants(events, detail)
    ev = _with_fates(
        events,
        actors=actors,
        mappings=mappings,
        quad=quad,
        identities=identities,
        keep_generic=keep_generic,
        symmetric=symmetric,
        countries=countries,
        codes=codes,
    )
    kept = ev.fate == FATES.index("relation")
    full = detail == "full"
    if full:
        if urls is None:  # numbered in the same query: the same numbers as url_numbers
            present = events.select(_url=events.url).filter(events.url.notnull()).distinct()
            ranked = present.mutate(
                _url_number=ibis.row_number().over(order_by=present._url).cast("int32")
            )
        else:
            ranked = ibis.memtable(urls).select(_url=_URL_TEXT, _url_number=_URL_NUMBER)
        ev = ev.left_join(ranked, ev.url == ranked._url).drop("_url")
        ev = ev.mutate(url=ev._url_number).drop("_url_number")
        kept = ev.fate == FATES.index("relation")
    # Events that make no relation collapse into one row per fate: their keys are NULL.
    nulled = ["source", "target", "relation", "code", "date", "quad"]
    if full:
        nulled += ["url", "story_id"]
    ev = ev.mutate(
        **{name: ibis.ifelse(kept, ev[name], ibis.null(ev[name].type())) for name in nulled}
    )
    grouped = [name for name in _KEYS if name not in constant]
    if dedupe == "daily":
        texts = (
            {"url_first": ev.url.min(), "url_last": ev.url.max(), "story_id": ev.story_id.min()}
            if full
            else {}
        )
        if "story_id" in constant:
            texts.pop("story_id", None)
        deaths = {} if "fatalities" in constant else {"fatalities": ev.fatalities.max()}
        ev = ev.group_by(["fate", *grouped, "code", "date"]).agg(
            reports=ev.count(),
            goldstein=ev.goldstein.max(),
            quad=ev.quad.max(),
            mentions=_whole_sum(ev.mentions),
            **deaths,
            **texts,
        )
    elif full:
        ev = ev.mutate(url_first=ev.url, url_last=ev.url)
    keys = ["fate", *grouped]
    if period is not None:
        ev = ev.mutate(period_start=_as_type(ev.date.truncate(period), "date"))
        keys.append("period_start")
    if full:
        keys.append("code")
    keys.append("quad")
    g = ev.goldstein
    measures = {
        "events": ev.count(),
        "goldstein": g.sum(),
        # plain sums of the positive and negative parts, not sums with a condition,
        # which the engine's grouping evaluates as a filter per aggregate (on 10
        # million events about 0.5 s of the grouping's CPU time more); a part with no
        # event is 0 either way, as the roll-up reads a NULL sum (and BigQuery's
        # GREATEST, NULL for a NULL score)
        "goldstein_pos": ibis.greatest(g, 0.0).sum(),
        "goldstein_neg": ibis.least(g, 0.0).sum(),
        "mentions": _whole_sum(ev.mentions),
        "first_event": ev.date.min(),
        "last_event": ev.date.max(),
    }
    if "fatalities" not in constant:
        measures["fatalities"] = _whole_sum(ev.fatalities)
    if dedupe == "daily":
        measures["reports"] = _whole_sum(ev.reports)
    if full:
        measures.update(url_first=ev.url_first.min(), url_last=ev.url_last.max())
        if "story_id" not in constant:
            measures["story_id"] = ev.story_id.min()
    cells = ev.group_by(keys).agg(**measures)
    written = {
        "dataset": lambda v: ibis.literal(v, "string"),
        "directed": lambda v: ibis.literal(bool(v), "boolean"),
        "fatalities": lambda v: ibis.null("int64"),
        "story_id": lambda v: ibis.null("string"),
    }
    if not constants:
        return cells
    return cells.mutate(**{name: written[name](v) for name, v in constant.items()})


def engine_constants(events: Any, detail: str = "full") -> dict[str, Any]:
    """The columns of the engine's rows that ``events``' source writes as one literal
    in every row, with their value (GDELT: ``dataset``, ``directed``, ``fatalities``
    (NULL) and, for the full detail, ``story_id`` (NULL)).

    They are neither grouped by nor aggregated (on 10 million events about 1 s of the
    grouping's CPU time), only written on the engine's rows, or left off them for the
    roll-up to write (:func:`~graphkit.events.rollup.rolled_up`'s ``constants``: 3.7
    million copies of a dataset's name cost the engine and the roll-up 0.2 s more).
    """
    found = {
        name: value
        for name in ("dataset", "directed", "fatalities", "story_id")
        if (detail == "full" or name != "story_id")
        and (value := constant_value(events, name))[0]
        and (name in ("dataset", "directed") or value[1] is None)
    }
    constant = {name: value[1] for name, value in found.items()}
    if "directed" in constant and constant["directed"] is None:
        constant["directed"] = True  # as fill_null(True) reads it
    return constant


def _whole_sum(values: Any) -> Any:
    """The sum of a whole-number column, as a 64-bit integer in the engine too.

    DuckDB sums integers into 128-bit integers and hands them over as Arrow decimals,
    which Ibis then converts (on 10 million GDELT events the mentions' sum cost 0.35 s
    of CPU time more than as 64 bits). A count of a source is at most 2^31 - 1 (a
    larger one is a problem and read as NULL), so a sum of fewer than 2^32 events
    always fits.
    """
    return _as_type(values.sum(), "int64")


def _as_type(value: Any, type: str) -> Any:
    """``value`` cast to ``type`` in the engine, even where Ibis's own types already
    agree: Ibis leaves such a cast out, but the engine's types may differ (DuckDB: a
    sum of integers is a 128-bit integer, a truncated date a timestamp, a ``CASE`` of
    small literals a 32-bit integer), and a key or column of the engine's wider type
    costs the grouping and then Ibis's conversion of every row it hands over."""
    import ibis.expr.datatypes as dt
    import ibis.expr.operations as ops

    return ops.Cast(value, to=dt.dtype(type)).to_expr()


def _with_fates(
    events: Any,
    *,
    actors: str,
    mappings: Mapping[str, pd.DataFrame],
    quad: str | None,
    identities: pd.DataFrame,
    keep_generic: bool,
    symmetric: Iterable[str],
    countries: Iterable[str] | None,
    codes: Any = None,
) -> Any:
    """The events with their relation's keys: ``source`` and ``target`` as actor ids
    (an undirected pair, or a symmetric relation type's, in id order), ``relation``
    mapped from the code, ``quad`` (unless ``quad`` is None), ``directed``, and
    ``fate``, the position in :data:`FATES` of what becomes of the event, as a small
    integer (the engine compares and groups it far faster than text)."""
    import ibis
    import pyarrow as pa

    events = identified(events, identities, actors=actors, keep_generic=keep_generic)
    if countries is not None:
        wanted = list(countries)
        events = events.filter(
            events._source_place.isin(wanted) | events._target_place.isin(wanted)
        )
    numbers = {r: n for n, r in enumerate(relation_numbers(mappings))}
    if codes is not None:  # each distinct code's relation, found once (code_relations)
        right = ibis.memtable(codes).rename(
            _code_system="code_system", _code="code", _relation="relation", _both="both_ways"
        )
        ev = events.left_join(
            right, [events.code_system == right._code_system, events.code == right._code]
        )
        ev = ev.mutate(relation=ev._relation).drop("_code_system", "_code", "_relation")
        both_ways = ev._both.fill_null(False)
    else:
        branches = [
            (events.code_system == system, relation_case(events.code, table, numbers))
            for system, table in mappings.items()
        ]
        relation = (
            ibis.cases(*branches, else_=ibis.null("int16")) if branches else ibis.null("int16")
        )
        ev = events.mutate(relation=relation)
        shared = sorted(numbers[r] for r in symmetric if r in numbers)
        if shared:
            # whether a relation is symmetric, by a join with the few symmetric types: the
            # engine evaluates the mapping's CASE once per event, where an expression on
            # the relation would be inlined (and evaluated) once per use
            # (from Arrow: Ibis's pandas conversion reads an option pandas 3 deprecates)
            types = ibis.memtable(pa.table({"_both_ways": pa.array(shared, pa.int16())}))
            ev = ev.left_join(types, ev.relation == types._both_ways)
            both_ways = ev._both_ways.notnull()
        else:
            both_ways = ibis.literal(False)
    # actors by number (their ids' order): least and greatest order them as their ids
    source, target = ev._source_number, ev._target_number
    # least/greatest skip NULLs, so a one-sided event stays one-sided
    either = (~ev.directed.fill_null(True) | both_ways) & source.notnull() & target.notnull()
    columns = {
        "source": ibis.ifelse(either, ibis.least(source, target), source),
        "target": ibis.ifelse(either, ibis.greatest(source, target), target),
        "directed": ev.directed.fill_null(True),
    }
    if quad is not None:
        quad_class = ev.quad_class if quad == "source" else cameo_quad(ev.root_code, quad)
        columns["quad"] = _as_type(quad_class, "int8")
    ev = ev.mutate(**columns)
    # the sides' statuses as small integers (STATUSES): compared far faster than text
    states = (ev._source_state, ev._target_state)

    def either_is(status: str) -> Any:
        return ibis.or_(*(s == STATUSES.index(status) for s in states))

    fate = ibis.cases(
        (ev.date.isnull(), FATES.index("no date")),
        (either_is("missing"), FATES.index("no actor")),
        (either_is("placeholder"), FATES.index("placeholder actor")),
        (either_is("generic"), FATES.index("generic actor")),
        (ev.source.isnull() | ev.target.isnull(), FATES.index("no actor")),
        (ev.source == ev.target, FATES.index("self-dyad")),
        (ev.relation.isnull(), FATES.index("unmapped code")),
        (ev.relation == numbers.get("", -1), FATES.index("not a relation")),
        else_=FATES.index("relation"),
    )
    fate = _as_type(fate, "int8")
    return ev.mutate(fate=fate)


_URL_TEXT = "url"
_URL_NUMBER = "number"


def url_numbers(events: Any, run: Any) -> Any:
    """Every distinct URL of ``events`` (NULL left out), sorted by code point, as an
    Arrow table of ``url`` and ``number`` (its position, from 0): what
    :func:`cells_expression` compares URLs by. ``run`` executes an Ibis expression to
    Arrow (:meth:`~graphkit.events.engine_run.EngineRun.arrow`)."""
    import pyarrow as pa

    present = events.select(url=events.url).filter(events.url.notnull()).distinct()
    texts = run(present.order_by("url")).column("url")
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks() if texts.num_chunks != 1 else texts.chunk(0)
    texts = texts.cast(pa.string())
    return pa.table({_URL_TEXT: texts, _URL_NUMBER: pa.array(range(len(texts)), pa.int32())})


def code_relations(
    events: Any, mappings: Mapping[str, pd.DataFrame], symmetric: Iterable[str], run: Any
) -> Any:
    """Every distinct code of ``events`` (NULL left out) with its relation, as an Arrow
    table of ``code_system``, ``code``, ``relation`` (the number :func:`cells_expression`
    groups by, NULL for a code no prefix matches) and ``both_ways`` (a ``symmetric``
    relation type): what :func:`cells_expression` joins the events to.

    The same rule as :func:`~graphkit.events.mappings.relation_case`, applied once per
    distinct code in Python (:func:`~graphkit.events.mappings.relation_of`) instead of
    once per event in the engine: on ten million GDELT events the ``CASE`` over CAMEO's
    33 prefixes costs 0.4 s, the distinct codes (39) and the join 0.25 s, and the join
    also says which relations are symmetric. ``run`` executes an Ibis expression to
    Arrow (:meth:`~graphkit.events.engine_run.EngineRun.arrow`).
    """
    import pyarrow as pa

    present = events.filter(events.code.notnull()).select("code_system", "code").distinct()
    found = run(present).to_pylist()
    numbers = {r: n for n, r in enumerate(relation_numbers(mappings))}
    both = set(symmetric)
    relations = [
        None
        if (table := mappings.get(row["code_system"])) is None
        else relation_of(row["code"], table)
        for row in found
    ]
    return pa.table(
        {
            "code_system": pa.array([row["code_system"] for row in found], pa.string()),
            "code": pa.array([row["code"] for row in found], pa.string()),
            "relation": pa.array(
                [None if r is None else numbers[r] for r in relations], pa.int16()
            ),
            "both_ways": pa.array([r is not None and r in both for r in relations], pa.bool_()),
        }
    )


def relation_keys(
    events: Any,
    *,
    period: str | None,
    actors: str,
    mappings: Mapping[str, pd.DataFrame],
    identities: pd.DataFrame,
    keep_generic: bool = False,
    symmetric: Iterable[str] = (),
    countries: Iterable[str] | None = None,
    codes: Any = None,
) -> Any:
    """The events with their ``fate`` and ``key``: their relation's dataset, direction,
    source, target, relation type and period in one struct, for counting the relations
    the events make without making them (an approximate distinct count hashes the
    struct as it is: on 10 million events 3.1 s, against 7.3 s for the same keys
    joined as text). ``codes`` as for :func:`cells_expression`."""
    import ibis

    ev = _with_fates(
        events,
        actors=actors,
        mappings=mappings,
        quad=None,
        identities=identities,
        keep_generic=keep_generic,
        symmetric=symmetric,
        countries=countries,
        codes=codes,
    )
    parts = {name: ev[name] for name in ("dataset", "directed", "source", "target", "relation")}
    if period is not None:
        parts["period"] = _as_type(ev.date.truncate(period), "date")
    return ev.mutate(key=ibis.struct(parts))


def relation_numbers(mappings: Mapping[str, pd.DataFrame]) -> list[str]:
    """Every relation type the ``mappings`` give (``""``, not a relation, included),
    sorted by code point: a relation's number in the engine's rows is its position here.

    Examples
    --------
    >>> import graphkit as gk
    >>> relation_numbers({"cameo": gk.event_mapping("cameo")})[:3]
    ['', 'agrees_with', 'arms']
    """
    return sorted({relation for table in mappings.values() for _, relation in by_length(table)})


def key_values(
    identities: pd.DataFrame, mappings: Mapping[str, pd.DataFrame], actors: str
) -> dict[str, list[str]]:
    """What the numbers of :func:`cells_expression`'s rows stand for: the id of each
    ``source`` and ``target`` number and the relation type of each ``relation``
    number (:func:`~graphkit.events.actor_ids.actor_numbers`, :func:`relation_numbers`)."""
    ids = actor_numbers(identities, actors)
    return {"source": ids, "target": ids, "relation": relation_numbers(mappings)}


DETAILS = ("counts", "full")
"""How much :func:`~graphkit.aggregate_events` writes: the counts (events, Goldstein sums,
quad counts, first and last day, weights) or everything (also the most frequent codes,
URLs, documents and evidence sentences)."""


def check_detail(detail: str) -> None:
    """A ValueError for a ``detail`` other than those of :data:`DETAILS`."""
    if detail not in DETAILS:
        raise ValueError(f"detail must be 'counts' or 'full', got {detail!r}")


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
