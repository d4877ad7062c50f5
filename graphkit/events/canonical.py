"""One canonical event schema for every source, as Ibis expressions over raw columns.

:func:`as_events` turns a table with a source's codebook column names (read by
:func:`~graphkit.read_events`, or already in Spark, BigQuery or any Ibis backend) into
:data:`CANONICAL_COLUMNS`. Every conversion is an Ibis expression, so it runs inside the
engine that holds the data: a value that does not parse (a non-numeric score, a bad
date) becomes NULL there, and :func:`value_problems` lists such values with their file
and line.
"""

from __future__ import annotations

from typing import Any

from ..base.errors import DataError, Problem
from .layouts import Layout, layout
from .mappings import SEPARATOR

__all__ = [
    "CANONICAL_COLUMNS",
    "FILE",
    "LINE",
    "as_events",
    "cameo_quad",
    "canonical_events",
    "require_columns",
    "suspect_rows",
    "value_problems",
]

FILE = "_file"
LINE = "_line"
"""Provenance columns of a raw table: the file a row came from and its line there
(the header is line 1; for Parquet, the row number counted from 1)."""

CANONICAL_COLUMNS = {
    "event_id": "string",
    "date": "date",
    "source": "string",
    "target": "string",
    "source_name": "string",
    "target_name": "string",
    "source_country": "string",
    "target_country": "string",
    "source_role": "string",
    "target_role": "string",
    "code": "string",
    "root_code": "string",
    "code_system": "string",
    "quad_class": "int8",
    "quad_convention": "string",
    "goldstein": "float64",
    "fatalities": "int64",
    "mentions": "int64",
    "sources": "int64",
    "articles": "int64",
    "is_root": "boolean",
    "url": "string",
    "story_id": "string",
    "directed": "boolean",
    "dataset": "string",
    "file": "string",
    "line": "int64",
}
"""The canonical event columns and their types, the same for every source.

``source``/``target`` are the source's own actor codes or names verbatim (GDELT
``Actor1Code``, ICEWS ``Source Name``, UCDP ``side_a``, ...), ``code`` the source's own
event code as a string (CAMEO with its leading zeros, ``"040"``; PLOVER ``"accuse:
investigate"``; ACLED ``"Battles: Armed clash"``; UCDP type of violence ``"1"``),
``goldstein`` GDELT's Goldstein score or the source's intensity, ``quad_class`` 1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict under
``quad_convention``, ``directed`` False where the source does not say who acted on
whom (ACLED, UCDP state-based and non-state violence), ``file``/``line`` where the row
was read."""

_PLOVER_QUADS = {
    1: ("agree", "consult", "support", "concede"),
    2: ("cooperate", "aid", "retreat"),
    3: ("request", "accuse", "reject", "threaten"),
    4: ("protest", "sanction", "mobilize", "coerce", "assault"),
}
"""PLOVER's quad categories (PLOVER manual 0.8)."""

_QUAD_ROOTS = {
    "gdelt": {1: range(1, 6), 2: range(6, 10), 3: range(10, 15), 4: range(15, 21)},
    "icews": {1: range(1, 6), 2: range(6, 9), 3: range(9, 14), 4: range(14, 21)},
}
"""CAMEO roots by quad class: GDELT's QuadClass (01-05/06-09/10-14/15-20, checked on real
rows) and the ICEWS tooling's (01-05/06-08/09-13/14-20)."""

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def as_events(table: Any, format: str, *, keep: bool = False) -> Any:
    """Canonical events over a table of raw rows with the source's column names.

    Parameters
    ----------
    table : ibis.Table
        Raw rows on any Ibis backend (DuckDB, Spark, BigQuery, ...), with the
        codebook's column names (all, or at least the ones the schema needs: see
        :data:`~graphkit.events.LAYOUTS`). Columns may be text, as in the files, or typed
        (BigQuery's integer ``SQLDATE``); integer CAMEO codes get their leading zeros
        back (``40 -> "040"``, ``211 -> "0211"``).
    format : str
        ``"gdelt2"``, ``"gdelt1"``, ``"icews"``, ``"polecat"``, ``"ucdp"`` or ``"acled"``.
    keep : bool, default False
        Also keep the source's other columns (under their own names, or ``raw_NAME``
        where a name is canonical).

    Returns
    -------
    ibis.Table
        :data:`CANONICAL_COLUMNS`, lazily: nothing runs until the table is used.

    Raises
    ------
    DataError
        If a column the schema needs is missing, naming all of them.

    Notes
    -----
    Values that do not parse become NULL; :func:`~graphkit.read_events` reports each of
    them with its file and line. Blank actors stay NULL (not dropped): an event without
    a target is counted but makes no relation. ICEWS quads are derived from the CAMEO
    root with the ICEWS convention; UCDP and ACLED quads follow PLOVER's categories
    (violence and protest are material conflict).

    Examples
    --------
    >>> import ibis
    >>> raw = ibis.memtable({"Event ID": ["7"], "Event Date": ["2018-06-01"],
    ...     "Source Name": ["Citizen (India)"], "Source Sectors": [""],
    ...     "Source Country": ["India"], "CAMEO Code": ["0211"], "Intensity": ["3.4"],
    ...     "Target Name": ["Police (India)"], "Target Sectors": ["Police"],
    ...     "Target Country": ["India"], "Story ID": ["1"]})
    >>> row = as_events(raw, "icews").to_pyarrow().to_pylist()[0]
    >>> row["code"], row["root_code"], row["quad_class"], row["goldstein"]
    ('0211', '02', 1, 3.4)
    """
    return canonical_events(table, format, keep=keep)


def canonical_events(table: Any, format: str, *, keep: bool = False, clean: bool = True) -> Any:
    """:func:`as_events`, with the choice not to replace control characters.

    ``clean=False`` is for tables already scanned by :func:`suspect_rows` and found to
    hold none (:func:`~graphkit.read_events` does so): the replacement then changes
    nothing and costs a regular-expression pass over every text cell of every query.
    """
    spec = layout(format)
    _require(table, spec)
    build = {
        "gdelt2": _gdelt,
        "gdelt1": _gdelt,
        "icews": _icews,
        "polecat": _polecat,
        "ucdp": _ucdp,
        "acled": _acled,
    }[spec.name]
    columns = build(table, spec)
    for name in _CLEANED if clean else ():
        # a control character would reach terminals and pages as a command and make
        # actor ids graphs refuse; value_problems lists each one where it was read
        columns[name] = columns[name].cast("string").re_replace(CONTROLS, " ")
    columns["dataset"] = _literal(spec.name)
    columns["file"] = table[FILE].cast("string") if FILE in table.columns else _null("string")
    columns["line"] = table[LINE].cast("int64") if LINE in table.columns else _null("int64")
    canonical = {name: columns[name].cast(kind) for name, kind in CANONICAL_COLUMNS.items()}
    if keep:
        for name in table.columns:
            if name in (FILE, LINE) or name in spec.needed:
                continue
            canonical[f"raw_{name}" if name in canonical else name] = table[name]
    return table.select(**canonical)


CONTROLS = r"[\x{0}-\x{1f}\x{7f}-\x{9f}\x{fffe}\x{ffff}]"
"""Control characters (C0 with tab and line breaks, DEL, C1) and non-characters, as a
regular expression for the engine (RE2 and Java both read ``\\x{..}``)."""

_CLEANED = (
    "event_id",
    "source",
    "target",
    "source_name",
    "target_name",
    "source_country",
    "target_country",
    "source_role",
    "target_role",
    "code",
    "root_code",
    "url",
    "story_id",
)
"""Canonical text columns read from the data, where control characters become spaces."""


def require_columns(table: Any, format: str) -> None:
    """Raise a DataError naming every column the ``format``'s schema needs and
    ``table`` lacks (what :func:`as_events` checks first)."""
    _require(table, layout(format))


def _require(table: Any, spec: Layout) -> None:
    missing = [c for c in spec.needed if c not in table.columns]
    if missing:
        columns = [c for c in table.columns if c not in (FILE, LINE)]
        found = ", ".join(repr(c) for c in columns[:12]) or "none"
        raise DataError(
            [
                Problem(
                    f"{spec.title} table",
                    None,
                    column,
                    None,
                    None,
                    f"a column named {column!r} ({spec.title} codebook); found {found}"
                    + ("..." if len(columns) > 12 else ""),
                )
                for column in missing
            ]
        )


def _literal(value: Any, kind: str = "string") -> Any:
    import ibis

    return ibis.literal(value, type=kind)


def _null(kind: str) -> Any:
    import ibis

    return ibis.null(kind)


def _text(table: Any, column: str, *, na: bool = False) -> Any:
    """The column as text, NULL when empty (or ``NA`` where the source writes so).

    Values are taken as written: trimming every cell of every row costs more than the
    rest of the conversion, and the sources do not pad their fields.
    """
    value = table[column]
    if value.type().is_nested():
        return _null("string")  # a list or record is no single value: reported as a problem
    if not value.type().is_string():
        value = _as_text(table, column)
    value = value.nullif("")
    return value.nullif("NA") if na else value


def _as_text(table: Any, column: str, *, na: bool = False) -> Any:
    """The column as the files would write it, so that typed columns (Parquet) are
    parsed and checked exactly as text ones: a whole-number float is written without
    its ``.0`` (pandas stores an integer column with gaps as float), a boolean as
    ``true``/``false`` (no number, no date)."""
    import ibis

    value = table[column]
    kind = value.type()
    if kind.is_string():
        return _text(table, column, na=na)
    if kind.is_floating():
        # the bound keeps the cast exact; NaN and infinity fail it and stay as written
        # (a cast that cannot fail: a plain one stops the query at the first NaN)
        whole = (value.try_cast("int64").cast("float64") == value) & (value.abs() < 1e15)
        return ibis.ifelse(whole, value.try_cast("int64").cast("string"), value.cast("string"))
    return value.cast("string")


def _parse_number(text: Any, kind: str) -> Any:
    """Text as a number of ``kind``; an integer must be written as one (``3`` or
    ``3.0``, not ``3.5``, which the engine would round, nor ``1e3``)."""
    import ibis

    if not kind.startswith("int"):
        return text.try_cast(kind)
    written = text.re_search(r"^[+-]?[0-9]+(\.0*)?$")
    return ibis.ifelse(written, text.re_replace(r"\.0*$", "").try_cast(kind), _null(kind))


def _number(table: Any, column: str, kind: str, spec: Layout) -> Any:
    """The column as a number of ``kind``: NULL where it does not parse or lies outside
    the layout's range for it."""
    value = table[column]
    if value.type().is_integer() or (value.type().is_floating() and kind.startswith("float")):
        return _within(value.try_cast(kind), spec.ranges.get(column))
    return _within(_parse_number(_as_text(table, column), kind), spec.ranges.get(column))


def _within(value: Any, bounds: tuple[float | None, float | None] | None) -> Any:
    """``value`` where it lies in ``bounds`` (inclusive; None is no bound), else NULL.
    NaN is outside every range, infinity outside a bounded side."""
    import ibis

    if bounds is None:
        return value
    low, high = bounds
    inside = [~value.isnan()] if value.type().is_floating() else []
    if low is not None:
        inside.append(value >= low)
    if high is not None:
        inside.append(value <= high)
    return ibis.ifelse(ibis.and_(*inside), value, ibis.null(value.type()))


def _expected(kind: str, bounds: tuple[float | None, float | None] | None) -> str:
    """What a number column must hold, in words: ``an integer from 1 to 4``."""
    what = "an integer" if kind == "integer" else "a number"
    low, high = bounds or (None, None)
    if low is not None and high is not None:
        return f"{what} from {low:g} to {high:g}"
    if low is not None:
        return f"{what}, {low:g} or more"
    if high is not None:
        return f"{what}, {high:g} or less"
    return what


def _cameo_code(table: Any, column: str, *, na: bool = False) -> Any:
    """A CAMEO code as text; an integer column gets its leading zeros back."""
    import ibis

    value = table[column]
    if not value.type().is_integer():
        return _text(table, column, na=na)
    text = value.cast("string")
    # 40 was "040"; 211 was "0211" (no CAMEO root is above 20); 193 and 1041 are whole.
    return ibis.cases(
        (value < 100, text.lpad(3, "0")),
        ((value < 1000) & (value // 10 > 20), text.lpad(4, "0")),
        else_=text,
    )


def _root(code: Any, table: Any = None, column: str | None = None) -> Any:
    if table is not None and column is not None and column in table.columns:
        value = table[column]
        if value.type().is_integer():
            return value.cast("string").lpad(2, "0")
        return _text(table, column).coalesce(code.substr(0, 2))
    return code.substr(0, 2)


def _yyyymmdd(table: Any, column: str) -> Any:
    import ibis

    value = table[column]
    if value.type().is_temporal():
        return value.cast("date")
    if value.type().is_integer():
        # eight digits, as the pattern below asks of text, checked and built with
        # integer arithmetic: no text, no regular expression, no failed cast
        year, month, day = value // 10_000, value // 100 % 100, value % 100
        leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
        last = ibis.cases(
            (month == 2, ibis.ifelse(leap, 29, 28)),
            (month.isin([4, 6, 9, 11]), 30),
            else_=31,
        )
        valid = (
            (value >= 10_000_000)
            & (value <= 99_999_999)
            & (month >= 1)
            & (month <= 12)
            & (day >= 1)
            & (day <= last)
        )
        return ibis.ifelse(valid, ibis.date(year, month, day), _null("date"))
    text = _as_text(table, column)
    iso = text.substr(0, 4) + "-" + text.substr(4, 2) + "-" + text.substr(6, 2)
    return ibis.ifelse(text.re_search(r"^[0-9]{8}$"), iso.try_cast("date"), _null("date"))


def _iso_date(table: Any, column: str, *, words: bool = False) -> Any:
    """``YYYY-MM-DD`` (a time after it is ignored); with ``words``, also ``15 January 2023``."""
    import ibis

    value = table[column]
    if value.type().is_temporal():
        return value.cast("date")
    text = _as_text(table, column)
    iso = ibis.ifelse(
        text.re_search(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T].*)?$"),
        text.substr(0, 10).try_cast("date"),
        _null("date"),
    )
    if not words:
        return iso
    pattern = r"^([0-9]{1,2}) ([A-Za-z]+) ([0-9]{4})$"
    month = text.re_extract(pattern, 2).lower()
    number = ibis.cases(
        *((month == name, _literal(f"{i:02d}")) for i, name in enumerate(_MONTHS, 1)),
        else_=_null("string"),
    )
    spelled = text.re_extract(pattern, 3) + "-" + number + "-"
    spelled = (spelled + text.re_extract(pattern, 1).lpad(2, "0")).try_cast("date")
    return iso.coalesce(ibis.ifelse(text.re_search(pattern), spelled, _null("date")))


def cameo_quad(root: Any, convention: str) -> Any:
    """An Ibis expression: the quad class (1-4) of a CAMEO root code under a convention.

    ``convention`` is ``"gdelt"`` (01-05, 06-09, 10-14, 15-20, GDELT's own QuadClass) or
    ``"icews"`` (01-05, 06-08, 09-13, 14-20); roots outside 01-20 get NULL.
    """
    import ibis

    try:
        roots = _QUAD_ROOTS[convention]
    except KeyError:
        raise ValueError(
            f"unknown quad convention {convention!r}; expected 'gdelt' or 'icews'"
        ) from None
    return ibis.cases(
        *(
            (root.isin([f"{r:02d}" for r in members]), _literal(quad, "int8"))
            for quad, members in roots.items()
        ),
        else_=_null("int8"),
    )


def _gdelt(t: Any, spec: Layout) -> dict[str, Any]:
    code = _cameo_code(t, "EventCode")
    root = _root(code, t, "EventRootCode")
    quad = _number(t, "QuadClass", "int8", spec)
    return {
        "event_id": _text(t, "GLOBALEVENTID"),
        "date": _yyyymmdd(t, "SQLDATE"),
        "source": _text(t, "Actor1Code"),
        "target": _text(t, "Actor2Code"),
        "source_name": _text(t, "Actor1Name"),
        "target_name": _text(t, "Actor2Name"),
        "source_country": _text(t, "Actor1CountryCode"),
        "target_country": _text(t, "Actor2CountryCode"),
        "source_role": _text(t, "Actor1Type1Code"),
        "target_role": _text(t, "Actor2Type1Code"),
        "code": code,
        "root_code": root,
        "code_system": _literal("cameo"),
        "quad_class": quad.coalesce(cameo_quad(root, "gdelt")),
        "quad_convention": _literal("gdelt"),
        "goldstein": _number(t, "GoldsteinScale", "float64", spec),
        "fatalities": _null("int64"),
        "mentions": _number(t, "NumMentions", "int64", spec),
        "sources": _number(t, "NumSources", "int64", spec),
        "articles": _number(t, "NumArticles", "int64", spec),
        "is_root": _number(t, "IsRootEvent", "int64", spec) == 1,
        "url": _text(t, "SOURCEURL"),
        "story_id": _null("string"),
        "directed": _literal(True, "boolean"),
    }


def _icews(t: Any, spec: Layout) -> dict[str, Any]:
    code = _cameo_code(t, "CAMEO Code", na=True)
    root = code.substr(0, 2)
    return {
        "event_id": _text(t, "Event ID") + "-" + _text(t, "Event Date"),
        "date": _iso_date(t, "Event Date"),
        "source": _text(t, "Source Name", na=True),
        "target": _text(t, "Target Name", na=True),
        "source_name": _text(t, "Source Name", na=True),
        "target_name": _text(t, "Target Name", na=True),
        "source_country": _text(t, "Source Country", na=True),
        "target_country": _text(t, "Target Country", na=True),
        "source_role": _text(t, "Source Sectors", na=True),
        "target_role": _text(t, "Target Sectors", na=True),
        "code": code,
        "root_code": root,
        "code_system": _literal("cameo"),
        "quad_class": cameo_quad(root, "icews"),
        "quad_convention": _literal("icews"),
        "goldstein": _number(t, "Intensity", "float64", spec),
        "fatalities": _null("int64"),
        "mentions": _null("int64"),
        "sources": _null("int64"),
        "articles": _null("int64"),
        "is_root": _null("boolean"),
        "url": _null("string"),
        "story_id": _text(t, "Story ID", na=True),
        "directed": _literal(True, "boolean"),
    }


def _polecat(t: Any, spec: Layout) -> dict[str, Any]:
    import ibis

    kind = _text(t, "Event Type").lower()
    mode = _text(t, "Event Mode").lower()
    code = ibis.ifelse(mode.isnull(), kind, kind + SEPARATOR + mode)
    quad = ibis.cases(
        *((kind.isin(types), _literal(q, "int8")) for q, types in _PLOVER_QUADS.items()),
        else_=_null("int8"),
    )
    source = _text(t, "Source")
    return {
        "event_id": _text(t, "Event ID"),
        "date": _iso_date(t, "Event Date"),
        "source": _text(t, "Actor Name"),
        "target": _text(t, "Recipient Name"),
        "source_name": _text(t, "Actor Name"),
        "target_name": _text(t, "Recipient Name"),
        "source_country": _text(t, "Actor Country"),
        "target_country": _text(t, "Recipient Country"),
        "source_role": _text(t, "Primary Actor Sector"),
        "target_role": _text(t, "Primary Recipient Sector"),
        "code": code,
        "root_code": kind,
        "code_system": _literal("plover"),
        "quad_class": quad,
        "quad_convention": _literal("plover"),
        "goldstein": _number(t, "Intensity", "float64", spec),
        "fatalities": _null("int64"),
        "mentions": _null("int64"),
        "sources": _null("int64"),
        "articles": _null("int64"),
        "is_root": _null("boolean"),
        "url": ibis.ifelse(source.startswith("http"), source, _null("string")),
        "story_id": source,
        "directed": _literal(True, "boolean"),
    }


def _ucdp(t: Any, spec: Layout) -> dict[str, Any]:
    kind = _number(t, "type_of_violence", "int64", spec).cast("string")
    return {
        "event_id": _text(t, "id"),
        "date": _iso_date(t, "date_start"),
        "source": _text(t, "side_a"),
        "target": _text(t, "side_b"),
        "source_name": _text(t, "side_a"),
        "target_name": _text(t, "side_b"),
        "source_country": _null("string"),
        "target_country": _null("string"),
        "source_role": _null("string"),
        "target_role": _null("string"),
        "code": kind,
        "root_code": kind,
        "code_system": _literal("ucdp"),
        "quad_class": _literal(4, "int8"),
        "quad_convention": _literal("plover"),
        "goldstein": _null("float64"),
        "fatalities": _number(t, "best", "int64", spec),
        "mentions": _null("int64"),
        "sources": _number(t, "number_of_sources", "int64", spec),
        "articles": _null("int64"),
        "is_root": _null("boolean"),
        "url": _null("string"),
        "story_id": _text(t, "source_article"),
        "directed": (kind == "3").fill_null(False),
    }


def _acled(t: Any, spec: Layout) -> dict[str, Any]:
    import ibis

    kind = _text(t, "event_type")
    sub = _text(t, "sub_event_type")
    return {
        "event_id": _text(t, "event_id_cnty"),
        "date": _iso_date(t, "event_date", words=True),
        "source": _text(t, "actor1"),
        "target": _text(t, "actor2"),
        "source_name": _text(t, "actor1"),
        "target_name": _text(t, "actor2"),
        "source_country": _null("string"),
        "target_country": _null("string"),
        "source_role": _text(t, "inter1"),
        "target_role": _text(t, "inter2"),
        "code": ibis.ifelse(sub.isnull(), kind, kind + SEPARATOR + sub),
        "root_code": kind,
        "code_system": _literal("acled"),
        "quad_class": ibis.ifelse(
            kind.isnull() | (kind == "Strategic developments"),
            _null("int8"),
            _literal(4, "int8"),
        ),
        "quad_convention": _literal("plover"),
        "goldstein": _null("float64"),
        "fatalities": _number(t, "fatalities", "int64", spec),
        "mentions": _null("int64"),
        "sources": _null("int64"),
        "articles": _null("int64"),
        "is_root": _null("boolean"),
        "url": _null("string"),
        "story_id": _text(t, "source"),
        "directed": _literal(False, "boolean"),
    }


_PARSED = {
    "integer": "int64",
    "decimal": "float64",
}


def _checks(table: Any, format: str) -> list[tuple[str, Any, Any, str]]:
    """Each check of :func:`value_problems`: the raw column, its text, its parsed value
    (NULL where the text does not parse) and what was expected."""
    import ibis

    spec = layout(format)
    na = spec.name == "icews"
    checks: list[tuple[str, Any, Any, str]] = []
    for column, kind in spec.numbers.items():
        if column not in table.columns:
            continue
        value_type = table[column].type()
        bounds = spec.ranges.get(column)
        typed = value_type.is_integer() or (value_type.is_floating() and kind == "decimal")
        if typed and bounds is None:
            continue
        # the canonical table's own number, so a check and a read value never disagree
        parsed = _number(table, column, _PARSED[kind], spec)
        checks.append((column, _as_text(table, column, na=na), parsed, _expected(kind, bounds)))
    for column, expected in spec.dates.items():
        if column not in table.columns or table[column].type().is_temporal():
            continue
        if spec.name in ("gdelt1", "gdelt2"):
            parsed = _yyyymmdd(table, column)
        else:
            parsed = _iso_date(table, column, words=spec.name == "acled")
        checks.append((column, _as_text(table, column, na=na), parsed, expected))
    numeric = set(spec.numbers) | set(spec.dates)
    for column in spec.needed:
        if column in numeric or column not in table.columns:
            continue
        if table[column].type().is_string():
            text = _text(table, column)
            clean = ibis.ifelse(text.re_search(CONTROLS), _null("string"), text)
            checks.append((column, text, clean, _NO_CONTROLS))
    for column in spec.needed:
        if column in table.columns and table[column].type().is_nested():
            value = table[column]
            checks.append((column, value.cast("string"), _null("string"), "a single value"))
    return checks


_NO_CONTROLS = "text without control characters (each was read as a space)"


def _failed(text: Any, parsed: Any) -> Any:
    return text.notnull() & (text != "") & parsed.isnull()


def suspect_rows(table: Any, format: str) -> Any:
    """The rows that may hold a value :func:`value_problems` lists, in one pass.

    A row is kept if a number, date or nested check fails, or if any text column the
    schema reads holds a control character (one search over the row's joined text,
    where a search per column costs three times as much). ``_gk_controls`` says
    whether it does. Running :func:`value_problems` on these rows finds what it would
    find on the whole table; with no row holding a control character, the canonical
    text needs no cleaning (:func:`canonical_events` with ``clean=False``).
    """
    import ibis

    spec = layout(format)
    checks = [c for c in _checks(table, format) if c[3] != _NO_CONTROLS]
    texts = [
        table[c].cast("string")
        for c in spec.needed
        if c in table.columns and (table[c].type().is_string())
    ]
    controls = (
        ibis.literal(" ").join(texts).re_search(CONTROLS).fill_null(False)
        if texts
        else ibis.literal(False)
    )
    flagged = table.mutate(_gk_controls=controls)
    failed = [
        # a typed value always has some text: tested without writing it as text
        (
            _failed(text, parsed)
            if table[c].type().is_string()
            else table[c].notnull() & parsed.isnull()
        ).fill_null(False)
        for c, text, parsed, _e in checks
    ]
    return flagged.filter(ibis.or_(flagged._gk_controls, *failed))


def value_problems(table: Any, format: str) -> Any | None:
    """An Ibis table of values that do not parse: ``file, line, column, value, expected``.

    Checks every number and date column of the layout, whether the table holds it as
    text or typed (Parquet: a float date, a boolean score, a list of actor codes are
    problems as they would be in a text file); None when there is nothing to check.
    Each check scans the table: on a large one, run it on :func:`suspect_rows`.
    """
    import ibis

    parts = []
    for column, text, parsed, expected in _checks(table, format):
        table_with = table.mutate(_gk_text=text, _gk_parsed=parsed)
        bad = table_with.filter(_failed(table_with._gk_text, table_with._gk_parsed))
        parts.append(
            bad.select(
                file=bad[FILE].cast("string") if FILE in table.columns else _null("string"),
                line=bad[LINE].cast("int64") if LINE in table.columns else _null("int64"),
                column=_literal(column),
                value=bad._gk_text.cast("string"),
                expected=_literal(expected),
            )
        )
    if not parts:
        return None
    return ibis.union(*parts) if len(parts) > 1 else parts[0]
