"""Parties an article names that the actors table lacks, proposed as new actors for review.

:func:`propose_actors` runs spaCy's named-entity recogniser over the texts, sets aside
every entity the actors table already knows (found by the same matcher
:func:`~graphkit.text.extract_relations` uses: names, aliases, spelling variants, country
names, capitals and demonyms, :mod:`graphkit.text.actor_mentions`) and every entity that
is not a party (dates, numbers, money, works, laws, ...), and returns one row per
remaining party with a suggested id, name, kind and aliases, its mention count and the
first sentence naming it: rows an analyst checks, corrects and appends to ``actors.csv``.

Another name the texts give a party right after naming it is an alias of one proposal:
an acronym in brackets ("Lashkar-e-Taiba (LeT)"), a name in brackets labelled like the
party ("Ansar Allah (the Houthis)"), a name after "known as" or "called"; so is an
acronym used anywhere for the only proposal it abbreviates ("UAE", "United Arab
Emirates") (:mod:`graphkit.text.parties`).

The suggested kind follows spaCy's label and a few cues (each row says which in
``kind_basis``, and ``kind_sure`` is False where the guess needs a look); the cue words are
word lists of ``data/text/cues.csv`` (:mod:`graphkit.text.proposed_kinds`). ``kind_sure``
is True only for readings right at least 95% of the time on the corpus's development
texts (documents and sentences, matched to ``document_actors.csv``: 123 of 124 sure
kinds right when measured for issue 16):

======== =================================================================================
label    suggested kind
======== =================================================================================
PERSON   ``person``; sure only with a title or honorific before the name in some
         mention ("President Joe Biden", "Gen. Haftar"): the small model labels many group
         names PERSON
GPE      ``state`` if the name is a state of the reference table of countries (its code
         goes to ``country``; a territory is a ``region``, an international body an
         ``organisation``); ``province`` if the name ends in Province, Governorate, Oblast,
         District or County; ``region`` if it ends in Region; otherwise ``city`` (a capital
         of that list, or any other place name), flagged, since a capital often stands
         for its state and a place name may be a province
LOC      ``region``, flagged
ORG      ``organisation`` if it names an international body of the reference table;
         ``government`` if the name holds Ministry, Government, Cabinet, Parliament,
         Administration or Regime; ``armed_group`` with a cue (a name word such as
         Brigade, Front, Militia, Army, Forces, or a word beside the name: "Hamas
         *militants*", "the *militia* X", "X, a *rebel group*"); otherwise
         ``organisation``, flagged
NORP     as ORG; only a group named as a noun ("the Kurds", "Alawites") is proposed, not
         an adjective ("Islamist militants", "Sunni factions")
======== =================================================================================
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..base.cells import printable
from .inputs import (
    TextSource,
    actor_matcher,
    actor_table,
    document_names,
    read_texts,
    text_sources,
    typed_frame,
)
from .lexicon import RelationLexicon, default_lexicon
from .parties import (
    JOINERS,
    PROPOSED_LABELS,
    Party,
    alias_after,
    merge_acronyms,
    merge_short_forms,
    merge_short_person_names,
    party_key,
)
from .pipeline import check_pipeline, english_pipeline
from .proposed_kinds import KindCues

__all__ = ["PROPOSAL_COLUMNS", "PROPOSED_LABELS", "propose_actors"]

PROPOSAL_COLUMNS = (
    "id",
    "name",
    "kind",
    "aliases",
    "country",
    "mentions",
    "documents",
    "evidence",
    "start_char",
    "end_char",
    "document",
    "label",
    "kind_basis",
    "kind_sure",
    "ok",
)
"""The columns of a proposals table, in order: the first five are those of ``actors.csv``."""

_ARTICLES = frozenset({"the"})
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
_EDGE_PUNCTUATION = frozenset("\"'\u2018\u2019\u201c\u201d()[],.;:")
_MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod"})


def propose_actors(
    texts: TextSource | Iterable[TextSource],
    *,
    actors: pd.DataFrame | str | os.PathLike,
    nlp: Any = None,
    document: str | Sequence[str | None] | None = None,
    min_mentions: int = 1,
    lexicon: RelationLexicon | None = None,
) -> pd.DataFrame:
    """Propose the parties that texts name but the actors table lacks, as new actors.

    Each text is parsed and its named entities recognised (spaCy). An entity is set aside
    when the actors table already names it, by the matcher
    :func:`~graphkit.text.extract_relations` uses (names, aliases, spelling variants,
    country names, capitals, demonyms): the entity's words are all covered by known names,
    or its head word is. The remaining entities with a label in :data:`PROPOSED_LABELS`
    are cleaned (a leading "the" and a trailing possessive "'s" dropped) and grouped by
    name, case, accents and hyphens set aside; a one-word person name that is the last
    word of exactly one longer person name ("Bashir", "Mohammed al-Bashir") joins it.

    Parameters
    ----------
    texts : str, path, or an iterable of them
        As for :func:`~graphkit.text.extract_relations`: a string is the text of one
        document, a :class:`pathlib.Path` (or a string without spaces naming an existing
        file) a UTF-8 text file.
    actors : pandas.DataFrame or path
        The actors table whose actors are not proposed again (``id``, ``name``, optional
        ``aliases``, ``kind``, ``country``).
    nlp : spacy.language.Language, optional
        A spaCy pipeline with a dependency parser and an entity recogniser (enabled or
        disabled: a disabled one is run here only); spaCy's small English model by
        default (:func:`~graphkit.text.pipeline.english_pipeline`, whose recogniser stays
        disabled for :func:`~graphkit.text.extract_relations`).
    document : str or sequence of str, optional
        The document name of every text, or one per text; file names by default.
    min_mentions : int, default 1
        Propose only parties named at least this many times in all the texts.
    lexicon : RelationLexicon, optional
        Where country names, capitals and demonyms come from; the bundled one by default.

    Returns
    -------
    pandas.DataFrame
        One row per proposed party, columns :data:`PROPOSAL_COLUMNS`: ``id`` (a suggested
        id, lower-case ASCII words joined by ``_``, unique and not an id of the table; a
        state of the reference table gets its ISO 3166 alpha-3 code, the id event data and
        :func:`graphkit.country_actors` give it, unless the table uses that id), ``name``
        (the most frequent surface form; for a state, the reference table's name, the
        text's forms becoming aliases), ``kind`` (a kind of the default
        vocabulary), ``aliases`` (the other surface forms, ``|``-separated), ``country``
        (the ISO code of a proposed state, else empty), ``mentions``, ``documents`` (how
        many texts name it), ``evidence`` (the first sentence naming it), ``start_char``
        and ``end_char`` (that first mention's span in its document), ``document``,
        ``label`` (spaCy's most frequent label for it), ``kind_basis`` (why that kind),
        ``kind_sure`` (False where the kind is a guess to check) and ``ok`` (False: the
        analyst decides). Sorted by mentions, most first, then by name.

    Raises
    ------
    DataError
        For a bad actors table, an unreadable file, or a text that is empty (every
        such text is listed).
    ValueError
        If ``min_mentions`` is not a whole number of at least 1, or ``nlp`` has no
        parser or no entity recogniser.
    MissingDependencyError
        If spaCy or its English model is not installed.

    Notes
    -----
    Named-entity recognition by a small statistical model makes mistakes: it misses
    parties, cuts names short or too long, and mislabels some (a city as a person). The
    table is a list of suggestions to check, which is why ``ok`` starts False. A
    nationality or creed used as an adjective ("Kurdish fighters") is not proposed, nor
    are common-noun parties ("the rebels"). Appending the rows marked ok to
    ``actors.csv`` is the analyst's edit: keep the first five columns.

    Examples
    --------
    >>> import pandas as pd
    >>> actors = pd.DataFrame({"id": ["turkey", "hts"], "name": ["Turkey", "Hayat Tahrir al-Sham"],
    ...                        "kind": ["state", "armed_group"], "aliases": ["", "HTS"],
    ...                        "country": ["TUR", "SYR"]})
    >>> text = ("Turkey backs HTS. Russia's air force struck HTS positions near Idlib, "
    ...         "Vladimir Putin said. Putin met Turkish officials.")
    >>> proposed = propose_actors(text, actors=actors)
    >>> proposed[["id", "name", "kind", "aliases", "mentions"]]
                   id            name    kind aliases  mentions
    0  vladimir_putin  Vladimir Putin  person   Putin         2
    1           idlib           Idlib    city                 1
    2             RUS          Russia   state                 1
    """
    if (
        isinstance(min_mentions, bool)
        or not isinstance(min_mentions, (int, np.integer))
        or min_mentions < 1
    ):
        raise ValueError(
            f"min_mentions= expects a whole number of at least 1, got {min_mentions!r}"
        )
    sources = text_sources(texts)
    names = document_names(sources, document)
    contents = read_texts(sources, names)
    nlp = english_pipeline() if nlp is None else check_pipeline(nlp)
    recognise = _recogniser(nlp)
    table = actor_table(actors)
    lexicon = lexicon or default_lexicon()
    matcher = actor_matcher(table, lexicon, nlp)
    cues = KindCues(lexicon)
    not_parties = (lexicon.cue("job_title_word"), lexicon.cue("event_name_word"))
    parties: dict[tuple[str, ...], Party] = {}
    acronyms: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    contents = [printable(content) for content in contents]  # as extract_relations reads
    docs = [nlp(contents[0])] if len(contents) == 1 else nlp.pipe(contents)
    for position, (doc, name) in enumerate(zip(docs, names, strict=True)):
        doc = recognise(doc)
        mentions, demonyms = matcher.find(doc)
        known = {i for m in mentions for i in range(m.start, m.end)}
        demonym_tokens = set(demonyms)
        for entity in doc.ents:
            span = _party_span(entity, known, demonym_tokens, *not_parties)
            if span is None:
                continue
            key = party_key(span)
            alias = alias_after(span, entity.label_)
            if not key or (alias is not None and any(t.i in known for t in alias)):
                continue  # "Rapid Support Forces (RSF)" where the table knows RSF
            party = parties.setdefault(key, Party())
            party.add(span, entity.label_, position, name, cues)
            if alias is not None:
                acronyms.setdefault(party_key(alias), set()).add(key)
                party.acronyms.add(alias.text)
    joined = merge_short_forms(merge_acronyms(parties, acronyms))
    merged = merge_short_person_names(joined)
    rows = [party.row(cues) for party in merged if party.mentions >= min_mentions]
    rows.sort(key=lambda row: (-row["mentions"], row["name"].casefold(), row["name"]))
    taken = {str(i) for i in table["id"]}
    states = {c.code: c for c in lexicon.countries if c.kind == "state"}
    for row in rows:
        country = states.get(row["country"]) if row["kind"] == "state" else None
        if country is not None and country.code not in taken:
            _as_reference_state(row, country)
            taken.add(country.code)
        else:
            row["id"] = _unique_id(_slug(row["name"]), taken)
    rows.sort(key=lambda row: (-row["mentions"], row["name"].casefold(), row["name"]))
    return typed_frame(rows, PROPOSAL_COLUMNS, _DTYPES)


def _as_reference_state(row: dict, country) -> None:
    """A proposed state as the reference table names it, the id event data and
    :func:`graphkit.country_actors` give it (its ISO 3166 alpha-3 code) and the table's
    name, the text's own forms kept as aliases: "Türkiye" is ``TUR``, Turkey."""
    name = country.names[0]
    forms = [row["name"], *(a for a in row["aliases"].split("|") if a)]
    row["id"] = country.code
    row["name"] = name
    row["aliases"] = "|".join(
        sorted({f for f in forms if f != name}, key=lambda f: (f.casefold(), f))
    )


def _recogniser(nlp: Any):
    """A function that gives a parsed document its named entities: nothing to do if the
    pipeline runs its recogniser, its disabled recogniser run on the document if not."""
    if "ner" in nlp.pipe_names:
        return lambda doc: doc
    names = getattr(nlp, "component_names", ())
    if "ner" in names:
        # run only here, on the already parsed document, so the shared pipeline (and
        # extract_relations' speed) is left as it is
        return nlp.get_pipe("ner")
    raise ValueError(
        "proposing actors needs a pipeline with an entity recogniser ('ner' in "
        f"nlp.component_names); this one has {', '.join(names) or 'no components'}"
    )


def _party_span(
    entity, known: set[int], demonyms: set[int], job_titles: frozenset, events: frozenset
):
    """The entity without a leading "the", a possessive or edge punctuation, if it may
    name a party the table lacks; None if not. ORG entities that are not parties: the start
    of a job title ("National Security Adviser") and events (spaCy's small model often
    labels "the Syrian Civil War" ORG)."""
    if entity.label_ not in PROPOSED_LABELS:
        return None
    start, end = entity.start, entity.end
    doc = entity.doc
    while start < end and (doc[start].lower_ in _ARTICLES or doc[start].text in _EDGE_PUNCTUATION):
        start += 1
    while end > start and (
        doc[end - 1].lower_ in _POSSESSIVES or doc[end - 1].text in _EDGE_PUNCTUATION
    ):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    words = [t.i for t in span if t.text not in JOINERS]
    covered = known | demonyms
    if all(i in covered for i in words) or span.root.i in known:
        return None
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
        return None  # a lower-case "entity" is a common noun the model took for a name
    label = entity.label_
    if label == "NORP" and (span.root.pos_ == "ADJ" or span.root.dep_ in _MODIFIER_DEPS):
        return None  # a nationality or creed as an adjective: "Islamist militants"
    if label in ("ORG", "NORP"):
        after = doc[end] if end < len(doc) else None
        if after is not None and after.lower_ in job_titles and after.text[:1].isupper():
            return None  # the start of a job title: "National Security Adviser"
        if span[-1].lower_ in events:
            return None  # an event: "the Syrian Civil War"
    return span


_NOT_ID = re.compile(r"[^a-z0-9]+")


def _slug(name: str) -> str:
    """A name as an id: ASCII letters and digits in lower case, words joined by ``_``.

    >>> _slug("Hay'at Tahrir al-Sham"), _slug("Türkiye"), _slug("=HYPERLINK()")
    ('hayat_tahrir_al_sham', 'turkiye', 'hyperlink')
    """
    text = unicodedata.normalize("NFKD", name.replace("'", "").replace("\u2019", ""))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return _NOT_ID.sub("_", text).strip("_") or "actor"


def _unique_id(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}_{number}"
    taken.add(candidate)
    return candidate


_DTYPES = {
    "mentions": "int64",
    "documents": "int64",
    "start_char": "int64",
    "end_char": "int64",
    "kind_sure": "bool",
    "ok": "bool",
}
