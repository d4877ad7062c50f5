"""The parties :func:`~graphkit.text.propose_actors` proposes, gathered from their
mentions: surface forms, labels, documents, first mention and the strongest armed-group
and person cues; a party named by another name right after its full name ("X (Y)", "X,
known as Y"), by its acronym anywhere ("UAE" for "United Arab Emirates"), and a
one-word person name, joined to the full name."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .actor_mentions import normalise
from .proposed_kinds import KindCues

__all__ = [
    "JOINERS",
    "PROPOSED_LABELS",
    "Party",
    "acronym_after",
    "alias_after",
    "merge_acronyms",
    "merge_short_forms",
    "merge_short_person_names",
    "party_key",
]

PROPOSED_LABELS = ("PERSON", "ORG", "NORP", "GPE", "LOC")
"""The spaCy entity labels that can name a party; all others (DATE, CARDINAL, MONEY,
EVENT, LAW, WORK_OF_ART, FAC, PRODUCT, ...) are never proposed."""

JOINERS = frozenset({"-", "\u2010", "\u2011"})
"""Hyphens, which names may have or not ("al-Qaeda", "al Qaeda")."""


def party_key(span) -> tuple[str, ...]:
    """A name as parties are grouped: its normalised words, hyphens set aside."""
    return tuple(normalise(t.text) for t in span if t.text not in JOINERS and normalise(t.text))


@dataclass
class Party:
    """The mentions of one proposed party."""

    forms: Counter = field(default_factory=Counter)
    short_forms: Counter = field(default_factory=Counter)  # joined short names, acronyms
    acronyms: set = field(default_factory=set)  # "(RSF)" after the name, even if no entity
    labels: Counter = field(default_factory=Counter)
    documents: set = field(default_factory=set)
    first: tuple | None = None  # (document position, start_char, end_char, sentence, name)
    armed_cue: tuple[str, bool] | None = None  # the strongest cue seen
    person_cue: str | None = None  # a title or honorific seen before the name
    mentions: int = 0

    def add(self, span, label: str, position: int, name: str | None, cues: KindCues) -> None:
        """Count one mention: ``span`` labelled ``label`` in text ``position`` of
        document ``name``."""
        self.mentions += 1
        self.forms[span.text] += 1
        self.labels[label] += 1
        self.documents.add(position)
        where = (position, span.start_char)
        if self.first is None or where < self.first[:2]:
            self.first = (position, span.start_char, span.end_char, span.sent.text.strip(), name)
        if self.armed_cue is None or not self.armed_cue[1]:
            self.armed_cue = cues.armed_cue(span) or self.armed_cue
        if self.person_cue is None:
            self.person_cue = cues.person_cue(span)

    def absorb(self, other: Party) -> None:
        """Take in the mentions of another party (an acronym, a short name)."""
        self.mentions += other.mentions
        self.short_forms.update(other.forms)
        self.labels.update(other.labels)
        self.documents |= other.documents
        self.acronyms |= other.acronyms
        if other.first is not None and (self.first is None or other.first[:2] < self.first[:2]):
            self.first = other.first
        if self.armed_cue is None or (other.armed_cue is not None and other.armed_cue[1]):
            self.armed_cue = other.armed_cue or self.armed_cue
        self.person_cue = self.person_cue or other.person_cue

    def label(self) -> str:
        """spaCy's most frequent label for the party, ties in the order of
        :data:`PROPOSED_LABELS`."""
        return min(self.labels, key=lambda lab: (-self.labels[lab], PROPOSED_LABELS.index(lab)))

    def row(self, cues: KindCues) -> dict:
        """The party as a row of the proposals table (its ``id`` still empty)."""
        # the most frequent form; among equals the longest, then the first in text order
        forms = sorted(self.forms, key=lambda f: (-self.forms[f], -len(f), f))
        name = forms[0]  # "Khalifa Haftar", even where "Haftar" alone is more frequent
        others = (set(forms[1:]) | set(self.short_forms) | self.acronyms) - {name}
        label = self.label()
        kind, country, basis, sure = cues.kind(name, label, self.armed_cue, self.person_cue)
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


def acronym_after(span):
    """The acronym in brackets right after a name, if its letters are the initials of the
    name's capitalised words: "Group for the Support of Islam and Muslims (GSIM)"."""
    found = alias_after(span)
    return found[0] if found is not None and len(found) == 1 else None


_KNOWN_AS = ("known", "called", "dubbed", "named")


def alias_after(span, label: str = ""):
    """Another name a text gives a party right after naming it, as a span, or None:

    - an acronym in brackets whose letters are the initials of the name's words, in
      order, all or some of them ("Rapid Support Forces (RSF)", "Lashkar-e-Taiba (LeT)",
      "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)");
    - a name in brackets the recogniser labels like the party ("Ansar Allah (the
      Houthis)"), not a place ("Idlib (Syria)");
    - a name after ", known as", ", also known as", ", called", ", dubbed" ("the
      External Security Organization, also known as the Islamic Jihad Organization").
    """
    doc = span.doc
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "(":
        close = next((t.i for t in doc[end + 1 : end + 8] if t.text == ")"), None)
        if close is None:
            return None
        inside = doc[end + 1 : close]
        while len(inside) and inside[0].lower_ == "the":
            inside = inside[1:]
        if len(inside) == 1 and _is_acronym_of(inside[0].text, span):
            return inside
        entities = [e for e in doc.ents if e.start >= inside.start and e.end <= close]
        if (
            len(entities) == 1
            and entities[0].start == inside.start
            and entities[0].end == inside.end
            and entities[0].label_ not in ("GPE", "LOC", "DATE", "CARDINAL")
            and (not label or entities[0].label_ == label)
        ):
            return inside
        return None
    words = [t.lower_ for t in doc[end : end + 4]]
    if words[:1] == [","]:
        at = end + 1
        if at < len(doc) and doc[at].lower_ == "also":
            at += 1
        if at + 1 < len(doc) and doc[at].lower_ in _KNOWN_AS:
            at += 1
            if doc[at].lower_ == "as":
                at += 1
            for entity in doc.ents:
                start = entity.start
                placed = start == at or (start == at + 1 and doc[at].lower_ == "the")
                if placed and entity.label_ not in ("GPE", "LOC", "DATE", "CARDINAL"):
                    while start < entity.end and doc[start].lower_ == "the":
                        start += 1
                    return doc[start : entity.end]
    return None


def _is_acronym_of(text: str, span) -> bool:
    """Whether ``text`` is written in capitals and its letters are initials of the span's
    words, in order, starting with the first ("LeT" for "Lashkar-e-Taiba")."""
    letters = "".join(c for c in text if c.isalpha())
    if len(letters) < 2 or not any(c.isupper() for c in letters) or letters[0].islower():
        return False
    if sum(c.isupper() for c in letters) < len(letters) - 1:
        return False
    initials = [t.text[0].upper() for t in span if t.text not in JOINERS and t.text[:1].isalpha()]
    if not initials or initials[0] != letters[0].upper():
        return False
    position = 0
    for letter in letters.upper():
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True


def merge_short_forms(parties: dict[tuple[str, ...], Party]) -> dict[tuple[str, ...], Party]:
    """A party named by an acronym alone ("UAE") joined to the only longer party whose
    initials it is ("United Arab Emirates"), wherever in the texts the two appear."""
    kept = dict(parties)
    longer = [k for k in kept if len(k) > 1]
    for key in list(kept):
        if len(key) != 1 or key not in kept:
            continue
        forms = set(kept[key].forms)
        if not forms or not all(f.replace(".", "").isupper() for f in forms):
            continue
        letters = key[0].replace(".", "").upper()
        owners = [
            k
            for k in longer
            if k in kept and "".join(w[0] for w in k if w[:1].isalpha()).upper() == letters
        ]
        if len(owners) == 1:
            kept[owners[0]].absorb(kept.pop(key))
    return kept


def merge_acronyms(
    parties: dict[tuple[str, ...], Party], acronyms: dict[tuple[str, ...], set[tuple[str, ...]]]
) -> dict[tuple[str, ...], Party]:
    """Parties named by another name right after one full name (an acronym in brackets,
    "known as") joined to it; chains ("X, known as Y" and "Y (Z)") end in one party."""
    kept = dict(parties)
    into: dict[tuple[str, ...], tuple[str, ...]] = {}

    def final(key):
        seen = set()
        while key in into and key not in seen:
            seen.add(key)
            key = into[key]
        return key

    for acronym in sorted(acronyms):
        full_names = acronyms[acronym]
        if len(full_names) != 1 or acronym in full_names:
            continue
        full = final(next(iter(full_names)))
        alias = final(acronym)
        if alias == full or alias not in kept or full not in kept:
            continue
        kept[full].absorb(kept.pop(alias))
        into[alias] = full
    return kept


def merge_short_person_names(parties: dict[tuple[str, ...], Party]) -> list[Party]:
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
