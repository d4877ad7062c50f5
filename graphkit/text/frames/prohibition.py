"""The prohibition frame: a state that forbids its own people to deal with an actor
sanctions that actor, the way sanctions notices say it ("*U.S. persons* are generally
*prohibited from* engaging in transactions *with* X", "*Thai companies* are *banned
from* doing business *with* X").

The prohibited are named by the state's name or demonym on a word for its people or firms
(:data:`PEOPLE`); the state sanctions whoever the prohibited act's ``with`` phrases name.
A ``by`` agent, where there is one, is the state that prohibits instead ("Thai companies
were banned by Malaysia from trading with X": Malaysia sanctions X). A prohibition with no
``with`` ("Thai nationals are barred from entering Cambodia") gives nothing, and neither
does one on people named by no state ("Residents are prohibited from ...").
"""

from __future__ import annotations

from ..arguments import Argument, ArgumentResolver
from ..lemmas import lemma
from ..lexicon import LexiconEntry
from .candidates import pairs
from .syntax import children, is_passive, pobjs

__all__ = ["PEOPLE", "PROHIBITS", "is_prohibition", "prohibition_frame"]

_PROHIBITING = frozenset({"prohibit", "bar", "ban", "forbid"})
PEOPLE = frozenset(
    {
        "person",
        "national",
        "citizen",
        "company",
        "firm",
        "business",
        "entity",
        "bank",
        "individual",
        "resident",
        "corporation",
    }
)
"""Words for a state's people and firms, which its own law binds."""

PROHIBITS = LexiconEntry(
    relation="opposes",
    specific="sanctions",
    lemma="prohibit",
    pos="VERB",
    source=("subject",),
    target=("with",),
    cues=frozenset(),
    polarity="",
    symmetric="",
    example="U.S. persons are prohibited from engaging in transactions with Hamas.",
    line=0,
    code="163",
)
"""The entry the prohibition frame reports under: ``sanctions`` (family ``opposes``),
CAMEO 163 "impose embargo, boycott, or sanctions"."""


def is_prohibition(token) -> bool:
    """Whether a word is a passive verb of prohibiting ("are prohibited", "were banned")."""
    return token.pos_ == "VERB" and lemma(token) in _PROHIBITING and is_passive(token)


def prohibition_frame(verb, resolver: ArgumentResolver):
    """The ``sanctions`` candidates of a passive prohibition."""
    agents = [p for a in children(verb, "agent") for p in pobjs(a)]
    states: list[Argument] = []
    if agents:
        for agent in agents:
            states += resolver.resolve(agent)
    else:
        for subject in children(verb, "nsubjpass"):
            if lemma(subject) in PEOPLE:
                states += _state_of(subject, resolver)
    if not states:
        return
    acts = [
        p
        for prep in children(verb, "prep")
        if prep.lower_ == "from"
        for p in prep.children
        if p.dep_ == "pcomp"
    ]
    targets: list[Argument] = []
    for act in acts:
        for word in act.subtree:
            if word.dep_ == "prep" and word.lower_ == "with":
                for pobj in pobjs(word):
                    for argument in resolver.resolve(pobj):
                        if argument.actor not in {t.actor for t in targets}:
                            targets.append(argument)
    if targets:
        yield from pairs(states, targets, verb, PROHIBITS, "prohibition:with", resolver)


def _state_of(people, resolver: ArgumentResolver) -> list[Argument]:
    """The state whose name or demonym modifies a word for people ("*U.S.* persons",
    "*Thai* companies"); nothing for another kind of actor ("Hamas members")."""
    found: list[Argument] = []
    for child in people.children:
        if child.dep_ not in ("compound", "amod", "nmod", "poss") or child.i > people.i:
            continue
        named = resolver.resolve_alone(child) or [
            s for s in [resolver.state_of_demonym(child)] if s is not None
        ]
        for argument in named:
            if resolver.matcher.kind(argument.actor) in ("state", "government"):
                found.append(
                    Argument(
                        argument.actor,
                        argument.token,
                        "demonym" if argument.via == "demonym" else "owner",
                        resolver.phrase(people),
                    )
                )
    return found
