"""The signed graph over periods: frustration, camps and who changed side, period by period.

For each period (a calendar month, quarter, year... or a rolling window), the relations that
held during it are projected with the one signed projection
(:func:`graphkit.signed_graph`) and the frustration problem is solved by the solver of
:mod:`graphkit.analysis.signed` (exactly at analyst size; bounded, and said so, when a
period is too hard for its time limit). Camps are named as :func:`graphkit.camp_table`
names them (after their most central member) and carried from one period to the next, so
a camp that stays keeps its name; an actor *switched* only when it moved from a camp that
stayed to another that stayed, and a camp that breaks up is reported as a *split*, not as
switches (the rules are in :func:`balance_over_time`).

**The date rule** is the one of :func:`graphkit.snapshot`, widened from a day to a period:
a relation holds during the period ``[first, last]`` if it has no ``start`` or started on
or before ``last``, and no ``end`` or ended on or after ``first``. Dates keep their
precision, so ``start="2024-12"`` holds from 1 December 2024 and ``end="2016"`` until
31 December 2016. A relation that held on any day of a period counts for the whole period.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field, replace

import networkx as nx
import numpy as np
import pandas as pd

from ..base.errors import DataError, NotProvenOptimalWarning, Problem
from ..core.dates import first_day, last_day
from ..core.ordering import sorted_ids
from ..core.projection import relation_polarity, signed_graph
from ..core.vocabulary import SIGNED_MODES
from .number_text import significant
from .signed.camp_structure import INFER_THROUGH, Ranking, infer, partition
from .signed.structural_balance import _analyse, _sides

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
    camps: list = field(default_factory=list)
    """The signed members of each camp (see :class:`~.camp_structure.Partition`)."""
    inferred: dict = field(default_factory=dict)
    """Actor -> camp index, for the actors placed through leads/member_of."""


@dataclass(frozen=True)
class _Named:
    """One period's camps, named and compared with the periods before."""

    label: list
    camp_of: dict
    switched: list
    split: list
    merged: list


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
    infer_through: Iterable[str] = INFER_THROUGH,
    time_limit: float | None = 60.0,
) -> pd.DataFrame:
    """Structural balance period by period: frustration, camps, switches and splits.

    Each period's relations (see the date rule in :mod:`graphkit.analysis.temporal`) are
    projected with :func:`~graphkit.signed_graph` and the frustration index is computed
    as by :func:`~graphkit.balance`: exactly at analyst size; when a period is not
    proven optimal within ``time_limit``, its row says so (``exact`` False, with the
    proven ``lower_bound``) and a warning is issued. Periods whose relations are the same
    are solved once, and so are periods whose signed projections are the same.

    **Camp names.** Camps are named as :func:`~graphkit.camp_table` names them, with the
    same strings: after their most central member, the member of largest signed weight
    in the whole graph (so a camp has the name it has over all dates), ties broken by the
    smaller id. Actors without a signed pair in a period take a camp through their
    ``leads``/``member_of`` relations of that period (``infer_through``), as in
    :func:`~graphkit.camp_table`.

    **From one period to the next.** Each actor with a signed camp is compared with its
    last camp (in the last period where it had one); only such returning actors count.
    An old camp *continues* in the new camp that holds most of its returning members
    (ties: the one holding the actor the old camp is named after, then the one whose
    most central member comes first). A new camp is *held* by the old camp that brings a
    strict majority of its returning members; failing one, by the old camp that continues
    in it (of several, the one bringing most members, then the one whose name ranks
    first); a new camp no old camp brings a majority to or continues in is held by none.

    * **Names.** A new camp that is held by an old camp and continues it keeps the old
      name while the actor it is named after is in it; any other camp is named after its
      most central member. A name is thus always the id of a member, and two camps of
      one period never share one.
    * ``switched``: the actors that left their old camp's continuation for a camp held by
      another old camp: they moved from a camp that stayed to another that stayed.
    * ``split``: each old camp some of whose members left for camps that no old camp
      holds (a part breaking away on its own, or leading its new camp), as
      ``"old into new1, new2"`` with the continuation first. Two allies who fall out,
      each keeping its own allies, are a split, not a switch, whichever side is larger.
    * ``merged``: each old camp all of whose returning members are in one camp that it
      does not hold, as ``"old into new"``: it joined a larger camp, or several camps
      joined into one.

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
        The span to cover. By default it starts at the earliest date carried by a signed
        relation (one that counts for camps: signed, in ``modes``, between actors that
        are not places unless ``include_places``) and ends at the latest date any
        relation carries; a graph whose signed relations carry no date starts at the
        earliest date of any relation.
    weight, modes, include_places
        As for :func:`~graphkit.frustration_index`.
    infer_through : iterable of str, default ("leads", "member_of")
        As for :func:`~graphkit.camps`.
    time_limit : float or None, default 60
        Seconds allowed for each period's problem.

    Returns
    -------
    pandas.DataFrame
        Indexed by the start of each step period (``period``), with columns ``from`` and
        ``to`` (the days covered), ``relations`` (relations of ``G`` holding),
        ``actors`` (actors with a signed pair), ``inferred`` (actors placed through
        leads/member_of), ``pairs`` (signed pairs), ``frustration``, ``lower_bound``,
        ``exact``, ``method``, ``camps`` (how many), one column ``camp:LABEL`` per camp
        label with its number of members in each period (inferred ones included; 0 when
        absent; columns in order of first appearance, then by size and label),
        ``switched`` (list of actor ids), ``split`` and ``merged`` (lists of texts, as
        above), ``gained``, ``lost``, ``flipped`` (signed pairs that appeared,
        disappeared or changed sign since the previous period).
        ``.attrs["camps"]`` holds the table :func:`camps_over_time` returns for the same
        arguments, from the same solutions; ``.attrs["periods"]`` the periods as
        ``{"label", "start", "end"}`` (ISO days), the form :func:`~graphkit.annotate`
        stores.

    Raises
    ------
    DataError
        If no relation is dated and no ``start``/``end`` is given, a date cannot be read,
        the dates fall outside pandas' calendar, or they make too many periods.
    ValueError
        If ``freq``/``window`` is not understood.

    See Also
    --------
    camps_over_time : each actor's camp in each period.
    graphkit.plot_over_time : the table as a figure.
    graphkit.snapshot : the graph on one day.

    Examples
    --------
    A planted switch: ``c`` sides with ``a`` and ``a2`` against ``b`` and ``b2`` in
    January, then with ``b`` against ``a`` from February on. ``c`` left the camp of
    ``a`` (which continues with ``a`` and ``a2``) for the camp held by ``b`` and ``b2``:

    >>> import networkx as nx
    >>> import graphkit as gk
    >>> G = nx.MultiGraph()
    >>> G.add_edges_from([("a", "b", {"sign": -1}), ("a", "a2", {"sign": 1}),
    ...     ("b", "b2", {"sign": 1}), ("a", "c", {"sign": 1, "end": "2024-01"}),
    ...     ("b", "c", {"sign": -1, "end": "2024-01"}),
    ...     ("b", "c", {"sign": 1, "start": "2024-02", "end": "2024-03"}),
    ...     ("a", "c", {"sign": -1, "start": "2024-02", "end": "2024-03"})])
    [0, 0, 0, 0, 0, 1, 1]
    >>> over = gk.balance_over_time(G, freq="M")
    >>> over[["frustration", "camp:a", "camp:b", "switched", "split"]]
                frustration  camp:a  camp:b switched split
    period
    2024-01-01          0.0       3       2       []    []
    2024-02-01          0.0       2       3      [c]    []
    2024-03-01          0.0       2       3       []    []

    Two allies who fall out: ``a`` (with ``a2``) and ``b`` (with ``b2``) are one camp
    against ``x`` in January; in February ``a`` and ``b`` fight, each with its ally, and
    ``x`` sides with ``b``. Half of the camp of ``a`` leads the camp of ``b``: a split,
    and ``x`` merged into the camp of ``b``; nobody switched:

    >>> H = nx.MultiGraph()
    >>> H.add_edges_from([("a", "a2", {"sign": 1}), ("b", "b2", {"sign": 1}),
    ...     ("a", "x", {"sign": -1}), ("a", "b", {"sign": 1, "end": "2024-01"}),
    ...     ("a", "b", {"sign": -1, "start": "2024-02"})])
    [0, 0, 0, 0, 1]
    >>> columns = ["camp:a", "camp:x", "camp:b", "switched", "split", "merged"]
    >>> gk.balance_over_time(H, freq="M")[columns]
                camp:a  camp:x  camp:b switched          split      merged
    period
    2024-01-01       4       1       0       []             []          []
    2024-02-01       2       0       3       []  [a into a, b]  [x into b]
    """
    steps, windows, labels = _periods(
        G,
        freq=freq,
        window=window,
        start=start,
        end=end,
        modes=modes,
        include_places=include_places,
    )
    S = signed_graph(
        G, weight=weight, modes=modes, include_places=include_places, keep_ambivalent=False
    )
    ranking = Ranking(S, G.nodes)
    periods = _solve_periods(
        G,
        windows,
        ranking=ranking,
        weight=weight,
        modes=modes,
        include_places=include_places,
        infer_through=tuple(infer_through),
        time_limit=time_limit,
    )
    named = _align(periods, ranking)
    unproven = [steps[i] for i, p in enumerate(periods) if not p.exact]
    if unproven:
        warnings.warn(
            f"{len(unproven)} period(s) not proven optimal within time_limit={time_limit} s "
            f"(first: {unproven[0].date()}): their rows give the frustration found and its "
            "proven lower_bound; raise time_limit for exact values",
            NotProvenOptimalWarning,
            stacklevel=2,
        )
    table = _table(G, steps, periods, named, ranking)
    table.attrs["periods"] = [
        {"label": label, "start": first.isoformat(), "end": last.isoformat()}
        for label, (first, last) in zip(labels, windows, strict=True)
    ]
    return table


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
    infer_through: Iterable[str] = INFER_THROUGH,
    time_limit: float | None = 60.0,
) -> pd.DataFrame:
    """Each actor's camp in each period, named as everywhere else.

    Takes the arguments of :func:`balance_over_time` and solves the same problems (that
    table's ``.attrs["camps"]`` is this one: compute it once when both are wanted). The
    labels are those of :func:`~graphkit.camp_table` (the id of the camp's most central
    member), carried from period to period as :func:`balance_over_time` explains.

    Parameters
    ----------
    G, freq, window, start, end, weight, modes, include_places, infer_through, time_limit
        As for :func:`balance_over_time`.

    Returns
    -------
    pandas.DataFrame
        One row per actor that has a camp in some period (``actor``, in sorted order of
        ids) and one column per period (its start, as in :func:`balance_over_time`): the
        camp label (a string; inferred placements included), NaN where the actor has no
        camp in that period.

    Examples
    --------
    >>> import networkx as nx
    >>> import graphkit as gk
    >>> G = nx.MultiGraph()
    >>> G.add_edges_from([("a", "b", {"sign": -1}), ("a", "c", {"sign": 1, "end": "2024-01"}),
    ...     ("b", "c", {"sign": 1, "start": "2024-02", "end": "2024-02"})])
    [0, 0, 0]
    >>> print(gk.camps_over_time(G, freq="M"))  # doctest: +NORMALIZE_WHITESPACE
    period 2024-01-01 2024-02-01
    actor
    a               a          a
    b               b          b
    c               a          b
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
        infer_through=infer_through,
        time_limit=time_limit,
    )
    return table.attrs["camps"]


# -- periods ------------------------------------------------------------------------------


MAX_PERIODS = 5_000
"""At most this many periods (each is a signed graph solved on its own): 13 years of days,
96 of weeks."""
_FIRST_DAY, _LAST_DAY = dt.date(1678, 1, 1), dt.date(2261, 12, 31)
"""The days pandas' periods can hold (its nanosecond timestamps end in 1677 and 2262)."""


def _periods(
    G, *, freq, window, start, end, modes=SIGNED_MODES, include_places=False
) -> tuple[pd.DatetimeIndex, list, list[str]]:
    """The step periods' starts, the ``(first, last)`` days each period covers, and each
    period's label (``"2024-03"`` for a month, ``"2024Q1"``, ``"2024"``...)."""
    lo, hi = _date_span(G, modes=modes, include_places=include_places)
    lo = first_day(start) if start is not None else lo
    hi = last_day(end) if end is not None else hi
    if lo is None or hi is None:
        raise _graph_error(
            G,
            "relations with a start or end date (none of this graph's relations carries "
            "one, so there are no periods to compare); pass start= and end= to cover a "
            "span anyway",
        )
    if hi < lo:
        raise ValueError(f"end ({hi}) is before start ({lo})")
    if lo < _FIRST_DAY or hi > _LAST_DAY:
        raise _graph_error(
            G,
            f"dates from {_FIRST_DAY} to {_LAST_DAY} (pandas' calendar), but the periods "
            f"would run from {lo} to {hi}{_outside_calendar(G, start, end)}; correct "
            "those dates, or pass start= and end= within that span",
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
        raise _graph_error(
            G,
            f"at most {MAX_PERIODS:,} periods, but {lo} to {hi} in periods of {freq!r} is "
            f"{len(steps):,}; use a longer period (freq='M', 'Q' or 'Y') or pass start= "
            "and end= to cover a shorter span",
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
    starts = pd.DatetimeIndex([p.start_time for p in steps], name="period")
    return starts, windows, [str(p) for p in steps]


def _outside_calendar(G, start, end) -> str:
    """The first relations (by source, target, key) whose dates fall outside pandas'
    calendar, and the arguments that do, as ``" (relation a -> b (opposes) start
    0001-01-01, ...)"``."""
    found = []
    for name, value in (("start=", start), ("end=", end)):
        if value is not None and not _FIRST_DAY <= first_day(value) <= _LAST_DAY:
            found.append(f"{name}{value}")
    outside = []
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
    for *ends, d in edges:
        u, v, k = ends[0], ends[1], ends[2] if len(ends) == 3 else ""
        for attribute in _EDGE_DATES:
            value = d.get(attribute)
            if value is None or value == "":
                continue
            first, last = _span(value, u, v, attribute)
            if first < _FIRST_DAY or last > _LAST_DAY:
                outside.append((str(u), str(v), str(k), f"{attribute} {value}"))
    shown = [
        f"relation {u} -> {v}{f' ({k})' if k else ''} {date}"
        for u, v, k, date in sorted(outside)[:3]
    ]
    more = f" and {len(outside) - 3:,} more" if len(outside) > 3 else ""
    listed = [*found, *shown]
    return f" ({', '.join(listed)}{more})" if listed else ""


def _date_span(
    G, *, modes=SIGNED_MODES, include_places=False
) -> tuple[dt.date | None, dt.date | None]:
    """From the earliest date a signed relation carries (any relation's if none does) to
    the latest date any relation carries."""
    modes = set(modes)
    days, signed_days = [], []
    for u, v, d in G.edges(data=True):
        counts = (
            u != v
            and ("mode" not in d or d["mode"] in modes)
            and relation_polarity(d, required=False) != 0
            and (
                include_places
                or not (G.nodes[u].get("place", False) or G.nodes[v].get("place", False))
            )
        )
        for attribute in _EDGE_DATES:
            value = d.get(attribute)
            if value is None or value == "":
                continue
            first, last = _span(value, u, v, attribute)
            day = first if attribute == "start" else last
            days.append(day)
            if counts:
                signed_days.append(day)
    if not days:
        return None, None
    return min(signed_days or days), max(days)


def _span(value, u, v, attribute) -> tuple[dt.date, dt.date]:
    try:
        return first_day(value), last_day(value)
    except ValueError:
        raise DataError(
            [
                Problem(
                    f"edge ({u!r}, {v!r})",
                    None,
                    attribute,
                    None,
                    str(value),
                    "a date: YYYY, YYYY-MM or YYYY-MM-DD",
                )
            ]
        ) from None


def _graph_error(G, expected: str) -> DataError:
    """A :class:`~graphkit.DataError` about the graph as a whole (named by its name)."""
    name = G.graph.get("name") if hasattr(G, "graph") else None
    return DataError(
        [Problem(f"graph {name!r}" if name else "the graph", None, None, None, None, expected)]
    )


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


def _solve_periods(
    G, windows, *, ranking: Ranking, infer_through: tuple, **options
) -> list[_Period]:
    """Solve each window; a set of relations already seen, or a signed projection already
    solved (relations outside the signed modes may differ), is not solved again. Camps
    taken through leads/member_of are found for each set of relations."""
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
                by_problem[problem] = _solve(view, ranking=ranking, **options)
            solved = by_problem[problem]
            camp_of = {a: i for i, members in enumerate(solved.camps) for a in members}
            inferred, _ = infer(
                view, camp_of, through=infer_through, include_places=options["include_places"]
            )
            by_relations[key] = replace(
                solved,
                relations=int(mask.sum()),
                inferred={actor: c for actor, (c, _) in inferred.items()},
            )
        periods.append(replace(by_relations[key], start=first, end=last))
    return periods


def _edge_view(G: nx.Graph, held: set) -> nx.Graph:
    """A read-only view of ``G`` with only the ``held`` edges ((u, v, key) or (u, v))."""
    if G.is_multigraph():
        return nx.subgraph_view(G, filter_edge=lambda u, v, k: (u, v, k) in held)
    return nx.subgraph_view(G, filter_edge=lambda u, v: (u, v) in held)


def _solve(view, *, ranking, weight, modes, include_places, time_limit) -> _Period:
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
        camps=partition(a.S, _sides(a), ranking).camps,
    )


def _pair(u: Hashable, v: Hashable) -> frozenset:
    return frozenset((u, v))


# -- camps named across periods -------------------------------------------------------------


def _align(periods: list[_Period], ranking: Ranking) -> list[_Named]:
    """Name each period's camps and say who switched and which camps split or merged.

    The rules are those of :func:`balance_over_time`. An old camp is identified by the
    period it was last seen in and its name then, so a name used again later for another
    group is another camp.
    """
    last: dict = {}  # signed actor -> (period, label actor) of its last camp
    named = []
    for t, period in enumerate(periods):
        camps = period.camps
        camp_of = {a: i for i, members in enumerate(camps) for a in members}
        went: dict = defaultdict(Counter)  # old camp -> new camp -> members
        came: dict = defaultdict(Counter)  # new camp -> old camp -> members
        movers: dict = defaultdict(list)  # (old camp, new camp) -> actors
        for a, i in camp_of.items():
            if a in last:
                went[last[a]][i] += 1
                came[i][last[a]] += 1
                movers[last[a], i].append(a)
        main = {
            old: _continuation(old, into, camp_of, camps, ranking) for old, into in went.items()
        }
        # a new camp is held by the old camp that brings a strict majority of its
        # returning members; failing one, by the old camp that continues in it (of
        # several, the one bringing most members, then the one whose name ranks first)
        held: dict = {
            i: old
            for i, sources in came.items()
            for old, n in sources.items()
            if 2 * n > sum(sources.values())
        }
        for old in sorted(main, key=lambda o: (-went[o][main[o]], ranking.key(o[1]), o[0])):
            held.setdefault(main[old], old)
        label = []
        for i, members in enumerate(camps):
            held_by = held.get(i)
            if held_by is not None and camp_of.get(held_by[1]) == i:
                label.append(held_by[1])
            else:
                label.append(members[0])
        switched, split, merged = [], [], []
        for old in sorted(went, key=lambda o: (ranking.key(o[1]), o[0])):
            parts = [main[old]]
            for i in went[old]:
                if i == main[old]:
                    continue
                if held.get(i, old) != old:  # joined a camp that stayed
                    switched += movers[old, i]
                else:
                    parts.append(i)
            names = [str(label[parts[0]])]
            names += [
                str(label[i])
                for i in sorted(parts[1:], key=lambda i: (-len(camps[i]), ranking.key(label[i])))
            ]
            if len(parts) > 1:
                split.append(f"{old[1]} into {', '.join(names)}")
            elif held.get(main[old]) != old and names[0] != str(old[1]):
                merged.append(f"{old[1]} into {names[0]}")
        for a, i in camp_of.items():
            last[a] = (t, label[i])
        named.append(_Named(label, camp_of, sorted_ids(switched), split, merged))
    return named


def _continuation(old: tuple, into: Counter, camp_of: dict, camps: list, ranking: Ranking) -> int:
    """The new camp an old camp continues in: the one holding most of its returning
    members, then the one holding the actor it is named after, then the one whose most
    central member comes first."""

    def key(i: int) -> tuple:
        return (-into[i], camp_of.get(old[1]) != i, ranking.key(camps[i][0]))

    return min(into, key=key)


def _table(
    G,
    steps: pd.DatetimeIndex,
    periods: list[_Period],
    named: list[_Named],
    ranking: Ranking,
):
    sizes = []
    for period, names in zip(periods, named, strict=True):
        count: Counter = Counter()
        for i, members in enumerate(period.camps):
            count[str(names.label[i])] += len(members)
        for c in period.inferred.values():
            count[str(names.label[c])] += 1
        keys = [(-count[str(x)], ranking.key(x), str(x)) for x in names.label]
        sizes.append({label: -size for size, _, label in sorted(keys)})
    columns = list(dict.fromkeys(label for size in sizes for label in size))
    previous: dict = {}
    rows = []
    for period, names, size in zip(periods, named, sizes, strict=True):
        now = period.pairs
        rows.append(
            {
                "from": period.start.isoformat(),
                "to": period.end.isoformat(),
                "relations": period.relations,
                "actors": period.actors,
                "inferred": len(period.inferred),
                "pairs": len(now),
                "frustration": period.frustration,
                "lower_bound": period.lower_bound,
                "exact": period.exact,
                "method": period.method,
                "camps": len(period.camps),
                **{f"camp:{label}": size.get(label, 0) for label in columns},
                "switched": names.switched,
                "split": names.split,
                "merged": names.merged,
                "gained": sum(1 for p in now if p not in previous),
                "lost": sum(1 for p in previous if p not in now),
                "flipped": sum(1 for p, s in now.items() if p in previous and previous[p] != s),
            }
        )
        previous = now
    table = pd.DataFrame(rows, index=steps)
    camp = []
    for period, names in zip(periods, named, strict=True):
        labels = {a: str(names.label[i]) for a, i in names.camp_of.items()}
        labels.update({a: str(names.label[c]) for a, c in period.inferred.items()})
        camp.append(labels)
    placed = sorted_ids({a for labels in camp for a in labels})
    camps = pd.DataFrame(
        {step: [labels.get(n) for n in placed] for step, labels in zip(steps, camp, strict=True)},
        index=pd.Index(placed, name="actor"),
        dtype="str",
    )
    camps.columns.name = "period"
    table.attrs["camps"] = camps
    return table


# -- as text and files -----------------------------------------------------------------------


def over_time_summary(table: pd.DataFrame, *, top: int = 15) -> str:
    """A :func:`balance_over_time` table as text for a terminal: one line per period.

    Each line gives the period, the signed pairs, the frustration index (with its lower
    bound when not proven optimal), the camps with their sizes (the ``top`` largest), up
    to ``top`` of the actors that switched camp, and the camps that split or merged.
    Actor ids are printed inert (:func:`graphkit.io.terminal.inert`).

    Examples
    --------
    >>> import networkx as nx
    >>> import graphkit as gk
    >>> G = nx.MultiGraph()
    >>> G.add_edges_from([("a", "b", {"sign": -1}), ("a", "a2", {"sign": 1}),
    ...     ("b", "b2", {"sign": 1}), ("a", "c", {"sign": 1, "end": "2024-01"}),
    ...     ("b", "c", {"sign": 1, "start": "2024-02", "end": "2024-02"})])
    [0, 0, 0, 0, 0]
    >>> print(over_time_summary(gk.balance_over_time(G, freq="M")))
    Over time (2 periods, 2024-01-01 to 2024-02-29):
      2024-01-01  4 signed pairs  frustration 0  camps a 3, b 2
      2024-02-01  4 signed pairs  frustration 0  camps b 3, a 2  switched: c
    """
    from ..base.terminal import inert

    camp_columns = [c for c in table.columns if c.startswith("camp:")]
    lines = [
        f"Over time ({len(table)} period{'s' if len(table) != 1 else ''}, "
        f"{table['from'].iloc[0]} to {table['to'].iloc[-1]}):"
    ]

    def listed(items: list, noun: str) -> str:
        shown = ", ".join(inert(str(a)) for a in items[:top])
        more = len(items) - top
        return f"  {noun}: {shown}" + (f" and {more} more" if more > 0 else "")

    for day, row in table.iterrows():
        frustration = f"frustration {significant(row['frustration'])}"
        if not row["exact"]:
            frustration += f" (not proven optimal; at least {significant(row['lower_bound'])})"
        present = sorted(
            ((c[5:], int(row[c])) for c in camp_columns if row[c]), key=lambda x: -x[1]
        )
        sizes = ", ".join(f"{inert(label)} {n:,}" for label, n in present[:top]) or "none"
        if len(present) > top:
            sizes += f" and {len(present) - top:,} more"
        line = f"  {day.date()}  {row['pairs']:,} signed pairs  {frustration}  camps {sizes}"
        for column, noun in (("switched", "switched"), ("split", "split"), ("merged", "merged")):
            if row[column]:
                line += listed(row[column], noun)
        lines.append(line)
    return "\n".join(lines)


def over_time_tables(table: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The tables ``graphkit analyze --over-time`` writes, ready for CSV.

    ``over_time``: the :func:`balance_over_time` table with ``period`` as a column,
    ``switched`` joined by ``|`` and ``split``, ``merged`` by ``; ``;
    ``camps_over_time``: its ``.attrs["camps"]`` with ``actor`` as a column, periods as
    ``YYYY-MM-DD`` headers and camp labels as text (empty where none).
    """
    over = table.copy()
    over.attrs = {}
    over["switched"] = ["|".join(map(str, ids)) for ids in over["switched"]]
    for column in ("split", "merged"):
        over[column] = ["; ".join(items) for items in over[column]]
    over.index = over.index.strftime("%Y-%m-%d")
    camps = table.attrs["camps"].copy()
    camps.attrs = {}
    camps.columns = camps.columns.strftime("%Y-%m-%d")
    return {"over_time": over.reset_index(), "camps_over_time": camps.reset_index()}
