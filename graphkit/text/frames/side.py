"""The side frame: a phrase on a verb that puts its doer on an actor's side backs that
actor (ANNOTATION.md's ``backs`` row and R2's "a foreign force fighting for a government
backs it", round-51 addition): "intervened *in support of* X", "fought *for* X", "fought
*on behalf of* X", "fought *on the side of* X", "came *to the aid of* X", "rushed *to X's
defence*".

"In support of" reads on any verb ("opened a front in support of X", "were deployed in
support of X": the people deployed do it); "for", "on behalf of" and "on the side of" only
on verbs of fighting (``fighting_verb`` below: "spoke on behalf of X" is no backing); "to
the aid / defence / rescue / assistance of" only on verbs of coming (``coming_verb``), where
they replace CAMEO's visit ("came to X"). The actor must be the preposition's object or the
owner of "support", "behalf", "side", "aid" ("on X's side", "to X's aid"): "fought for
control of X", "fought for independence from X", "in support of the peace plan" name no
actor and give nothing; the verb's modality is the row's ("denied fighting for X")."""

from __future__ import annotations

from ..arguments import ArgumentResolver
from ..lemmas import lemma
from ..lexicon import LexiconEntry
from .candidates import pairs
from .syntax import children, is_passive, pobjs

__all__ = ["SIDE", "is_side", "side_frame", "side_replaces"]

SIDE = LexiconEntry(
    relation="backs",
    specific="backs",
    lemma="side",
    pos="VERB",
    source=("subject",),
    target=("side",),
    cues=frozenset(),
    polarity="",
    symmetric="",
    example="Eritrea intervened in support of Ethiopia.",
    line=0,
    code="074",
)
"""The entry the side frame reports under: ``backs``, CAMEO 074 "provide military
protection or peacekeeping"."""

_FIGHTING = frozenset({"fight", "battle", "intervene", "die", "serve"})
_COMING = frozenset({"come", "rush", "go", "race", "leap", "spring", "hurry", "hasten", "step"})
_HELP_NOUNS = frozenset({"aid", "defence", "defense", "rescue", "assistance", "help"})


def _of_or_owner(noun) -> list:
    """The actor word a "support", "behalf", "side" or "aid" names: its "of" object or its
    possessive ("the side of X", "X's side")."""
    return [
        p for prep in children(noun, "prep") if prep.lower_ == "of" for p in pobjs(prep)
    ] + children(noun, "poss")


def _sided(verb) -> list:
    """The words for the actor a verb's phrases put its doer beside."""
    found = []
    fighting = lemma(verb) in _FIGHTING
    coming = lemma(verb) in _COMING
    for prep in children(verb, "prep"):
        word = prep.lower_
        for obj in pobjs(prep):
            noun = lemma(obj)
            if fighting and word == "for":
                found.append(obj)
            elif (
                (word == "in" and noun == "support")
                or (fighting and word == "on" and noun in ("behalf", "side"))
                or (coming and word == "to" and noun in _HELP_NOUNS)
            ):
                found += _of_or_owner(obj)
    return found


def is_side(verb) -> bool:
    """Whether a verb carries a phrase of siding (see the module)."""
    return verb.pos_ == "VERB" and bool(_sided(verb))


def side_replaces(verb) -> bool:
    """Whether the side frame is the verb's only reading: "came to the aid of X" is no
    visit of X."""
    return lemma(verb) in _COMING and is_side(verb)


def side_frame(verb, resolver: ArgumentResolver):
    """The ``backs`` candidates of a verb of siding: its doers back the actor named."""
    from .verb import verb_subjects  # (verb imports the frames this module sits beside)

    lexicon = resolver.lexicon
    subjects = verb_subjects(verb, lexicon)
    if not subjects and is_passive(verb):
        # "Wagner fighters were deployed in support of X": the people sent are the doers
        subjects = children(verb, "nsubjpass")
    doers = [a for s in subjects for a in resolver.resolve(s)]
    taken = {d.actor for d in doers}
    sided = [a for w in _sided(verb) for a in resolver.resolve(w) if a.actor not in taken]
    yield from pairs(doers, sided, verb, SIDE, "side", resolver)
