"""The mediation frame: a third party that brokers or mediates an agreement or talks
between two others consults each of them (ANNOTATION.md R3: "brokered by C", "mediated by
C" give C ``consults`` each party).

The mediator is named by the forms news uses for it, none of them a subject acting on an
object, so the verb frames cannot read them:

- a compound modifier: "the *China*-brokered ceasefire it signed with the alliance",
  "a *Qatari*-mediated truce" (a demonym names its state);
- a passive agent: "the truce between A and B was brokered *by Qatar*", "talks mediated
  *by the AU*", and a fronted participle: "*Brokered by* Brazil's foreign minister, the
  foreign ministers of A and B said ...";
- the owner of "mediation": "under *Egyptian* mediation", "with the mediation *of the
  World Bank*", "*Qatar's* mediation between A and B";
- an active subject: "*Qatar* mediated between A and B", "*Egypt* brokered a truce
  between A and B", "*Turkey* hosted talks between A and B" (R3: "hosted by C" is
  mediation; a host with no parties named, "Qatar hosted the talks", gives nothing).

The parties are those of the agreement or talks: the objects of ``between`` on the act or
on the agreement; the subject and ``with`` partner of a verb of concluding (sign, reach,
agree, conclude, negotiate, seal, strike, accept) the agreement is the object of or
described by ("the truce *it signed with Israel*", "*A and B agreed to* a truce under
Egyptian mediation"); for a fronted participle, the subject of the clause it opens. A
mediator is never its own party, and a sentence that names fewer than one party besides
the mediator gives nothing.
"""

from __future__ import annotations

from ..arguments import Argument, ArgumentResolver
from ..lemmas import lemma
from ..lexicon import LexiconEntry
from .candidates import pairs
from .syntax import children, own_subjects, pobjs

__all__ = ["MEDIATES", "is_mediation", "mediation_frame"]

_MEDIATING_VERBS = frozenset({"broker", "mediate", "host", "facilitate"})
_MEDIATING_NOUNS = frozenset({"mediation"})
_CONCLUDING = frozenset(
    {"sign", "reach", "agree", "conclude", "negotiate", "seal", "strike", "accept", "ink"}
)
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_RELATIVE = frozenset({"that", "which"})
_AGREEMENT_WORDS = frozenset({"deal", "accord", "pact", "agreement", "truce", "ceasefire"})
_OWNER_LINKS = ("poss", "compound", "amod", "nmod", "npadvmod")

MEDIATES = LexiconEntry(
    relation="courts",
    specific="consults",
    lemma="mediate",
    pos="VERB",
    source=("subject",),
    target=("between",),
    cues=frozenset(),
    polarity="",
    symmetric="",
    example="The truce between Israel and Hamas was brokered by Qatar.",
    line=0,
    code="045",
)
"""The entry the mediation frame reports under: ``consults`` (family ``courts``), CAMEO
045 "mediate"."""


def _base(token) -> str:
    word = lemma(token)
    if word.endswith("ed") and word[:-1] in _MEDIATING_VERBS:
        return word[:-1]  # "brokered" read as an adjective
    if word.endswith("ed") and word[:-2] in _MEDIATING_VERBS:
        return word[:-2]
    return word


def is_mediation(token, lexicon=None) -> bool:
    """Whether a word is a mediating act: the verb "broker", "mediate", "host" or
    "facilitate" (or its participle), the noun "mediation", or an ``assisting_noun``
    (cues.csv, round 45) with an "of" owner after "with" or "under" ("with the
    *assistance* of X", "under the *auspices* of X")."""
    base = _base(token)
    if token.pos_ == "NOUN":
        return base in _MEDIATING_NOUNS or (
            lexicon is not None
            and base in lexicon.cue("assisting_noun")
            and token.dep_ == "pobj"
            and token.head.lower_ in ("with", "under")
            and any(p.lower_ == "of" for p in children(token, "prep"))
        )
    return base in _MEDIATING_VERBS and token.pos_ in ("VERB", "ADJ")


def mediation_frame(token, resolver: ArgumentResolver):
    """The ``consults`` candidates of a mediating word: its mediator with each party."""
    apart = False
    if token.pos_ == "NOUN":
        mediators = _noun_mediators(token, resolver)
        parties = _between(token, resolver) or _parties_around(token, resolver)
        presupposed = True
    else:
        mediators, parties, presupposed = _verb_reading(token, resolver)
        apart = token.pos_ == "VERB" and bool(
            _fronted_parties(token, [p for a in children(token, "agent") for p in pobjs(a)])
        )
    if not mediators:
        return
    taken = {m.actor for m in mediators}
    parties = [p for p in parties if p.actor not in taken]
    if not parties or (
        _base(token) not in _MEDIATING_NOUNS | _MEDIATING_VERBS and len(parties) < 2
    ):
        # (help or assistance mediates between two parties at least: "negotiated the loan
        # with the assistance of X" names one party and no talks between actors)
        return
    yield from pairs(
        mediators,
        parties,
        token,
        MEDIATES,
        f"mediation:{_base(token)}",
        resolver,
        presupposed,
        one_list_apart=apart,
    )


def _verb_reading(verb, resolver: ArgumentResolver) -> tuple[list, list, bool]:
    agents = [p for a in children(verb, "agent") for p in pobjs(a)]
    if agents:  # "was brokered by Qatar", "Brokered by C, ...", "talks mediated by the AU"
        mediators = _resolve_all(agents, resolver)
        fronted = _fronted_parties(verb, agents)
        if fronted:
            # "After talks hosted by C, A and B agreed": the parser took the clause's
            # subject for more agents (round 45)
            mediators = [a for w in agents for a in resolver.resolve_alone(w)]
            return mediators, _resolve_all(fronted, resolver), True
        if verb.dep_ in ("advcl", "nsubj", "csubj") and verb.i < verb.head.i:
            # a fronted participle: the parties are the subject of the clause it opens
            # (or, where the parser hung that subject inside the participle's phrase as an
            # apposition after the commas, the plural noun there: "the foreign ministers
            # of A and B")
            # (the parser may make the participle itself that subject)
            subjects = [s for s in children(verb.head, "nsubj", "nsubjpass") if s.i != verb.i] or [
                w for w in verb.subtree if w.dep_ == "appos" and w.tag_ in ("NNS", "NNPS")
            ][:1]
            return mediators, _resolve_all(subjects, resolver), True
        agreement = verb.head if verb.dep_ in ("acl", "amod", "relcl") else None
        if agreement is None:
            subjects = children(verb, "nsubjpass")
            agreement = subjects[0] if subjects else None
        parties = _between(verb, resolver)
        if not parties and agreement is not None:
            parties = _between(agreement, resolver) or _parties_around(agreement, resolver)
        return mediators, parties, verb.dep_ in ("acl", "amod", "advcl")
    modifiers = [
        c
        for c in verb.children
        if c.i < verb.i and c.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod")
    ]
    if verb.i >= 2 and verb.doc[verb.i - 1].text in _HYPHENS:
        modifiers.append(verb.doc[verb.i - 2])
    if verb.dep_ in ("amod", "compound", "nmod") and modifiers:
        # "the China-brokered ceasefire": the name before the hyphen mediates what the
        # participle modifies
        mediators = _named_or_demonym(modifiers, resolver)
        agreement = verb.head
        parties = _between(agreement, resolver) or _parties_around(agreement, resolver)
        return mediators, parties, True
    # active: "Qatar mediated between A and B", "Egypt brokered a truce between A and B"
    # (a coordinated subject the parser may hang on the auxiliary: "Egypt and Qatar *are*
    # mediating")
    mediators = _resolve_all(own_subjects(verb), resolver)
    parties = _between(verb, resolver)
    if not parties:
        for obj in children(verb, "dobj"):
            parties += _between(obj, resolver)
    return mediators, parties, False


def _fronted_parties(verb, agents) -> list:
    """The subject of the main clause that the parser hung as more agents on a participle
    in a fronted phrase ("*After* negotiations hosted by C, A and B agreed", "*Following*
    talks hosted by C, A and B ..."): the names after the comma that follows the first
    agent, when the talks the participle describes are the object of a fronting word or a
    subject with a subordinator, and those names run up to the clause's verb."""
    if verb.dep_ != "acl" or len(agents) != 1:
        return []
    talks, agent = verb.head, agents[0]
    doc = verb.doc
    while talks.dep_ == "pobj" and talks.head.dep_ == "prep" and talks.head.head.pos_ == "NOUN":
        talks = talks.head.head  # "After several days *of* negotiations hosted by C"
    clause = talks.head
    fronted = (
        talks.dep_ == "nsubj" and any(c.dep_ == "mark" and c.i < talks.i for c in clause.children)
    ) or (
        talks.dep_ == "pobj" and talks.head.dep_ in ("csubj", "advcl", "prep") and talks.head.i == 0
    )
    if not fronted:
        return []
    after = [c for c in agent.children if c.dep_ == "conj" and c.i > 0 and doc[c.i - 1].text == ","]
    if not after:
        after = [
            c for c in agent.children if c.dep_ == "conj" and doc[c.left_edge.i - 1].text == ","
        ]
    if len(after) != 1:
        return []
    first = after[0]
    end = max(w.i for w in first.subtree)
    root = clause if talks.dep_ == "nsubj" else talks.head.head
    if end + 1 != root.i or root.pos_ not in ("VERB", "AUX"):
        return []
    return [first]


def _noun_mediators(noun, resolver: ArgumentResolver) -> list[Argument]:
    found = _named_or_demonym([c for c in noun.children if c.dep_ in _OWNER_LINKS], resolver)
    for prep in children(noun, "prep"):
        if prep.lower_ in ("of", "by"):
            found += _resolve_all(pobjs(prep), resolver)
    return found


def _named_or_demonym(words, resolver: ArgumentResolver) -> list[Argument]:
    found: list[Argument] = []
    for word in words:
        named = resolver.resolve(word) or [
            s for s in [resolver.state_of_demonym(word)] if s is not None
        ]
        found += [a for a in named if a.actor not in {f.actor for f in found}]
    return found


def _resolve_all(tokens, resolver: ArgumentResolver) -> list[Argument]:
    found: list[Argument] = []
    for token in tokens:
        for argument in resolver.resolve(token):
            if argument.actor not in {a.actor for a in found}:
                found.append(argument)
    return found


def _between(word, resolver: ArgumentResolver) -> list[Argument]:
    """The actors of a "between" phrase on ``word``."""
    return _resolve_all(
        [p for prep in children(word, "prep") if prep.lower_ == "between" for p in pobjs(prep)],
        resolver,
    )


def _concluders(verb, resolver: ArgumentResolver) -> list[Argument]:
    """The subject and ``with`` partner of a verb of concluding an agreement."""
    words = children(verb, "nsubj", "nsubjpass") + [
        p for prep in children(verb, "prep") if prep.lower_ == "with" for p in pobjs(prep)
    ]
    return _resolve_all(words, resolver) + [
        a
        for a in _between(verb, resolver)
        if a.actor not in {w.actor for w in _resolve_all(words, resolver)}
    ]


def _parties_around(word, resolver: ArgumentResolver) -> list[Argument]:
    """The parties of an agreement or talks named around the word: a clause describing it
    ("the truce *it signed with Israel*"), the verb it is the object of ("*A and B agreed
    to* a truce", "*A signed* the deal *with B*"), or a clause of concluding the parser
    hung on that verb ("the ceasefire deal that A signed with B")."""
    found: list[Argument] = []
    for clause in children(word, "relcl", "acl"):
        if lemma(clause) in _CONCLUDING:
            found += _concluders(clause, resolver)
    governor = word.head
    if word.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head
        if governor.pos_ == "NOUN" and governor.i != word.i:
            # "a truce under Egyptian mediation": the mediation of the truce
            return found + [
                a
                for a in (_between(governor, resolver) or _parties_around(governor, resolver))
                if a.actor not in {f.actor for f in found}
            ]
    if governor.i != word.i and governor.pos_ in ("VERB", "AUX"):
        if lemma(governor) in _CONCLUDING:
            found += _concluders(governor, resolver)
        elif governor.dep_ in ("acl", "relcl") and governor.head.pos_ in ("NOUN", "PROPN"):
            # "the treaty, signed with the mediation of the World Bank": the treaty's parties
            found += _between(governor.head, resolver)
        for clause in children(governor, "ccomp", "relcl", "advcl"):
            if lemma(clause) in _CONCLUDING and clause.i > word.i:
                found += _concluders(clause, resolver)
    if not found:
        # "the ceasefire deal it signed with B", where the parser hung the relative clause
        # on another word: a clause of concluding right after the agreement's words
        doc = word.doc
        for i in range(word.i + 1, min(word.i + 5, len(doc))):
            token = doc[i]
            if token.dep_ in ("relcl", "acl") and lemma(token) in _CONCLUDING:
                found += _concluders(token, resolver)
                break
            if (
                token.pos_ not in ("NOUN", "PROPN", "PRON")
                and token.lower_ not in _RELATIVE
                and token.lower_ not in _AGREEMENT_WORDS  # "deal", tagged a verb
            ):
                break
    unique: list[Argument] = []
    for argument in found:
        if argument.actor not in {a.actor for a in unique}:
            unique.append(argument)
    return unique
