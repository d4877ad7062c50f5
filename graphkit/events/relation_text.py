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
from functools import partial
from typing import Any

import pandas as pd

from ..base.parallel import run_all, workers
from .cell_expression import QUAD_NAMES
from .local_sql import arrow_query
from .rollup import SUMS, TOP_CODES
from .sources import SOURCES, event_source

__all__ = ["COUNTS_OUTPUT", "OUTPUT", "TEXT_COLUMNS", "relations_table"]

OUTPUT = [
    "source",
    "target",
    "relation",
    "weight",
    "start",
    "end",
    "evidence",
    "document",
    *SUMS,  # the roll-up's measures, in its order
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

TEXT_COLUMNS = ("evidence", "document", "top_codes", "urls")
"""The columns ``detail="counts"`` leaves out."""

COUNTS_OUTPUT = [name for name in OUTPUT if name not in TEXT_COLUMNS]
"""The columns of the relations table with ``detail="counts"``, in order."""


def relations_table(
    relations: Any,
    *,
    period: str | None,
    dedupe: str | None,
    tables: Mapping[str, pd.DataFrame],
    symmetric: Iterable[str] = (),
    detail: str = "full",
) -> pd.DataFrame:
    """The relations table from the rolled-up relations (an Arrow table, in order);
    ``detail="counts"`` writes no text columns (:data:`COUNTS_OUTPUT`).

    A relation of a ``symmetric`` type is undirected (``directed`` False), whatever its
    source, and its evidence says that it holds both directions' events.

    Text is never written row by row in Python: what needs Python's formatting
    (``+.1f`` Goldstein sums, dates, period labels, code labels) is formatted once per
    distinct value and spread back by index (Arrow dictionaries), and the sentences,
    top codes, URLs and documents are joined by one SQL projection, so the result is
    exactly what per-row f-strings would give.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = OUTPUT if detail == "full" else COUNTS_OUTPUT
    if relations.num_rows == 0:
        return pd.DataFrame(columns=columns)
    col = relations.column
    rows = relations.num_rows
    dataset = _dictionary(col("dataset"))
    first_event = _day_texts(col("first_event"), _iso_day)
    last_event = _day_texts(col("last_event"), _iso_day)
    if period is None:
        start, end = first_event, last_event
    else:
        start, end = _spans(col("period_start"), period)
    numbers = {}
    for name in ("events", "reports", "quad1", "quad2", "quad3", "quad4"):
        numbers[name] = pc.cast(_filled(col(name), 0), pa.int64())
    shared = list(symmetric)
    both_ways = _filled(_is_in(col("relation"), shared), False)
    source_directed = _filled(col("directed"), True)
    events = numbers["events"].to_numpy()
    present = {d: event_source(d) for d in dataset.dictionary.to_pylist() if d is not None}
    names = {d: tables[s.code_system].attrs["name"] for d, s in present.items()}
    conventions = {d: s.quad_convention for d, s in present.items()}
    # every text column spread from its values, each on a thread of its own (Arrow's
    # gathers and DuckDB's joins of text leave Python's lock)
    texts = {
        "source": col("source"),
        "target": col("target"),
        "relation": col("relation"),
        "start": start,
        "end": end,
        "first_event": first_event,
        "last_event": last_event,
        "dataset": dataset,
        "period": _repeated(period or "all", rows),
        "dedupe": _repeated(dedupe or "none", rows),
        "mapping": _mapped(dataset, names),
        "quad_convention": _mapped(dataset, conventions),
    }
    tasks = {name: partial(_text, values) for name, values in texts.items()}
    # the measures beside them (NumPy's and Arrow's kernels leave the lock too)
    tasks["weight"] = partial(_weights, events, col("dyad_events"))
    for name in ("goldstein", "goldstein_pos", "goldstein_neg"):
        tasks[name] = partial(_rounded, col(name))
    for name in ("mentions", "fatalities"):
        tasks[name] = partial(_nullable_integers, col(name))
    if detail == "full":
        symmetric_rows = pc.and_(both_ways, source_directed)
        tasks["full"] = partial(
            _full_text, relations, numbers, dataset, tables, period, symmetric_rows
        )
    written = run_all(tasks)
    out: dict[str, Any] = {name: value for name, value in written.items() if name != "full"}
    out.update(written.get("full", {}))
    for name, values in numbers.items():
        out[name] = values.to_numpy()
    directed = pc.and_(source_directed, pc.invert(both_ways))
    out["directed"] = directed.to_numpy(zero_copy_only=False).astype(bool)
    # one block per column, as given: consolidating them would copy every number
    return pd.DataFrame({name: out[name] for name in columns}, copy=False)


def _weights(events: Any, dyad_events: Any) -> Any:
    """Each relation's share of its dyad's events, rounded to six decimals."""
    return (events / dyad_events.to_numpy().astype(float)).round(6)


def _rounded(values: Any) -> Any:
    """A sum as floats rounded to six decimals (NULL as NaN)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.cast(values, pa.float64()).to_numpy(zero_copy_only=False).round(6)


def _nullable_integers(values: Any) -> Any:
    """A count as pandas' nullable ``Int64`` (NULL stays missing)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.cast(values, pa.int64()).to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)


def _full_text(
    relations: Any,
    numbers: Mapping[str, Any],
    dataset: Any,
    tables: Mapping[str, pd.DataFrame],
    period: str | None,
    both_ways: Any,
) -> dict[str, pd.Series]:
    """The text columns of the full detail: ``evidence, document, top_codes, urls``,
    joined by one SQL projection on an in-process DuckDB (the ``events`` extra's
    engine, whichever engine held the events).

    DuckDB joins millions of strings over every core, where Arrow's element-wise
    kernels take three times as long on one; it reads the Arrow dictionaries of the
    formatted values without spreading them, and a plain projection keeps the rows in
    their order. Every value is text or an integer here, which both write alike.

    The evidence sentence reads like "12 GDELT 2.0 events, Oct 2019: 9 material
    conflict, 3 verbal conflict; top codes 190 fight ×7, 193 fight ×2; Goldstein -96.0
    (+0.0 / -96.0); first 2019-10-03, last 2019-10-24".
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    col = relations.column
    goldstein = pc.cast(col("goldstein"), pa.float64())
    inputs: dict[str, Any] = {
        "n": numbers["events"],
        "reports": numbers["reports"],
        **{f"quad{k}": numbers[f"quad{k}"] for k in QUAD_NAMES},
        "title": _mapped(dataset, {d: s.title for d, s in SOURCES.items()}),
        "has_goldstein": pc.and_(pc.is_valid(goldstein), pc.invert(pc.is_nan(goldstein))),
        **{
            name: _formatted(pc.cast(col(name), pa.float64()), lambda g: f"{g:+.1f}")
            for name in ("goldstein", "goldstein_pos", "goldstein_neg")
        },
        "fatalities": pc.cast(col("fatalities"), pa.int64()),
        "first": _day_texts(col("first_event"), _iso_day),
        "last": _day_texts(col("last_event"), _iso_day),
        "first_day": col("first_event"),
        "last_day": col("last_event"),
        "directed": col("directed"),
        "both_ways": both_ways,
        "url_first": col("url_first"),
        "url_last": col("url_last"),
        "story": col("story_id"),
    }
    if period is None:
        inputs["day_first"] = _day_texts(col("first_event"), _day)
        inputs["day_last"] = _day_texts(col("last_event"), _day)
        period_label = (
            "CASE WHEN first_day = last_day THEN day_first "
            "ELSE concat(day_first, ' to ', day_last) END"
        )
    else:
        inputs["period"] = _period_label(col("period_start"), period)
        period_label = "period"
    for k in range(TOP_CODES):
        inputs[f"label{k}"] = _code_labels(dataset, _dictionary(col(f"code{k}")), tables)
        inputs[f"n{k}"] = pc.cast(col(f"code{k}_events"), pa.int64())
    top_codes = (
        "concat("
        + ", ".join(
            f"CASE WHEN label{k} IS NOT NULL THEN concat('{'' if k == 0 else ', '}', label{k}, "
            f"' ×', n{k}) ELSE '' END"
            for k in range(TOP_CODES)
        )
        + ")"
    )
    kinds = ", ".join(
        f"CASE WHEN quad{k} > 0 THEN concat(quad{k}, ' {name}') END"
        for k, name in QUAD_NAMES.items()
    )
    evidence = f"""concat(
        n, ' ', title, CASE WHEN n = 1 THEN ' event' ELSE ' events' END,
        CASE WHEN reports <> n
            THEN concat(' (', reports, ' reports, one a day kept)') ELSE '' END,
        ', ', {period_label},
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
    )"""
    urls = (
        "CASE WHEN url_first IS NULL THEN '' "
        "WHEN url_last IS NULL OR url_first = url_last THEN url_first "
        "ELSE concat(url_first, ' ', url_last) END"
    )
    document = (
        "CASE WHEN url_first IS NOT NULL THEN url_first "
        "WHEN story IS NOT NULL AND story <> '' THEN concat(title, ', story ', story) "
        "ELSE concat(title, ' event data') END"
    )
    texts = _sql_text(
        inputs,
        f"SELECT {evidence} AS evidence, {document} AS document, top_codes, {urls} AS urls "
        f"FROM (SELECT *, {top_codes} AS top_codes FROM t)",
    )
    return {name: _text(texts.column(name)) for name in TEXT_COLUMNS}


def _code_label(code: str, table: pd.DataFrame) -> str:
    """The label of a code's longest matching mapping row, such as ``fight``."""
    by_code = dict(zip(table["code"], table["label"], strict=True))
    best = max((c for c in by_code if code.startswith(c)), key=len, default="")
    return by_code.get(best, "")


def _code_labels(dataset: Any, code: Any, tables: Mapping[str, pd.DataFrame]) -> Any:
    """``"190 fight"``: each relation's code with the label of its code system's mapping
    (the code alone when it has none), NULL where there is no code; a dictionary with
    one entry per dataset and code."""
    import numpy as np
    import pyarrow as pa

    datasets = dataset.dictionary.to_pylist()
    codes = code.dictionary.to_pylist()
    labels: list[str | None] = []
    for d in datasets:
        system = event_source(d).code_system if d is not None else None
        for c in codes:
            if c is None or system is None:
                labels.append(None)
                continue
            label = _code_label(c, tables[system]) if system in tables else ""
            labels.append(f"{c} {label}" if label else c)
    index = dataset.indices.to_numpy().astype(np.int64) * len(codes)
    index += code.indices.to_numpy(zero_copy_only=False)
    return pa.DictionaryArray.from_arrays(
        pa.array(index.astype(np.int32)), pa.array(labels, type=pa.string())
    )


def _text(values: Any) -> pd.Series:
    """An Arrow string array (or dictionary of strings), or a chunked one, as a pandas
    ``str`` column (Arrow-backed, no Python objects; chunks are kept, not copied into
    one)."""
    import numpy as np
    import pyarrow as pa

    if isinstance(values, pa.ChunkedArray):
        values = pa.chunked_array([_large_text(c) for c in values.chunks], pa.large_string())
    else:
        values = _large_text(values)
    return pd.Series(pd.array(values, dtype=pd.StringDtype("pyarrow", na_value=np.nan)))


def _large_text(values: Any) -> Any:
    """An Arrow string array (or dictionary of strings) as large strings, which pandas
    keeps as they are: a dictionary's few values are widened and then spread, rather
    than every row's text spread and then copied again to widen it.

    A dictionary whose rows all hold one entry (a table's dataset, period, mapping:
    five of the counts detail's twelve text columns) is that text repeated, written
    without looking an index up per row (3.7 million rows: 0.045 s of CPU -> 0.01 s
    each)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_dictionary(values.type):
        dictionary = values.dictionary.cast(pa.large_string())
        if len(values) and not values.null_count:
            low, high = (v.as_py() for v in pc.min_max(values.indices).values())
            if low == high:
                return pa.repeat(dictionary[low], len(values))
        return dictionary.take(values.indices)
    if not pa.types.is_large_string(values.type):
        return values.cast(pa.large_string())
    return values


def _is_in(values: Any, members: list[str]) -> Any:
    """Whether each text of ``values`` (a dictionary array, or plain text) is one of
    ``members``: for a dictionary, tested on its values and spread by its indices
    (Arrow's ``is_in`` decodes every row first: 0.24 s against 0.013 s for 3.7 million
    relations)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    wanted = pa.array(members, pa.string())
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    if pa.types.is_dictionary(values.type):
        return pc.is_in(values.dictionary, wanted).take(values.indices)
    return pc.is_in(values, wanted)


def _filled(values: Any, fill: Any) -> Any:
    """``values`` with NULL as ``fill``; as they are without a NULL (Arrow's
    ``fill_null`` copies them anyway: 0.07 s for 3.7 million integers)."""
    import pyarrow.compute as pc

    return pc.fill_null(values, fill) if values.null_count else values


def _dictionary(values: Any) -> Any:
    """An Arrow text column as a dictionary array (as it is, if it is one)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if pa.types.is_dictionary(values.type):
        return values
    return pc.dictionary_encode(values, null_encoding="encode")


def _repeated(text: str, rows: int) -> Any:
    """One text ``rows`` times, as a dictionary array of one entry."""
    import numpy as np
    import pyarrow as pa

    return pa.DictionaryArray.from_arrays(
        pa.array(np.zeros(rows, dtype=np.int32)), pa.array([text])
    )


def _formatted(values: Any, format_one: Any) -> Any:
    """``format_one`` applied to each distinct value of an Arrow array, as a dictionary
    array (NULL as ``""``).

    Relations share few distinct dates, counts and Goldstein sums, so this formats a
    few thousand values where a row-by-row loop would format millions.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if pa.types.is_dictionary(values.type):
        distinct, indices = values.dictionary, values.indices
        if indices.null_count:
            distinct = pa.concat_arrays([distinct, pa.nulls(1, distinct.type)])
            indices = pc.fill_null(indices, len(distinct) - 1)
    else:
        encoded = pc.dictionary_encode(values, null_encoding="encode")
        distinct, indices = encoded.dictionary, encoded.indices
    texts = pa.array(
        ["" if v is None else format_one(v) for v in distinct.to_pylist()], type=pa.string()
    )
    return pa.DictionaryArray.from_arrays(indices, texts)


def _day_texts(days: Any, format_one: Any) -> Any:
    """A date column written by ``format_one`` (NULL as ``""``), as a dictionary array
    over the days from the first to the last: an index, where hashing every date
    would cost more (a very long span falls back to the distinct dates)."""
    import numpy as np
    import pyarrow as pa

    if isinstance(days, pa.ChunkedArray):
        days = days.combine_chunks()
    if pa.types.is_dictionary(days.type) or days.null_count:
        return _formatted(days, format_one)
    numbers = days.view(pa.int32()).to_numpy()
    low, high = int(numbers.min(initial=0)), int(numbers.max(initial=0))
    if high - low > max(100_000, len(numbers)):
        return _formatted(days, format_one)
    calendar = pa.array(np.arange(low, high + 1, dtype=np.int32)).view(pa.date32())
    texts = pa.array([format_one(d) for d in calendar.to_pylist()], type=pa.string())
    return pa.DictionaryArray.from_arrays(pa.array(numbers - low), texts)


def _mapped(values: Any, table: Mapping[str, str]) -> Any:
    """Each text replaced by its entry in ``table`` (``""`` if none), as a dictionary."""
    return _formatted(_dictionary(values), lambda v: table.get(v, ""))


_PARALLEL_ROWS = 100_000
"""From how many relations :func:`_sql_text` runs its query in parts side by side."""


def _sql_text(inputs: Mapping[str, Any], query: str) -> Any:
    """The columns of ``query`` over a table ``t`` of equal-length Arrow arrays, on
    in-process DuckDB; the rows keep their order (a plain projection).

    DuckDB joins the text on every core, but writes its result to Arrow on one thread,
    and at 10 million events that writing takes two thirds of the time (3.7 million
    evidence sentences: 0.9 s to join them on two threads, 2.8 s with the writing).
    So the rows are cut into one part per core, each run on a connection of its own
    with one thread, side by side, and the parts' results are kept as chunks in order
    (1.4 s on two cores)."""
    import pyarrow as pa

    table = pa.table(dict(inputs))
    parts = workers() if table.num_rows >= _PARALLEL_ROWS else 1
    step = -(-table.num_rows // parts)
    pieces = [table.slice(i * step, step) for i in range(parts)]
    done = run_all({str(i): partial(_sql_part, piece, query) for i, piece in enumerate(pieces)})
    result = pa.concat_tables(done.values())
    if result.num_rows != table.num_rows:  # pragma: no cover - a projection keeps every row
        raise RuntimeError("the text of the relations lost rows")
    return result


def _sql_part(table: Any, query: str) -> Any:
    """``query`` over ``table`` (as ``t``) on a connection of its own with one thread."""
    return arrow_query(query, threads=1, t=table)


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

        return _day_texts(start, format_one)

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


def _period_label(period_start: Any, period: str) -> Any:
    """How evidence names a period from its first day (``Oct 2019``, ``week of 21 Oct
    2019``, ...)."""
    label = {
        "D": _day,
        "W": lambda s: f"week of {_day(s)}",
        "M": lambda s: f"{s:%b %Y}",
        "Q": lambda s: f"{s.year} Q{(s.month - 1) // 3 + 1}",
        "Y": lambda s: f"{s.year}",
    }[period]
    return _day_texts(period_start, label)
