"""Writing output files whole or not at all, one file or several together.

Every file graphkit writes is first written to a temporary file beside its target,
named ``.NAME.PID.RANDOM.tmp`` (PID: the writing process), flushed to disk, and only then
renamed over the target, so a reader never sees half a file and a failed run leaves the
previous file as it was. A process killed while writing (``kill -9``, a power cut)
leaves its temporary file behind; the next write of the same target removes such
leftovers whose process no longer runs. :func:`atomic_files` does the same for several
files at once: none of them is replaced unless all were written. A full disk is reported
as such, naming the file, and leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["FileGroup", "atomic_files", "atomic_write", "remove_stale_temporaries"]

_LEGACY_AGE = 3600.0
"""Seconds after which a temporary file of graphkit 0.1 (no PID in its name) is stale."""

_NO_SPACE = (errno.ENOSPC, errno.EDQUOT)


def _mode_for(path: Path) -> int:
    """The existing file's permissions, else what a plain open() would give (umask)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it runs
        return True
    return True


def remove_stale_temporaries(path: str | os.PathLike) -> list[Path]:
    """Remove temporary files a killed graphkit process left beside ``path``.

    Only graphkit's own pattern is touched: ``.NAME.PID.RANDOM.tmp`` whose process
    ``PID`` no longer runs on this machine, and ``.NAME.RANDOM.tmp`` (graphkit 0.1, no
    PID) older than an hour. Returns the files removed.

    Notes
    -----
    On a folder shared between machines, a process id from another machine may be
    taken for one that has ended; do not let two machines write the same file at once.

    Examples
    --------
    >>> import tempfile, pathlib, subprocess, sys
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
    ...                        capture_output=True, text=True).stdout.strip()
    >>> (folder / f".page.html.{ended}.x1y2z3.tmp").write_text("half a page")
    11
    >>> [p.name for p in remove_stale_temporaries(folder / "page.html")] == [
    ...     f".page.html.{ended}.x1y2z3.tmp"]
    True
    """
    path = Path(path)
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.(?:(\d+)\.)?[A-Za-z0-9_]+\.tmp$")
    removed = []
    try:
        candidates = list(path.parent.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    now = time.time()
    for candidate in candidates:
        match = pattern.match(candidate.name)
        if match is None:
            continue
        pid = match[1]
        try:
            if pid is not None:
                stale = not _running(int(pid))
            else:
                stale = now - candidate.stat().st_mtime > _LEGACY_AGE
            if stale and candidate.is_file():
                candidate.unlink()
                removed.append(candidate)
        except FileNotFoundError:  # removed by someone else meanwhile
            continue
    return removed


def _no_space(exc: OSError, paths: list[Path]) -> OSError:
    names = ", ".join(str(p) for p in paths)
    kept = "the previous file is kept" if len(paths) == 1 else "the previous files are kept"
    return OSError(
        exc.errno,
        f"no space left on the device to write {names}; nothing was written ({kept}); "
        "free some space or write elsewhere",
    )


def _regular_target(path: Path) -> Path:
    """The regular file to replace for ``path``.

    A symbolic link is followed, so the file it points to gets the new content (renaming
    over the link would silently cut it off from the file it shares); a device, pipe or
    socket is refused, since renaming over it would replace, say, ``/dev/null`` itself.
    """
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file() and not path.is_dir():
        raise OSError(
            errno.EINVAL,
            f"{path} is not a regular file (a device, pipe or socket): graphkit writes "
            "its outputs to regular files only; choose another path",
        )
    return path


class _Pending:
    """One temporary file written and flushed, waiting to be renamed over its target."""

    def __init__(self, path: Path):
        path = _regular_target(path)
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(path)
        fd, name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"
        )
        self.fd: int | None = fd
        self.temporary = Path(name)

    @contextlib.contextmanager
    def open(self, mode: str, **open_kwargs) -> Iterator[IO]:
        if "b" not in mode:
            open_kwargs.setdefault("encoding", "utf-8")
            open_kwargs.setdefault("newline", "")
        assert self.fd is not None
        fd, self.fd = self.fd, None
        with os.fdopen(fd, mode, **open_kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())  # the data is on disk before the name points to it
        os.chmod(self.temporary, _mode_for(self.path))

    def commit(self) -> None:
        os.replace(self.temporary, self.path)

    def discard(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.temporary)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", **open_kwargs) -> Iterator[IO]:
    """Open a temporary file beside ``path`` and move it into place only on success.

    If the block raises, the temporary file is removed and any existing file at
    ``path`` is left untouched, so a failed run never leaves a half-written output.
    Parent folders are created, and stale temporary files of killed runs removed
    (:func:`remove_stale_temporaries`). Text is UTF-8 with newlines as written.

    Raises
    ------
    OSError
        As raised by the system; when the disk is full, one that says so and names the
        file (errno ``ENOSPC``), after removing the temporary file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "sub" / "out.txt"
    >>> with atomic_write(target) as f:
    ...     _ = f.write("done")
    >>> target.read_text()
    'done'
    """
    path = Path(path)
    pending = _Pending(path)
    try:
        with pending.open(mode, **open_kwargs) as handle:
            yield handle
        pending.commit()
    except OSError as exc:
        pending.discard()
        if exc.errno in _NO_SPACE:
            raise _no_space(exc, [path]) from exc
        raise
    except BaseException:
        pending.discard()
        raise


class FileGroup:
    """Files written together by :func:`atomic_files`; ``open(path)`` adds one."""

    def __init__(self) -> None:
        self._pending: list[_Pending] = []

    @contextlib.contextmanager
    def open(self, path: str | os.PathLike, mode: str = "w", **open_kwargs) -> Iterator[IO]:
        """Open the temporary file for ``path``; it replaces ``path`` only when every
        file of the group has been written."""
        pending = _Pending(Path(path))
        self._pending.append(pending)
        with pending.open(mode, **open_kwargs) as handle:
            yield handle

    @property
    def paths(self) -> list[Path]:
        """The targets, in the order they were opened."""
        return [p.path for p in self._pending]

    def _commit(self) -> None:
        done: list[Path] = []
        for pending in self._pending:
            try:
                pending.commit()
            except OSError as exc:
                self._discard()
                left = [str(p.path) for p in self._pending if p.path not in done]
                raise OSError(
                    exc.errno,
                    f"could not put {pending.path} in place ({exc.strerror}); "
                    f"replaced: {', '.join(map(str, done)) or 'none'}; "
                    f"not written: {', '.join(left)}",
                ) from exc
            done.append(pending.path)

    def _discard(self) -> None:
        for pending in self._pending:
            pending.discard()


@contextlib.contextmanager
def atomic_files() -> Iterator[FileGroup]:
    """Write several files all or nothing.

    Each file opened with ``group.open(path)`` is written to a temporary file beside its
    target; when the block ends without error, all are renamed into place (renames in
    one folder need no space and do not fail on a full disk). If the block raises, no
    target is touched and every temporary file is removed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> try:
    ...     with atomic_files() as group:
    ...         with group.open(folder / "a.csv") as f:
    ...             _ = f.write("a\\n")
    ...         raise RuntimeError("the second table failed")
    ... except RuntimeError:
    ...     pass
    >>> list(folder.iterdir())
    []
    >>> with atomic_files() as group:
    ...     for name in ("a.csv", "b.csv"):
    ...         with group.open(folder / name) as f:
    ...             _ = f.write(name)
    >>> sorted(p.name for p in folder.iterdir())
    ['a.csv', 'b.csv']
    """
    group = FileGroup()
    try:
        yield group
    except OSError as exc:
        group._discard()
        if exc.errno in _NO_SPACE:
            raise _no_space(exc, group.paths) from exc
        raise
    except BaseException:
        group._discard()
        raise
    group._commit()
