"""Relation types and actor kinds: the vocabulary of a graph, kept as data."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

import pandas as pd

from ..base.data_files import data_path
from ..base.hints import closest
from ..base.table import Table
from ..base.table_reading import TableSource, read_table

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "MODES",
    "SIGNED_MODES",
    "ActorKind",
    "RelationType",
    "Vocabulary",
    "default_vocabulary",
    "vocabulary_of",
]

MODES = ("verbal", "material", "structural", "territorial")
"""Relation modes: what a relation is made of."""

SIGNED_MODES = ("verbal", "material")
"""Modes that express alignment between actors; structural and territorial relations
(leadership, membership, control of places) are left out of signed analysis by default."""

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_SHAPES = ("dot", "square", "triangle", "triangleDown", "diamond", "star", "hexagon", "ellipse")
_TRUE = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False, "": False}


@dataclass(frozen=True)
class RelationType:
    """One relation type: its sign, what it is made of, and how it is drawn."""

    name: str
    polarity: int
    mode: str
    symmetric: bool
    description: str
    color: str


@dataclass(frozen=True)
class ActorKind:
    """One kind of actor: whether it is a place, and how it is drawn."""

    name: str
    place: bool
    shape: str
    color: str
    description: str


class Vocabulary:
    """The relation types and actor kinds a graph may use. Immutable.

    Parameters
    ----------
    relation_types, actor_kinds : str, path or DataFrame, optional
        Tables in the format of ``data/relation_types.csv`` and ``data/actor_kinds.csv``;
        the bundled ones by default. They are validated like any input.

    Notes
    -----
    A vocabulary never changes: :meth:`with_relation_type`, :meth:`with_actor_kind` and
    :meth:`extend` return a new one. :func:`~graphkit.build_graph` stores the vocabulary
    it used in the graph (:meth:`to_graph_attributes`), so projections and pages read
    the graph's own polarities, modes, colours and shapes (:func:`vocabulary_of`).

    Examples
    --------
    >>> vocab = Vocabulary()
    >>> vocab.relation("warns")
    RelationType(name='warns', polarity=-1, mode='verbal', symmetric=False, description='publicly cautions against an action', color='#e69f00')
    >>> mine = vocab.with_relation_type("mediates", polarity=0, mode="verbal",
    ...                                 description="brokers talks between")
    >>> "mediates" in mine.relation_names(), "mediates" in vocab.relation_names()
    (True, False)
    """  # noqa: E501

    __slots__ = ("_kinds", "_relations")
    _relations: Mapping[str, RelationType]
    _kinds: Mapping[str, ActorKind]

    def __init__(
        self,
        relation_types: TableSource | None = None,
        actor_kinds: TableSource | None = None,
    ):
        if relation_types is None:
            relation_types = data_path("relation_types.csv")
        if actor_kinds is None:
            actor_kinds = data_path("actor_kinds.csv")
        relations = {row.name: row for row in _read_relation_types(relation_types)}
        kinds = {row.name: row for row in _read_actor_kinds(actor_kinds)}
        self._set(relations, kinds)

    def _set(self, relations: dict[str, RelationType], kinds: dict[str, ActorKind]) -> None:
        object.__setattr__(self, "_relations", MappingProxyType(dict(relations)))
        object.__setattr__(self, "_kinds", MappingProxyType(dict(kinds)))

    @classmethod
    def _of(cls, relations: dict[str, RelationType], kinds: dict[str, ActorKind]) -> Vocabulary:
        vocab = cls.__new__(cls)
        vocab._set(relations, kinds)
        return vocab

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(
            "a Vocabulary is immutable: with_relation_type, with_actor_kind "
            "and extend return a new one"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vocabulary):
            return NotImplemented
        return dict(self._relations) == dict(other._relations) and dict(self._kinds) == dict(
            other._kinds
        )

    def __hash__(self) -> int:
        return hash((tuple(self._relations.values()), tuple(self._kinds.values())))

    def __repr__(self) -> str:
        relations, kinds = len(self._relations), len(self._kinds)
        return f"<Vocabulary: {relations} relation types, {kinds} actor kinds>"

    @property
    def relation_types(self) -> pd.DataFrame:
        """The relation types as a DataFrame indexed by name."""
        return pd.DataFrame([asdict(r) for r in self._relations.values()]).set_index("name")

    @property
    def actor_kinds(self) -> pd.DataFrame:
        """The actor kinds as a DataFrame indexed by name."""
        return pd.DataFrame([asdict(k) for k in self._kinds.values()]).set_index("name")

    def relation(self, name: str) -> RelationType:
        """The relation type called ``name``; ``KeyError`` naming the valid ones otherwise."""
        try:
            return self._relations[name]
        except (KeyError, TypeError):
            raise KeyError(
                f"unknown relation type {name!r}{closest(str(name), self._relations)}; "
                f"known: {', '.join(sorted(self._relations))}"
            ) from None

    def kind(self, name: str) -> ActorKind:
        """The actor kind called ``name``; ``KeyError`` naming the valid ones otherwise."""
        try:
            return self._kinds[name]
        except (KeyError, TypeError):
            raise KeyError(
                f"unknown actor kind {name!r}{closest(str(name), self._kinds)}; "
                f"known: {', '.join(sorted(self._kinds))}"
            ) from None

    def relation_names(self) -> list[str]:
        """The relation type names, sorted."""
        return sorted(self._relations)

    def kind_names(self) -> list[str]:
        """The actor kind names, sorted."""
        return sorted(self._kinds)

    def with_relation_type(
        self,
        name: str,
        *,
        polarity: int,
        mode: str,
        symmetric: bool = False,
        description: str = "",
        color: str = "#757575",
    ) -> Vocabulary:
        """A new vocabulary with this relation type added (or redefined).

        The arguments are validated as the CSV is (:class:`~graphkit.DataError`).
        """
        frame = pd.DataFrame(
            [
                dict(
                    name=name,
                    polarity=polarity,
                    mode=mode,
                    symmetric=symmetric,
                    description=description,
                    color=color,
                )
            ]
        )
        return self.extend(relation_types=frame)

    def with_actor_kind(
        self,
        name: str,
        *,
        place: bool = False,
        shape: str = "dot",
        color: str = "#757575",
        description: str = "",
    ) -> Vocabulary:
        """A new vocabulary with this actor kind added (or redefined), validated."""
        frame = pd.DataFrame(
            [dict(name=name, place=place, shape=shape, color=color, description=description)]
        )
        return self.extend(actor_kinds=frame)

    def extend(
        self,
        *,
        relation_types: TableSource | None = None,
        actor_kinds: TableSource | None = None,
    ) -> Vocabulary:
        """A new vocabulary with the rows of these tables added (a row whose name exists
        redefines that type or kind).

        Examples
        --------
        >>> import pandas as pd
        >>> extra = pd.DataFrame({"name": ["mediates"], "polarity": [0], "mode": ["verbal"]})
        >>> Vocabulary().extend(relation_types=extra).relation("mediates").symmetric
        False
        """
        relations = dict(self._relations)
        kinds = dict(self._kinds)
        if relation_types is not None:
            relations.update((r.name, r) for r in _read_relation_types(relation_types))
        if actor_kinds is not None:
            kinds.update((k.name, k) for k in _read_actor_kinds(actor_kinds))
        return Vocabulary._of(relations, kinds)

    def to_graph_attributes(self) -> dict[str, str]:
        """The vocabulary as graph attributes: JSON text under ``relation_types`` and
        ``actor_kinds``, which every graph file format keeps.

        Examples
        --------
        >>> sorted(Vocabulary().to_graph_attributes())
        ['actor_kinds', 'relation_types']
        """

        def table(rows) -> str:
            return json.dumps([asdict(r) for r in rows], ensure_ascii=False, separators=(",", ":"))

        return {
            "relation_types": table(self._relations.values()),
            "actor_kinds": table(self._kinds.values()),
        }


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The bundled vocabulary (``data/relation_types.csv`` and ``data/actor_kinds.csv``).

    It is immutable, so sharing it is safe; build your own with
    :meth:`Vocabulary.with_relation_type` or :meth:`Vocabulary.extend`.

    Returns
    -------
    Vocabulary
        The same object on every call.

    Examples
    --------
    >>> import graphkit as gk
    >>> vocabulary = gk.default_vocabulary()
    >>> vocabulary.relation("backs").polarity, vocabulary.kind("city").place
    (1, True)
    >>> gk.default_vocabulary() is vocabulary
    True
    """
    return Vocabulary()


def vocabulary_of(G: nx.Graph) -> Vocabulary:
    """The vocabulary a graph was built with, as stored in ``G.graph``; the bundled one
    for graphs that carry none (graphs from elsewhere, graphkit 0.1 files).

    Parameters
    ----------
    G : networkx.Graph
        Any graph; its ``relation_types`` and ``actor_kinds`` graph attributes are read.

    Returns
    -------
    Vocabulary
        The graph's vocabulary, or :func:`default_vocabulary` when it carries none.

    Raises
    ------
    ValueError
        If the graph's ``relation_types`` or ``actor_kinds`` attribute is not a valid
        vocabulary table.

    Examples
    --------
    >>> import graphkit as gk
    >>> mine = gk.default_vocabulary().with_relation_type("mediates", polarity=0, mode="verbal")
    >>> actors = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": "state"})
    >>> relations = pd.DataFrame({"source": ["a"], "target": ["b"], "relation": ["mediates"]})
    >>> G = gk.build_graph(actors, relations, vocabulary=mine)
    >>> vocabulary_of(G) == mine
    True
    """
    graph = getattr(G, "graph", {})
    relations, kinds = graph.get("relation_types"), graph.get("actor_kinds")
    if not isinstance(relations, str) and not isinstance(kinds, str):
        return default_vocabulary()
    return _from_json(
        relations if isinstance(relations, str) else None, kinds if isinstance(kinds, str) else None
    )


@lru_cache(maxsize=32)
def _from_json(relations: str | None, kinds: str | None) -> Vocabulary:
    base = default_vocabulary()
    tables = {}
    for attribute, text in (("relation_types", relations), ("actor_kinds", kinds)):
        if text is None:
            continue
        try:
            rows = json.loads(text)
            frame = pd.DataFrame(rows)
            if not isinstance(rows, list) or "name" not in frame.columns:
                raise ValueError("expected a JSON list of rows with a 'name'")
        except ValueError as exc:
            raise ValueError(
                f"the graph attribute {attribute!r} is not a vocabulary table ({exc})"
            ) from None
        tables[attribute] = frame
    relation_rows = (
        _read_relation_types(tables["relation_types"])
        if "relation_types" in tables
        else base._relations.values()
    )
    kind_rows = (
        _read_actor_kinds(tables["actor_kinds"])
        if "actor_kinds" in tables
        else base._kinds.values()
    )
    return Vocabulary._of({r.name: r for r in relation_rows}, {k.name: k for k in kind_rows})


def _name(table: Table, line: int, column: str, value: str) -> str:
    if not _NAME.match(value):
        table.problem(line, column, value, "a lower-case name of letters, digits and _")
    return value


def _bool(table: Table, line: int, column: str, value: str) -> bool:
    if value.lower() not in _TRUE:
        table.problem(line, column, value, "true or false")
        return False
    return _TRUE[value.lower()]


def _color(table: Table, line: int, column: str, value: str) -> str:
    if not _COLOR.match(value):
        table.problem(line, column, value, "a colour as #rrggbb")
    return value


def _rows(table: Table, required: tuple[str, ...]):
    if not table.require_columns(required):
        table.raise_problems()
    seen: dict[str, int] = {}
    for line, row in zip(table.lines, table.rows, strict=True):
        name = row["name"]
        if name in seen:
            table.problem(line, "name", name, f"a name not already defined on line {seen[name]}")
        seen.setdefault(name, line)
        yield line, row


def _read_relation_types(data: TableSource) -> list[RelationType]:
    table = read_table(data, what="relation types", index_name="name")
    result = []
    for line, row in _rows(table, ("name", "polarity", "mode")):
        polarity = row["polarity"]
        if polarity.lstrip("+") not in {"1", "0", "-1"}:
            table.problem(line, "polarity", polarity, "1, 0 or -1")
        mode = row["mode"]
        if mode not in MODES:
            table.problem(line, "mode", mode, f"one of {', '.join(MODES)}{closest(mode, MODES)}")
        result.append(
            RelationType(
                name=_name(table, line, "name", row["name"]),
                polarity=int(polarity) if polarity.lstrip("+") in {"1", "0", "-1"} else 0,
                mode=mode,
                symmetric=_bool(table, line, "symmetric", row.get("symmetric", "")),
                description=row.get("description", ""),
                color=_color(table, line, "color", row.get("color") or "#757575"),
            )
        )
    table.raise_problems()
    return result


def _read_actor_kinds(data: TableSource) -> list[ActorKind]:
    table = read_table(data, what="actor kinds", index_name="name")
    result = []
    for line, row in _rows(table, ("name",)):
        shape = row.get("shape") or "dot"
        if shape not in _SHAPES:
            table.problem(line, "shape", shape, f"one of {', '.join(_SHAPES)}")
        result.append(
            ActorKind(
                name=_name(table, line, "name", row["name"]),
                place=_bool(table, line, "place", row.get("place", "")),
                shape=shape,
                color=_color(table, line, "color", row.get("color") or "#757575"),
                description=row.get("description", ""),
            )
        )
    table.raise_problems()
    return result
