"""Clauses whose verb the parser read as a noun or an adjective, parsed again.

spaCy's small English model reads many short clauses "Name VERB Name" as one noun phrase
when the verb has a noun or adjective reading: "Algeria armed Polisario" (the subject a
``compound`` of the object, "armed" an adjective), "China arms Myanmar", "Mali raids
JNIM", "Mozambique targets Ansar al-Sunna", or gives the verb no subject or no object
("Azerbaijan attacks Armenia": the subject a ``compound``, the object ``npadvmod``).
Nothing is then extracted. Wire copy, headlines, encyclopedia lists and event coders'
records are full of such clauses.

:func:`repair_parse` finds each *suspect*: a word that

- is an inflected form of a verb of the relation lexicon ("-s" or "-ed": "arms",
  "funded", "shelled", "targets"), written in lower case,
- follows the last word of an actor mention (adverbs between them allowed: "Pakistan
  *secretly* armed"), and not a possessive one ("Algeria's armed forces"),
- precedes an actor mention or a demonym (a determiner between allowed: "armed *the*
  TTP"),
- and is not read as the verb of a clause (a verb with both a subject and an object, an
  agent, a complement or a preposition),

then parses that sentence again with the suspect replaced by an unambiguous transitive
verb of the same inflection (:data:`STAND_INS`: "helped" for "-ed", "helps" for "-s").
The new parse is kept only if it reads the stand-in as a verb whose subject lies in the
mention before it and whose object holds the mention after it; the sentence then gets
the new parse's heads, dependency labels, parts of speech, tags and morphology, on the
original words (a new ``Doc`` with the same text and spaces), so every later stage
(frames, modality, attribution, dates, coreference) reads it unchanged. Any other
sentence, and every sentence whose parse already has the verb, keeps its parse.

The rule is deterministic (the same words give the same parse) and never invents a
relation from a real noun phrase: "the Algerian arms trade" (a demonym, not a mention,
before "arms"), "Pakistani armed forces", "the Pakistan arms deal" (no mention after
"arms"), "Chinese funds for Myanmar", "Pakistan's armed groups" (a possessive) are left
as parsed. (tested in tests/text/test_parse_repair.py; measured in
tests/text/data/BASELINE.md, round 15)
"""

from __future__ import annotations

from typing import Any

__all__ = ["STAND_INS", "repair_parse", "verb_lemma"]

STAND_INS = {"ed": ("helped",), "s": ("helps", "helped")}
"""The verbs that stand in for a suspect in the second parse, by its ending, tried in
order: a transitive verb the model does not read as a noun or an adjective. The past
form is the fallback for "-s" too ("Armenia helps Azerbaijan" is parsed with
"Azerbaijan" as ``npadvmod``, "Armenia helped Azerbaijan" is not); a present form keeps
its own tag (``VBZ``) and morphology whichever stand-in gave the tree."""

_PRESENT = ("VBZ", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")

_CLAUSE_ARGUMENTS = frozenset({"dobj", "dative", "agent", "prep", "ccomp", "xcomp", "attr"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative"})
_DETERMINERS = frozenset({"the", "a", "an"})


def verb_lemma(word: str, is_verb) -> str | None:
    """The lemma of a verb form ending in "-s" or "-ed" that ``is_verb`` accepts, if any.

    The candidates are tried in a fixed order: "-ed" then "-d" then a doubled consonant
    ("planned") then "-ied" ("supplied"); "-s" then "-es" then "-ies".

    Examples
    --------
    >>> verbs = {"arm", "shell", "supply", "plan", "target"}
    >>> [verb_lemma(w, verbs.__contains__) for w in ["armed", "arms", "shelled", "supplied",
    ...                                                "planned", "targets", "armour"]]
    ['arm', 'arm', 'shell', 'supply', 'plan', 'target', None]
    """
    candidates: list[str] = []
    if word.endswith("ed") and len(word) > 4:
        candidates += [word[:-2], word[:-1]]
        if word[-3] == word[-4]:
            candidates.append(word[:-3])
        if word.endswith("ied"):
            candidates.append(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        candidates += [word[:-1], word[:-2]]
        if word.endswith("ies"):
            candidates.append(word[:-3] + "y")
    for candidate in candidates:
        if is_verb(candidate):
            return candidate
    return None


def _ending(word: str) -> str:
    return "ed" if word.endswith("ed") else "s"


def _reads_as_clause_verb(token) -> bool:
    """Whether the parse already has the word as the verb of a clause with its arguments."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    deps = {child.dep_ for child in token.children}
    return bool(deps & _SUBJECTS) and bool(deps & _CLAUSE_ARGUMENTS)


def _suspects(doc, is_verb) -> list[tuple[int, str]]:
    """Words that may be a relation verb the parse did not read as one: (index, lemma).
    Cheap: looks at the words and their parse only, before any mention is found."""
    found = []
    for token in doc:
        text = token.text
        if (
            len(text) < 4
            or not text.isalpha()
            or not text.islower()
            or token.is_sent_start
            or text[-1] not in "sd"
            or _reads_as_clause_verb(token)
        ):
            continue
        verb = verb_lemma(text, is_verb)
        if verb is not None:
            found.append((token.i, verb))
    return found


def _framed(doc, i: int, ends: dict[int, Any], starts: dict[int, Any], demonyms) -> tuple | None:
    """The mentions before and after word ``i`` (adverbs may come between the first and
    the word, a determiner between the word and the second), or None."""
    sent = doc[i].sent
    left = i
    while left - 1 > sent.start and doc[left - 1].pos_ == "ADV":
        left -= 1
    before = ends.get(left)
    if before is None:
        return None
    if doc[before.end - 1].lower_.endswith(("'s", "\u2019s")) or doc[left].text in (
        "'s",
        "\u2019s",
    ):
        return None
    right = i + 1
    if right < sent.end and doc[right].lower_ in _DETERMINERS:
        right += 1
    if right >= sent.end:
        return None
    after = starts.get(right)
    if after is not None:
        return before, (after.start, after.end)
    if right in demonyms:
        return before, (right, right + 1)
    return None


def _agrees(new, i: int, subject: tuple[int, int], obj: tuple[int, int]) -> bool:
    """Whether the second parse reads word ``i`` as a verb with the subject in ``subject``
    and an object holding the first word of ``obj`` (spans relative to the sentence)."""
    verb = new[i]
    if verb.pos_ != "VERB":
        return False
    has_subject = any(c.dep_ in _SUBJECTS and subject[0] <= c.i < subject[1] for c in verb.children)
    has_object = any(
        c.dep_ in _OBJECTS and any(obj[0] <= w.i < obj[1] for w in c.subtree) for c in verb.children
    )
    return has_subject and has_object


def repair_parse(doc, matcher, lexicon, nlp) -> Any:
    """``doc``, or a new ``Doc`` with the same words whose suspect clauses are parsed again.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed document.
    matcher : ActorMatcher
        Finds the actor mentions (:func:`~graphkit.text.inputs.actor_matcher`).
    lexicon : RelationLexicon
        Whose verbs are the suspects' lemmas.
    nlp : spacy.language.Language
        The pipeline that parsed ``doc``; parses the sentences again.

    Returns
    -------
    spacy.tokens.Doc
        ``doc`` itself when nothing is repaired; else a new document with the same text,
        words and spaces, the repaired sentences' parse from the second reading, every
        other sentence's parse as it was.

    Examples
    --------
    >>> import pandas as pd
    >>> from graphkit.text.inputs import actor_matcher
    >>> from graphkit.text.lexicon import default_lexicon
    >>> from graphkit.text.pipeline import english_pipeline
    >>> nlp, lexicon = english_pipeline(), default_lexicon()
    >>> actors = pd.DataFrame({"id": ["algeria", "polisario"],
    ...                        "name": ["Algeria", "Polisario Front"],
    ...                        "aliases": ["", "Polisario"], "kind": ["state", "armed_group"]})
    >>> matcher = actor_matcher(actors, lexicon, nlp)
    >>> doc = nlp("Algeria armed Polisario.")
    >>> [(t.text, t.pos_, t.dep_) for t in doc][:2]
    [('Algeria', 'PROPN', 'compound'), ('armed', 'PROPN', 'compound')]
    >>> fixed = repair_parse(doc, matcher, lexicon, nlp)
    >>> [(t.text, t.pos_, t.dep_, t.head.text) for t in fixed][:3]  # doctest: +NORMALIZE_WHITESPACE
    [('Algeria', 'PROPN', 'nsubj', 'armed'), ('armed', 'VERB', 'ROOT', 'armed'),
     ('Polisario', 'PROPN', 'dobj', 'armed')]
    >>> fixed.text == doc.text
    True
    """
    suspects = _suspects(doc, lambda word: lexicon.is_trigger(word, "VERB"))
    if not suspects:
        return doc
    mentions, demonyms = matcher.find(doc)
    ends = {m.end: m for m in mentions}
    starts = {m.start: m for m in mentions}
    by_sentence: dict[int, list[tuple[int, str, Any, tuple[int, int]]]] = {}
    for i, verb in suspects:
        framed = _framed(doc, i, ends, starts, demonyms)
        if framed is not None:
            before, after = framed
            by_sentence.setdefault(doc[i].sent.start, []).append((i, verb, before, after))
    repaired: dict[int, Any] = {}  # sentence start -> its second parse
    verbs: dict[int, str] = {}
    for start, found in sorted(by_sentence.items()):
        new = _reparse(doc[start].sent, found, nlp)
        if new is not None:
            repaired[start] = new
            verbs.update((i, verb) for i, verb, _, _ in found)
    if not repaired:
        return doc
    return _rebuilt(doc, repaired, verbs)


def _reparse(sent, found, nlp) -> Any:
    """The second parse of a sentence with its suspects replaced by stand-ins, if it reads
    each as the verb between its mentions and stays one sentence; else None."""
    from spacy.tokens import Doc

    offset = sent.start
    spaces = [bool(t.whitespace_) for t in sent]
    for attempt in range(max(len(choices) for choices in STAND_INS.values())):
        words = [t.text for t in sent]
        for i, _, _, _ in found:
            choices = STAND_INS[_ending(sent.doc[i].text)]
            words[i - offset] = choices[min(attempt, len(choices) - 1)]
        new = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
        if len(list(new.sents)) == 1 and all(
            _agrees(new, i - offset, (b.start - offset, b.end - offset), (s - offset, e - offset))
            for i, _, b, (s, e) in found
        ):
            return new
    return None


def _rebuilt(doc, repaired: dict[int, Any], verbs: dict[int, str]) -> Any:
    """A new Doc with ``doc``'s words and the parse of ``repaired`` sentences spliced in."""
    from spacy.tokens import Doc, Span

    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    pos = [t.pos_ for t in doc]
    tags = [t.tag_ for t in doc]
    morphs = [str(t.morph) for t in doc]
    starts: list[bool | int | None] = [bool(t.is_sent_start) for t in doc]
    for start, new in repaired.items():
        for t in new:
            k = start + t.i
            heads[k] = start + t.head.i
            deps[k], pos[k], tags[k], morphs[k] = t.dep_, t.pos_, t.tag_, str(t.morph)
            starts[k] = t.i == 0
    for k in verbs:
        if _ending(doc[k].text) == "s":  # "arms" stays present, whichever stand-in parsed it
            tags[k], morphs[k] = _PRESENT
    lemmas = [t.lemma_ for t in doc] if any(t.lemma_ for t in doc) else None
    out = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        morphs=morphs,
        lemmas=lemmas,
        sent_starts=starts,
    )
    if [s.start for s in out.sents] != [s.start for s in doc.sents] or out.text != doc.text:
        return doc  # never a document cut otherwise than the parser cut it
    if doc.has_annotation("ENT_IOB"):
        out.ents = [Span(out, e.start, e.end, label=e.label_) for e in doc.ents]
    out.user_data.update(doc.user_data)
    for i, verb in verbs.items():  # the verb's lemma, not the noun's or adjective's
        out[i].lemma_ = verb
    return out
