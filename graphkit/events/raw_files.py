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

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..base.characters import FORMAT_CHARACTERS
from ..base.errors import Problem
from ..base.progress import step
from .archives import FileReport, _Damaged, _Truncated, members
from .canonical import FILE, LINE
from .line_splitting import (
    RECORD_LIMIT,
    LineBounded,
    TooLong,
    _RecordTooLong,
    csv_records,
    split_lines,
)
from .sources import SOURCES, EventSource

__all__ = ["RawReader", "guess_format"]

BATCH_ROWS = 65_536
"""Rows per Arrow batch: large enough for the engine, small enough to stream."""

_SHOWN = 200
"""Characters of a bad line quoted in a problem."""


def _re2_class(pattern: str) -> str:
    """A Python character class of literal characters and ranges in RE2's spelling."""
    body = pattern.strip("[]")
    return "[" + "".join(c if c == "-" else f"\\x{{{ord(c):x}}}" for c in body) + "]"


_FORMAT_RE2 = _re2_class(FORMAT_CHARACTERS.pattern)
"""Invisible format characters (zero-width space, direction marks, ...), as the actors
table removes them from ids."""


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
        names |= {_folded(c) for c in first_line.rstrip("\r\n").split(spec.delimiter)}
    for spec in SOURCES.values():
        needed = [c for c in spec.needed if c not in spec.optional]
        if spec.header and sum(_folded(c) in names for c in needed) >= len(needed) - 1:
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
    _spellings: dict[str, dict[str, str]] = field(default_factory=dict)

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
                        member = name != str(path)  # of a zip archive
                        for batch in self._rows(name, opener, report, member):
                            yield self._one_spelling(batch)
                    finally:
                        report.problems = len(self.problems) - before
                progress.advance()

    def _one_spelling(self, batch: Any) -> Any:
        """The batch with each actor id, country and role in one spelling.

        Ids are compared as the actors table compares them (:mod:`graphkit.base.cells`):
        without surrounding space or invisible format characters, in Unicode NFC; so they
        are read that way. Spellings that differ only in letter case would be refused
        there as two ids for one actor: the first spelling read is kept for all (by file
        order, then line), and each row read otherwise is a located problem.
        """
        import pyarrow as pa
        import pyarrow.compute as pc

        sides = (self.spec.actors.source, self.spec.actors.target)
        groups = {
            "ids": {s.id for s in sides},
            "countries": {c for s in sides for c in s.countries()},
            "roles": {s.role for s in sides if s.role},
        }
        arrays = list(batch.columns)
        lines = None
        for group, columns in groups.items():
            seen = self._spellings.setdefault(group, {})
            for column in sorted(c for c in columns if c in self.columns):
                index = self.columns.index(column)
                values = pc.utf8_trim_whitespace(
                    pc.replace_substring_regex(arrays[index], _FORMAT_RE2, "")
                )
                values = pc.utf8_normalize(values, form="NFC")
                changed: dict[str, str] = {}
                for value in pc.unique(values).to_pylist():
                    if not value:
                        continue
                    first = seen.setdefault(value.casefold(), value)
                    if first != value:
                        changed[value] = first
                if changed:
                    if lines is None:
                        lines = batch.column(LINE).to_pylist()
                    texts = values.to_pylist()
                    for row, value in enumerate(texts):
                        if value in changed:
                            self.problems.append(
                                Problem(
                                    batch.column(FILE)[row].as_py(),
                                    lines[row],
                                    column,
                                    self.spec.columns.index(column) + 1,
                                    value,
                                    f"the spelling {changed[value]!r} read before (names that "
                                    "differ only in letter case are one actor); read as that",
                                )
                            )
                            texts[row] = changed[value]
                    values = pa.array(texts, pa.string())
                arrays[index] = values
        return pa.RecordBatch.from_arrays(arrays, schema=batch.schema)

    # -- lines and rows -----------------------------------------------------------------

    def _problem(self, name: str, line: int | None, value: str | None, expected: str) -> None:
        self.problems.append(Problem(name, line, None, None, value, expected))

    def _lines(self, name: str, stream: BinaryIO, report: FileReport) -> Iterator[tuple[int, str]]:
        """(line number, decoded text) of every line; undecodable bytes are reported.

        A run of blank lines comes as one text of line breaks (numbered by its first
        line); a line over :data:`RECORD_LIMIT` bytes is one problem and is skipped.
        """
        number = 0
        try:
            for number, raw in split_lines(stream, RECORD_LIMIT):
                if isinstance(raw, TooLong):
                    self._problem(
                        name,
                        number,
                        None,
                        f"a line of at most {RECORD_LIMIT:,} bytes (this one has "
                        f"{raw.length:,}); the line was skipped",
                    )
                    continue
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
        except _Damaged as exc:
            report.status = "damaged"
            self._problem(
                name,
                None,
                None,
                f"undamaged {exc.kind} data: {exc.reason}, so none of its rows were kept "
                "(download it again)",
            )
        if number == 0 and report.status not in ("truncated", "damaged"):
            report.status = "empty"
            self._problem(name, None, None, "a file with event rows (the file is empty)")

    def _rows(self, name: str, opener: Any, report: FileReport, member: bool) -> Iterator[Any]:
        if self._not_text(name, opener, report, member):
            return
        before = len(self.problems)
        yield from self._all_rows(name, opener, report)
        # rows all refused are listed already; a file without any is said to be so
        if report.status == "damaged":
            # the rows already sent are dropped by read_events; the problems of lines
            # read from garbage are no problems of the file: only the damage is
            report.rows = 0
            self.problems[before:] = [
                p for p in self.problems[before:] if p.line is None and p.source == name
            ]
        elif report.status.startswith("read") and report.rows == 0 and len(self.problems) == before:
            report.status = "empty"
            self._problem(
                name,
                None,
                None,
                "a file with event rows (it has "
                + ("only its header)" if self.spec.header else "no rows)"),
            )

    def _not_text(self, name: str, opener: Any, report: FileReport, member: bool) -> bool:
        """True (and one problem) for a UTF-16 file, which would give a problem a line,
        or an archive inside an archive, which is no text."""
        stream = opener()
        try:
            start = stream.read(512)
        except (_Truncated, _Damaged):
            return False
        finally:
            stream.close()
        if member and start.startswith((b"PK\x03\x04", b"\x1f\x8b")):
            report.status = "wrong format"
            self._problem(
                name,
                None,
                None,
                "event rows; this member is itself an archive (zip or gzip): extract it "
                "and read the file inside",
            )
            return True
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
            names_first = int(self._starts_with_names(opener))
            fast = self._fast_batches(name, opener, header_rows=names_first)
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

    def _starts_with_names(self, opener: Any) -> bool:
        """Whether a headerless source's file starts with the codebook's column names
        (as BigQuery exports it, or with GDELT's header-row files prepended)."""
        stream = opener()
        try:
            start = stream.read(1 << 16)
        except (_Truncated, _Damaged, OSError):
            return False
        finally:
            stream.close()
        first = start.split(b"\n", 1)[0].decode("utf-8", errors="replace")
        return self._is_names(first.removeprefix("\ufeff").rstrip("\r"))

    def _is_names(self, text: str) -> bool:
        fields = [_folded(f) for f in text.split(self.spec.delimiter)]
        return any(
            fields == [_folded(c) for c in columns] for columns in self.spec.shapes().values()
        )

    def _fast_batches(self, name: str, opener: Any, header_rows: int = 0) -> list[Any] | None:
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

        schema = self.schema()
        batches = []
        stream = opener()
        try:
            reader = pacsv.open_csv(
                LineBounded(stream, RECORD_LIMIT),
                read_options=pacsv.ReadOptions(
                    column_names=names, block_size=8 << 20, skip_rows=header_rows
                ),
                parse_options=pacsv.ParseOptions(
                    delimiter=spec.delimiter,
                    quote_char=False,
                    escape_char=False,
                    newlines_in_values=False,
                    # no row handler: the first unusual row raises, and the file goes to
                    # the careful reader (a handler keeping rows would cost gigabytes on
                    # a file of blank lines, and one given bytes that are not UTF-8 fails
                    # inside Arrow, printing a traceback)
                    ignore_empty_lines=False,
                ),
                convert_options=pacsv.ConvertOptions(
                    column_types={n: pa.string() for n in wanted},
                    include_columns=wanted,
                    null_values=[],
                    strings_can_be_null=False,
                    check_utf8=True,
                ),
            )
            first = 1 + header_rows
            for batch in reader:
                count = batch.num_rows
                arrays = [batch.column(n) for n in wanted]
                if _may_hold_blank_lines(arrays[:2]):
                    return None  # Arrow reads a blank line as a row of empty fields
                arrays.append(pa.array([name] * count, pa.string()))
                arrays.append(pa.array(range(first, first + count), pa.int64()))
                batches.append(pa.RecordBatch.from_arrays(arrays, schema=schema))
                first += count
        except (pa.ArrowException, _Truncated, _Damaged, _RecordTooLong, OSError, ValueError):
            return None
        finally:
            stream.close()
        return batches or None

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
            if first and self._is_names(text):
                continue  # the codebook's names as a header row: no event
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
        width = 0  # the header's, once read: records of another width over several
        # lines are an unclosed quote (see csv_records)

        def fits(fields: list[str]) -> bool:
            return not width or _fitted(fields, width, trailing_known) is not None

        rows: Iterator[tuple[int, list[str]]]
        if spec.quoted:
            rows = csv_records(lines, spec.delimiter, fits, self._unclosed(name))
        else:
            rows = ((n, t.rstrip("\r\n").split(spec.delimiter)) for n, t in lines)
        header_line, header = next(((n, h) for n, h in rows if any(h)), (0, None))
        if header is None:
            return
        header = _codebook_names(header, spec.columns)
        missing = [c for c in spec.needed if c not in header and c not in spec.optional]
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
        trailing_known = max(i for i, h in enumerate(header) if h in spec.columns) + 1
        width = len(header)
        first = True
        for number, fields in rows:
            if not any(f.strip() for f in fields):
                continue
            if first and _hxl_tags(fields):
                # HDX's copies (ACLED's among them) have a row of HXL hashtags under the
                # header: no event, and no problem (errors="raise" reads the file)
                report.status = f"read; its HXL tag row (line {number}) skipped"
                first = False
                continue
            first = False
            fitted = _fitted(fields, width, trailing_known)
            if fitted is None:
                self._problem(
                    name,
                    number,
                    _shorten(spec.delimiter.join(fields)),
                    f"{width} fields as in the header; found {len(fields)}",
                )
                continue
            yield number, [fitted[i] if i >= 0 else "" for i in positions]

    def _unclosed(self, name: str) -> Callable[[int, str | None, int], None]:
        """What :func:`csv_records` calls for a record it cannot read: a problem."""

        def report(line: int, text: str | None, lines: int) -> None:
            if text is None:
                expected = (
                    f"a record of at most {RECORD_LIMIT:,} bytes (the one starting on this "
                    f"line runs over {lines:,} lines without ending: an unclosed quote?); "
                )
            else:
                expected = (
                    f"a closing quote for the quote opened on this line (the record ran "
                    f"over {lines:,} lines to the wrong number of fields); "
                )
            self._problem(
                name,
                line,
                None if text is None else _shorten(text.rstrip("\r\n")),
                expected + "this line was skipped and the lines after it read on their own",
            )

        return report

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


def _fitted(fields: list[str], width: int, trailing_known: int) -> list[str] | None:
    """A record of ``width`` fields, or None: excess trailing separators (POLECAT) are
    dropped and missing trailing fields the codebook does not name are added empty."""
    if len(fields) == width:
        return fields
    if len(fields) > width and not any(f.strip() for f in fields[width:]):
        return fields[:width]
    if trailing_known <= len(fields) < width:
        return fields + [""] * (width - len(fields))
    return None


def _hxl_tags(fields: list[str]) -> bool:
    """Whether a row is HXL hashtags (``#date+occurred``, ``#adm1+name``), as the
    Humanitarian Data Exchange puts under a header."""
    tags = [f.strip() for f in fields if f.strip()]
    return bool(tags) and all(re.match(r"^#[A-Za-z][\w+]*$", t) for t in tags)


def _codebook_names(header: list[str], columns: tuple[str, ...]) -> list[str]:
    """Header names as the codebook spells them, matched without regard to letter case,
    surrounding space or Unicode form (ACLED's 2016 files write ``EVENT_DATE``);
    names the codebook does not have are kept as written (stripped)."""
    spelled = {_folded(c): c for c in columns}
    return [spelled.get(_folded(h), h.strip()) for h in header]


def _folded(name: str) -> str:
    return unicodedata.normalize("NFC", name.strip().strip('"')).casefold()


def _shorten(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"
