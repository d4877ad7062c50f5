"""An independent oracle for the event samples: plain DuckDB SQL over the raw files.

``tests/events/test_sample_dataset.py`` checks that the shipped ``gdelt-2019-10`` tables
are what the code gives today, and the event doctests print values the code produced;
neither says the values are right. Here the same figures are derived again from the raw
sample rows with SQL: the GDELT 2.0 codebook's column positions, the CAMEO mapping table
(longest prefix wins; an empty relation is "not a relation"), the relation types' table
(a symmetric type is one relation per pair, in id order), and the aggregation rules the
documentation of :func:`graphkit.aggregate_events` and :func:`graphkit.event_actors`
states. Who each actor is comes from the reference table's CSV, read with the csv
module by the rules ``aggregate_events`` documents (:func:`who`). No graphkit code
reads, maps, identifies or counts anything on the oracle's side.
"""

from __future__ import annotations

import csv

import pandas as pd
import pytest
from parts import need_module

import graphkit as gk
from graphkit.datasets import data_path

pytestmark = pytest.mark.engine

GDELT2 = data_path("samples/gdelt2_sample.tsv")
ICEWS = data_path("samples/icews_sample.tsv")
CAMEO = data_path("event_mappings/cameo.csv")
TYPES = data_path("relation_types.csv")
REFERENCE = data_path("reference/countries.csv")
ACTOR_TYPES = data_path("event_mappings/cameo_actor_types.csv")
SHIPPED = "gdelt-2019-10"

# GDELT 2.0 event codebook, 0-based column positions (61 columns)
EVENT_ID, DAY, ACTOR1_CODE, ACTOR1_COUNTRY, ACTOR2_CODE, ACTOR2_COUNTRY = 0, 1, 5, 7, 15, 17
EVENT_CODE, QUAD_CLASS, GOLDSTEIN, MENTIONS, SOURCE_URL = 26, 29, 30, 31, 60
KNOWN_GROUP, TYPE1 = 3, 7  # after the actor code: Actor1Code + 3, + 7


def who(code: str, country: str, type1: str, group: str) -> tuple[str, str | None, str | None]:
    """(status, code id, country id) of a GDELT actor, by the rules aggregate_events
    documents, from the reference table's CSV: a code of a row is that row; an
    international body's code among the code's three-letter blocks is that body (the
    last); a known group of the table is that row, another keeps its code (its country
    id is its country); a country code makes ``COUNTRY`` or ``COUNTRY+TYPE``; a code
    with no country is generic."""
    codes: dict[str, set[str]] = {}
    kinds = {}
    with open(REFERENCE, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            kinds[row["id"]] = row["kind"]
            for column in ("id", "cameo", "cameo_variants", "former_codes", "cameo_actor"):
                for value in filter(None, row[column].split("|")):
                    codes.setdefault(value.upper(), set()).add(row["id"])
    one = {c: next(iter(ids)) for c, ids in codes.items() if len(ids) == 1}
    with open(ACTOR_TYPES, newline="", encoding="utf-8") as handle:
        roles = {r["code"] for r in csv.DictReader(handle) if r["kind"] != "region"}
    if not code:
        return ("missing", None, None)
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)] if len(code) % 3 == 0 else []
    bodies = [one[b] for b in blocks if kinds.get(one.get(b, "")) == "international_organisation"]
    entity = one.get(code) or (bodies[-1] if bodies else None) or one.get(group)
    if entity:
        return ("actor", entity, entity)
    place = one.get(country)
    role = type1 if type1 in roles else next((b for b in blocks[1:] if b in roles), None)
    if group:
        return ("actor", group, place or group)
    if place:
        return ("actor", f"{place}+{role}" if role else place, place)
    return ("actor", code, code) if country else ("generic", code, code)


@pytest.fixture(scope="module")
def sql():
    """A DuckDB connection holding the raw GDELT 2.0 rows and the CAMEO mapping table."""
    duckdb = need_module("duckdb", "pip install 'graphkit-actors[events]'")
    con = duckdb.connect()
    columns = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(61))
    con.execute(
        f"""
        CREATE TABLE raw AS SELECT * FROM read_csv('{GDELT2}', delim = '\t', header = false,
            quote = '', escape = '', columns = {{{columns}}});
        CREATE TABLE cameo AS SELECT * FROM read_csv('{CAMEO}', header = true,
            all_varchar = true);
        CREATE TABLE icews AS SELECT * FROM read_csv('{ICEWS}', delim = '\t', header = true,
            quote = '', escape = '', all_varchar = true);
        CREATE TABLE types AS SELECT * FROM read_csv('{TYPES}', header = true,
            all_varchar = true);
        CREATE TABLE places AS SELECT id, name FROM read_csv('{REFERENCE}', header = true,
            all_varchar = true);
        """
    )

    def columns(first: int) -> str:  # the code, country, type and known group of a side
        return ", ".join(f"coalesce(c{first + k}, '')" for k in (0, 2, TYPE1, KNOWN_GROUP))

    sides = con.sql(
        f"""SELECT DISTINCT * FROM (
            SELECT {columns(ACTOR1_CODE)} FROM raw
            UNION ALL SELECT {columns(ACTOR2_CODE)} FROM raw)"""
    ).fetchall()
    table = pd.DataFrame(
        [(*side, *who(*side)) for side in sides],
        columns=["code", "country", "type1", "grp", "status", "code_id", "country_id"],
    )
    con.register("who", table)

    def events(ids: str) -> None:
        """The view ``ev``: one row per event, actors by ``ids`` (``code_id`` or
        ``country_id``; NULL and ``generic`` for a role without a country), its relation
        type by the longest CAMEO prefix (``known`` false when no prefix matches), a
        symmetric relation's actors in id order."""

        def side(first: int, alias: str) -> str:
            return (
                f"JOIN who {alias} ON {alias}.code = coalesce(c{first}, '') "
                f"AND {alias}.country = coalesce(c{first + 2}, '') "
                f"AND {alias}.type1 = coalesce(c{first + TYPE1}, '') "
                f"AND {alias}.grp = coalesce(c{first + KNOWN_GROUP}, '')"
            )

        con.execute(
            f"""
            CREATE OR REPLACE VIEW ev AS
            WITH e AS (
                SELECT c{EVENT_ID} AS id, c{DAY} AS day,
                    CASE WHEN s.status = 'actor' THEN s.{ids} END AS s_id,
                    CASE WHEN t.status = 'actor' THEN t.{ids} END AS t_id,
                    s.status = 'missing' OR t.status = 'missing' AS missing,
                    s.status = 'generic' OR t.status = 'generic' AS generic,
                    c{EVENT_CODE} AS code, CAST(c{QUAD_CLASS} AS INTEGER) AS quad,
                    CAST(c{GOLDSTEIN} AS DOUBLE) AS goldstein,
                    CAST(c{MENTIONS} AS BIGINT) AS mentions, c{SOURCE_URL} AS url
                FROM raw {side(ACTOR1_CODE, "s")} {side(ACTOR2_CODE, "t")}),
            m AS (
                SELECT e.*,
                    (SELECT m.relation FROM cameo m WHERE starts_with(e.code, m.code)
                     ORDER BY length(m.code) DESC LIMIT 1) AS relation,
                    EXISTS (SELECT 1 FROM cameo m WHERE starts_with(e.code, m.code)) AS known
                FROM e)
            SELECT *,
                CASE WHEN both_ways THEN least(s_id, t_id) ELSE s_id END AS source,
                CASE WHEN both_ways THEN greatest(s_id, t_id) ELSE t_id END AS target
            FROM (SELECT *, relation IN (SELECT name FROM types WHERE "symmetric" = 'true')
                  AND s_id IS NOT NULL AND t_id IS NOT NULL AS both_ways FROM m)
            """
        )

    yield Oracle(con, events)
    con.close()


class Oracle:
    """The connection's ``sql(query)``, and ``events(actor1, actor2)`` to choose the actors."""

    def __init__(self, con, events) -> None:
        self.sql, self.events = con.sql, events


FATES = """
SELECT
  count(*) FILTER (WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target
                   AND relation IS NOT NULL) AS "relation",
  count(*) FILTER (WHERE day IS NULL OR day = '') AS "no date",
  count(*) FILTER (WHERE missing) AS "no actor",
  0 AS "placeholder actor",
  count(*) FILTER (WHERE generic AND NOT missing) AS "generic actor",
  count(*) FILTER (WHERE source = target) AS "self-dyad",
  count(*) FILTER (WHERE source <> target AND NOT known) AS "unmapped code",
  count(*) FILTER (WHERE source <> target AND known AND relation IS NULL) AS "not a relation"
FROM ev
"""

RELATIONS = """
WITH kept AS (
    SELECT * FROM ev
    WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target
      AND relation IS NOT NULL),
per AS (
    SELECT source, target, relation,
        strftime(strptime(day, '%Y%m%d'), '%Y-%m') AS start,
        count(*) AS events,
        sum(goldstein) AS goldstein,
        sum(greatest(goldstein, 0)) AS goldstein_pos,
        sum(least(goldstein, 0)) AS goldstein_neg,
        count(*) FILTER (WHERE quad = 1) AS quad1,
        count(*) FILTER (WHERE quad = 2) AS quad2,
        count(*) FILTER (WHERE quad = 3) AS quad3,
        count(*) FILTER (WHERE quad = 4) AS quad4,
        CAST(sum(mentions) AS BIGINT) AS mentions,
        strftime(min(strptime(day, '%Y%m%d')), '%Y-%m-%d') AS first_event,
        strftime(max(strptime(day, '%Y%m%d')), '%Y-%m-%d') AS last_event,
        min(url) AS first_url, max(url) AS last_url
    FROM kept GROUP BY ALL)
SELECT *,
    -- the share of the dyad's events in the period (directed source: one direction)
    events / sum(events) OVER (PARTITION BY source, target, start) AS weight,
    start AS "end",
    events AS reports,
    first_url AS document,
    CASE WHEN first_url = last_url THEN first_url ELSE first_url || ' ' || last_url END
        AS urls
FROM per
ORDER BY source, target, start, relation
"""

ACTORS = """
WITH kept AS (
    SELECT * FROM ev
    WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target
      AND relation IS NOT NULL),
ids AS (SELECT source AS id FROM kept UNION SELECT target FROM kept)
SELECT id, (SELECT name FROM places WHERE places.id = ids.id) AS name,
    (SELECT count(*) FROM ev WHERE ev.s_id = ids.id) AS events_as_source,
    (SELECT count(*) FROM ev WHERE ev.t_id = ids.id
        AND ev.s_id IS DISTINCT FROM ids.id) AS events_as_target,
    (SELECT count(*) FROM ev WHERE ev.s_id = ids.id AND ev.t_id = ids.id)
        AS self_events,
    (SELECT coalesce(sum(goldstein), 0) FROM ev
        WHERE ev.s_id = ids.id AND ev.t_id = ids.id) AS self_goldstein
FROM ids ORDER BY id
"""

NUMBERS = ["goldstein", "goldstein_pos", "goldstein_neg", "weight"]
"""Float columns: compared to 1e-6 (the tables keep six decimals)."""


def same_table(got: pd.DataFrame, oracle: pd.DataFrame, key: list[str]) -> None:
    """Equal row for row on the oracle's columns: text and counts exactly, floats to 1e-6."""
    columns = list(oracle.columns)
    got = got[columns].sort_values(key).reset_index(drop=True)
    oracle = oracle.sort_values(key).reset_index(drop=True)
    assert len(got) == len(oracle)
    for column in columns:
        mine, theirs = got[column].tolist(), oracle[column].tolist()
        if column in NUMBERS or column == "self_goldstein":
            assert mine == pytest.approx(theirs, abs=1e-6), column
        else:
            assert [str(v) for v in mine] == [str(v) for v in theirs], column


def oracle_relations(sql) -> pd.DataFrame:
    table = sql.sql(RELATIONS).df()
    return table[
        [
            "source",
            "target",
            "relation",
            "weight",
            "start",
            "end",
            "document",
            "urls",
            "events",
            "reports",
            *NUMBERS[:3],
            "quad1",
            "quad2",
            "quad3",
            "quad4",
            "mentions",
            "first_event",
            "last_event",
        ]
    ]


KEY = ["source", "target", "start", "relation"]


def test_the_shipped_dataset_is_what_sql_over_the_raw_rows_gives(sql):
    sql.events("country_id")  # the dataset's actors: countries
    oracle = oracle_relations(sql)
    shipped = pd.read_csv(data_path(f"{SHIPPED}/relations.csv"), keep_default_na=False)
    assert len(oracle) == 41
    same_table(shipped, oracle, KEY)
    assert set(shipped["fatalities"]) == {""}
    # a symmetric relation (consults, fights) is one per pair, both directions' events
    both_ways = set(
        sql.sql("SELECT DISTINCT relation FROM ev WHERE both_ways AND source <> target")
        .df()
        .relation
    )
    assert both_ways == {"consults", "fights"}
    assert (shipped["directed"] == ~shipped["relation"].isin(both_ways)).all()
    pairs = shipped[shipped["relation"].isin(both_ways)]
    assert (pairs["source"] < pairs["target"]).all()
    actors = pd.read_csv(data_path(f"{SHIPPED}/actors.csv"), keep_default_na=False)
    same_table(actors, sql.sql(ACTORS).df(), ["id"])


def test_the_dataset_graph_has_the_oracles_relations(sql):
    sql.events("country_id")
    oracle = oracle_relations(sql)
    G = gk.load_dataset(SHIPPED)
    edges = pd.DataFrame([{"source": u, "target": v, **d} for u, v, d in G.edges(data=True)])
    same_table(edges, oracle[["source", "target", "relation", "start", "events", "weight"]], KEY)


def test_aggregate_events_by_country_gives_the_oracles_relations_and_fates(sql):
    sql.events("country_id")
    events = gk.read_events(GDELT2, format="gdelt2")
    relations = gk.aggregate_events(events, period="M", actors="country")
    same_table(relations, oracle_relations(sql), KEY)
    fates = sql.sql(FATES).df().iloc[0].to_dict()
    assert relations.attrs["policy"]["fates"] == fates
    assert sum(fates.values()) == 500


def test_the_aggregate_events_doctest_values_by_actor_code(sql):
    # the docstring of aggregate_events shows AFR -> USA and the fates with actor codes
    sql.events("code_id")
    oracle = oracle_relations(sql)
    events = gk.read_events(GDELT2, format="gdelt2")
    relations = gk.aggregate_events(events, period="M", actors="code")
    same_table(relations, oracle, KEY)
    afr_usa = oracle.query("source == 'AFR' and target == 'USA'")
    assert afr_usa[["relation", "events", "goldstein", "quad3", "weight"]].to_dict("records") == [
        {"relation": "agrees_with", "events": 1, "goldstein": 3.4, "quad3": 0, "weight": 0.25},
        {"relation": "rejects", "events": 3, "goldstein": -12.0, "quad3": 3, "weight": 0.75},
    ]
    fates = sql.sql(FATES).df().iloc[0].to_dict()
    assert fates == {
        "relation": 89,
        "no date": 0,
        "no actor": 273,
        "placeholder actor": 0,
        "generic actor": 121,
        "self-dyad": 0,
        "unmapped code": 0,
        "not a relation": 17,
    }
    assert relations.attrs["policy"]["fates"] == fates


def test_the_read_events_doctest_values(sql):
    rows = sql.sql(f"SELECT count(*), count(DISTINCT c{EVENT_ID}) FROM raw").fetchone()
    assert rows == (500, 500)
    (code,) = sql.sql(f"SELECT c{EVENT_CODE} FROM raw WHERE c{EVENT_ID} = '881990833'").fetchone()
    assert (code, code[:2]) == ("040", "04")
    events = gk.read_events(GDELT2, format="gdelt2")
    assert events.count().to_pyarrow().as_py() == rows[0]
    found = events.filter(events.event_id == "881990833").select("code", "root_code")
    assert found.to_pyarrow().to_pylist() == [{"code": code, "root_code": code[:2]}]


def test_the_describe_events_doctest_values(sql):
    rows, first, last = sql.sql(
        'SELECT count(*), min("Event Date"), max("Event Date") FROM icews'
    ).fetchone()
    top = sql.sql(
        'SELECT "CAMEO Code" AS code, count(*) AS n FROM icews GROUP BY code '
        "ORDER BY n DESC, code LIMIT 3"
    ).fetchall()
    assert top[1][1] > top[2][1]  # the top two are not tied with the third
    summary = gk.describe_events(gk.read_events(ICEWS, format="icews"), top=2)
    assert (summary.rows, summary.first, summary.last) == (rows, first, last)
    assert summary.top_codes["code"].tolist() == [code for code, _ in top[:2]]


ACTOR1_NAME, ACTOR2_NAME = 6, 16


def test_the_event_actors_doctest_values(sql):
    # a state, body or country's role is named from the reference table and the CAMEO
    # actor types; the rows' own names are kept, most frequent first
    names = sql.sql("SELECT id, name FROM places WHERE id IN ('USA', 'EU', 'RUS')").fetchall()
    assert dict(names) == {"USA": "United States", "EU": "European Union", "RUS": "Russia"}
    written = sql.sql(
        f"""
        WITH named AS (
            SELECT c{ACTOR1_CODE} AS code, c{ACTOR1_NAME} AS name FROM raw
            UNION ALL SELECT c{ACTOR2_CODE}, c{ACTOR2_NAME} FROM raw)
        SELECT name, count(*) AS n FROM named WHERE code = 'RUSGOV' GROUP BY name
        """
    ).fetchall()
    assert written == [("VLADIMIR PUTIN", 3)]
    table = gk.event_actors(gk.read_events(GDELT2, format="gdelt2"))
    usa = table.loc["USA", ["name", "kind", "country"]].tolist()
    assert usa == ["United States", "state", "USA"]
    assert table.loc["EU", ["name", "kind"]].tolist() == ["European Union", "organisation"]
    assert table.loc["RUS+GOV", ["name", "kind", "country", "role", "raw_names"]].tolist() == [
        "Russia: government",  # "GOV,government,government" in cameo_actor_types.csv
        "government",
        "RUS",
        "GOV",
        "VLADIMIR PUTIN",
    ]
