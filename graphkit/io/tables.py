"""Reading CSV files and DataFrames into tables of text that remember their lines.

One path for a ten-row file and a ten-million-row one: the CSV is split into records by
Python's :mod:`csv` (C code), and everything after that works on whole columns, so the
cost per row is a few machine operations. Every table comes out with

* each cell as text, stripped of surrounding spaces (``""`` for an empty cell);
* the line on which each row starts, as a text editor numbers lines (the header is line
  1; blank lines and line breaks inside quoted cells are counted);
* the problems every table can have, located by line and column: a file that is missing,
  unreadable or not UTF-8, a malformed header, a row with too many or too few fields, a
  quote that never closes (reported where it opens; the rows before it are still read),
  a control character (NUL, BEL, ESC, ...) in a cell or a column name, and a field
  longer than :data:`~graphkit.core.schema.FIELD_LIMIT` characters.

Tables that mean something (actors, relations, vocabularies) add their own checks.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gc
import io
import itertools
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import numpy as np
import pandas as pd

from ..core.schema import FIELD_LIMIT
from ..errors import VALUE_SHOWN, DataError, Problem
from .cells import (
    CONTROL_CHARACTERS,
    FORMAT_CHARACTERS,
    NOT_UTF8,
    first_bad_character,
    matching,
    readable_bytes,
)
from .hints import closest

if TYPE_CHECKING:
    from typing import TypeAlias

__all__ = ["Table", "TableSource", "closest", "gc_paused", "read_table", "sort_problems"]

TableSource: TypeAlias = Union[str, "os.PathLike[str]", pd.DataFrame]
"""What the readers accept: a CSV path or a DataFrame."""

_BREAK = re.compile(r"\r\n|\r|\n")
_strip = np.frompyfunc(str.strip, 1, 1)
_FIELD_END = re.compile(r"[,\r\n]")
_QUOTE_ADVICE = "write a quote inside a quoted value as two quotes"


class Table:
    """A table read for checking: every cell as stripped text, each row with its line.

    Attributes
    ----------
    source : str
        The file name, or ``"<what> DataFrame"``.
    columns : list of str
        Column names as read (stripped), in order.
    cells : dict of str to numpy.ndarray
        Each column's cells as an object array of ``str``; ``""`` for an empty cell.
    line_numbers : numpy.ndarray
        The line each row starts on (header = line 1); for a DataFrame, the row
        position counted the same way (first row = 2).
    originals : dict of str to pandas.Series
        For a DataFrame, its numeric and boolean columns as given, so they can stay
        numbers on the graph.
    header_line : int
        The line of the header: 1, unless blank lines come before it.
    ascii_only : bool
        True when the whole input is known to be ASCII (no id needs normalising).
    read_as : dict of str to numpy.ndarray
        A column's cells as read, for a column whose :attr:`cells` a check has
        rewritten (ids in their one spelling), so problems echo what the file says.
    problems : list of Problem
        Problems found so far.
    shape_problems : int
        How many of the first :attr:`problems` are about the file's shape (header,
        quoting, fields per row); :meth:`sorted_problems` puts them first, so a quote
        that hides the rest of the file is never cut from a long message.
    """

    def __init__(
        self,
        source: str,
        columns: list[str],
        cells: dict[str, np.ndarray],
        line_numbers: np.ndarray,
        *,
        originals: dict[str, pd.Series] | None = None,
    ):
        self.source = source
        self.columns = columns
        self.cells = cells
        self.line_numbers = line_numbers
        self.originals = originals or {}
        self.read_as: dict[str, np.ndarray] = {}
        self.ascii_only = False
        self.header_line = 1
        self.problems: list[Problem] = []
        self._codes: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.shape_problems = 0

    def __len__(self) -> int:
        return len(self.line_numbers)

    def __repr__(self) -> str:
        return f"<Table {self.source}: {len(self)} rows, {len(self.problems)} problems>"

    @property
    def lines(self) -> list[int]:
        """The line of each row, as Python ints."""
        return self.line_numbers.tolist()

    @cached_property
    def rows(self) -> list[dict[str, str]]:
        """The rows as dictionaries of text, for small tables checked row by row."""
        names = list(self.cells)
        rows = zip(*self.cells.values(), strict=True)
        return [dict(zip(names, values, strict=True)) for values in rows]

    def rewrite(self, column: str, values: np.ndarray) -> None:
        """Replace a column's cells, keeping what was read for messages."""
        if values is not self.cells[column]:
            self.read_as.setdefault(column, self.cells[column])
            self.cells[column] = values
            self._codes.pop(column, None)

    def codes(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """``pandas.factorize`` of a column (codes, distinct values), computed once:
        checks look at each distinct value once, whatever the number of rows."""
        found = self._codes.get(column)
        if found is None:
            found = self._codes[column] = pd.factorize(self.text(column))
        return found

    def text(self, column: str) -> np.ndarray:
        """A column's cells, or empty cells for a column the table does not have."""
        if column in self.cells:
            return self.cells[column]
        return np.full(len(self), "", dtype=object)

    def column_number(self, column: str) -> int | None:
        return self.columns.index(column) + 1 if column in self.columns else None

    def problem(
        self, line: int | None, column: str | None, value: str | None, expected: str
    ) -> None:
        """Record a problem located in this table."""
        number = self.column_number(column) if column is not None else None
        self.problems.append(Problem(self.source, line, column, number, value, expected))

    def problems_at(
        self,
        positions: np.ndarray,
        column: str | None,
        expected: str | Sequence[str],
        *,
        values: Sequence[str | None] | None = None,
    ) -> None:
        """Record one problem for each row position, with one explanation or one each.

        The values default to the column's cells as read at those positions.
        """
        if not len(positions):
            return
        lines = self.line_numbers[positions].tolist()
        if values is None:
            if column is None:
                values = [None] * len(lines)
            else:
                values = self.read_as.get(column, self.cells[column])[positions].tolist()
        if isinstance(expected, str):
            expected = [expected] * len(lines)
        number = self.column_number(column) if column is not None else None
        self.problems.extend(
            Problem(self.source, line, column, number, value, why)
            for line, value, why in zip(lines, values, expected, strict=True)
        )

    def require_columns(self, required: Iterable[str]) -> bool:
        """Record a problem for each missing column; True when all are present."""
        found = ", ".join(repr(c) for c in self.columns) or "none"
        ok = True
        for column in required:
            if column not in self.columns:
                ok = False
                self.problems.append(
                    Problem(
                        self.source,
                        self.header_line,
                        column,
                        None,
                        None,
                        f"a column named {column!r} in the header (found {found})",
                    )
                )
        return ok

    def sorted_problems(self) -> list[Problem]:
        """The problems about the file's shape, then the others, each in reading order."""
        cut = self.shape_problems
        return sort_problems(self.problems[:cut]) + sort_problems(self.problems[cut:])

    def raise_problems(self) -> None:
        """Raise one :class:`~graphkit.DataError` listing every problem, if any."""
        if self.problems:
            raise DataError(self.sorted_problems())


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a block that creates millions of
    objects, all kept.

    Each burst of allocations would start a collection that walks every object made so
    far and frees none: over a million rows that costs more than the work itself. Reading
    and building pause it; it is back on, as it was, when the block ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Problems in reading order: file-wide ones first, then by line and column.

    Examples
    --------
    >>> late = Problem("a.csv", 9, "kind", 3, "x", "an actor kind")
    >>> early = Problem("a.csv", 2, "id", 1, "", "an id")
    >>> [p.line for p in sort_problems([late, early])]
    [2, 9]
    """

    def place(problem: Problem) -> tuple[int, int]:
        line = -1 if problem.line is None else problem.line
        return line, problem.column_number or 0

    return sorted(problems, key=place)


def read_table(data: TableSource, *, what: str, index_name: str | None = None) -> Table:
    """Read a CSV path or a DataFrame into a :class:`Table`, with the problems every
    table can have already recorded (see the module's description).

    Parameters
    ----------
    data : str, path or pandas.DataFrame
        A UTF-8 CSV file (a byte-order mark is accepted) or a DataFrame.
    what : str
        What the table holds (``"actors"``), used to name a DataFrame source.
    index_name : str, optional
        If a DataFrame's index has this name, it is read as a column of that name.

    Raises
    ------
    DataError
        For a file that is missing or unreadable, or that has no header. Other problems
        are recorded in :attr:`Table.problems` for the caller to raise with its own.

    Examples
    --------
    >>> table = read_table(pd.DataFrame({"id": [" a ", "b\\x1b"]}), what="actors")
    >>> table.cells["id"].tolist(), table.lines
    (['a', 'b\\x1b'], [2, 3])
    >>> print(table.problems[0])
    actors DataFrame, line 3, column 'id' (A): got 'b\\x1b'; expected text without control characters (found U+001B at character 2)
    """  # noqa: E501
    if isinstance(data, pd.DataFrame):
        with gc_paused():
            return _table_from_frame(data, what=what, index_name=index_name)
    if isinstance(data, (str, os.PathLike)):
        with gc_paused():
            return _table_from_csv(Path(data))
    raise TypeError(f"{what}: expected a CSV path or a pandas DataFrame, got {type(data).__name__}")


# -- CSV ------------------------------------------------------------------------------


def _table_from_csv(path: Path) -> Table:
    source = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(
            [Problem(source, None, None, None, None, "an existing file (none at this path)")]
        ) from None
    except OSError as exc:
        raise DataError(
            [Problem(source, None, None, None, None, f"a readable file ({exc.strerror})")]
        ) from None
    raw = raw.removeprefix(codecs.BOM_UTF8)
    utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        len(raw) >= 4 and raw[1:4:2] == b"\0\0" and raw[0] != 0  # UTF-16 LE, no mark
    )
    if utf16:
        # Decoded as UTF-8 it would be a NUL in every cell: one problem says what it is.
        raise DataError(
            [
                Problem(
                    source,
                    None,
                    None,
                    None,
                    None,
                    "a UTF-8 file (this one is UTF-16: save it as UTF-8, or 'CSV UTF-8' "
                    "in a spreadsheet)",
                )
            ]
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        # Keep the bad bytes as lone surrogates so each is reported in its own cell and
        # every other row is still checked.
        text = raw.decode("utf-8", "surrogateescape")
    return _parse_csv(text, source)


@contextmanager
def _field_limit_lifted():
    # The csv module stops at 131,072 characters per field and does not say in which
    # column; fields are measured afterwards against FIELD_LIMIT, located. The limit is
    # process-wide, so it is put back at once.
    previous = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _records(text: str) -> tuple[list[list[str]], list[tuple[int, int, str]]]:
    """Every record of the text (a blank line is an empty record), and the quoting
    errors as ``(record index, line where the error was seen, message)``; each failed
    record has an empty placeholder so that indices stay aligned."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, skipinitialspace=True)
    records: list[list[str]] = []
    errors: list[tuple[int, int, str]] = []
    with _field_limit_lifted():
        while True:
            try:
                records.extend(reader)  # C speed; keeps the records read before an error
                break
            except csv.Error as exc:
                if errors and errors[-1][:2] == (len(records) - 1, reader.line_num):
                    break  # no progress: nothing more can be read
                errors.append((len(records), reader.line_num, str(exc)))
                records.append([])
    return records, errors


def _breaks(value: str) -> int:
    return value.count("\n") + value.count("\r") - value.count("\r\n")


def _is_blank(fields: Sequence[str]) -> bool:
    return not any(f.strip() for f in fields)


def _clean_name(name: object) -> str:
    """A column name in its one spelling: stripped, NFC, without invisible characters."""
    text = FORMAT_CHARACTERS.sub("", str(name)).strip()
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _stripped(values: Sequence[str]) -> np.ndarray:
    """Cells without surrounding white space, as an object array."""
    if not len(values):
        return np.empty(0, dtype=object)
    # An object array first: NumPy's own text arrays would drop trailing NUL characters.
    cells = np.fromiter(values, dtype=object, count=len(values))
    return np.asarray(_strip(cells), dtype=object)


def _blank_rows(cells: list[np.ndarray]) -> np.ndarray:
    """Positions of the rows whose every cell is empty (a line of bare commas)."""
    if not cells:
        return np.empty(0, dtype=np.int64)
    candidates = np.flatnonzero(cells[0] == "")
    for values in cells[1:]:
        candidates = candidates[values[candidates] == ""]
    return candidates


def _parse_csv(text: str, source: str) -> Table:
    records, errors = _records(text)
    failed = {index for index, _, _ in errors}
    header_at = next((i for i, r in enumerate(records) if i in failed or not _is_blank(r)), None)
    if header_at is None or header_at in failed:
        table = Table(source, [], {}, np.empty(0, dtype=np.int64))
        _quote_problems(table, text, errors, _start_lines(records, errors, {}))
        if not errors:
            table.problem(1, None, "", "a header line naming the columns")
        table.raise_problems()
        return table

    raw_names = records[header_at]
    columns = [_clean_name(c) for c in raw_names]
    rows = _Rows(records, failed, header_at, len(columns))
    if _physical_lines(text) != len(records) or errors:
        rows.count_breaks_in_cells()
    starts = _start_lines(records, errors, rows.breaks)

    cells = [_stripped(values) for values in rows.columns]
    record_index = rows.record_index
    blank = _blank_rows(cells)
    if len(blank):
        kept = np.ones(len(record_index), dtype=bool)
        kept[blank] = False
        cells = [values[kept] for values in cells]
        record_index = record_index[kept]
    table = Table(source, columns, dict(zip(columns, cells, strict=True)), starts[record_index])
    table.ascii_only = text.isascii()
    table.header_line = int(starts[header_at])
    _check_header(table, raw_names, line=table.header_line)
    for index, fields in rows.ragged:
        extra = fields[len(columns) :] if len(fields) > len(columns) else None
        table.problem(
            int(starts[index]),
            None,
            ",".join(extra) if extra else ",".join(fields),
            f"{len(columns)} fields as in the header, found {len(fields)}"
            + (" (quote values that contain commas)" if extra else ""),
        )
    _quote_problems(table, text, errors, starts)
    table.shape_problems = len(table.problems)
    _check_cells(
        table,
        controls=CONTROL_CHARACTERS.search(text) is not None,
        long_fields=len(text) > FIELD_LIMIT,
    )
    return table


def _physical_lines(text: str) -> int:
    """Lines as an editor counts them (a last line without a line break counts)."""
    return _breaks(text) + (1 if text and text[-1] not in "\r\n" else 0)


class _Rows:
    """The records after the header as columns of raw text, one entry per row to check.

    Rows with too few or too many fields are kept, padded or cut to the header's width
    (and listed in :attr:`ragged` to be reported); blank lines and records that failed to
    parse are left out. :attr:`breaks` counts the line breaks inside each record's cells,
    by record index, for the records that have some.
    """

    def __init__(self, records: list[list[str]], failed: set[int], header_at: int, width: int):
        body = records[header_at + 1 :]
        lengths = np.fromiter(map(len, body), dtype=np.int64, count=len(body))
        keep = np.ones(len(body), dtype=bool)
        self.breaks: dict[int, int] = {header_at: sum(map(_breaks, records[header_at]))}
        self.ragged: list[tuple[int, list[str]]] = []
        for position in np.flatnonzero(lengths != width).tolist():
            index = header_at + 1 + position
            fields = body[position]
            self.breaks[index] = sum(map(_breaks, fields))
            if index in failed or _is_blank(fields):
                keep[position] = False
                continue
            self.ragged.append((index, fields))
            body[position] = [*fields, *[""] * (width - len(fields))][:width]
        self.record_index = np.arange(header_at + 1, len(records), dtype=np.int64)
        if not keep.all():
            body = list(itertools.compress(body, keep))
            self.record_index = self.record_index[keep]
        self.columns: list[Sequence[str]] = list(zip(*body, strict=True)) if body else [()] * width

    def count_breaks_in_cells(self) -> None:
        """Count the line breaks inside quoted cells, column by column."""
        embedded = np.zeros(len(self.record_index), dtype=np.int64)
        for values in self.columns:
            if "\n" in (joined := "".join(values)) or "\r" in joined:
                counts = pd.Series(values, dtype=object).str.count(_BREAK.pattern)
                embedded += counts.to_numpy(dtype=np.int64)
        for position in np.flatnonzero(embedded).tolist():
            self.breaks.setdefault(int(self.record_index[position]), int(embedded[position]))


def _start_lines(
    records: list[list[str]],
    errors: list[tuple[int, int, str]],
    breaks: dict[int, int],
) -> np.ndarray:
    """The line each record starts on: one line per record plus the line breaks inside
    its quoted cells; a record that failed ends on the line where its error was seen."""
    spans = np.ones(len(records), dtype=np.int64)
    if breaks:
        spans[np.fromiter(breaks, dtype=np.int64)] += np.fromiter(breaks.values(), dtype=np.int64)
    starts = np.empty(len(records), dtype=np.int64)
    line, begin = 1, 0
    for index, end_line, _ in [*errors, (len(records), 0, "")]:
        segment = spans[begin:index]
        starts[begin:index] = line + np.cumsum(segment) - segment
        line += int(segment.sum())
        if index < len(records):
            starts[index] = line
            line, begin = end_line + 1, index + 1
    return starts


def _quote_problems(
    table: Table, text: str, errors: list[tuple[int, int, str]], starts: np.ndarray
) -> None:
    for index, end_line, message in errors:
        start = int(starts[index])
        fault = _quote_fault(text, start)
        if fault is None:
            table.problem(end_line, None, None, f"well-formed CSV ({message})")
            continue
        line, field, value, unclosed = fault
        column = table.columns[field] if field < len(table.columns) else None
        if unclosed:
            remaining = _physical_lines(text) - line
            unread = (
                f", so the {remaining:,} line{'s' if remaining != 1 else ''} after it could "
                "not be read"
                if remaining > 0
                else ""
            )
            expected = (
                "a closing quote for the quote that opens this value; the file ends "
                f"inside it{unread} ({_QUOTE_ADVICE})"
            )
        else:
            expected = (
                f"a comma or the end of the line right after a closing quote ({_QUOTE_ADVICE})"
            )
        table.problem(line, column, value, expected)


def _line_offset(text: str, line: int) -> int:
    if line <= 1:
        return 0
    for number, match in enumerate(_BREAK.finditer(text), start=2):
        if number == line:
            return match.end()
    return len(text)


def _quote_fault(text: str, line: int) -> tuple[int, int, str, bool] | None:
    """Where the record starting on ``line`` breaks the quoting rules, read the way the
    csv module reads it: ``(line, field index, value, unclosed)``, or None."""
    offset = _line_offset(text, line)
    position, field, end = offset, 0, len(text)

    def line_of(at: int) -> int:
        return line + _breaks(text[offset:at])

    while True:
        while position < end and text[position] == " ":
            position += 1
        if position < end and text[position] == '"':
            opened = position
            position += 1
            while True:
                closing = text.find('"', position)
                if closing < 0:
                    first_line = _BREAK.split(text[opened : opened + 4 * VALUE_SHOWN], 1)[0]
                    return line_of(opened), field, first_line, True
                if text.startswith('""', closing):
                    position = closing + 2
                    continue
                position = closing + 1
                break
            if position < end and text[position] not in ",\r\n":
                after = _FIELD_END.search(text, position)
                value = text[opened : after.start() if after else end]
                return line_of(position), field, value, False
        else:
            found = _FIELD_END.search(text, position)
            position = found.start() if found else end
        if position >= end or text[position] in "\r\n":
            return None
        position += 1
        field += 1


# -- DataFrames -----------------------------------------------------------------------


def _table_from_frame(frame: pd.DataFrame, *, what: str, index_name: str | None) -> Table:
    if index_name and frame.index.name == index_name and index_name not in frame.columns:
        frame = frame.reset_index()
    raw_names = [str(c) for c in frame.columns]
    columns = [_clean_name(c) for c in raw_names]
    cells: dict[str, np.ndarray] = {}
    originals: dict[str, pd.Series] = {}
    for name, (_, series) in zip(columns, frame.items(), strict=True):
        cells[name] = _text_column(series)
        if _is_number_column(series):
            originals[name] = series
    lines = np.arange(2, len(frame) + 2, dtype=np.int64)
    table = Table(f"{what} DataFrame", columns, cells, lines, originals=originals)
    _check_header(table, raw_names, line=1)
    table.shape_problems = len(table.problems)
    _check_cells(table, controls=True, long_fields=True)
    return table


def _is_number_column(series: pd.Series) -> bool:
    return pd.api.types.is_bool_dtype(series.dtype) or (
        pd.api.types.is_numeric_dtype(series.dtype)
        and not pd.api.types.is_complex_dtype(series.dtype)
    )


def _text_column(series: pd.Series) -> np.ndarray:
    """A DataFrame column as the text a CSV file would hold: numbers as written (a whole
    float as an integer: a year column with a gap is stored as floats), dates as
    ``YYYY-MM-DD`` (dates are days here), missing values as ``""``."""
    dtype = series.dtype
    missing = series.isna().to_numpy(dtype=bool)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        text = series.dt.strftime("%Y-%m-%d")
    elif pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_integer_dtype(dtype):
        text = series.astype(object).astype(str)
    elif pd.api.types.is_float_dtype(dtype):
        numbers = series.to_numpy(dtype=float, na_value=np.nan)
        whole = np.isfinite(numbers) & (numbers == np.round(numbers)) & (abs(numbers) < 2**53)
        out = numbers.astype(str).astype(object)
        out[whole] = numbers[whole].astype(np.int64).astype(str)
        out[missing] = ""
        return out
    elif pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"):
        text = series.astype(object).where(~missing, "").str.strip()
        return text.to_numpy(dtype=object)
    else:
        return np.array([_cell(v) for v in series.tolist()], dtype=object)
    out = text.to_numpy(dtype=object)
    out[missing] = ""
    return out


def _cell(value: Any) -> str:
    """One cell of a column of mixed types."""
    if value is None or (not isinstance(value, (list, tuple, dict, set)) and pd.isna(value)):
        return ""
    if isinstance(value, dt.datetime):  # pandas Timestamps too: dates are days here
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# -- checks every table gets ----------------------------------------------------------


def _check_header(table: Table, raw_names: list[str], *, line: int) -> None:
    seen: set[str] = set()
    for number, (column, raw) in enumerate(zip(table.columns, raw_names, strict=True), 1):
        if NOT_UTF8.search(raw):
            table.problems.append(
                Problem(
                    table.source,
                    line,
                    None,
                    number,
                    readable_bytes(raw),
                    "a column name in UTF-8 (save the file as UTF-8)",
                )
            )
        elif CONTROL_CHARACTERS.search(raw):
            table.problems.append(
                Problem(
                    table.source,
                    line,
                    column,
                    number,
                    raw,
                    f"a column name without control characters (found {first_bad_character(raw)})",
                )
            )
        elif not column:
            table.problems.append(
                Problem(table.source, line, None, number, "", "a name for every column")
            )
        elif column in seen:
            table.problems.append(
                Problem(table.source, line, column, number, column, "each column name once")
            )
        seen.add(column)


def _check_cells(table: Table, *, controls: bool, long_fields: bool) -> None:
    """Record control characters, bytes that were not UTF-8 and over-long fields, in
    every cell; ``controls``/``long_fields`` False skip what the whole text ruled out."""
    for column, values in table.cells.items():
        bad = np.empty(0, dtype=np.int64)
        if controls:
            bad = matching(CONTROL_CHARACTERS, values)
        if len(bad):
            texts = values[bad].tolist()
            broken = [NOT_UTF8.search(v) is not None for v in texts]
            table.problems_at(
                bad,
                column,
                [
                    "UTF-8 text (save the file as UTF-8)"
                    if is_broken
                    else f"text without control characters (found {first_bad_character(v)})"
                    for v, is_broken in zip(texts, broken, strict=True)
                ],
                values=[readable_bytes(v) if b else v for v, b in zip(texts, broken, strict=True)],
            )
        if long_fields and len(values) and max(map(len, values)) > FIELD_LIMIT:
            lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
            too_long = np.setdiff1d(np.flatnonzero(lengths > FIELD_LIMIT), bad)
            table.problems_at(
                too_long,
                column,
                f"at most {FIELD_LIMIT:,} characters in one field",
            )
