"""The verdict frame: a speaker who says that another actor, or its act, is a crime, a
threat or sabotage opposes that actor ("Japan said the strikes by Russia *sabotaged* peace
efforts", "Colombia said the actions of the ELN *constitute war crimes*", "Egypt
described the attack by Hamas as a *cowardly* act").

The verdict must be the predicate of what is said about the actor: the verb of the said
clause itself, or its predicate noun or adjective (after "be", "constitute", "amount to",
"pose", "represent"), or the "as" phrase or object complement of "describe", "call",
"label" or "brand". Its words are the ``condemning_word`` cue kind of ``data/text/
cues.csv``. A verdict under a negation in its own clause ("said Iran was *not* a threat")
gives nothing; "faced a threat from X", where the verdict is no predicate of the subject,
gives nothing either. The speaker is the speech verb's subject; what the actor is the
target, an act standing for its doer ("the attacks" of the sentences before). The
relation is the speaker's own, asserted or not by the speech verb's own clause.
"""

from __future__ import annotations

from ..arguments import ArgumentResolver
from ..lemmas import lemma
from ..lexicon import LexiconEntry, RelationLexicon
from .candidates import pairs
from .syntax import children, pobjs, resolve_role
from .verb import verb_subjects

__all__ = ["VERDICT", "is_verdict", "verdict_frame"]

_NAMING = frozenset({"describe", "call", "label", "brand", "term", "characterise", "characterize"})
_COPULAR = frozenset({"be", "constitute", "amount", "pose", "represent", "remain", "become"})

VERDICT = LexiconEntry(
    relation="opposes",
    specific="",
    lemma="say",
    pos="VERB",
    source=("subject",),
    target=("clause",),
    cues=frozenset(),
    polarity="",
    symmetric="",
    example="Japan said the strikes by Russia were a war crime.",
    line=0,
    code="111",
)
"""The entry the verdict frame reports under: ``opposes``, CAMEO 111 "criticize or
denounce"."""


def is_verdict(token, lexicon: RelationLexicon) -> bool:
    """Whether a word is a verb of saying or of naming something as something."""
    if token.pos_ != "VERB":
        return False
    base = lemma(token)
    return base in _NAMING or base in lexicon.cue("speech_verb")


def verdict_frame(verb, resolver: ArgumentResolver, lexicon: RelationLexicon):
    """The ``opposes`` candidates of a speaker's verdict on an actor."""
    words = lexicon.cue("condemning_word")
    judged: list = []
    for clause in children(verb, "ccomp"):
        if _condemns(clause, words):
            judged += children(clause, "nsubj", "nsubjpass")
    if lemma(verb) in _NAMING:
        for thing in children(verb, "dobj"):
            # "described the attack *as* cowardly": the parser hangs "as" on either
            complements = children(verb, "oprd") + [
                p
                for prep in children(verb, "prep") + children(thing, "prep")
                if prep.lower_ == "as"
                for p in pobjs(prep)
            ]
            if any(_said_of(c, words) for c in complements):
                judged.append(thing)
    if not judged:
        return
    speakers = resolve_role(verb_subjects(verb, lexicon), resolver, events=False)
    targets = resolve_role(judged, resolver, events=True)
    if speakers and targets:
        yield from pairs(speakers, targets, verb, VERDICT, "verdict:said", resolver)


def _condemns(clause, words: frozenset[str]) -> bool:
    """Whether a said clause's predicate is a verdict (its verb, or the noun or adjective
    it predicates), not negated."""
    if children(clause, "neg"):
        return False
    if lemma(clause) in words:
        return True  # "the strikes *sabotaged* peace efforts"
    if lemma(clause) not in _COPULAR:
        return False
    predicates = children(clause, "attr", "acomp", "oprd", "dobj") + [
        p for prep in children(clause, "prep") if prep.lower_ == "to" for p in pobjs(prep)
    ]
    return any(_said_of(p, words) for p in predicates)


def _said_of(word, words: frozenset[str]) -> bool:
    """Whether a predicate noun or adjective is a verdict: itself, a modifier of it, or
    the verb of an infinitive or clause on it ("a deliberate choice *to escalate*")."""
    if children(word, "neg"):
        return False
    found = [word]
    for child in word.children:
        if child.dep_ in ("amod", "compound", "conj"):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            found += pobjs(child)  # "an act *of terror*"
        elif child.dep_ in ("acl", "relcl", "xcomp") and child.pos_ in ("VERB", "AUX"):
            found.append(child)
            found += [c for c in child.children if c.dep_ == "conj"]
    return any(lemma(w) in words or w.lower_ in words for w in found)
