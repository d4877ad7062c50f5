"""From the actors a frame found to candidate relations: the pairs (both directions for
symmetric frames, "war *between* A and B", "A and B restored ties"), the plausible ones
kept, each with its modality and a confidence."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace
from typing import Any

from ..arguments import _LED_BODIES, Argument
from ..lemmas import lemma
from ..lexicon import LexiconEntry
from ..modality import Modality, modality
from .syntax import stray_subject

__all__ = ["Candidate", "canonical", "pairs"]

_BASE = {"verb": 0.9, "passive": 0.85, "modifier": 0.85, "noun": 0.75, "title": 0.8}
"""The confidence of each frame's rule, before the discounts."""
_INDIRECT = {
    "owner",
    "office",
    "relative",
    "apposition",
    "demonym",
    "capital",
    "claimant",
    "pronoun",
    "description",
    "spelling",
}
"""How an actor was named when the name is not its own (see
:class:`~graphkit.text.arguments.Argument`): each costs a tenth of the confidence."""


@dataclass
class Candidate:
    """One relation a sentence states or mentions.

    Attributes
    ----------
    source, target : Argument
        The actors, each with the words that named it in the sentence and how they were
        resolved (:class:`~graphkit.text.arguments.Argument`: ``actor``, ``token``,
        ``via``, ``words``, ``antecedent``; :attr:`source_mention` and
        :attr:`target_mention` give them as the review table shows them, such as
        ``"it -> the militia"``).
    relation : str
        The relation family, reported by default (``opposes``).
    specific : str
        The finer relation type (``attacks``), reported with ``specific=True``; for a
        trigger read through a CAMEO code, the type the CAMEO event mapping gives it.
    target : Argument
    trigger : spacy.tokens.Token
        The word that carries the relation.
    rule : str
        The frame and trigger (``verb:attack``, ``noun:support``, ``title:leader``); for
        a CAMEO pattern, also the code and the pattern (``verb:sever (CAMEO 161: *
        {diplomatic ties})``).
    confidence : float
        In (0, 1]: the frame's, less a tenth for each actor not named by its own name,
        for a mirrored pair, a hedge and an attribution.
    modality : Modality
        What :func:`graphkit.text.modality.modality` reads on the trigger.
    code : str
        The CAMEO event code of the trigger (``"190"``), ``""`` where the act has none
        (offices, memberships, terrorist designations, alliances).
    """

    source: Argument
    relation: str
    specific: str
    target: Argument
    trigger: Any  # spacy.tokens.Token
    rule: str
    confidence: float
    modality: Modality
    code: str = ""

    @property
    def source_mention(self) -> str:
        """The words that named the source, with what they were resolved to
        (``"it -> the militia"``, ``"Chad's Foreign Ministry"``)."""
        return self.source.mention

    @property
    def target_mention(self) -> str:
        """The words that named the target, as :attr:`source_mention`."""
        return self.target.mention


_STRUCTURAL = frozenset({"leads", "member_of"})


def _plausible(source: str, relation: str, target: str, matcher, target_via: str = "") -> bool:
    """Places do not act, and only attacks aim at them; offices and memberships are of
    groups and states, not of people; a person does not act on the state (or on a
    government not named by its own name or alias) of their own country other than by
    leading or serving it (such a reading comes from an office named for the state:
    "Trump ... returning to the White House"); a government named as such may have a
    rival of its country ("Haftar attacked the GNA")."""
    if matcher.is_place(source):
        return False
    if matcher.is_place(target) and relation != "opposes":
        return False
    if relation in _STRUCTURAL:
        return matcher.kind(target) != "person"
    kind = matcher.kind(target)
    named = target_via in ("name", "alias", "spelling")
    if matcher.kind(source) == "person" and (
        kind == "state" or (kind == "government" and not named)
    ):
        country = matcher.country(source)
        return not country or country != matcher.country(target)
    return True


_ON_PLACES = frozenset({"coerces"})
_COMPASS = frozenset(
    {
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    }
)


def _list_head(token):
    while token.dep_ in ("conj", "appos") and token.head != token:
        token = token.head
    return token


def _one_list(source: Argument, target: Argument, resolver) -> bool:
    """Whether two actors are items of one list ("entities affiliated with Hamas, the
    Islamic State and al-Qaida": no Islamic State member_of Hamas); symmetric readings of
    a list ("A, B and C held talks") pair its items on purpose and do not come here."""
    if source.antecedent or target.antecedent or "pronoun" in (source.via, target.via):
        return False  # the token of a resolved pronoun is its antecedent's, elsewhere
    doc = resolver.doc
    a, b = doc[source.token], doc[target.token]
    if a.i == b.i:
        return False
    head_a, head_b = _list_head(a), _list_head(b)
    if head_a.i != head_b.i or not (a.dep_ in ("conj", "appos") or b.dep_ in ("conj", "appos")):
        return False
    if stray_subject(a) or stray_subject(b):
        return False  # "Under the leadership of X, the Houthis emerged" (round 52)
    # a list never spans its own clause's verb: "Nigeria fought a faction, the ISWAP (ISWAP)"
    # with the name hung as an apposition of the subject renames the object (round 39)
    verb = head_a.head
    return not (verb.pos_ in ("VERB", "AUX") and min(a.i, b.i) < verb.i < max(a.i, b.i))


def _led_body(target: Argument, resolver) -> bool:
    """Whether the target is a coalition, force, alliance or mission no actor of the table
    names, read as its leader ("the *Saudi*-led coalition", "the coalition, led by *Saudi
    Arabia*", and "the coalition" after either): the word that named the leader hangs
    from "led" on such a body.

    Joining it, being listed in it or leading it gives no row (ANNOTATION.md R2: "X leads
    the coalition gives no relation while the coalition is no actor of the table"; the
    collective-noun members rule: an unnamed coalition "includes" nobody), though the
    leader stands for it as an actor or a target (round 64: "The Saudi-led coalition
    comprised the UAE ..." is no ``uae member_of saudi_arabia``)."""
    word = resolver.doc[target.token]
    led = word.head
    if word.dep_ == "pobj" and led.dep_ == "agent":
        led = led.head  # "led *by* Saudi Arabia"
    return (
        led.lower_ == "led"
        and led.dep_ in ("amod", "acl")
        and led.i != word.i
        and lemma(led.head) in _LED_BODIES
    )


def _place_named(target: Argument, entry: LexiconEntry, resolver) -> bool:
    """Whether the target is a place rather than its state: a capital seized or taken
    ("seized the Yemeni capital Sanaa" takes a town, ANNOTATION.md R2; an attack on a
    capital or a war between two capitals is on or between their states), or a region of
    a state led or joined ("the de facto ruler of *eastern* Libya")."""
    if target.via == "capital" and (entry.specific or entry.relation) in _ON_PLACES:
        return True
    if entry.relation in _STRUCTURAL:
        token = resolver.doc[target.token]
        mention = resolver.mention_at.get(target.token)
        head = resolver.doc[mention.end - 1] if mention is not None else token
        return any(c.lower_ in _COMPASS for c in head.children if c.dep_ == "amod")
    return False


_OWN_CLAUSE_ENDS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl"})
"""Children of a trigger that start another clause, not part of its own."""
_SCORE = re.compile(r"(?<![\d.,])\d{1,2}\s*[-\u2013:]\s*\d{1,2}(?![\d.,:])")
"""A score ("3-1", "2–0", "1:1"), not a span of years ("1998-2000")."""


def _sporting(trigger, lexicon) -> bool:
    """Whether a trigger's own clause speaks of a sports contest: a ``sports_word`` of
    ``cues.csv`` as a noun, or a score, among its words (not those of its subordinate or
    coordinated clauses): "India *beat* Pakistan in the final", "Turkey *defeated* Greece
    3-1", "Egypt *hosted* Saudi Arabia in a World Cup qualifier"."""
    words = lexicon.cue("sports_word")
    stack = [trigger]
    text = []
    while stack:
        word = stack.pop()
        if word.pos_ in ("NOUN", "PROPN") and word.lower_ in words:
            return True
        text.append(word.text)
        stack.extend(c for c in word.children if c.dep_ not in _OWN_CLAUSE_ENDS)
    ordered = sorted(trigger.subtree, key=lambda w: w.i)
    joined = " ".join(w.text for w in ordered if w.text in text)
    return bool(_SCORE.search(joined))


_EACH_OTHER = ("other", "another")
"""The object of "with each other", "with one another": no target of its own."""


def _complement_written(trigger, entry: LexiconEntry) -> bool:
    """Whether a verb trigger's target is written, though it names no actor of the table:
    a preposition of the entry's targets with its object ("A and B struggled *against
    the insurgents*", "met *with Somali officials*") or a direct object that is a name or
    a plural noun, and not one of the entry's cue words ("fought *al-Shabaab*", "*the
    rebels*"; not "ratified *a treaty*", "fought *a war*"). Coordinated subjects then act
    together on it, not on each other."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    for child in trigger.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in entry.target
            and any(
                g.dep_ == "pobj" and g.lower_ not in ("other", "another") for g in child.children
            )
        ):
            return True  # (not "clashed with each other", "with one another")
        if (
            child.dep_ == "dobj"
            and "object" in entry.target
            and (child.pos_ == "PROPN" or child.tag_ == "NNS")
            and lemma(child) not in entry.cues
        ):
            return True
    return False


def _reciprocal(trigger, entry: LexiconEntry) -> bool:
    """Whether a verb trigger's target is "each other" or "one another": its direct object,
    where the entry takes one ("A and B *criticised each other*"; not the partner row of
    "fought alongside"), the object of one of the entry's target
    prepositions ("turned *on each other*"), or the owner of its direct object ("expelled
    *each other's* ambassadors"). Coordinated subjects then act on each other, in both
    directions for a directed type (ANNOTATION.md R3)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False

    def each_other(word) -> bool:
        # ("one another" is parsed with "one" as the head, "another" its determiner)
        pair = ("each", "one") if word.lower_ in _EACH_OTHER else ("another",)
        return word.lower_ in (*_EACH_OTHER, "one") and any(c.lower_ in pair for c in word.children)

    for child in trigger.children:
        if (
            child.dep_ == "dobj"
            and "object" in entry.target
            and (
                each_other(child) or any(c.dep_ == "poss" and each_other(c) for c in child.children)
            )
        ):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in entry.target
            and any(g.dep_ == "pobj" and each_other(g) for g in child.children)
        ):
            return True
    return False


def _partners_of_one(targets, trigger) -> bool:
    """Whether a noun's coordinated targets are all its partners after "with" ("a truce
    *with* Saudi Arabia and the UAE"): each is a partner of the noun's unnamed party, not
    of the others, so they are paired with nobody (unlike "war *between* A and B")."""
    doc = trigger.doc
    for argument in targets:
        word = doc[argument.token]
        preposition = None
        while word.i != trigger.i and word.head.i != word.i:
            if word.dep_ == "prep":
                preposition = word.lower_
            word = word.head
        if word.i != trigger.i or preposition != "with":
            return False
    return True


def pairs(
    sources,
    targets,
    trigger,
    entry: LexiconEntry,
    rule: str,
    resolver,
    presupposed=False,
    one_list_apart=False,
):
    """The candidates of a trigger between the sources and targets its frame found: each
    (source, target) pair once, both directions for symmetric entries, implausible pairs
    left out; with the modality of the trigger and a confidence from the frame, how
    directly each actor was named, and the hedges. A trigger whose own clause speaks of a
    sports contest gives nothing (:func:`_sporting`). ``one_list_apart``: the frame knows
    that sources and targets the parser put in one list are not one (a mediator and the
    parties the parser coordinated with it, round 45)."""
    if _sporting(trigger, resolver.lexicon):
        return
    found: list[tuple[Argument, Argument, bool]] = []
    passive = rule.startswith("passive")
    if (
        not targets
        and len(sources) >= 2
        and not passive
        and (
            (entry.symmetric and not _complement_written(trigger, entry))
            or _reciprocal(trigger, entry)
        )
    ):
        # "A and B met", "A, B and C held talks" (not the agents of a passive: "the truce,
        # facilitated by A and B", where they act together, not on each other); "A and B
        # criticised each other" for any type
        found = [(a, b, False) for a in sources for b in sources if a.actor != b.actor]
    elif (
        entry.symmetric
        and not sources
        and len(targets) >= 2
        and rule.startswith(("noun", "title", "passive"))
        and not _partners_of_one(targets, trigger)
    ):
        # "war between A and B", "was negotiated between A and B"
        found = [(a, b, False) for a in targets for b in targets if a.actor != b.actor]
    else:
        found = [
            (s, t, False)
            for s in sources
            for t in targets
            if s.actor != t.actor and (one_list_apart or not _one_list(s, t, resolver))
        ]
        if entry.symmetric == "always":
            found += [(t, s, True) for s, t, _ in list(found)]
    found = [
        p
        for p in found
        if _plausible(p[0].actor, entry.relation, p[1].actor, resolver.matcher, p[1].via)
        and not (entry.pattern and resolver.matcher.is_place(p[1].actor))
        and not _place_named(p[1], entry, resolver)
        and not (entry.relation in _STRUCTURAL and _led_body(p[1], resolver))
        and not (entry.relation == "linked_to" and p[0].via in ("owner", "office", "demonym"))
    ]
    if not found:
        return
    mood = modality(
        trigger,
        resolver.lexicon,
        modals_count=entry.polarity != "needs_negation",
        presupposed=presupposed,
    )
    if entry.polarity == "ends":
        mood.negated = True
        mood.cues.append(f"ends:{trigger.text}")
    elif entry.polarity == "needs_negation":
        if not mood.negated:
            return
        mood.negated = False
        mood.hypothetical = False
    base = _BASE.get(rule.split(":")[0], 0.75)
    seen = set()
    for source, target, mirrored in found:
        key = (source.actor, target.actor)
        if key in seen:
            continue
        seen.add(key)
        confidence = base
        for argument in (source, target):
            if argument.via in _INDIRECT:
                confidence *= 0.9
        if mirrored:
            confidence *= 0.9
        if mood.hedged:
            confidence *= 0.85
        if mood.attributed_to:
            confidence *= 0.9
        said = mood
        negator = _neither(source, trigger.doc) or _neither(target, trigger.doc)
        if negator is not None and not mood.denied:
            # "Russia armed *neither* Armenia *nor* Azerbaijan": the list's own negation
            said = copy.deepcopy(mood)
            said.deny(f"denied:{negator.text}")
        yield Candidate(
            source=resolver.with_words(source),
            relation=entry.relation,
            specific=entry.specific or entry.relation,
            target=resolver.with_words(target),
            trigger=trigger,
            rule=rule + (" (mirrored)" if mirrored else ""),
            confidence=round(confidence, 2),
            modality=said,
            code=entry.code,
        )


def _neither(argument: Argument, doc) -> Any:
    """The word that negates an argument where its list says so, or None: "neither" or
    "nor" on the list ("armed *neither* Armenia *nor* Azerbaijan", "*Neither* Russia
    *nor* Iran armed it"), or a "not" on the one member ("armed Armenia *but not*
    Azerbaijan"). A relation with such a member is denied (ANNOTATION.md R4, negation),
    as it is with "did not arm Armenia or Azerbaijan"."""
    word = doc[argument.token]
    while word.dep_ in ("compound", "det", "amod", "flat") and word.head != word:
        word = word.head  # a word of the name: its phrase's head
    if word.dep_ == "conj":
        # "armed Armenia *but not* Azerbaijan": a member negated alone
        negation = [c for c in word.children if c.dep_ == "neg" and c.i < word.i]
        if negation:
            return negation[0]
    while word.dep_ == "conj" and word.head != word:
        word = word.head  # the list's first member
    members = [word, *word.conjuncts]
    for member in members:
        for child in member.children:
            if child.lower_ in ("neither", "nor") and child.dep_ in ("preconj", "cc", "det"):
                return child
    return None


def canonical(candidate: Candidate, relation: str, symmetric: bool) -> Candidate:
    """A candidate of a symmetric relation type with its actors in canonical order (the
    smaller actor id as the source), so a symmetric pair is reported once whichever
    actor the sentence names first; any other candidate as it is."""
    if symmetric and candidate.source.actor > candidate.target.actor:
        return replace(candidate, source=candidate.target, target=candidate.source)
    return candidate
