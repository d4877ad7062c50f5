"""The joint-act frame: a list of doers that acts *jointly*, *together* or *in concert* on
a third actor cooperates (ANNOTATION.md R2, round 38: ``cooperates_with``, once per pair
of the list's members, R3), besides the act itself, which its own frame reads for each
member ("Kenya and Ethiopia *jointly* attacked al-Shabaab": each attacks al-Shabaab, and
Kenya and Ethiopia cooperate).

The adverb (a ``joint_adverb`` cue: "jointly", "together", "in concert", "in tandem") is
on the act's verb, or on "acting" fronted or set between commas before it ("The US and
Japan, *acting in concert*, sanctioned North Korea"). The third actor may follow the
object ("jointly imposed sanctions *on* X"). "Together with" names a companion,
not a joint act of a list, and gives nothing here. The act must have a third actor as its
object or after "against", "on" or "to": a list acting on each other ("A and B jointly
signed an agreement", "held talks together") or on no actor ("together lost 6,000
soldiers", "jointly hosted the summit") gives no cooperation, nor does a list of fewer
than two actors ("Kenya and its allies")."""

from __future__ import annotations

from ..arguments import Argument, ArgumentResolver
from ..lemmas import lemma
from ..lexicon import LexiconEntry
from .candidates import pairs
from .syntax import children, pobjs

__all__ = ["JOINT", "is_joint", "joint_frame"]

_TARGET_PREPOSITIONS = frozenset({"against", "on", "upon", "to"})

JOINT = LexiconEntry(
    relation="cooperates_with",
    specific="cooperates_with",
    lemma="jointly",
    pos="VERB",
    source=("subject",),
    target=("jointly",),
    cues=frozenset(),
    polarity="",
    symmetric="coordinated",
    example="Kenya and Ethiopia jointly attacked al-Shabaab.",
    line=0,
    code="06",
)
"""The entry the joint-act frame reports under: ``cooperates_with``, CAMEO 06 "engage in
material cooperation"."""


def _adverbs(verb, words: frozenset[str]) -> bool:
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in words and not list(child.children):
            return True  # ("together with its allies" is a companion: "with" under it)
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(p.lower_ in words for p in pobjs(child))
        ):
            return True  # "in concert", "in tandem"
    return False


def is_joint(verb, words: frozenset[str]) -> bool:
    """Whether a verb's act is done jointly: a ``joint_adverb`` on it, or on "acting"
    that depends on it."""
    if verb.pos_ != "VERB":
        return False
    if _adverbs(verb, words):
        return True
    if verb.dep_ == "conj" and lemma(verb.head) == "act" and _adverbs(verb.head, words):
        return True  # (the parser may make "acting in concert" the head of the act)
    return any(
        lemma(c) == "act" and c.dep_ in ("advcl", "acl", "xcomp") and _adverbs(c, words)
        for c in verb.children
    )


def joint_frame(verb, resolver: ArgumentResolver):
    """The ``cooperates_with`` candidates of a joint act: every two of its doers, when
    it acts on a third actor."""
    from .verb import verb_subjects  # (verb imports the frames this module sits beside)

    lexicon = resolver.lexicon
    doers: list[Argument] = []
    subjects = verb_subjects(verb, lexicon) or [
        # (the parser may hang the subject on "acting": "A and B, acting in concert, ...")
        s
        for c in verb.children
        if lemma(c) == "act" and c.dep_ == "advcl"
        for s in children(c, "nsubj")
    ]
    for subject in subjects:
        for argument in resolver.resolve(subject):
            if argument.actor not in {d.actor for d in doers}:
                doers.append(argument)
    if len(doers) < 2:
        return
    taken = {d.actor for d in doers}
    direct = children(verb, "dobj")
    objects = direct + [
        p
        for word in (verb, *direct)  # ("imposed sanctions on X")
        for prep in children(word, "prep")
        if prep.lower_ in _TARGET_PREPOSITIONS
        for p in pobjs(prep)
    ]
    if not any(a.actor not in taken for o in objects for a in resolver.resolve(o)):
        return
    yield from pairs(doers, [], verb, JOINT, "joint", resolver)
