"""Where a show of force is held: "*near* South Korea", "*off* the Greek islands", "*close
to* Lithuania", "*on* Guyana's border", "*near the border with* Armenia" (ANNOTATION.md
R2, round 35). Exercises, drills, manoeuvres and troops massed there are ``mobilizes_against``
the actor whose territory it is; a place that is no actor's gives nothing."""

from __future__ import annotations

from ..arguments import Argument, ArgumentResolver
from ..lemmas import lemma
from ..lexicon import RelationLexicon
from .syntax import children, pobjs, prep_objects

__all__ = ["VICINITY_ROLES", "territory_owners", "vicinity_objects"]

VICINITY_ROLES = frozenset({"near", "around", "off", "close", "along"})
"""The lexicon roles of a place near which a force is shown; ``close`` is "close to"."""


def vicinity_objects(words, role: str) -> list:
    """The objects of ``role`` on any of ``words``; for ``close``, of the "to" after an
    adverb or adjective "close" on them ("held exercises *close to* Lithuania")."""
    if role != "close":
        return prep_objects(words, {role})
    return [
        p
        for word in words
        for c in word.children
        if c.lower_ == "close" and c.dep_ in ("advmod", "amod", "prep")
        for p in prep_objects([c], {"to"})
    ]


def territory_owners(
    tokens, resolver: ArgumentResolver, lexicon: RelationLexicon
) -> list[Argument]:
    """The actors ``tokens`` name, or whose stretch of territory they name (a
    ``territory_noun`` cue: "Guyana's border", "the Algerian border", "the border with
    Armenia", "its coast"), each once, in order."""
    found: list[Argument] = []

    def add(arguments) -> None:
        for argument in arguments:
            if argument.actor not in {a.actor for a in found}:
                found.append(argument)

    territory = lexicon.cue("territory_noun")
    for token in tokens:
        if lemma(token) not in territory and token.lower_ not in territory:
            add(resolver.resolve(token))
            continue
        for owner in children(token, "poss", "compound", "amod", "nmod"):
            demonym = resolver.state_of_demonym(owner)
            add(resolver.resolve(owner) or ([demonym] if demonym else []))
        add(
            a
            for prep in children(token, "prep")
            if prep.lower_ == "with"
            for p in pobjs(prep)
            for a in resolver.resolve(p)
        )
    return found
