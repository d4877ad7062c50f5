"""Lemmas computed on demand, once per word form.

spaCy's rule lemmatizer is the slowest step of the small English pipeline when every
token is lemmatized, yet extraction only looks at the lemmas of a few words per sentence
(triggers, their heads, cue words). :func:`english_pipeline` therefore loads the
lemmatizer disabled and :func:`lemma` runs it for the words that are asked about, caching
each (form, tag) once per process. A pipeline whose lemmatizer runs is read as is.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LEMMATIZER_KEY", "lemma", "on_demand_lemmatizer"]

LEMMATIZER_KEY = "graphkit.lemmatizer"
"""Key of ``doc.user_data`` holding the lemmatizer :func:`lemma` may call."""

_cache: dict[tuple[int, str, str, str], str] = {}

# Forms spaCy's English rule lemmatizer gets wrong (it strips "-es"/"-ed"/"-ing" and finds
# another verb in its index, or reads "bases" as the plural of "basis", which news about
# armed actors almost never means, and "waged" as "wag"): English morphology, not a
# vocabulary.
_MISREAD = {
    "hopes": "hope",
    "hoped": "hope",
    "hoping": "hope",
    "bases": "base",
    "waged": "wage",  # not "wag": the light verb of "waged attacks on"
    "waging": "wage",
    "bogged": "bog",  # not "bogge": "bogged down in a battle with"
    "staged": "stage",  # not "stag": the light verb of "staged drills near" (round 35)
    "staging": "stage",
}


def on_demand_lemmatizer(nlp: Any) -> Any:
    """The pipeline's lemmatizer if it is present but disabled (so lemmas are left to
    :func:`lemma`), else None."""
    names = getattr(nlp, "component_names", ())
    if "lemmatizer" in names and "lemmatizer" not in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if callable(getattr(lemmatizer, "rule_lemmatize", None)):
            return lemmatizer
    return None


def lemma(token) -> str:
    """The lower-cased lemma of a token: the one spaCy set, else the on-demand one, else
    the lower-cased word."""
    text = token.lemma_
    if text:
        return text.lower()
    lemmatizer = token.doc.user_data.get(LEMMATIZER_KEY)
    if lemmatizer is None:
        return token.lower_
    key = (id(lemmatizer), token.lower_, token.tag_, token.pos_)
    found = _cache.get(key)
    if found is None:
        forms = lemmatizer.rule_lemmatize(token)
        found = _MISREAD.get(token.lower_) or (forms[0] if forms else token.text).lower()
        if len(_cache) > 200_000:
            _cache.clear()
        _cache[key] = found
    return found
