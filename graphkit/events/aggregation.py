"""Events to relations: dyad x period aggregation, written once in Ibis.

The reduction of the events runs inside the engine that holds them (DuckDB by default;
Spark, BigQuery or any Ibis backend unchanged): counts and sums per relation and event
code (:func:`cells_expression`). Only those rows leave the engine, through Arrow, where
they are rolled up into relations in one sort: each relation's sums, first and last
dates and URLs, its three most frequent codes and its dyad's total. Their text (dates,
evidence sentences, top codes, URLs) is then written column by column, and every number
is formatted once per distinct value, so the Python work does not grow with the number
of events and every engine gives the same relations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from ..core.dates import first_day, last_day
from ..core.vocabulary import Vocabulary
from .expressions import cameo_quad
from .mappings import MappingSource, event_mapping, relation_case
from .sources import SOURCES, code_system_mappings, event_source

__all__ = ["ACTOR_IDS", "PERIODS", "aggregate_events", "cells_expression"]

PERIODS = {None: None, "D": "D", "W": "W", "M": "M", "Q": "Q", "Y": "Y"}
"""Aggregation periods: a day, an ISO week (Monday to Sunday), a month, a quarter, a
year, or None for the whole time span."""

ACTOR_IDS = ("code", "country", "country+role")
"""How events name actors: the source's codes verbatim, the actor's country, or country
and primary role joined by ``+`` (``SYR+GOV``)."""

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

_KEYS = ["dataset", "directed", "source", "target", "relation"]

_FATES = ("relation", "no date", "no actor", "self-dyad", "unmapped code", "not a relation")


def _actor_id(events: Any, side: str, actors: str) -> Any:
    import ibis

    if actors == "code":
        return events[side]
    country = events[f"{side}_country"]
    if actors == "country":
        return country
    role = events[f"{side}_role"].re_extract(r"^([^,]*)", 1).strip().nullif("")
    return ibis.ifelse(role.isnull(), country, country + "+" + role)


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


def cells_expression(
    events: Any,
    *,
    period: str | None = "M",
    actors: str = "code",
    dedupe: str | None = None,
    mappings: Mapping[str, pd.DataFrame],
    quad: str = "source",
) -> Any:
    """The Ibis expression behind :func:`aggregate_events`, nothing executed.

    One pass over the events: a row per fate (``relation``, ``no date``, ``no actor``,
    ``self-dyad``, ``unmapped code``, ``not a relation``; the keys of the fates that
    make no relation are NULL) and, for relations, per dataset, direction, source,
    target, relation type, period and event code, with every measure (events, reports,
    Goldstein sums, quad counts, mentions, fatalities, first and last date, first and
    last URL). These rows are few next to the events (a relation has one or a few
    codes); they are rolled up into relations after they leave the engine
    (:func:`_rolled_up`), where one sort gives each relation its sums and its most
    frequent codes, which SQL needs a window and a second aggregation for.

    ``mappings`` gives the mapping table of each code system present. Compiling it for
    BigQuery needs no connection::

        ibis.to_sql(cells_expression(...), dialect="bigquery")
    """
    import ibis

    _check(period, actors, dedupe, quad)
    branches = [
        (events.code_system == system, relation_case(events.code, table))
        for system, table in mappings.items()
    ]
    relation = ibis.cases(*branches, else_=ibis.null("string")) if branches else ibis.null("string")
    source = _actor_id(events, "source", actors)
    target = _actor_id(events, "target", actors)
    # least/greatest skip NULLs, so a one-sided event stays one-sided
    undirected = ~events.directed.fill_null(True) & source.notnull() & target.notnull()
    quad_class = events.quad_class if quad == "source" else cameo_quad(events.root_code, quad)
    ev = events.mutate(
        source=ibis.ifelse(undirected, ibis.least(source, target), source),
        target=ibis.ifelse(undirected, ibis.greatest(source, target), target),
        relation=relation,
        quad=quad_class.cast("int8"),
        directed=events.directed.fill_null(True),
    )
    fate = ibis.cases(
        (ev.date.isnull(), "no date"),
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


TOP_CODES = 3
"""How many of a relation's most frequent event codes its provenance names."""


def _check(period: Any, actors: str, dedupe: Any, quad: str) -> None:
    if period not in PERIODS:
        raise ValueError(f"period must be one of D, W, M, Q, Y or None, got {period!r}")
    if actors not in ACTOR_IDS:
        raise ValueError(f"actors must be one of {', '.join(ACTOR_IDS)}, got {actors!r}")
    if dedupe not in (None, "daily"):
        raise ValueError(f"dedupe must be None or 'daily', got {dedupe!r}")
    if quad not in ("source", "gdelt", "icews"):
        raise ValueError(f"quad must be 'source', 'gdelt' or 'icews', got {quad!r}")


def _filtered(
    events: Any,
    *,
    start: str | dt.date | None,
    end: str | dt.date | None,
    countries: Iterable[str] | None,
    codes: Iterable[str] | None,
    root_only: bool,
    min_mentions: int | None,
) -> Any:
    import ibis

    ev = events
    if start is not None:
        ev = ev.filter(ev.date >= ibis.literal(first_day(start), type="date"))
    if end is not None:
        ev = ev.filter(ev.date <= ibis.literal(last_day(end), type="date"))
    if countries is not None:
        wanted = [countries] if isinstance(countries, str) else list(countries)
        ev = ev.filter(ev.source_country.isin(wanted) | ev.target_country.isin(wanted))
    if codes is not None:
        prefixes = [codes] if isinstance(codes, str) else list(codes)
        ev = ev.filter(ibis.or_(*(ev.code.startswith(p) for p in prefixes)))
    if root_only:
        ev = ev.filter(ev.is_root.fill_null(False))
    if min_mentions is not None:
        ev = ev.filter(ev.mentions >= min_mentions)
    return ev


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

    _check(period, actors, dedupe, quad)
    events = _filtered(
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

    fate_counts = dict.fromkeys(_FATES, 0)
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
    rolled = _rolled_up(cells, period)
    del cells
    result = _finish(rolled, period=period, dedupe=dedupe, tables=tables)
    result.attrs["policy"] = policy
    return result


def _code_label(code: str, table: pd.DataFrame) -> str:
    """The label of a code's longest matching mapping row, such as ``fight``."""
    by_code = dict(zip(table["code"], table["label"], strict=True))
    best = max((c for c in by_code if code.startswith(c)), key=len, default="")
    return by_code.get(best, "")


_OUTPUT = [
    "source",
    "target",
    "relation",
    "weight",
    "start",
    "end",
    "evidence",
    "document",
    "events",
    "reports",
    "goldstein",
    "goldstein_pos",
    "goldstein_neg",
    "quad1",
    "quad2",
    "quad3",
    "quad4",
    "mentions",
    "fatalities",
    "top_codes",
    "urls",
    "first_event",
    "last_event",
    "directed",
    "dataset",
    "period",
    "dedupe",
    "mapping",
    "quad_convention",
]

_SUMS = [
    "events",
    "reports",
    "goldstein",
    "goldstein_pos",
    "goldstein_neg",
    "quad1",
    "quad2",
    "quad3",
    "quad4",
    "mentions",
    "fatalities",
]


def _finish(
    relations: Any,
    *,
    period: str | None,
    dedupe: str | None,
    tables: Mapping[str, pd.DataFrame],
) -> pd.DataFrame:
    """The relations table from the engine's relation rows, ordered (an Arrow table).

    Text columns are assembled with Arrow's element-wise string kernels, never row by
    row in Python; what needs Python's formatting (``+.1f`` Goldstein sums, period
    labels, code labels) is formatted once per distinct value and spread back by
    index, so the result is exactly what per-row f-strings would give.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if relations.num_rows == 0:
        return pd.DataFrame(columns=_OUTPUT)
    col = relations.column
    dataset = col("dataset")
    first_event = _formatted(col("first_event"), _iso_day)
    last_event = _formatted(col("last_event"), _iso_day)
    if period is None:
        start, end = first_event, last_event
    else:
        start, end = _spans(col("period_start"), period)
    text = {
        "source": col("source"),
        "target": col("target"),
        "relation": col("relation"),
        "start": start,
        "end": end,
    }
    numbers = {}
    for name in ("events", "reports", "quad1", "quad2", "quad3", "quad4"):
        numbers[name] = pc.cast(pc.fill_null(col(name), 0), pa.int64())
    top_codes = _top_codes(relations, tables)
    url_first, url_last = col("url_first"), col("url_last")
    one_url = pc.or_kleene(pc.is_null(url_last), pc.equal(url_first, url_last))
    urls = pc.if_else(
        pc.is_null(url_first),
        "",
        pc.if_else(pc.fill_null(one_url, True), url_first, _concat(url_first, " ", url_last)),
    )
    titles = _mapped(dataset, {d: s.title for d, s in SOURCES.items()})
    story = col("story_id")
    has_story = pc.fill_null(pc.not_equal(story, ""), False)
    story_document = pc.if_else(
        has_story,
        _concat(titles, ", story ", pc.fill_null(story, "")),
        _concat(titles, " event data"),
    )
    document = pc.if_else(pc.is_null(url_first), story_document, url_first)
    evidence = _evidence(relations, numbers, top_codes, titles, period, (first_event, last_event))
    events = numbers["events"].to_numpy()
    out = pd.DataFrame({name: _text(values) for name, values in text.items()})
    out["weight"] = (events / col("dyad_events").to_numpy().astype(float)).round(6)
    out["evidence"] = _text(evidence)
    out["document"] = _text(document)
    for name, values in numbers.items():
        out[name] = values.to_numpy()
    for name in ("goldstein", "goldstein_pos", "goldstein_neg"):
        out[name] = pc.cast(col(name), pa.float64()).to_numpy(zero_copy_only=False).round(6)
    for name in ("mentions", "fatalities"):
        values = pc.cast(col(name), pa.int64())
        out[name] = values.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)
    out["top_codes"] = _text(top_codes)
    out["urls"] = _text(urls)
    out["first_event"] = _text(first_event)
    out["last_event"] = _text(last_event)
    out["directed"] = col("directed").to_numpy(zero_copy_only=False).astype(bool)
    out["dataset"] = _text(dataset)
    out["period"] = period or "all"
    out["dedupe"] = dedupe or "none"
    present = {d: event_source(d) for d in pc.unique(dataset).to_pylist()}
    names = {d: tables[s.code_system].attrs["name"] for d, s in present.items()}
    out["mapping"] = _text(_mapped(dataset, names))
    conventions = {d: s.quad_convention for d, s in present.items()}
    out["quad_convention"] = _text(_mapped(dataset, conventions))
    return out[_OUTPUT]


def _rolled_up(cells: Any, period: str | None) -> Any:
    """The relations from the engine's rows per relation and code (fate ``relation``),
    ordered by start, source, target, relation, dataset and direction.

    Each relation gets the sums of its codes' measures, its first and last date and
    URL, its three most frequent codes (``code0 .. code2`` with ``code0_events ..``:
    most events first, then the smaller code) and ``dyad_events``: the events of every
    type between the same two actors (either direction for undirected sources) in the
    same period.

    One sort does it all. Each text key is dictionary-encoded and its values ranked
    (strings compare by code point, like Python and SQL, so this is the order of the
    written table); the ranks, the count of events (descending) and the code are
    packed into one integer per row and sorted once. Each relation's rows are then
    one run, most frequent code first: sums are ``reduceat`` over the runs, top codes
    the runs' first rows. Text is gathered as dictionary indices and decoded from its
    few distinct values; only the URLs of relations with several codes go through a
    grouped minimum. Direction breaks the one tie left (an undirected and a directed
    row of one pair, possible in UCDP).
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    # the few rows of the other fates are skipped by index: filtering would copy
    # every column, URLs included, only to gather them again in order
    is_relation = pc.fill_null(pc.equal(cells["fate"], "relation"), False)
    kept = np.flatnonzero(is_relation.to_numpy(zero_copy_only=False))
    if len(kept) == 0:
        return pa.table({"events": pa.array([], pa.int64())})
    encoded = {name: _ranked(cells[name], kept) for name in _ENCODED}
    directed = cells["directed"].to_numpy(zero_copy_only=False)[kept].astype(np.int64)
    events = _integers(cells["events"])[kept]
    keys = [encoded[name][1] for name in ("source", "target", "relation", "dataset")]
    keys.append(directed)
    if period is not None:
        keys.insert(0, _integers(cells["period_start"])[kept])
    order = _sort_order([*keys, -events, encoded["code"][1]])
    rows, events = kept[order], events[order]
    boundary = np.zeros(len(order), dtype=bool)
    boundary[0] = True
    for key in keys:  # one sorted key at a time: each is as long as the rows
        in_order = key[order]
        boundary[1:] |= in_order[1:] != in_order[:-1]
        del in_order
    runs = np.flatnonzero(boundary)  # where each relation's rows begin, ascending
    del boundary
    first_day = np.minimum.reduceat(_integers(cells["first_event"])[rows], runs)
    last_day = np.maximum.reduceat(_integers(cells["last_event"])[rows], runs)
    # the relations' order: that of the runs, or by first event over the whole span
    if period is None:
        final = _sort_order([first_day, *(key[order[runs]] for key in keys)])
    else:
        final = np.arange(len(runs))
    starts = runs[final]
    lengths = np.diff(np.append(runs, len(order)))[final]

    first = order[starts]  # each relation's first row, as a position in ``kept``
    columns: dict[str, Any] = {}
    for name in ("dataset", "source", "target", "relation"):
        values, _ranks, indices = encoded[name]
        columns[name] = values.take(pa.array(indices[first]))
    columns["directed"] = pa.array(directed[first].astype(bool))
    if period is not None:
        columns["period_start"] = cells["period_start"].take(pa.array(rows[starts]))
    for name in _SUMS:
        columns[name] = _run_sums(cells[name], rows, runs, final)
    columns["first_event"] = pa.array(first_day[final].astype(np.int32)).view(pa.date32())
    columns["last_event"] = pa.array(last_day[final].astype(np.int32)).view(pa.date32())
    for name, how in (("url_first", "min"), ("url_last", "max"), ("story_id", "min")):
        columns[name] = _run_extreme(cells[name], rows, starts, lengths, how)
    code_values, _ranks, code_indices = encoded["code"]
    for k in range(TOP_CODES):
        has = lengths > k
        at = np.where(has, starts + k, 0)
        code = np.where(has, code_indices[order[at]], len(code_values) - 1)
        columns[f"code{k}"] = code_values.take(pa.array(code))
        columns[f"code{k}_events"] = pa.array(events[at], mask=~has)
    # one dyad: the same source and target (and period); ranks are distinct per value
    source, target = (encoded[k][1][first] for k in ("source", "target"))
    if period is None:
        span = int(target.max(initial=0)) + 1
        pair = pd.factorize(source.astype(np.int64) * span + target)[0]
    else:
        # sorted by period, source and target first: each dyad's relations are one
        # run, numbered where one of those keys changes
        period_key = keys[0][first]
        changed = np.ones(len(starts), dtype=bool)
        changed[1:] = (
            (period_key[1:] != period_key[:-1])
            | (source[1:] != source[:-1])
            | (target[1:] != target[:-1])
        )
        pair = np.cumsum(changed) - 1
    totals = np.bincount(pair, weights=_integers(columns["events"]), minlength=pair.max() + 1)
    columns["dyad_events"] = pa.array(totals[pair].astype(np.int64))
    return pa.table(columns)


def _integers(values: Any) -> Any:
    """An Arrow integer or date column as a NumPy int64 array, NULL as 0."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_date32(values.type):
        values = pc.cast(values, pa.int32())
    return pc.fill_null(values, 0).to_numpy(zero_copy_only=False).astype(np.int64)


def _run_sums(values: Any, rows: Any, runs: Any, final: Any) -> Any:
    """Each relation's sum of ``values`` over its rows (``rows[runs[i]:runs[i+1]]``),
    in the ``final`` order; NULL where every row is NULL, as SQL's ``SUM``."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = pa.float64() if pa.types.is_floating(values.type) else pa.int64()
    numbers = pc.fill_null(pc.cast(values, kind), 0).to_numpy(zero_copy_only=False)[rows]
    sums = np.add.reduceat(numbers, runs)[final]
    if values.null_count == 0:
        return pa.array(sums, type=kind)
    known = pc.is_valid(values).to_numpy(zero_copy_only=False)[rows]
    return pa.array(sums, type=kind, mask=~np.logical_or.reduceat(known, runs)[final])


def _run_extreme(values: Any, rows: Any, starts: Any, lengths: Any, how: str) -> Any:
    """Each relation's smallest (``how="min"``) or largest text of ``values`` over its
    rows ``rows[starts[i]:starts[i] + lengths[i]]``, NULLs skipped as SQL does.

    A relation of one row takes that row's text; the others, a small share, go through
    Arrow's grouped minimum or maximum (code-point order, as SQL compares text).
    """
    import numpy as np
    import pyarrow as pa

    result = values.take(pa.array(rows[starts]))
    if isinstance(result, pa.ChunkedArray):
        result = result.combine_chunks()
    several = np.flatnonzero(lengths > 1)
    if len(several) == 0 or values.null_count == len(values):
        return result
    counts = lengths[several]
    relation = np.repeat(several, counts)
    offsets = np.arange(len(relation)) - np.repeat(np.cumsum(counts) - counts, counts)
    positions = np.repeat(starts[several], counts) + offsets
    grouped = (
        pa.table({"relation": relation, "value": values.take(pa.array(rows[positions]))})
        .group_by("relation")
        .aggregate([("value", how)])
    )
    place = np.arange(len(starts))
    place[grouped["relation"].to_numpy()] = len(starts) + np.arange(grouped.num_rows)
    extremes = grouped[f"value_{how}"].combine_chunks().cast(values.type)
    combined = pa.concat_arrays([result, extremes])
    return combined.take(pa.array(place))


_ENCODED = ("source", "target", "relation", "dataset", "code")
"""Key columns with few distinct values: sorted and gathered as dictionary codes."""


def _ranked(values: Any, rows: Any) -> tuple[Any, Any, Any]:
    """A text column as its distinct values, and for each of ``rows`` (positions) its
    rank among them in code-point order (NULL last) and its index into them."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    encoded = pc.dictionary_encode(values)
    distinct = encoded.dictionary
    rank = np.empty(len(distinct) + 1, dtype=np.int32)  # half the memory of int64
    rank[pc.sort_indices(distinct).to_numpy()] = np.arange(len(distinct))
    rank[len(distinct)] = len(distinct)  # NULL
    indices = pc.fill_null(encoded.indices, len(distinct)).to_numpy(zero_copy_only=False)[rows]
    # a NULL row's index points past the distinct values, at a NULL
    values = pa.concat_arrays([distinct, pa.nulls(1, type=distinct.type)])
    return values, rank[indices], indices


def _sort_order(keys: list[Any]) -> Any:
    """The stable order of rows by several integer keys, first key first.

    The keys are packed into one int64 where their ranges allow (one sort of one
    column), else sorted together by :func:`numpy.lexsort`.
    """
    import numpy as np

    lows = [int(k.min(initial=0)) for k in keys]
    spans = [int(k.max(initial=0)) - low + 1 for k, low in zip(keys, lows, strict=True)]
    if np.prod([float(s) for s in spans]) < 2.0**62:
        packed = np.zeros(len(keys[0]), dtype=np.int64)
        for key, low, span in zip(keys, lows, spans, strict=True):
            packed = packed * span + (key.astype(np.int64) - low)
        return np.argsort(packed, kind="stable")
    return np.lexsort(keys[::-1])


def _text(values: Any) -> pd.Series:
    """An Arrow string array as a pandas ``str`` column (Arrow-backed, no Python objects)."""
    return values.to_pandas().astype("str")


def _concat(*parts: Any) -> Any:
    """Element-wise concatenation of string arrays and scalars (none may be null)."""
    import pyarrow.compute as pc

    return pc.binary_join_element_wise(*parts, "")


def _formatted(values: Any, format_one: Any) -> Any:
    """``format_one`` applied to each distinct value of an Arrow array, spread back.

    Relations share few distinct dates, counts and Goldstein sums, so this formats a
    few thousand values where a row-by-row loop would format millions.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    distinct = pc.unique(values)
    texts = pa.array(
        ["" if v is None else format_one(v) for v in distinct.to_pylist()], type=pa.string()
    )
    return texts.take(pc.index_in(values, value_set=distinct))


def _mapped(values: Any, table: Mapping[str, str]) -> Any:
    """Each text replaced by its entry in ``table`` (``""`` if none)."""
    return _formatted(values, lambda v: table.get(v, ""))


def _top_codes(relations: Any, tables: Mapping[str, pd.DataFrame]) -> Any:
    """``"190 fight ×7, 193 fight ×2"``: the three most frequent codes of each relation."""
    import pyarrow as pa
    import pyarrow.compute as pc

    labels: dict[str, str] = {}
    col = relations.column
    inputs = {}
    for k in range(TOP_CODES):
        code, n = col(f"code{k}"), col(f"code{k}_events")
        key = pc.binary_join_element_wise(col("dataset"), code, "\x00")
        for d_c in pc.unique(key).to_pylist():
            if d_c is not None and d_c not in labels:
                d, c = d_c.split("\x00")
                system = event_source(d).code_system
                label = _code_label(c, tables[system]) if system in tables else ""
                labels[d_c] = f"{c} {label}" if label else c
        inputs[f"label{k}"] = _mapped(pc.fill_null(key, ""), labels)
        inputs[f"n{k}"] = pc.cast(pc.fill_null(n, 0), pa.int64())
        inputs[f"known{k}"] = pc.is_valid(code)
    pieces = ", ".join(
        f"CASE WHEN known{k} THEN concat('{'' if k == 0 else ', '}', label{k}, ' ×', n{k}) "
        "ELSE '' END"
        for k in range(TOP_CODES)
    )
    return _sql_text(inputs, f"concat({pieces})")


def _sql_text(inputs: Mapping[str, Any], expression: str) -> Any:
    """One text column computed from equal-length Arrow arrays by a SQL expression over
    them, on an in-process DuckDB (the ``events`` extra's engine, whichever engine
    held the events).

    DuckDB joins millions of strings over both cores, where Arrow's element-wise
    kernels take three times as long on one; a plain projection keeps the rows in
    their order. Every value is text or an integer here, which both write alike.
    """
    import duckdb
    import pyarrow as pa

    table = pa.table(dict(inputs))
    con = duckdb.connect()
    try:
        con.register("t", table)
        cursor = con.execute(f"SELECT {expression} AS text FROM t")
        # DuckDB 1.4 renamed fetch_arrow_table, which 2.0 removes
        fetch = getattr(cursor, "to_arrow_table", None) or cursor.fetch_arrow_table
        result = fetch()
    finally:
        con.close()
    if result.num_rows != table.num_rows:  # pragma: no cover - a projection keeps every row
        raise RuntimeError("the text of the relations lost rows")
    return result.column("text").combine_chunks()


def _spans(start: Any, period: str) -> tuple[Any, Any]:
    """The ``start`` and ``end`` text of each period from its first day."""

    def shifted(days: int = 0, months: int = 0) -> Any:
        def format_one(day: dt.date) -> str:
            if months:
                month = day.month - 1 + months
                day = day.replace(year=day.year + month // 12, month=month % 12 + 1)
            # the week of 9999-12-31 ends on the last day a date can have
            day = day + dt.timedelta(days=min(days, (dt.date.max - day).days))
            return _iso_day(day)[: {"D": 10, "W": 10, "M": 7, "Q": 7}.get(period, 4)]

        return _formatted(start, format_one)

    if period == "W":
        return shifted(), shifted(days=6)
    if period == "Q":
        return shifted(), shifted(months=2)
    text = shifted()
    return text, text


def _iso_day(value: dt.date) -> str:
    """A date as ISO text, the way Arrow casts a date to a string. Years have four
    digits: '%Y' writes year 999 as '999', which no reader of relations takes for a
    date."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def _day(value: Any) -> str:
    return f"{value.day} {value:%b %Y}"


def _period_label(relations: Any, period: str | None) -> Any:
    """How evidence names the period (``Oct 2019``, ``week of 21 Oct 2019``, ...)."""
    import pyarrow.compute as pc

    if period is None:
        first, last = relations.column("first_event"), relations.column("last_event")
        a, b = _formatted(first, _day), _formatted(last, _day)
        return pc.if_else(pc.equal(first, last), a, _concat(a, " to ", b))
    label = {
        "D": _day,
        "W": lambda s: f"week of {_day(s)}",
        "M": lambda s: f"{s:%b %Y}",
        "Q": lambda s: f"{s.year} Q{(s.month - 1) // 3 + 1}",
        "Y": lambda s: f"{s.year}",
    }[period]
    return _formatted(relations.column("period_start"), label)


def _evidence(
    relations: Any,
    numbers: Mapping[str, Any],
    top_codes: Any,
    titles: Any,
    period: str | None,
    days: tuple[Any, Any],
) -> Any:
    """One sentence per relation saying what its events were.

    Like "12 GDELT 2.0 events, Oct 2019: 9 material conflict, 3 verbal conflict; top
    codes 190 fight ×7, 193 fight ×2; Goldstein -96.0 (+0.0 / -96.0); first 2019-10-03,
    last 2019-10-24".
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    col = relations.column
    first, last = days
    goldstein = pc.cast(col("goldstein"), pa.float64())
    signed = {
        name: _formatted(pc.cast(col(name), pa.float64()), lambda g: f"{g:+.1f}")
        for name in ("goldstein", "goldstein_pos", "goldstein_neg")
    }
    inputs = {
        "n": numbers["events"],
        "reports": numbers["reports"],
        **{f"quad{k}": numbers[f"quad{k}"] for k in QUAD_NAMES},
        "title": titles,
        "period": _period_label(relations, period),
        "top_codes": top_codes,
        "has_goldstein": pc.and_(pc.is_valid(goldstein), pc.invert(pc.is_nan(goldstein))),
        **signed,
        "fatalities": pc.cast(col("fatalities"), pa.int64()),
        "first": first,
        "last": last,
        "directed": col("directed"),
    }
    kinds = ", ".join(
        f"CASE WHEN quad{k} > 0 THEN concat(quad{k}, ' {name}') END"
        for k, name in QUAD_NAMES.items()
    )
    return _sql_text(
        inputs,
        f"""concat(
            n, ' ', title, CASE WHEN n = 1 THEN ' event' ELSE ' events' END,
            CASE WHEN reports <> n
                THEN concat(' (', reports, ' reports, one a day kept)') ELSE '' END,
            ', ', period,
            CASE WHEN quad1 > 0 OR quad2 > 0 OR quad3 > 0 OR quad4 > 0
                THEN concat(': ', concat_ws(', ', {kinds})) ELSE '' END,
            CASE WHEN top_codes <> '' THEN concat('; top codes ', top_codes) ELSE '' END,
            CASE WHEN has_goldstein THEN concat('; Goldstein ', goldstein,
                ' (', goldstein_pos, ' / ', goldstein_neg, ')') ELSE '' END,
            CASE WHEN fatalities IS NOT NULL THEN concat('; ', fatalities, ' killed')
                ELSE '' END,
            CASE WHEN first <> last THEN concat('; first ', first, ', last ', last)
                ELSE '' END,
            CASE WHEN NOT directed
                THEN '; undirected: the source does not say who acted on whom' ELSE '' END
        )""",
    )
