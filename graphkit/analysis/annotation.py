"""Analysis results written onto a copy of the graph: the one step between analysing and drawing."""

from __future__ import annotations

import datetime as dt
import json
import math
import numbers
from collections.abc import Mapping

import networkx as nx
import pandas as pd

from . import temporal
from .centrality_table import centrality
from .layout import force_layout
from .signed.camp_structure import camp_legend
from .signed.structural_balance import BalanceReport, balance

__all__ = ["annotate"]

_SKIP_COLUMNS = ("name", "kind")
_CAMP_ATTRIBUTES = (
    "camp",
    "component",
    "opposes",
    "camp_basis",
    "against_both",
    "frustrated_share",
)
_PERIOD_ATTRIBUTES = ("camp_by_period", "switched_in")


def annotate(
    G: nx.Graph,
    *,
    table: pd.DataFrame | None = None,
    camps: Mapping | BalanceReport | pd.DataFrame | None = None,
    compute: bool = True,
    time_limit: float | None = 60.0,
    freq: str | None = None,
    window: str | pd.Timedelta | None = None,
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    over_time: pd.DataFrame | None = None,
    positions: bool = True,
) -> nx.Graph:
    """A copy of ``G`` whose actors and relations carry the results of the analysis.

    Drawing functions (:func:`~graphkit.to_html`, :func:`~graphkit.show`,
    :func:`~graphkit.to_image`) run no analysis: they read attributes. This is the one
    step that writes them, so a page shows exactly the tables and camps the analyst
    read, and each frustration problem is solved once. Every value is a JSON-friendly
    scalar or JSON text, so every networkx writer (GraphML, GEXF, JSON) keeps it.

    **Centrality.** Every numeric column of the centrality table becomes a node attribute
    of the same name (``degree``, ``pagerank``, ``betweenness``, ``pn``, ...).

    **Camps** (from a :class:`~graphkit.BalanceReport` or a :func:`~graphkit.camp_table`),
    on every actor of the table:

    * ``camp`` (str): the camp label, the id of the camp's most central member; absent
      when the actor has no camp.
    * ``component`` (str): the label of its signed component; absent when no camp.
    * ``opposes`` (str): the label of the camp its camp faces inside its component
      (labels joined by ``|`` with more than two camps); ``""`` when it faces none (its
      component is one group, drawn as one).
    * ``camp_basis`` (str): ``"signed"``, ``"inferred"`` (placed through leads/member_of)
      or ``""``.
    * ``against_both`` (bool): net hostile to its own camp and to another of its
      component.
    * ``frustrated_share`` (float in [0, 1]): the share of its signed weight frustrated
      by the camps; absent for actors without a signed pair.
    * Graph attribute ``camps`` (JSON text): ``{"camps": [{"label", "component",
      "opposes", "size", "name"}, ...]}``, one entry per camp (``size`` counts its
      members, inferred ones included; ``name`` is the label actor's display name), by
      component (largest first, then label), then by size (largest first), then label.

    A report also gives ``frustrated=True`` on the relations of each frustrated pair and
    the graph attributes ``frustration_index``, ``frustration_lower_bound`` and
    ``frustration_exact``. A plain mapping ``{actor: camp}`` gives ``camp`` only.

    **Per period** (``freq=`` or ``window=``, or a :func:`~graphkit.balance_over_time`
    table as ``over_time=``):

    * Graph attribute ``periods`` (JSON text): ``[{"label": "2023-03", "start":
      "2023-03-01", "end": "2023-03-31"}, ...]`` in time order (the first period holds
      the first date of a signed relation unless ``start=`` says otherwise).
    * ``camp_by_period`` (JSON text): ``{period label: camp label}`` for the periods in
      which the actor has a camp, with the names of :func:`~graphkit.camps_over_time`.
    * ``switched_in`` (JSON text): the labels of the periods in which the actor switched
      camp (left a camp that stayed for another that stayed).

    Without ``periods`` the camps are those of all dates together.

    **Positions** (``positions=True``): ``x`` and ``y`` (floats) on every actor, from
    :func:`~graphkit.force_layout` of the whole graph (every relation, all dates), unless
    every actor already has both. Pages and pictures draw actors where these say, so the
    page of any date, of a :func:`~graphkit.snapshot` of the annotated graph (it keeps
    node attributes) or of a ``top=`` selection places each actor where the others do,
    and two dates can be compared side by side.

    Parameters
    ----------
    G : networkx graph
        The graph to annotate; it is not changed.
    table : pandas.DataFrame, optional
        The centrality table of ``G``; computed with :func:`~graphkit.centrality` when
        omitted (unless ``compute=False``).
    camps : BalanceReport, DataFrame or mapping, optional
        The report of :func:`~graphkit.balance`, a :func:`~graphkit.camp_table`, or
        ``{actor: camp}``; the report is computed when omitted (unless ``compute=False``).
    compute : bool, default True
        Compute what is not given; False writes only what is given.
    time_limit : float or None, default 60
        Passed to :func:`~graphkit.balance` and, per period, to
        :func:`~graphkit.balance_over_time` when they are computed here.
    freq, window, start, end
        Compute the camps of each period, as :func:`~graphkit.balance_over_time` does
        (``freq="M"``, ``"Q"``, ``"Y"``; a rolling ``window="90D"``).
    over_time : pandas.DataFrame, optional
        A :func:`~graphkit.balance_over_time` table of ``G`` already computed: its
        periods are written without solving them again.
    positions : bool, default True
        Write ``x`` and ``y`` (see above); False leaves positions to the page.

    Returns
    -------
    networkx graph
        A copy of ``G`` (same class) with the attributes above.

    Raises
    ------
    DataError
        If ``freq=`` or ``window=`` is given for a graph whose relations carry no date
        (and no ``start=``/``end=``).
    ValueError
        If ``freq=`` or ``window=`` is given together with ``over_time=``.

    Examples
    --------
    >>> import json
    >>> import graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> report = gk.balance(G)
    >>> A = gk.annotate(G, table=gk.centrality(G), camps=report)
    >>> A.nodes["hts"]["camp"], A.nodes["hts"]["opposes"], A.nodes["hts"]["degree"]
    ('hts', 'syrian_government', 7)
    >>> A.nodes["bashar_al_assad"]["camp"], A.nodes["bashar_al_assad"]["camp_basis"]
    ('syrian_government', 'inferred')
    >>> "camp" in G.nodes["hts"], "camp" in A.nodes["damascus"]
    (False, False)
    >>> day = gk.snapshot(A, "2024-12-04")  # drawn where the page of all dates draws it
    >>> (day.nodes["hts"]["x"], day.nodes["hts"]["y"]) == (A.nodes["hts"]["x"], A.nodes["hts"]["y"])
    True
    >>> [c["label"] for c in json.loads(A.graph["camps"])["camps"]]
    ['hts', 'syrian_government']
    >>> A.edges["united_states", "hts", "designates_terrorist"]["frustrated"]
    True

    By year, reusing the report:

    >>> Y = gk.annotate(G, camps=report, compute=False, freq="Y")
    >>> [p["label"] for p in json.loads(Y.graph["periods"])][:3]
    ['2017', '2018', '2019']
    >>> json.loads(Y.nodes["hts_founding_factions"]["camp_by_period"])
    {'2017': 'hts'}
    """
    per_period = freq is not None or window is not None
    if per_period and over_time is not None:
        raise ValueError(
            "gk.annotate: pass over_time= (a table gk.balance_over_time returned) or "
            "freq=/window= (to compute one), not both"
        )
    if per_period and start is None and end is None and temporal._date_span(G) == (None, None):
        given = f"freq={freq!r}" if freq is not None else f"window={window!r}"
        raise temporal._graph_error(
            G,
            f"relations with a start or end date for gk.annotate({given}) (none of this "
            "graph's relations carries one, so it has no periods to colour by); call "
            "gk.annotate(G) without freq= and window= (the camps of all dates), or pass "
            "start= and end= to cut it into periods anyway",
        )
    if table is None and compute:
        table = centrality(G)
    if camps is None and compute:
        camps = balance(G, time_limit=time_limit)
    if per_period:
        over_time = temporal.balance_over_time(
            G, freq=freq, window=window, start=start, end=end, time_limit=time_limit
        )
    A = G.copy()
    if table is not None:
        for column in table.columns:
            if column in _SKIP_COLUMNS:
                continue
            for actor, value in table[column].items():
                if actor in A and _is_number(value):
                    A.nodes[actor][str(column)] = value.item() if hasattr(value, "item") else value
    if isinstance(camps, BalanceReport):
        _write_camp_table(A, camps.camp_table)
        _write_report(A, camps)
    elif isinstance(camps, pd.DataFrame):
        _write_camp_table(A, camps)
    elif camps is not None:
        for actor, camp in dict(camps).items():
            if actor in A:
                A.nodes[actor]["camp"] = str(camp)
    if over_time is not None:
        _write_periods(A, over_time)
    if positions and not all("x" in d and "y" in d for _, d in A.nodes(data=True)):
        for node, (x, y) in force_layout(A).items():
            A.nodes[node]["x"], A.nodes[node]["y"] = float(x), float(y)
    return A


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _write_camp_table(A: nx.Graph, table: pd.DataFrame) -> None:
    missing = {"camp", "component", "opposes", "basis", "against_both"} - set(table.columns)
    if missing:
        raise ValueError(
            f"camps= lacks the column(s) {', '.join(sorted(missing))}: pass gk.balance(G), "
            "gk.camp_table(G) or a mapping {actor: camp}"
        )
    for actor, row in zip(table.index, table.itertuples(index=False), strict=True):
        if actor not in A:
            continue
        d = A.nodes[actor]
        for attribute in _CAMP_ATTRIBUTES:
            d.pop(attribute, None)
        if row.camp:
            d["camp"] = str(row.camp)
            d["component"] = str(row.component)
        d["opposes"] = str(row.opposes)
        d["camp_basis"] = str(row.basis)
        d["against_both"] = bool(row.against_both)
        share = getattr(row, "frustrated_share", math.nan)
        if _is_number(share):
            d["frustrated_share"] = float(share)
    A.graph["camps"] = _json({"camps": camp_legend(table)})


def _write_report(A: nx.Graph, report: BalanceReport) -> None:
    A.graph["frustration_index"] = float(report.frustration_index)
    A.graph["frustration_lower_bound"] = float(report.lower_bound)
    A.graph["frustration_exact"] = bool(report.exact)
    frustrated = {frozenset(pair) for pair in report.frustrated_edges.get("pair", [])}
    if not frustrated:
        return
    edges = (
        A.edges(keys=True, data=True)
        if A.is_multigraph()
        else ((u, v, None, d) for u, v, d in A.edges(data=True))
    )
    for u, v, _key, d in edges:
        if frozenset((u, v)) in frustrated and _signed(d):
            d["frustrated"] = True


def _write_periods(A: nx.Graph, over_time: pd.DataFrame) -> None:
    periods = over_time.attrs.get("periods")
    camps = over_time.attrs.get("camps")
    if periods is None or camps is None or "switched" not in over_time:
        raise ValueError("over_time= takes the table gk.balance_over_time(G) returns")
    labels = [p["label"] for p in periods]
    A.graph["periods"] = _json(periods)
    for n in A:
        for attribute in _PERIOD_ATTRIBUTES:
            A.nodes[n].pop(attribute, None)
    switched: dict = {}
    for label, actors in zip(labels, over_time["switched"], strict=True):
        for actor in actors:
            switched.setdefault(actor, []).append(label)
    for actor, row in zip(camps.index, camps.itertuples(index=False), strict=True):
        if actor not in A:
            continue
        by_period = {
            label: str(camp)
            for label, camp in zip(labels, row, strict=True)
            if isinstance(camp, str)
        }
        A.nodes[actor]["camp_by_period"] = _json(by_period)
        A.nodes[actor]["switched_in"] = _json(switched.get(actor, []))


def _signed(d: dict) -> bool:
    value = d.get("polarity", d.get("sign"))
    return isinstance(value, numbers.Real) and value != 0


def _is_number(value) -> bool:
    return (
        isinstance(value, numbers.Real)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )
