"""The signed graph over periods: frustration, camps and who changed side, period by period.

For each period (a calendar month, quarter, year... or a rolling window), the relations that
held during it are projected with the one signed projection
(:func:`graphkit.signed_graph`) and the frustration problem is solved by the solver of
:mod:`graphkit.analysis.signed` (exactly at analyst size; bounded, and said so, when a
period is too hard for its time limit). Camps are then numbered consistently from one
period to the next, so that "camp 0" names the same side throughout and an actor whose
label changes has changed side.

**The date rule** is the one of :func:`graphkit.snapshot`, widened from a day to a period:
a relation holds during the period ``[first, last]`` if it has no ``start`` or started on
or before ``last``, and no ``end`` or ended on or after ``first``. Dates keep their
precision, so ``start="2024-12"`` holds from 1 December 2024 and ``end="2016"`` until
31 December 2016. A relation that held on any day of a period counts for the whole period.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field, replace

import networkx as nx
import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment

from ..base.errors import NotProvenOptimalWarning
from ..core.dates import first_day, last_day
from ..core.projection import signed_graph
from ..core.vocabulary import SIGNED_MODES
from .signed.structural_balance import _analyse, _named, _sides

__all__ = ["balance_over_time", "camps_over_time", "over_time_summary", "over_time_tables"]

_EDGE_DATES = ("start", "end")


@dataclass
class _Period:
    """One period's solved problem, before camp labels are aligned."""

    start: dt.date
    end: dt.date
    relations: int
    actors: int
    pairs: dict
    frustration: float
    lower_bound: float
    exact: bool
    method: str
    raw_camps: dict = field(default_factory=dict)


def balance_over_time(
    G: nx.Graph,
    *,
    freq: str | None = None,
    window: str | pd.Timedelta | None = None,
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    time_limit: float | None = 60.0,
) -> pd.DataFrame:
    """Structural balance period by period: frustration, camps and who switched camp.

    Each period's relations (see the date rule in :mod:`graphkit.analysis.temporal`) are
    projected with :func:`~graphkit.signed_graph` and the frustration index is computed
    as by :func:`~graphkit.balance`: exactly at analyst size; when a period is not
    proven optimal within ``time_limit``, its row says so (``exact`` False, with the
    proven ``lower_bound``) and a warning is issued. Periods whose relations are the same
    are solved once, and so are periods whose signed projections are the same.

    Camps are aligned across periods: old and new camps are matched so that as many
    actors as possible keep their label, so a camp keeps its label when most of its
    members stay together; a camp that continues none gets a new label.
    An actor *switched* when its label differs from the one it had in the last period
    in which it was placed.

    Parameters
    ----------
    G : networkx graph
        A graphkit graph (edges carry ``start``/``end`` partial ISO dates or dates) or any
        graph whose edges carry a numeric ``sign``; undated relations hold throughout.
    freq : str, optional
        Period length as a pandas period alias: ``"D"``, ``"W"``, ``"M"``, ``"Q"``,
        ``"Y"``. Default ``"M"``.
    window : str or pandas.Timedelta, optional
        A rolling window (``"90D"``): each period then covers the ``window`` days ending
        on the last day of each ``freq`` period, so windows overlap when the window is
        longer than the step.
    start, end : str or date, optional
        The span to cover; by default from the earliest to the latest date any relation
        carries.
    weight, modes, include_places
        As for :func:`~graphkit.frustration_index`.
    time_limit : float or None, default 60
        Seconds allowed for each period's problem.

    Returns
    -------
    pandas.DataFrame
        Indexed by the start of each step period (``period``), with columns ``from`` and
        ``to`` (the days covered), ``relations`` (relations of ``G`` holding), ``actors``
        (actors with a signed tie), ``pairs`` (signed pairs), ``frustration``,
        ``lower_bound``, ``exact``, ``method``, ``camps`` (how many), ``camp_0``,
        ``camp_1``, ... (members of each aligned camp), ``switched`` (list of the actors
        that changed camp), ``gained``, ``lost``, ``flipped`` (signed pairs that appeared,
        disappeared or changed sign since the previous period). ``.attrs["camps"]`` holds
        the table :func:`camps_over_time` returns for the same arguments, from the same
        solutions.

    Raises
    ------
    ValueError
        If no relation is dated and no ``start``/``end`` is given, a date cannot be read,
        or ``freq``/``window`` is not understood.

    See Also
    --------
    camps_over_time : each actor's aligned camp in each period.
    graphkit.plot_over_time : the table as a figure.
    graphkit.snapshot : the graph on one day.

    Examples
    --------
    A planted switch: ``c`` sides with ``a`` against ``b`` in January, then with ``b``
    against ``a`` from February on.

    >>> import networkx as nx
    >>> import graphkit as gk
    >>> G = nx.MultiGraph()
    >>> G.add_edge("a", "b", sign=-1)
    0
    >>> G.add_edge("a", "c", sign=1, end="2024-01")
    0
    >>> G.add_edge("b", "c", sign=-1, end="2024-01")
    0
    >>> G.add_edge("b", "c", sign=1, start="2024-02", end="2024-03")
    1
    >>> G.add_edge("a", "c", sign=-1, start="2024-02", end="2024-03")
    1
    >>> over = gk.balance_over_time(G, freq="M")
    >>> over[["frustration", "camp_0", "camp_1", "switched"]]
                frustration  camp_0  camp_1 switched
    period
    2024-01-01          0.0       2       1       []
    2024-02-01          0.0       1       2      [c]
    2024-03-01          0.0       1       2       []
    """
    steps, windows = _periods(G, freq=freq, window=window, start=start, end=end)
    periods = _solve_periods(
        G,
        windows,
        weight=weight,
        modes=modes,
        include_places=include_places,
        time_limit=time_limit,
    )
    labels = _aligned_camps(periods)
    unproven = [steps[i] for i, p in enumerate(periods) if not p.exact]
    if unproven:
        warnings.warn(
            f"{len(unproven)} period(s) not proven optimal within time_limit={time_limit} s "
            f"(first: {unproven[0].date()}): their rows give the frustration found and its "
            "proven lower_bound; raise time_limit for exact values",
            NotProvenOptimalWarning,
            stacklevel=2,
        )
    return _table(G, steps, periods, labels)


def camps_over_time(
    G: nx.Graph,
    *,
    freq: str | None = None,
    window: str | pd.Timedelta | None = None,
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    time_limit: float | None = 60.0,
) -> pd.DataFrame:
    """Each actor's camp in each period, with labels aligned across periods.

    Takes the arguments of :func:`balance_over_time` and solves the same problems (that
    table's ``.attrs["camps"]`` is this one: compute it once when both are wanted).

    Returns
    -------
    pandas.DataFrame
        One row per actor (``actor``, in the graph's order) and one column per period
        (its start, as in :func:`balance_over_time`); the aligned camp label (a float, as
        the table holds NaN), NaN where the actor has no signed tie in that period. Actors
        never placed are left out.

    Examples
    --------
    >>> import networkx as nx
    >>> import graphkit as gk
    >>> G = nx.MultiGraph()
    >>> G.add_edges_from([("a", "b", {"sign": -1}), ("a", "c", {"sign": 1, "end": "2024-01"}),
    ...     ("b", "c", {"sign": 1, "start": "2024-02", "end": "2024-02"})])
    [0, 0, 0]
    >>> print(gk.camps_over_time(G, freq="M"))  # doctest: +NORMALIZE_WHITESPACE
    period  2024-01-01  2024-02-01
    actor
    a              0.0         0.0
    b              1.0         1.0
    c              0.0         1.0
    """
    table = balance_over_time(
        G,
        freq=freq,
        window=window,
        start=start,
        end=end,
        weight=weight,
        modes=modes,
        include_places=include_places,
        time_limit=time_limit,
    )
    return table.attrs["camps"]


# -- periods ------------------------------------------------------------------------------


MAX_PERIODS = 5_000
"""At most this many periods (each is a signed graph solved on its own): 13 years of days,
96 of weeks."""
_FIRST_DAY, _LAST_DAY = dt.date(1678, 1, 1), dt.date(2261, 12, 31)
"""The days pandas' periods can hold (its nanosecond timestamps end in 1677 and 2262)."""


def _periods(G, *, freq, window, start, end) -> tuple[pd.DatetimeIndex, list]:
    """The step periods' starts and the ``(first, last)`` days each period covers."""
    lo, hi = _date_span(G)
    lo = first_day(start) if start is not None else lo
    hi = last_day(end) if end is not None else hi
    if lo is None or hi is None:
        raise ValueError(
            "no relation of the graph carries a start or end date, so there are no periods "
            "to compare; pass start= and end= to cover a span anyway"
        )
    if hi < lo:
        raise ValueError(f"end ({hi}) is before start ({lo})")
    if lo < _FIRST_DAY or hi > _LAST_DAY:
        raise ValueError(
            f"the periods would run from {lo} to {hi}, but periods can cover only "
            f"{_FIRST_DAY} to {_LAST_DAY} (pandas' calendar); pass start= and end= "
            "within that span"
        )
    freq = freq or "M"
    try:
        steps = pd.period_range(start=lo, end=hi, freq=freq)
    except (ValueError, TypeError, NotImplementedError) as error:
        raise ValueError(
            f"freq={freq!r} is not a period length pandas knows; use 'D', 'W', 'M', 'Q' or "
            f"'Y' ({error})"
        ) from None
    if len(steps) > MAX_PERIODS:
        raise ValueError(
            f"{lo} to {hi} in periods of {freq!r} is {len(steps):,} periods, more than "
            f"{MAX_PERIODS:,}; use a longer period (freq='M', 'Q' or 'Y') or pass start= "
            "and end= to cover a shorter span"
        )
    span = None
    if window is not None:
        try:
            span = pd.Timedelta(window)
        except (ValueError, TypeError):
            raise ValueError(f"window={window!r} is not a duration such as '90D'") from None
        if span < pd.Timedelta(days=1):
            raise ValueError(f"window={window!r} is shorter than a day")
    windows = []
    for period in steps:
        last = period.end_time.date()
        first = period.start_time.date() if span is None else last - (span - pd.Timedelta(days=1))
        windows.append((first if isinstance(first, dt.date) else first.date(), last))
    return pd.DatetimeIndex([p.start_time for p in steps], name="period"), windows


def _date_span(G) -> tuple[dt.date | None, dt.date | None]:
    days = []
    for u, v, d in G.edges(data=True):
        for attribute in _EDGE_DATES:
            value = d.get(attribute)
            if value is None or value == "":
                continue
            first, last = _span(value, u, v, attribute)
            days.append(first if attribute == "start" else last)
    return (min(days), max(days)) if days else (None, None)


def _span(value, u, v, attribute) -> tuple[dt.date, dt.date]:
    try:
        return first_day(value), last_day(value)
    except ValueError:
        raise ValueError(
            f"edge ({u!r}, {v!r}) has a {attribute!r} that is not a date "
            f"(YYYY, YYYY-MM or YYYY-MM-DD): {value!r}"
        ) from None


def _held_masks(G, windows) -> tuple[list, list[np.ndarray]]:
    """The graph's edges and, for each window, which of them held during it."""
    multi = G.is_multigraph()
    edges = list(G.edges(keys=True, data=True) if multi else G.edges(data=True))
    begins = np.empty(len(edges), dtype="datetime64[D]")
    ends = np.empty(len(edges), dtype="datetime64[D]")
    for i, edge in enumerate(edges):
        u, v, d = edge[0], edge[1], edge[-1]
        s, e = d.get("start"), d.get("end")
        begins[i] = _span(s, u, v, "start")[0] if s not in (None, "") else dt.date.min
        ends[i] = _span(e, u, v, "end")[1] if e not in (None, "") else dt.date.max
    masks = [
        (begins <= np.datetime64(last)) & (ends >= np.datetime64(first)) for first, last in windows
    ]
    return edges, masks


def _solve_periods(G, windows, **options) -> list[_Period]:
    """Solve each window; a set of relations already seen, or a signed projection already
    solved (relations outside the signed modes may differ), is not solved again."""
    edges, masks = _held_masks(G, windows)
    multi = G.is_multigraph()
    by_relations: dict[bytes, _Period] = {}
    by_problem: dict[tuple, _Period] = {}
    periods = []
    for (first, last), mask in zip(windows, masks, strict=True):
        key = mask.tobytes()
        if key not in by_relations:
            view = _edge_view(
                G, {edges[i][:3] if multi else edges[i][:2] for i in np.flatnonzero(mask)}
            )
            S = signed_graph(
                view,
                weight=options["weight"],
                modes=options["modes"],
                include_places=options["include_places"],
                keep_ambivalent=False,
            )
            problem = tuple((u, v, d["sign"], d["weight"]) for u, v, d in S.edges(data=True))
            if problem not in by_problem:
                by_problem[problem] = _solve(view, **options)
            by_relations[key] = replace(by_problem[problem], relations=int(mask.sum()))
        periods.append(replace(by_relations[key], start=first, end=last))
    return periods


def _edge_view(G: nx.Graph, held: set) -> nx.Graph:
    """A read-only view of ``G`` with only the ``held`` edges ((u, v, key) or (u, v))."""
    if G.is_multigraph():
        return nx.subgraph_view(G, filter_edge=lambda u, v, k: (u, v, k) in held)
    return nx.subgraph_view(G, filter_edge=lambda u, v: (u, v) in held)


def _solve(view, *, weight, modes, include_places, time_limit) -> _Period:
    a = _analyse(
        view,
        weight=weight,
        modes=modes,
        include_places=include_places,
        exact=True,
        time_limit=time_limit,
        seed=0,
    )
    pairs = {_pair(u, v): d["sign"] for u, v, d in a.S.edges(data=True)}
    return _Period(
        start=dt.date.min,
        end=dt.date.min,
        relations=0,
        actors=len(a.nodes),
        pairs=pairs,
        frustration=float(a.solution.value),
        lower_bound=float(a.solution.lower_bound),
        exact=bool(a.solution.exact),
        method=a.solution.method,
        raw_camps=_named(view, a.S, _sides(a), (), include_places).signed if a.nodes else {},
    )


def _pair(u: Hashable, v: Hashable) -> frozenset:
    return frozenset((u, v))


# -- camps aligned across periods -----------------------------------------------------------


def _aligned_camps(periods: list[_Period]) -> list[dict]:
    """Each period's ``{actor: label}``, labels carried over from camp to camp.

    The old camps (actors grouped by their last known label, counting those placed now)
    are matched one to one with the new camps so that as many actors as possible keep
    their label (a maximum-weight bipartite matching on the member overlap; ties go to
    the smaller labels). So a camp keeps its label when most of its members stay
    together. A new camp matched to no old one gets the next unused label.
    """
    last_label: dict = {}
    next_label = 0
    aligned = []
    for period in periods:
        groups = sorted(set(period.raw_camps.values()))
        old_labels = sorted({last_label[a] for a in period.raw_camps if a in last_label})
        label_of: dict[int, int] = {}
        if groups and old_labels:
            overlap = np.zeros((len(groups), len(old_labels)))
            row = {camp: i for i, camp in enumerate(groups)}
            column = {label: j for j, label in enumerate(old_labels)}
            for actor, camp in period.raw_camps.items():
                if actor in last_label:
                    overlap[row[camp], column[last_label[actor]]] += 1
            for i, j in zip(*linear_sum_assignment(overlap, maximize=True), strict=True):
                if overlap[i, j] > 0:
                    label_of[groups[i]] = old_labels[j]
        for camp in groups:
            if camp not in label_of:
                label_of[camp] = next_label
            next_label = max(next_label, label_of[camp] + 1)
        labels = {actor: label_of[camp] for actor, camp in period.raw_camps.items()}
        aligned.append(labels)
        last_label.update(labels)
    return aligned


def _table(G, steps: pd.DatetimeIndex, periods: list[_Period], labels: list[dict]):
    n_labels = 1 + max((max(lab.values()) for lab in labels if lab), default=-1)
    order = {n: i for i, n in enumerate(G)}
    last_label: dict = {}
    previous: dict = {}
    rows = []
    for period, camp in zip(periods, labels, strict=True):
        switched = sorted(
            (a for a, c in camp.items() if a in last_label and last_label[a] != c),
            key=order.__getitem__,
        )
        last_label.update(camp)
        now = period.pairs
        sizes = np.bincount(list(camp.values()), minlength=n_labels) if camp else [0] * n_labels
        rows.append(
            {
                "from": period.start.isoformat(),
                "to": period.end.isoformat(),
                "relations": period.relations,
                "actors": period.actors,
                "pairs": len(now),
                "frustration": period.frustration,
                "lower_bound": period.lower_bound,
                "exact": period.exact,
                "method": period.method,
                "camps": len(set(camp.values())),
                **{f"camp_{i}": int(sizes[i]) for i in range(n_labels)},
                "switched": switched,
                "gained": sum(1 for p in now if p not in previous),
                "lost": sum(1 for p in previous if p not in now),
                "flipped": sum(1 for p, s in now.items() if p in previous and previous[p] != s),
            }
        )
        previous = now
    table = pd.DataFrame(rows, index=steps)
    placed = [n for n in G if any(n in lab for lab in labels)]
    camps = pd.DataFrame(
        {
            step: [lab.get(n, np.nan) for n in placed]
            for step, lab in zip(steps, labels, strict=True)
        },
        index=pd.Index(placed, name="actor"),
        dtype=float,
    )
    camps.columns.name = "period"
    table.attrs["camps"] = camps
    return table


# -- as text and files -----------------------------------------------------------------------


def over_time_summary(table: pd.DataFrame, *, top: int = 15) -> str:
    """A :func:`balance_over_time` table as text for a terminal: one line per period.

    Each line gives the period, the signed pairs, the frustration index (with its lower
    bound when not proven optimal), the camp sizes and up to ``top`` of the actors that
    switched camp. Actor ids are printed inert (:func:`graphkit.io.terminal.inert`).

    Examples
    --------
    >>> import networkx as nx
    >>> import graphkit as gk
    >>> G = nx.MultiGraph()
    >>> G.add_edges_from([("a", "b", {"sign": -1}), ("a", "c", {"sign": 1, "end": "2024-01"}),
    ...     ("b", "c", {"sign": 1, "start": "2024-02", "end": "2024-02"})])
    [0, 0, 0]
    >>> print(over_time_summary(gk.balance_over_time(G, freq="M")))
    Over time (2 periods, 2024-01-01 to 2024-02-29):
      2024-01-01  2 signed pairs  frustration 0  camps 2 + 1
      2024-02-01  2 signed pairs  frustration 0  camps 1 + 2  switched: c
    """
    from ..base.terminal import inert

    camp_columns = [c for c in table.columns if c.startswith("camp_") and c[5:].isdigit()]
    lines = [
        f"Over time ({len(table)} period{'s' if len(table) != 1 else ''}, "
        f"{table['from'].iloc[0]} to {table['to'].iloc[-1]}):"
    ]
    for day, row in table.iterrows():
        frustration = f"frustration {row['frustration']:g}"
        if not row["exact"]:
            frustration += f" (not proven optimal; at least {row['lower_bound']:g})"
        sizes = " + ".join(str(row[c]) for c in camp_columns if row[c]) or "none"
        line = f"  {day.date()}  {row['pairs']} signed pairs  {frustration}  camps {sizes}"
        if row["switched"]:
            shown = ", ".join(inert(a) for a in row["switched"][:top])
            more = len(row["switched"]) - top
            line += f"  switched: {shown}" + (f" and {more} more" if more > 0 else "")
        lines.append(line)
    return "\n".join(lines)


def over_time_tables(table: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The tables ``graphkit analyze --over-time`` writes, ready for CSV.

    ``over_time``: the :func:`balance_over_time` table with ``period`` as a column and
    ``switched`` joined by ``|``; ``camps_over_time``: its ``.attrs["camps"]`` with
    ``actor`` as a column and periods as ``YYYY-MM-DD`` headers.
    """
    over = table.copy()
    over.attrs = {}
    over["switched"] = ["|".join(map(str, ids)) for ids in over["switched"]]
    over.index = over.index.strftime("%Y-%m-%d")
    camps = table.attrs["camps"].copy()
    camps.columns = camps.columns.strftime("%Y-%m-%d")
    return {"over_time": over.reset_index(), "camps_over_time": camps.reset_index()}
