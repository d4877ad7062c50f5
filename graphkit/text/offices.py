"""Offices and bodies that act for a state: "Chad's Foreign Ministry", "the UK Treasury",
"Jordan's national security adviser", "the Kremlin".

Two tables of ``data/text`` (``SOURCES.md``):

``offices.csv``
    Titles, offices and institutions with their CAMEO role, from the agents dictionary of
    the PETRARCH coders (and a few graphkit adds). :data:`STATE_ROLES` are the roles of a
    state's organs (government, military, police, judiciary, legislature, intelligence);
    the *head word* of an office or institution of those roles (the word before the first
    "of" or "for", else the last: "minister", "ministry", "treasury", "adviser",
    "parliament") makes a phrase an organ of the state its owner names ("*Chad's* Foreign
    Ministry", "the *UK* Treasury", "the *Ethiopian* parliament"), as
    :class:`~graphkit.text.arguments.ArgumentResolver` reads it. Head words that name no
    organ by themselves (:data:`NOT_ORGANS`: "house", "bank", "party", ...) are left out.
``office_metonyms.csv``
    Places and names news uses for a state's government, military, legislature or
    intelligence service (Kremlin, White House, Pentagon, Élysée, Knesset, ...), each
    with its country: :class:`~graphkit.text.actor_mentions.ActorMatcher` finds them as
    names of that state (or of its government, for a government seat, where the actors
    table has one).
``body_organs.csv``
    Organs of international bodies that news names without the body ("the Security
    Council", "the General Assembly"), each with the body's id in the reference table of
    countries and bodies (``UN``, ``AU``, ``EU``): found as names of the actor named after
    that body.

Examples
--------
>>> offices = default_offices()
>>> {"ministry", "treasury", "adviser"} <= offices.heads
True
>>> offices.metonyms["kremlin"]
('RUS', 'GOV')
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from ..base.data_files import data_path

__all__ = ["NOT_ORGANS", "STATE_ROLES", "Offices", "default_offices", "head_word"]

STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
"""CAMEO roles of a state's own organs."""

NOT_ORGANS = frozenset(
    {
        "alliance",
        "bank",
        "board",
        "coalition",
        "company",
        "enterprise",
        "faction",
        "firm",
        "group",
        "house",
        "in",
        "institution",
        "media",
        "organisation",
        "organization",
        "party",
        "security",
        "television",
    }
)
"""Head words of offices that do not name a state organ by themselves ("party" in
"ruling party", "house" in "lower house", "security" in "state security")."""


def head_word(words: str) -> str:
    """The head of an office's words: the word before the first "of" or "for", else the
    last ("minister of defence" -> "minister", "foreign ministry" -> "ministry").

    >>> head_word("minister of defence"), head_word("national security adviser")
    ('minister', 'adviser')
    """
    parts = words.split()
    for position, word in enumerate(parts):
        if word in ("of", "for") and position > 0:
            return parts[position - 1]
    return parts[-1] if parts else ""


@dataclass(frozen=True)
class Offices:
    """The head words of state organs and the metonyms of states' seats. Immutable."""

    heads: frozenset[str]
    metonyms: MappingProxyType
    """``{words: (country code, CAMEO role)}``, the words lower case as written."""
    organs: MappingProxyType
    """``{words: body id}`` of ``body_organs.csv``."""


def read_offices(offices=None, metonyms=None, organs=None) -> Offices:
    """Read the three tables (the bundled ones by default). Their content is checked by
    the test suite (``tests/text/test_offices.py``) and the conversion's own tests."""
    heads: set[str] = set()
    with open(offices or data_path("text/offices.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["role"] in STATE_ROLES and row["kind"] in ("office", "institution"):
                head = head_word(row["words"])
                if head and head not in NOT_ORGANS:
                    heads.add(head)
    places: dict[str, tuple[str, str]] = {}
    with open(metonyms or data_path("text/office_metonyms.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            places[row["words"]] = (row["country"], row["role"])
    bodies: dict[str, str] = {}
    with open(organs or data_path("text/body_organs.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            bodies[row["words"]] = row["body"]
    return Offices(frozenset(heads), MappingProxyType(places), MappingProxyType(bodies))


@lru_cache(maxsize=1)
def default_offices() -> Offices:
    """The bundled tables, read once per process."""
    return read_offices()
