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
) -> tuple[Any, Any, Any]:
    """The Ibis expressions behind :func:`aggregate_events`, nothing executed.

    Returns ``(relations, top_codes, fates)``: the dyad x period aggregates, the code
    counts per aggregate (for the top codes), and how many events each fate took
    (``relation``, ``no date``, ``no actor``, ``self-dyad``, ``unmapped code``, ``not a
    relation``). ``mappings`` gives the mapping table of each code system present.
    Compiling ``relations`` for BigQuery needs no connection::

        ibis.to_sql(relations_expression(...)[0], dialect="bigquery")
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
    fates = ev.group_by("fate").agg(events=ev.count())
    ev = ev.filter(ev.fate == "relation")
    if dedupe == "daily":
        ev = ev.group_by([*_KEYS, "code", "date"]).agg(
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
    keys = list(_KEYS)
    if period is not None:
        ev = ev.mutate(period_start=ev.date.truncate(period).cast("date"))
        keys.append("period_start")
    g = ev.goldstein
    relations = ev.group_by(keys).agg(
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
    counts = ev.group_by([*keys, "code"]).agg(n=ev.count())
    rank = ibis.row_number().over(
        group_by=[counts[k] for k in keys], order_by=[ibis.desc(counts.n), counts.code]
    )
    top_codes = counts.mutate(rank=rank).filter(lambda t: t["rank"] < 3)
    return relations, top_codes, fates


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
        relations, top_codes, fates = relations_expression(
            events, period=period, actors=actors, dedupe=dedupe, mappings=tables, quad=quad
        )
        frame = relations.to_pyarrow().to_pandas()
        progress.advance()
        top = top_codes.to_pyarrow().to_pandas()
        progress.advance()
        fate_counts = dict(fates.to_pyarrow().to_pandas().itertuples(index=False))
        progress.advance()
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
    result = _finish(frame, top, period=period, dedupe=dedupe, tables=tables)
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


def _finish(
    frame: pd.DataFrame,
    top: pd.DataFrame,
    *,
    period: str | None,
    dedupe: str | None,
    tables: Mapping[str, pd.DataFrame],
) -> pd.DataFrame:
    if frame.empty:
        return pd.DataFrame(columns=_OUTPUT)
    keys = list(_KEYS) + (["period_start"] if period is not None else [])
    frame = frame.sort_values(keys, kind="stable").reset_index(drop=True)
    for column in ("first_event", "last_event") + (("period_start",) if period else ()):
        frame[column] = pd.to_datetime(frame[column])
    frame["top_codes"] = _top_codes(frame, top, keys, tables)
    out = pd.DataFrame(
        {
            "source": frame["source"].astype(str),
            "target": frame["target"].astype(str),
            "relation": frame["relation"].astype(str),
        }
    )
    dyad = ["source", "target"] + (["period_start"] if period else [])
    totals = frame.groupby(dyad, sort=False)["events"].transform("sum")
    out["weight"] = (frame["events"] / totals).round(6)
    out["start"], out["end"] = _spans(frame, period)
    for column in ("events", "reports", "quad1", "quad2", "quad3", "quad4"):
        out[column] = frame[column].fillna(0).astype("int64")
    for column in ("goldstein", "goldstein_pos", "goldstein_neg"):
        out[column] = frame[column].astype(float).round(6)
    for column in ("mentions", "fatalities"):
        out[column] = frame[column].astype("Int64")
    out["top_codes"] = frame["top_codes"]
    urls = [
        " ".join(dict.fromkeys(u for u in (a, b) if isinstance(u, str) and u))
        for a, b in zip(frame["url_first"], frame["url_last"], strict=True)
    ]
    out["urls"] = urls
    out["first_event"] = frame["first_event"].dt.strftime("%Y-%m-%d")
    out["last_event"] = frame["last_event"].dt.strftime("%Y-%m-%d")
    out["directed"] = frame["directed"].astype(bool)
    out["dataset"] = frame["dataset"].astype(str)
    out["period"] = period or "all"
    out["dedupe"] = dedupe or "none"
    out["mapping"] = [tables[_system(d)].attrs["name"] for d in out["dataset"]]
    out["quad_convention"] = [_quad_convention(d) for d in out["dataset"]]
    out["evidence"] = _evidence(out, frame, period)
    out["document"] = [
        (u.split(" ")[0] if u else _story_document(d, s))
        for u, d, s in zip(out["urls"], out["dataset"], frame["story_id"], strict=True)
    ]
    out = out.sort_values(["start", "source", "target", "relation", "dataset"], kind="stable")
    return out[_OUTPUT].reset_index(drop=True)


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
    frame: pd.DataFrame, top: pd.DataFrame, keys: list[str], tables: Mapping[str, pd.DataFrame]
) -> pd.Series:
    if top.empty:
        return pd.Series([""] * len(frame), index=frame.index)
    if "period_start" in top:
        top["period_start"] = pd.to_datetime(top["period_start"])
    top = top.sort_values([*keys, "rank"], kind="stable")
    label_cache: dict[tuple[str, str], str] = {}

    def text(code: str, dataset: str, n: int) -> str:
        key = (dataset, code)
        if key not in label_cache:
            table = tables.get(_system(dataset))
            label_cache[key] = "" if table is None else _code_label(code, table)
        label = label_cache[key]
        return f"{code} {label} ×{n}" if label else f"{code} ×{n}"

    top["text"] = [
        text(c, d, int(n)) for c, d, n in zip(top["code"], top["dataset"], top["n"], strict=True)
    ]
    joined = top.groupby(keys, sort=False)["text"].agg(", ".join).reset_index()
    merged = frame[keys].merge(joined, on=keys, how="left")
    return merged["text"].fillna("").set_axis(frame.index)


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


def _period_label(frame: pd.DataFrame, period: str | None) -> list[str]:
    if period is None:
        return [
            f"{a:%-d %b %Y} to {b:%-d %b %Y}" if a != b else f"{a:%-d %b %Y}"
            for a, b in zip(frame["first_event"], frame["last_event"], strict=True)
        ]
    start = frame["period_start"]
    if period == "D":
        return [f"{s:%-d %b %Y}" for s in start]
    if period == "W":
        return [f"week of {s:%-d %b %Y}" for s in start]
    if period == "M":
        return [f"{s:%b %Y}" for s in start]
    if period == "Q":
        return [f"{s.year} Q{(s.month - 1) // 3 + 1}" for s in start]
    return [f"{s.year}" for s in start]


def _evidence(out: pd.DataFrame, frame: pd.DataFrame, period: str | None) -> list[str]:
    """One sentence per relation saying what its events were.

    Like "12 GDELT 2.0 events, Oct 2019: 9 material conflict, 3 verbal conflict; top
    codes 190 fight ×7, 193 fight ×2; Goldstein -96.0 (+0.0 / -96.0); 3 Oct to 24 Oct".
    """
    when = _period_label(frame, period)
    titles = {name: spec.title for name, spec in LAYOUTS.items()}
    quads = out[["quad1", "quad2", "quad3", "quad4"]].to_numpy()
    has_goldstein = out["goldstein"].notna().to_numpy()
    sentences = []
    for i, row in enumerate(
        zip(
            out["events"],
            out["reports"],
            out["dataset"],
            out["top_codes"],
            out["goldstein"],
            out["goldstein_pos"],
            out["goldstein_neg"],
            out["fatalities"],
            out["directed"],
            out["first_event"],
            out["last_event"],
            strict=True,
        )
    ):
        n, reports, dataset, top, g, pos, neg, dead, directed, first, last = row
        head = f"{n} {titles[dataset]} event{'s' if n != 1 else ''}"
        if reports != n:
            head += f" ({reports} reports, one a day kept)"
        parts = [f"{head}, {when[i]}"]
        kinds = [
            f"{int(q)} {QUAD_NAMES[k]}" for k, q in zip(range(1, 5), quads[i], strict=True) if q
        ]
        text = parts[0] + (": " + ", ".join(kinds) if kinds else "")
        if top:
            text += f"; top codes {top}"
        if has_goldstein[i]:
            text += f"; Goldstein {g:+.1f} ({pos:+.1f} / {neg:+.1f})"
        if dead is not pd.NA and not (isinstance(dead, float) and np.isnan(dead)):
            text += f"; {int(dead)} killed"
        if first != last:
            text += f"; first {first}, last {last}"
        if not directed:
            text += "; undirected: the source does not say who acted on whom"
        sentences.append(text)
    return sentences
