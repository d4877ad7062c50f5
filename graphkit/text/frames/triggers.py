"""The triggers of a sentence: its words that are lemmas of the lexicon, the entries their
cue words select, and the frame that reads each."""

from __future__ import annotations

from ..arguments import Argument, ArgumentResolver
from ..coreference import singular
from ..lemmas import lemma
from ..lexicon import LexiconEntry, RelationLexicon
from .border import BORDERS, border_pair_frame, is_border_pair
from .cameo import cameo_entry, sentence_words
from .candidates import Candidate, canonical, pairs
from .contingent import CONTRIBUTES, contingent_frame, is_contingent
from .joint import JOINT, is_joint, joint_frame
from .mediation import MEDIATES, is_mediation, mediation_frame
from .modifier import is_modifier_participle, is_stance_prefix, modifier_frame, stance_frame
from .noun import noun_frame
from .prohibition import PROHIBITS, is_prohibition, prohibition_frame
from .side import SIDE, is_side, side_frame, side_replaces
from .syntax import announced_acts
from .verb import verb_frame
from .verdict import VERDICT, is_verdict, verdict_frame

__all__ = ["sentence_candidates"]

# Past participles the tagger reads as adjectives ("US-*led*") whose verb the "-ed" rule
# cannot recover: English morphology, not a vocabulary an analyst tunes.
_IRREGULAR = {
    "led": "lead",
    "fought": "fight",
    "struck": "strike",
    "held": "hold",
    "sought": "seek",
}
_CLAUSAL = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj"})


def sentence_candidates(
    sent, resolver: ArgumentResolver, lexicon: RelationLexicon, *, specific: bool = False
) -> list[Candidate]:
    """Every candidate relation of a sentence span, at most one per (source, reported
    relation, target, assertion), the most confident kept.

    The reported relation is the candidate's ``specific`` type when ``specific`` is True,
    else its family (``relation``). When the vocabulary makes that type symmetric
    (``fights``, ``consults``, ...), the pair is reported once, the smaller actor id as
    the source (:func:`~graphkit.text.frames.candidates.canonical`)."""
    best: dict[tuple, Candidate] = {}
    capable = _argument_words(sent, resolver, lexicon)
    pairs = lexicon.cue("description_pair")
    slots = {resolver.mention_at[i].actor if i in resolver.mention_at else i for i in capable}
    if (
        len(slots) < 2
        and not any(lemma(sent.doc[i]) in pairs or singular(sent.doc[i]) in pairs for i in capable)
        and not any(_stands_for_two(sent.doc[i], resolver) for i in capable)
    ):
        return []  # every candidate joins two actors ("both sides", "between them" are two)
    titles = lexicon.cue("title_noun")
    words: set[str] | None = None  # the sentence's words for CAMEO, read once if needed
    for token in sent:
        keys = _trigger_keys(token, titles)
        entries: list[LexiconEntry] = []
        for pos, base in keys:
            entries += _matching_entries(token, lexicon.entries(base, pos), lexicon)
        if (
            not entries
            and keys
            and keys[0][0] == "VERB"
            and _reaches(token, capable)
            and not _carries_noun(token, lexicon)
            and not (any(lexicon.entries(b, p) for p, b in keys) and _measures(token, lexicon))
            and not _mediates_only(token, lexicon)
        ):
            # (a hand row's verb whose only cue was a sum measuring a thing or the
            # "credit" of praise gives nothing: CAMEO's "* million" would read it again)
            # no hand row reads this verb: its most specific CAMEO pattern does
            if words is None and lexicon.cameo is not None:
                words = sentence_words(sent)
            found = cameo_entry(token, lexicon, [base for _, base in keys], words)
            entries = [found] if found is not None else []
        if token.i in resolver.mention_at and any(c.dep_ == "poss" for c in token.children):
            entries = [*entries, _LEADS_BY_POSSESSIVE]
        if is_mediation(token, lexicon):
            # besides any reading of the verb itself: the mediator consults each party
            entries = [*entries, MEDIATES]
        if is_border_pair(token):
            # "the Sudan-Chad border": the two named before the hyphen border each other
            entries = [*entries, BORDERS]
        if is_contingent(token):
            # a state's troops or police in an organisation's mission: a member of it
            entries = [*entries, CONTRIBUTES]
        if is_prohibition(token):
            # a state forbidding its own people to deal with an actor sanctions it
            entries = [*entries, PROHIBITS]
        if is_joint(token, lexicon.cue("joint_adverb")):
            # a list acting jointly on a third actor: its members cooperate
            entries = [*entries, JOINT]
        if is_side(token):
            # "intervened in support of X", "fought on the side of X", "came to the aid
            # of X": the doer backs X (round 51); coming to X's aid is no visit of X
            entries = [SIDE] if side_replaces(token) else [*entries, SIDE]
        if is_verdict(token, lexicon):
            # a speaker who says an actor's act is a crime, a threat or sabotage
            entries = [*entries, VERDICT]
        if entries:
            for entry in entries:
                for found in _frame(token, entry, resolver, lexicon):
                    reported = found.specific if specific else found.relation
                    candidate = canonical(found, reported, lexicon.is_symmetric(reported))
                    key = (
                        candidate.source.actor,
                        reported,
                        candidate.target.actor,
                        candidate.modality.asserted,
                    )
                    kept = best.get(key)
                    if kept is None or candidate.confidence > kept.confidence:
                        best[key] = candidate
    return sorted(best.values(), key=lambda c: (c.trigger.i, c.source.token, c.target.token))


def _stands_for_two(word, resolver: ArgumentResolver) -> bool:
    """Whether a pronoun or description stands for two actors or more ("talks between
    *them*", "each of *them*": round 66), as a pair word does."""
    coreference = resolver.coreference
    if word.i in resolver.mention_at or not coreference.is_candidate(word):
        return False
    return len({a.actor for a in coreference.resolve(word)}) >= 2


_MEDIATING_ONLY = frozenset({"mediate", "broker"})
"""Verbs whose only reading is the mediation frame's (ANNOTATION.md R3)."""


def _mediates_only(token, lexicon: RelationLexicon) -> bool:
    """Whether a verb of mediation proper ("mediate", "broker") is read by the mediation
    frame alone, not also by CAMEO: R3 gives mediation `consults` with each party and
    nothing else, where CAMEO's verb entry codes "mediate" as its class, 080 (yield), so
    that "talks between the three countries, *mediated* by the AU" (the participle
    hung on the parties) read the AU as yielding to each. "Host" keeps its CAMEO
    readings (hosting a visit is `consults` by CAMEO's own codes)."""
    return lemma(token) in _MEDIATING_ONLY and is_mediation(token, lexicon)


_STANCE_HYPHENS = frozenset({"-", "\u2010", "\u2011"})

_PRONOUNS = frozenset(
    {"he", "she", "him", "his", "her", "it", "its", "they", "them", "their", "itself"}
)


def _argument_words(sent, resolver: ArgumentResolver, lexicon: RelationLexicon) -> set[int]:
    """The words of a sentence that may stand for an actor: names, demonyms, pronouns and
    the heads of descriptions."""
    found = set()
    descriptions = lexicon.description_words()
    home = lexicon.cue("home_description")
    doc = sent.doc
    for token in sent:
        if (
            token.i in resolver.mention_at
            or (
                # "anti-*regime*", "*state*-backed": a government word in a compound stance
                (token.lower_ in home or lemma(token) in home)
                and (
                    (token.i >= 1 and doc[token.i - 1].text in _STANCE_HYPHENS)
                    or (token.i + 1 < len(doc) and doc[token.i + 1].text in _STANCE_HYPHENS)
                )
            )
            or token.i in resolver.demonyms
            or token.lower_ in _PRONOUNS
            or (
                token.pos_ in ("NOUN", "PROPN")
                and (
                    token.lower_ in descriptions
                    or lemma(token) in descriptions
                    or singular(token) in descriptions
                )
            )
            or (
                token.pos_ == "NOUN"
                and (
                    resolver.coreference.is_candidate(token)
                    or bool(resolver.coreference.doers(token))
                )
            )
            # "both", and "each of them", "either of the two" (round 66)
            or (
                token.lower_ in ("both", "each", "either")
                and resolver.coreference.is_candidate(token)
            )
            # "Russia armed *the three*": a number standing for a list (round 63)
            or (token.pos_ == "NUM" and resolver.coreference.is_candidate(token))
        ):
            found.add(token.i)
    return found


def _reaches(verb, capable: set[int]) -> bool:
    """Whether a verb's phrase after it may name an actor (its object, a preposition's
    object, the agent of a passive), its subject coordinates actors, or the verb modifies
    a noun (a participle)."""
    if verb.dep_ in ("amod", "compound", "nmod", "acl"):
        return True
    if any(i in capable for i in range(verb.i + 1, verb.right_edge.i + 1)):
        return True
    # "A and B agreed", "both sides met": coordinated subjects act on each other
    for subject in verb.children:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            named = [w.i for w in subject.subtree if w.i in capable]
            plural = subject.tag_ in ("NNS", "NNPS") or singular(subject) != subject.lower_
            if len(named) >= 2 or (named and plural):
                return True
    return False


_LIGHT_KINDS = (
    "light_verb",
    "enacting_verb",
    "receiving_verb",
    "seeking_verb",
    "predicate_verb",
)


def _carries_noun(verb, lexicon: RelationLexicon) -> bool:
    """Whether a light verb's object is a trigger noun of the hand rows ("*launched* an
    attack on", "*voiced* their support for", "*held* talks with"): the noun frame reads
    that act, so the verb is not coded again."""
    base = lemma(verb)
    if not any(base in lexicon.cue(kind) for kind in _LIGHT_KINDS):
        return False
    for child in verb.children:
        if child.dep_ not in ("dobj", "attr", "nsubjpass"):
            continue
        nouns = [child]
        if lemma(child) in lexicon.cue("quantity_noun"):
            nouns += [p for prep in child.children if prep.lower_ == "of" for p in prep.children]
        if any(lexicon.is_trigger(lemma(noun), "NOUN") for noun in nouns):
            return True
    return False


def _trigger_keys(token, titles: frozenset[str]) -> list[tuple[str, str]]:
    base = lemma(token)
    text = token.lower_
    if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG"):
        # and the stems, for a verb the lemmatizer does not know ("sanctioned" stays
        # "sanctioned", "relisted" becomes "reliste")
        return [("VERB", base)] + [("VERB", b) for b in _stems(text) if b != base]
    if token.pos_ == "ADJ":
        return [("VERB", base)] + [("VERB", b) for b in _stems(text)]
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower):
        return [("NOUN", base)]
    if token.pos_ == "PROPN" and base in titles:
        return [("NOUN", base)]
    return []


def _stems(text: str) -> list[str]:
    """The verbs an inflected form may come from, by English morphology."""
    if text in _IRREGULAR:
        return [_IRREGULAR[text]]
    if text.endswith("ied"):
        return [text[:-3] + "y"]
    if text.endswith("ed"):
        return [text[:-2], text[:-1]]
    if text.endswith("ing") and len(text) > 5:
        return [text[:-3], text[:-3] + "e"]
    return []


def _cue_words(token) -> set[str]:
    words = set()
    stack = [token]
    while stack:
        word = stack.pop()
        words.add(lemma(word))
        words.add(word.lower_)
        for child in word.children:
            if child.dep_ in _CLAUSAL and child.pos_ not in ("NOUN", "PROPN", "ADJ"):
                if any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children):
                    words.add("to")  # "charged X to impose": the infinitive is a cue
                continue
            if child.dep_ == "conj" and child.pos_ == "VERB":
                continue
            stack.append(child)
    # "warned *it would strike* X": the act its subject announces, marked as announced
    # (round 34)
    words |= {f"would-{lemma(clause)}" for clause in announced_acts(token)}
    doc = token.doc
    if token.dep_ == "relcl" and token.head != token:
        # "..., a charge (that) Rwanda denies": the noun a relative clause describes is
        # what its verb is about (round 31)
        words.add(lemma(token.head))
    for i in (token.i - 1, token.i + 1):
        if 0 <= i < len(doc):
            words.add(lemma(doc[i]))
    after = token.i + 2
    if after < len(doc) and doc[after - 1].text == "-" and not doc[token.i].whitespace_:
        # a hyphenated compound the tokenizer split: "Secretary-General"
        words.add(lemma(doc[after]))
    return words


def _matching_entries(token, entries, lexicon) -> list[LexiconEntry]:
    """The entries of a trigger its cue words select: those whose cues the trigger's
    phrase holds, else those without cues; for a verb of support, the general entry
    besides the kinds of support named ("supported KSS with training, funding and
    weapons": backs, arms and funds)."""
    if not entries:
        return []
    cued = [e for e in entries if e.cues]
    uncued = [e for e in entries if not e.cues]
    if cued:
        words = _cue_words(token) - _measures(token, lexicon)
        # people sent are no thing given (round 27): "sent troops to" selects no arms row
        things = words - lexicon.cue("sent_people")
        matched = [e for e in cued if e.cues & (things if _gives_things(e) else words)]
        if matched:
            if entries[0].lemma in lexicon.cue("support_verb"):
                return matched + [e for e in uncued if not e.specific]
            return matched
    return uncued


_THINGS_GIVEN = frozenset({"arms", "funds"})
"""Types whose cue is the thing given: weapons or equipment, money (ANNOTATION.md R2)."""


def _gives_things(entry: LexiconEntry) -> bool:
    """Whether ``entry``'s cue words are things given, which people sent never are
    (``sent_people``: "sent troops to Mozambique" arms nobody; ANNOTATION.md R2, round
    27)."""
    return (entry.specific or entry.relation) in _THINGS_GIVEN


_MEASURING = frozenset({"in", "of"})


def _measures(token, lexicon: RelationLexicon) -> set[str]:
    """Words of the trigger's phrase that are no cue of their own (round 22): a sum that
    measures a thing other than money ("$60 billion *in* weapons", "five billion euros
    *worth of* weapons": the thing decides the type, ANNOTATION.md R2), and the bare
    "credit" of "gave Kenya *credit for* the ceasefire" (praise, not a loan)."""
    sums, money = lexicon.cue("sum_word"), lexicon.cue("money_word")
    dropped: set[str] = set()
    for word in token.subtree:
        text = word.lower_
        if text in sums or lemma(word) in sums:
            measured = [
                p
                for prep in word.children
                if prep.dep_ == "prep" and prep.lower_ in _MEASURING
                for p in prep.children
                if p.dep_ == "pobj"
            ]
            if measured and not any(m.lower_ in money or lemma(m) in money for m in measured):
                dropped |= {w.lower_ for w in word.subtree if w.lower_ in sums or lemma(w) in sums}
                dropped |= {lemma(w) for w in word.subtree if lemma(w) in sums}
        elif (
            lemma(word) == "credit"
            and word.tag_ == "NN"
            and not any(
                c.dep_ in ("det", "nummod", "quantmod", "compound", "amod", "poss")
                for c in word.children
            )
            and any(
                c.dep_ == "prep" and c.lower_ == "for"
                for c in (*word.children, *word.head.children)
                if c.i > word.i
            )
        ):
            dropped.add("credit")
    return dropped


_LEADS_BY_POSSESSIVE = LexiconEntry(
    relation="leads",
    specific="leads",
    lemma="'s",
    pos="NOUN",
    source=("possessor",),
    target=("self",),
    cues=frozenset(),
    polarity="",
    symmetric="",
    example="Haftar and his self-proclaimed Libyan National Army (LNA) retreated.",
    line=0,
)
"""A group or state named with a person's possessive is led by that person ("Haftar and
*his* self-proclaimed LNA", "*Putin's* Russia"; ANNOTATION.md R2, "X's self-styled
LNA")."""


def _possessive_leads(name, entry: LexiconEntry, resolver: ArgumentResolver):
    mention = resolver.mention_at[name.i]
    if resolver.matcher.kind(mention.actor) in ("person", "") or resolver.matcher.is_place(
        mention.actor
    ):
        return
    owners = [
        a
        for child in name.children
        if child.dep_ == "poss"
        for a in resolver.resolve_alone(child)
        if resolver.matcher.kind(a.actor) == "person"
    ]
    target = Argument(mention.actor, name.i, mention.via, mention.text)
    yield from pairs(owners, [target], name, entry, "possessive:leads", resolver, True)


_OWN_FRAMES = (
    (MEDIATES, mediation_frame),
    (BORDERS, border_pair_frame),
    (CONTRIBUTES, contingent_frame),
    (PROHIBITS, prohibition_frame),
    (JOINT, joint_frame),
    (SIDE, side_frame),
)
"""Entries read by a frame of their own (``frame(token, resolver)``), not by the
lexicon's argument slots."""


def _frame(token, entry: LexiconEntry, resolver: ArgumentResolver, lexicon: RelationLexicon):
    if entry is _LEADS_BY_POSSESSIVE:
        yield from _possessive_leads(token, entry, resolver)
        return
    if entry is VERDICT:
        yield from verdict_frame(token, resolver, lexicon)
        return
    for special, frame in _OWN_FRAMES:
        if entry is special:
            yield from frame(token, resolver)
            return
    if entry.lemma in ("pro", "anti"):
        if is_stance_prefix(token):
            yield from stance_frame(token, entry, resolver)
        return
    if entry.pos == "VERB":
        if is_modifier_participle(token):
            yield from modifier_frame(token, entry, resolver, lexicon)
        else:
            yield from verb_frame(token, entry, resolver, lexicon)
    else:
        yield from noun_frame(token, entry, resolver, lexicon)
