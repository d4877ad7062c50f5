"""The triggers of a sentence: its words that are lemmas of the lexicon, the entries their
cue words select, and the frame that reads each."""

from __future__ import annotations

from ..arguments import ArgumentResolver
from ..lemmas import lemma
from ..lexicon import LexiconEntry, RelationLexicon
from .cameo import cameo_entry
from .candidates import Candidate, canonical
from .modifier import is_modifier_participle, modifier_frame
from .noun import noun_frame
from .verb import verb_frame

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
    titles = lexicon.cue("title_noun")
    for token in sent:
        keys = _trigger_keys(token, titles)
        entries: list[LexiconEntry] = []
        for pos, base in keys:
            entries += _matching_entries(token, lexicon.entries(base, pos), lexicon)
        if not entries and keys and keys[0][0] == "VERB":
            # no hand row reads this verb: its most specific CAMEO pattern does
            found = cameo_entry(token, lexicon, [base for _, base in keys])
            entries = [found] if found is not None else []
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


def _trigger_keys(token, titles: frozenset[str]) -> list[tuple[str, str]]:
    base = lemma(token)
    text = token.lower_
    if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG"):
        keys = [("VERB", base)]
        if base == text:
            # a verb the lemmatizer does not know ("sanctioned" stays "sanctioned")
            keys += [("VERB", b) for b in _stems(text)]
        return keys
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
                continue
            if child.dep_ == "conj" and child.pos_ == "VERB":
                continue
            stack.append(child)
    doc = token.doc
    for i in (token.i - 1, token.i + 1):
        if 0 <= i < len(doc):
            words.add(lemma(doc[i]))
    return words


def _matching_entries(token, entries, lexicon) -> list[LexiconEntry]:
    if not entries:
        return []
    cued = [e for e in entries if e.cues]
    if cued:
        words = _cue_words(token)
        matched = [e for e in cued if e.cues & words]
        if matched:
            return matched
    return [e for e in entries if not e.cues]


def _frame(token, entry: LexiconEntry, resolver: ArgumentResolver, lexicon: RelationLexicon):
    if entry.pos == "VERB":
        if is_modifier_participle(token):
            yield from modifier_frame(token, entry, resolver, lexicon)
        else:
            yield from verb_frame(token, entry, resolver, lexicon)
    else:
        yield from noun_frame(token, entry, resolver, lexicon)
