"""Raw event files as streams of Arrow record batches, every row located or reported.

Each file or archive member (:mod:`~graphkit.events.archives`) is split into lines, and
lines into the source's columns as its record says (:mod:`~graphkit.events.sources`:
delimiter, quoting, header or field counts), decoded as UTF-8, and sent on in batches of
text columns plus ``_file`` and ``_line``. Nothing is silently lost: a line with the
wrong number of fields, a cell that is not UTF-8 (read as Windows-1252), a truncated
archive, an empty file or a file of another format each becomes a
:class:`~graphkit.Problem` naming the file and line, and the rest is still read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..base.errors import Problem
from ..base.progress import step
from .archives import FileReport, _Truncated, members
from .canonical import FILE, LINE
from .sources import SOURCES, EventSource

__all__ = ["RawReader", "guess_format"]

BATCH_ROWS = 65_536
"""Rows per Arrow batch: large enough for the engine, small enough to stream."""

_SHOWN = 200
"""Characters of a bad line quoted in a problem."""


def guess_format(first_line: str) -> str | None:
    """The format a file's first line looks like, or None.

    A headerless source is recognised by its number of fields, a source with a header
    by its column names (all the columns it needs but one, split at any delimiter a
    source uses); headerless sources are tried first, each kind in the order listed.

    Examples
    --------
    >>> icews = SOURCES["icews"].columns
    >>> guess_format("\\t".join(["x"] * 61)), guess_format("\\t".join(icews))
    ('gdelt2', 'icews')
    """
    for spec in SOURCES.values():
        fields = first_line.rstrip("\r\n").split(spec.delimiter)
        if not spec.header and len(fields) in spec.shapes():
            return spec.name
    names: set[str] = set()
    for spec in SOURCES.values():
        if spec.quoted:
            names |= {c.strip().strip('"') for c in first_line.split(spec.delimiter)}
        else:
            names |= set(first_line.rstrip("\r\n").split(spec.delimiter))
    for spec in SOURCES.values():
        if spec.header and sum(c in names for c in spec.needed) >= len(spec.needed) - 1:
            return spec.name
    return None


def _separated(delimiter: str) -> str:
    """``tab-separated``, ``comma-separated``, ...: how fields are split, in words."""
    named = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}
    return f"{named.get(delimiter, repr(delimiter))}-separated"


@dataclass
class RawReader:
    """Streams raw rows of ``files`` in ``spec``'s layout as Arrow record batches.

    ``columns`` are the layout columns kept (the ones the schema needs, or all).
    After iterating :meth:`batches`, :attr:`problems` lists every problem and
    :attr:`reports` says, per file, how many rows it gave.
    """

    files: list[Path]
    spec: EventSource
    columns: tuple[str, ...]
    problems: list[Problem] = field(default_factory=list)
    reports: list[FileReport] = field(default_factory=list)

    def schema(self) -> Any:
        import pyarrow as pa

        return pa.schema(
            [
                *(pa.field(c, pa.string()) for c in self.columns),
                (FILE, pa.string()),
                (LINE, pa.int64()),
            ]
        )

    def batches(self) -> Iterator[Any]:
        """Yield record batches of every file in turn, with progress on a terminal."""
        with step("reading events", total=len(self.files), unit="files") as progress:
            for path in self.files:
                for name, opener in members(path, self.problems, self.reports):
                    report = FileReport(name)
                    self.reports.append(report)
                    before = len(self.problems)
                    progress.note(name)
                    try:
                        yield from self._rows(name, opener, report)
                    finally:
                        report.problems = len(self.problems) - before
                progress.advance()

    # -- lines and rows -----------------------------------------------------------------

    def _problem(self, name: str, line: int | None, value: str | None, expected: str) -> None:
        self.problems.append(Problem(name, line, None, None, value, expected))

    def _lines(self, name: str, stream: BinaryIO, report: FileReport) -> Iterator[tuple[int, str]]:
        """(line number, decoded text) of every line; undecodable bytes are reported."""
        number = 0
        try:
            for number, raw in enumerate(stream, 1):
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    text = raw.decode("cp1252", errors="replace")
                    self._problem(
                        name,
                        number,
                        _shorten(text.rstrip("\r\n")),
                        "UTF-8 text (the line was read as Windows-1252)",
                    )
                if number == 1:
                    text = text.removeprefix("\ufeff")
                yield number, text
        except _Truncated as exc:
            report.status = "truncated"
            self._problem(
                name,
                number + 1,
                None,
                f"the rest of the file: the {exc.kind} data ends early (truncated download?); "
                f"the {number:,} lines before were read",
            )
        if number == 0 and report.status != "truncated":
            report.status = "empty"
            self._problem(name, None, None, "a file with event rows (the file is empty)")

    def _rows(self, name: str, opener: Any, report: FileReport) -> Iterator[Any]:
        if self._utf16(name, opener, report):
            return
        before = len(self.problems)
        yield from self._all_rows(name, opener, report)
        # rows all refused are listed already; a file without any is said to be so
        if report.status == "read" and report.rows == 0 and len(self.problems) == before:
            report.status = "empty"
            self._problem(
                name,
                None,
                None,
                "a file with event rows (it has "
                + ("only its header)" if self.spec.header else "no rows)"),
            )

    def _utf16(self, name: str, opener: Any, report: FileReport) -> bool:
        """True (and one problem) for a UTF-16 file, which would give a problem a line."""
        stream = opener()
        try:
            start = stream.read(512)
        except _Truncated:
            return False
        finally:
            stream.close()
        nuls = start[:512].count(b"\x00")
        bom = start.startswith((b"\xff\xfe", b"\xfe\xff"))
        if not bom and (not start or nuls * 4 < len(start)):
            return False
        report.status = "wrong format"
        self._problem(
            name,
            None,
            None,
            "UTF-8 text; this file is UTF-16 (as Excel's 'Unicode text' saves): save it "
            "as UTF-8 and read it again",
        )
        return True

    def _all_rows(self, name: str, opener: Any, report: FileReport) -> Iterator[Any]:
        if not self.spec.header and not self.spec.quoted:
            fast = self._fast_batches(name, opener)
            if fast is not None:
                report.rows = sum(b.num_rows for b in fast)
                yield from fast
                return
        stream = opener()
        try:
            lines = self._lines(name, stream, report)
            if self.spec.header:
                records = self._header_records(name, lines, report)
            else:
                records = self._headerless_records(name, lines, report)
            yield from self._batched(name, records, report)
        finally:
            stream.close()

    def _fast_batches(self, name: str, opener: Any) -> list[Any] | None:
        """The file's batches split by Arrow's CSV reader, or None if anything is unusual.

        A file where every line has the layout's field count, in UTF-8, with no empty
        line, is read here at C speed; any other file (a short row, a variant layout, a
        stray byte, a truncated archive, an empty file) is read again line by line, where
        each problem is located and the rest kept.
        """
        import pyarrow as pa
        import pyarrow.csv as pacsv

        spec = self.spec
        names = [f"f{i}" for i in range(len(spec.columns))]
        wanted = [names[spec.columns.index(c)] for c in self.columns]
        unusual: list[Any] = []

        def skip(row: Any) -> str:
            unusual.append(row)
            return "skip"

        schema = self.schema()
        batches = []
        stream = opener()
        try:
            reader = pacsv.open_csv(
                io.BufferedReader(stream, 1 << 20) if isinstance(stream, io.RawIOBase) else stream,
                read_options=pacsv.ReadOptions(column_names=names, block_size=8 << 20),
                parse_options=pacsv.ParseOptions(
                    delimiter=spec.delimiter,
                    quote_char=False,
                    escape_char=False,
                    newlines_in_values=False,
                    ignore_empty_lines=False,
                    invalid_row_handler=skip,
                ),
                convert_options=pacsv.ConvertOptions(
                    column_types={n: pa.string() for n in wanted},
                    include_columns=wanted,
                    null_values=[],
                    strings_can_be_null=False,
                    check_utf8=True,
                ),
            )
            first = 1
            for batch in reader:
                if unusual:
                    return None
                count = batch.num_rows
                arrays = [batch.column(n) for n in wanted]
                if _may_hold_blank_lines(arrays[:2]):
                    return None  # Arrow reads a blank line as a row of empty fields
                arrays.append(pa.array([name] * count, pa.string()))
                arrays.append(pa.array(range(first, first + count), pa.int64()))
                batches.append(pa.RecordBatch.from_arrays(arrays, schema=schema))
                first += count
        except (pa.ArrowException, _Truncated, OSError, ValueError):
            return None
        finally:
            stream.close()
        return None if unusual or not batches else batches

    def _headerless_records(
        self, name: str, lines: Iterator[tuple[int, str]], report: FileReport
    ) -> Iterator[tuple[int, list[str]]]:
        spec = self.spec
        shapes = spec.shapes()
        counts = " or ".join(str(n) for n in sorted(shapes, reverse=True))
        counts += f" {_separated(spec.delimiter)}"
        index = {count: _positions(columns, self.columns) for count, columns in shapes.items()}
        first = True
        for number, text in lines:
            text = text.rstrip("\r\n")
            if not text:
                continue
            fields = text.split(spec.delimiter)
            positions = index.get(len(fields))
            if first and positions is None:
                report.status = "wrong format"
                guess = guess_format(text)
                hint = f"; it looks like format={guess!r}" if guess and guess != spec.name else ""
                self._problem(
                    name,
                    number,
                    _shorten(text),
                    f"{spec.title} rows of {counts} fields (line {number} has "
                    f"{len(fields)}){hint}; the file was skipped",
                )
                return
            first = False
            if positions is None:
                self._problem(
                    name,
                    number,
                    _shorten(text),
                    f"{counts} fields ({spec.title}); found {len(fields)}",
                )
                continue
            yield number, [fields[i] if i >= 0 else "" for i in positions]

    def _header_records(
        self, name: str, lines: Iterator[tuple[int, str]], report: FileReport
    ) -> Iterator[tuple[int, list[str]]]:
        spec = self.spec
        rows: Iterator[tuple[int, list[str]]]
        if spec.quoted:
            rows = _csv_rows(lines, spec.delimiter)
        else:
            rows = ((n, t.rstrip("\r\n").split(spec.delimiter)) for n, t in lines)
        header_line, header = next(((n, h) for n, h in rows if any(h)), (0, None))
        if header is None:
            return
        header = [h.strip() for h in header]
        missing = [c for c in spec.needed if c not in header]
        if missing:
            report.status = "wrong format"
            guess = guess_format(spec.delimiter.join(header))
            hint = f"; it looks like format={guess!r}" if guess and guess != spec.name else ""
            self._problem(
                name,
                header_line,
                _shorten(spec.delimiter.join(header)),
                f"a {spec.title} header with the columns {', '.join(map(repr, missing))}"
                f"{hint}; the file was skipped",
            )
            return
        if self._duplicate_columns(name, header_line, header, report):
            return
        positions = _positions(header, self.columns)
        width = len(header)
        trailing_known = max(i for i, h in enumerate(header) if h in spec.columns) + 1
        for number, fields in rows:
            if not any(f.strip() for f in fields):
                continue
            if len(fields) > width and not any(f.strip() for f in fields[width:]):
                fields = fields[:width]  # excess trailing separators (POLECAT)
            elif trailing_known <= len(fields) < width:
                fields = fields + [""] * (width - len(fields))  # header names with no data
            if len(fields) != width:
                self._problem(
                    name,
                    number,
                    _shorten(spec.delimiter.join(fields)),
                    f"{width} fields as in the header; found {len(fields)}",
                )
                continue
            yield number, [fields[i] if i >= 0 else "" for i in positions]

    def _duplicate_columns(
        self, name: str, line: int, header: list[str], report: FileReport
    ) -> bool:
        """Report each column named twice; True if the file cannot be read for it.

        A column the reader uses, named twice, leaves no way to know which copy holds
        the values, so the file is skipped; a duplicate unused column is only reported.
        """
        first: dict[str, int] = {}
        skip = False
        for number, column in enumerate(header, 1):
            if not column:
                continue
            if column not in first:
                first[column] = number
                continue
            used = column in self.columns
            skip = skip or used
            self.problems.append(
                Problem(
                    name,
                    line,
                    column,
                    number,
                    column,
                    f"each column name once (column {first[column]} is also {column!r})"
                    + ("; the file was skipped" if used else ""),
                )
            )
        if skip:
            report.status = "wrong format"
        return skip

    def _batched(
        self, name: str, records: Iterator[tuple[int, Any]], report: FileReport
    ) -> Iterator[Any]:
        import pyarrow as pa

        schema = self.schema()
        width = len(self.columns)
        columns: list[list[str]] = [[] for _ in range(width)]
        numbers: list[int] = []

        def flush() -> Any:
            arrays = [pa.array(values, pa.string()) for values in columns]
            arrays.append(pa.array([name] * len(numbers), pa.string()))
            arrays.append(pa.array(numbers, pa.int64()))
            batch = pa.RecordBatch.from_arrays(arrays, schema=schema)
            for values in columns:
                values.clear()
            numbers.clear()
            return batch

        for number, values in records:
            for i in range(width):
                columns[i].append(values[i])
            numbers.append(number)
            if len(numbers) >= BATCH_ROWS:
                report.rows += len(numbers)
                yield flush()
        if numbers:
            report.rows += len(numbers)
            yield flush()


def _may_hold_blank_lines(arrays: list[Any]) -> bool:
    """Whether some row has all of ``arrays`` empty, as a blank line read by Arrow has
    (a real row like that only sends the file to the careful reader)."""
    import pyarrow.compute as pc

    if not arrays:
        return False
    empty = pc.equal(arrays[0], "")
    for values in arrays[1:]:
        empty = pc.and_(empty, pc.equal(values, ""))
    return bool(pc.any(empty).as_py())


def _positions(source_columns: Iterable[str], wanted: tuple[str, ...]) -> list[int]:
    """For each wanted column, its position among ``source_columns`` (-1 if absent)."""
    where = {c: i for i, c in enumerate(source_columns)}
    return [where.get(c, -1) for c in wanted]


def _csv_rows(lines: Iterator[tuple[int, str]], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """CSV records with the line each starts on (a quoted cell may span lines)."""
    numbers: list[int] = []

    def texts() -> Iterator[str]:
        for number, text in lines:
            numbers.append(number)
            yield text

    reader = csv.reader(texts(), delimiter=delimiter)
    start = 1
    for record in reader:
        yield (numbers[0] if numbers else start), record
        start = reader.line_num + 1
        numbers.clear()


def _shorten(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"
