"""Relations proposed from text, one row per candidate, for an analyst to review."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..base.errors import DataError, Problem
from ..base.progress import step
from ..core.dates import parse_date
from ..core.vocabulary import Vocabulary
from .arguments import ArgumentResolver
from .dates import find_dates, relation_date
from .frames import sentence_candidates
from .inputs import (
    PIECE,
    TextSource,
    actor_matcher,
    document_names,
    pieces,
    text_sources,
    texts_to_read,
    typed_frame,
)
from .lemmas import LEMMATIZER_KEY, on_demand_lemmatizer
from .lexicon import RelationLexicon, default_lexicon, read_lexicon
from .modality import NOT_ASSERTED
from .parse_repair import repair_parse
from .pipeline import check_pipeline, english_pipeline

__all__ = ["REVIEW_COLUMNS", "extract_relations"]

REVIEW_COLUMNS = (
    "source",
    "relation",
    "target",
    "code",
    "modality",
    "attributed_to",
    "source_mention",
    "target_mention",
    "evidence",
    "start_char",
    "end_char",
    "trigger",
    "start",
    "date_basis",
    "confidence",
    "rule",
    "document",
    "reported",
    "negated",
    "hedged",
    "hypothetical",
    "ok",
)
"""The columns of a review table, in order (DESIGN.md, "Text (review table)"), then the
first edition's flags, kept for compatibility and derived from ``modality`` (``negated``:
not asserted; ``hypothetical``: planned or hypothetical; ``hedged``: a hedge word or
modal), and the analyst's ``ok``."""

OK_BY_DEFAULT = frozenset({"asserted", "reported"})
"""The modalities whose rows start with ``ok`` True."""

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
    specific: bool = True,
    keep_planned: bool = False,
    batch_size: int = 64,
    n_process: int = 1,
) -> pd.DataFrame:
    """Propose the relations a text states between the actors of a table, with evidence.

    Each sentence is parsed (spaCy), the actors it names are found (names, aliases,
    demonyms, capitals; see :mod:`graphkit.text.actor_mentions`), and every trigger of the
    relation lexicon (``data/text/relation_lexicon.csv``) is read with its arguments
    (:mod:`graphkit.text.frames`) and its modality, scoped to the trigger's clause:
    asserted, reported, planned, hypothetical, ended or denied, and who claims it
    (:mod:`graphkit.text.modality`).

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
    reported : str or sequence of str, optional
        The date the documents reported (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), one for
        all or one per text: copied to every row, the ``start`` of relations whose
        sentence states no date, and what relative dates ("last week") are resolved
        against.
    nlp : spacy.language.Language, optional
        Any spaCy pipeline with a dependency parser; by default spaCy's small English
        model, its files checked against the shipped checksums
        (:func:`~graphkit.text.pipeline.english_pipeline`).
    lexicon : RelationLexicon, optional
        From :func:`~graphkit.text.lexicon.read_lexicon`; the bundled one by default.
    vocabulary : Vocabulary, optional
        Only used to validate a lexicon read here; the bundled one by default.
    specific : bool, default True
        Report the relation types event data uses: the lexicon's finer type where it has
        one (``arms``, ``funds``, ``attacks``, ``fights``, ``sanctions``, ``consults``,
        ``threatens``, ``merged_into``, ``allied_with``, ...), so a relation from text and
        one from GDELT mean the same thing (CAMEO codes go through
        ``gk.event_mapping("cameo")`` in both). False gives the seven families of the
        first edition (``backs``, ``opposes``, ``warns``, ``courts``,
        ``designates_terrorist``, ``leads``, ``member_of``) and drops what none of them
        covers (talks, agreements, appeals).
    keep_planned : bool, default False
        Start planned rows ("will meet", "vowed to wage war") with ``ok`` True, as event
        coders count intentions; by default only asserted and reported rows are.
    batch_size : int, default 64
        Documents per batch of ``nlp.pipe``.
    n_process : int, default 1
        Processes that parse at once (``nlp.pipe(n_process=...)``); -1 for every core.
        The rows are the same whatever the number.

    Returns
    -------
    pandas.DataFrame
        One row per candidate, columns :data:`REVIEW_COLUMNS`:

        - ``source``, ``relation``, ``target``: actor ids and the relation type;
        - ``code``: the CAMEO code of the trigger, where the lexicon gives one;
        - ``modality``: ``asserted``, ``reported``, ``planned``, ``hypothetical``,
          ``ended`` or ``denied`` (:mod:`graphkit.text.modality`);
        - ``attributed_to``: the actor id of the claimant of a reported row or the denier
          of a denied one, empty when the claimant is not in the actors table;
        - ``source_mention``, ``target_mention``: the words that named each actor;
        - ``evidence`` (the sentence), ``start_char`` and ``end_char`` (its span in the
          text as given: ``text[start_char:end_char] == evidence`` where the text has no
          markup or control characters), ``trigger`` (the word that carried the
          relation);
        - ``start`` and ``date_basis``: the date of the relation, as an ISO partial date,
          and where it comes from: ``stated`` (the sentence writes it: "On 2 June 2019",
          "in March 2023"), ``relative`` (the sentence says "last week", "on Tuesday",
          "in July", resolved against ``reported``) or ``reported`` (the sentence states
          none: the document's date); see :mod:`graphkit.text.dates`;
        - ``confidence`` (in (0, 1]), ``rule`` (the frame and lemma), ``document``,
          ``reported``;
        - ``negated`` (not asserted: planned, hypothetical, ended or denied),
          ``hedged`` (a hedge word or modal), ``hypothetical`` (planned or
          hypothetical): the first edition's flags;
        - ``ok``: the analyst's choice, True to start with for asserted and reported
          rows (and planned ones with ``keep_planned``).

        Rows are in document and sentence order.

    Raises
    ------
    DataError
        For a bad actors table, a ``reported`` date that is not a date, and every file
        that cannot be read (missing, UTF-16, binary, not UTF-8), listed before any text
        is parsed.
    MissingDependencyError
        If spaCy or its English model is not installed (the message names the install
        command).

    Warns
    -----
    GraphkitWarning
        Naming the texts that are empty or blank, and those whose HTML markup was read as
        spaces.

    Notes
    -----
    Rows with ``negated=True`` are never relations the text or a claimant asserts; a
    reader who keeps ``review[~review.negated]`` (or ``review[review.ok]``) gets asserted
    and reported ones only. Relations spread over several sentences are not read. The
    defaults favour precision.

    Texts are read whole: control characters and HTML markup become spaces, so
    ``start_char`` and ``end_char`` point into the text as given; a text longer than
    :data:`~graphkit.text.inputs.PIECE` characters is parsed in pieces cut at line
    breaks, its spans shifted back.

    Examples
    --------
    >>> import pandas as pd
    >>> actors = pd.DataFrame({"id": ["turkey", "hts", "iran"],
    ...                        "name": ["Turkey", "Hayat Tahrir al-Sham", "Iran"],
    ...                        "kind": ["state", "armed_group", "state"],
    ...                        "aliases": ["", "HTS", ""], "country": ["TUR", "SYR", "IRN"]})
    >>> text = "Turkish-backed HTS fighters took Hama. Iran has not armed HTS."
    >>> review = extract_relations(text, actors=actors)
    >>> review[["source", "relation", "target", "modality", "trigger"]]
       source relation target  modality trigger
    0  turkey    backs    hts  asserted  backed
    1    iran     arms    hts    denied   armed

    The seven families of the first edition instead of the types event data uses:

    >>> extract_relations(text, actors=actors, specific=False)["relation"].tolist()
    ['backs', 'backs']
    """
    sources = text_sources(texts)
    names = document_names(sources, document)
    dates = _reported_dates(reported, len(sources))
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process == 0:
        raise ValueError(
            f"n_process= expects a whole number (-1 for every core), got {n_process!r}"
        )
    lexicon = lexicon or (
        default_lexicon() if vocabulary is None else read_lexicon(vocabulary=vocabulary)
    )
    nlp = english_pipeline() if nlp is None else check_pipeline(nlp)
    matcher = actor_matcher(actors, lexicon, nlp)
    contents = texts_to_read(sources, names)  # every unreadable file listed before parsing
    # a long document is parsed in pieces (spaCy refuses a text over nlp.max_length, and
    # its memory grows with the text); spans are shifted back into the whole text
    parts = [
        (index, offset, piece)
        for index, content in enumerate(contents)
        for offset, piece in pieces(content, min(PIECE, nlp.max_length))
    ]
    options = _Options(nlp, matcher, lexicon, specific, keep_planned, batch_size)
    processes = _processes(n_process, len(parts))
    with step("extracting relations", total=len(parts), unit="pieces") as progress:
        if processes > 1 and "fork" in multiprocessing.get_all_start_methods():
            rows = _rows_in_processes(parts, names, dates, options, processes, progress)
        else:
            rows = _rows(parts, names, dates, options, progress, n_process=n_process)
    return _frame(rows)


def _processes(n_process: int, parts: int) -> int:
    cores = os.cpu_count() or 1
    wanted = cores if n_process < 0 else n_process
    return max(1, min(wanted, parts))


def _rows(parts, names, dates, options: _Options, progress=None, *, n_process=1) -> list[dict]:
    """The rows of ``parts`` (text index, offset, piece), parsed in this process (or with
    spaCy's own ``n_process`` where processes cannot be forked)."""
    nlp = options.nlp
    if len(parts) == 1 and n_process == 1:
        # one text goes straight through: nlp.pipe's batching costs more than it saves
        docs: Iterable = [nlp(parts[0][2])]
    elif n_process == 1:
        docs = (
            doc
            for group in batches([piece for _, _, piece in parts], options.batch_size)
            for doc in nlp.pipe(group, batch_size=len(group))
        )
    else:  # spaCy's own processes: one batch size, cut to what the longest piece allows
        texts = [piece for _, _, piece in parts]
        longest = max(len(t) for t in texts)
        size = max(1, min(options.batch_size, BATCH_CHARACTERS // max(longest, 1)))
        docs = nlp.pipe(texts, batch_size=size, n_process=n_process)
    lemmatizer = on_demand_lemmatizer(nlp)
    rows: list[dict] = []
    for (index, offset, _), parsed in zip(parts, docs, strict=True):
        # a clause whose verb the parser read as a noun or adjective, parsed again
        doc = repair_parse(parsed, options.matcher, options.lexicon, nlp)
        doc.user_data[LEMMATIZER_KEY] = lemmatizer
        rows += _document_rows(doc, names[index], dates[index], offset, options)
        if progress is not None:
            progress.advance()
    return rows


BATCH_CHARACTERS = 250_000
"""Most characters parsed in one batch of ``nlp.pipe``: a batch's documents are all held
at once (about 0.3 GB per 100,000 characters of text), so a 5 MB text, cut in pieces of
:data:`~graphkit.text.inputs.PIECE` characters, is parsed two pieces at a time, not all
of them (16 GB), while short texts are still batched ``batch_size`` at a time."""


def batches(texts: list[str], batch_size: int) -> Iterator[list[str]]:
    """``texts`` in order, in groups of at most ``batch_size`` texts and at most
    :data:`BATCH_CHARACTERS` characters (a longer text alone).

    Examples
    --------
    >>> [len(g) for g in batches(["a" * 200_000, "b" * 100_000, "c", "d"], 64)]
    [1, 3]
    >>> [len(g) for g in batches(["x"] * 5, 2)]
    [2, 2, 1]
    """
    group: list[str] = []
    size = 0
    for text in texts:
        if group and (len(group) == batch_size or size + len(text) > BATCH_CHARACTERS):
            yield group
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        yield group


# What forked workers read: set before the pool starts, inherited by each worker, so the
# pipeline, the actor matcher and the texts are never pickled.
_WORK: tuple | None = None


def _rows_in_processes(parts, names, dates, options: _Options, processes: int, progress):
    """The rows of ``parts``, parsed and read by ``processes`` forked workers, each taking
    contiguous chunks: the rows come back in the order one process gives them."""
    global _WORK
    chunk = max(1, min(options.batch_size, -(-len(parts) // (processes * 4))))
    ranges = [(start, min(start + chunk, len(parts))) for start in range(0, len(parts), chunk)]
    _WORK = (parts, names, dates, options)
    rows: list[dict] = []
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            for (start, end), found in zip(ranges, pool.imap(_chunk_rows, ranges), strict=True):
                rows += found
                progress.advance(end - start)
    finally:
        _WORK = None
    return rows


def _chunk_rows(bounds: tuple[int, int]) -> list[dict]:
    assert _WORK is not None
    parts, names, dates, options = _WORK
    start, end = bounds
    return _rows(parts[start:end], names, dates, options)


@dataclass(frozen=True)
class _Options:
    nlp: Any
    matcher: Any
    lexicon: RelationLexicon
    specific: bool
    keep_planned: bool
    batch_size: int


def _reported_dates(reported, count: int) -> list[str | None]:
    """One reported date per text: one for all, or a sequence of one each."""
    if reported is None or isinstance(reported, str):
        dates = [reported] * count
    else:
        dates = [None if _missing(d) else str(d) for d in reported]
        if len(dates) != count:
            raise ValueError(f"reported= has {len(dates)} dates for {count} texts")
    problems = []
    for position, date in enumerate(dates):
        if date is None:
            continue
        try:
            parse_date(str(date))
        except ValueError:
            where = "reported" if isinstance(reported, str) else f"reported[{position}]"
            problems.append(
                Problem(where, None, None, None, str(date), "a date as YYYY, YYYY-MM or YYYY-MM-DD")
            )
            if isinstance(reported, str):
                break
    if problems:
        raise DataError(problems)
    return dates


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value == ""


def _refers(sent, resolver) -> bool:
    """Whether a sentence that names no actor refers to one: a pronoun or a description
    that coreference resolves to an actor named before ("Both States agreed", "They also
    targeted ...", "The group attacked ...")."""
    coreference = resolver.coreference
    return any(coreference.is_candidate(token) and coreference.resolve(token) for token in sent)


def _document_rows(doc, name, reported, offset: int, options: _Options) -> list[dict]:
    """The rows of one parsed text (or piece of a text starting at ``offset``)."""
    matcher, lexicon, specific = options.matcher, options.lexicon, options.specific
    mentions, demonyms = matcher.find(doc)
    if not mentions and not demonyms:
        return []
    resolver = ArgumentResolver(doc, mentions, demonyms, matcher, lexicon)
    named = set(resolver.mention_at) | set(demonyms)
    names_at = frozenset(resolver.mention_at)
    ok_modalities = OK_BY_DEFAULT | ({"planned"} if options.keep_planned else set())
    rows = []
    for sent in doc.sents:
        if not any(i in named for i in range(sent.start, sent.end)) and not _refers(sent, resolver):
            continue  # a sentence that names no actor states no relation between actors
        candidates = sentence_candidates(sent, resolver, lexicon, specific=specific)
        # the sentence without the spaces around it, its span exactly the evidence's
        evidence = sent.text.strip()
        begin = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        dates = find_dates(sent, reported, skip=names_at) if candidates else []
        for candidate in candidates:
            mood = candidate.modality
            start, basis = relation_date(candidate.trigger, dates, reported)
            label = mood.label
            source, target = candidate.source.actor, candidate.target.actor
            rows.append(
                {
                    "source": source,
                    "relation": candidate.specific if specific else candidate.relation,
                    "target": target,
                    "code": _text(getattr(candidate, "code", "")),
                    "modality": label,
                    "attributed_to": _claimant(resolver, mood),
                    "source_mention": _mention_text(resolver, candidate.source),
                    "target_mention": _mention_text(resolver, candidate.target),
                    "evidence": evidence,
                    "start_char": offset + begin,
                    "end_char": offset + begin + len(evidence),
                    "trigger": candidate.trigger.text,
                    "start": start,
                    "date_basis": basis,
                    "confidence": candidate.confidence,
                    "rule": candidate.rule,
                    "document": name,
                    "reported": reported,
                    "negated": label in NOT_ASSERTED,
                    "hedged": mood.hedged,
                    "hypothetical": label in ("planned", "hypothetical"),
                    "ok": label in ok_modalities,
                }
            )
    return rows


def _text(value) -> str | None:
    return str(value) if value not in (None, "") else None


def _claimant(resolver: ArgumentResolver, mood) -> str | None:
    """The actor id of the claimant (or denier) of a modality, if the table has it."""
    if mood.claimant is None:
        return None
    token = resolver.doc[mood.claimant]
    found = resolver.resolve(token)
    if found:
        return found[0].actor
    # a claimant named inside a longer phrase: "a *UN* report", "reports from *UN* experts"
    for word in token.subtree:
        if word.dep_ in ("relcl", "acl") and word != token:
            break
        mention = resolver.mention_at.get(word.i)
        if mention is not None:
            return mention.actor
        state = resolver.voice_of_state(word)
        if state is not None:
            return state.actor
    return None


def _mention_text(resolver: ArgumentResolver, argument) -> str:
    """The words that named an argument's actor, with how they were resolved when the
    frames say so ("it -> the militia")."""
    for name in ("mention", "words", "text"):
        words = getattr(argument, name, None)
        if isinstance(words, str) and words:
            return words
    mention = resolver.mention_at.get(argument.token)
    if mention is not None:
        return mention.text
    return resolver.doc[argument.token].text


_DTYPES = {"start_char": "int64", "end_char": "int64", "confidence": "float64"} | {
    column: "bool" for column in _BOOLEAN
}


def _frame(rows: list[dict]) -> pd.DataFrame:
    return typed_frame(rows, REVIEW_COLUMNS, _DTYPES)
