"""What an event source declares: the record every part of the event path reads.

A source is one :class:`EventSource`: how its files are laid out (columns, delimiter,
header, variants), which codebook columns the canonical schema needs and the values
they may hold, how a date is written (:class:`DateRule`), where the two actors of an
event are in a row and what kind of actor each is (:class:`ActorRule`), the event's
code, measures and provenance (a function of the row), the code system and its
mapping, the quad convention and whether the dyads have a direction. Reading,
the canonical view, value checks, aggregation, the actor table and descriptions take
all of that from the record and never ask which source it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..mappings import MappingSource

__all__ = ["ActorRule", "DateRule", "EventSource", "Side"]


@dataclass(frozen=True)
class Side:
    """Where one actor of an event is in a row: the columns of its id, name, country
    and role (None where the source has no such column).

    Examples
    --------
    >>> Side("side_a", "side_a").country is None
    True
    """

    id: str
    name: str
    country: str | None = None
    role: str | None = None

    def columns(self) -> tuple[str, ...]:
        """The columns this side reads."""
        return tuple(c for c in (self.id, self.name, self.country, self.role) if c)


@dataclass(frozen=True)
class ActorRule:
    """How a row names its two actors and what kind of actor each one is.

    Attributes
    ----------
    source, target : Side
        The acting actor's columns and the columns of the actor acted on (for an
        undirected source, the two sides as the file orders them).
    kind : callable
        ``kind(actor, country, role) -> str``: the actor kind of the vocabulary an actor
        id of this source most likely is (``"government"``, ``"armed_group"``, ...),
        from its id, its country and its role as the row gives them (``""`` if none).
    """

    source: Side
    target: Side
    kind: Callable[[str, str, str], str]


@dataclass(frozen=True)
class DateRule:
    """Which column holds an event's date and how it is written.

    Attributes
    ----------
    column : str
        The codebook column.
    parse : callable
        ``parse(table, column)``: an Ibis date expression, NULL where the text is no
        such date (one of :mod:`graphkit.events.expressions`: ``yyyymmdd``,
        ``iso_date``, ``iso_or_words``, ``written_date``).
    expected : str
        What a value must look like, in words, for problems.
    ambiguous : callable, optional
        ``ambiguous(table, column)``: a boolean expression, true where the text is a
        date that could mean two days (``05/09/20``), reported with
        ``ambiguous_expected`` instead of ``expected``.
    ambiguous_expected : str
        Why such a date is refused, in words.
    """

    column: str
    parse: Callable[[Any, str], Any]
    expected: str
    ambiguous: Callable[[Any, str], Any] | None = None
    ambiguous_expected: str = ""


@dataclass(frozen=True)
class EventSource:
    """One event source: its files, codebook, rules and conventions.

    Attributes
    ----------
    name : str
        The ``format=`` name, and the ``dataset`` value of its events (``"gdelt2"``).
    title : str
        How descriptions and evidence name the source (``"GDELT 2.0"``).
    columns : tuple of str
        The codebook's columns in file order.
    needed : tuple of str
        The columns the canonical schema reads (the others are kept only when asked
        for); a table missing one of them is refused. Every column named below is one
        of these.
    date : DateRule
        The event's date.
    actors : ActorRule
        The event's two actors and their kinds.
    event_columns : callable
        ``event_columns(table, source) -> dict``: the canonical columns that are
        neither actors nor date, as Ibis expressions over the raw table (``event_id``,
        ``code``, ``root_code``, ``quad_class``, ``goldstein``, ``fatalities``,
        ``mentions``, ``sources``, ``articles``, ``is_root``, ``url``, ``story_id``,
        and ``directed`` where it differs between events); a column left out is NULL.
    code_system : str
        The system the source's event codes belong to (``"cameo"``, ``"plover"``, ...).
    mapping : str, path or DataFrame
        The code -> relation table its code system is aggregated with by default.
    quad_convention : str
        Whose quad classes the events carry (``"gdelt"``, ``"icews"``, ``"plover"``).
    listed : int
        Where the source comes in lists (the ``format=`` choices, format guessing).
    numbers : dict
        Columns that must hold a number: ``{column: "integer" | "decimal"}``.
    ranges : dict
        The values a number column can hold, ``{column: (low, high)}`` with None for no
        bound (a count is never negative, a Goldstein score lies in [-10, 10]); a value
        outside, NaN or infinity included, is a problem and read as missing.
    header : bool
        Whether files start with a header line (GDELT files have none).
    delimiter : str
        The field separator.
    quoted : bool
        Whether fields may be quoted (CSV); other files are split on every delimiter.
    variants : dict
        Other field counts a headerless file may have, and their columns (GDELT 1.0's
        57-column backfile rows, which lack ``SOURCEURL``).
    optional : tuple of str
        Needed columns that older layouts of the source lack (ACLED's 2016 files have
        no ``sub_event_type``): a file without one is read with the column empty.
    na : bool
        Whether the source writes ``NA`` for a missing value (ICEWS).
    directed : bool
        Whether the source says who acted on whom (``event_columns`` may decide it per
        event instead, as UCDP does for one-sided violence).
    direction : str
        The source's directedness, in words.
    """

    name: str
    title: str
    columns: tuple[str, ...]
    needed: tuple[str, ...]
    date: DateRule
    actors: ActorRule
    event_columns: Callable[[Any, EventSource], dict[str, Any]]
    code_system: str
    mapping: MappingSource
    quad_convention: str
    listed: int
    numbers: Mapping[str, str] = field(default_factory=dict)
    ranges: Mapping[str, tuple[float | None, float | None]] = field(default_factory=dict)
    header: bool = True
    delimiter: str = "\t"
    quoted: bool = False
    variants: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    optional: tuple[str, ...] = ()
    na: bool = False
    directed: bool = True
    direction: str = "directed: source acts on target"

    def __post_init__(self) -> None:
        problems = [
            f"needed column {c!r} is not a codebook column"
            for c in self.needed
            if c not in self.columns
        ]
        named = (
            *self.optional,
            self.date.column,
            *self.actors.source.columns(),
            *self.actors.target.columns(),
            *self.numbers,
            *self.ranges,
        )
        problems += [
            f"column {c!r} is not among the needed columns" for c in named if c not in self.needed
        ]
        problems += [
            f"column {c!r} must be 'integer' or 'decimal', not {k!r}"
            for c, k in self.numbers.items()
            if k not in ("integer", "decimal")
        ]
        if problems:
            raise ValueError(f"event source {self.name!r}: " + "; ".join(problems))

    def shapes(self) -> dict[int, tuple[str, ...]]:
        """The columns of a headerless row by its number of fields.

        Examples
        --------
        >>> from graphkit.events.sources import event_source
        >>> sorted(event_source("gdelt1").shapes())
        [57, 58]
        """
        return {len(self.columns): self.columns, **self.variants}
