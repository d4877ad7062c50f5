"""The contingent frame: a state's troops or police serving in an international body's
mission make the state a member of that mission (ANNOTATION.md R2: ``member_of`` "...
contributes troops to its mission"): "*Kenyan officers from the* U.N.-supported *MSS*
regained control", "*Ugandan soldiers of* AMISOM", "*Chad's* peacekeepers *with* the UN
mission".

The state is named by its name or demonym on a word for its forces or police
(:data:`CONTINGENT_WORDS`); the body is the object of ``from``, ``of``, ``with`` or ``in``
on that word and must be an organisation of the actors table (kind ``organisation``), so
"Russian troops in Syria" and "Kenyan officers from Nairobi" give nothing.
"""

from __future__ import annotations

from ..arguments import Argument, ArgumentResolver
from ..lemmas import lemma
from ..lexicon import LexiconEntry
from .candidates import pairs
from .syntax import children, pobjs

__all__ = ["CONTINGENT_WORDS", "CONTRIBUTES", "contingent_frame", "is_contingent"]

CONTINGENT_WORDS = frozenset(
    {
        "troop",
        "soldier",
        "force",
        "police",
        "policeman",
        "officer",
        "peacekeeper",
        "contingent",
        "battalion",
        "unit",
    }
)
"""Words for a state's forces or police, whose state contributes them to a mission."""

_MISSION_PREPOSITIONS = frozenset({"from", "of", "with", "in"})

CONTRIBUTES = LexiconEntry(
    relation="member_of",
    specific="member_of",
    lemma="contingent",
    pos="NOUN",
    source=("modifier",),
    target=("from", "of", "with", "in"),
    cues=frozenset(),
    polarity="",
    symmetric="",
    example="Kenyan officers from the MSS regained control of the building.",
    line=0,
)
"""The entry the contingent frame reports under (no CAMEO code: a membership)."""


def is_contingent(token) -> bool:
    """Whether a noun is a word for a state's forces or police."""
    return token.pos_ == "NOUN" and lemma(token) in CONTINGENT_WORDS


def contingent_frame(noun, resolver: ArgumentResolver):
    """The ``member_of`` candidates of a state's forces in an organisation's mission."""
    bodies: list[Argument] = []
    for prep in children(noun, "prep"):
        if prep.lower_ not in _MISSION_PREPOSITIONS:
            continue
        for pobj in pobjs(prep):
            for argument in resolver.resolve(pobj):
                if resolver.matcher.kind(argument.actor) == "organisation":
                    bodies.append(argument)
    if not bodies:
        return
    start = min([c.left_edge.i for c in noun.children if c.i < noun.i] + [noun.i])
    words = noun.doc[start : noun.i + 1].text  # "Kenyan officers", without the mission
    states: list[Argument] = []
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue
        named = resolver.resolve_alone(child) or [
            s for s in [resolver.state_of_demonym(child)] if s is not None
        ]
        states += [
            Argument(a.actor, a.token, a.via, words)
            for a in named
            if resolver.matcher.kind(a.actor) == "state"
        ]
    if states:
        yield from pairs(states, bodies, noun, CONTRIBUTES, "contingent:member_of", resolver, True)
