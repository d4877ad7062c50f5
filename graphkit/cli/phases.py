"""Progress of a command's long phases, and the checks of where it writes.

A phase (reading and checking, the centrality table, solving the camps, drawing) is one
call that reports nothing while it runs; :func:`phase` shows its elapsed time on an
interactive terminal once it has run for a second (``graphkit.progress``), and nothing
when output is redirected or ``--quiet`` is given. Steps that count their own progress
(writing a graph file, implied relations) show their own line.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..base.progress import Step, is_quiet

__all__ = ["check_not_an_input", "check_output", "phase"]

_TICK = 0.2


class _UsageError(Exception):
    """Arguments that do not fit together: exit code 2, like argparse's own errors."""


class _Phase(Step):
    """A step whose line is its description and the seconds it has run."""

    def __init__(self, description: str, where: str | None):
        super().__init__(description, None, "", where)
        self.began = time.monotonic()

    def line(self, *, final: bool = False) -> str:
        seconds = time.monotonic() - self.began
        if final:
            return f"{self.description}: done in {seconds:.1f} s"
        return f"{self.description}… {seconds:.0f} s"


def _where() -> str | None:
    if is_quiet():
        return None
    try:
        return "terminal" if sys.stderr.isatty() else None
    except (AttributeError, ValueError):
        return None


@contextlib.contextmanager
def phase(description: str) -> Iterator[None]:
    """Show ``description`` and the time it has taken while the block runs (on a
    terminal, after a second; silent otherwise).

    Examples
    --------
    >>> with phase("solving camps"):
    ...     pass
    """
    where = _where()
    if where is None:
        yield
        return
    progress = _Phase(description, where)
    stop = threading.Event()

    def tick() -> None:
        while not stop.wait(_TICK):
            progress.advance(0)

    ticker = threading.Thread(target=tick, daemon=True)
    ticker.start()
    try:
        yield
    finally:
        stop.set()
        ticker.join()
        progress.finish()


def check_output(
    path: Path, suffixes: dict[str, str], what: str, inputs: Iterable[Path | None] = ()
) -> None:
    """Refuse an output path whose extension is not one of ``suffixes`` (extension ->
    format name), that is a folder, or that is one of the command's ``inputs``
    (:func:`check_not_an_input`): :class:`_UsageError`.

    Examples
    --------
    >>> check_output(Path("page.txt"), {".html": "HTML", ".htm": "HTML"}, "the page")
    Traceback (most recent call last):
    ...
    graphkit.cli.phases._UsageError: the page is written as HTML: give -o a file name ending in \
.html or .htm, not 'page.txt'
    """
    if path.is_dir():
        raise _UsageError(f"{str(path)!r} is a folder; give -o a file name for {what}")
    if path.suffix.lower() not in suffixes:
        formats = sorted(set(suffixes.values()))
        endings = sorted(suffixes, key=list(suffixes).index)
        listed = ", ".join(endings[:-1]) + f" or {endings[-1]}" if len(endings) > 1 else endings[0]
        raise _UsageError(
            f"{what} is written as {' or '.join(formats)}: give -o a file name ending in "
            f"{listed}, not {str(path)!r}"
        )
    check_not_an_input(path, inputs)


def check_not_an_input(
    output: Path, inputs: Iterable[Path | None], option: str = "-o", what: str = "file name"
) -> None:
    """Refuse an output path that names one of the command's input files (followed
    through links and ``..``): writing it would destroy the input. :class:`_UsageError`
    naming the ``option`` that gave the path.

    Examples
    --------
    >>> check_not_an_input(Path("out/page.html"), [Path("actors.csv"), None])
    >>> check_not_an_input(Path("t/actors.csv"), [Path("t/actors.csv")], "--tables", "folder")
    Traceback (most recent call last):
    ...
    graphkit.cli.phases._UsageError: --tables 't/actors.csv' is an input of this command; give another folder
    """  # noqa: E501
    target = output.resolve()
    for source in inputs:
        if source is not None and source.resolve() == target:
            raise _UsageError(
                f"{option} {str(output)!r} is an input of this command; give another {what}"
            )
