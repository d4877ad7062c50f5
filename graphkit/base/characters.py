"""The characters graphkit refuses, strips or escapes, defined once.

Text cells refuse :data:`CONTROL_CHARACTERS`; graph files cannot hold
:data:`XML_ILLEGAL` (XML) or :data:`LONE_SURROGATES` (any UTF-8 file); ids lose
:data:`FORMAT_CHARACTERS`; terminal output escapes :data:`TERMINAL_UNSAFE`.
"""

from __future__ import annotations

import re

__all__ = [
    "CONTROL_CHARACTERS",
    "FORMAT_CHARACTERS",
    "LONE_SURROGATES",
    "NOT_UTF8",
    "TERMINAL_UNSAFE",
    "XML_ILLEGAL",
]

_C0 = "\x00-\x08\x0b\x0c\x0e-\x1f"  # the C0 controls but tab, line feed, carriage return
_C1 = "\x7f-\x9f"  # DEL and the C1 controls
_SURROGATES = "\ud800-\udfff"
_NONCHARACTERS = "\ufffe\uffff"
_INVISIBLE = "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
# zero-width spaces and joiners, line and paragraph separators, bidirectional marks,
# embeddings, overrides and isolates, the byte-order mark

CONTROL_CHARACTERS = re.compile(f"[{_C0}{_C1}{_SURROGATES}{_NONCHARACTERS}]")
"""Characters no text cell may hold: the C0 controls but tab, line feed and carriage
return (NUL, BEL, VT, FF, ESC, ...), DEL and the C1 controls, lone surrogates, and
U+FFFE/U+FFFF. XML 1.0 cannot carry most of them (GraphML and GEXF would be unreadable),
and terminals act on ESC and the C1 controls."""

XML_ILLEGAL = re.compile(f"[{_C0}{_SURROGATES}{_NONCHARACTERS}]")
"""Characters XML 1.0 cannot carry, even escaped: the C0 controls but tab, line feed and
carriage return, lone surrogates, U+FFFE and U+FFFF."""

LONE_SURROGATES = re.compile(f"[{_SURROGATES}]")
"""Halves of a UTF-16 pair standing alone: not text, and no UTF-8 encoder writes them."""

TERMINAL_UNSAFE = re.compile(f"[{_C0}\r{_C1}{_INVISIBLE}]")
"""What a terminal must not receive raw from data: every control character but tab and
line feed (ESC starts ANSI sequences, a carriage return overwrites the line), and the
invisible and bidirectional characters that hide or reorder what is shown."""

NOT_UTF8 = re.compile("[\udc80-\udcff]")
"""A byte that was not UTF-8, as Python's ``surrogateescape`` decoding keeps it."""

FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)
"""The Unicode format characters (category Cf, Unicode 15): zero-width space and joiners,
word joiner, byte-order mark, soft hyphen, bidirectional marks, embeddings, overrides and
isolates, and the like. They are invisible, so two ids differing only by them look the
same; ids lose them."""
