"""The modifier frame: a participle joined to its source, modifying its target
("*Iranian-backed* Houthis", "the *US-led* coalition"). The relation is presupposed: the
clause around it does not make it hypothetical."""

from __future__ import annotations

from ..arguments import Argument, ArgumentResolver
from ..lemmas import lemma
from ..lexicon import LexiconEntry, RelationLexicon
from .candidates import pairs
from .syntax import children, holders, resolve_role

__all__ = ["is_modifier_participle", "is_stance_prefix", "modifier_frame", "stance_frame"]

_STANCE_PREFIXES = frozenset({"pro", "anti"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})

_SOURCE_LINKS = ("npadvmod", "compound", "amod", "nmod", "advmod", "nsubj")


def is_modifier_participle(token) -> bool:
    """Whether a verb trigger is a participle modifying a noun, with its source before it
    ("*Iranian-backed*", "*Turkey*-*backed*")."""
    if token.dep_ not in ("amod", "compound", "nmod", "acl") or token.head is token:
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
    sources: list[Argument] = []
    for child in participle.children:
        if child.i < participle.i and child.dep_ in _SOURCE_LINKS:
            sources += resolver.resolve(child, events=False) or _named_left(child, resolver)
    if not sources and participle.i >= 2 and participle.doc[participle.i - 1].text == "-":
        left = participle.doc[participle.i - 2]
        sources = resolver.resolve(left)
        if not sources:
            state = resolver.state_of_demonym(left)
            sources = [state] if state is not None else []
    head = participle.head
    targets = resolver.resolve(head) or resolve_role(holders(head), resolver, events=False)
    if not targets and participle.i + 1 < len(participle.doc):
        # "the Iran-backed Houthis fired ...", parsed as one noun phrase: the name that follows
        following = resolver.mention_at.get(participle.i + 1)
        if following is not None:
            targets = [Argument(following.actor, participle.i + 1, following.via)]
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
    if mention is not None:
        targets = [Argument(mention.actor, named.i, mention.via)]
        span = range(mention.start, mention.end)
    else:
        # "anti-regime", "pro-government": a description of an actor named before
        targets = (
            resolver.coreference.resolve(named) if resolver.coreference.is_candidate(named) else []
        )
        span = range(named.i, named.i + 1)
    if not targets:
        return
    head = named
    while head.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.head is not head:
        head = head.head
    if head.i in span or head.i == prefix.i:
        return
    taken = {t.actor for t in targets}
    sources = [a for a in resolver.resolve_alone(head) if a.actor not in taken]
    yield from pairs(sources, targets, prefix, entry, f"modifier:{entry.lemma}-", resolver, True)
