"""What every text function reads and returns: texts given as strings or files, their
document names, the actors table, the actor matcher (built once per table), and the typed
table of rows."""

from __future__ import annotations

import codecs
import html
import os
import re
import warnings
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from ..base.cells import printable
from ..base.errors import DataError, GraphkitWarning, Problem
from ..base.terminal import one_line
from ..core.vocabulary import default_vocabulary
from ..io.tables import read_actors
from .actor_mentions import ActorMatcher
from .lexicon import RelationLexicon

__all__ = [
    "PIECE",
    "TextSource",
    "actor_matcher",
    "actor_table",
    "blank_markup",
    "decode_text",
    "document_names",
    "has_markup",
    "pieces",
    "read_text",
    "read_texts",
    "text_sources",
    "texts_to_read",
    "typed_frame",
]

TextSource = str | os.PathLike
"""A text: a string is the text itself; a path (or a string without spaces naming an
existing file) is a UTF-8 text file."""


def is_file(item) -> bool:
    """Whether a text names a file: a path, or a string without spaces naming an existing
    file."""
    if isinstance(item, os.PathLike):
        return True
    return (
        isinstance(item, str)
        and item.strip() == item
        and not any(c.isspace() for c in item)
        and (len(item) < 4096 and Path(item).is_file())
    )


def text_sources(texts) -> list[TextSource]:
    """One text or an iterable of them as a list; ``TypeError`` for an item that is
    neither text nor path."""
    if isinstance(texts, (str, os.PathLike)):
        return [texts]
    items = list(texts)
    for position, item in enumerate(items):
        if not isinstance(item, (str, os.PathLike)):
            kind = type(item).__name__
            raise TypeError(f"texts[{position}]: expected a text (str) or a file path, got {kind}")
    return items


def document_names(sources, document) -> list[str | None]:
    """The document name of each text: ``document`` (one for all, or one each), else the
    file name of a file and None for a string."""
    if document is None:
        return [Path(s).name if is_file(s) else None for s in sources]
    if isinstance(document, str):
        return [document] * len(sources)
    names = list(document)
    if len(names) != len(sources):
        raise ValueError(f"document= has {len(names)} names for {len(sources)} texts")
    return names


def read_text(source: TextSource) -> str:
    """A text's content: the string itself, or the file read as UTF-8 (a ``DataError``
    naming the file if it cannot be read: missing, a folder, UTF-16, binary, or a byte
    that is not UTF-8, located by its line)."""
    if not is_file(source):
        return str(source)
    path = Path(source)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(
            [
                Problem(
                    str(path),
                    None,
                    None,
                    None,
                    None,
                    "an existing file (none at this path)"
                    if isinstance(exc, FileNotFoundError)
                    else f"a readable text file ({exc.strerror})",
                )
            ]
        ) from None
    return decode_text(raw, str(path))


def decode_text(raw: bytes, where: str) -> str:
    """Bytes of a text file as UTF-8 text, or a ``DataError`` saying what they are.

    A byte-order mark of UTF-8 is dropped. UTF-16 (with or without its byte-order mark,
    as Windows' Notepad and Excel's "Unicode text" save it) is named as such rather than
    read as an empty text; a file holding NUL bytes or other binary data is named binary;
    a byte that is not UTF-8 is located by its line.

    Examples
    --------
    >>> decode_text("Iran backs Hezbollah.".encode("utf-16-le"), "note.txt")
    Traceback (most recent call last):
    ...
    graphkit.DataError: note.txt: 1 problem
      note.txt: expected UTF-8 text (this file is UTF-16, as Windows' Notepad and Excel's 'Unicode text' save it: save it as UTF-8)
    """  # noqa: E501
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    elif _utf16(raw):
        raise DataError(
            [
                Problem(
                    where,
                    None,
                    None,
                    None,
                    None,
                    "UTF-8 text (this file is UTF-16, as Windows' Notepad and Excel's "
                    "'Unicode text' save it: save it as UTF-8)",
                )
            ]
        )
    nul = raw.find(b"\0")
    if nul >= 0 or _binary(raw):
        at = nul if nul >= 0 else 0
        line = raw[:at].count(b"\n") + 1
        raise DataError(
            [
                Problem(
                    where,
                    line if nul >= 0 else None,
                    None,
                    None,
                    None,
                    "a text file (this one holds binary data"
                    + (": a NUL byte" if nul >= 0 else "")
                    + "; give the text, not a PDF, Word or image file)",
                )
            ]
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(
            [
                Problem(
                    where,
                    line,
                    None,
                    None,
                    raw[exc.start : exc.end + 8].decode("latin-1"),
                    "UTF-8 text (save the file as UTF-8)",
                )
            ]
        ) from None


def _utf16(raw: bytes) -> bool:
    """UTF-16 by its byte-order mark, or by a NUL in every other byte of its start
    (mostly ASCII text, as news text is)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    head = raw[:400]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) >= 0.8 * len(even) or odd.count(0) >= 0.8 * len(odd)


_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0")


def _binary(raw: bytes) -> bool:
    """A PDF, Office document, zip or image, by its first bytes."""
    return raw.startswith(_MAGIC)


_HTML_TAG = re.compile(
    r"<(?:!--.*?--|!DOCTYPE[^>]*|/?(?:html|head|body|p|div|span|br|a|h[1-6]|ul|ol|li|table"
    r"|tr|td|th|b|i|em|strong|img|meta|link|title|section|article|header|footer|nav|main"
    r"|figure|figcaption|blockquote|script|style|noscript|iframe)\b[^>]*)>",
    re.IGNORECASE | re.DOTALL,
)
_HTML_HIDDEN = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_BLOCK = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|tr|td|th|title|section|article|header|footer|blockquote"
    r"|figcaption|ul|ol|table)\b",
    re.IGNORECASE,
)
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


def has_markup(text: str) -> bool:
    """Whether a text holds HTML markup (tags such as ``<p>``, ``<a href=...>``)."""
    return _HTML_TAG.search(text) is not None


def blank_markup(text: str) -> str:
    """``text`` with its HTML tags, comments, scripts and styles replaced by spaces, and
    its character entities by the character they stand for followed by spaces: the
    length and every position stay the same, so spans still point into the original.

    Examples
    --------
    >>> blank_markup("<p>Iran backs <b>Hezbollah</b> &amp; Hamas.</p>")
    '\\n\\n Iran backs    Hezbollah     &     Hamas.\\n\\n  '
    """

    def spaces(match: re.Match) -> str:
        # a block's tag ends a sentence too: its line breaks are kept, or one is put first
        inner = match.group(0)
        breaks = inner.count("\n")
        if breaks < 2 and _HTML_BLOCK.match(inner):
            breaks = 2  # a blank line: the end of a paragraph (every tag is 3 or more long)
        return "\n" * breaks + " " * (len(inner) - breaks)

    def entity(match: re.Match) -> str:
        char = html.unescape(match.group(0))
        if len(char) != 1 or not char.isprintable():
            char = " "
        return char + " " * (len(match.group(0)) - 1)

    text = _HTML_HIDDEN.sub(spaces, text)
    text = _HTML_TAG.sub(spaces, text)
    return _HTML_ENTITY.sub(entity, text)


PIECE = 100_000
"""Characters of text parsed at once: a longer document is parsed in pieces cut at line
breaks (or sentence ends, or spaces), so spaCy's limit of 1,000,000 characters and its
memory (about 1 GB per 100,000 characters) never stop a run."""


def pieces(text: str, limit: int = PIECE) -> list[tuple[int, str]]:
    r"""``text`` cut into ``(offset, piece)`` of at most ``limit`` characters, at the last
    line break before the limit, else the last sentence end or space, else anywhere.

    Examples
    --------
    >>> pieces("One line.\nTwo lines. Three.", limit=14)
    [(0, 'One line.\n'), (10, 'Two lines. '), (21, 'Three.')]
    """
    out = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n") + 1
        if cut <= 0:
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! ")) + 2
        if cut <= 1:
            cut = window.rfind(" ") + 1
        if cut <= 0:
            cut = limit
        out.append((start, text[start : start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out


def actor_table(actors) -> pd.DataFrame:
    """The actors table with ``id`` as a column: a path is read and validated by
    :func:`~graphkit.read_actors`; a DataFrame needs non-empty text ids (a column or the
    index) and gets ``name`` from ``id`` if it has none."""
    if not isinstance(actors, pd.DataFrame):
        return read_actors(actors)
    frame = actors
    if "id" not in frame.columns:
        if frame.index.name not in (None, "id") and "id" not in frame.columns:
            raise DataError(
                [
                    Problem(
                        "actors DataFrame",
                        1,
                        "id",
                        None,
                        None,
                        "actor ids in a column named 'id' or as the index",
                    )
                ]
            )
        frame = frame.rename_axis("id").reset_index()
    problems = []
    for position, value in enumerate(frame["id"]):
        if not isinstance(value, str) or not value.strip():
            problems.append(
                Problem(
                    "actors DataFrame", position + 2, "id", None, str(value), "a non-empty actor id"
                )
            )
    if problems:
        raise DataError(problems)
    if "name" not in frame.columns:
        frame = frame.assign(name=frame["id"])
    return frame


_MATCHERS: OrderedDict[tuple, ActorMatcher] = OrderedDict()


def _plain(values: list) -> list:
    out: list[str | None] = []
    for value in values:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, (list, tuple, set)):
            out.append("|".join(map(str, value)))
        elif value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
            out.append(None)
        else:
            out.append(str(value))
    return out


def actor_matcher(actors, lexicon: RelationLexicon, nlp) -> ActorMatcher:
    """Built once per actors table content, lexicon and pipeline (a few tables kept)."""
    content: tuple
    if isinstance(actors, pd.DataFrame):
        # the table's content as the key (a DataFrame may change between calls); plain
        # lists, as pandas' own hashing costs more than an extraction
        columns = [c for c in ("id", "name", "kind", "aliases", "country") if c in actors.columns]
        content = (
            str(actors.index.name),
            tuple(_plain(actors.index.tolist())),
            tuple(columns),
            tuple(tuple(_plain(actors[c].tolist())) for c in columns),
        )
    else:
        path = Path(actors)
        content = (str(path.resolve()), path.stat().st_mtime_ns if path.exists() else None)
    key = (content, id(lexicon), id(nlp))
    matcher = _MATCHERS.get(key)
    if matcher is None:
        tokenizer = nlp.tokenizer
        table = actor_table(actors)
        kinds = default_vocabulary().actor_kinds
        places = kinds.index[kinds["place"]].tolist()
        matcher = ActorMatcher(
            table, lexicon, lambda text: [t.text for t in tokenizer(text)], places=places
        )
        _MATCHERS[key] = matcher
        while len(_MATCHERS) > 8:
            _MATCHERS.popitem(last=False)
    else:
        _MATCHERS.move_to_end(key)
    return matcher


_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])"
)
"""A terminal escape sequence: CSI (``ESC [ 2 J``, colours), OSC (``ESC ] 0 ; title BEL``)
or a two-character one (``ESC c``)."""


def blank_escape_sequences(text: str) -> str:
    """``text`` with each terminal escape sequence, whole, replaced by spaces (the same
    length, so spans still point into the text as given): ``ESC [ 2 J`` leaves no
    ``[2J`` between two words for the parser to stumble on.

    Examples
    --------
    >>> blank_escape_sequences("Turkey\x1b[2J backs\x1b]0;x\x07 HTS.")
    'Turkey     backs       HTS.'
    """
    if "\x1b" not in text:
        return text
    return _ESCAPE_SEQUENCE.sub(lambda m: " " * len(m[0]), text)


def texts_to_read(sources: list[TextSource], names: list[str | None]) -> list[str]:
    """The texts as extraction reads them, each the length of what was given (so spans
    point into the original): control characters and HTML markup become spaces
    (:func:`~graphkit.base.cells.printable`, :func:`blank_markup`).

    Raises
    ------
    DataError
        Listing every file that cannot be read (missing, UTF-16, binary, not UTF-8),
        before any text is parsed.

    Warns
    -----
    GraphkitWarning
        Naming the texts that are empty or blank (they give no rows) and those whose
        HTML markup was read as spaces.
    """
    problems: list[Problem] = []
    contents: list[str] = []
    empty: list[str] = []
    marked: list[str] = []
    for position, (source, name) in enumerate(zip(sources, names, strict=True)):
        try:
            content = read_text(source)
        except DataError as error:
            problems += error.problems
            contents.append("")
            continue
        where = _where(source, position, name)
        if not content.strip():
            empty.append(where)
        elif has_markup(content):
            content = blank_markup(content)
            marked.append(where)
        contents.append(printable(blank_escape_sequences(content)))
    if problems:
        raise DataError(problems)
    if empty:
        warnings.warn(
            f"{_listed(empty)} {'is' if len(empty) == 1 else 'are'} empty or blank: no "
            "relations from " + ("it" if len(empty) == 1 else "them"),
            GraphkitWarning,
            stacklevel=3,
        )
    if marked:
        warnings.warn(
            f"{_listed(marked)} held HTML markup, read as spaces (spans still point into "
            "the text as given)",
            GraphkitWarning,
            stacklevel=3,
        )
    return contents


def _where(source: TextSource, position: int, name: str | None) -> str:
    where = str(source) if is_file(source) else f"texts[{position}]"
    if name is not None and name != Path(where).name:
        where = f"{where} (document {name!r})"
    return one_line(where)


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:5])
    return shown + (f" and {len(items) - 5} more" if len(items) > 5 else "")


def read_texts(sources: list[TextSource], names: list[str | None]) -> list[str]:
    """The texts, or one DataError listing every file that cannot be read and every text
    that is empty."""
    problems: list[Problem] = []
    contents = []
    for position, (source, name) in enumerate(zip(sources, names, strict=True)):
        try:
            content = read_text(source)
        except DataError as error:
            problems += error.problems
            continue
        if not content.strip():
            where = str(source) if isinstance(source, os.PathLike) else f"texts[{position}]"
            if name is not None and name != Path(where).name:
                where = f"{where} (document {name!r})"
            problems.append(Problem(where, None, None, None, content[:40], "a non-empty text"))
        contents.append(content)
    if problems:
        raise DataError(problems)
    return contents


_TEXT = pd.Series(["text"]).dtype  # pandas' own dtype for text ("str" in pandas 3)


def typed_frame(rows: list[dict], names: Sequence[str], dtypes: dict[str, str]) -> pd.DataFrame:
    """The ``names`` columns of ``rows`` as a DataFrame: NumPy columns of ``dtypes``, the
    others pandas text (empty rows still give every column its type)."""
    columns = {}
    for column in names:
        values = [row[column] for row in rows]
        dtype = dtypes.get(column)
        columns[column] = np.array(values, dtype=dtype) if dtype else pd.array(values, dtype=_TEXT)
    return pd.DataFrame(columns, copy=False)
