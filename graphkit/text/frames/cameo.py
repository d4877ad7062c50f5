"""The CAMEO frame: a verb no hand row of the lexicon reads, coded by the most specific
CAMEO pattern that matches its phrase, and read as the verb frame reads a hand row.

A pattern (:class:`~graphkit.text.cameo_lexicon.CameoPattern`) matches a verb when the
words it puts before its first preposition are found, in order, among the verb's objects
and complements, and each of its prepositional phrases as a preposition of the verb or of
its objects with the phrase's words inside it: a word by its form or lemma (a TABARI stem
of five letters or more by its start: "releas"), a synonym set by any member, words
joined by ``_`` next to each other. Patterns of the wrong voice are passed over. Among
the patterns that match, the one that pins down most of the sentence wins
(:attr:`~graphkit.text.cameo_lexicon.CameoPattern.specificity`); ties go to PETRARCH2's
dictionary, then to the earlier row of ``cameo_verbs.csv`` (patterns are tried in that
order, the first match decides). A pattern with the dictionaries' null code says
the phrase is no event: the verb gives nothing; so do the codes of roots 03 and 06
(:data:`QUIET_ROOTS`), left to the hand rows, and, for a verb with a that-clause, codes
that do not take one ("conceded that": a report).

The winning code becomes a relation type through the CAMEO event mapping (as an event row
with that code does; :meth:`~graphkit.text.lexicon.RelationLexicon.relation_of_code`),
and the verb is read with a lexicon entry made from the pattern: the source is the
subject (the ``by`` agent of a passive), the target where the pattern puts ``TARGET``
(the object, or the object of a preposition); where it does not, the object (unless the
pattern requires object words: "*cut* ties") and then the objects of the prepositions
:data:`TARGET_PREPOSITIONS` (a cooperative act's "against" and a hostile act's "to" left
out: "deployed troops against", "deploying a force to Mozambique"). "A and B *signed* a
treaty" (``BOTH``), and any act the vocabulary makes symmetric ("A and B *met*"), give
every pair of the coordinated subjects.
"""

from __future__ import annotations

from ..cameo_lexicon import CameoPattern, Element
from ..lemmas import lemma
from ..lexicon import LexiconEntry, RelationLexicon
from .syntax import is_passive

__all__ = [
    "QUIET_ROOTS",
    "TARGET_PREPOSITIONS",
    "cameo_entry",
    "phrase",
    "regions",
    "sentence_words",
]

TARGET_PREPOSITIONS = ("with", "against", "on", "at", "to", "into", "toward", "towards", "upon")
"""Where the target of a pattern that does not place it is looked for, after the verb's
object: "*met* with", "*fired* at", "*appealed* to"."""

QUIET_ROOTS = frozenset({"03", "06"})
"""CAMEO roots whose verbs say too little on their own in running text: 03 "express
intent to cooperate" codes an intention ("agreed to meet", "planned to fly arms to",
"worked to establish joint patronage"), 06 "engage in material cooperation" the verbs of
founding and joining ("establishing the People's Defense Forces"). On the development
texts half of the CAMEO readings were wrong, most of them of these roots; their acts
come from the hand rows (cooperate, work with, sign, agree with ...) only."""

_CLAUSE_TAKING = frozenset({"demands", "threatens", "opposes", "appeals_to", "rejects", "warns"})
"""Relations whose verbs may take a that-clause and still act on their target ("demanded
that", "warned that"); a verb of another code with a that-clause reports, it does not
act ("conceded that", "agreed that")."""

_CLAUSES = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "csubj",
        "csubjpass",
        "ccomp",
        "advcl",
        "relcl",
        "parataxis",
        "conj",
        "cc",
        "mark",
        "punct",
        "expl",
    }
)
"""Children of the verb whose words are not part of its phrase."""


def phrase(verb) -> list:
    """The words of a verb's own phrase after the verb, in order: its subtree without its
    subject, the clauses it governs and coordinated verbs."""
    words = []
    for child in verb.children:
        if child.i < verb.i or child.dep_ in _CLAUSES:
            continue
        words.extend(child.subtree)
    return sorted((w for w in words if w.i > verb.i), key=lambda w: w.i)


_OBJECTS = frozenset(
    {"dobj", "dative", "attr", "oprd", "acomp", "xcomp", "prt", "advmod", "npadvmod"}
)
_PREPOSITIONS = frozenset({"prep", "agent", "dative"})


def regions(verb) -> tuple[list, list]:
    """The verb's object words (its objects and complements with their words, in order)
    and its prepositions (those of the verb, of its objects and of its particles, and the
    particles themselves)."""
    objects = []
    preps = []
    heads = [verb]
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in _OBJECTS:
            objects.extend(child.subtree)
            heads.append(child)
        elif child.dep_ in _PREPOSITIONS:
            preps.append(child)
    for head in heads[1:]:
        preps += [c for c in head.children if c.dep_ in _PREPOSITIONS and c.i > verb.i]
    # a particle is a preposition without its object: a pattern's bare "(out)" is
    # "pushed out the rebels" as well as "pushed the rebels out of the town"
    preps += [c for c in verb.children if c.dep_ == "prt" and c.i > verb.i]
    objects = sorted({w.i: w for w in objects if w.i > verb.i}.values(), key=lambda w: w.i)
    return objects, sorted(preps, key=lambda w: w.i)


def cameo_entry(
    verb, lexicon: RelationLexicon, bases=None, sentence_keys: set[str] | None = None
) -> LexiconEntry | None:
    """The lexicon entry the best matching CAMEO pattern makes for a verb, or None (no
    pattern matches, the winning code is the null code, or the mapping makes it no
    relation). ``bases`` are the lemmas to try, in order (a participle the tagger reads as
    an adjective has several); the verb's lemma by default. ``sentence_keys``, the words
    of the verb's sentence as :func:`sentence_keys` gives them, lets patterns whose words
    the sentence lacks be passed over before the verb's phrase is read."""
    cameo = lexicon.cameo
    if cameo is None:
        return None
    base = next((b for b in (bases or [lemma(verb)]) if b in cameo), None)
    if base is None:
        return None
    voice = "passive" if is_passive(verb) else "active"
    present = sentence_keys if sentence_keys is not None else sentence_words(verb.sent)
    parts = None
    best: CameoPattern | None = None
    for pattern in cameo.candidates(base):  # most specific first: the first match decides
        if pattern.voice not in ("any", voice):
            continue
        if pattern.both and voice == "passive":
            continue
        if not all(need & present for need in pattern.needs):
            continue
        if pattern.elements:
            if parts is None:
                parts = regions(verb)
            if not _matches(pattern.elements, verb, parts[0], parts[1], cameo):
                continue
        gates = () if pattern.own else cameo.gates(base, pattern.synset)
        if gates:
            if parts is None:
                parts = regions(verb)
            if not any(
                all(need & present for need in g.needs)
                and _matches(g.elements, verb, parts[0], parts[1], cameo)
                for g in gates
            ):
                continue  # "waged a dispute": the block of "wage war" needs its "war"
        best = pattern
        break
    if best is None:
        return None
    pattern = best
    relation = lexicon.relation_of_code(pattern.code) if pattern.code else ""
    if not relation or pattern.code[:2] in QUIET_ROOTS:
        return None
    if relation not in _CLAUSE_TAKING and any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "conceded that", "acknowledged that": a report, not an act
    roles = _target_roles(pattern)
    # coordinated subjects act on each other when the pattern says so (BOTH) or the verb
    # of a symmetric act has no complement of its own ("A and B met", "clashed"); with
    # one ("Rwandan and Mozambican troops continue to pursue the terrorists", "A and B
    # struggled against the insurgents", "met with C") they act together on it, also
    # where the complement names no actor
    complement = any(
        c.dep_ in ("dobj", "xcomp", "ccomp")
        or (c.dep_ == "prep" and c.lower_ in roles and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
    )
    symmetric = (
        "coordinated" if pattern.both or (lexicon.is_symmetric(relation) and not complement) else ""
    )
    if lexicon.polarity(relation) >= 0:
        roles = tuple(r for r in roles if r != "against")  # "deployed troops against X"
    elif not pattern.target:
        # "deploying a force to Mozambique": a hostile act's "to" is where it goes
        roles = tuple(r for r in roles if r not in ("to", "toward", "towards"))
    return LexiconEntry(
        relation=lexicon.family(relation),
        specific=relation,
        lemma=base,
        pos="VERB",
        source=("subject",),
        target=roles,
        cues=frozenset(),
        polarity="",
        symmetric=symmetric,
        example="",
        line=pattern.line,
        code=pattern.code,
        pattern=pattern.pattern,
    )


def sentence_words(sent) -> set[str]:
    """Every form, lemma and start of five letters or more of a sentence's words, as
    patterns name them: a quick test of which patterns may match."""
    return _keys(sent)


def _keys(words) -> set[str]:
    """Every form, lemma and start of five letters or more of the words, as patterns
    name them."""
    keys: set[str] = set()
    for word in words:
        text = word.lower_
        keys.add(text)
        keys.update(text[:n] for n in range(5, len(text)))
        if word.pos_ in _LEMMATISED:
            keys.add(lemma(word))
    return keys


def _target_roles(pattern: CameoPattern) -> tuple[str, ...]:
    if pattern.target:
        return (pattern.target,)
    roles: list[str] = []
    objects = False
    for element in pattern.elements:
        if element.preposition:
            break
        if element.kind in ("word", "set"):
            objects = True
    if not objects:
        roles.append("object")
    taken = {
        e.value
        for i, e in enumerate(pattern.elements)
        if e.preposition
        and i + 1 < len(pattern.elements)
        and pattern.elements[i + 1].kind in ("word", "set")
    }
    roles += [p for p in TARGET_PREPOSITIONS if p not in taken]
    return tuple(roles)


def _matches(elements: tuple[Element, ...], verb, objects: list, preps: list, cameo) -> bool:
    """Whether the elements are found: those before the first preposition among the
    verb's object words, in order (or right after the verb, for words joined to it); each
    prepositional phrase as a preposition of the verb or of its objects with its words,
    in order, inside it."""
    segments: list[list[Element]] = [[]]
    for element in elements:
        if element.preposition:
            segments.append([element])
        elif element.kind in ("word", "set"):
            segments[-1].append(element)
    if not _in_order(segments[0], verb.i, objects, verb.doc, cameo):
        return False
    used: set[int] = set()
    for segment in segments[1:]:
        head, rest = segment[0], segment[1:]
        for prep in preps:
            if prep.i in used or _at(verb.doc, prep.i, head, cameo) is None:
                continue
            inside = sorted(prep.subtree, key=lambda w: w.i)
            if _in_order(rest, prep.i, [w for w in inside if w.i > prep.i], verb.doc, cameo):
                used.add(prep.i)
                break
        else:
            return False
    return True


def _in_order(segment: list[Element], start: int, words: list, doc, cameo) -> bool:
    """Whether the elements are found in order among ``words`` (after index ``start``),
    a glued element right after the one before it."""
    last = start
    position = 0
    for element in segment:
        if element.glued:
            found = _at(doc, last + 1, element, cameo)
            if found is None:
                return False
            last = found
        else:
            found = None
            while position < len(words) and found is None:
                word = words[position]
                position += 1
                if word.i > last:
                    found = _at(doc, word.i, element, cameo)
            if found is None:
                return False
            last = found
        while position < len(words) and words[position].i <= last:
            position += 1
    return True


def _at(doc, i: int, element: Element, cameo) -> int | None:
    """The index of the last word of ``element`` if it starts at word ``i``, else None."""
    if i >= len(doc):
        return None
    token = doc[i]
    if element.kind == "word":
        return i if _same(token, element.value) else None
    members = cameo.members(element.value)
    for member in members:
        parts = member.split()
        if len(parts) == 1:
            if _same(token, member):
                return i
        elif i + len(parts) <= len(doc) and all(
            _same(doc[i + k], part) for k, part in enumerate(parts)
        ):
            return i + len(parts) - 1
    return None


_LEMMATISED = frozenset({"NOUN", "VERB", "PROPN", "ADJ", "AUX"})


def _same(token, word: str) -> bool:
    text = token.lower_
    if text == word:
        return True
    if len(word) >= 5 and text.startswith(word):
        return True
    return token.pos_ in _LEMMATISED and lemma(token) == word
