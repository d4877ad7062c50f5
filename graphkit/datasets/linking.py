"""Actors linked to the reference table, and graphs from several sources combined on it.

:func:`link_actors` says which row of the reference table (:func:`~graphkit.countries`)
each actor of an actors table or graph is, how it knows, and whether it is sure;
:func:`combine` merges graphs so that an actor linked to one reference id in several of
them becomes one node.
"""

from __future__ import annotations

import difflib
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

import networkx as nx
import numpy as np
import pandas as pd

from ..base.errors import DataError, Problem
from ..base.hints import closest
from ..core.merging import check_links, graph_labels, merge_graphs
from .reference import COUNTRY_KINDS, _table, label_key, resolve_countries

__all__ = ["FUZZY_CUTOFF", "LINKABLE_KINDS", "METHODS", "combine", "link_actors"]

LINKABLE_KINDS = MappingProxyType(
    {
        "state": ("state", "territory", "former_state"),
        "organisation": ("international_organisation",),
        "region": ("region", "territory"),
        "territory": ("territory",),
        "former_state": ("former_state",),
        "international_organisation": ("international_organisation",),
    }
)
"""The kinds of reference rows an actor of each kind may be. An actor of another kind
(``government``, ``armed_group``, ``person``, ``city``, ``province``) is never linked:
it belongs to a country (its ``affiliation``) but is not that country. An actor without a
kind may be any row."""

METHODS = ("code", "name", "alias", "demonym", "capital", "fuzzy")
"""How a link was found, strongest first: ``code`` (the actor's ``country`` column for a
state, or its id is a code of the row), ``name`` (the actor's name or one of its aliases
is the row's name or official name), ``alias`` (... one of the row's aliases, or the
country name ICEWS, UCDP or ACLED writes), ``demonym``, ``capital`` (including seats of
government: Kremlin, White House), ``fuzzy`` (a close spelling)."""

_SURE_METHODS = frozenset({"code", "name", "alias"})

_METHOD_OF_FIELD = MappingProxyType(
    {
        "id": "code",
        "cameo": "code",
        "cameo_variants": "code",
        "former_codes": "code",
        "cameo_actor": "code",
        "name": "name",
        "official_name": "name",
        "aliases": "alias",
        "icews_name": "alias",
        "ucdp_name": "alias",
        "acled_name": "alias",
        "demonyms": "demonym",
        "capitals": "capital",
    }
)

FUZZY_CUTOFF = 0.8
"""Least :class:`difflib.SequenceMatcher` ratio between an actor's name (as
:func:`~graphkit.datasets.reference.label_key` reads it) and a label of the table for a
``fuzzy`` link (``"Tukrey"`` and ``"Turkey"``: 0.83)."""

_FUZZY_SHORTEST = 4
"""Names shorter than this are never matched by spelling: too many near misses."""


@dataclass(frozen=True)
class _Actors:
    """An actors table or graph as columns: ids, and names, kinds, aliases and countries
    (None where the table has no such column)."""

    source: str
    ids: list[Hashable]
    names: list[object]
    kinds: list[object] | None
    aliases: list[object] | None
    countries: list[object] | None
    lines: list[int] | None  # DataFrame row positions as lines (header = 1)
    country_column: int | None  # 1-based position of `country` in a DataFrame


def link_actors(
    actors: pd.DataFrame | nx.MultiDiGraph,
    reference: str = "countries",
    *,
    kinds: Mapping[str, Iterable[str]] | None = None,
    fuzzy: bool = True,
) -> pd.DataFrame:
    """The crosswalk from an actors table (or a graph's actors) to the reference table.

    Each actor is linked to the row of :func:`~graphkit.countries` it *is*, if any, by
    these rules:

    1. **Its kind decides what it may be** (:data:`LINKABLE_KINDS`): a ``state`` may be a
       state, territory or former state, an ``organisation`` an international body, a
       ``region`` a region or territory. An actor of any other kind (``government``,
       ``armed_group``, ``person``, ``city``, ...) is never linked, whatever its name:
       the person "Jordan" is not the state, the Syrian government is not Syria.
    2. **A state's** ``country`` **column says which state it is** (method ``code``).
    3. Otherwise, and as a check of 2: **its id as a code** (``TUR``, ``NATO``,
       ``UNO``; ``code``), **its name and aliases as labels**: the row's name or official
       name (``name``), its aliases or the names ICEWS, UCDP and ACLED write (``alias``),
       demonyms (``demonym``), capitals and seats of government (``capital``).
    4. **Nothing matched**: the closest spelling of its name among the table's labels, if
       close enough (:data:`FUZZY_CUTOFF`, method ``fuzzy``), unless ``fuzzy=False``.

    A link is ``sure`` when it was found by ``code``, ``name`` or ``alias``, all
    evidence names the same row, and the row is of a kind the actor may be. Demonyms,
    capitals and spellings are never sure ("Turkish" and "Ankara" may mean the
    government, or a city). A label the table gives to two rows ("Congolese": both
    Congos) links to neither, and the note says so. Only sure links merge actors in
    :func:`combine`.

    **Affiliation, not identity.** An actor that has a ``country`` but is not that
    country (an armed group of Syria, a city, a person, the Syrian government) keeps the
    country in ``affiliation`` and no ``reference_id``: nothing merges it with the
    state.

    Parameters
    ----------
    actors : pandas.DataFrame or networkx.MultiDiGraph
        An actors table (ids as its index, as :func:`~graphkit.read_actors` gives it, or
        in an ``id`` column) with a ``name`` and optionally ``kind``, ``aliases``
        (``|``-separated) and ``country``; or a graph, whose nodes carry them.
    reference : {"countries"}
        The reference table (the only one there is: :func:`~graphkit.countries`).
    kinds : mapping, optional
        Actor kind -> the reference kinds it may be, in place of
        :data:`LINKABLE_KINDS` (for a vocabulary of your own: ``{"country": ["state"]}``).
    fuzzy : bool, default True
        Look for close spellings of names that match nothing.

    Returns
    -------
    pandas.DataFrame
        Indexed by the actors' ids (``id``), in their order, one row per actor, columns:
        ``reference_id`` (missing when not linked), ``reference_name`` (the table's
        name), ``method`` (one of :data:`METHODS`), ``sure`` (bool), ``affiliation`` (the
        country of an actor that is not linked to it) and ``note`` (why a link is not
        sure, or why there is none although something matched).

    Raises
    ------
    DataError
        If a ``country`` value is not a country of the table (ISO 3166 alpha-3, or the
        table's code of a former state or an entity outside ISO such as ``XKX``),
        listing every such value with its row (actor) and what it may have meant.
    ValueError
        For an unknown ``reference``.

    See Also
    --------
    combine : graphs merged on these links.
    resolve_countries : the lookups these rules use.

    Examples
    --------
    >>> import graphkit as gk
    >>> links = gk.link_actors(gk.load_dataset("syria-2024"))
    >>> links.loc[["turkey", "united_states", "hts", "damascus"], ["reference_id", "method",
    ...                                                          "sure", "affiliation"]]
                  reference_id method   sure affiliation
    id
    turkey                 TUR   code   True         NaN
    united_states          USA   code   True         NaN
    hts                    NaN    NaN  False         SYR
    damascus               NaN    NaN  False         SYR

    Without a kind, names decide; demonyms and misspellings link, but not surely:

    >>> actors = pd.DataFrame({"id": ["a", "b", "c", "d"],
    ...                        "name": ["Türkiye", "Iranian", "Tukrey", "Congolese"]})
    >>> links = gk.link_actors(actors)
    >>> links[["reference_id", "method", "sure"]]
       reference_id   method   sure
    id
    a           TUR    alias   True
    b           IRN  demonym  False
    c           TUR    fuzzy  False
    d           NaN      NaN  False
    >>> for note in links["note"].dropna():
    ...     print(note)
    a demonym or capital may stand for more than the state
    closest spelling: 'Turkey' (similarity 0.83)
    'Congolese' is a label of several rows: COD, COG
    """
    if reference != "countries":
        raise ValueError(
            f"unknown reference {reference!r}{closest(str(reference), ['countries'])}; "
            "the reference table is 'countries'"
        )
    table = _actors(actors)
    allowed_kinds = (
        dict(LINKABLE_KINDS) if kinds is None else {k: tuple(v) for k, v in kinds.items()}
    )
    countries = _checked_countries(table)
    by_id = _answers(resolve_countries([str(i) for i in table.ids], by="code"))
    by_name = _answers(resolve_countries(pd.Series(table.names, dtype=object), by="label"))
    alias_lists = [_parts(a) for a in (table.aliases or [None] * len(table.ids))]
    by_alias = _answers(
        resolve_countries([alias for aliases in alias_lists for alias in aliases], by="label")
    )
    rows = []
    alias_position = 0
    for position, actor in enumerate(table.ids):
        kind = table.kinds[position] if table.kinds is not None else None
        kind = kind if isinstance(kind, str) and kind else None
        may_be = allowed_kinds.get(kind, ()) if kind is not None else None
        country = countries[position]
        name = table.names[position]
        aliases = alias_lists[position]
        found = [
            ("id", str(actor), by_id[position]),
            ("name", str(name), by_name[position]),
            *zip(["alias"] * len(aliases), aliases, by_alias[alias_position:], strict=False),
        ]
        alias_position += len(aliases)
        rows.append(_link(kind, may_be, country, found, name if fuzzy else None))
    columns = ["reference_id", "reference_name", "method", "sure", "affiliation", "note"]
    frame = (
        pd.DataFrame.from_records(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    )
    frame["sure"] = frame["sure"].astype(bool)
    for column in columns:
        if column != "sure":
            frame[column] = frame[column].astype("str")
    frame.index = pd.Index(table.ids, name="id", dtype=object if _mixed(table.ids) else None)
    return frame


def _link(
    kind: str | None,
    may_be: tuple[str, ...] | None,
    country: str | None,
    found: list[tuple[str, str, tuple[object, object, object]]],
    fuzzy_name: object,
) -> tuple[str | None, str | None, str | None, bool, str | None, str | None]:
    """One actor's row of the crosswalk, by the rules of :func:`link_actors`.

    ``may_be`` is None for an actor without a kind (it may be any row); ``found`` holds
    what the lookups said of its id, name and aliases; ``fuzzy_name`` is its name when a
    close spelling may be looked for.
    """
    kinds, names = _reference_kinds_and_names()
    evidence: list[tuple[str, str, str]] = []  # (method, reference id, what said so)
    notes: list[str] = []
    if country is not None and may_be is not None and "state" in may_be:
        evidence.append(("code", country, f"country {country}"))
    for what, value, answer in found:
        entity, field, candidates = answer
        if isinstance(entity, str) and isinstance(field, str):
            evidence.append((_METHOD_OF_FIELD[field], entity, f"{what} {value!r}"))
        elif isinstance(candidates, str):
            notes.append(f"{value!r} is a label of several rows: {candidates.replace('|', ', ')}")
    fitting = [e for e in evidence if may_be is None or kinds[e[1]] in may_be]
    if evidence and not fitting:
        _, entity, said = evidence[0]
        notes.append(
            f"{said} is {entity} ({names[entity]}), a {kinds[entity].replace('_', ' ')}, "
            f"which an actor of kind {kind!r} is not linked to"
        )
    link: tuple[str, str] | None = None
    sure = False
    if fitting:
        method, entity, _ = min(fitting, key=lambda e: METHODS.index(e[0]))
        link = (entity, method)
        disagreeing = [e for e in fitting if e[1] != entity]
        sure = method in _SURE_METHODS and not disagreeing
        if disagreeing:
            said = "; ".join(f"{what}: {ref}" for _, ref, what in fitting)
            notes.append(f"the evidence disagrees ({said})")
        elif not sure:
            notes.append("a demonym or capital may stand for more than the state")
    elif may_be != () and not notes and isinstance(fuzzy_name, str):
        guess = _spelling(fuzzy_name, may_be)
        if guess is not None:
            entity, label, ratio = guess
            link = (entity, "fuzzy")
            notes.append(f"closest spelling: {label!r} (similarity {ratio:.2f})")
    affiliation = country if country is not None and (link is None or link[0] != country) else None
    return (
        link[0] if link else None,
        names[link[0]] if link else None,
        link[1] if link else None,
        sure,
        affiliation,
        "; ".join(notes) or None,
    )


@cache
def _reference_kinds_and_names() -> tuple[dict[str, str], dict[str, str]]:
    table = _table()
    ids = table.index.tolist()
    return (
        dict(zip(ids, table["kind"].tolist(), strict=True)),
        dict(zip(ids, table["name"].tolist(), strict=True)),
    )


def _mixed(ids: list[Hashable]) -> bool:
    return not all(isinstance(i, str) for i in ids)


def _parts(value: object) -> list[str]:
    if not isinstance(value, str):
        return []
    return [part.strip() for part in value.split("|") if part.strip()]


def _answers(found: pd.DataFrame) -> list[tuple[object, object, object]]:
    """The rows of :func:`resolve_countries` as (id, field, candidates) tuples."""
    return list(
        zip(
            found["id"].tolist(),
            found["field"].tolist(),
            found["candidates"].tolist(),
            strict=True,
        )
    )


_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 "
"""The characters of a :func:`~graphkit.datasets.reference.label_key`."""


@dataclass(frozen=True)
class _Spellings:
    """Every name and alias of the table by its key (a key of several rows left out),
    with each key's letter counts, to rule out most keys without comparing them."""

    keys: tuple[str, ...]
    labels: tuple[str, ...]
    ids: tuple[str, ...]
    kinds: np.ndarray
    counts: np.ndarray  # one row per key: how often each letter of _ALPHABET occurs
    lengths: np.ndarray


_LETTER = {letter: position for position, letter in enumerate(_ALPHABET)}


def _letter_counts(key: str) -> np.ndarray:
    counts = np.zeros(len(_ALPHABET), dtype=np.int32)
    for letter in key:
        counts[_LETTER[letter]] += 1
    return counts


@cache
def _spellings() -> _Spellings:
    table = _table()
    owners: dict[str, set[str]] = {}
    shown: dict[str, str] = {}
    for column in ("name", "official_name", "aliases", "icews_name", "ucdp_name", "acled_name"):
        for entity, value in zip(table.index.tolist(), table[column].tolist(), strict=True):
            for label in _parts(value):
                key = label_key(label)
                if key:
                    owners.setdefault(key, set()).add(entity)
                    shown.setdefault(key, label)
    keys = tuple(key for key in sorted(owners) if len(owners[key]) == 1)
    ids = tuple(next(iter(owners[key])) for key in keys)
    kinds, _ = _reference_kinds_and_names()
    return _Spellings(
        keys=keys,
        labels=tuple(shown[key] for key in keys),
        ids=ids,
        kinds=np.array([kinds[i] for i in ids], dtype=object),
        counts=np.array([_letter_counts(key) for key in keys], dtype=np.int32),
        lengths=np.array([len(key) for key in keys], dtype=np.int32),
    )


@lru_cache(maxsize=65536)
def _spelling(name: str, may_be: tuple[str, ...] | None) -> tuple[str, str, float] | None:
    """The row whose name or alias is the closest spelling of ``name``: (id, that label,
    similarity), or None when none is close enough or two rows are equally close.

    The similarity is :class:`difflib.SequenceMatcher`'s ratio of the two keys; the
    letters two keys share bound it from above (``quick_ratio``), which rules out all but
    a few keys at once.
    """
    key = label_key(name)
    if len(key) < _FUZZY_SHORTEST:
        return None
    spellings = _spellings()
    shared = np.minimum(spellings.counts, _letter_counts(key)).sum(axis=1)
    bound = 2 * shared / (spellings.lengths + len(key))
    close = bound >= FUZZY_CUTOFF
    if may_be is not None:
        close &= np.isin(spellings.kinds, list(may_be))
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(key)
    best: list[tuple[float, str, str]] = []
    for position in np.flatnonzero(close).tolist():
        matcher.set_seq1(spellings.keys[position])
        ratio = matcher.ratio()
        if ratio >= FUZZY_CUTOFF:
            best.append((ratio, spellings.labels[position], spellings.ids[position]))
    if not best:
        return None
    top = max(ratio for ratio, _, _ in best)
    winners = sorted((label, entity) for ratio, label, entity in best if ratio == top)
    if len({entity for _, entity in winners}) > 1:
        return None
    label, entity = winners[0]
    return entity, label, top


def _actors(actors: pd.DataFrame | nx.MultiDiGraph) -> _Actors:
    if isinstance(actors, nx.Graph):
        nodes = list(actors.nodes(data=True))
        label = actors.graph.get("name") or "graph"
        return _Actors(
            source=f"graph {label!r}",
            ids=[n for n, _ in nodes],
            names=[d.get("name") for _, d in nodes],
            kinds=[d.get("kind") for _, d in nodes],
            aliases=[d.get("aliases") for _, d in nodes],
            countries=[d.get("country") for _, d in nodes],
            lines=None,
            country_column=None,
        )
    if not isinstance(actors, pd.DataFrame):
        raise TypeError(
            f"link_actors takes an actors DataFrame or a graph, not {type(actors).__name__}"
        )
    frame = actors
    if "id" in frame.columns:
        ids = frame["id"].tolist()
        columns = list(frame.columns)
    else:
        ids = frame.index.tolist()
        columns = ["id", *frame.columns]

    def column(name: str) -> list[object] | None:
        return frame[name].tolist() if name in frame.columns else None

    names = column("name")
    return _Actors(
        source=str(frame.attrs.get("source") or "actors DataFrame"),
        ids=ids,
        names=names if names is not None else [None] * len(ids),
        kinds=column("kind"),
        aliases=column("aliases"),
        countries=column("country"),
        lines=list(range(2, len(ids) + 2)),
        country_column=columns.index("country") + 1 if "country" in columns else None,
    )


def _checked_countries(table: _Actors) -> list[str | None]:
    """The ``country`` of each actor, every value checked against the table's countries."""
    if table.countries is None:
        return [None] * len(table.ids)
    reference = _table()
    is_country = reference["kind"].isin(COUNTRY_KINDS)
    countries = set(reference.index[is_country])
    found: list[str | None] = []
    problems: list[Problem] = []
    for position, value in enumerate(table.countries):
        if value is None or (isinstance(value, float) and np.isnan(value)) or value == "":
            found.append(None)
            continue
        text = str(value)
        if text in countries:
            found.append(text)
            continue
        found.append(None)
        source = table.source
        line = table.lines[position] if table.lines is not None else None
        if table.lines is None:
            source = f"{table.source}, actor {str(table.ids[position])!r}"
        problems.append(
            Problem(
                source,
                line,
                "country",
                table.country_column,
                text,
                _country_expected(text, countries),
            )
        )
    if problems:
        raise DataError(problems)
    return found


def _country_expected(value: str, countries: set[str]) -> str:
    expected = "an ISO 3166 alpha-3 code of a country in the reference table (gk.countries())"
    resolved = resolve_countries([value], by="code").iloc[0]
    if isinstance(resolved["id"], str):
        row = _table().loc[resolved["id"]]
        if row["kind"] in COUNTRY_KINDS:
            return (
                f"{expected}: {value} is a former or CAMEO code of {resolved['id']} ({row['name']})"
            )
        kind = row["kind"].replace("_", " ")
        return f"{expected}: {value} is {row['name']}, a {kind}, not a country"
    by_name = resolve_countries([value], by="label").iloc[0]
    if isinstance(by_name["id"], str) and by_name["id"] in countries:
        return f"{expected}: {value!r} names {by_name['id']}"
    return f"{expected}{closest(value, countries)}"


def combine(
    graphs: Sequence[nx.MultiDiGraph],
    links: Mapping[int | str, pd.DataFrame] | None = None,
    *,
    name: str | None = None,
    title: str | None = None,
) -> nx.MultiDiGraph:
    """Merge graphs from several sources into one graph, one node per actor.

    **Which actors become one node.** Actors with the same id in several graphs are one
    actor (as in :func:`networkx.compose_all`); actors that are surely linked to the same
    reference id (:func:`link_actors`) are one actor whatever their ids: ``turkey`` of a
    hand-coded table and ``TUR`` of GDELT. Every other actor stays a node of its own;
    an actor affiliated with a country (an armed group of Syria) is never merged with
    it.

    **The merged actor.** Its id and name are those of the first graph that has it.
    ``aliases`` holds its aliases in each graph, every other graph's name and every
    other id (a name or alias once whatever its letter case, an id as written);
    ``source_ids`` every source's
    ``graph:id`` (``syria-2024:turkey|gdelt-2019-10:TUR``); ``dataset`` each source's
    own ``dataset`` attribute, else its graph's label (``|``-separated);
    ``reference_id`` the reference id it is linked to. Any other attribute takes the first
    value that is not empty, graph by graph; when sources hold different values,
    ``conflicts`` lists them all (JSON text: attribute -> ``{"graph:id": value}``), so
    nothing is lost.

    **Relations** are all kept, with all their attributes, between the merged actors.
    Each gains ``dataset``, its graph's label, unless it already has one (the event
    dataset of an aggregate, or the label of an earlier combine): that is its
    provenance and is kept. An edge keeps its key unless the merged pair already has it;
    then it takes the next free ``relation-2``, ``relation-3``, ..., as
    :func:`~graphkit.build_graph` numbers repeated relations.

    **The graph.** ``name`` (labels joined by ``+``) and ``title``; ``documents`` of all
    graphs (each once, in order); the merged vocabulary (each relation type and actor
    kind of any graph); ``datasets``, JSON text listing each graph's label and its own
    graph attributes (``event_policy`` included).

    **Order.** The same graphs in the same order give the same graph. Nodes come in order
    of first appearance: the first graph's nodes in its order, then the actors new in the
    second graph in its order, and so on. Edges are added graph by graph, each in its
    graph's edge order; networkx lists them by source node in node order, then target,
    then key.

    A graph's label is its ``name``, else ``graph{i}`` (its position), made unique by
    ``-2``, ``-3``, ...

    Parameters
    ----------
    graphs : sequence of networkx.MultiDiGraph
        The graphs, in order of precedence. They are not changed.
    links : mapping, optional
        Crosswalks by graph position or label, as :func:`link_actors` returns them
        (indexed by actor id, with a ``reference_id`` and, optionally, a ``sure``
        column; without ``sure`` every link counts). A graph without a crosswalk here is
        linked by :func:`link_actors`; pass an empty crosswalk to link none of its
        actors. Only sure links merge.
    name, title : str, optional
        Of the combined graph.

    Returns
    -------
    networkx.MultiDiGraph

    Raises
    ------
    DataError
        Listing every problem: a crosswalk naming an actor not in its graph, a reference
        id not in the table, two actors of one graph linked to one reference id, a
        ``country`` value that is not a country of the table, ids and links that would
        merge two actors of one graph or link one actor to two reference ids, and a
        relation type or actor kind defined differently in two graphs (naming both).
    TypeError, ValueError
        If ``graphs`` is not a non-empty sequence of MultiDiGraphs.

    See Also
    --------
    link_actors : the crosswalk.

    Examples
    --------
    >>> import graphkit as gk
    >>> syria, gdelt = gk.load_dataset("syria-2024"), gk.load_dataset("gdelt-2019-10")
    >>> G = gk.combine([syria, gdelt])
    >>> G.nodes["turkey"]["source_ids"], G.nodes["turkey"]["aliases"]
    ('syria-2024:turkey|gdelt-2019-10:TUR', 'Türkiye|Turkiye|TUR')
    >>> "TUR" in G, G.has_edge("turkey", "hts"), G.has_edge("RUS", "turkey")
    (False, True, True)
    >>> sorted({d["dataset"] for u, v, d in G.edges(data=True) if "turkey" in (u, v)})
    ['gdelt2', 'syria-2024']
    """
    if isinstance(graphs, nx.Graph) or not isinstance(graphs, Sequence):
        raise TypeError("combine takes a sequence of graphs: combine([G1, G2])")
    graphs = list(graphs)
    if not graphs:
        raise ValueError("combine needs at least one graph")
    for position, G in enumerate(graphs):
        if not isinstance(G, nx.MultiDiGraph):
            raise TypeError(
                f"graph {position} is a {type(G).__name__}, not a networkx.MultiDiGraph "
                "as graphkit builds (gk.build_graph)"
            )
    labels = graph_labels(graphs)
    given, problems = _crosswalks_given(links, labels)
    sure_links: list[dict[Hashable, str]] = []
    for position, (G, label) in enumerate(zip(graphs, labels, strict=True)):
        crosswalk = given.get(position)
        if crosswalk is None:
            try:
                crosswalk = link_actors(G)
            except DataError as error:
                problems += error.problems
                sure_links.append({})
                continue
        graph_links, found = _sure_links(crosswalk, G, label)
        problems += found
        sure_links.append(graph_links)
    problems += check_links(graphs, sure_links, labels)
    if problems:
        raise DataError(problems)
    return merge_graphs(graphs, sure_links, name=name, title=title)


def _crosswalks_given(
    links: Mapping[int | str, pd.DataFrame] | None, labels: list[str]
) -> tuple[dict[int, pd.DataFrame], list[Problem]]:
    if links is None:
        return {}, []
    if not isinstance(links, Mapping):
        raise TypeError(
            f"links is a dict {{graph position or label: crosswalk}}, not {type(links).__name__}"
        )
    given: dict[int, pd.DataFrame] = {}
    problems: list[Problem] = []
    for key, crosswalk in links.items():
        if (
            isinstance(key, int | np.integer)
            and not isinstance(key, bool)
            and 0 <= key < len(labels)
        ):
            position = int(key)
        elif isinstance(key, str) and key in labels:
            position = labels.index(key)
        else:
            problems.append(
                Problem(
                    "links",
                    None,
                    None,
                    None,
                    str(key),
                    f"a graph position (0 to {len(labels) - 1}) or label "
                    f"({', '.join(repr(label) for label in labels)})",
                )
            )
            continue
        if position in given:
            problems.append(Problem("links", None, None, None, str(key), "one crosswalk per graph"))
        elif not isinstance(crosswalk, pd.DataFrame):
            problems.append(
                Problem(
                    "links",
                    None,
                    None,
                    None,
                    str(key),
                    f"a crosswalk DataFrame (gk.link_actors), not {type(crosswalk).__name__}",
                )
            )
        else:
            given[position] = crosswalk
    return given, problems


def _sure_links(
    crosswalk: pd.DataFrame, G: nx.MultiDiGraph, label: str
) -> tuple[dict[Hashable, str], list[Problem]]:
    """The sure links of a crosswalk (actor -> reference id), and its problems: a missing
    column, an actor not in the graph, a repeated actor, a reference id not in the table,
    a ``sure`` that is not true or false."""
    where = f"crosswalk of graph {label!r}"
    if "reference_id" not in crosswalk.columns:
        expected = "a column 'reference_id' (the crosswalk gk.link_actors returns)"
        return {}, [Problem(where, 1, None, None, None, expected)]
    actors = crosswalk["id"].tolist() if "id" in crosswalk.columns else crosswalk.index.tolist()
    references = crosswalk["reference_id"].tolist()
    sure = crosswalk["sure"].tolist() if "sure" in crosswalk.columns else [True] * len(actors)
    known = set(_table().index)
    problems: list[Problem] = []
    links: dict[Hashable, str] = {}
    seen: dict[Hashable, int] = {}
    for position, (actor, reference, is_sure) in enumerate(
        zip(actors, references, sure, strict=True)
    ):
        line = position + 2
        if actor not in G:
            problems.append(
                Problem(where, line, "id", None, str(actor), f"an actor of graph {label!r}")
            )
        elif actor in seen:
            problems.append(
                Problem(
                    where,
                    line,
                    "id",
                    None,
                    str(actor),
                    f"an actor not already on line {seen[actor]}",
                )
            )
        seen.setdefault(actor, line)
        if not isinstance(is_sure, bool | np.bool_):
            problems.append(Problem(where, line, "sure", None, str(is_sure), "True or False"))
            continue
        if reference is None or (isinstance(reference, float) and np.isnan(reference)):
            continue
        if not isinstance(reference, str) or reference not in known:
            problems.append(
                Problem(
                    where,
                    line,
                    "reference_id",
                    None,
                    str(reference),
                    "an id of the reference table (gk.countries())"
                    + closest(str(reference), known),
                )
            )
            continue
        if is_sure and actor in G and seen[actor] == line:
            links[actor] = reference
    return links, problems
