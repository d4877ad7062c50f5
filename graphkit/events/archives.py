"""Event files and the archives they come in: names to paths, paths to member streams.

Files are named by path, glob or list (:func:`resolve_paths`). Each may be plain text,
gzip or a zip archive (GDELT's ``.export.CSV.zip``), recognised by its first bytes;
:func:`members` gives each file or archive member as a name and a way to open it as a
byte stream. A stream that ends early (a truncated download) raises
:class:`_Truncated` where its data stops, after handing on every byte there is; a
stream whose data is damaged (a zip member or gzip file whose CRC-32 checksum does not
match, or whose deflate data is invalid) raises :class:`_Damaged` (the reader then
keeps none of its rows: garbage cannot be told from data). A zip archive that lost its
central directory is read member by member from its local headers. Members that are
not data (directory entries, macOS's ``__MACOSX/`` folder and ``._`` resource files,
``.DS_Store``) are skipped with a note in the file list; an encrypted member is a
problem saying so. An archive that cannot be read at all, or holds no file, is a
:class:`~graphkit.Problem`, never an error that stops the other files.
"""

from __future__ import annotations

import glob
import io
import os
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..base.errors import DataError, Problem

__all__ = ["FileReport", "PathsLike", "members", "not_data", "resolve_paths"]

PathsLike = str | os.PathLike | Iterable[str | os.PathLike]

Opener = Callable[[], Any]
"""Opens one file or archive member as a fresh byte stream."""


def resolve_paths(paths: PathsLike, notes: list[FileReport] | None = None) -> list[Path]:
    """The files named by a path, a glob or a list of them, in a stable order.

    A name that exists is that file, whatever characters it holds (``events[1].tsv``,
    ``it's "q" [x].parquet``); only a name that does not exist is a glob pattern
    (``*``, ``?``, ``[...]``), matched in sorted order. A file named twice (the same
    name, two names of it, or overlapping patterns) is read once: each repeat is
    added to ``notes`` with the status ``repeated (read once)``.

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
    seen: dict[tuple[int, int], Path] = {}
    problems: list[Problem] = []

    def add(path: Path) -> None:
        stat = path.stat()
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            if notes is not None:
                notes.append(FileReport(str(path), status="repeated (read once)"))
            return
        seen[key] = path
        found.append(path)

    for name in names:
        text = os.fspath(name)
        if os.path.isdir(text):
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
        elif os.path.exists(text):
            add(Path(text))
        elif glob.has_magic(text):
            matches = sorted(p for p in glob.glob(text) if os.path.isfile(p))
            if not matches:
                problems.append(
                    Problem(
                        text, None, None, None, None, "files matching this pattern (none found)"
                    )
                )
            for match in matches:
                add(Path(match))
        else:
            problems.append(Problem(text, None, None, None, None, "an existing file"))
    if not names:
        problems.append(Problem("events", None, None, None, None, "at least one file"))
    if problems:
        raise DataError(problems)
    return found


def not_data(member: str) -> str | None:
    """Why an archive member is not event data (a note), or None if it may be.

    Examples
    --------
    >>> not_data("__MACOSX/._ged191.csv"), not_data("ged191.csv")
    ('macOS metadata, not data (skipped)', None)
    """
    base = member.rstrip("/").rsplit("/", 1)[-1]
    if member.endswith("/"):
        return "a folder entry, not data (skipped)"
    if member.startswith("__MACOSX/") or "/__MACOSX/" in member or base.startswith("._"):
        return "macOS metadata, not data (skipped)"
    if base in (".DS_Store", "Thumbs.db", "desktop.ini"):
        return "a file manager's metadata, not data (skipped)"
    return None


@dataclass
class FileReport:
    """What reading one file (or archive member) gave: rows read and problems found.

    ``status`` is ``read``, ``truncated``, ``damaged``, ``empty``, ``wrong format``,
    ``unreadable``, ``repeated`` (a file given twice, read once) or a note on a member
    skipped as not data (``macOS metadata, not data (skipped)``).
    """

    name: str
    rows: int = 0
    problems: int = 0
    status: str = "read"


def members(
    path: Path, problems: list[Problem], reports: list[FileReport]
) -> Iterator[tuple[str, Opener]]:
    """The file at ``path`` as ``(name, opener)``: itself (plain or gzip), or each
    member of a zip archive (named ``archive.zip:member``).

    A file or member that cannot be opened adds a problem to ``problems`` and a report
    to ``reports`` (where the reader also reports each member it reads) instead.
    """
    name = str(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the members
    except OSError as exc:
        problems.append(_archive_problem(name, f"a readable file ({exc.strerror})"))
        reports.append(FileReport(name, status="unreadable"))
        return
    with handle:
        magic = handle.read(4)
        if magic.startswith(b"PK"):
            handle.seek(0)
            yield from _zip_members(name, handle, problems, reports)
            return

    def gzipped() -> Any:
        inflater = _Inflater(open(path, "rb"), wbits=zlib.MAX_WBITS | 16)  # noqa: SIM115
        return _TruncationAware(_Incomplete(inflater), name, "gzip")

    def plain() -> Any:
        return open(path, "rb")

    yield name, gzipped if magic.startswith(b"\x1f\x8b") else plain


def _zip_members(
    name: str, handle: BinaryIO, problems: list[Problem], reports: list[FileReport]
) -> Iterator[tuple[str, Opener]]:
    import zipfile

    try:
        archive = zipfile.ZipFile(handle)
    except zipfile.BadZipFile:
        # No central directory (a download cut short): read the members that start
        # in what is there, up to where the data stops.
        handle.seek(0)
        first_report = len(reports)
        try:
            yield from _local_members(name, handle)
        except DataError as exc:
            problems.extend(exc.problems)
            reports.append(FileReport(name, status="unreadable"))
            return
        # A member cut short is reported where it stops; with every member whole,
        # only the lost directory says the download was cut.
        if all(r.status != "truncated" for r in reports[first_report:]):
            reports.append(FileReport(name, status="truncated"))
            problems.append(
                _archive_problem(
                    name,
                    "a zip archive with its central directory at the end (the file ends "
                    "early: truncated download?); the members before it were read whole",
                )
            )
        return
    with archive:
        files = []
        for member in archive.infolist():
            note = not_data(member.filename)
            if note is None and not member.is_dir():
                files.append(member)
            else:
                reports.append(FileReport(f"{name}:{member.filename}", status=note or "skipped"))
        if not files:
            reports.append(FileReport(name, status="empty"))
            problems.append(_archive_problem(name, "a zip archive with at least one data file"))
        for member in files:
            label = f"{name}:{member.filename}"
            if member.flag_bits & 0x1:
                reports.append(FileReport(label, status="unreadable"))
                problems.append(
                    _archive_problem(
                        label,
                        "an archive member without a password (this one is encrypted: "
                        "extract it with its password and read the file)",
                    )
                )
                continue
            try:
                archive.open(member).close()
            except (zipfile.BadZipFile, NotImplementedError, OSError, RuntimeError) as exc:
                reports.append(FileReport(label, status="unreadable"))
                problems.append(_archive_problem(label, f"a readable archive member ({exc})"))
                continue

            def opener(member: Any = member, label: str = label) -> Any:
                return _TruncationAware(archive.open(member), label, "zip")

            yield label, opener


class _Truncated(Exception):
    """A compressed stream ends before its data does (a download cut short)."""

    def __init__(self, kind: str):
        self.kind = kind


class _Damaged(Exception):
    """A compressed stream's data is damaged: its checksum does not match, or its
    deflate data is invalid. Nothing read from it can be trusted."""

    def __init__(self, kind: str, reason: str):
        self.kind = kind
        self.reason = reason


class _ChecksumError(Exception):
    """Raised by :class:`_Inflater` and :class:`_Checked` when the CRC-32 differs."""


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
        except EOFError as exc:
            raise _Truncated(self._kind) from exc
        except _ChecksumError as exc:
            raise _Damaged(self._kind, "its data does not match its CRC-32 checksum") from exc
        except zlib.error as exc:
            raise _Damaged(self._kind, f"its compressed data is invalid ({exc})") from exc
        except OSError as exc:
            raise _Truncated(self._kind) from exc
        except Exception as exc:  # zipfile.BadZipFile: a CRC mismatch at the end
            if type(exc).__name__ == "BadZipFile":
                raise _Damaged(self._kind, "its data does not match its CRC-32 checksum") from exc
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
        flags, method, _, _, crc, size, _, name_length, extra_length = struct.unpack(
            "<HHHHIIIHH", header[6:30]
        )
        member = handle.read(name_length).decode("utf-8", errors="replace")
        handle.read(extra_length)
        start = handle.tell()
        label = f"{name}:{member}"
        if method not in (0, 8):
            raise DataError([_archive_problem(label, f"a zip member (method {method} unknown)")])
        found += 1
        if flags & 0x1:
            raise DataError(
                [
                    _archive_problem(
                        label,
                        "an archive member without a password (this one is "
                        "encrypted: extract it with its password and read the file)",
                    )
                ]
            )
        if not_data(member) is None:
            known = None if flags & 0x08 else crc
            yield label, _member_opener(handle, start, method, size, label, known)
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


def _member_opener(
    handle: BinaryIO, start: int, method: int, size: int, label: str, crc: int | None
) -> Any:
    def opener() -> Any:
        handle.seek(start)
        # the archive's handle is shared by its members: closing one must not close it
        if method == 8:
            inner: Any = _Inflater(handle, owns=False)
        else:
            inner = _Stored(handle.read(size), size)
        return _TruncationAware(_Checked(_Incomplete(inner), crc), label, "zip")

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


_OUTPUT = 1 << 20
"""Most bytes inflated at a time."""


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
        # at most a chunk inflated at a time: a small stream of highly compressed data
        # (one line of a gigabyte in a megabyte of gzip) never expands whole in memory
        want = size if size is not None and size > 0 else _OUTPUT
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
                rest = self._inflate.unconsumed_tail or self._handle.read(1 << 16)
                if not rest:
                    break
            # zlib checks each gzip member's CRC-32 and length itself: a zlib.error
            self._pending = self._inflate.decompress(rest, want)
        self.complete = self._inflate.eof
        data, self._pending = self._pending[:want], self._pending[want:]
        return data


class _Checked(io.RawIOBase):
    """Passes data on, then raises :class:`_ChecksumError` at its end if its CRC-32 is
    not ``crc`` (None: not known, as for a member written as a stream)."""

    def __init__(self, stream: Any, crc: int | None):
        self._stream = stream
        self._expected = crc
        self._crc = 0

    def close(self) -> None:
        if not self.closed:
            self._stream.close()
        super().close()

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        if self._expected is not None:
            if data:
                self._crc = zlib.crc32(data, self._crc)
            elif self._crc != self._expected:
                raise _ChecksumError
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
