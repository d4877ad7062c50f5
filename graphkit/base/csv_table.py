"""CSV files into tables that remember their lines.

The file is split into records by Python's :mod:`csv` (C code), and everything after that
works on whole columns, so the cost per row is a few machine operations. Each row keeps
the line it starts on, as a text editor numbers lines (the header is line 1; blank lines
and line breaks inside quoted cells are counted), and the problems of the file's shape
are recorded where they are: a file that is missing, unreadable or not UTF-8, a
malformed header, a row with too many or too few fields, a quote that never closes
(reported where it opens; the rows before it are still read).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import sys
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from .cells import FIELD_LIMIT, check_cells, check_header, clean_name
from .characters import CONTROL_CHARACTERS
from .errors import VALUE_SHOWN, DataError, Problem
from .table import Table

__all__ = ["table_from_csv"]

_BREAK = re.compile(r"\r\n|\r|\n")
_strip = np.frompyfunc(str.strip, 1, 1)
_FIELD_END = re.compile(r"[,\r\n]")
_QUOTE_ADVICE = "write a quote inside a quoted value as two quotes"


def table_from_csv(path: Path) -> Table:
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
    columns = [clean_name(c) for c in raw_names]
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
    check_header(table, raw_names, line=table.header_line)
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
    check_cells(
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
