"""Parties an article names that the actors table lacks, proposed as new actors for review.

:func:`propose_actors` runs spaCy's named-entity recogniser over the texts, sets aside
every entity the actors table already knows (found by the same matcher
:func:`~graphkit.text.extract_relations` uses: names, aliases, spelling variants, country
names, capitals and demonyms, :mod:`graphkit.text.actor_mentions`) and every entity that
is not a party (dates, numbers, money, works, laws, ...), and returns one row per
remaining party with a suggested id, name, kind and aliases, its mention count and the
first sentence naming it: rows an analyst checks, corrects and appends to ``actors.csv``.

The suggested kind follows spaCy's label and a few cues (each row says which in
``kind_basis``, and ``kind_sure`` is False where the guess needs a look):

======== =================================================================================
label    suggested kind
======== =================================================================================
PERSON   ``person``
GPE      ``state`` if the name is a country of ``data/text/countries.csv`` (its code goes
         to ``country``); ``province`` if the name ends in Province, Governorate, Oblast,
         District or County; ``region`` if it ends in Region; otherwise ``city`` (a capital
         of that list, or any other place name), flagged, since a capital often stands
         for its state and a place name may be a province
LOC      ``region``
ORG      ``government`` if the name holds Ministry, Government, Cabinet, Parliament,
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
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..base.cells import printable
from ..base.errors import DataError, Problem
from .actor_mentions import normalise
from .extraction import (
    TextSource,
    _actors,
    _document_names,
    _matcher,
    _read,
    _sources,
    typed_frame,
)
from .lexicon import RelationLexicon, default_lexicon
from .pipeline import check_pipeline, english_pipeline

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

PROPOSED_LABELS = ("PERSON", "ORG", "NORP", "GPE", "LOC")
"""The spaCy entity labels that can name a party; all others (DATE, CARDINAL, MONEY,
EVENT, LAW, WORK_OF_ART, FAC, PRODUCT, ...) are never proposed."""

_ARTICLES = frozenset({"the"})
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
_EDGE_PUNCTUATION = frozenset("\"'\u2018\u2019\u201c\u201d()[],.;:")
_JOINERS = frozenset({"-", "\u2010", "\u2011"})

# ORG entities that are not parties: the start of a job title ("National Security
# Adviser") and events (spaCy's small model often labels "the Syrian Civil War" ORG)
_TITLES = frozenset(
    {
        "adviser",
        "advisor",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "chief",
        "envoy",
        "commander",
    }
)
_EVENT_WORDS = frozenset(
    {
        "war",
        "revolution",
        "uprising",
        "crisis",
        "conflict",
        "offensive",
        "intifada",
        "spring",
        "agreement",
        "accord",
        "accords",
        "treaty",
        "summit",
        "talks",
        "conference",
        "process",
    }
)
_GOVERNMENT_WORDS = frozenset(
    {"ministry", "government", "cabinet", "parliament", "administration", "regime"}
)
_ARMED_NAME_WORDS = frozenset(
    {
        "brigade",
        "brigades",
        "battalion",
        "battalions",
        "militia",
        "militias",
        "front",
        "legion",
        "mujahideen",
        "jihad",
        "army",
        "forces",
        "guards",
        "guard",
        "liberation",
    }
)
_ARMED_CONTEXT_WORDS = frozenset(
    {
        "militia",
        "militias",
        "militiamen",
        "rebel",
        "rebels",
        "fighter",
        "fighters",
        "militant",
        "militants",
        "insurgent",
        "insurgents",
        "insurgency",
        "jihadist",
        "jihadists",
        "guerrilla",
        "guerrillas",
        "paramilitary",
        "paramilitaries",
        "gunmen",
    }
)
_GROUP_NOUNS = frozenset({"group", "groups", "organisation", "organization", "movement"})
_ARMED_ADJECTIVES = frozenset(
    {"armed", "rebel", "militant", "jihadist", "insurgent", "terrorist", "paramilitary"}
)
_PROVINCE_WORDS = ("province", "governorate", "oblast", "district", "county")


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
        id, lower-case ASCII words joined by ``_``, unique and not an id of the table),
        ``name`` (the most frequent surface form), ``kind`` (a kind of the default
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
    >>> proposed = propose_actors(text, actors=actors)  # doctest: +SKIP
    >>> proposed[["id", "name", "kind", "aliases", "mentions"]]  # doctest: +SKIP
                   id            name    kind aliases  mentions
    0  vladimir_putin  Vladimir Putin  person   Putin         2
    1           idlib           Idlib    city                 1
    2          russia          Russia   state                 1
    """
    if (
        isinstance(min_mentions, bool)
        or not isinstance(min_mentions, (int, np.integer))
        or min_mentions < 1
    ):
        raise ValueError(
            f"min_mentions= expects a whole number of at least 1, got {min_mentions!r}"
        )
    sources = _sources(texts)
    names = _document_names(sources, document)
    contents = _read_all(sources, names)
    nlp = english_pipeline() if nlp is None else check_pipeline(nlp)
    recognise = _recogniser(nlp)
    table = _actors(actors)
    matcher = _matcher(table, lexicon or default_lexicon(), nlp)
    countries = _country_names(lexicon or default_lexicon())
    parties: dict[tuple[str, ...], _Party] = {}
    acronyms: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    contents = [printable(content) for content in contents]  # as extract_relations reads
    docs = [nlp(contents[0])] if len(contents) == 1 else nlp.pipe(contents)
    for position, (doc, name) in enumerate(zip(docs, names, strict=True)):
        doc = recognise(doc)
        mentions, demonyms = matcher.find(doc)
        known = {i for m in mentions for i in range(m.start, m.end)}
        demonym_tokens = set(demonyms)
        for entity in doc.ents:
            span = _party_span(entity, known, demonym_tokens)
            if span is None:
                continue
            key = _key(span)
            acronym = _acronym_after(span)
            if not key or (acronym is not None and acronym.i in known):
                continue  # "Rapid Support Forces (RSF)" where the table knows RSF
            party = parties.setdefault(key, _Party())
            party.add(span, entity.label_, position, name)
            if acronym is not None:
                acronyms.setdefault((normalise(acronym.text),), set()).add(key)
                party.acronyms.add(acronym.text)
    joined = _merge_acronyms(parties, acronyms)
    merged = _merge_short_person_names(joined)
    rows = [party.row(countries) for party in merged if party.mentions >= min_mentions]
    rows.sort(key=lambda row: (-row["mentions"], row["name"].casefold(), row["name"]))
    taken = {str(i) for i in table["id"]}
    for row in rows:
        row["id"] = _unique_id(_slug(row["name"]), taken)
    return typed_frame(rows, PROPOSAL_COLUMNS, _DTYPES)


def _read_all(sources: list[TextSource], names: list[str | None]) -> list[str]:
    """The texts, or one DataError listing every file that cannot be read and every text
    that is empty."""
    problems: list[Problem] = []
    contents = []
    for position, (source, name) in enumerate(zip(sources, names, strict=True)):
        try:
            content = _read(source)
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


def _party_span(entity, known: set[int], demonyms: set[int]):
    """The entity without a leading "the", a possessive or edge punctuation, if it may
    name a party the table lacks; None if not."""
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
    words = [t.i for t in span if t.text not in _JOINERS]
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
        if after is not None and after.lower_ in _TITLES and after.text[:1].isupper():
            return None  # the start of a job title: "National Security Adviser"
        if span[-1].lower_ in _EVENT_WORDS:
            return None  # an event: "the Syrian Civil War"
    return span


_MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod"})


def _key(span) -> tuple[str, ...]:
    return tuple(normalise(t.text) for t in span if t.text not in _JOINERS and normalise(t.text))


@dataclass
class _Party:
    forms: Counter = field(default_factory=Counter)
    short_forms: Counter = field(default_factory=Counter)  # joined short names, acronyms
    acronyms: set = field(default_factory=set)  # "(RSF)" after the name, even if no entity
    labels: Counter = field(default_factory=Counter)
    documents: set = field(default_factory=set)
    first: tuple | None = None  # (document position, start_char, end_char, sentence, name)
    armed_cue: tuple[str, bool] | None = None  # the strongest cue seen
    mentions: int = 0

    def add(self, span, label: str, position: int, name: str | None) -> None:
        self.mentions += 1
        self.forms[span.text] += 1
        self.labels[label] += 1
        self.documents.add(position)
        where = (position, span.start_char)
        if self.first is None or where < self.first[:2]:
            self.first = (position, span.start_char, span.end_char, span.sent.text.strip(), name)
        if self.armed_cue is None or not self.armed_cue[1]:
            self.armed_cue = _armed_cue(span) or self.armed_cue

    def absorb(self, other: _Party) -> None:
        self.mentions += other.mentions
        self.short_forms.update(other.forms)
        self.labels.update(other.labels)
        self.documents |= other.documents
        self.acronyms |= other.acronyms
        if other.first is not None and (self.first is None or other.first[:2] < self.first[:2]):
            self.first = other.first
        if self.armed_cue is None or (other.armed_cue is not None and other.armed_cue[1]):
            self.armed_cue = other.armed_cue or self.armed_cue

    def label(self) -> str:
        return min(self.labels, key=lambda lab: (-self.labels[lab], PROPOSED_LABELS.index(lab)))

    def row(self, countries: dict[str, tuple[str, str]]) -> dict:
        # the most frequent form; among equals the longest, then the first in text order
        forms = sorted(self.forms, key=lambda f: (-self.forms[f], -len(f), f))
        name = forms[0]  # "Khalifa Haftar", even where "Haftar" alone is more frequent
        others = (set(forms[1:]) | set(self.short_forms) | self.acronyms) - {name}
        label = self.label()
        kind, country, basis, sure = _kind(name, label, self.armed_cue, countries)
        assert self.first is not None
        _, start_char, end_char, sentence, document = self.first
        return {
            "id": "",
            "name": name,
            "kind": kind,
            "aliases": "|".join(sorted(others, key=lambda f: (f.casefold(), f))),
            "country": country,
            "mentions": self.mentions,
            "documents": len(self.documents),
            "evidence": sentence,
            "start_char": start_char,
            "end_char": end_char,
            "document": document,
            "label": label,
            "kind_basis": basis,
            "kind_sure": sure,
            "ok": False,
        }


def _armed_cue(span) -> tuple[str, bool] | None:
    """A word in or beside the name that says the party is armed, and whether it is a
    strong cue (a name word, "armed group") or a weak one ("X fighters"); None if none."""
    for token in span:
        if token.lower_ in _ARMED_NAME_WORDS:
            return f"'{token.text}' in the name", True
    root = span.root
    inside = {t.i for t in span}
    neighbours = []
    if root.dep_ in ("compound", "amod", "nmod", "appos", "poss", "npadvmod"):
        neighbours.append(root.head)  # "Hamas militants", "the militia X"
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        neighbours.append(root.head.head)  # "fighters of X"
    for child in root.children:
        if child.i not in inside and child.dep_ in ("compound", "amod", "appos", "nmod"):
            neighbours.extend(t for t in child.subtree if abs(t.i - root.i) <= 8)
    if root.dep_ == "appos":
        neighbours.extend(t for t in root.head.subtree if abs(t.i - root.i) <= 8)
    weak = None
    for token in neighbours:
        if token.i in inside:
            continue
        adjectives = [c for c in token.children if c.lower_ in _ARMED_ADJECTIVES]
        if token.lower_ in _GROUP_NOUNS and adjectives:
            return f"'{adjectives[0].text} {token.text}' beside the name", True
        if weak is None and token.lower_ in _ARMED_CONTEXT_WORDS:
            weak = f"'{token.text}' beside the name"
    return (weak, False) if weak is not None else None


def _kind(
    name: str,
    label: str,
    cue: tuple[str, bool] | None,
    countries: dict[str, tuple[str, str]],
) -> tuple[str, str, str, bool]:
    """(kind, country code, why, sure) for a party named ``name`` with spaCy label
    ``label`` and armed-group cue ``cue``."""
    words = name.split()
    last = normalise(words[-1]) if words else ""
    lowered = {normalise(w) for w in words}
    found = countries.get(normalise(name))
    if found is not None and found[1] == "name":
        return "state", found[0], f"{label}, a country name of countries.csv ({found[0]})", True
    if cue is not None and cue[1] and label != "ORG":
        # "the M23 rebel group" (GPE), "armed group Al Shabaab" (PERSON): the model's label
        # is less likely than the words around the name
        return "armed_group", "", f"spaCy {label}, but an armed-group cue: {cue[0]}", False
    if label == "PERSON":
        return "person", "", "spaCy PERSON", True
    if found is not None:
        if found[1] == "capital":
            return (
                "city",
                found[0],
                f"{label}, capital of {found[0]} in countries.csv: a city, but news often names "
                "the state by its capital (then make it an alias of that state)",
                False,
            )
        return (
            "government",
            found[0],
            f"{label}, seat of government of {found[0]} in countries.csv (or make it an "
            "alias of that state)",
            False,
        )
    if label == "GPE":
        if last in _PROVINCE_WORDS:
            return "province", "", f"GPE named '... {words[-1]}'", True
        if last == "region":
            return "region", "", "GPE named '... Region'", True
        return (
            "city",
            "",
            "GPE, not a country of countries.csv: a city assumed (could be a province or region)",
            False,
        )
    if label == "LOC":
        return "region", "", "spaCy LOC (a place that is not a country or city)", True
    if lowered & _GOVERNMENT_WORDS:
        return "government", "", f"{label} with a government word in the name", True
    if cue is not None:
        return "armed_group", "", f"{label} with an armed-group cue: {cue[0]}", True
    return (
        "organisation",
        "",
        f"{label} without an armed-group cue: an organisation assumed",
        False,
    )


def _country_names(lexicon: RelationLexicon) -> dict[str, tuple[str, str]]:
    """Normalised country names, capitals and other seats of government -> (country code,
    "name", "capital" or "seat"): the first of a country's ``capitals`` is its capital
    city, the others (``White House``, ``Pentagon``) seats of its government."""
    found: dict[str, tuple[str, str]] = {}
    for country in lexicon.countries:
        for position, capital in enumerate(country.capitals):
            found.setdefault(normalise(capital), (country.code, "seat" if position else "capital"))
    for country in lexicon.countries:
        for name in country.names:
            found[normalise(name)] = (country.code, "name")
    return found


def _acronym_after(span):
    """The acronym in brackets right after a name, if its letters are the initials of the
    name's capitalised words: "Group for the Support of Islam and Muslims (GSIM)"."""
    doc = span.doc
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    candidate = doc[end + 1]
    letters = candidate.text.replace(".", "")
    initials = "".join(t.text[0] for t in span if t.text[:1].isupper() and t.text not in _JOINERS)
    if letters.isupper() and len(letters) >= 2 and letters == initials.upper():
        return candidate
    return None


def _merge_acronyms(
    parties: dict[tuple[str, ...], _Party], acronyms: dict[tuple[str, ...], set[tuple[str, ...]]]
) -> dict[tuple[str, ...], _Party]:
    """Parties with an acronym introduced in brackets after one full name joined to it."""
    kept = dict(parties)
    for acronym, full_names in acronyms.items():
        if len(full_names) == 1 and acronym in kept and acronym not in full_names:
            (full,) = full_names
            kept[full].absorb(kept.pop(acronym))
    return kept


def _merge_short_person_names(parties: dict[tuple[str, ...], _Party]) -> list[_Party]:
    """Parties in first-mention order, a one-word person name joined to the only longer
    person name ending with that word."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for key, party in parties.items():
        if len(key) > 1 and party.label() == "PERSON":
            by_last.setdefault(key[-1], []).append(key)
    absorbed = set()
    for key, party in parties.items():
        if len(key) == 1 and party.label() == "PERSON":
            longer = by_last.get(key[0], [])
            if len(longer) == 1:
                parties[longer[0]].absorb(party)
                absorbed.add(key)
    kept = [party for key, party in parties.items() if key not in absorbed]
    return sorted(kept, key=lambda party: party.first[:2] if party.first else (0, 0))


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
