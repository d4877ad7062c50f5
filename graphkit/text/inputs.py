"""What every text function reads and returns: texts given as strings or files, their
document names, the actors table, the actor matcher (built once per table), and the typed
table of rows."""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from ..base.errors import DataError, Problem
from ..core.vocabulary import default_vocabulary
from ..io.tables import read_actors
from .actor_mentions import ActorMatcher
from .lexicon import RelationLexicon

__all__ = [
    "TextSource",
    "actor_matcher",
    "actor_table",
    "document_names",
    "read_text",
    "read_texts",
    "text_sources",
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
    naming the file, and the line of a byte that is not UTF-8, if it cannot be read)."""
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
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(
            [
                Problem(
                    str(path),
                    line,
                    None,
                    None,
                    raw[exc.start : exc.end + 8].decode("latin-1"),
                    "UTF-8 text",
                )
            ]
        ) from None


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
