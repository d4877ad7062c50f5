"""The CAMEO verb patterns of the PETRARCH event coders as triggers of relations.

``data/text/cameo_verbs.csv`` holds the verb dictionaries of PETRARCH2 and
UniversalPetrarch (``data/text/SOURCES.md``): 1,704 verb lemmas, each with its own CAMEO
code, and 15,922 patterns that refine the code with the verb's particles, object words,
prepositions and where the source and the target stand ("* &TREATY (with TARGET)" is 057,
sign formal agreement). :class:`CameoLexicon` reads the preferred rows (one per group of
identical patterns, as SOURCES.md explains) into :class:`CameoPattern` objects, indexed as
the coders apply them: a pattern belongs to a verb block (``synset``) and applies to every
verb of that block; a verb's own row (pattern ``*``) gives the code when no pattern
matches. :mod:`graphkit.text.frames.cameo` matches them on a parse.

What is read, and what is left out (each left-out kind is counted in
:attr:`CameoLexicon.skipped`):

- every element after the verb: words (``ties``), adjacent words (``*_off``,
  ``to_TARGET``), synonym sets (``&TREATY``, members in ``cameo_synsets.csv``),
  prepositions (a bracketed phrase's first word, or an English preposition),
  ``TARGET`` (whose place gives the target's role: the object, or the object of the
  preposition before it), ``SKIP`` (any words), ``SOURCE`` after ``by`` (a passive
  agent);
- before the verb only ``SOURCE``, ``BOTH`` ("A and B signed": both directions) and
  ``SOURCE and TARGET`` (the same). Patterns with words before the verb are left out:
  they code the subject's type ("police *") or the clause's modality ("will *",
  "unlikely to *", "did_not_*"), which graphkit reads from the parse instead
  (:mod:`graphkit.text.modality`); so are patterns with ``SOURCE`` after the verb
  elsewhere than after ``by``, and those with ``TARGET`` before the verb without a
  ``by SOURCE`` after it.

Examples
--------
>>> cameo = default_cameo_lexicon()
>>> [p.code for p in cameo.candidates("sever") if p.words == ("diplomatic", "ties")]
['161']
>>> cameo.own_code("meet")
'040'
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..base.data_files import data_path
from ..base.errors import DataError, Problem

__all__ = [
    "PREPOSITIONS",
    "CameoLexicon",
    "CameoPattern",
    "Element",
    "default_cameo_lexicon",
    "read_cameo_lexicon",
]

PREPOSITIONS = frozenset(
    {
        "about",
        "across",
        "after",
        "against",
        "along",
        "alongside",
        "among",
        "at",
        "before",
        "behind",
        "beside",
        "between",
        "by",
        "despite",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "near",
        "of",
        "off",
        "on",
        "onto",
        "out",
        "outside",
        "over",
        "through",
        "to",
        "toward",
        "towards",
        "under",
        "upon",
        "with",
        "within",
        "without",
    }
)
"""Words a TABARI pattern (which has no brackets) uses as prepositions: the word before
``TARGET`` names the target's role when it is one of these."""

_ACTORS = frozenset({"SOURCE", "TARGET", "BOTH", "SKIP"})


@dataclass(frozen=True)
class Element:
    """One element of a pattern after the verb.

    ``kind`` is ``"word"`` (``value`` a lower-case word), ``"set"`` (``value`` a synonym
    set's name), ``"target"``, ``"source"`` (after ``by``) or ``"skip"``; ``glued`` says
    the element must follow the previous one (or the verb) directly; ``preposition``
    that the word opens a prepositional phrase.
    """

    kind: str
    value: str = ""
    glued: bool = False
    preposition: bool = False


@dataclass(frozen=True)
class CameoPattern:
    """A verb pattern of the CAMEO dictionaries, read for matching on a parse.

    Attributes
    ----------
    lemma : str
        The verb the row is listed with (for a verb's own row, the verb itself).
    synset : str
        The verb block: a pattern applies to every verb of its block.
    own : bool
        True for a verb's own row (pattern ``*`` or ``*_particle``): it applies to that
        verb only.
    elements : tuple of Element
        What must follow the verb, in order.
    both : bool
        The source and target are coordinated before the verb ("A and B *").
    target : str
        The target's role: ``"object"``, a preposition, or ``""`` where the pattern does
        not place it.
    code : str
        The CAMEO code, leading zeros kept; ``""`` for the dictionaries' null code (the
        phrase is not an event).
    voice : str
        ``"any"``, ``"active"`` or ``"passive"``.
    pattern : str
        The pattern as written in the table (normal form).
    line : int
        The row's line in ``cameo_verbs.csv``.
    origin : str
        Dictionary and line in its pinned copy (``petrarch2:CAMEO.2.0.txt:1234``).
    """

    lemma: str
    synset: str
    own: bool
    elements: tuple[Element, ...]
    both: bool
    target: str
    code: str
    voice: str
    pattern: str
    line: int
    origin: str
    needs: tuple[frozenset[str], ...] = ()
    """For each word or set, the words one of which the sentence must hold (a set's
    members' first words): a quick test before the full match."""

    @property
    def words(self) -> tuple[str, ...]:
        """The words and set names the pattern requires, in order."""
        return tuple(e.value for e in self.elements if e.kind in ("word", "set"))

    @property
    def rank(self) -> tuple:
        """The order in which patterns are tried, most specific first: specificity, then
        PETRARCH2's dictionary, then the earlier row."""
        return (self.specificity, self.petrarch2, -self.line)

    @property
    def specificity(self) -> tuple[int, int, int]:
        """How much of the sentence the pattern pins down, compared in order: the words
        and sets it requires; coordinated actors ("BOTH *") or a target after a
        preposition ("* with TARGET"); whether it is the verb's own row (a block's pattern
        that only says the target is the object, "SOURCE * TARGET", which every verb
        frame assumes, does not outrank the verb's own code). The most specific matching
        pattern decides the code."""
        placed = int(self.both) + int(self.target not in ("", "object"))
        return (len(self.words), placed, int(self.own))

    @property
    def petrarch2(self) -> bool:
        """Whether the row comes from PETRARCH2's dictionary (preferred on ties)."""
        return self.origin.startswith("petrarch2")


class CameoLexicon:
    """The CAMEO verb patterns and synonym sets, indexed by verb. Immutable.

    Build it with :func:`read_cameo_lexicon` (or :func:`default_cameo_lexicon`).
    """

    __slots__ = ("_by_synset", "_gates", "_own", "_ranked", "_sets", "_synsets", "skipped")

    def __init__(
        self,
        patterns: Iterable[CameoPattern],
        sets: dict[str, frozenset[str]],
        skipped: dict[str, int],
    ):
        by_synset: dict[str, list[CameoPattern]] = {}
        own: dict[str, list[CameoPattern]] = {}
        synsets: dict[str, set[str]] = {}
        for pattern in patterns:
            if pattern.own:
                own.setdefault(pattern.lemma, []).append(pattern)
                synsets.setdefault(pattern.lemma, set()).add(pattern.synset)
            else:
                by_synset.setdefault(pattern.synset, []).append(pattern)
        self._by_synset = {k: tuple(v) for k, v in by_synset.items()}
        self._own = {k: tuple(v) for k, v in own.items()}
        self._synsets = {k: tuple(sorted(v)) for k, v in synsets.items()}
        # a verb that is in a block only as a phrase ("WAGE_WAR" in the block of FIGHT):
        # the block's patterns are the phrase's, so they need the phrase's own words
        # ("waged a dispute" is no fight); a block where the verb is also listed alone
        # has no gate
        gates: dict[tuple[str, str], list[CameoPattern]] = {}
        bare: set[tuple[str, str]] = set()
        for lemma_, patterns_ in own.items():
            for pattern in patterns_:
                key = (lemma_, pattern.synset)
                if pattern.elements:
                    gates.setdefault(key, []).append(pattern)
                else:
                    bare.add(key)
        self._gates = {k: tuple(v) for k, v in gates.items() if k not in bare}
        self._ranked: dict[str, tuple[CameoPattern, ...]] = {}
        self.skipped = dict(skipped)
        self._sets = {
            name: tuple(sorted(words, key=lambda w: (-len(w.split()), w)))
            for name, words in sets.items()
        }

    def __repr__(self) -> str:
        count = sum(len(v) for v in self._by_synset.values())
        return f"<CameoLexicon: {len(self._own)} verbs, {count} patterns>"

    def __contains__(self, lemma: object) -> bool:
        return lemma in self._own

    def candidates(self, lemma: str) -> tuple[CameoPattern, ...]:
        """Every pattern that may code ``lemma`` (its own rows and the patterns of its verb
        blocks), most specific first (:attr:`CameoPattern.rank`), so the first that matches
        decides."""
        found = self._ranked.get(lemma)
        if found is None:
            patterns = list(self._own.get(lemma, ()))
            for synset in self._synsets.get(lemma, ()):
                patterns += self._by_synset.get(synset, ())
            found = tuple(sorted(patterns, key=lambda p: p.rank, reverse=True))
            self._ranked[lemma] = found
        return found

    def gates(self, lemma: str, synset: str) -> tuple[CameoPattern, ...]:
        """The verb's own phrase rows through which it is in a block, where it is in that
        block only as a phrase (``wage`` is in FIGHT's block as ``*_war``): a block pattern
        applies to the verb only where one of them matches too. Empty otherwise.

        Examples
        --------
        >>> cameo = default_cameo_lexicon()
        >>> [g.pattern for g in cameo.gates("wage", "PHYSICAL_CONFLICT")]
        ['*_war']
        >>> cameo.gates("fight", "PHYSICAL_CONFLICT")
        ()
        """
        return self._gates.get((lemma, synset), ())

    def needs(self, pattern: CameoPattern) -> tuple[frozenset[str], ...]:
        """For each word or set of a pattern, the words one of which must be in the
        sentence (a set's members' first words): a quick test before the full match."""
        return pattern.needs

    def own_code(self, lemma: str, voice: str = "active") -> str | None:
        """The code of a verb alone (its own row without a particle), or None."""
        for pattern in self._own.get(lemma, ()):
            if not pattern.elements and pattern.voice in ("any", voice):
                return pattern.code
        return None

    def members(self, synset: str) -> tuple[str, ...]:
        """The words of a synonym set (singular and plural, ``_`` as spaces), the longest
        first (then alphabetical), so the longest member that matches is taken."""
        return self._sets.get(synset, ())


def read_cameo_lexicon(
    verbs: str | os.PathLike | None = None, synsets: str | os.PathLike | None = None
) -> CameoLexicon:
    """Read the CAMEO verb patterns and synonym sets (the bundled tables by default).

    Only rows with ``preferred`` true are read. The tables are the output of a checked
    conversion (``tools/text/build_cameo_lexicon.py``, byte for byte in the test suite),
    so they are read with the standard CSV reader, fast; a file without the columns
    needed raises :class:`~graphkit.DataError` naming them.
    """
    verb_rows = _rows(
        verbs if verbs is not None else data_path("text/cameo_verbs.csv"),
        ("lemma", "pattern", "cameo", "voice", "synset", "kind", "preferred"),
    )
    set_rows = _rows(
        synsets if synsets is not None else data_path("text/cameo_synsets.csv"),
        ("synset", "member"),
    )
    sets: dict[str, set[str]] = {}
    for _, row in set_rows:
        members = sets.setdefault(row["synset"], set())
        for word in (row["member"], row.get("plural") or ""):
            if word:
                members.add(word.replace("_", " ").lower())
    firsts = {name: frozenset(w.split()[0] for w in words) for name, words in sets.items()}
    patterns = []
    skipped: dict[str, int] = {}
    for line, row in verb_rows:
        if row["preferred"] != "true":
            continue
        parsed = _parse(row["pattern"], set(sets))
        if isinstance(parsed, str):
            skipped[parsed] = skipped.get(parsed, 0) + 1
            continue
        elements, both, target, passive = parsed
        needs = tuple(
            frozenset({e.value}) if e.kind == "word" else firsts.get(e.value, frozenset())
            for e in elements
            if e.kind in ("word", "set")
        )
        patterns.append(
            CameoPattern(
                lemma=row["lemma"],
                synset=row["synset"],
                own=row["kind"] == "verb",
                elements=elements,
                both=both,
                target=target,
                code=row["cameo"],
                voice="passive" if passive else (row["voice"] or "any"),
                pattern=row["pattern"],
                line=line,
                origin=f"{row.get('origin', '')}:{row.get('line', '')}",
                needs=needs,
            )
        )
    return CameoLexicon(patterns, {k: frozenset(v) for k, v in sets.items()}, skipped)


def _rows(path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """``(line, row)`` pairs of a CSV file written one row per line."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError(
                [Problem(str(path), 1, c, None, None, "a column of that name") for c in missing]
            )
        return [(reader.line_num, row) for row in reader]


@lru_cache(maxsize=1)
def default_cameo_lexicon() -> CameoLexicon:
    """The bundled CAMEO patterns, read once per process (immutable, so shared)."""
    return read_cameo_lexicon()


def _atoms(pattern: str) -> list[tuple[str, bool, bool]]:
    """The pattern's tokens as ``(token, glued to the previous, opens a bracket)``."""
    atoms: list[tuple[str, bool, bool]] = []
    for chunk in pattern.split():
        opens = chunk.startswith("(")
        chunk = chunk.replace("{", "").replace("}", "").replace("(", "").replace(")", "")
        for position, part in enumerate(p for p in chunk.split("_") if p):
            atoms.append((part, position > 0, opens and position == 0))
    return atoms


def _set_name(token: str, sets: set[str]) -> str | None:
    name = token[1:]
    return name if name in sets else None


def _parse(pattern: str, sets: set[str]) -> tuple[tuple[Element, ...], bool, str, bool] | str:
    """The elements after the verb, whether actors are coordinated before it, the
    target's role and whether the pattern is passive ("TARGET * by SOURCE"); or the reason
    the pattern is left out."""
    atoms = _atoms(pattern)
    verbs = [i for i, (token, _, _) in enumerate(atoms) if token == "*"]
    if len(verbs) != 1:
        return "not one verb"
    at = verbs[0]
    before = [token for token, _, _ in atoms[:at]]
    after = atoms[at + 1 :]
    both = False
    passive_target = False
    if before in ([], ["SOURCE"]):
        pass
    elif before in (["BOTH"], ["SOURCE", "and", "TARGET"], ["TARGET", "and", "SOURCE"]):
        both = True
    elif before == ["TARGET"]:
        passive_target = True
    else:
        return "words before the verb"
    elements: list[Element] = []
    target = ""
    previous = "*"
    for token, glued, opens in after:
        if token == "TARGET":
            if target:
                return "two targets"
            target = previous if previous in PREPOSITIONS else "object"
            # a target after other words ("* claim TARGET") stands where no role of the
            # parse says
            if (
                previous not in PREPOSITIONS
                and previous != "*"
                and elements
                and elements[-1].kind in ("word", "set")
                and not elements[-1].preposition
            ):
                return "target after words"
            elements.append(Element("target", glued=glued))
        elif token == "SOURCE":
            if previous != "by":
                return "source after the verb"
            elements.append(Element("source", glued=glued))
        elif token == "SKIP":
            elements.append(Element("skip", glued=glued))
        elif token == "BOTH":
            return "both after the verb"
        elif token.startswith("&"):
            name = _set_name(token, sets)
            if name is None:
                return "undefined set"
            preposition = name.startswith("PREPOSIT")
            elements.append(Element("set", name, glued, preposition))
        elif token.isupper():
            return "unknown marker"
        else:
            word = token.lower()
            elements.append(Element("word", word, glued, opens or word in PREPOSITIONS))
        previous = token.lower() if token not in _ACTORS else token
    if passive_target:
        if not any(e.kind == "source" for e in elements):
            return "target before the verb"
        target = "object"
    return tuple(elements), both, target, passive_target
