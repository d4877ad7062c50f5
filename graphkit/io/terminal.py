"""Text from data printed inert: no escape sequence reaches the terminal."""

from __future__ import annotations

import re

__all__ = ["inert"]

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 and C1 controls (ESC starts ANSI sequences), DEL
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"  # invisibles, bidi controls
)


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

    return _UNSAFE.sub(escape, str(text))
