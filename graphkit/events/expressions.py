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
    "COUNT",
    "COUNT_LIMIT",
    "DAY_PARTS",
    "ambiguous_date",
    "as_text",
    "cameo_code",
    "cameo_quad",
    "cameo_root",
    "expected_number",
    "has_control",
    "iso_date",
    "iso_or_words",
    "literal",
    "null",
    "number",
    "parse_number",
    "text",
    "within",
    "written_date",
    "written_date_rule",
    "yyyymmdd",
    "yyyymmdd_parts",
    "yyyymmdd_valid",
]

Bounds = tuple[float | None, float | None]
"""The values a number may take, ``(low, high)`` inclusive, None for no bound."""

CONTROLS = r"[\x{0}-\x{8}\x{b}\x{c}\x{e}-\x{1f}\x{7f}-\x{9f}\x{fffe}\x{ffff}]"
"""Control characters (C0 but tab and line breaks, DEL, C1) and non-characters, as a
regular expression for the engine (RE2 and Java both read ``\\x{..}``): what no table
cell may hold (:data:`graphkit.base.characters.CONTROL_CHARACTERS`). A line break or tab
inside a quoted CSV value is data (UCDP's source texts hold them)."""

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


def has_control(value: Any) -> Any:
    """Whether a DuckDB text expression holds a control character (:data:`CONTROLS`):
    a boolean expression, False for NULL.

    The regular expression is exact but costs about 90 ns a value (RE2 is called once
    per value); it runs only where three cheap tests leave a doubt, together true of
    every text :data:`CONTROLS` matches: a character outside ASCII (byte length
    ``strlen`` above character length: C1 controls and the non-characters), a
    character JSON must escape (``to_json`` longer than the text and its two quotes:
    every C0 control, ``"`` and ``\\``), or DEL. On ten million 36-byte URLs,
    0.33 s against 0.9 s for the expression alone (DuckDB 1.5, two cores); each
    Unicode code point was checked against the expression alone
    (``tests/events/test_control_characters.py``).
    """
    import ibis

    strlen, to_json = _duckdb_text_functions()
    doubtful = (
        (strlen(value) != value.length())
        | (strlen(to_json(value)) != strlen(value) + 2)
        | value.contains("\x7f")
    )
    return ibis.ifelse(doubtful, value.re_search(CONTROLS), False).fill_null(False)


_TEXT_FUNCTIONS: list[Any] = []


def _duckdb_text_functions() -> tuple[Any, Any]:
    """DuckDB's ``strlen`` (bytes) and ``to_json`` as Ibis functions, made once."""
    if not _TEXT_FUNCTIONS:
        import ibis

        @ibis.udf.scalar.builtin(name="strlen")
        def strlen(value: str) -> int:  # type: ignore[empty-body]
            """The text's length in bytes."""

        @ibis.udf.scalar.builtin(name="to_json")
        def to_json(value: str) -> str:  # type: ignore[empty-body]
            """The text as a JSON string, control characters escaped."""

        _TEXT_FUNCTIONS.extend([strlen, to_json])
    return _TEXT_FUNCTIONS[0], _TEXT_FUNCTIONS[1]


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


def outside(value: Any, bounds: Bounds) -> Any:
    """True where the number ``value`` lies outside ``bounds`` (inclusive; None is no
    bound; NaN is outside every range), NULL where it is NULL: for a value of the
    column's own type, exactly the values :func:`within` makes NULL.

    Plain comparisons, not :func:`within`'s ``CASE``: an engine can answer them from
    what it knows of the column, and DuckDB does from a Parquet file's statistics (the
    range check of ten million integers: 0.002 s against 0.07 s). NaN is tested by
    itself, as writers leave it out of a column's minimum and maximum.
    """
    import ibis

    low, high = bounds
    tests = [value.isnan()] if value.type().is_floating() else []
    if low is not None:
        tests.append(value < low)
    if high is not None:
        tests.append(value > high)
    if not tests:
        return ibis.ifelse(value.isnull(), ibis.null("boolean"), False)
    return ibis.or_(*tests)


def expected_number(kind: str, bounds: Bounds | None) -> str:
    """What a number column must hold, in words.

    Examples
    --------
    >>> expected_number("integer", (1, 4)), expected_number("decimal", (0, None))
    ('an integer from 1 to 4', 'a number, 0 or more')
    >>> expected_number("integer", COUNT)
    'an integer from 0 to 2,147,483,647'

    """
    what = "an integer" if kind == "integer" else "a number"
    low, high = bounds or (None, None)
    if low is not None and high is not None:
        return f"{what} from {_shown(low)} to {_shown(high)}"
    if low is not None:
        return f"{what}, {_shown(low)} or more"
    if high is not None:
        return f"{what}, {_shown(high)} or less"
    return what


def _shown(bound: float) -> str:
    return f"{int(bound):,}" if float(bound).is_integer() else f"{bound:g}"


COUNT_LIMIT = 2**31 - 1
"""The largest count an event may carry (mentions, sources, articles, fatalities):
2,147,483,647, far above any a source writes. A larger one is a problem, read as
missing: so the sum of a relation's events fits a 64-bit integer for up to four billion
events, and no sum overflows in the engine ("Integer value out of bounds")."""

COUNT = (0, COUNT_LIMIT)
"""The range of a count."""


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
    valid = yyyymmdd_valid(table, column)
    if valid is not None:
        year, month, day = _day_parts(table, column)
        return ibis.ifelse(valid, ibis.date(year, month, day), null("date"))
    written = as_text(table, column)
    iso = written.substr(0, 4) + "-" + written.substr(4, 2) + "-" + written.substr(6, 2)
    return ibis.ifelse(written.re_search(r"^[0-9]{8}$"), iso.try_cast("date"), null("date"))


def yyyymmdd_valid(table: Any, column: str) -> Any | None:
    """For an integer column, whether each value is a day written as ``YYYYMMDD``
    (eight digits, a real month and a day the month has), by integer arithmetic alone:
    no text, no regular expression, no failed cast, no date built. None for a column of
    another type. :func:`yyyymmdd` builds its dates where this is true, and the read
    checks test it alone (on 10 million rows, 0.02 s against 0.6 s for building the
    dates and testing them)."""
    import ibis

    value = table[column]
    if not value.type().is_integer():
        return None
    year, month, day = _day_parts(table, column)
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    last = ibis.cases(
        (month == 2, ibis.ifelse(leap, 29, 28)),
        (month.isin([4, 6, 9, 11]), 30),
        else_=31,
    )
    return (
        (value >= 10_000_000)
        & (value <= 99_999_999)
        & (month >= 1)
        & (month <= 12)
        & (day >= 1)
        & (day <= last)
    )


DAY_PARTS = ("_gk_year", "_gk_month", "_gk_day")
"""The names of the columns :func:`yyyymmdd_parts` adds to a table."""


def yyyymmdd_parts(table: Any, column: str) -> dict[str, Any]:
    """The year, month and day of an integer ``YYYYMMDD`` column, as columns to add to
    ``table`` before :func:`yyyymmdd` reads it (named :data:`DAY_PARTS`); none for a
    column of another type.

    :func:`yyyymmdd` and :func:`yyyymmdd_valid` use each part several times; written
    inline, each use is a division of its own, which DuckDB evaluates again for every
    row (on 10 million GDELT rows the date took 1.31 s of CPU time inline, 0.58 s from
    parts added by a projection before it).
    """
    value = table[column]
    if not value.type().is_integer():
        return {}
    year, month, day = DAY_PARTS
    return {year: value // 10_000, month: value // 100 % 100, day: value % 100}


def _day_parts(table: Any, column: str) -> tuple[Any, Any, Any]:
    """The year, month and day of an integer ``YYYYMMDD`` column: the columns
    :func:`yyyymmdd_parts` added where ``table`` has them, else computed here."""
    if all(name in table.columns for name in DAY_PARTS):
        return tuple(table[name] for name in DAY_PARTS)
    value = table[column]
    return value // 10_000, value // 100 % 100, value % 100


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


_FILE = "_file"
"""The raw table's file column (:data:`graphkit.events.canonical.FILE`)."""

PIVOT = 30
"""Two-digit years below this are 20YY, the others 19YY: 00-29 are 2000-2029 and 30-99
are 1930-1999, as Excel and LibreOffice read a two-digit year, so a date a spreadsheet
wrote as ``9-May-20`` is read back as the spreadsheet meant it."""

WRITTEN_DATE = (
    "a date as YYYY-MM-DD, '9 May 2020', '9-May-20', 'May 9, 2020', '2020/05/09' or "
    f"'13/05/2020' (a two-digit year 00-{PIVOT - 1} is 20YY, {PIVOT}-99 is 19YY; a time "
    "after the date is ignored)"
)
"""What :func:`written_date` reads, in words."""

AMBIGUOUS_DATE = (
    "a date whose day and month can be told apart ('05/09/20' is 5 September or May 9, "
    "and no date of this file has a day above 12 to tell which comes first: save the "
    "dates as YYYY-MM-DD or with the month in words)"
)
"""Why a date :func:`ambiguous_date` finds is refused, in words."""

_TIME = r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?: ?[AaPp][Mm])?)?"
_YEAR = r"([0-9]{4}|[0-9]{2})"
_DAY_MONTH_YEAR = rf"^([0-9]{{1,2}})(?: |-|\. ?)([A-Za-z]+)\.?(?: |-|, ?)+{_YEAR}{_TIME}$"
_MONTH_DAY_YEAR = rf"^([A-Za-z]+)\.? ([0-9]{{1,2}}),? {_YEAR}{_TIME}$"
_NUMBERS = rf"^([0-9]{{1,2}})[/.]([0-9]{{1,2}})[/.]{_YEAR}{_TIME}$"
_YEAR_FIRST = rf"^([0-9]{{4}})[/.]([0-9]{{1,2}})[/.]([0-9]{{1,2}}){_TIME}$"


def _month(word: Any) -> Any:
    """The month number (text, two digits) of an English month name or its
    abbreviation (``May``, ``sep``, ``Sept.``), any case; NULL for any other word."""
    import ibis

    lowered = word.lower()
    return ibis.cases(
        *(
            (
                lowered.isin(sorted({name, name[:3], *(["sept"] if i == 9 else [])})),
                literal(f"{i:02d}"),
            )
            for i, name in enumerate(_MONTHS, 1)
        ),
        else_=null("string"),
    )


def _full_year(year: Any) -> Any:
    """A four-digit year as text; a two-digit one by :data:`PIVOT`."""
    import ibis

    short = year.length() == 2
    century = ibis.ifelse(year.try_cast("int64") < PIVOT, literal("20"), literal("19"))
    return ibis.ifelse(short, century + year, year)


def _ymd(year: Any, month: Any, day: Any) -> Any:
    return (_full_year(year) + "-" + month.lpad(2, "0") + "-" + day.lpad(2, "0")).try_cast("date")


def written_date(table: Any, column: str) -> Any:
    """A date as releases and spreadsheets write it, where it can only mean one day.

    ``YYYY-MM-DD`` (a time after it is ignored), ``9 May 2020`` and ``09 May 2020``
    (ACLED's exports), ``9-May-20`` (Excel's), ``May 9, 2020``, ``2020/05/09``, and day
    and month in numbers where one of them is above 12 (``13/05/2020``, ``5/13/20``) or
    where the file's other dates tell which comes first (``05/04/2001`` in a file that
    also has ``18/04/2001``, as ACLED's older exports write dates).
    Month names are English, in full or abbreviated, in any case; a two-digit year
    follows :data:`PIVOT`. A date in numbers whose day and month could be swapped, in a
    file that does not tell (``05/09/20``), is NULL: :func:`ambiguous_date` finds it, so
    it is reported for what it is.

    Examples
    --------
    >>> import ibis
    >>> written = ["2020-05-09", "9-May-20", "09 May 2020", "May 9, 2020", "13/05/2020",
    ...     "5/13/20", "05/09/20", "05/05/49", "31-Feb-20"]
    >>> t = ibis.memtable({"i": range(len(written)), "d": written})
    >>> read = t.mutate(day=written_date(t, "d")).order_by("i").day  # rows keep no order
    >>> [str(d) for d in read.to_pyarrow().to_pylist()]
    ['2020-05-09', '2020-05-09', '2020-05-09', '2020-05-09', '2020-05-13', '2020-05-13', 'None', '1949-05-05', 'None']
    """  # noqa: E501
    import ibis

    iso = iso_date(table, column)
    if table[column].type().is_temporal():
        return iso
    written = as_text(table, column).strip()

    def part(pattern: str, group: int) -> Any:
        return written.re_extract(pattern, group)

    words = _ymd(
        part(_DAY_MONTH_YEAR, 3), _month(part(_DAY_MONTH_YEAR, 2)), part(_DAY_MONTH_YEAR, 1)
    )
    month_first = _ymd(
        part(_MONTH_DAY_YEAR, 3), _month(part(_MONTH_DAY_YEAR, 1)), part(_MONTH_DAY_YEAR, 2)
    )
    first, second = part(_NUMBERS, 1), part(_NUMBERS, 2)
    order = _numeric_order(table, column)
    numbers = ibis.cases(
        (order == "day", _ymd(part(_NUMBERS, 3), second, first)),
        (order == "month", _ymd(part(_NUMBERS, 3), first, second)),
        else_=null("date"),
    )
    year_first = _ymd(part(_YEAR_FIRST, 1), part(_YEAR_FIRST, 2), part(_YEAR_FIRST, 3))
    return ibis.cases(
        (iso.notnull(), iso),
        (written.re_search(_DAY_MONTH_YEAR), words),
        (written.re_search(_MONTH_DAY_YEAR), month_first),
        (written.re_search(_NUMBERS), numbers),
        (written.re_search(_YEAR_FIRST), year_first),
        else_=null("date"),
    )


def written_date_rule(column: str) -> Any:
    """The :class:`~graphkit.events.sources.DateRule` of a column read by
    :func:`written_date`, ambiguous dates reported as such (:func:`ambiguous_date`)."""
    from .sources.record import DateRule

    return DateRule(
        column,
        written_date,
        WRITTEN_DATE,
        ambiguous=ambiguous_date,
        ambiguous_expected=AMBIGUOUS_DATE,
    )


def ambiguous_date(table: Any, column: str) -> Any:
    """Whether the column holds a date in numbers whose day and month could be
    swapped (``05/09/20``): both 12 or less, and not equal.

    Examples
    --------
    >>> import ibis
    >>> t = ibis.memtable({"d": ["05/09/20", "05/05/20", "2020-05-09"]})
    >>> ambiguous_date(t, "d").to_pyarrow().to_pylist()
    [True, False, False]

    A date with a day above 12 tells the order for the others of its file (``_file``,
    the column :func:`~graphkit.read_events` reads files with):

    >>> t = ibis.memtable({"_file": ["a.csv", "a.csv"], "d": ["05/09/20", "18/04/2001"]})
    >>> ambiguous_date(t, "d").to_pyarrow().to_pylist()
    [False, False]
    >>> sorted(str(d) for d in written_date(t, "d").to_pyarrow().to_pylist())
    ['2001-04-18', '2020-09-05']
    """
    if table[column].type().is_temporal():
        return literal(False, "boolean")
    written = as_text(table, column).strip()
    return (written.re_search(_NUMBERS) & _numeric_order(table, column).isnull()).fill_null(False)


def _numeric_order(table: Any, column: str) -> Any:
    """For a date in numbers (``05/09/20``), which comes first: ``"day"``, ``"month"``,
    or NULL where it cannot be told.

    A date tells by itself when its day is above 12 (``13/05/2020``) or day and month
    are equal. Otherwise the file tells: a file whose dates in numbers put a number
    above 12 first (and none second) writes the day first everywhere, as ACLED's older
    exports do (``18/04/2001``), and the other way round for month first. A file with
    no such date, or with both, leaves the others untold, and so does a table without
    the ``_file`` column (nothing says which rows are one file's).
    """
    import ibis

    written = as_text(table, column).strip()
    first = written.re_extract(_NUMBERS, 1).try_cast("int64")
    second = written.re_extract(_NUMBERS, 2).try_cast("int64")
    numeric = written.re_search(_NUMBERS).fill_null(False)
    if _FILE in table.columns:
        window = ibis.window(group_by=table[_FILE])
        day_evidence = ibis.ifelse(numeric & (first > 12), 1, 0).max().over(window)
        month_evidence = ibis.ifelse(numeric & (second > 12), 1, 0).max().over(window)
    else:
        # a table that does not say which file a row came from has no file to tell: a
        # window over all of it would put every row in one partition (Spark, BigQuery)
        day_evidence = month_evidence = literal(0, "int64")
    return ibis.cases(
        (~numeric, null("string")),
        ((first > 12) & (second <= 12), literal("day")),
        ((second > 12) & (first <= 12), literal("month")),
        ((first == second) & (first >= 1), literal("month")),  # the same day either way
        ((day_evidence == 1) & (month_evidence == 0), literal("day")),
        ((month_evidence == 1) & (day_evidence == 0), literal("month")),
        else_=null("string"),
    )


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
    # one comparison per root, not a membership test per class: the engine turns each
    # ``IN`` list into a join with its values (on 10 million GDELT events three joins
    # took 1.0 s of the aggregation's CPU time; these comparisons 0.2 s)
    return ibis.cases(
        *(
            (root == f"{r:02d}", literal(quad, "int8"))
            for quad, members in roots.items()
            for r in members
        ),
        else_=null("int8"),
    )
