"""The modifier frame: a participle joined to its source, modifying its target
("*Iranian-backed* Houthis", "the *US-led* coalition"). The relation is presupposed: the
clause around it does not make it hypothetical."""

from __future__ import annotations

from ..arguments import Argument, ArgumentResolver
from ..lemmas import lemma
from ..lexicon import LexiconEntry, RelationLexicon
from .candidates import pairs
from .syntax import children, holders, resolve_role

__all__ = [
    "home_actors",
    "is_modifier_participle",
    "is_stance_prefix",
    "modifier_frame",
    "phrase_owners",
    "stance_frame",
]

_STANCE_PREFIXES = frozenset({"pro", "anti"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})

_SOURCE_LINKS = ("npadvmod", "compound", "amod", "nmod", "advmod", "nsubj")


def is_modifier_participle(token) -> bool:
    """Whether a verb trigger is a participle modifying a noun, with its source before it
    ("*Iranian-backed*", "*Turkey*-*backed*")."""
    if token.dep_ not in ("amod", "compound", "nmod", "acl") or token.head == token:
        return False
    if token.tag_ not in ("VBN", "JJ", "VBD") or children(
        token, "agent", "nsubj", "nsubjpass", "dobj"
    ):
        return False
    return any(c.dep_ in _SOURCE_LINKS and c.i < token.i for c in token.children) or (
        token.i >= 2 and token.doc[token.i - 1].text == "-"
    )


def modifier_frame(
    participle, entry: LexiconEntry, resolver: ArgumentResolver, lexicon: RelationLexicon
):
    """The candidates of a modifying participle: the name before it acts on the word it
    modifies ("*Iranian-backed* Houthis"), or, for a trigger whose target is only reached
    by a preposition ("linked to", "aligned with"), the word it modifies is the source
    ("the *al-Qaeda-linked* JNIM": JNIM is linked to al-Qaeda)."""
    # "the al-Qaeda-*linked* JNIM" (linked to), "the Iran-*aligned* KH" (aligned with):
    # a trigger whose target is only reached by a preposition describes the word it
    # modifies, which is its source
    reversed_roles = (entry.source in (("object",), ("subject",))) and all(
        role not in ("subject", "object", "infinitive", "clause") for role in entry.target
    )
    if not reversed_roles and (entry.source != ("subject",) or "object" not in entry.target):
        return
    head = participle.head
    targets = (
        resolver.resolve(head)
        or resolve_role(holders(head), resolver, events=False)
        or phrase_owners(head, resolver)
    )
    if not targets and participle.i + 1 < len(participle.doc):
        # "the Iran-backed Houthis fired ...", parsed as one noun phrase: the name that follows
        following = resolver.mention_at.get(participle.i + 1)
        if following is not None:
            targets = [Argument(following.actor, participle.i + 1, following.via)]
    sources: list[Argument] = []
    for child in participle.children:
        if child.i < participle.i and child.dep_ in _SOURCE_LINKS:
            sources += (
                resolver.resolve(child, events=False)
                or _named_left(child, resolver)
                or home_actors(child, targets, resolver)
            )
    if not sources and participle.i >= 2 and participle.doc[participle.i - 1].text == "-":
        left = participle.doc[participle.i - 2]
        sources = resolver.resolve(left)
        if not sources:
            state = resolver.state_of_demonym(left)
            sources = [state] if state is not None else home_actors(left, targets, resolver)
    if reversed_roles:
        sources, targets = targets, sources
    yield from pairs(
        sources, targets, participle, entry, f"modifier:{entry.lemma}", resolver, presupposed=True
    )


def _named_left(word, resolver) -> list[Argument]:
    """The actor a word names, or, for a bare state organ, the demonym or name just before
    it ("Russian *State*-backed")."""
    state = resolver.state_of_demonym(word)
    if state is not None:
        return [state]
    if word.i > 0 and lemma(word) in resolver.lexicon.cue("agent_noun"):
        left = word.doc[word.i - 1]
        mention = resolver.mention_at.get(left.i)
        if mention is not None:
            return [Argument(mention.actor, left.i, "owner")]
        state = resolver.state_of_demonym(left)
        if state is not None:
            return [Argument(state.actor, left.i, "owner")]
    return []


def is_stance_prefix(token) -> bool:
    """Whether a word is "pro" or "anti" written before a hyphen and a name ("pro-GNA",
    "anti-Assad")."""
    doc = token.doc
    return (
        token.lower_ in _STANCE_PREFIXES
        and token.i + 2 < len(doc)
        and doc[token.i + 1].text in _HYPHENS
    )


def stance_frame(prefix, entry: LexiconEntry, resolver: ArgumentResolver):
    """ "*pro*-GNA forces", "*anti*-Assad rebels": the phrase's actor backs (opposes) the
    name after the hyphen. The phrase's own actor is its head, by name, apposition or
    coreference ("pro-TPLF fighters, the TDF"); an unnamed one ("anti-Assad rebels")
    gives nothing."""
    named = prefix.doc[prefix.i + 2]
    mention = resolver.mention_at.get(named.i)
    span = range(mention.start, mention.end) if mention is not None else range(named.i, named.i + 1)
    head = named
    while head.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.head != head:
        head = head.head
    if head.i in span or head.i == prefix.i:
        return
    sources = phrase_owners(head, resolver)
    if mention is not None:
        targets = [Argument(mention.actor, named.i, mention.via)]
    else:
        # "anti-regime", "pro-government": a description of an actor named before, or of
        # the phrase's own country's state
        targets = home_actors(named, sources, resolver)
        if not targets and resolver.coreference.is_candidate(named):
            targets = resolver.coreference.resolve(named)
    if not targets:
        return
    taken = {t.actor for t in targets}
    sources = [a for a in sources if a.actor not in taken]
    yield from pairs(sources, targets, prefix, entry, f"modifier:{entry.lemma}-", resolver, True)


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def phrase_owners(head, resolver: ArgumentResolver) -> list[Argument]:
    """The actors a noun phrase holding a compound stance names: the head itself (by
    name, apposition, "known as" or coreference); a name after a dash that the parser
    coordinated with it ("pro-TPLF fighters -- the TDF"); or, for "other" at the end of
    a list, the names listed before it ("KSS, KH and *other* Iran-aligned groups").
    An unnamed head ("Iran-backed militias") gives nothing."""
    found = resolver.resolve_alone(head)
    if found:
        return found
    doc = head.doc
    for child in head.children:
        if (
            child.dep_ in ("conj", "appos")
            and child.i > head.i
            and doc[head.i + 1].text in _DASHES
            and not any(c.dep_ == "cc" and c.i < child.i for c in head.children)
        ):
            found += [a for a in resolver.resolve_alone(child) if a not in found]
    if found:
        return found
    if head.dep_ == "conj" and any(c.lower_ == "other" and c.i < head.i for c in head.children):
        first = head
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        for word in resolver.conjuncts(first):
            if word.i < head.i:
                for argument in resolver.named(word, conjuncts=False):
                    if argument.actor not in {a.actor for a in found}:
                        found.append(argument)
    return found


def home_actors(word, owners: list[Argument], resolver: ArgumentResolver) -> list[Argument]:
    """A government or state word inside a compound stance (``home_description`` of
    ``cues.csv``: "pro-*government* militia", "*state*-backed", "anti-*regime*"): the
    actor coreference reads it as where that actor is of the owners' own country (or the
    owners have none), else the state of the owners' one country. Empty for another
    word, or when neither is found."""
    base = lemma(word)
    if base not in resolver.lexicon.cue("home_description") and (
        word.lower_ not in resolver.lexicon.cue("home_description")
    ):
        return []
    taken = {o.actor for o in owners}
    countries = {resolver.matcher.country(o.actor) for o in owners} - {"", None}
    found = [a for a in resolver.coreference.described(word) if a.actor not in taken]
    if found and all(resolver.matcher.country(a.actor) in countries for a in found):
        return found
    if found and not countries:
        return found
    if len(countries) == 1:
        state = resolver.matcher.state_for(countries.pop())
        if state is not None and state not in taken:
            return [Argument(state, word.i, "description", word.text, "its own country")]
    return []
