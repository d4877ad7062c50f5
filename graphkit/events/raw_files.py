"""Raw event files as streams of Arrow record batches, every row located or reported.

Files are named by path, glob or list; each may be plain text, gzip or a zip archive
(GDELT's ``.export.CSV.zip``), recognised by its first bytes. Lines are split into the
source's columns (tab files on every tab, CSV with quotes), decoded as UTF-8, and sent on
in batches of text columns plus ``_file`` and ``_line``. Nothing is silently lost: a
line with the wrong number of fields, a cell that is not UTF-8 (read as Windows-1252), a
truncated archive, an empty file or a file of another format each becomes a
:class:`~graphkit.Problem` naming the file and line, and the rest is still read.
"""

from __future__ import annotations

import csv
import glob
import io
import os
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..base.errors import DataError, Problem
from ..base.progress import step
from .canonical import FILE, LINE
from .sources import SOURCES, EventSource

__all__ = ["FileReport", "RawReader", "guess_format", "resolve_paths"]

BATCH_ROWS = 65_536
"""Rows per Arrow batch: large enough for the engine, small enough to stream."""

_SHOWN = 200
"""Characters of a bad line quoted in a problem."""

PathsLike = str | os.PathLike | Iterable[str | os.PathLike]


def resolve_paths(paths: PathsLike) -> list[Path]:
    """The files named by a path, a glob or a list of them, in a stable order.

    Raises
    ------
    DataError
        Listing every name that is missing, matches nothing or is a directory.

    Examples
    --------
    >>> resolve_paths("no/such/*.zip")
    Traceback (most recent call last):
    ...
    graphkit.DataError: no/such/*.zip: 1 problem
      no/such/*.zip: expected files matching this pattern (none found)
    """
    names = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    found: list[Path] = []
    problems: list[Problem] = []
    for name in names:
        text = os.fspath(name)
        if glob.has_magic(text):
            matches = sorted(p for p in glob.glob(text) if os.path.isfile(p))
            if not matches:
                problems.append(
                    Problem(
                        text, None, None, None, None, "files matching this pattern (none found)"
                    )
                )
            found.extend(Path(p) for p in matches)
        elif os.path.isdir(text):
            problems.append(
                Problem(
                    text,
                    None,
                    None,
                    None,
                    None,
                    f"an event file, not a directory (to read its files, pass "
                    f"{os.path.join(text, '*')!r})",
                )
            )
        elif not os.path.exists(text):
            problems.append(Problem(text, None, None, None, None, "an existing file"))
        else:
            found.append(Path(text))
    if not names:
        problems.append(Problem("events", None, None, None, None, "at least one file"))
    if problems:
        raise DataError(problems)
    return found


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
class FileReport:
    """What reading one file (or archive member) gave: rows read and problems found."""

    name: str
    rows: int = 0
    problems: int = 0
    status: str = "read"


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
                for name, opener in self._members(path):
                    report = FileReport(name)
                    self.reports.append(report)
                    before = len(self.problems)
                    progress.note(name)
                    try:
                        yield from self._rows(name, opener, report)
                    finally:
                        report.problems = len(self.problems) - before
                progress.advance()

    # -- files and archives -------------------------------------------------------------

    def _problem(self, name: str, line: int | None, value: str | None, expected: str) -> None:
        self.problems.append(Problem(name, line, None, None, value, expected))

    def _members(self, path: Path) -> Iterator[tuple[str, Any]]:
        name = str(path)
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed below, after the members
        except OSError as exc:
            self._problem(name, None, None, f"a readable file ({exc.strerror})")
            self.reports.append(FileReport(name, status="unreadable"))
            return
        with handle:
            magic = handle.read(4)
            if magic.startswith(b"PK"):
                handle.seek(0)
                yield from self._zip_members(name, handle)
                return

        def gzipped() -> Any:
            inflater = _Inflater(open(path, "rb"), wbits=zlib.MAX_WBITS | 16)  # noqa: SIM115
            return _TruncationAware(_Incomplete(inflater), name, "gzip")

        def plain() -> Any:
            return open(path, "rb")

        yield name, gzipped if magic.startswith(b"\x1f\x8b") else plain

    def _zip_members(self, name: str, handle: BinaryIO) -> Iterator[tuple[str, Any]]:
        import zipfile

        try:
            archive = zipfile.ZipFile(handle)
        except zipfile.BadZipFile:
            # No central directory (a download cut short): read the members that start
            # in what is there, up to where the data stops.
            handle.seek(0)
            first_report = len(self.reports)
            try:
                yield from _local_members(name, handle)
            except DataError as exc:
                self.problems.extend(exc.problems)
                self.reports.append(FileReport(name, status="unreadable"))
                return
            # A member cut short is reported where it stops; with every member whole,
            # only the lost directory says the download was cut.
            if all(r.status != "truncated" for r in self.reports[first_report:]):
                self.reports.append(FileReport(name, status="truncated"))
                self._problem(
                    name,
                    None,
                    None,
                    "a zip archive with its central directory at the end (the file ends "
                    "early: truncated download?); the members before it were read whole",
                )
            return
        with archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            if not members:
                self.reports.append(FileReport(name, status="empty"))
                self._problem(name, None, None, "a zip archive with at least one file")
            for member in members:
                label = f"{name}:{member.filename}"
                try:
                    archive.open(member).close()
                except (zipfile.BadZipFile, NotImplementedError, OSError) as exc:
                    self.reports.append(FileReport(label, status="unreadable"))
                    self._problem(label, None, None, f"a readable archive member ({exc})")
                    continue

                def opener(member: Any = member, label: str = label) -> Any:
                    return _TruncationAware(archive.open(member), label, "zip")

                yield label, opener

    # -- lines and rows -----------------------------------------------------------------

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


class _Truncated(Exception):
    def __init__(self, kind: str):
        self.kind = kind


class _TruncationAware(io.RawIOBase):
    """A compressed stream whose early end raises :class:`_Truncated`, not a library error."""

    def __init__(self, stream: Any, name: str, kind: str):
        self._stream = stream
        self._kind = kind
        self.name = name

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self._stream.close()
        super().close()

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._stream.read(len(buffer))
        except (EOFError, zlib.error, OSError) as exc:
            raise _Truncated(self._kind) from exc
        except Exception as exc:  # zipfile.BadZipFile: a CRC or size mismatch at the end
            if type(exc).__name__ == "BadZipFile":
                raise _Truncated(self._kind) from exc
            raise
        buffer[: len(data)] = data
        return len(data)

    def __iter__(self) -> Iterator[bytes]:
        return iter(io.BufferedReader(self, 1 << 20))


def _local_members(name: str, handle: BinaryIO) -> Iterator[tuple[str, Any]]:
    """Members of a zip archive whose central directory is missing, from their local
    headers, one after another: each is inflated up to where its data stops.

    A member whose local header gives no size (written as a stream) is inflated once
    here to find where the next header starts.
    """
    handle.seek(0, os.SEEK_END)
    length = handle.tell()
    position = 0
    found = 0
    while position < length:
        handle.seek(position)
        header = handle.read(30)
        if header[:4] != b"PK\x03\x04":
            break  # the central directory (or what is left of it) starts here
        if len(header) < 30:
            raise DataError(
                [_archive_problem(name, f"a complete zip member header at byte {position:,}")]
            )
        flags, method, _, _, _, size, _, name_length, extra_length = struct.unpack(
            "<HHHHIIIHH", header[6:30]
        )
        member = handle.read(name_length).decode("utf-8", errors="replace")
        handle.read(extra_length)
        start = handle.tell()
        label = f"{name}:{member}"
        if method not in (0, 8):
            raise DataError([_archive_problem(label, f"a zip member (method {method} unknown)")])
        found += 1
        if not member.endswith("/"):
            yield label, _member_opener(handle, start, method, size, label)
        if flags & 0x08 and method == 8:
            end = _deflate_end(handle, start)
            if end is None:
                return  # the member runs to where the data stops
            position = end + _descriptor_length(handle, end)
        elif flags & 0x08:
            return  # a stored stream of unknown size: nothing after it can be found
        else:
            position = start + size
    if not found:
        raise DataError([_archive_problem(name, "a zip archive (the file is damaged)")])


def _archive_problem(name: str, expected: str) -> Problem:
    return Problem(name, None, None, None, None, expected)


def _member_opener(handle: BinaryIO, start: int, method: int, size: int, label: str) -> Any:
    def opener() -> Any:
        handle.seek(start)
        # the archive's handle is shared by its members: closing one must not close it
        if method == 8:
            inner: Any = _Inflater(handle, owns=False)
        else:
            inner = _Stored(handle.read(size), size)
        return _TruncationAware(_Incomplete(inner), label, "zip")

    return opener


def _deflate_end(handle: BinaryIO, start: int) -> int | None:
    """Where the deflate stream starting at ``start`` ends, or None if the data stops."""
    handle.seek(start)
    inflate = zlib.decompressobj(-zlib.MAX_WBITS)
    consumed = start
    while not inflate.eof:
        chunk = handle.read(1 << 16)
        if not chunk:
            return None
        try:
            inflate.decompress(chunk)
        except zlib.error:
            return None
        consumed += len(chunk)
    return consumed - len(inflate.unused_data)


def _descriptor_length(handle: BinaryIO, end: int) -> int:
    """The length of the data descriptor after a streamed member (signature optional)."""
    handle.seek(end)
    return 16 if handle.read(4) == b"PK\x07\x08" else 12


class _Stored(io.RawIOBase):
    """A stored (uncompressed) member's bytes; :attr:`complete` if all of them are there."""

    def __init__(self, data: bytes, size: int):
        self._data = io.BytesIO(data)
        self.complete = len(data) >= size

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)


class _Inflater(io.RawIOBase):
    """Deflate data (raw, or gzip members one after another) inflated as it is read.

    Unlike :mod:`gzip`, which drops what it inflated when the data stops early, this
    hands on every byte there is; :attr:`complete` says whether the stream ended
    properly.
    """

    def __init__(self, handle: BinaryIO, *, wbits: int = -zlib.MAX_WBITS, owns: bool = True):
        self._handle = handle
        self._owns = owns
        self._wbits = wbits
        self._inflate = zlib.decompressobj(wbits)
        self._pending = b""
        self.complete = False

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if self._owns and not self.closed:
            self._handle.close()
        super().close()

    def read(self, size: int = -1) -> bytes:
        while not self._pending:
            if self._inflate.eof:
                if self._wbits < 0:
                    break  # a zip member ends with its deflate stream; the next header follows
                rest = self._inflate.unused_data
                if not rest:
                    rest = self._handle.read(1 << 16)
                    if not rest:
                        break
                self._inflate = zlib.decompressobj(self._wbits)  # the next gzip member
            else:
                rest = self._handle.read(1 << 16)
                if not rest:
                    break
            self._pending = self._inflate.decompress(rest)
        self.complete = self._inflate.eof
        size = len(self._pending) if size is None or size < 0 else size
        data, self._pending = self._pending[:size], self._pending[size:]
        return data


class _Incomplete(io.RawIOBase):
    """Passes data on, then raises EOFError if the deflate stream never reached its end."""

    def __init__(self, stream: Any):
        self._stream = stream

    def close(self) -> None:
        if not self.closed:
            self._stream.close()
        super().close()

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        if not data and not getattr(self._stream, "complete", True):
            raise EOFError("compressed data ends early")
        return data
