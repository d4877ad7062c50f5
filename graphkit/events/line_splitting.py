"""Lines and CSV records of a byte stream, never holding an over-long line whole.

The event readers (:mod:`~graphkit.events.raw_files`) split every file or archive member
into lines here: a run of blank lines is one item, a line longer than
:data:`RECORD_LIMIT` is a :class:`TooLong` holding only its length, and a CSV record
whose quote is never closed costs one row, not the rest of the file. Reading therefore
costs what the rows kept cost, not what a file expands to.
"""

from __future__ import annotations

import collections
import csv
import io
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from ..base.cells import FIELD_LIMIT

__all__ = [
    "CHUNK",
    "RECORD_LIMIT",
    "LineBounded",
    "TooLong",
    "csv_records",
    "split_lines",
]

CHUNK = 1 << 20
"""Bytes read from a stream at a time."""

RECORD_LIMIT = FIELD_LIMIT // 2
"""Most bytes a line (or a CSV record over several lines) may hold: 512 KiB, half the
most characters a table's field may hold (:data:`graphkit.base.cells.FIELD_LIMIT`), so
no value read, nor a description made of it (``ACLED actor ...``), is refused later by
the actors table; real records hold a few kilobytes. A longer line is one located
problem and is never held whole in memory: reading costs what the rows kept cost, not
what a file expands to."""

CHUNK = 1 << 20
"""Bytes read from a stream at a time."""


class TooLong:
    """A line longer than :data:`RECORD_LIMIT`, skipped: only its length is kept."""

    __slots__ = ("length",)

    def __init__(self, length: int):
        self.length = length


class _RecordTooLong(Exception):
    """A CSV record grows past :data:`RECORD_LIMIT` (an unclosed quote, or a huge field)."""


class LineBounded(io.RawIOBase):
    """A stream that raises :class:`_RecordTooLong` once a line runs over ``limit``
    bytes or blank lines come, so the fast reader hands such a file to the careful one
    at once (Arrow's CSV reader would gather the whole line, block by block, or make a
    row of each blank line)."""

    def __init__(self, stream: Any, limit: int):
        self._stream = stream
        self._limit = limit
        self._run = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        import numpy as np

        data = self._stream.read(min(len(buffer), CHUNK))
        # Arrow reads a blank line as a row, and a file of them at C speed costs
        # gigabytes: blank lines, like long ones, are left to the careful reader (checked
        # first: the positions of a chunk of line breaks would take 8 bytes each)
        if b"\n\n" in data or b"\n\r\n" in data:
            raise _RecordTooLong
        breaks = np.flatnonzero(np.frombuffer(data, np.uint8) == 10)
        if len(breaks):
            # the longest line: the one running on from the last chunk, or one inside
            longest = max(self._run + int(breaks[0]), int(np.diff(breaks).max(initial=0)))
            self._run = len(data) - int(breaks[-1]) - 1
        else:
            longest = self._run = self._run + len(data)
        if max(longest, self._run) > self._limit:
            raise _RecordTooLong
        buffer[: len(data)] = data
        return len(data)


def split_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | TooLong]]:
    """``(first line number, bytes)`` of each line of ``stream``, with its line break.

    A run of blank lines is one item of line breaks only; a line longer than ``limit``
    is a :class:`TooLong` (its bytes are read and dropped, never held whole).
    """
    buffer, position, number, ended = b"", 0, 1, False
    while True:
        if buffer[position : position + 1] in (b"\n", b"\r"):
            end = len(buffer) - len(buffer[position:].lstrip(b"\r\n"))
            end = position + len(buffer[position:end].rstrip(b"\r"))  # a CR with no LF
            if end > position:
                run = buffer[position:end]
                yield number, run
                number += run.count(b"\n")
                position = end
                continue
        end = buffer.find(b"\n", position)
        if end >= 0:
            line = end + 1 - position
            yield number, buffer[position : end + 1] if line <= limit else TooLong(line)
            number += 1
            position = end + 1
            continue
        rest = len(buffer) - position
        if rest > limit:
            length, buffer, position = rest, b"", 0
            while not ended:
                chunk = stream.read(CHUNK)
                if not chunk:
                    ended = True
                    break
                end = chunk.find(b"\n")
                if end >= 0:
                    length += end + 1
                    buffer = chunk[end + 1 :]
                    break
                length += len(chunk)
            yield number, TooLong(length)
            number += 1
            continue
        if ended:
            if rest:
                yield number, buffer[position:]
            return
        chunk = stream.read(CHUNK)
        if not chunk:
            ended = True
            continue
        buffer, position = buffer[position:] + chunk, 0


def csv_records(
    lines: Iterator[tuple[int, str]],
    delimiter: str,
    fits: Callable[[list[str]], bool],
    unreadable: Callable[[int, str | None, int], None],
) -> Iterator[tuple[int, list[str]]]:
    """CSV records with the line each starts on (a quoted value may span lines).

    A quote that is never closed would swallow every later line into one value. So a
    record over several lines that does not ``fit`` (the wrong number of fields), or
    that grows past :data:`RECORD_LIMIT` bytes, is handed to ``unreadable(line, text,
    lines)`` (text None for the second) and its first line skipped; the lines after it
    are read again on their own, so one stray quote costs one row, not the rest of the
    file.
    """
    pending: collections.deque[tuple[int, str]] = collections.deque()
    record: list[tuple[int, str]] = []

    def texts() -> Iterator[str]:
        size = 0
        while True:
            following = pending.popleft() if pending else next(lines, None)
            if following is None:
                return
            item = following
            if not record:
                size = 0
            record.append(item)
            size += len(item[1])
            if size > RECORD_LIMIT and len(record) > 1:
                raise _RecordTooLong
            yield item[1]

    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, 2 * RECORD_LIMIT))
    try:
        while True:
            reader = csv.reader(texts(), delimiter=delimiter)
            try:
                for fields in reader:
                    if len(record) > 1 and not fits(fields):
                        unreadable(record[0][0], record[0][1], len(record))
                        break
                    yield record[0][0], fields
                    record.clear()
                else:
                    return
            except _RecordTooLong:
                unreadable(record[0][0], None, len(record))
            # read again, on their own, the lines after the record's first
            pending.extendleft(reversed(record[1:]))
            record.clear()
    finally:
        csv.field_size_limit(previous)
