"""Relations proposed from text, one row per candidate, for an analyst to review."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from ..base.cells import printable
from ..base.errors import DataError, Problem
from ..base.progress import step
from ..core.dates import parse_date
from ..core.vocabulary import Vocabulary
from .arguments import ArgumentResolver
from .frames import sentence_candidates
from .inputs import (
    TextSource,
    actor_matcher,
    document_names,
    read_text,
    text_sources,
    typed_frame,
)
from .lemmas import LEMMATIZER_KEY, on_demand_lemmatizer
from .lexicon import RelationLexicon, default_lexicon, read_lexicon
from .pipeline import check_pipeline, english_pipeline

__all__ = ["REVIEW_COLUMNS", "extract_relations"]

REVIEW_COLUMNS = (
    "source",
    "relation",
    "target",
    "evidence",
    "start_char",
    "end_char",
    "trigger",
    "confidence",
    "negated",
    "hedged",
    "attributed_to",
    "rule",
    "document",
    "hypothetical",
    "source_mention",
    "target_mention",
    "reported",
    "ok",
)
"""The columns of a review table, in order (DESIGN.md, "Text", plus the analyst's ``ok``)."""

_BOOLEAN = ("negated", "hedged", "hypothetical", "ok")


def extract_relations(
    texts: TextSource | Iterable[TextSource],
    *,
    actors: pd.DataFrame | str | os.PathLike,
    document: str | Sequence[str | None] | None = None,
    reported: str | None = None,
    nlp: Any = None,
    lexicon: RelationLexicon | None = None,
    vocabulary: Vocabulary | None = None,
    specific: bool = False,
    batch_size: int = 64,
) -> pd.DataFrame:
    """Propose the relations a text states between the actors of a table, with evidence.

    Each sentence is parsed (spaCy), the actors it names are found (names, aliases,
    demonyms, capitals; see :mod:`graphkit.text.actor_mentions`), and every trigger of the
    relation lexicon (``data/text/relation_lexicon.csv``) is read with its arguments
    (:mod:`graphkit.text.frames`) and its modality: negated, hypothetical, hedged and who
    said it (:mod:`graphkit.text.modality`).

    Parameters
    ----------
    texts : str, path, or an iterable of them
        A string is the text of one document (an article); a :class:`pathlib.Path` (or a
        string without spaces naming an existing file) is a UTF-8 text file. Documents are
        parsed in batches through ``nlp.pipe``.
    actors : pandas.DataFrame or path
        The actors table: ``id`` (a column or the index), ``name``, and optionally
        ``aliases`` (``|``-separated), ``kind`` and ``country`` (ISO alpha-3, which lets
        demonyms and capitals name a ``state``).
    document : str or sequence of str, optional
        The document name of every text, or one per text; file names by default.
    reported : str, optional
        The date the documents reported (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), copied
        to every row.
    nlp : spacy.language.Language, optional
        Any spaCy pipeline with a dependency parser; by default spaCy's small English
        model, its files checked against the shipped checksums
        (:func:`~graphkit.text.pipeline.english_pipeline`).
    lexicon : RelationLexicon, optional
        From :func:`~graphkit.text.lexicon.read_lexicon`; the bundled one by default.
    vocabulary : Vocabulary, optional
        Only used to validate a lexicon read here; the bundled one by default.
    specific : bool, default False
        Report the lexicon's finer relation type where it has one (``arms``, ``funds``,
        ``attacks``, ``fights``, ``sanctions``, ``threatens``, ``merged_into``,
        ``allied_with``) instead of its family (``backs``, ``opposes``, ``warns``, ...).
    batch_size : int, default 64
        Documents per batch of ``nlp.pipe``.

    Returns
    -------
    pandas.DataFrame
        One row per candidate, columns :data:`REVIEW_COLUMNS`: ``source``, ``relation``,
        ``target`` (actor ids), ``evidence`` (the sentence), ``start_char`` and
        ``end_char`` (the sentence's span in the document), ``trigger`` (the word that
        carried the relation), ``confidence`` (in (0, 1]), ``negated`` (True when the
        sentence does not assert the relation: it denies or ends it, or only supposes,
        plans or wishes it), ``hedged``, ``attributed_to`` (who said it, or empty),
        ``rule`` (the frame and lemma), ``document``, ``hypothetical`` (of the negated
        rows, those only supposed), ``source_mention`` and ``target_mention`` (the words
        that named the actors), ``reported``, and ``ok``: the analyst's choice, True for
        the asserted rows to start with. Rows are in document and sentence order.

    Raises
    ------
    DataError
        For a bad actors table, an unreadable file, or a ``reported`` date that is not a
        date.
    MissingDependencyError
        If spaCy or its English model is not installed (the message names the install
        command).

    Notes
    -----
    Rows with ``negated=True`` are never relations the text asserts; a reader who keeps
    ``review[~review.negated]`` (or ``review[review.ok]``) gets asserted ones only. Pronouns
    are not resolved (except a claimant's own "they"), nor are relations spread over
    several sentences. The defaults favour precision.

    Examples
    --------
    >>> import pandas as pd
    >>> actors = pd.DataFrame({"id": ["turkey", "hts", "iran"],
    ...                        "name": ["Turkey", "Hayat Tahrir al-Sham", "Iran"],
    ...                        "kind": ["state", "armed_group", "state"],
    ...                        "aliases": ["", "HTS", ""], "country": ["TUR", "SYR", "IRN"]})
    >>> text = "Turkish-backed HTS fighters took Hama. Iran has not armed HTS."
    >>> review = extract_relations(text, actors=actors)
    >>> review[["source", "relation", "target", "negated", "trigger"]]
       source relation target  negated trigger
    0  turkey    backs    hts    False  backed
    1    iran    backs    hts     True   armed
    """
    if reported is not None:
        _check_reported(reported)
    sources = text_sources(texts)
    names = document_names(sources, document)
    lexicon = lexicon or (
        default_lexicon() if vocabulary is None else read_lexicon(vocabulary=vocabulary)
    )
    nlp = english_pipeline() if nlp is None else check_pipeline(nlp)
    matcher = actor_matcher(actors, lexicon, nlp)
    lemmatizer = on_demand_lemmatizer(nlp)
    rows: list[dict] = []
    # Control characters (a stray BEL or ESC in a scraped page) become spaces: the parser
    # stumbles over them and no table may hold them; offsets stay the same.
    texts_read = (printable(read_text(source)) for source in sources)
    # one text goes straight through the pipeline: nlp.pipe's batching costs more than it saves
    docs = (
        [nlp(printable(read_text(sources[0])))]
        if len(sources) == 1
        else nlp.pipe(texts_read, batch_size=batch_size)
    )
    with step("extracting relations", total=len(sources), unit="documents") as progress:
        for doc, name in zip(docs, names, strict=True):
            doc.user_data[LEMMATIZER_KEY] = lemmatizer
            rows += _document_rows(doc, name, matcher, lexicon, specific, reported)
            progress.advance()
    return _frame(rows)


def _check_reported(reported: str) -> None:
    try:
        parse_date(str(reported))
    except ValueError:
        raise DataError(
            [
                Problem(
                    "reported",
                    None,
                    None,
                    None,
                    str(reported),
                    "a date as YYYY, YYYY-MM or YYYY-MM-DD",
                )
            ]
        ) from None


def _document_rows(doc, name, matcher, lexicon, specific: bool, reported) -> list[dict]:
    mentions, demonyms = matcher.find(doc)
    if not mentions and not demonyms:
        return []
    resolver = ArgumentResolver(doc, mentions, demonyms, matcher, lexicon)
    named = set(resolver.mention_at) | set(demonyms)
    rows = []
    for sent in doc.sents:
        if not any(i in named for i in range(sent.start, sent.end)):
            continue  # a sentence that names no actor states no relation between actors
        for candidate in sentence_candidates(sent, resolver, lexicon, specific=specific):
            mood = candidate.modality
            negated = mood.negated or mood.hypothetical
            rows.append(
                {
                    "source": candidate.source.actor,
                    "relation": candidate.specific if specific else candidate.relation,
                    "target": candidate.target.actor,
                    "evidence": sent.text.strip(),
                    "start_char": sent.start_char,
                    "end_char": sent.end_char,
                    "trigger": candidate.trigger.text,
                    "confidence": candidate.confidence,
                    "negated": negated,
                    "hedged": mood.hedged,
                    "attributed_to": mood.attributed_to,
                    "rule": candidate.rule,
                    "document": name,
                    "hypothetical": mood.hypothetical,
                    "source_mention": _mention_text(resolver, candidate.source),
                    "target_mention": _mention_text(resolver, candidate.target),
                    "reported": reported,
                    "ok": not negated,
                }
            )
    return rows


def _mention_text(resolver: ArgumentResolver, argument) -> str:
    mention = resolver.mention_at.get(argument.token)
    if mention is not None:
        return mention.text
    return resolver.doc[argument.token].text


_DTYPES = {"start_char": "int64", "end_char": "int64", "confidence": "float64"} | {
    column: "bool" for column in _BOOLEAN
}


def _frame(rows: list[dict]) -> pd.DataFrame:
    return typed_frame(rows, REVIEW_COLUMNS, _DTYPES)
