"""The relation lexicon and the word lists that guide extraction, read from data files.

Three tables, each validated like any input (every problem located by file, line and
column, in one :class:`~graphkit.DataError`):

``relation_lexicon.csv``
    One row per trigger: the ``relation`` it states (a relation type of the vocabulary),
    an optional ``specific`` finer type, its ``lemma`` and part of speech (``VERB`` or
    ``NOUN``), where the ``source`` and ``target`` are found (roles, ``|``-separated, tried
    in order), ``cues`` (lemmas one of which must accompany the trigger: "provide *weapons*
    to"), ``polarity`` (``ends`` for frames that state a relation ended or refused, such as
    "severed ties", ``needs_negation`` for frames that state the relation only when
    negated, such as "won't allow"), ``symmetric`` (``coordinated``: "A and B V" and
    "between A and B" give both directions; ``always``: every pair in both directions) and
    an ``example`` sentence, which the test suite extracts.
``cues.csv``
    Word lists by kind (:data:`CUE_KINDS`): for extraction, agent and asset nouns (whose
    owner acts or is hit), light verbs, negation, hedges, hypothetical heads and modals,
    speech verbs, object-control verbs, titles and quantities; for
    :func:`~graphkit.text.propose_actors`, the words that make a proposed party a
    government, an armed group or a province, or no party at all (job titles, events).
``countries.csv``
    ISO 3166 alpha-3 code, names, demonyms and capitals (or seats of government), so that
    "Turkish-backed", "Ankara" and "the White House" find the state of the actors table.

Roles
-----
``subject``
    A verb's subject (its ``by`` agent when passive); for a noun, the subject of the verb
    it is the object of ("*X* launched attacks on").
``object``
    A verb's direct object (its subject when passive).
``holder``
    For a noun: what it describes: the subject of a copula ("*X* is a patron of"), the
    word in apposition ("*Turkey*, Azerbaijan's ally"), the name it is a title of ("ISIS
    leader *Baghdadi*"), the subject of "as" ("*X* functions as Iran's proxy").
``possessor``, ``modifier``
    For a noun: its possessive ("*Iran's* proxy") or its actor modifier ("*Iranian*
    support", "*US* designation").
``infinitive``
    The object of the verb's infinitive complement ("threatened to overthrow *the TFG*").
any other word
    A preposition whose object is the argument ("fight *against*", "support *for*").

Examples
--------
>>> lexicon = read_lexicon()
>>> [e.relation for e in lexicon.entries("back", "VERB")]
['backs']
>>> lexicon.entries("designation", "NOUN")[0].target
('of',)
>>> "agent_noun" in lexicon.cue_kinds()
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from ..base.data_files import data_path
from ..base.errors import DataError
from ..base.hints import closest
from ..base.table import Table
from ..base.table_reading import TableSource, read_table
from ..core.vocabulary import Vocabulary, default_vocabulary

__all__ = [
    "CUE_KINDS",
    "ROLE_KEYWORDS",
    "Country",
    "LexiconEntry",
    "RelationLexicon",
    "read_lexicon",
]

POSITIONS = ("VERB", "NOUN")
"""Parts of speech a trigger may have."""

ROLE_KEYWORDS = ("subject", "object", "holder", "possessor", "modifier", "infinitive")
"""Roles that are not prepositions (see the module documentation)."""

POLARITIES = ("", "ends", "needs_negation")
SYMMETRIES = ("", "coordinated", "always")

CUE_KINDS = (
    "agent_noun",
    "member_noun",
    "asset_noun",
    "event_noun",
    "opinion_verb",
    "light_verb",
    "receiving_verb",
    "seeking_verb",
    "predicate_verb",
    "responsible_word",
    "negation_word",
    "negating_head",
    "hypothetical_head",
    "implicative_head",
    "hedge_word",
    "hedge_head",
    "hedge_modal",
    "hypothetical_modal",
    "conditional_mark",
    "speech_verb",
    "refusing_head",
    "ending_head",
    "ended_word",
    "planned_head",
    "planned_modal",
    "report_noun",
    "falsity_word",
    "intention_verb",
    "object_control_verb",
    "title_noun",
    "quantity_noun",
    "job_title_word",
    "event_name_word",
    "government_name_word",
    "armed_name_word",
    "armed_context_word",
    "group_noun",
    "armed_adjective",
    "province_word",
)
"""The kinds of word list ``cues.csv`` must define, each exactly once (its ``note`` column
says what each is for)."""

_WORD = re.compile(r"^[a-z][a-z'\-]*$|^'[a-z]+$|^n't$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class LexiconEntry:
    """One trigger of the relation lexicon (see the module documentation)."""

    relation: str
    specific: str
    lemma: str
    pos: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    cues: frozenset[str]
    polarity: str
    symmetric: str
    example: str
    line: int


@dataclass(frozen=True)
class Country:
    """A country's code, and the words that name it in text."""

    code: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


class RelationLexicon:
    """The triggers, cue words and country names extraction reads. Immutable.

    Build it with :func:`read_lexicon`.
    """

    __slots__ = ("_countries", "_cues", "_entries")

    def __init__(
        self,
        entries: list[LexiconEntry],
        cues: Mapping[str, frozenset[str]],
        countries: list[Country],
    ):
        by_trigger: dict[tuple[str, str], list[LexiconEntry]] = {}
        for entry in entries:
            by_trigger.setdefault((entry.lemma, entry.pos), []).append(entry)
        self._entries = MappingProxyType({k: tuple(v) for k, v in by_trigger.items()})
        self._cues = MappingProxyType(dict(cues))
        self._countries = tuple(countries)

    def __repr__(self) -> str:
        count = sum(len(v) for v in self._entries.values())
        return f"<RelationLexicon: {count} triggers, {len(self._countries)} countries>"

    def entries(self, lemma: str, pos: str) -> tuple[LexiconEntry, ...]:
        """The entries for a trigger lemma and part of speech (empty if none)."""
        return self._entries.get((lemma, pos), ())

    def all_entries(self) -> list[LexiconEntry]:
        """Every entry, in file order."""
        return sorted((e for v in self._entries.values() for e in v), key=lambda e: e.line)

    def is_trigger(self, lemma: str, pos: str) -> bool:
        """Whether some entry has this lemma and part of speech."""
        return (lemma, pos) in self._entries

    def cue(self, kind: str) -> frozenset[str]:
        """The words of one cue kind (``"agent_noun"``, ``"hedge_word"``, ...)."""
        return self._cues[kind]

    def cue_kinds(self) -> list[str]:
        """The cue kinds, sorted."""
        return sorted(self._cues)

    @property
    def countries(self) -> tuple[Country, ...]:
        """The countries and the words that name them."""
        return self._countries

    def relations(self) -> list[str]:
        """The relation types the lexicon can produce, sorted."""
        return sorted({e.relation for v in self._entries.values() for e in v})


def read_lexicon(
    lexicon: TableSource | None = None,
    *,
    cues: TableSource | None = None,
    countries: TableSource | None = None,
    vocabulary: Vocabulary | None = None,
) -> RelationLexicon:
    """Read and validate the relation lexicon, its cue words and the country names.

    Parameters
    ----------
    lexicon, cues, countries : str, path or pandas.DataFrame, optional
        Tables in the format of ``data/text/relation_lexicon.csv``, ``cues.csv`` and
        ``countries.csv``; the bundled ones by default.
    vocabulary : Vocabulary, optional
        Where the relation types of the lexicon (``relation`` and ``specific``) must be
        found; the bundled one by default.

    Returns
    -------
    RelationLexicon

    Raises
    ------
    DataError
        Listing every problem of the three tables: a missing column, an unknown relation
        type, part of speech, role, polarity or symmetry, a malformed lemma or cue word,
        a cue kind missing or repeated, a malformed country code.
    """
    if lexicon is None and cues is None and countries is None and vocabulary is None:
        return _bundled()
    return _read(
        lexicon if lexicon is not None else data_path("text/relation_lexicon.csv"),
        cues if cues is not None else data_path("text/cues.csv"),
        countries if countries is not None else data_path("text/countries.csv"),
        vocabulary or default_vocabulary(),
    )


@lru_cache(maxsize=1)
def _bundled() -> RelationLexicon:
    return _read(
        data_path("text/relation_lexicon.csv"),
        data_path("text/cues.csv"),
        data_path("text/countries.csv"),
        default_vocabulary(),
    )


def default_lexicon() -> RelationLexicon:
    """The bundled lexicon, read once per process (it is immutable, so sharing is safe)."""
    return _bundled()


def _read(lexicon, cues, countries, vocabulary: Vocabulary) -> RelationLexicon:
    problems = []
    tables: list[Table | None] = []
    for source, what in ((lexicon, "relation lexicon"), (cues, "cues"), (countries, "countries")):
        try:
            tables.append(read_table(source, what=what))
        except DataError as exc:
            problems += exc.problems
            tables.append(None)
    entries = _entries(tables[0], vocabulary) if tables[0] is not None else []
    cue_lists = _cues(tables[1]) if tables[1] is not None else {}
    country_rows = _countries(tables[2]) if tables[2] is not None else []
    for table in tables:
        if table is not None:
            problems += table.problems
    if problems:
        raise DataError(problems)
    return RelationLexicon(entries, cue_lists, country_rows)


def _words(table: Table, line: int, column: str, text: str) -> tuple[str, ...]:
    words = tuple(w.strip() for w in text.split("|") if w.strip())
    for word in words:
        if not _WORD.match(word):
            table.problem(line, column, word, "lower-case words separated by '|'")
    return words


def _entries(table: Table, vocabulary: Vocabulary) -> list[LexiconEntry]:
    if not table.require_columns(("relation", "lemma", "pos", "source", "target")):
        return []
    relations = vocabulary.relation_names()
    entries = []
    for line, row in zip(table.lines, table.rows, strict=True):
        for column in ("relation", "specific"):
            name = row.get(column, "")
            if (name or column == "relation") and name not in relations:
                table.problem(
                    line,
                    column,
                    name,
                    f"a relation type of the vocabulary{closest(name, relations)}, "
                    f"one of {', '.join(relations)}",
                )
        if row["pos"] not in POSITIONS:
            table.problem(
                line, "pos", row["pos"], f"a part of speech, one of {', '.join(POSITIONS)}"
            )
        lemma = row["lemma"]
        if not _WORD.match(lemma):
            table.problem(line, "lemma", lemma, "a lower-case lemma")
        roles = {}
        for column in ("source", "target"):
            roles[column] = _words(table, line, column, row[column])
            if not roles[column]:
                table.problem(line, column, row[column], "one or more roles separated by '|'")
        cues = frozenset(_words(table, line, "cues", row.get("cues", "")))
        polarity = row.get("polarity", "")
        if polarity not in POLARITIES:
            table.problem(line, "polarity", polarity, "empty, 'ends' or 'needs_negation'")
        symmetric = row.get("symmetric", "")
        if symmetric not in SYMMETRIES:
            table.problem(line, "symmetric", symmetric, "empty, 'coordinated' or 'always'")
        entries.append(
            LexiconEntry(
                relation=row["relation"],
                specific=row.get("specific", ""),
                lemma=lemma,
                pos=row["pos"],
                source=roles["source"],
                target=roles["target"],
                cues=cues,
                polarity=polarity,
                symmetric=symmetric,
                example=row.get("example", ""),
                line=line,
            )
        )
    return entries


def _cues(table: Table) -> dict[str, frozenset[str]]:
    if not table.require_columns(("kind", "words")):
        return {}
    lists: dict[str, frozenset[str]] = {}
    first: dict[str, int] = {}
    for line, row in zip(table.lines, table.rows, strict=True):
        kind = row["kind"]
        if kind not in CUE_KINDS:
            table.problem(
                line,
                "kind",
                kind,
                f"a cue kind{closest(kind, CUE_KINDS)}, one of {', '.join(CUE_KINDS)}",
            )
            continue
        if kind in first:
            table.problem(line, "kind", kind, f"a kind not already defined on line {first[kind]}")
            continue
        first[kind] = line
        words = _words(table, line, "words", row["words"])
        if len(set(words)) != len(words):
            repeated = sorted({w for w in words if words.count(w) > 1})
            table.problem(line, "words", "|".join(repeated), "each word once")
        lists[kind] = frozenset(words)
    for kind in CUE_KINDS:
        if kind not in first and not table.problems:
            table.problem(None, "kind", None, f"a row defining the cue kind {kind!r}")
    return lists


def _countries(table: Table) -> list[Country]:
    if not table.require_columns(("country", "names", "demonyms", "capitals")):
        return []
    rows = []
    for line, row in zip(table.lines, table.rows, strict=True):
        code = row["country"]
        if not _COUNTRY.match(code):
            table.problem(line, "country", code, "an ISO 3166 alpha-3 code in capitals")
        names = tuple(n.strip() for n in row["names"].split("|") if n.strip())
        if not names:
            table.problem(line, "names", row["names"], "one or more names separated by '|'")
        rows.append(
            Country(
                code=code,
                names=names,
                demonyms=tuple(d.strip() for d in row["demonyms"].split("|") if d.strip()),
                capitals=tuple(c.strip() for c in row["capitals"].split("|") if c.strip()),
            )
        )
    return rows
