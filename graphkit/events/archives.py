"""Event files and the archives they come in: names to paths, paths to member streams.

Files are named by path, glob or list (:func:`resolve_paths`). Each may be plain text,
gzip or a zip archive (GDELT's ``.export.CSV.zip``), recognised by its first bytes;
:func:`members` gives each file or archive member as a name and a way to open it as a
byte stream. A stream that ends early (a truncated download) raises
:class:`_Truncated` where its data stops, after handing on every byte there is; a zip
archive that lost its central directory is read member by member from its local
headers. An archive that cannot be read at all, or holds no file, is a
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

__all__ = ["FileReport", "PathsLike", "members", "resolve_paths"]

PathsLike = str | os.PathLike | Iterable[str | os.PathLike]

Opener = Callable[[], Any]
"""Opens one file or archive member as a fresh byte stream."""


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


@dataclass
class FileReport:
    """What reading one file (or archive member) gave: rows read and problems found."""

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
        files = [m for m in archive.infolist() if not m.is_dir()]
        if not files:
            reports.append(FileReport(name, status="empty"))
            problems.append(_archive_problem(name, "a zip archive with at least one file"))
        for member in files:
            label = f"{name}:{member.filename}"
            try:
                archive.open(member).close()
            except (zipfile.BadZipFile, NotImplementedError, OSError) as exc:
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
