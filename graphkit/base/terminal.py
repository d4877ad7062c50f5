"""Text from data printed inert: no escape sequence reaches the terminal."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .characters import TERMINAL_UNSAFE

if TYPE_CHECKING:  # pandas loads only when a table is printed
    import pandas as pd

__all__ = ["inert", "inert_frame", "one_line"]


def inert(text: object) -> str:
    """``text`` with every control, invisible or bidirectional-override character shown as
    an escape (``\\x1b``, ``\\u202e``), so printing it cannot move the cursor, clear the
    screen, set the terminal's title or reorder what is shown. Tabs and newlines stay.

    Examples
    --------
    >>> inert("Turkey\\x1b[2J\\x1b]0;pwned\\x07")
    'Turkey\\\\x1b[2J\\\\x1b]0;pwned\\\\x07'
    >>> inert("HTS\\u202egnp.exe")
    'HTS\\\\u202egnp.exe'
    """

    def escape(match: re.Match) -> str:
        code = ord(match[0])
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return TERMINAL_UNSAFE.sub(escape, str(text))


_LINE_BREAKS = str.maketrans({"\t": "\\t", "\n": "\\n", "\r": "\\r"})


def one_line(text: object) -> str:
    """:func:`inert` text that also keeps to one line: tabs and line breaks are shown as
    ``\\t``, ``\\n`` and ``\\r``, so a value cannot pose as a line of its own in a
    table or a list.

    Examples
    --------
    >>> one_line("Turkey\\nOK: nothing found\\x1b[2J")
    'Turkey\\\\nOK: nothing found\\\\x1b[2J'
    """
    return inert(str(text).translate(_LINE_BREAKS))


def inert_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells, index values and column names are
    :func:`one_line`, ready for ``to_string()``; numbers are left as they are.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"name": ["Iran\\x1b]0;pwned\\x07"]}, index=["iran"])
    >>> print(inert_frame(frame).to_string())
                               name
    iran  Iran\\x1b]0;pwned\\x07
    """

    import pandas as pd

    def safe(value: object) -> object:
        return one_line(value) if isinstance(value, str) else value

    shown = frame.copy()
    for position in range(shown.shape[1]):
        column = shown.iloc[:, position]
        if not pd.api.types.is_numeric_dtype(column.dtype):
            shown.isetitem(position, column.astype(object).map(safe))
    shown.index = (
        shown.index.map(safe)
        if not isinstance(shown.index, pd.MultiIndex)
        else (shown.index.set_levels([level.map(safe) for level in shown.index.levels]))
    )
    shown.columns = [safe(c) for c in shown.columns]
    return shown
