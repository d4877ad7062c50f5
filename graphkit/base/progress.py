"""Progress of long steps (reading, validating, solving, laying out, writing), shown where a
person is watching and nowhere else.

A step reports on standard error when it is a terminal, and in a notebook's output when
running in Jupyter; it stays silent when output goes to a file or a pipe, when the
environment variable ``GRAPHKIT_QUIET`` is set to anything but ``0`` or empty, or inside
:func:`quiet` (the command line's ``--quiet``). Library code opens a step with
:func:`step`; nothing is printed for steps that finish within :data:`SHOW_AFTER` seconds,
so small inputs stay quiet too.

Examples
--------
>>> with step("reading events", total=3, unit="files") as progress:
...     for _ in range(3):
...         progress.advance()
>>> progress.done
3
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from typing import Any, TextIO

from .terminal import inert

__all__ = ["SHOW_AFTER", "Step", "is_quiet", "quiet", "step"]

SHOW_AFTER = 1.0
"""Seconds a step runs before it starts to show; shorter steps print nothing."""

_REFRESH = 0.2
"""Seconds between two updates of the same line."""

_quiet_depth = 0


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence every step inside this block (the command line's ``--quiet``).

    Examples
    --------
    >>> with quiet():
    ...     is_quiet()
    True
    """
    global _quiet_depth
    _quiet_depth += 1
    try:
        yield
    finally:
        _quiet_depth -= 1


def is_quiet() -> bool:
    """True when progress is switched off (:func:`quiet` or ``GRAPHKIT_QUIET``)."""
    return _quiet_depth > 0 or os.environ.get("GRAPHKIT_QUIET", "") not in ("", "0")


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    try:
        ipython = shell.get_ipython()
    except AttributeError:
        return False
    return ipython is not None and "IPKernelApp" in getattr(ipython, "config", {})


def _terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Step:
    """One long step: its description, how far it got, and where it is shown.

    Use :func:`step` to open one. ``advance(n)`` adds to the count, ``note(text)`` sets a
    short status (such as the file being read); the line is redrawn at most every
    0.2 s, once the step has run for :data:`SHOW_AFTER` seconds. ``done`` is the count
    reached.
    """

    def __init__(self, description: str, total: int | None, unit: str, where: str | None):
        self.description = description
        self.total = total
        self.unit = unit
        self.done = 0
        self.status = ""
        self._where = where  # "terminal", "notebook" or None (silent)
        self._start = time.monotonic()
        self._last = 0.0
        self._shown = False
        self._display: Any = None

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more units done."""
        self.done += n
        self._refresh()

    def note(self, status: str) -> None:
        """Show a short status after the count (printed inert, shortened to 60 characters)."""
        status = inert(status)
        self.status = status if len(status) <= 60 else "…" + status[-59:]
        self._refresh()

    def line(self, *, final: bool = False) -> str:
        """The text shown for the step now.

        Examples
        --------
        >>> s = Step("reading", total=4, unit="files", where=None)
        >>> s.advance(2)
        >>> s.line().startswith("reading: 2/4 files (50%)")
        True
        """
        parts = [f"{self.description}: {self.done:,}"]
        if self.total:
            parts.append(f"/{self.total:,} {self.unit} ({100 * self.done / self.total:.0f}%)")
        elif self.unit:
            parts.append(f" {self.unit}")
        if self.status and not final:
            parts.append(f" {self.status}")
        elapsed = time.monotonic() - self._start
        parts.append(f", done in {elapsed:.1f} s" if final else f", {elapsed:.0f} s")
        return "".join(parts)

    def _refresh(self) -> None:
        if self._where is None:
            return
        now = time.monotonic()
        if now - self._start < SHOW_AFTER or now - self._last < _REFRESH:
            return
        self._last = now
        self._show(self.line())

    def _show(self, text: str, *, final: bool = False) -> None:
        self._shown = True
        if self._where == "notebook":
            from IPython.display import display

            if self._display is None:
                self._display = display({"text/plain": text}, raw=True, display_id=True)
            else:
                self._display.update({"text/plain": text}, raw=True)
        else:
            sys.stderr.write("\r\x1b[2K" + text + ("\n" if final else ""))
            sys.stderr.flush()

    def finish(self) -> None:
        """Show the final line, if the step was shown at all."""
        if self._shown:
            self._show(self.line(final=True), final=True)


@contextlib.contextmanager
def step(description: str, *, total: int | None = None, unit: str = "") -> Iterator[Step]:
    """Report the progress of a long step while the block runs.

    Parameters
    ----------
    description : str
        What is being done, in a few words (``"validating relations"``).
    total : int, optional
        How many units there are, when known: the line then shows a percentage.
    unit : str, optional
        What is counted (``"rows"``, ``"files"``).

    Yields
    ------
    Step
        Call ``advance(n)`` as units are done and ``note(text)`` for a status.
    """
    if is_quiet():
        where = None
    elif _in_notebook():
        where = "notebook"
    elif _terminal(sys.stderr):
        where = "terminal"
    else:
        where = None
    progress = Step(description, total, unit, where)
    try:
        yield progress
    finally:
        progress.finish()
