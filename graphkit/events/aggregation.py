"""Events to relations: dyad x period aggregation, written once in Ibis.

The reduction of the events runs inside the engine that holds them (DuckDB by default;
Spark, BigQuery or any Ibis backend unchanged): counts and sums per relation, quad
class and, for the full detail, event code
(:func:`~graphkit.events.cell_expression.cells_expression`). Only those rows leave the
engine, through Arrow, where they are rolled up into relations in one sort
(:mod:`~graphkit.events.rollup`): each relation's sums, quad counts, first and last
dates, its dyad's total and, in full, its three most frequent codes and URLs. Their
text (dates, evidence sentences, top codes, URLs) is then written column by column for
the relations kept (:mod:`~graphkit.events.relation_text`), and every number is
formatted once per distinct value, so the Python work does not grow with the number
of events and every engine gives the same relations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from ..core.vocabulary import Vocabulary, default_vocabulary
from .actor_ids import actor_identities, resolve_country_filter
from .allocation import plain_pages, reusing_pool
from .cell_expression import (
    FATES,
    cells_expression,
    check_detail,
    check_options,
    code_relations,
    engine_constants,
    filtered,
    key_values,
    url_numbers,
)
from .engine_run import EngineRun, memory_bytes
from .mappings import MappingSource, event_mapping
from .relation_text import relations_table
from .rollup import fate_totals, rolled_up
from .sources import code_system_mappings, event_source

__all__ = ["aggregate_events"]


def _mappings(mapping: Any, systems: Iterable[str], vocabulary: Vocabulary | None) -> dict:
    """The mapping table for each code system present: the one given, else the one the
    sources of that code system declare."""
    defaults = code_system_mappings()
    out = {}
    for system in systems:
        if isinstance(mapping, Mapping):
            chosen = mapping.get(system, defaults.get(system))
        elif mapping is None:
            chosen = defaults.get(system)
        else:
            chosen = mapping
        if chosen is None:
            raise ValueError(f"no event mapping for code system {system!r}; pass mapping=")
        out[system] = event_mapping(chosen, vocabulary=vocabulary)
        out[system].attrs["name"] = chosen if isinstance(chosen, str) else "custom"
    return out


def _symmetric(tables: Mapping[str, pd.DataFrame], vocabulary: Vocabulary) -> list[str]:
    """The symmetric relation types the mappings produce, sorted."""
    produced = {r for t in tables.values() for r in t["relation"] if isinstance(r, str) and r}
    return sorted(r for r in produced if vocabulary.relation(r).symmetric)


def aggregate_events(
    events: Any,
    *,
    period: str | None = "M",
    actors: str = "code",
    dedupe: str | None = None,
    mapping: MappingSource | Mapping[str, MappingSource] | None = None,
    quad: str = "source",
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    countries: Iterable[str] | None = None,
    codes: Iterable[str] | None = None,
    root_only: bool = False,
    min_mentions: int | None = None,
    keep_generic: bool = False,
    vocabulary: Vocabulary | None = None,
    detail: str = "full",
    top: int | None = None,
    memory_limit: str | int | None = None,
) -> pd.DataFrame:
    """Aggregate events to relations: one row per dyad, relation type and period.

    Parameters
    ----------
    events : ibis.Table
        Canonical events (:func:`~graphkit.read_events` or :func:`~graphkit.as_events`)
        on any Ibis backend; the reduction runs there.
    period : {"M", "D", "W", "Q", "Y", None}, default "M"
        The period of a relation: day, ISO week, month, quarter, year, or None (one
        relation per dyad and type over the whole span).
    actors : {"code", "country", "country+role"}, default "code"
        Actor ids, the same for every source (see Notes): who the actor is (a state,
        region or international body by the reference table's id, ``SYR``, ``AFR``,
        ``UN``; a country's role, ``SYR+GOV``; a named person, group or organisation
        by its name), the country it belongs to (``SYR``), or that country and its
        role (``SYR+GOV``).
    dedupe : {None, "daily"}, default None
        ``"daily"`` keeps one event per dyad, code and day (the "one-a-day" filter),
        counting the reports merged into it (``reports`` minus ``events`` are the
        duplicates).
    mapping : str, path, DataFrame or dict, optional
        The code -> relation table (:func:`~graphkit.event_mapping`); by default each
        code system's own (CAMEO for GDELT and ICEWS, PLOVER for POLECAT, ...). A dict
        gives one per code system.
    quad : {"source", "gdelt", "icews"}, default "source"
        The quad classes counted: the source's own (GDELT's QuadClass, POLECAT's,
        ICEWS derived the ICEWS way), or derived from CAMEO roots under one convention.
    start, end : str or date, optional
        Keep events on or after ``start`` and on or before ``end`` (ISO partial dates:
        ``end="2024-11"`` keeps November).
    countries : list of str, optional
        Keep events with an actor of one of these countries: reference ids (``SYR``),
        codes or names (``"Syria"``), whatever the source writes.
    codes : list of str, optional
        Keep events whose code starts with one of these (``["14", "18", "19"]``).
    root_only : bool, default False
        Keep only GDELT root events (``IsRootEvent``, the lead paragraph).
    min_mentions : int, optional
        Keep events with at least this many mentions.
    keep_generic : bool, default False
        Keep generic actors, roles without a country (GDELT's ``BUS``, ``MED``,
        ``CVL``; ACLED's ``Civilians (International)``), as actors with the source's
        code as their id. By default their events make no relation and are counted as
        ``generic actor``.
    vocabulary : Vocabulary, optional
        Where mapped relation types are checked and which types are symmetric (the
        default vocabulary when omitted).
    detail : {"full", "counts"}, default "full"
        ``"full"`` writes every column; ``"counts"`` leaves out the text columns
        (``evidence, document, top_codes, urls``), which the engine then need not
        group by event code nor carry URLs for: about twice as fast on 10 million events.
    top : int, optional
        Keep only the ``top`` relations with the most events (ties: the first in the
        table's order), in the table's order. Their weights still count every
        relation of their dyad; text is written for the kept relations only.
    memory_limit : str or int, optional
        The memory the aggregation may use (``"8GB"``, ``"12GiB"`` or bytes): passed to
        DuckDB, whose operators then spill to disk beyond it. An input whose result
        cannot fit in it (or, without a limit, in the machine's available memory) is
        refused before the aggregation starts, with the figure.

    Returns
    -------
    pandas.DataFrame
        Relations rows ready for :func:`~graphkit.build_graph`: ``source, target,
        relation, weight, start, end, evidence, document`` and the provenance
        ``events, reports, goldstein, goldstein_pos, goldstein_neg, quad1 .. quad4,
        mentions, fatalities, top_codes, urls, first_event, last_event, directed,
        dataset, period, dedupe, mapping, quad_convention`` (``detail="counts"``: the
        same without ``evidence, document, top_codes, urls``). ``attrs["policy"]``
        holds the options (``detail`` and ``top`` included) and how many events each
        fate took (kept as relations, no date, no actor, placeholder actor, generic
        actor, self-dyad, unmapped code, not a relation).

    Raises
    ------
    ValueError
        For an option it does not know.
    MemoryError
        Before it starts, when the relations would need more memory than
        ``memory_limit`` (or the machine has available), saying how much.

    Notes
    -----
    **Who the actors are.** Each source's actor rule
    (:mod:`graphkit.events.actor_rules`) reads its raw actors, once per distinct value,
    and the answer is joined to the events in the engine. States, regions and
    international bodies get the id of the reference table (:func:`~graphkit.countries`),
    so one country has one id in GDELT (``SYR``, ``SYRGOV``), ICEWS (``Syria``,
    ``Police (Syria)``), POLECAT, UCDP (``Government of Syria``, by its Gleditsch-Ward
    number) and ACLED (``Military Forces of Syria (2000-)``). A country's role is the
    country's id and a CAMEO actor type (``SYR+GOV``); persons and named groups keep
    their names. Missing values (``NA``, ``N/A``, ``None``, blank) and placeholders
    (UCDP's ``XXX700`` and ``Check dyad``, an HDX tag row's ``#group+name``) are never
    actors: their events count as ``no actor`` and ``placeholder actor``. Roles
    without a country are ``generic actor`` unless ``keep_generic``. An actor whose
    country the reference table does not know keeps the source's own id. The raw
    strings stay in the events (``source``, ``source_name``, ...) and in
    :func:`~graphkit.event_actors`' ``raw_names``.

    **Symmetric relation types** (the vocabulary's ``symmetric``: ``consults``,
    ``cooperates_with``, ``fights``, ...) are one relation per unordered pair, whatever
    the source's direction: the events of both directions (``A consults B`` and ``B
    consults A``) are summed on one row, from the actor whose id comes first, with
    ``directed`` False and an evidence sentence that says so. Directed types keep their
    direction.

    ``weight`` is the relation's share of its dyad's events in the period: the
    events of this type divided by the events of every type between the same two
    actors (either direction for undirected sources) in the same period. It lies in
    (0, 1]; a signed projection then weighs each pair by what its events mostly were.
    How much happened is in ``events``, not in ``weight``.

    ``goldstein`` is the sum of the events' Goldstein scores (POLECAT: intensity;
    ACLED and UCDP have none), split into its positive and negative parts. Goldstein
    is a property of the event code, not of the event, so the sum is count times
    typical severity; ``quad1 .. quad4`` count the events of each quad class.

    Self-dyads (an actor acting on itself: domestic events) and events with a blank
    actor are not relations; :func:`~graphkit.event_actors` counts self-dyads on the
    actors. Undirected sources (ACLED, UCDP except one-sided violence) give one row per
    unordered pair, from the alphabetically first actor, with ``directed`` False. The
    weight of a symmetric relation is its share of the events of the ordered pair it is
    written under (a directed source's ``A -> B`` dyad, with ``A`` first).

    Progress is shown on standard error (:mod:`graphkit.base.progress`): the engine's
    share done, then the roll-up and the text.

    Examples
    --------
    >>> import graphkit as gk
    >>> from graphkit.datasets import data_path
    >>> ev = gk.read_events(data_path("samples/gdelt2_sample.tsv"), format="gdelt2")
    >>> rel = gk.aggregate_events(ev, period="M", actors="code")
    >>> row = rel.query("source == 'AFR' and target == 'USA'")
    >>> row[["relation", "start", "events", "goldstein", "quad3", "weight"]].to_dict("records")
    [{'relation': 'agrees_with', 'start': '2019-10', 'events': 1, 'goldstein': 3.4, 'quad3': 0, 'weight': 0.25}, {'relation': 'rejects', 'start': '2019-10', 'events': 3, 'goldstein': -12.0, 'quad3': 3, 'weight': 0.75}]
    >>> rel.attrs["policy"]["fates"]
    {'relation': 89, 'no date': 0, 'no actor': 273, 'placeholder actor': 0, 'generic actor': 121, 'self-dyad': 0, 'unmapped code': 0, 'not a relation': 17}

    Counts only, for the three relations with the most events:

    >>> counts = gk.aggregate_events(ev, detail="counts", top=3)
    >>> counts[["source", "target", "relation", "events"]].to_dict("records")
    [{'source': 'ARE', 'target': 'ESP', 'relation': 'yields_to', 'events': 5}, {'source': 'BRA', 'target': 'CHN', 'relation': 'consults', 'events': 6}, {'source': 'BRA+GOV', 'target': 'CHN', 'relation': 'consults', 'events': 6}]
    >>> "evidence" in counts.columns
    False
    """  # noqa: E501
    from ..base.progress import step

    check_options(period, actors, dedupe, quad)
    check_detail(detail)
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
        raise ValueError(f"top must be a positive whole number or None, got {top!r}")
    limit = None if memory_limit is None else memory_bytes(memory_limit)
    wanted = None if countries is None else resolve_country_filter(countries)
    # the rows read_events read: no more events than these, known without a query
    files = getattr(events, "files", None)
    at_most = None if files is None else int(files["rows"].sum())
    events = filtered(
        events,
        start=start,
        end=end,
        codes=codes,
        root_only=root_only,
        min_mentions=min_mentions,
    )
    vocabulary = vocabulary if vocabulary is not None else default_vocabulary()
    with (
        step("aggregating events") as progress,
        EngineRun(events, limit, progress) as run,
        reusing_pool(),
        plain_pages(),
    ):
        progress.note("actor identities")
        identities = actor_identities(events)
        datasets = {d for d in identities["dataset"] if isinstance(d, str)}
        systems = sorted({event_source(d).code_system for d in datasets})
        tables = _mappings(mapping, systems, vocabulary)
        symmetric = _symmetric(tables, vocabulary)
        # on DuckDB each distinct code's relation is found once and joined; elsewhere
        # (Spark, a cluster) the mapping stays one CASE evaluated where the events are,
        # which costs no job of its own
        relation_of_code = None
        if run.on_duckdb:
            progress.note("mapping the event codes")
            relation_of_code = code_relations(
                events, tables, symmetric, lambda expression: run.arrow(expression, label="codes")
            )
        options = {
            "period": period,
            "actors": actors,
            "mappings": tables,
            "identities": identities,
            "keep_generic": keep_generic,
            "symmetric": symmetric,
            "countries": wanted,
            "codes": relation_of_code,
        }
        run.check_fits(events, detail=detail, at_most=at_most, top=top, **options)
        run.limit_memory()
        urls = None
        if detail == "full":
            progress.note("sorting the URLs")
            urls = url_numbers(events, lambda expression: run.arrow(expression, label="URLs"))
        # the columns one literal in every row: written by the roll-up, not the engine
        constants = engine_constants(events, detail)
        cells = run.arrow(
            cells_expression(
                events,
                dedupe=dedupe,
                quad=quad,
                detail=detail,
                urls=urls,
                constants=False,
                **options,
            ),
            label="engine",
        )
        fate_counts = fate_totals(cells, FATES)
        progress.note(f"rolling up {cells.num_rows:,} rows")
        # one copy of the relations at a time: the engine's rows are dropped once rolled up
        values = key_values(identities, tables, actors)
        rolled = rolled_up(
            cells,
            period,
            top=top,
            values=values,
            urls=None if urls is None else urls["url"],
            constants=constants,
        )
        del cells, urls
        progress.note(f"writing {rolled.num_rows:,} relations")
        result = relations_table(
            rolled,
            period=period,
            dedupe=dedupe,
            tables=tables,
            symmetric=symmetric,
            detail=detail,
        )
    result.attrs["policy"] = {
        "period": period,
        "actors": actors,
        "keep_generic": keep_generic,
        "symmetric": symmetric,
        "dedupe": dedupe,
        "quad": quad,
        "detail": detail,
        "top": top,
        "mapping": {s: t.attrs["name"] for s, t in tables.items()},
        "filters": {
            "start": None if start is None else str(start),
            "end": None if end is None else str(end),
            "countries": wanted,
            "codes": None if codes is None else sorted(codes),
            "root_only": root_only,
            "min_mentions": min_mentions,
        },
        "fates": fate_counts,
    }
    return result
