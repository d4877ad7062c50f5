"""The relation lexicon and the word lists that guide extraction, read from data files.

Three tables, each validated like any input (every problem located by file, line and
column, in one :class:`~graphkit.DataError`):

``relation_lexicon.csv``
    One row per trigger: the ``relation`` it states (a relation type of the vocabulary),
    an optional ``specific`` finer type, its ``lemma`` and part of speech (``VERB`` or
    ``NOUN``), where the ``source`` and ``target`` are found (roles, ``|``-separated, tried
    in order), ``cues`` (lemmas one of which must accompany the trigger: "provide *weapons*
    to"), ``polarity`` (``ends`` for frames that state a relation ended or refused, such as
    "revoked the designation", ``needs_negation`` for frames that state the relation only
    when negated, such as "won't allow"), ``symmetric`` (``coordinated``: "A and B V" and
    "between A and B" give both directions; ``always``: every pair in both directions),
    ``voice`` (``passive``: the trigger reads only in the passive or as a participle,
    "X, *linked* to Y"), ``code`` (the CAMEO event code of the act, empty where CAMEO has
    none: offices, memberships, terrorist designations, alliances) and an ``example``
    sentence, which the test suite extracts.
``cameo_verbs.csv``, ``cameo_synsets.csv``
    The verb patterns of the PETRARCH event coders, each with its CAMEO code
    (:mod:`graphkit.text.cameo_lexicon`): the triggers beyond the hand rows. A code
    becomes a relation type through the CAMEO event mapping
    (``data/event_mappings/cameo.csv``, longest code prefix), the table event data uses,
    so a relation from text and one from an event file mean the same thing.
``cues.csv``
    Word lists by kind (:data:`CUE_KINDS`): for extraction, agent and asset nouns (whose
    owner acts or is hit), light verbs, negation, hedges, hypothetical heads and modals,
    speech verbs, object-control verbs, titles and quantities; for
    :func:`~graphkit.text.propose_actors`, the words that make a proposed party a
    government, an armed group or a province, or no party at all (job titles, events).
``data/reference/countries.csv``
    The reference table of states, territories and international bodies: ISO 3166
    alpha-3 code, names, aliases, demonyms and capitals (or seats of government), so
    that "Turkish-backed", "Ankara" and "the White House" find the state of the actors
    table. Text reads it through :func:`graphkit.countries` (``graphkit.datasets``), the
    one reader of that table, so the matcher, :func:`~graphkit.text.propose_actors` and
    event data share its ids and names; a table of one's own in the same layout, or in
    the older text layout (``country, names, demonyms, capitals``), is read too.

Hand rows and CAMEO patterns
----------------------------
The two sources of triggers meet by one rule: **a hand row wins**. A verb that a hand row
of the same lemma matches (its cue words present, when it has any) is read with the hand
rows only; a verb no hand row matches is read with its most specific matching CAMEO
pattern (:mod:`graphkit.text.frames.cameo`). A hand row's relation is its own, written
beside the CAMEO code of the act; where the two differ the hand row is the better reading
(:meth:`RelationLexicon.overrides` lists those rows: "attack" is coded 190 "use
conventional military force", which the mapping makes ``fights``, a state of war
between two parties, where the sentence states a directed attack).

Relation families
-----------------
``relation`` is the family :func:`~graphkit.extract_relations` reports by default and
``specific`` the finer type it reports with ``specific=True``. A type reached through a
CAMEO code has the family the hand rows give it (``attacks`` -> ``opposes``,
``consults`` -> ``courts``: :meth:`RelationLexicon.family`), else is its own family.
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
``clause``
    The subject of the verb's clausal complement ("demanded that *Ukraine* withdraw").
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
>>> lexicon.relation_of_code("161"), lexicon.family("attacks")
('reduces_relations', 'opposes')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import pandas as pd

from ..base.data_files import data_path
from ..base.errors import DataError
from ..base.hints import closest
from ..base.table import Table
from ..base.table_reading import TableSource, read_table
from ..core.vocabulary import Vocabulary, default_vocabulary
from ..datasets.code_mappings import event_mapping, relation_of
from ..datasets.reference import countries as countries_table
from .cameo_lexicon import CameoLexicon, default_cameo_lexicon

__all__ = [
    "CUE_KINDS",
    "DESCRIPTION_KINDS",
    "ROLE_KEYWORDS",
    "Country",
    "LexiconEntry",
    "RelationLexicon",
    "read_countries",
    "read_lexicon",
    "reference_countries",
]

DESCRIPTION_KINDS = (
    "description_group",
    "description_state",
    "description_government",
    "description_forces",
    "description_pair",
    "description_person",
    "description_ruling",
    "description_armed",
)
"""The cue kinds of the head words of descriptions :mod:`graphkit.text.coreference`
resolves ("the group", "the kingdom", "the regime", "the army", "both sides")."""

POSITIONS = ("VERB", "NOUN")
"""Parts of speech a trigger may have."""

ROLE_KEYWORDS = ("subject", "object", "holder", "possessor", "modifier", "infinitive", "clause")
"""Roles that are not prepositions (see the module documentation)."""

POLARITIES = ("", "ends", "needs_negation")
VOICES = ("", "passive")
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
    "bare_infinitive_verb",
    "bare_infinitive_act",
    "figurative_conflict_word",
    "sports_word",
    "condemning_word",
    "conduct_noun",
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
    "description_group",
    "description_state",
    "description_government",
    "description_forces",
    "description_pair",
    "description_person",
    "description_ruling",
    "claim_noun",
    "support_verb",
    "restricted_noun",
    "home_description",
    "occurrence_verb",
    "means_preposition",
    "sum_word",
    "money_word",
    "judged_act_verb",
    "drawing_verb",
    "sent_people",
    "port_noun",
    "collapsing_verb",
    "description_armed",
    "stance_object_noun",
    "threat_word",
    "excluding_head",
    "obligation_head",
    "territory_noun",
    "confirming_verb",
    "joint_adverb",
    "charge_noun",
    "renamed_noun",
    "enacting_verb",
    "depiction_noun",
    "no_deal_infinitive",
    "assisting_noun",
    "talks_noun",
    "government_adjective",
    "collective_noun",
)
"""The kinds of word list ``cues.csv`` must define, each exactly once (its ``note`` column
says what each is for)."""

_WORD = re.compile(r"^[a-z][a-z'\-]*$|^'[a-z]+$|^n't$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_ENTITY = re.compile(r"^[A-Z][A-Z0-9_]*$")
_CODE = re.compile(r"^[0-9]{2,4}$")
_COUNTRY_KINDS = ("state", "territory", "former_state", "international_organisation")
"""Rows of the reference table text reads (regions are not actors)."""


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
    code: str = ""
    pattern: str = ""
    voice: str = ""
    """``passive``: the trigger reads only in the passive or as a participle describing
    its source ("X, *linked* to Y", "the Y-*linked* X"; not "investigators linked X to
    Y")."""
    """For an entry made from a CAMEO pattern (:mod:`graphkit.text.frames.cameo`), the
    pattern as written in ``cameo_verbs.csv``; empty for a hand row."""


@dataclass(frozen=True)
class Country:
    """A state's (or international body's) code, and the words that name it in text.

    ``kind`` is the reference table's: ``state``, ``territory``, ``former_state`` or
    ``international_organisation``.
    """

    code: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    kind: str = "state"


class RelationLexicon:
    """The triggers, cue words and country names extraction reads. Immutable.

    Build it with :func:`read_lexicon` (the bundled tables, or your own); pass it as
    ``lexicon=`` to :func:`~graphkit.extract_relations` and
    :func:`~graphkit.propose_actors`.

    Parameters
    ----------
    entries : list of LexiconEntry
        The trigger rows: relation, lemma, part of speech, where source and target are.
    cues : mapping of str to frozenset of str
        Cue words by kind (negation, hedges, hypothetical heads, ...).
    countries : list of Country
        Names, demonyms and capitals of the reference table's states.
    cameo : CameoLexicon, optional
        CAMEO verb patterns read as triggers beside the hand rows.
    mapping : pandas.DataFrame, optional
        The CAMEO code mapping that turns a pattern's code into a relation type.
    symmetric : frozenset of str
        The relation types stated once per unordered pair.
    polarity : mapping of str to int, optional
        The polarity of each relation type (from the vocabulary).

    Examples
    --------
    >>> import graphkit as gk
    >>> lexicon = gk.read_lexicon()
    >>> [(e.relation, e.specific, e.example) for e in lexicon.entries("arm", "VERB")]
    [('backs', 'arms', 'Iran armed the Houthis.')]
    >>> lexicon.family("arms"), lexicon.polarity("arms"), lexicon.is_symmetric("consults")
    ('backs', 1, True)
    >>> lexicon.relation_of_code("0711")  # a CAMEO code read as event data reads it
    'funds'
    """

    __slots__ = (
        "_cameo",
        "_code_relations",
        "_countries",
        "_cues",
        "_entries",
        "_families",
        "_mapping",
        "_polarity",
        "_symmetric",
    )

    def __init__(
        self,
        entries: list[LexiconEntry],
        cues: Mapping[str, frozenset[str]],
        countries: list[Country],
        *,
        cameo: CameoLexicon | None = None,
        mapping: pd.DataFrame | None = None,
        symmetric: frozenset[str] = frozenset(),
        polarity: Mapping[str, int] | None = None,
    ):
        by_trigger: dict[tuple[str, str], list[LexiconEntry]] = {}
        families: dict[str, str] = {}
        for entry in entries:
            by_trigger.setdefault((entry.lemma, entry.pos), []).append(entry)
            if entry.specific and entry.specific != entry.relation:
                families.setdefault(entry.specific, entry.relation)
        self._entries = MappingProxyType({k: tuple(v) for k, v in by_trigger.items()})
        self._cues = MappingProxyType(dict(cues))
        self._countries = tuple(countries)
        self._cameo = cameo
        self._mapping = mapping
        self._families = MappingProxyType(families)
        self._symmetric = symmetric
        self._polarity = MappingProxyType(dict(polarity or {}))
        self._code_relations: dict[str, str] = {}

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

    def description_words(self) -> frozenset[str]:
        """Every head word of a description coreference may resolve (the description cue
        kinds together)."""
        return frozenset().union(*(self._cues.get(k, frozenset()) for k in DESCRIPTION_KINDS))

    def cue_kinds(self) -> list[str]:
        """The cue kinds, sorted."""
        return sorted(self._cues)

    @property
    def countries(self) -> tuple[Country, ...]:
        """The countries and the words that name them."""
        return self._countries

    def relations(self) -> list[str]:
        """The relation families the hand rows produce, sorted."""
        return sorted({e.relation for v in self._entries.values() for e in v})

    @property
    def cameo(self) -> CameoLexicon | None:
        """The CAMEO verb patterns read beside the hand rows, or None."""
        return self._cameo

    def relation_of_code(self, code: str) -> str:
        """The relation type a CAMEO code becomes through the event mapping (longest code
        prefix), ``""`` where the mapping makes it no relation or has no row."""
        found = self._code_relations.get(code)
        if found is None:
            found = ""
            if code and self._mapping is not None:
                found = relation_of(code, self._mapping, segmented=False) or ""
            self._code_relations[code] = found
        return found

    def family(self, relation: str) -> str:
        """The family a relation type is reported as by default: the ``relation`` of the
        hand rows whose ``specific`` it is (``attacks`` -> ``opposes``), else itself."""
        return self._families.get(relation, relation)

    def polarity(self, relation: str) -> int:
        """The polarity the vocabulary gives a relation type (0 if unknown)."""
        return self._polarity.get(relation, 0)

    def is_symmetric(self, relation: str) -> bool:
        """Whether the vocabulary the lexicon was read with makes the type symmetric."""
        return relation in self._symmetric

    def overrides(self) -> list[tuple[LexiconEntry, str]]:
        """The hand rows whose relation differs from the one their CAMEO code gives through
        the event mapping, each with that relation (``""``: the mapping makes the code no
        relation): where graphkit's own reading wins, in file order."""
        found = []
        for entry in self.all_entries():
            mapped = self.relation_of_code(entry.code) if entry.code else None
            if mapped is not None and mapped != (entry.specific or entry.relation):
                found.append((entry, mapped))
        return found


def read_lexicon(
    lexicon: TableSource | None = None,
    *,
    cues: TableSource | None = None,
    countries: TableSource | None = None,
    vocabulary: Vocabulary | None = None,
    cameo: bool = True,
) -> RelationLexicon:
    """Read and validate the relation lexicon, its cue words and the country names.

    Parameters
    ----------
    lexicon, cues : str, path or pandas.DataFrame, optional
        Tables in the format of ``data/text/relation_lexicon.csv`` and ``cues.csv``; the
        bundled ones by default.
    countries : str, path or pandas.DataFrame, optional
        A table in the format of ``data/reference/countries.csv`` (or the older
        ``country, names, demonyms, capitals``); the bundled reference table
        (:func:`graphkit.countries`) by default.
    vocabulary : Vocabulary, optional
        Where the relation types of the lexicon (``relation`` and ``specific``) must be
        found; the bundled one by default.
    cameo : bool, default True
        Read the CAMEO verb patterns (``cameo_verbs.csv``) as triggers beside the hand
        rows; False for the hand rows alone.

    Returns
    -------
    RelationLexicon

    Raises
    ------
    DataError
        Listing every problem of the three tables: a missing column, an unknown relation
        type, part of speech, role, polarity or symmetry, a malformed lemma or cue word,
        a cue kind missing or repeated, a malformed country code, a CAMEO ``code`` that is
        not two to four digits or that the event mapping does not know.

    Examples
    --------
    >>> import graphkit as gk
    >>> import pandas as pd
    >>> bundled = gk.read_lexicon()
    >>> bundled.is_trigger("sponsor", "VERB")
    True

    Your own trigger rows, with the bundled cue words and countries:

    >>> rows = pd.DataFrame(
    ...     {"relation": ["backs"], "specific": [""], "lemma": ["champion"], "pos": ["VERB"],
    ...      "source": ["subject"], "target": ["object"], "cues": [""], "polarity": [""],
    ...      "symmetric": [""], "voice": [""], "code": ["051"],
    ...      "example": ["Turkey champions HTS."]}
    ... )
    >>> mine = gk.read_lexicon(rows, cameo=False)
    >>> mine.is_trigger("champion", "VERB"), mine.is_trigger("sponsor", "VERB")
    (True, False)
    """
    if lexicon is None and cues is None and countries is None and vocabulary is None and cameo:
        return _bundled()
    return _read(
        lexicon if lexicon is not None else data_path("text/relation_lexicon.csv"),
        cues if cues is not None else data_path("text/cues.csv"),
        countries if countries is not None else reference_countries(),
        vocabulary or default_vocabulary(),
        cameo,
    )


@lru_cache(maxsize=1)
def _bundled() -> RelationLexicon:
    return _read(
        data_path("text/relation_lexicon.csv"),
        data_path("text/cues.csv"),
        reference_countries(),
        default_vocabulary(),
        True,
    )


def default_lexicon() -> RelationLexicon:
    """The bundled lexicon, read once per process (it is immutable, so sharing is safe)."""
    return _bundled()


def _read(lexicon, cues, countries, vocabulary: Vocabulary, cameo: bool) -> RelationLexicon:
    problems = []
    tables: list[Table | None] = []
    for source, what in ((lexicon, "relation lexicon"), (cues, "cues"), (countries, "countries")):
        try:
            tables.append(read_table(source, what=what))
        except DataError as exc:
            problems += exc.problems
            tables.append(None)
    mapping = event_mapping("cameo", vocabulary=vocabulary)
    entries = _entries(tables[0], vocabulary, mapping) if tables[0] is not None else []
    cue_lists = _cues(tables[1]) if tables[1] is not None else {}
    country_rows = _countries(tables[2]) if tables[2] is not None else []
    for table in tables:
        if table is not None:
            problems += table.problems
    if problems:
        raise DataError(problems)
    types = vocabulary.relation_types
    return RelationLexicon(
        entries,
        cue_lists,
        country_rows,
        cameo=default_cameo_lexicon() if cameo else None,
        mapping=mapping,
        symmetric=frozenset(types.index[types["symmetric"]]),
        polarity={name: int(value) for name, value in types["polarity"].items()},
    )


def reference_countries() -> pd.DataFrame:
    """The columns of the reference table text reads (``id, name, kind, aliases,
    demonyms, capitals``), from :func:`graphkit.countries`, its one reader; missing values
    as empty text, as in the file."""
    table = countries_table().reset_index()
    return table[["id", "name", "kind", "aliases", "demonyms", "capitals"]].fillna("")


def read_countries(countries: TableSource | None = None) -> list[Country]:
    """The states, territories and international bodies text finds by name: the bundled
    reference table (:func:`graphkit.countries`) by default.

    Raises
    ------
    DataError
        Listing every malformed code and empty name.
    """
    table = read_table(
        countries if countries is not None else reference_countries(), what="countries"
    )
    rows = _countries(table)
    table.raise_problems()
    return rows


def _words(table: Table, line: int, column: str, text: str) -> tuple[str, ...]:
    words = tuple(w.strip() for w in text.split("|") if w.strip())
    for word in words:
        if not _WORD.match(word):
            table.problem(line, column, word, "lower-case words separated by '|'")
    return words


def _entries(table: Table, vocabulary: Vocabulary, mapping: pd.DataFrame) -> list[LexiconEntry]:
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
        voice = row.get("voice", "")
        if voice not in VOICES:
            table.problem(line, "voice", voice, "empty or 'passive'")
        code = row.get("code", "")
        if code and (not _CODE.match(code) or relation_of(code, mapping) is None):
            table.problem(
                line,
                "code",
                code,
                "empty or a CAMEO event code (two to four digits) the CAMEO event mapping knows",
            )
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
                code=code,
                voice=voice,
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
    """Rows of the reference table (``id, name, kind, aliases, demonyms, capitals``; its
    regions left out) or of the older text layout (``country, names, demonyms,
    capitals``)."""
    reference = "id" in table.columns
    required = (
        ("id", "name", "kind", "aliases", "demonyms", "capitals")
        if reference
        else ("country", "names", "demonyms", "capitals")
    )
    if not table.require_columns(required):
        return []
    rows = []
    for line, row in zip(table.lines, table.rows, strict=True):
        if reference:
            code, kind = row["id"], row["kind"]
            if kind not in _COUNTRY_KINDS:
                continue
            names_text = "|".join(n for n in (row["name"], row["aliases"]) if n)
            column = "id"
            good = _COUNTRY.match(code) or (
                kind == "international_organisation" and _ENTITY.match(code)
            )
        else:
            code, kind, names_text, column = row["country"], "state", row["names"], "country"
            good = _COUNTRY.match(code)
        if not good:
            table.problem(line, column, code, "an ISO 3166 alpha-3 code in capitals")
        names = tuple(n.strip() for n in names_text.split("|") if n.strip())
        if not names:
            table.problem(line, "name" if reference else "names", names_text, "one or more names")
        rows.append(
            Country(
                code=code,
                names=_unique(names),
                demonyms=_unique(d.strip() for d in row["demonyms"].split("|") if d.strip()),
                capitals=_unique(c.strip() for c in row["capitals"].split("|") if c.strip()),
                kind=kind,
            )
        )
    return rows


def _unique(words) -> tuple[str, ...]:
    """Words in order, each once."""
    return tuple(dict.fromkeys(words))
