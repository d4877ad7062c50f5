"""Events to relations: dyad x period aggregation, written once in Ibis.

The reduction runs inside the engine that holds the events (DuckDB by default; Spark,
BigQuery or any Ibis backend unchanged) and only the aggregated rows leave it, through
Arrow. What is done in pandas afterwards (weights, dates as text, evidence sentences)
works on those rows alone, so every engine gives the same relations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..core.dates import first_day, last_day
from ..core.vocabulary import Vocabulary
from .canonical import cameo_quad
from .layouts import LAYOUTS
from .mappings import CODE_SYSTEMS, MappingSource, event_mapping, relation_case

__all__ = ["ACTOR_IDS", "PERIODS", "aggregate_events", "relations_expression"]

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
    """The mapping table for each code system present."""
    out = {}
    for system in systems:
        if isinstance(mapping, Mapping):
            chosen = mapping.get(system, CODE_SYSTEMS.get(system))
        elif mapping is None:
            chosen = CODE_SYSTEMS.get(system)
        else:
            chosen = mapping
        if chosen is None:
            raise ValueError(f"no event mapping for code system {system!r}; pass mapping=")
        out[system] = event_mapping(chosen, vocabulary=vocabulary)
        out[system].attrs["name"] = chosen if isinstance(chosen, str) else "custom"
    return out


def relations_expression(
    events: Any,
    *,
    period: str | None = "M",
    actors: str = "code",
    dedupe: str | None = None,
    mappings: Mapping[str, pd.DataFrame],
    quad: str = "source",
) -> Any:
    """The Ibis expression behind :func:`aggregate_events`, nothing executed.

    One aggregation, one pass over the events: a row per fate (``relation``, ``no
    date``, ``no actor``, ``self-dyad``, ``unmapped code``, ``not a relation``) and, for
    relations, per dataset, direction, source, target, relation type, period and event
    code, with every measure (events, reports, Goldstein sums, quad counts, mentions,
    fatalities, first and last date, first and last URL). Every measure adds up, so
    :func:`aggregate_events` rolls the codes up into relations (and keeps the top
    codes) on the few rows that leave the engine. ``mappings`` gives the mapping table
    of each code system present. Compiling it for BigQuery needs no connection::

        ibis.to_sql(relations_expression(...), dialect="bigquery")
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
    from ..progress import step

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
        cells = relations_expression(
            events, period=period, actors=actors, dedupe=dedupe, mappings=tables, quad=quad
        )
        cells = cells.to_pyarrow().to_pandas(date_as_object=False)
        progress.advance()
    fate_counts = cells.groupby("fate")["reports"].sum().to_dict()
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
        "fates": {fate: int(fate_counts.get(fate, 0)) for fate in _FATES},
    }
    result = _finish(
        cells[cells["fate"] == "relation"], period=period, dedupe=dedupe, tables=tables
    )
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
    cells: pd.DataFrame,
    *,
    period: str | None,
    dedupe: str | None,
    tables: Mapping[str, pd.DataFrame],
) -> pd.DataFrame:
    """Roll the per-code cells up into relations and write their text.

    Sums, minima and maxima run over whole columns; the text (dates, URLs, evidence) is
    written from plain Python lists, which is several times faster than pandas string
    operations for many short strings.
    """
    if cells.empty:
        return pd.DataFrame(columns=_OUTPUT)
    keys = list(_KEYS) + (["period_start"] if period is not None else [])
    groups = cells.groupby(keys, sort=False)
    group = groups.ngroup().to_numpy()
    frame = groups[_SUMS].sum(min_count=1).reset_index()
    # the same groupby, so the same group order: assigned by position, no index join
    frame["first_event"] = groups["first_event"].min().to_numpy()
    frame["last_event"] = groups["last_event"].max().to_numpy()
    count = len(frame)
    for column, how in (("url_first", "min"), ("url_last", "max"), ("story_id", "min")):
        frame[column] = _text_extreme(cells[column], group, count, how)
    frame["top_codes"] = _top_codes(cells, group, count, tables)
    frame["start"], frame["end"] = _spans(frame, period)
    frame = frame.sort_values(["start", "source", "target", "relation", "dataset"])
    frame = frame.reset_index(drop=True)

    def text(column: str) -> pd.Series:
        return pd.Series(frame[column].astype(object).tolist(), dtype=object)

    out = pd.DataFrame({c: text(c) for c in ("source", "target", "relation", "start", "end")})
    dyad = ["source", "target"] + (["period_start"] if period else [])
    totals = frame.groupby(dyad, sort=False)["events"].transform("sum")
    out["weight"] = (frame["events"] / totals).round(6)
    for column in ("events", "reports", "quad1", "quad2", "quad3", "quad4"):
        out[column] = frame[column].fillna(0).astype("int64")
    for column in ("goldstein", "goldstein_pos", "goldstein_neg"):
        out[column] = frame[column].astype(float).round(6)
    for column in ("mentions", "fatalities"):
        out[column] = frame[column].astype("Int64")
    out["top_codes"] = text("top_codes")
    firsts, lasts = frame["url_first"].tolist(), frame["url_last"].tolist()
    out["urls"] = pd.Series(
        [
            "" if not isinstance(a, str) else a if a == b or not isinstance(b, str) else f"{a} {b}"
            for a, b in zip(firsts, lasts, strict=True)
        ],
        dtype=object,
    )
    out["first_event"] = _iso_days(frame["first_event"])
    out["last_event"] = _iso_days(frame["last_event"])
    out["directed"] = frame["directed"].astype(bool)
    out["dataset"] = text("dataset")
    out["period"] = period or "all"
    out["dedupe"] = dedupe or "none"
    names = {d: tables[_system(d)].attrs["name"] for d in out["dataset"].unique()}
    out["mapping"] = out["dataset"].map(names)
    out["quad_convention"] = out["dataset"].map({d: _quad_convention(d) for d in names})
    out["evidence"] = pd.Series(_evidence(out, frame, period), dtype=object)
    out["document"] = pd.Series(
        [
            a if isinstance(a, str) else _story_document(d, story)
            for a, d, story in zip(firsts, out["dataset"], frame["story_id"].tolist(), strict=True)
        ],
        dtype=object,
    )
    return out[_OUTPUT]


def _iso_days(values: pd.Series) -> pd.Series:
    """Dates as ``YYYY-MM-DD`` text, formatted once per distinct day."""
    days = pd.to_datetime(values)
    return days.map({d: f"{d:%Y-%m-%d}" for d in days.unique()}).astype(object)


def _text_extreme(values: pd.Series, group: np.ndarray, groups: int, how: str) -> pd.Series:
    """The smallest or largest text of each group, missing values skipped.

    Texts are ranked once (``factorize`` in sorted order) so the reduction runs on
    integers: pandas reduces strings group by group in Python, far too slowly here.
    """
    codes, uniques = pd.factorize(values, sort=True)
    missing = codes < 0
    codes = codes.astype(np.int64)
    codes[missing] = np.iinfo(np.int64).max if how == "min" else -1
    reduced = pd.Series(codes).groupby(group).agg(how).reindex(range(groups))
    found = reduced.between(0, len(uniques) - 1)
    result = pd.Series(None, index=range(groups), dtype="str")
    result[found] = np.asarray(uniques, dtype=object)[reduced[found].to_numpy()]
    return result


def _system(dataset: str) -> str:
    return {"gdelt2": "cameo", "gdelt1": "cameo", "icews": "cameo", "polecat": "plover"}.get(
        dataset, dataset
    )


def _quad_convention(dataset: str) -> str:
    return {"gdelt2": "gdelt", "gdelt1": "gdelt", "icews": "icews"}.get(dataset, "plover")


def _story_document(dataset: str, story: Any) -> str:
    title = LAYOUTS[dataset].title
    if isinstance(story, str) and story:
        return f"{title}, story {story}"
    return f"{title} event data"


def _top_codes(
    cells: pd.DataFrame, group: np.ndarray, groups: int, tables: Mapping[str, pd.DataFrame]
) -> list[str]:
    """``"190 fight ×7, 193 fight ×2"``: the three most frequent codes of each relation."""
    codes = pd.DataFrame(
        {
            "group": group,
            "code": cells["code"].astype(object).to_numpy(),
            "dataset": cells["dataset"].astype(object).to_numpy(),
            "n": cells["events"].to_numpy(),
        }
    )
    codes = codes.sort_values(["group", "n", "code"], ascending=[True, False, True])
    codes = codes[codes.groupby("group", sort=False).cumcount().to_numpy() < 3]
    labels: dict[tuple[str, str], str] = {}
    for d, c in set(zip(codes["dataset"].tolist(), codes["code"].tolist(), strict=True)):
        label = _code_label(c, tables[_system(d)]) if _system(d) in tables else ""
        labels[d, c] = f"{c} {label}" if label else c
    texts: list[list[str]] = [[] for _ in range(groups)]
    for g, d, c, n in zip(
        codes["group"].tolist(),
        codes["dataset"].tolist(),
        codes["code"].tolist(),
        codes["n"].tolist(),
        strict=True,
    ):
        texts[g].append(f"{labels[d, c]} ×{n}")
    return [", ".join(t) for t in texts]


def _spans(frame: pd.DataFrame, period: str | None) -> tuple[Any, Any]:
    if period is None:
        return (
            frame["first_event"].dt.strftime("%Y-%m-%d"),
            frame["last_event"].dt.strftime("%Y-%m-%d"),
        )
    start = frame["period_start"]
    if period == "D":
        text = start.dt.strftime("%Y-%m-%d")
        return text, text
    if period == "W":
        return start.dt.strftime("%Y-%m-%d"), (start + pd.Timedelta(days=6)).dt.strftime("%Y-%m-%d")
    if period == "M":
        text = start.dt.strftime("%Y-%m")
        return text, text
    if period == "Q":
        return start.dt.strftime("%Y-%m"), (start + pd.DateOffset(months=2)).dt.strftime("%Y-%m")
    text = start.dt.strftime("%Y")
    return text, text


def _day(value: Any) -> str:
    return f"{value.day} {value:%b %Y}"


def _period_label(frame: pd.DataFrame, period: str | None) -> pd.Series:
    """How evidence names the period (``Oct 2019``, ``week of 21 Oct 2019``, ...)."""
    if period is None:
        first, last = frame["first_event"], frame["last_event"]
        days = {d: _day(d) for d in pd.concat([first, last]).unique()}
        a, b = first.map(days).astype("str"), last.map(days).astype("str")
        return a.where(first == last, a + " to " + b)
    start = frame["period_start"]
    label = {
        "D": _day,
        "W": lambda s: f"week of {_day(s)}",
        "M": lambda s: f"{s:%b %Y}",
        "Q": lambda s: f"{s.year} Q{(s.month - 1) // 3 + 1}",
        "Y": lambda s: f"{s.year}",
    }[period]
    return start.map({s: label(s) for s in start.unique()}).astype("str")


def _evidence(out: pd.DataFrame, frame: pd.DataFrame, period: str | None) -> list[str]:
    """One sentence per relation saying what its events were.

    Like "12 GDELT 2.0 events, Oct 2019: 9 material conflict, 3 verbal conflict; top
    codes 190 fight ×7, 193 fight ×2; Goldstein -96.0 (+0.0 / -96.0); first 2019-10-03,
    last 2019-10-24".
    """
    titles = {name: spec.title for name, spec in LAYOUTS.items()}
    when = _period_label(frame, period).tolist()
    quads = out[["quad1", "quad2", "quad3", "quad4"]].to_numpy().tolist()
    dead = out["fatalities"].astype(object).where(out["fatalities"].notna(), None).tolist()
    sentences = []
    for i, (n, reports, dataset, top, g, pos, neg, first, last, directed) in enumerate(
        zip(
            out["events"].tolist(),
            out["reports"].tolist(),
            out["dataset"].tolist(),
            out["top_codes"].tolist(),
            out["goldstein"].tolist(),
            out["goldstein_pos"].tolist(),
            out["goldstein_neg"].tolist(),
            out["first_event"].tolist(),
            out["last_event"].tolist(),
            out["directed"].tolist(),
            strict=True,
        )
    ):
        text = f"{n} {titles[dataset]} event{'s' if n != 1 else ''}"
        if reports != n:
            text += f" ({reports} reports, one a day kept)"
        text += f", {when[i]}"
        kinds = [f"{q} {QUAD_NAMES[k]}" for k, q in enumerate(quads[i], 1) if q]
        if kinds:
            text += ": " + ", ".join(kinds)
        if top:
            text += f"; top codes {top}"
        if g == g:  # not NaN: the source has Goldstein scores
            text += f"; Goldstein {g:+.1f} ({pos:+.1f} / {neg:+.1f})"
        if dead[i] is not None:
            text += f"; {dead[i]} killed"
        if first != last:
            text += f"; first {first}, last {last}"
        if not directed:
            text += "; undirected: the source does not say who acted on whom"
        sentences.append(text)
    return sentences
