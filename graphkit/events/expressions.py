"""Raw columns as typed values: the Ibis expressions every event source is read with.

A source's record (:mod:`graphkit.events.sources`) says which columns hold text, numbers
and dates; these functions turn such a column into an expression the engine evaluates
where the data lives. A value that does not parse becomes NULL, never an error that
stops the query; :mod:`~graphkit.events.checks` lists each such value with its file and
line. Columns may be text, as in the files, or typed (Parquet, BigQuery): a typed column
is read as the files would write it, so both are checked alike.

Nothing here knows a source: the rules that differ between sources (which column, which
date form, which quad convention) are arguments.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "CONTROLS",
    "as_text",
    "cameo_code",
    "cameo_quad",
    "cameo_root",
    "expected_number",
    "iso_date",
    "iso_or_words",
    "literal",
    "null",
    "number",
    "parse_number",
    "text",
    "within",
    "yyyymmdd",
]

Bounds = tuple[float | None, float | None]
"""The values a number may take, ``(low, high)`` inclusive, None for no bound."""

CONTROLS = r"[\x{0}-\x{1f}\x{7f}-\x{9f}\x{fffe}\x{ffff}]"
"""Control characters (C0 with tab and line breaks, DEL, C1) and non-characters, as a
regular expression for the engine (RE2 and Java both read ``\\x{..}``)."""

_QUAD_ROOTS = {
    "gdelt": {1: range(1, 6), 2: range(6, 10), 3: range(10, 15), 4: range(15, 21)},
    "icews": {1: range(1, 6), 2: range(6, 9), 3: range(9, 14), 4: range(14, 21)},
}
"""CAMEO roots by quad class: GDELT's QuadClass (01-05/06-09/10-14/15-20, checked on real
rows) and the ICEWS tooling's (01-05/06-08/09-13/14-20)."""

QUAD_CONVENTIONS = tuple(_QUAD_ROOTS)
"""The conventions :func:`cameo_quad` derives quad classes from CAMEO roots with."""

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


def literal(value: Any, kind: str = "string") -> Any:
    """A constant of type ``kind``."""
    import ibis

    return ibis.literal(value, type=kind)


def null(kind: str) -> Any:
    """A NULL of type ``kind``."""
    import ibis

    return ibis.null(kind)


def text(table: Any, column: str, *, na: bool = False) -> Any:
    """The column as text, NULL when empty (or ``NA`` where the source writes so).

    Values are taken as written: trimming every cell of every row costs more than the
    rest of the conversion, and the sources do not pad their fields.
    """
    value = table[column]
    if value.type().is_nested():
        return null("string")  # a list or record is no single value: reported as a problem
    if not value.type().is_string():
        value = as_text(table, column)
    value = value.nullif("")
    return value.nullif("NA") if na else value


def as_text(table: Any, column: str, *, na: bool = False) -> Any:
    """The column as the files would write it, so that typed columns (Parquet) are
    parsed and checked exactly as text ones: a whole-number float is written without
    its ``.0`` (pandas stores an integer column with gaps as float), a boolean as
    ``true``/``false`` (no number, no date)."""
    import ibis

    value = table[column]
    kind = value.type()
    if kind.is_string():
        return text(table, column, na=na)
    if kind.is_floating():
        # the bound keeps the cast exact; NaN and infinity fail it and stay as written
        # (a cast that cannot fail: a plain one stops the query at the first NaN)
        whole = (value.try_cast("int64").cast("float64") == value) & (value.abs() < 1e15)
        return ibis.ifelse(whole, value.try_cast("int64").cast("string"), value.cast("string"))
    return value.cast("string")


def parse_number(written: Any, kind: str) -> Any:
    """Text as a number of ``kind``; an integer must be written as one (``3`` or
    ``3.0``, not ``3.5``, which the engine would round, nor ``1e3``)."""
    import ibis

    if not kind.startswith("int"):
        return written.try_cast(kind)
    whole = written.re_search(r"^[+-]?[0-9]+(\.0*)?$")
    return ibis.ifelse(whole, written.re_replace(r"\.0*$", "").try_cast(kind), null(kind))


def number(table: Any, column: str, kind: str, ranges: Mapping[str, Bounds]) -> Any:
    """The column as a number of ``kind``: NULL where it does not parse or lies outside
    the range ``ranges`` gives it."""
    value = table[column]
    if value.type().is_integer() or (value.type().is_floating() and kind.startswith("float")):
        return within(value.try_cast(kind), ranges.get(column))
    return within(parse_number(as_text(table, column), kind), ranges.get(column))


def within(value: Any, bounds: Bounds | None) -> Any:
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


def expected_number(kind: str, bounds: Bounds | None) -> str:
    """What a number column must hold, in words.

    Examples
    --------
    >>> expected_number("integer", (1, 4)), expected_number("decimal", (0, None))
    ('an integer from 1 to 4', 'a number, 0 or more')
    """
    what = "an integer" if kind == "integer" else "a number"
    low, high = bounds or (None, None)
    if low is not None and high is not None:
        return f"{what} from {low:g} to {high:g}"
    if low is not None:
        return f"{what}, {low:g} or more"
    if high is not None:
        return f"{what}, {high:g} or less"
    return what


def cameo_code(table: Any, column: str, *, na: bool = False) -> Any:
    """A CAMEO code as text; an integer column gets its leading zeros back."""
    import ibis

    value = table[column]
    if not value.type().is_integer():
        return text(table, column, na=na)
    written = value.cast("string")
    # 40 was "040"; 211 was "0211" (no CAMEO root is above 20); 193 and 1041 are whole.
    return ibis.cases(
        (value < 100, written.lpad(3, "0")),
        ((value < 1000) & (value // 10 > 20), written.lpad(4, "0")),
        else_=written,
    )


def cameo_root(code: Any, table: Any = None, column: str | None = None) -> Any:
    """The CAMEO root: the source's own root column where it has one, else the code's
    first two digits."""
    if table is not None and column is not None and column in table.columns:
        value = table[column]
        if value.type().is_integer():
            return value.cast("string").lpad(2, "0")
        return text(table, column).coalesce(code.substr(0, 2))
    return code.substr(0, 2)


def yyyymmdd(table: Any, column: str) -> Any:
    """A date written as ``YYYYMMDD`` (text, or an integer as BigQuery types it)."""
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
        return ibis.ifelse(valid, ibis.date(year, month, day), null("date"))
    written = as_text(table, column)
    iso = written.substr(0, 4) + "-" + written.substr(4, 2) + "-" + written.substr(6, 2)
    return ibis.ifelse(written.re_search(r"^[0-9]{8}$"), iso.try_cast("date"), null("date"))


def iso_date(table: Any, column: str) -> Any:
    """A date written as ``YYYY-MM-DD`` (a time after it is ignored)."""
    import ibis

    value = table[column]
    if value.type().is_temporal():
        return value.cast("date")
    written = as_text(table, column)
    return ibis.ifelse(
        written.re_search(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T].*)?$"),
        written.substr(0, 10).try_cast("date"),
        null("date"),
    )


def iso_or_words(table: Any, column: str) -> Any:
    """A date written as ``YYYY-MM-DD`` (a time after it is ignored) or ``15 January 2023``."""
    import ibis

    iso = iso_date(table, column)
    if table[column].type().is_temporal():
        return iso
    written = as_text(table, column)
    pattern = r"^([0-9]{1,2}) ([A-Za-z]+) ([0-9]{4})$"
    month = written.re_extract(pattern, 2).lower()
    month_number = ibis.cases(
        *((month == name, literal(f"{i:02d}")) for i, name in enumerate(_MONTHS, 1)),
        else_=null("string"),
    )
    spelled = written.re_extract(pattern, 3) + "-" + month_number + "-"
    spelled = (spelled + written.re_extract(pattern, 1).lpad(2, "0")).try_cast("date")
    return iso.coalesce(ibis.ifelse(written.re_search(pattern), spelled, null("date")))


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
            (root.isin([f"{r:02d}" for r in members]), literal(quad, "int8"))
            for quad, members in roots.items()
        ),
        else_=null("int8"),
    )
