"""Relation types and actor kinds: the vocabulary of a graph, kept as data."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .resources import data_path
from .tables import Table, TableSource, closest, read_table

__all__ = [
    "MODES",
    "SIGNED_MODES",
    "ActorKind",
    "RelationType",
    "Vocabulary",
    "add_actor_kind",
    "add_relation_type",
    "default_vocabulary",
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
    """The relation types and actor kinds a graph may use.

    Parameters
    ----------
    relation_types, actor_kinds : str, path or DataFrame, optional
        Tables in the format of ``data/relation_types.csv`` and ``data/actor_kinds.csv``;
        the bundled ones by default. They are validated like any input.

    Examples
    --------
    >>> vocab = Vocabulary()
    >>> vocab.relation("warns")
    RelationType(name='warns', polarity=-1, mode='verbal', symmetric=False, description='publicly cautions against an action', color='#fb8c00')
    >>> vocab.add_relation_type("mediates", polarity=0, mode="verbal",
    ...                         description="brokers talks between")
    >>> "mediates" in vocab.relation_types.index
    True
    """  # noqa: E501

    def __init__(
        self,
        relation_types: TableSource | None = None,
        actor_kinds: TableSource | None = None,
    ):
        self._relations: dict[str, RelationType] = {}
        self._kinds: dict[str, ActorKind] = {}
        if relation_types is None:
            relation_types = data_path("relation_types.csv")
        if actor_kinds is None:
            actor_kinds = data_path("actor_kinds.csv")
        for row in _read_relation_types(relation_types):
            self._relations[row.name] = row
        for row in _read_actor_kinds(actor_kinds):
            self._kinds[row.name] = row

    @property
    def relation_types(self) -> pd.DataFrame:
        """The relation types as a DataFrame indexed by name."""
        return pd.DataFrame([vars(r) for r in self._relations.values()]).set_index("name")

    @property
    def actor_kinds(self) -> pd.DataFrame:
        """The actor kinds as a DataFrame indexed by name."""
        return pd.DataFrame([vars(k) for k in self._kinds.values()]).set_index("name")

    def relation(self, name: str) -> RelationType:
        """The relation type called ``name``; ``KeyError`` naming the valid ones otherwise."""
        try:
            return self._relations[name]
        except KeyError:
            raise KeyError(
                f"unknown relation type {name!r}{closest(name, self._relations)}; "
                f"known: {', '.join(sorted(self._relations))}"
            ) from None

    def kind(self, name: str) -> ActorKind:
        """The actor kind called ``name``; ``KeyError`` naming the valid ones otherwise."""
        try:
            return self._kinds[name]
        except KeyError:
            raise KeyError(
                f"unknown actor kind {name!r}{closest(name, self._kinds)}; "
                f"known: {', '.join(sorted(self._kinds))}"
            ) from None

    def relation_names(self) -> list[str]:
        return sorted(self._relations)

    def kind_names(self) -> list[str]:
        return sorted(self._kinds)

    def add_relation_type(
        self,
        name: str,
        *,
        polarity: int,
        mode: str,
        symmetric: bool = False,
        description: str = "",
        color: str = "#757575",
    ) -> None:
        """Add (or redefine) a relation type; arguments are validated as the CSV is."""
        frame = pd.DataFrame([dict(name=name, polarity=polarity, mode=mode, symmetric=symmetric,
                                   description=description, color=color)])
        (row,) = _read_relation_types(frame)
        self._relations[row.name] = row

    def add_actor_kind(
        self,
        name: str,
        *,
        place: bool = False,
        shape: str = "dot",
        color: str = "#757575",
        description: str = "",
    ) -> None:
        """Add (or redefine) an actor kind; arguments are validated as the CSV is."""
        frame = pd.DataFrame([dict(name=name, place=place, shape=shape, color=color,
                                   description=description)])
        (row,) = _read_actor_kinds(frame)
        self._kinds[row.name] = row


_DEFAULT: Vocabulary | None = None


def default_vocabulary() -> Vocabulary:
    """The process-wide vocabulary used when a function is given none.

    It starts as the bundled tables; :func:`add_relation_type` and
    :func:`add_actor_kind` extend it.
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Vocabulary()
    return _DEFAULT


def add_relation_type(name: str, **kwargs) -> None:
    """Add a relation type to the default vocabulary (see :meth:`Vocabulary.add_relation_type`).

    Examples
    --------
    >>> import graphkit as gk
    >>> gk.add_relation_type("mediates", polarity=0, mode="verbal",
    ...                      description="brokers talks between")
    >>> gk.default_vocabulary().relation("mediates").mode
    'verbal'
    """
    default_vocabulary().add_relation_type(name, **kwargs)


def add_actor_kind(name: str, **kwargs) -> None:
    """Add an actor kind to the default vocabulary (see :meth:`Vocabulary.add_actor_kind`)."""
    default_vocabulary().add_actor_kind(name, **kwargs)


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
        result.append(RelationType(
            name=_name(table, line, "name", row["name"]),
            polarity=int(polarity) if polarity.lstrip("+") in {"1", "0", "-1"} else 0,
            mode=mode,
            symmetric=_bool(table, line, "symmetric", row.get("symmetric", "")),
            description=row.get("description", ""),
            color=_color(table, line, "color", row.get("color") or "#757575"),
        ))
    table.raise_problems()
    return result


def _read_actor_kinds(data: TableSource) -> list[ActorKind]:
    table = read_table(data, what="actor kinds", index_name="name")
    result = []
    for line, row in _rows(table, ("name",)):
        shape = row.get("shape") or "dot"
        if shape not in _SHAPES:
            table.problem(line, "shape", shape, f"one of {', '.join(_SHAPES)}")
        result.append(ActorKind(
            name=_name(table, line, "name", row["name"]),
            place=_bool(table, line, "place", row.get("place", "")),
            shape=shape,
            color=_color(table, line, "color", row.get("color") or "#757575"),
            description=row.get("description", ""),
        ))
    table.raise_problems()
    return result
