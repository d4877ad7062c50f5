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
    import pandas as pd

    from ..mappings import MappingSource

__all__ = ["ActorRule", "DateRule", "EventSource", "Side"]


@dataclass(frozen=True)
class Side:
    """Where one actor of an event is in a row: the columns of its id, name, country,
    role and known group (None where the source has no such column).

    ``country`` may name several columns, the first one with a value winning (UCDP: the
    side's Gleditsch-Ward number, else the country of the event).

    Examples
    --------
    >>> Side("side_a", "side_a").country is None
    True
    >>> Side("side_a", "side_a", country=("gwnoa", "country_id")).columns()
    ('side_a', 'gwnoa', 'country_id')
    """

    id: str
    name: str
    country: str | tuple[str, ...] | None = None
    role: str | None = None
    group: str | None = None

    def countries(self) -> tuple[str, ...]:
        """The columns of the actor's country, first choice first."""
        if self.country is None:
            return ()
        return (self.country,) if isinstance(self.country, str) else tuple(self.country)

    def columns(self) -> tuple[str, ...]:
        """The columns this side reads."""
        named = (self.id, self.name, *self.countries(), self.role, self.group)
        return tuple(dict.fromkeys(c for c in named if c))


@dataclass(frozen=True)
class ActorRule:
    """How a row names its two actors, who each one is and what kind of actor.

    Attributes
    ----------
    source, target : Side
        The acting actor's columns and the columns of the actor acted on (for an
        undirected source, the two sides as the file orders them).
    kind : callable
        ``kind(actor, country, role) -> str``: the actor kind of the vocabulary an actor
        id of this source most likely is (``"government"``, ``"armed_group"``, ...),
        from its id, its country and its role as the row gives them (``""`` if none).
        Used for the actors the ``identify`` rule gives no kind (named actors).
    identify : callable, optional
        ``identify(frame) -> frame``: who each distinct raw actor is. ``frame`` has the
        columns ``raw`` (the id as written), ``country``, ``role`` and ``group`` (None
        where missing); the answer, on the same index, has
        :data:`~graphkit.events.actor_rules.IDENTITY_COLUMNS`: its status (an actor, a
        generic role without a country, missing, a placeholder), its id (a reference
        id such as ``SYR`` or ``UN``, a country's role such as ``SYR+GOV``, or a name),
        the country or region it belongs to, its CAMEO role, and its name and kind
        where the rule knows them. None: ids, countries and roles as written
        (:func:`~graphkit.events.actor_rules.identify_verbatim`), only missing values
        and placeholders left out.
    title_case : bool, default False
        The source writes names in capitals (GDELT's ``TALIBAN``): a named actor's name
        is shown title-cased (``Taliban``).
    """

    source: Side
    target: Side
    kind: Callable[[str, str, str], str]
    identify: Callable[[pd.DataFrame], pd.DataFrame] | None = None
    title_case: bool = False

    def identities(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Who each raw actor of ``frame`` is, by ``identify`` or verbatim."""
        from ..actor_rules import identify_verbatim

        rule = self.identify if self.identify is not None else identify_verbatim(self.kind)
        return rule(frame)


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
    valid : callable, optional
        ``valid(table, column)``: a boolean expression true exactly where ``parse``
        gives a date, cheaper to test than the date itself, or None where the column's
        type has no such test (``yyyymmdd_valid`` for integer ``YYYYMMDD``); the read
        checks use it when given.
    parts : callable, optional
        ``parts(table, column)``: helper columns (name to Ibis expression) that
        :func:`~graphkit.events.canonical.canonical_events` adds in a projection of
        their own before ``parse`` and ``valid`` read them, so that a value used
        several times is computed once per row (``yyyymmdd_parts``); they are not in
        the canonical table.
    """

    column: str
    parse: Callable[[Any, str], Any]
    expected: str
    ambiguous: Callable[[Any, str], Any] | None = None
    ambiguous_expected: str = ""
    valid: Callable[[Any, str], Any] | None = None
    parts: Callable[[Any, str], dict[str, Any]] | None = None


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
