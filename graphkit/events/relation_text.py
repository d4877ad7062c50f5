"""Relations as text: dates, evidence sentences, top codes, URLs and documents.

:func:`relations_table` turns the rolled-up relations (an Arrow table, one row per
relation: :func:`~graphkit.events.rollup.rolled_up`) into the relations table
:func:`~graphkit.aggregate_events` returns. Text is written column by column, never row
by row in Python: what needs Python's formatting (``+.1f`` Goldstein sums, period
labels, code labels) is formatted once per distinct value and spread back by index, and
sentences are joined by one SQL projection, so the work does not grow with the number
of events and every engine gives the same text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from .cell_expression import QUAD_NAMES
from .rollup import TOP_CODES
from .sources import SOURCES, event_source

__all__ = ["OUTPUT", "relations_table"]

OUTPUT = [
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
"""The columns of the relations table, in order."""


def relations_table(
    relations: Any,
    *,
    period: str | None,
    dedupe: str | None,
    tables: Mapping[str, pd.DataFrame],
    symmetric: Iterable[str] = (),
) -> pd.DataFrame:
    """The relations table from the rolled-up relations (an Arrow table, in order).

    A relation of a ``symmetric`` type is undirected (``directed`` False), whatever its
    source, and its evidence says that it holds both directions' events.

    Text columns are assembled with Arrow's element-wise string kernels, never row by
    row in Python; what needs Python's formatting (``+.1f`` Goldstein sums, period
    labels, code labels) is formatted once per distinct value and spread back by
    index, so the result is exactly what per-row f-strings would give.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if relations.num_rows == 0:
        return pd.DataFrame(columns=OUTPUT)
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
    shared = list(symmetric)
    both_ways = pc.fill_null(pc.is_in(col("relation"), pa.array(shared, pa.string())), False)
    source_directed = pc.fill_null(col("directed"), True)
    evidence = _evidence(
        relations,
        numbers,
        top_codes,
        titles,
        period,
        (first_event, last_event),
        pc.and_(both_ways, source_directed),
    )
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
    directed = pc.and_(source_directed, pc.invert(both_ways))
    out["directed"] = directed.to_numpy(zero_copy_only=False).astype(bool)
    out["dataset"] = _text(dataset)
    out["period"] = period or "all"
    out["dedupe"] = dedupe or "none"
    present = {d: event_source(d) for d in pc.unique(dataset).to_pylist()}
    names = {d: tables[s.code_system].attrs["name"] for d, s in present.items()}
    out["mapping"] = _text(_mapped(dataset, names))
    conventions = {d: s.quad_convention for d, s in present.items()}
    out["quad_convention"] = _text(_mapped(dataset, conventions))
    return out[OUTPUT]


def _code_label(code: str, table: pd.DataFrame) -> str:
    """The label of a code's longest matching mapping row, such as ``fight``."""
    by_code = dict(zip(table["code"], table["label"], strict=True))
    best = max((c for c in by_code if code.startswith(c)), key=len, default="")
    return by_code.get(best, "")


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
    both_ways: Any,
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
        "both_ways": both_ways,
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
            CASE WHEN both_ways
                THEN '; symmetric: events in either direction, one relation per pair'
                WHEN NOT directed
                THEN '; undirected: the source does not say who acted on whom' ELSE '' END
        )""",
    )
