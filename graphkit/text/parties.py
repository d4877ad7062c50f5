"""The parties :func:`~graphkit.text.propose_actors` proposes, gathered from their
mentions: surface forms, labels, documents, first mention and the strongest armed-group
cue; a party named by an acronym in brackets after its full name, and a one-word person
name, joined to the full name."""

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
    "merge_acronyms",
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
        kind, country, basis, sure = cues.kind(name, label, self.armed_cue)
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
    doc = span.doc
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    candidate = doc[end + 1]
    letters = candidate.text.replace(".", "")
    initials = "".join(t.text[0] for t in span if t.text[:1].isupper() and t.text not in JOINERS)
    if letters.isupper() and len(letters) >= 2 and letters == initials.upper():
        return candidate
    return None


def merge_acronyms(
    parties: dict[tuple[str, ...], Party], acronyms: dict[tuple[str, ...], set[tuple[str, ...]]]
) -> dict[tuple[str, ...], Party]:
    """Parties with an acronym introduced in brackets after one full name joined to it."""
    kept = dict(parties)
    for acronym, full_names in acronyms.items():
        if len(full_names) == 1 and acronym in kept and acronym not in full_names:
            (full,) = full_names
            kept[full].absorb(kept.pop(acronym))
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
