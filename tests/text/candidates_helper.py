"""The candidates of a text as the frames give them (with each argument's words and how it
was resolved), for tests that look past the review table."""

from graphkit.text.arguments import ArgumentResolver
from graphkit.text.frames import sentence_candidates
from graphkit.text.inputs import actor_matcher
from graphkit.text.lemmas import LEMMATIZER_KEY, on_demand_lemmatizer
from graphkit.text.lexicon import default_lexicon


def candidates(nlp, text, actors, *, specific=True):
    """Every candidate of every sentence of ``text``, in order."""
    lexicon = default_lexicon()
    doc = nlp(text)
    doc.user_data[LEMMATIZER_KEY] = on_demand_lemmatizer(nlp)
    matcher = actor_matcher(actors, lexicon, nlp)
    resolver = ArgumentResolver(doc, *matcher.find(doc), matcher, lexicon)
    found = []
    for sent in doc.sents:
        found += sentence_candidates(sent, resolver, lexicon, specific=specific)
    return found


def readings(found):
    """``{(source, specific, target, source_mention, target_mention)}`` of candidates."""
    return {
        (c.source.actor, c.specific, c.target.actor, c.source_mention, c.target_mention)
        for c in found
    }
