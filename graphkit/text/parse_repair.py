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

A suspect is taken with the *chain* of relation verb forms joined to it by "and", "or"
or commas ("Iran arms and funds Hezbollah", "Qatar arms, trains and funds Hamas", "Rwanda
backs and arms the M23 rebels"; a member already read as a verb is taken too): the chain
is framed by the mention before its first word, or by a mention and a relative pronoun
after it ("Iran, which arms and funds Hezbollah"), and the mention after its last; every
member gets the stand-in, and the new parse is kept only if the first member has the
subject, the others are its conjuncts and one of them has the object. Where the chains
of a sentence do not parse so, each suspect is tried alone. (BASELINE.md, round 54)

The rule is deterministic (the same words give the same parse) and never invents a
relation from a real noun phrase: "the Algerian arms trade" (a demonym, not a mention,
before "arms"), "Pakistani armed forces", "the Pakistan arms deal" (no mention after
"arms"), "Chinese funds for Myanmar", "Pakistan's armed groups" (a possessive) are left
as parsed. (tested in tests/text/test_parse_repair.py; measured in
tests/text/data/BASELINE.md, round 15)

The same model misreads some actor *names*: an all-caps acronym at a clause's start is
read as a verb or an auxiliary ("ECOWAS/VERB imposed/amod sanctions on Niger", "IGAD/AUX
deployed troops"), and a name before an irregular or past verb can turn that verb into
an adjective of the next noun ("The RSF held/amod talks with Egypt", "Al-Shabaab cut/amod
ties with ..."), so the clause has no subject and nothing is read. The same sentence
with "Kenya" in the name's place is parsed right. :func:`repair_parse` therefore also
finds each *misread name*: an actor mention

- one of whose words is read as a verb or an auxiliary, or
- followed (adverbs between allowed) by a lower-case verb form that the parse reads as
  modifier of the noun after it (``amod``, ``compound``: "held talks") or as a clause
  of the mention left as the sentence's root ("ECOWAS/ROOT mediated/acl"), rather than
  as a clause's verb, the mention not a possessive nor already the subject or object of
  a clause's verb,

and parses that sentence again with each such mention (and a determiner just before
it: "the RSF") replaced by one stand-in proper name (:data:`NAME_STAND_INS`). The new
parse is kept only if the sentence stays one sentence and each stand-in is now a
nominal argument of a verb (for a misread following verb: that verb's subject). The
original words then get the new tree by a fixed mapping: the mention's last word takes
the stand-in's head, label and place in the tree (as a proper noun), its other words
are its ``compound`` (punctuation ``punct``, the determiner ``det``), and every other
word takes the reading of its own word in the new parse. A sentence with no misread name
keeps its parse; both repairs may apply to one sentence, the names first.
(tests/text/test_name_repair.py; BASELINE.md, round 17)

Before both, a relative clause set off by a pair of dashes right after a noun ("Iran -
which arms Hezbollah - was attacked by Israel") is parsed again with commas in the
dashes' places: the model reads the clause between dashes as running on into the main
verb ("Hezbollah" the subject of "was attacked"), or leaves the noun as the root with
the main verb a modifier, and reads it right between commas. The new parse is kept only
if the sentence stays one and each relative clause is a clause of a word before its
opening dash that ends before its closing dash; a sentence whose parse already closes
the clause at its dashes, the noun in the main clause, keeps its parse.
(tests/text/test_round55_dashed_relatives.py; BASELINE.md, round 55)
"""

from __future__ import annotations

from typing import Any

__all__ = ["NAME_STAND_INS", "STAND_INS", "repair_parse", "verb_lemma"]

STAND_INS = {"ed": ("helped",), "s": ("helps", "helped")}
"""The verbs that stand in for a suspect in the second parse, by its ending, tried in
order: a transitive verb the model does not read as a noun or an adjective. The past
form is the fallback for "-s" too ("Armenia helps Azerbaijan" is parsed with
"Azerbaijan" as ``npadvmod``, "Armenia helped Azerbaijan" is not); a present form keeps
its own tag (``VBZ``) and morphology whichever stand-in gave the tree."""

NAME_STAND_INS = ("Kenya", "France")
"""The proper names that stand in for a misread actor mention in the second parse, tried
in order: one-word country names the model reads as the subject or object of the verb
next to them in every probe sentence of round 17 (BASELINE.md)."""

_PRESENT = ("VBZ", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")

_CLAUSE_ARGUMENTS = frozenset({"dobj", "dative", "agent", "prep", "ccomp", "xcomp", "attr"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative"})
_DETERMINERS = frozenset({"the", "a", "an"})
_RELATIVE_PRONOUNS = frozenset({"which", "whom", "that"})
_CHAIN_JOINERS = frozenset({",", "and", "or"})


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


def _chain(doc, i: int, is_verb) -> tuple[int, ...]:
    """The words of the chain of relation verb forms joined by "and", "or" or commas
    (adverbs between allowed) that word ``i`` is in: "arms and funds", "arms, trains and
    funds", "backs and arms", "armed and quietly trained"; ``(i,)`` alone when it is in
    none. Each other member is a lower-case "-s" or "-ed" form of a verb ``is_verb``
    accepts, whatever the parse reads it as."""
    sent = doc[i].sent

    def member(k: int) -> bool:
        text = doc[k].text
        return (
            len(text) >= 4
            and text.isalpha()
            and text.islower()
            and text[-1] in "sd"
            and verb_lemma(text, is_verb) is not None
        )

    def step(k: int, way: int) -> int | None:
        """The next member from ``k`` in direction ``way``, across one joiner."""
        j, joined = k + way, False
        while sent.start <= j < sent.end and (
            doc[j].lower_ in _CHAIN_JOINERS or doc[j].pos_ == "ADV"
        ):
            joined = joined or doc[j].lower_ in _CHAIN_JOINERS
            j += way
        if joined and sent.start <= j < sent.end and member(j):
            return j
        return None

    words = [i]
    while (k := step(words[0], -1)) is not None:
        words.insert(0, k)
    while (k := step(words[-1], 1)) is not None:
        words.append(k)
    return tuple(words)


def _framed(
    doc, i: int, ends: dict[int, Any], starts: dict[int, Any], demonyms, last: int | None = None
) -> tuple | None:
    """The spans before and after word ``i`` (adverbs may come between the first and the
    word, a determiner between the word and the second), or None: each the span of a
    mention, or of a demonym or relative pronoun after. With ``last``, the word ``i``
    begins a chain of verbs ending at word ``last``: the second span comes after
    ``last``, and the first may be a mention with a relative pronoun after it
    ("Iran, which arms and funds")."""
    sent = doc[i].sent
    last = i if last is None else last
    left = i
    while left - 1 > sent.start and doc[left - 1].pos_ == "ADV":
        left -= 1
    before = ends.get(left)
    if before is None and last > i:
        before = _relative_subject(doc, left, ends, sent)
    if before is None:
        return None
    i = last
    if not isinstance(before, tuple):
        before = (before.start, before.end)
    if doc[before[1] - 1].lower_.endswith(("'s", "\u2019s")) or doc[left].text in (
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
    return _relative_object(doc, i, before, sent)


def _relative_subject(doc, left: int, ends: dict[int, Any], sent) -> tuple[int, int] | None:
    """The span of a mention and the relative pronoun after it (a comma, dash or bracket
    between them allowed) that ends just before word ``left``: "Iran, which", "Rwanda -
    which"; else None."""
    k = left - 1
    if k <= sent.start or doc[k].lower_ not in ("which", "who", "that"):
        return None
    j = k
    if j - 1 > sent.start and doc[j - 1].text in (",", "-", "\u2013", "\u2014", "("):
        j -= 1
    mention = ends.get(j)
    if mention is None:
        return None
    return (mention.start, k + 1)


def _relative_object(doc, i: int, before, sent) -> tuple | None:
    """An object relative ("the militia, *which* Qatar funds, ...", "the rebels *whom*
    Iran arms"): the mention before the word, its relative pronoun just before it (a
    determiner between allowed), the pronoun the object; else None. Not where a noun,
    adjective or verb follows the word, which is then a noun's modifier or a noun ("which
    the Iran *arms* embargo covers", "which Iran *funds* programmes for")."""
    if i + 1 < sent.end and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "NUM"):
        return None
    k = before[0] - 1
    if k > sent.start and doc[k].lower_ in _DETERMINERS:
        k -= 1
    if k > sent.start and doc[k].lower_ in _RELATIVE_PRONOUNS:
        return before, (k, k + 1)
    return None


def _agrees(new, chain: tuple[int, ...], subject: tuple[int, int], obj: tuple[int, int]) -> bool:
    """Whether the second parse reads the words of ``chain`` as verbs, the first with the
    subject in ``subject``, the others its conjuncts (directly or through one another),
    and one of them with an object holding a word of ``obj`` (spans relative to the
    sentence)."""
    verbs = [new[i] for i in chain]
    if any(verb.pos_ != "VERB" for verb in verbs):
        return False
    first = verbs[0]
    for verb in verbs[1:]:
        head = verb
        while head.dep_ == "conj" and head.head.i != head.i and head.i != first.i:
            head = head.head
        if head.i != first.i:
            return False
    has_subject = any(
        c.dep_ in _SUBJECTS and subject[0] <= c.i < subject[1] for c in first.children
    )
    has_object = any(
        c.dep_ in _OBJECTS and any(obj[0] <= w.i < obj[1] for w in c.subtree)
        for verb in verbs
        for c in verb.children
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

    def is_verb(word: str) -> bool:
        return lexicon.is_trigger(word, "VERB")

    doc = _repair_asides(doc, nlp)
    doc = _repair_names(doc, matcher, nlp)
    suspects = _suspects(doc, is_verb)
    if not suspects:
        return doc
    mentions, demonyms = matcher.find(doc)
    ends = {m.end: m for m in mentions}
    starts = {m.start: m for m in mentions}
    Found = list[tuple[tuple[int, ...], tuple[int, int], tuple[int, int]]]
    chains: dict[int, Found] = {}  # sentence start -> its suspects' chains, framed
    alone: dict[int, Found] = {}  # sentence start -> each suspect framed by itself
    chained: set[int] = set()
    for i, _ in suspects:
        start = doc[i].sent.start
        framed = _framed(doc, i, ends, starts, demonyms)
        if framed is not None:
            alone.setdefault(start, []).append(((i,), *framed))
        if i in chained:
            continue
        chain = _chain(doc, i, is_verb)
        chained.update(chain)
        if len(chain) > 1:
            framed = _framed(doc, chain[0], ends, starts, demonyms, last=chain[-1])
        if framed is not None:
            chains.setdefault(start, []).append((chain, *framed))
    repaired: dict[int, list[_Reading]] = {}  # sentence start -> its second parse
    verbs: dict[int, str] = {}
    for start in sorted(chains.keys() | alone.keys()):
        # the chains first; where they do not parse, each suspect by itself (as before
        # chains were read)
        new, used, tried = None, [], []  # type: tuple[Any, Found, Found]
        for found in (chains.get(start, []), alone.get(start, [])):
            if found and new is None and found != tried:
                new, used, tried = _reparse(doc[start].sent, found, nlp), found, found
        if new is not None:
            repaired[start] = [_reading(t, start + t.head.i) for t in new]
            for chain, _, _ in used:
                verbs.update((k, verb_lemma(doc[k].text, is_verb) or "") for k in chain)
    if not repaired:
        return doc
    return _rebuilt(doc, repaired, verbs)


_Reading = tuple[int, str, str, str, str]  # head (document index), dep, pos, tag, morph


def _reading(token, head: int) -> _Reading:
    return (head, token.dep_, token.pos_, token.tag_, str(token.morph))


_MODIFIER_VERB = frozenset({"amod", "compound"})
_NOMINAL_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "agent"})
_VERB_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})


def _may_misread_name(doc) -> bool:
    """Cheap: whether any word could be a misread name (a capitalised verb or auxiliary)
    or the verb after one (a lower-case verb read as a modifier after a capitalised
    word); only then are the mentions looked for."""
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and token.text[:1].isupper():
            return True
        if (
            token.dep_ in _MODIFIER_VERB | {"acl"}
            and token.tag_ in _VERB_TAGS
            and token.i > 0
            and doc[token.i - 1].text[:1].isupper()
        ):
            return True
    return False


def _verb_after(doc, mention) -> int | None:
    """The lower-case verb form after ``mention`` (adverbs between allowed) that the
    parse reads as a modifier of a noun after it or as a clause of the mention left as
    the root, where the mention is no clause verb's subject or object; else None."""
    sent_end = doc[mention.start].sent.end
    i = mention.end
    if i < sent_end and doc[i].text in ("'s", "\u2019s"):
        return None
    while i < sent_end and doc[i].pos_ == "ADV":
        i += 1
    if i >= sent_end:
        return None
    word, root = doc[i], doc[mention.start : mention.end].root
    if (
        word.text.isalpha()
        and word.text.islower()
        and word.tag_ in _VERB_TAGS
        and not _is_argument(root)
        and (
            # an adjective of the noun after it: "The RSF held/amod talks"
            (word.dep_ in _MODIFIER_VERB and word.head.i > i)
            # a clause of the name left as the sentence's root: "ECOWAS/ROOT mediated/acl"
            or (word.dep_ == "acl" and word.head == root and root.dep_ == "ROOT")
        )
    ):
        return i
    return None


def _is_argument(token) -> bool:
    """Whether the parse already reads ``token`` as a subject or object of a clause's
    verb (not of a verb read as a modifier)."""
    head = token.head
    return (
        token.dep_ in _NOMINAL_ARGUMENTS
        and head.pos_ in ("VERB", "AUX")
        and head.dep_ not in _MODIFIER_VERB
    )


def _misread_names(doc, mentions) -> dict[int, list[tuple[int, int, int | None]]]:
    """The misread mentions by sentence start: (first word, incl. a determiner before
    the mention; end; the misread verb after it or None)."""
    found: dict[int, list[tuple[int, int, int | None]]] = {}
    for mention in mentions:
        span = doc[mention.start : mention.end]
        verb = _verb_after(doc, mention)
        if verb is None and not any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        sent = span.sent
        if mention.end > sent.end:
            continue
        first = mention.start
        if first > sent.start and doc[first - 1].lower_ in _DETERMINERS:
            first -= 1
        found.setdefault(sent.start, []).append((first, mention.end, verb))
    return found


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_ASIDE_RELATIVES = frozenset({"which", "who", "whom", "whose", "that"})


def _dashed_asides(sent) -> list[tuple[int, int]]:
    """The (opening, closing) dashes of each relative clause set off by a pair of dashes
    right after a noun ("Iran *-* which arms Hezbollah *-* was attacked"), by document
    index."""
    found: list[tuple[int, int]] = []
    k = sent.start + 1
    while k < sent.end - 2:
        word = sent.doc[k]
        if (
            word.text in _DASHES
            and sent.doc[k - 1].pos_ in ("NOUN", "PROPN")
            and sent.doc[k + 1].lower_ in _ASIDE_RELATIVES
        ):
            closing = next(
                (j for j in range(k + 2, sent.end - 1) if sent.doc[j].text in _DASHES), None
            )
            if closing is None:
                break
            found.append((k, closing))
            k = closing + 1
            continue
        k += 1
    return found


def _repair_asides(doc, nlp) -> Any:
    """``doc``, or a new ``Doc`` whose sentences with a relative clause between dashes are
    parsed again with commas in the dashes' places (round 55).

    The model reads a clause between dashes as running on into the main verb ("Iran -
    which arms Hezbollah - was attacked by Israel": "Hezbollah" the subject of "was
    attacked", that verb a complement of "arms"), and reads it right between commas. The
    new parse is kept only if the sentence stays one and each relative pronoun's clause
    is a relative clause of a word before its opening dash that ends before its closing
    dash; the dashes then read as the commas did. A sentence whose asides the parse
    already closes at their dashes, the noun before them in the main clause, keeps its
    parse."""
    if not any(t.text in _DASHES for t in doc):
        return doc
    from spacy.tokens import Doc

    repaired: dict[int, list[_Reading]] = {}
    for sent in doc.sents:
        # only asides the parse runs on past their closing dash, or whose noun it leaves
        # out of the main clause (the sentence's root)
        asides = [
            (opening, closing)
            for opening, closing in _dashed_asides(sent)
            if not _relative_aside(doc, opening, closing) or doc[opening - 1].dep_ == "ROOT"
        ]
        if not asides:
            continue
        offset = sent.start
        words = [t.text for t in sent]
        for opening, closing in asides:
            words[opening - offset] = words[closing - offset] = ","
        spaces = [bool(t.whitespace_) for t in sent]
        for opening, _ in asides:
            spaces[opening - offset - 1] = False  # "Iran, which" as written with commas
        new = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
        if len(list(new.sents)) != 1 or not all(
            _relative_aside(new, opening - offset, closing - offset) for opening, closing in asides
        ):
            continue
        readings = [_reading(t, offset + t.head.i) for t in new]
        for opening, closing in asides:
            for k in (opening, closing):
                head = readings[k - offset][0]
                readings[k - offset] = (head, "punct", "PUNCT", ":", str(doc[k].morph))
        repaired[offset] = readings
    if not repaired:
        return doc
    return _rebuilt(doc, repaired, {})


def _relative_aside(new, opening: int, closing: int) -> bool:
    """Whether the relative pronoun after ``opening`` heads into a relative clause of a
    word before ``opening`` that ends before ``closing`` (indices of the parse ``new``)."""
    clause = new[opening + 1]
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
        if not opening < clause.head.i < closing:
            return False
        clause = clause.head
    return (
        clause.dep_ in ("relcl", "acl")
        and clause.head.i < opening
        and all(opening < t.i < closing for t in clause.subtree)
    )


def _repair_names(doc, matcher, nlp) -> Any:
    """``doc``, or a new ``Doc`` whose sentences with a misread actor name are parsed
    again with a stand-in name (see the module's description)."""
    if not _may_misread_name(doc):
        return doc
    mentions, _ = matcher.find(doc)
    repaired: dict[int, list[_Reading]] = {}
    for start, spans in sorted(_misread_names(doc, mentions).items()):
        readings = _reparse_names(doc[start].sent, spans, nlp)
        if readings is not None:
            repaired[start] = readings
    if not repaired:
        return doc
    return _rebuilt(doc, repaired, {})


def _reparse_names(sent, spans, nlp) -> list[_Reading] | None:
    """The readings of a sentence's words from a second parse with each misread mention
    replaced by a stand-in name, if every stand-in is a nominal argument of a verb (the
    subject of the misread verb after it, where there is one) and the sentence stays
    one; else None."""
    from spacy.tokens import Doc

    doc, offset = sent.doc, sent.start
    replaced = {first: (end, verb) for first, end, verb in spans}
    for name in NAME_STAND_INS:
        words: list[str] = []
        spaces: list[bool] = []
        new_of: dict[int, int] = {}  # document index of a kept word -> its new index
        stand_ins: dict[int, tuple[int, int, int | None]] = {}  # new index -> the span
        k = offset
        while k < sent.end:
            if k in replaced:
                end, verb = replaced[k]
                stand_ins[len(words)] = (k, end, verb)
                words.append(name)
                spaces.append(bool(doc[end - 1].whitespace_))
                k = end
                continue
            new_of[k] = len(words)
            words.append(doc[k].text)
            spaces.append(bool(doc[k].whitespace_))
            k += 1
        new = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
        if len(list(new.sents)) != 1:
            continue
        if all(
            _argument_of_verb(new[n], None if verb is None else new_of[verb])
            for n, (_, _, verb) in stand_ins.items()
        ):
            return _mapped(sent, new, new_of, stand_ins)
    return None


def _argument_of_verb(token, verb: int | None) -> bool:
    """Whether ``token`` is a nominal argument of a verb: the subject of word ``verb``
    when given, else a subject or object of a verb or the object of a verb's
    preposition."""
    head = token.head
    if verb is not None:
        return token.dep_ in _SUBJECTS and head.i == verb and head.pos_ in ("VERB", "AUX")
    if token.dep_ == "pobj":
        return head.dep_ in ("prep", "agent") and head.head.pos_ == "VERB"
    return token.dep_ in _NOMINAL_ARGUMENTS and head.pos_ == "VERB"


def _mapped(sent, new, new_of: dict[int, int], stand_ins) -> list[_Reading]:
    """The new parse's readings on the sentence's own words: a replaced span's last word
    reads as its stand-in (a proper noun), its other words as that word's ``compound``
    (punctuation ``punct``, a determiner ``det``); every other word as its own word."""
    doc = sent.doc
    old_of = {n: k for k, n in new_of.items()}
    for n, (_, end, _) in stand_ins.items():
        old_of[n] = end - 1
    readings: dict[int, _Reading] = {
        k: _reading(new[n], old_of[new[n].head.i]) for k, n in new_of.items()
    }
    for n, (first, end, _) in stand_ins.items():
        last = end - 1
        stand_in = new[n]
        readings[last] = (old_of[stand_in.head.i], stand_in.dep_, "PROPN", "NNP", "Number=Sing")
        for k in range(first, last):
            word = doc[k]
            if word.lower_ in _DETERMINERS:
                readings[k] = (last, "det", "DET", "DT", str(word.morph))
            elif word.is_punct:
                readings[k] = (last, "punct", "PUNCT", "HYPH", "PunctType=Dash")
            else:
                readings[k] = (last, "compound", "PROPN", "NNP", "Number=Sing")
    return [readings[k] for k in range(sent.start, sent.end)]


def _reparse(sent, found, nlp) -> Any:
    """The second parse of a sentence with its suspects replaced by stand-ins, if it reads
    each as the verb between its mentions and stays one sentence; else None."""
    from spacy.tokens import Doc

    offset = sent.start
    spaces = [bool(t.whitespace_) for t in sent]
    for attempt in range(max(len(choices) for choices in STAND_INS.values())):
        words = [t.text for t in sent]
        for chain, _, _ in found:
            for i in chain:
                choices = STAND_INS[_ending(sent.doc[i].text)]
                words[i - offset] = choices[min(attempt, len(choices) - 1)]
        new = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
        if len(list(new.sents)) == 1 and all(
            _agrees(
                new,
                tuple(i - offset for i in chain),
                (b - offset, e - offset),
                (s - offset, t - offset),
            )
            for chain, (b, e), (s, t) in found
        ):
            return new
    return None


def _rebuilt(doc, repaired: dict[int, list[_Reading]], verbs: dict[int, str]) -> Any:
    """A new Doc with ``doc``'s words and the readings of ``repaired`` sentences (one per
    word of the sentence, heads as document indices) spliced in."""
    from spacy.tokens import Doc, Span

    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    pos = [t.pos_ for t in doc]
    tags = [t.tag_ for t in doc]
    morphs = [str(t.morph) for t in doc]
    starts: list[bool | int | None] = [bool(t.is_sent_start) for t in doc]
    for start, readings in repaired.items():
        for offset, (head, dep, part, tag, morph) in enumerate(readings):
            k = start + offset
            heads[k], deps[k], pos[k], tags[k], morphs[k] = head, dep, part, tag, morph
            starts[k] = offset == 0
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
