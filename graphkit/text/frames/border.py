"""The border pair frame: a border named by the two states it separates, joined by a
hyphen before it ("the *Sudan-Chad* border", "the *Turkish-Syrian* frontier", "the
*China-Myanmar* border areas"): the two border each other.

The parser reads these pairs in many ways (a name modifying the other, an apposition, a
number), so the frame reads the words, not the tree: the two words before the hyphen and
after it, each the last word of a name or a demonym of an actor of the table, right
before "border", "frontier" or "boundary". Both must be states of the table.
"""

from __future__ import annotations

from ..arguments import Argument, ArgumentResolver
from ..lemmas import lemma
from ..lexicon import LexiconEntry
from .candidates import pairs

__all__ = ["BORDERS", "border_pair_frame", "is_border_pair"]

_BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})

BORDERS = LexiconEntry(
    relation="borders",
    specific="borders",
    lemma="border",
    pos="NOUN",
    source=("modifier",),
    target=("modifier",),
    cues=frozenset(),
    polarity="",
    symmetric="coordinated",
    example="The Sudan-Chad border was closed.",
    line=0,
)
"""The entry the border pair frame reports under (no CAMEO code: a fact of geography)."""


def is_border_pair(token) -> bool:
    """Whether a word is "border" (frontier, boundary) after "A-B"."""
    doc = token.doc
    return (
        token.pos_ in ("NOUN", "PROPN")
        and lemma(token) in _BORDER_WORDS
        and token.i >= 3
        and doc[token.i - 2].text in _HYPHENS
    )


def border_pair_frame(token, resolver: ArgumentResolver):
    """The ``borders`` candidates of "A-B border"."""
    doc = token.doc
    second = _named(doc[token.i - 1], resolver)
    first = _named(doc[token.i - 3], resolver)
    if first is None or second is None or first.actor == second.actor:
        return
    if any(resolver.matcher.kind(a.actor) != "state" for a in (first, second)):
        return  # "the Hamas-Israel border": a border is between states
    # as co-subjects ("A and B share a border"): the parser often makes the pair one list,
    # whose items are otherwise never paired with each other
    yield from pairs([first, second], [], token, BORDERS, "border:pair", resolver, True)


def _named(word, resolver: ArgumentResolver) -> Argument | None:
    mention = resolver.mention_at.get(word.i)
    if mention is not None and mention.end - 1 == word.i:
        return Argument(mention.actor, word.i, mention.via, mention.text)
    return resolver.state_of_demonym(word)
