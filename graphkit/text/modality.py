"""Whether a sentence asserts what its trigger says: negation, hypotheticals, hedges and
who said it.

The trigger and the heads above it are read, climbing the parse one link at a time:

- **negated**: a negation on the trigger or on the verb it is the object or complement of
  ("has *not* endorsed", "did *not* launch attacks"), a negating head above it ("*denied*
  arming", "*rejected* accusations of supplying", "*stopped* supporting", "*refused* to");
  "not only" is not a negation;
- **hypothetical**: a modal of future, condition or obligation ("*would* attack", "*will*
  resume talks"), a condition ("*if*", "unless", "whether"), or a head whose complement is
  only planned, wished or supposed ("*hopes* to", "*urged* X to classify", "*in a bid* to",
  and any infinitive of purpose), unless the head makes its complement happen ("*began*
  attacking", "*tried* to topple", "*agreed* to restore");
- **hedged**: "allegedly", "reportedly", "alleged", "may", "might", "according to", and heads
  such as "is *believed* to", "*claimed* that", "*accused* X of";
- **attributed to**: the subject of the nearest verb of saying above the trigger ("*a
  former senior U.S. official* said the UAE is backing ..."), or the object of "according
  to", "per" or "citing".

References
----------
.. [1] Saurí, R. and Pustejovsky, J. (2009). FactBank: a corpus annotated with event
   factuality. *Language Resources and Evaluation* 43(3), 227-268.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lemmas import lemma
from .lexicon import RelationLexicon

__all__ = ["Modality", "modality"]

_SAME_EVENT = frozenset({"xcomp", "dobj", "pobj", "prep", "pcomp", "acomp", "attr", "oprd"})
_NEGATABLE = _SAME_EVENT | {"ccomp", "acl", "advcl", "conj"}
_EMBEDDING = _SAME_EVENT | {"ccomp", "advcl", "acl", "conj", "relcl", "appos", "nsubj", "npadvmod"}
_ATTRIBUTING = frozenset(
    {"ccomp", "xcomp", "advcl", "conj", "parataxis", "prep", "pobj", "pcomp", "dobj"}
)
_SOURCES = frozenset({"accord", "according", "per", "cite", "citing"})
_MAX_CLIMB = 10


@dataclass
class Modality:
    """What a sentence does with a relation its trigger states."""

    negated: bool = False
    hypothetical: bool = False
    hedged: bool = False
    attributed_to: str | None = None
    cues: list[str] = field(default_factory=list)

    @property
    def asserted(self) -> bool:
        """Neither negated nor hypothetical."""
        return not (self.negated or self.hypothetical)


def _path(trigger):
    """``(word, link)`` pairs from the trigger up to the root; ``link`` is how the word
    below hangs from ``word`` (None for the trigger itself)."""
    pairs = [(trigger, None)]
    word = trigger
    for _ in range(_MAX_CLIMB):
        if word.head is word:
            break
        pairs.append((word.head, word.dep_))
        word = word.head
    return pairs


def _negates(word, neg_words: frozenset[str]) -> bool:
    for child in word.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            following = word.doc[child.i + 1] if child.i + 1 < len(word.doc) else None
            if following is not None and following.lower_ == "only":
                continue
            if child.lower_ in neg_words or child.dep_ == "neg":
                return True
    return False


def modality(
    trigger, lexicon: RelationLexicon, *, modals_count: bool = True, presupposed: bool = False
) -> Modality:
    """Read the negation, hypotheticality, hedging and attribution of a trigger.

    Parameters
    ----------
    trigger : spacy.tokens.Token
    lexicon : RelationLexicon
        Where the cue words come from.
    modals_count : bool, default True
        False for frames such as "won't allow", whose modal is part of the statement.
    presupposed : bool, default False
        True for a relation stated as a description ("with *Azerbaijan's close ally*
        Turkey", "*Iranian-backed* Houthis"): the clause around it does not make it
        hypothetical or negated (only its own negation, or a negating verb whose object it
        is, does), though it is still hedged and attributed with it.
    """
    result = Modality()
    neg_words = lexicon.cue("negation_word")
    negating = lexicon.cue("negating_head")
    hypothetical_heads = lexicon.cue("hypothetical_head")
    implicative = lexicon.cue("implicative_head")
    hedge_words = lexicon.cue("hedge_word")
    hedge_heads = lexicon.cue("hedge_head")
    hedge_modals = lexicon.cue("hedge_modal")
    hyp_modals = lexicon.cue("hypothetical_modal")
    conditions = lexicon.cue("conditional_mark")
    speech = lexicon.cue("speech_verb")

    path = _path(trigger)
    same_event = True  # still within the trigger's own event (not past a clause boundary)
    settled_hypothesis = False
    for position, (word, link) in enumerate(path):
        base = lemma(word)
        if link is not None:
            if link in ("nsubj", "nsubjpass", "csubj") and word.pos_ in ("VERB", "AUX"):
                # the trigger is inside the subject: the verb's own modality is not its own
                same_event = False
                settled_hypothesis = True
            elif link not in _SAME_EVENT:
                same_event = False
        if position > 0 and link not in _EMBEDDING and link not in _NEGATABLE:
            break
        described = presupposed and position > 0
        # negation
        if (position == 0 or (same_event and not described)) and _negates(word, neg_words):
            result.negated = True
            result.cues.append(f"not:{word.text}")
        if (
            position > 0
            and link in _NEGATABLE
            and base in negating
            and (not described or (position == 1 and link == "dobj"))
        ):
            result.negated = True
            result.cues.append(f"negating:{word.text}")
        # hypotheticals
        if not settled_hypothesis and not described:
            for child in word.children:
                if child.dep_ in ("aux", "auxpass") and modals_count and child.lower_ in hyp_modals:
                    result.hypothetical = True
                    result.cues.append(f"modal:{child.text}")
                if child.dep_ == "mark" and child.lower_ in conditions:
                    result.hypothetical = True
                    result.cues.append(f"condition:{child.text}")
            if position > 0 and link in (
                "xcomp",
                "ccomp",
                "advcl",
                "acl",
                "pcomp",
                "prep",
                "pobj",
                "dobj",
            ):
                if (
                    word.pos_ == "NOUN"
                    and base in hypothetical_heads
                    and link in ("acl", "prep", "pobj", "pcomp")
                ):
                    result.hypothetical = True
                    result.cues.append(f"wish:{word.text}")
                    settled_hypothesis = True
                elif word.pos_ in ("VERB", "ADJ", "AUX") and (
                    base in implicative or (base in hedge_heads and link == "xcomp")
                ):
                    # "began attacking", "claims to have carried out": it happened
                    settled_hypothesis = link in ("xcomp", "advcl")
                elif word.pos_ in ("VERB", "ADJ", "AUX") and base in hypothetical_heads:
                    result.hypothetical = True
                    result.cues.append(f"wish:{word.text}")
                    settled_hypothesis = True
                elif link in ("xcomp", "advcl") and _infinitive(path[position - 1][0]):
                    result.hypothetical = True
                    result.cues.append(f"purpose:{word.text}")
                    settled_hypothesis = True
            if link == "ccomp" and word.pos_ in ("VERB", "AUX"):
                settled_hypothesis = settled_hypothesis or base in speech
        # hedges
        for child in word.children:
            if child.dep_ in ("advmod", "amod") and child.lower_ in hedge_words:
                result.hedged = True
                result.cues.append(f"hedge:{child.text}")
            if child.dep_ == "aux" and child.lower_ in hedge_modals:
                result.hedged = True
                result.cues.append(f"hedge:{child.text}")
            if (
                child.dep_ == "prep"
                and child.lower_ in _SOURCES | {"to"}
                and result.attributed_to is None
            ):
                source = _according_to(child)
                if source:
                    result.hedged = True
                    result.attributed_to = source
                    result.cues.append("according to")
        if (
            position > 0
            and base in hedge_heads
            and link in ("ccomp", "xcomp", "prep", "pcomp", "pobj", "dobj")
        ):
            result.hedged = True
            result.cues.append(f"hedge:{word.text}")
        # attribution
        if (
            position > 0
            and result.attributed_to is None
            and base in speech
            and link in _ATTRIBUTING
            and word.pos_ in ("VERB", "AUX")
        ):
            speaker = _subject_text(word)
            if speaker:
                result.attributed_to = speaker
                result.cues.append(f"said:{word.text}")
    # "according to" and "per" attached anywhere in the sentence apply to all of it
    if result.attributed_to is None:
        for token in trigger.sent:
            if token.lower_ in ("according", "per", "citing") and token.dep_ in (
                "prep",
                "advcl",
                "xcomp",
            ):
                source = _according_to(token)
                if source:
                    result.hedged = True
                    result.attributed_to = source
                    result.cues.append("according to")
                    break
    return result


def _infinitive(word) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.tag_ == "TO" for c in word.children)


def _according_to(prep) -> str | None:
    """The source named by "according to X", "per X", "citing X"."""
    lower = prep.lower_
    if lower == "to":
        head = prep.head
        if head.lower_ != "according":
            return None
        pobjs = [c for c in prep.children if c.dep_ == "pobj"]
    elif lower == "according":
        tos = [c for c in prep.children if c.lower_ == "to"]
        pobjs = [c for t in tos for c in t.children if c.dep_ == "pobj"]
    else:
        pobjs = [c for c in prep.children if c.dep_ in ("pobj", "dobj")]
    if not pobjs:
        return None
    return _phrase(pobjs[0])


def _subject_text(verb) -> str | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON":
            return _phrase(child)
    return None


def _phrase(head) -> str:
    """The noun phrase of ``head``, without relative clauses or trailing apposition."""
    words = [head]
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "prep"):
            continue
        words.extend(child.subtree)
    for child in head.children:
        if child.dep_ == "prep" and child.i > head.i and child.lower_ in ("of",):
            words.extend(child.subtree)
    words.sort(key=lambda t: t.i)
    return head.doc[words[0].i : words[-1].i + 1].text.strip(" ,")
