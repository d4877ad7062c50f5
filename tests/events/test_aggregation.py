"""Aggregation: exact counts and sums against the raw rows, periods, dedupe, direction."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter, defaultdict

import pandas as pd
import pytest

import graphkit as gk
from conftest import SAMPLES, SYNTHETIC, raw_rows
from graphkit.datasets import data_path

pytestmark = pytest.mark.engine


def cameo_rows() -> list[tuple[str, str]]:
    with open(data_path("event_mappings/cameo.csv"), newline="", encoding="utf-8") as handle:
        return [(r["code"], r["relation"]) for r in csv.DictReader(handle)]


def mapped(code: str, rows: list[tuple[str, str]]) -> str | None:
    """Longest matching prefix, written plainly (the oracle does not call graphkit)."""
    fits = [(p, r) for p, r in rows if code.startswith(p)]
    return max(fits, key=lambda pr: len(pr[0]))[1] if fits else None


def symmetric_types() -> set[str]:
    with open(data_path("relation_types.csv"), newline="", encoding="utf-8") as handle:
        return {r["name"] for r in csv.DictReader(handle) if r["symmetric"] == "true"}


_WHO: dict = {}


def who(format: str) -> dict:
    """Who each raw actor of a sample is, by (id, country, role, known group) as the
    row writes them: graphkit's identity table, whose answers
    ``test_actor_identity.py`` checks by hand. Aggregation is checked here against
    it; nothing else of graphkit is used by the oracle."""
    if format not in _WHO:
        from graphkit.events.actor_ids import actor_identities

        table = actor_identities(gk.read_events(SAMPLES[format], format=format))
        _WHO[format] = {
            (r.raw, r.country, r.role, r.group): (r.status, r.code_id, r.country_id)
            for r in table.itertuples()
        }
    return _WHO[format]


def ids(e: dict, format: str, which: int = 1) -> tuple[str | None, str | None]:
    """An event's source and target ids (``which``: 1 code ids, 2 country ids), None
    for a side that is no actor (missing, a placeholder, generic)."""
    table = who(format)
    out = []
    for key in e["keys"]:
        status, *found = table[key]
        out.append(found[which - 1] if status == "actor" else None)
    return out[0], out[1]


def raw_events(format: str, path=None) -> list[dict]:
    """The sample's events (or those of a GDELT file ``path``) as the codebook defines
    them, read with the csv module."""
    if format == "icews":
        out = []
        for r in raw_rows(SAMPLES["icews"], header=True):

            def na(v):
                return None if v in ("", "NA") else v

            out.append(
                dict(
                    source=na(r["Source Name"]),
                    target=na(r["Target Name"]),
                    keys=[
                        (na(r[f"{s} Name"]), na(r[f"{s} Country"]), na(r[f"{s} Sectors"]), None)
                        for s in ("Source", "Target")
                    ],
                    code=r["CAMEO Code"],
                    day=r["Event Date"],
                    goldstein=float(r["Intensity"]),
                    quad=None,
                    country=(na(r["Source Country"]), na(r["Target Country"])),
                    mentions=None,
                    root=None,
                    url=None,
                )
            )
        return out
    return [
        dict(
            source=r[5] or None,
            target=r[15] or None,
            # Actor code, CountryCode, Type1Code, KnownGroupCode of each side
            keys=[
                (r[i] or None, r[i + 2] or None, r[i + 7] or None, r[i + 3] or None)
                for i in (5, 15)
            ],
            code=r[26],
            day=f"{r[1][:4]}-{r[1][4:6]}-{r[1][6:]}",
            goldstein=float(r[30]),
            quad=int(r[29]),
            country=(r[7] or None, r[17] or None),
            mentions=int(r[31]),
            root=r[25] == "1",
            url=r[-1],
        )
        for r in raw_rows(path or SAMPLES[format], header=False)
    ]


def relation_key(e: dict, format: str, rows, symmetric: set[str]) -> tuple | None:
    """The relation an event makes, (source, target, month, relation), or None; a
    symmetric relation is one per pair, in id order."""
    source, target = ids(e, format)
    relation = mapped(e["code"], rows)
    if not source or not target or source == target or not relation:
        return None
    if relation in symmetric:
        source, target = sorted((source, target))
    return (source, target, e["day"][:7], relation)


def oracle(format: str, *, keep=lambda e: True) -> dict:
    """(source, target, month, relation) -> [events, Goldstein sum, quad counts]; a
    symmetric relation is one per pair, in id order."""
    rows = cameo_rows()
    symmetric = symmetric_types()
    found: dict = defaultdict(lambda: [0, 0.0, Counter()])
    for e in raw_events(format):
        key = relation_key(e, format, rows, symmetric)
        if not keep(e) or key is None:
            continue
        cell = found[key]
        cell[0] += 1
        cell[1] += e["goldstein"]
        cell[2][e["quad"]] += 1
    return found


def by_key(relations) -> dict:
    return {(r.source, r.target, r.start, r.relation): r for r in relations.itertuples(index=False)}


@pytest.mark.parametrize("format", ["gdelt2", "gdelt1", "icews"])
def test_every_dyad_month_relation_has_exactly_the_raw_rows_count_and_goldstein_sum(
    sample_events, format
):
    events = sample_events(format)
    relations = gk.aggregate_events(events, period="M", actors="code", dedupe=None)
    expected = oracle(format)
    got = by_key(relations)
    assert set(got) == set(expected)
    for key, (count, goldstein, quads) in expected.items():
        assert got[key].events == count, key
        assert got[key].goldstein == pytest.approx(goldstein, abs=1e-9), key
        if format != "icews":  # GDELT's own QuadClass, counted
            assert [getattr(got[key], f"quad{q}") for q in (1, 2, 3, 4)] == [
                quads[q] for q in (1, 2, 3, 4)
            ]
    assert relations.start.eq(relations.end).all()


def test_every_event_meets_exactly_one_fate(sample_events):
    events = sample_events("gdelt1")
    relations = gk.aggregate_events(events)
    fates = relations.attrs["policy"]["fates"]
    assert sum(fates.values()) == 500
    assert fates["relation"] == relations.events.sum()
    raw = raw_events("gdelt1")
    assert fates["no actor"] == sum(1 for e in raw if not e["source"] or not e["target"])
    generic = [e for e in raw if e["source"] and e["target"] and None in ids(e, "gdelt1")]
    assert fates["generic actor"] == len(generic) > 0
    kept = [ids(e, "gdelt1") for e in raw if e["source"] and e["target"]]
    assert fates["self-dyad"] == sum(1 for s, t in kept if s and s == t)


def test_weight_is_the_relations_share_of_its_dyads_events_in_the_period(sample_events):
    events = sample_events("icews")
    relations = gk.aggregate_events(events, period="M")
    assert ((relations.weight > 0) & (relations.weight <= 1)).all()
    totals = relations.groupby(["source", "target", "start"]).weight.sum()
    assert totals.round(5).eq(1).all()
    dyad = relations.groupby(["source", "target", "start"]).events.transform("sum")
    assert (relations.weight - relations.events / dyad).abs().max() < 1e-6


def test_daily_dedupe_keeps_one_event_per_dyad_code_and_day_and_counts_the_reports(sample_events):
    rows = cameo_rows()
    raw = raw_events("icews")
    reports: Counter = Counter()
    days: dict = defaultdict(set)
    symmetric = symmetric_types()
    for e in raw:
        relation = mapped(e["code"], rows)
        source, target = ids(e, "icews")
        if source and target and source != target and relation:
            if relation in symmetric:
                source, target = sorted((source, target))
            key = (source, target, e["day"][:7], relation)
            reports[key] += 1
            days[key].add((e["code"], e["day"]))
    events = sample_events("icews")
    relations = by_key(gk.aggregate_events(events, dedupe="daily"))
    assert {k: (r.events, r.reports) for k, r in relations.items()} == {
        k: (len(days[k]), reports[k]) for k in reports
    }
    assert sum(r.reports - r.events for r in relations.values()) > 0  # ICEWS repeats events


@pytest.mark.parametrize(
    ("period", "start", "end", "label"),
    [
        ("D", "2019-10-24", "2019-10-24", "24 Oct 2019"),
        ("W", "2019-10-21", "2019-10-27", "week of 21 Oct 2019"),
        ("M", "2019-10", "2019-10", "Oct 2019"),
        ("Q", "2019-10", "2019-12", "2019 Q4"),
        ("Y", "2019", "2019", "2019"),
        (None, "2019-10-24", "2019-10-24", "24 Oct 2019"),
    ],
)
def test_each_period_gives_iso_partial_dates_and_names_itself(
    sample_events, period, start, end, label
):
    events = sample_events("gdelt2")
    relations = gk.aggregate_events(events, period=period)
    row = relations.query("source == 'ARE' and target == 'ESP'").iloc[0]
    assert (row.start, row.end, row.events) == (start, end, 5)
    assert row.evidence.startswith(f"5 GDELT 2.0 events, {label}: 5 material cooperation")
    assert row.period == (period or "all")


def test_coarser_actor_ids_and_filters_are_applied_in_the_engine(sample_events):
    events = sample_events("gdelt2")
    rows = cameo_rows()
    raw = raw_events("gdelt2")

    def count(keep, which=1) -> int:
        total = 0
        for e in raw:
            s, t = ids(e, "gdelt2", which)
            if keep(e) and s and t and s != t and mapped(e["code"], rows):
                total += 1
        return total

    by_country = gk.aggregate_events(events, actors="country")
    assert by_country.events.sum() == count(lambda e: True, which=2)
    assert set(by_country.source) <= {ids(e, "gdelt2", 2)[0] for e in raw}
    fights = gk.aggregate_events(events, codes=["19"])
    assert set(fights.relation) == {"fights"}
    assert fights.events.sum() == count(lambda e: e["code"].startswith("19"))
    usa = gk.aggregate_events(events, countries=["USA"])
    assert usa.events.sum() == count(lambda e: "USA" in ids(e, "gdelt2", 2)) > 0
    # a country by its name or a CAMEO variant is the same filter
    assert gk.aggregate_events(events, countries=["United States"]).equals(usa)
    roots = gk.aggregate_events(events, root_only=True, min_mentions=5)
    assert roots.events.sum() == count(lambda e: e["root"] and e["mentions"] >= 5)
    window = gk.aggregate_events(events, start="2019-10", end="2019-10-24")
    assert window.events.sum() == count(lambda e: "2019-10-01" <= e["day"] <= "2019-10-24")
    assert window.attrs["policy"]["filters"]["start"] == "2019-10"
    role = gk.aggregate_events(events, actors="country+role")
    assert "BRA+GOV" in set(role.source) | set(role.target)


def test_the_icews_quad_convention_differs_from_gdelts_where_the_literature_says(sample_events):
    events = sample_events("gdelt2")
    gdelt = gk.aggregate_events(events, codes=["09", "14"], quad="gdelt")
    icews = gk.aggregate_events(events, codes=["09", "14"], quad="icews")
    investigations = gdelt.relation == "investigates"
    assert gdelt[investigations].quad2.sum() == icews[investigations].quad3.sum() > 0
    protests = gdelt.relation == "protests_against"
    assert gdelt[protests].quad3.sum() == icews[protests].quad4.sum()


def test_evidence_and_provenance_trace_every_edge_back_to_its_events(sample_events):
    events = sample_events("gdelt2")
    relations = gk.aggregate_events(events)
    row = relations.query("source == 'AUT' and target == 'AFG'").iloc[0]
    assert row.evidence == (
        "3 GDELT 2.0 events, Oct 2019: 3 material conflict; top codes 182 assault ×3; "
        "Goldstein -28.5 (+0.0 / -28.5)"
    )
    urls = {e["url"] for e in raw_events("gdelt2") if (e["source"], e["target"]) == ("AUT", "AFG")}
    assert set(row.urls.split(" ")) <= urls and row.document in urls
    assert (row.goldstein_pos + row.goldstein_neg) == pytest.approx(row.goldstein)
    assert (relations.urls != "").all() and relations.document.notna().all()
    assert (relations.first_event <= relations.last_event).all()


def test_the_aggregated_table_builds_a_graph_every_analysis_and_the_page_accept(
    sample_events, tmp_path
):
    events = sample_events("gdelt2")
    relations = gk.aggregate_events(events, period="M")
    actors = gk.event_actors(events)
    G = gk.build_graph(actors, relations, require_sources=True)
    assert G.number_of_edges() == len(relations)
    assert all(d["urls"] for _, _, d in G.edges(data=True))
    assert all(0 < d["weight"] <= 1 for _, _, d in G.edges(data=True))
    # region actors (AFR, EUR, ...) are places, left out of the analyses by default
    actors_not_places = [n for n, d in G.nodes(data=True) if not d["place"]]
    assert sorted(gk.centrality(G).index) == sorted(actors_not_places)
    report = gk.balance(G)
    gk.to_html(gk.annotate(G, camps=report), tmp_path / "page.html")
    assert (tmp_path / "page.html").stat().st_size > 1000


def test_self_dyads_are_counted_on_the_actors_not_as_relations(sample_events):
    events = sample_events("gdelt1")
    relations = gk.aggregate_events(events)
    assert not (relations.source == relations.target).any()
    actors = gk.event_actors(events)
    raw = raw_events("gdelt1")
    sides = [ids(e, "gdelt1") for e in raw]
    own = Counter(s for s, t in sides if s and s == t)
    assert {a: n for a, n in actors.self_events.items() if n} == dict(own)
    assert actors.loc["USA", "events_as_source"] == sum(1 for s, _ in sides if s == "USA")
    assert actors.loc["USA", "events_as_target"] == sum(
        1 for s, t in sides if t == "USA" and s != "USA"
    )


def test_undirected_acled_dyads_aggregate_as_one_symmetric_relation(engine):
    events = gk.read_events(SYNTHETIC["acled"], format="acled")
    relations = gk.aggregate_events(events, period="M")
    fights = relations.query("relation == 'fights'").iloc[0]
    assert (fights.source, fights.target, fights.events, fights.fatalities) == (
        "Military Forces of Testland (2020-)",
        "Testland Liberation Front",
        2,
        5,
    )
    assert not fights.directed and "undirected" in fights.evidence
    assert set(relations.relation) == {"fights", "attacks", "agrees_with", "protests_against"}
    fates = relations.attrs["policy"]["fates"]
    assert (fates["no actor"], fates["not a relation"]) == (1, 0)
    attack = relations.query("relation == 'attacks'").iloc[0]
    assert attack.first_event == "2023-01-15"  # "15 January 2023"
    G = gk.build_graph(gk.event_actors(events, relations=relations), relations)
    assert G.nodes["Military Forces of Testland (2020-)"]["kind"] == "government"
    assert G.nodes["Testland Liberation Front"]["kind"] == "armed_group"


def test_ucdp_one_sided_violence_keeps_its_direction_and_fatalities_are_summed(engine):
    events = gk.read_events(SYNTHETIC["ucdp"], format="ucdp")
    # the rows give civilians no country: a generic actor, kept here on purpose
    relations = by_key(gk.aggregate_events(events, period="M", keep_generic=True))
    fights = relations["Government of Testland", "TLF", "2021-03", "fights"]
    assert (fights.events, fights.fatalities, fights.directed) == (2, 16, False)
    attack = relations["TLF", "Civilians", "2021-04", "attacks"]
    assert attack.directed and attack.fatalities == 5
    assert attack.document == "UCDP GED, story Local Paper"


def test_polecat_types_and_modes_map_through_plover(engine):
    events = gk.read_events(SYNTHETIC["polecat"], format="polecat")
    assert events.problems.empty  # excess trailing tabs are not a problem
    relations = gk.aggregate_events(events, period=None)
    assert {(r.source, r.target, r.relation) for r in relations.itertuples()} == {
        ("Testland", "Otherland", "attacks"),
        ("Otherland", "Testland", "investigates"),
        ("Farland", "Testland", "backs"),
    }
    assert relations.attrs["policy"]["fates"]["no actor"] == 1  # a meeting, no recipient
    assert relations.set_index("relation").loc["attacks", "quad4"] == 1


def test_bad_options_are_clear_errors(sample_events):
    events = sample_events("gdelt2")
    for option in (
        {"period": "month"},
        {"actors": "name"},
        {"dedupe": "weekly"},
        {"quad": "plover"},
    ):
        with pytest.raises(ValueError, match="must be"):
            gk.aggregate_events(events, **option)
    assert gk.aggregate_events(events, start="2030-01-01").empty


def test_the_expression_compiles_to_bigquery_sql_against_gdelts_public_table(engine):
    import ibis

    from graphkit.events.actor_ids import identities_of
    from graphkit.events.cell_expression import cells_expression
    from graphkit.events.sources import SOURCES

    integers = {
        "GLOBALEVENTID",
        "SQLDATE",
        "IsRootEvent",
        "QuadClass",
        "NumMentions",
        "NumSources",
        "NumArticles",
    }
    schema = {
        c: "int64" if c in integers else "float64" if c == "GoldsteinScale" else "string"
        for c in SOURCES["gdelt2"].columns
    }
    table = ibis.table(schema, name="events", database="gdelt-bq.gdeltv2")
    events = gk.as_events(table, format="gdelt2")
    # who the actors are: distinct raw actors, as a first query to BigQuery gives them
    raw = pd.DataFrame(
        [("gdelt2", "SYRGOV", "SYR", "GOV", None), ("gdelt2", "USA", "USA", None, None)],
        columns=["dataset", "raw", "country", "role", "group"],
    )
    identities = identities_of(raw)
    assert identities["code_id"].tolist() == ["SYR+GOV", "USA"]
    cells = cells_expression(
        events,
        period="M",
        actors="code",
        mappings={"cameo": gk.event_mapping("cameo")},
        identities=identities,
    )
    sql = ibis.to_sql(cells, dialect="bigquery")
    assert "`gdelt-bq.gdeltv2`.`events`" in sql or "`gdelt-bq`.`gdeltv2`.`events`" in sql
    assert "GROUP BY" in sql and "STARTS_WITH" in sql and "DATE_TRUNC" in sql


def test_dates_are_real_dates_in_the_canonical_table(sample_events):
    events = sample_events("gdelt2")
    first = events.order_by("line").limit(1).to_pyarrow().to_pylist()[0]
    assert first["date"] == dt.date(2018, 10, 24)


def test_each_relations_urls_are_its_events_smallest_and_largest_url(sample_events):
    rows = cameo_rows()
    symmetric = symmetric_types()
    seen: dict = defaultdict(set)
    for e in raw_events("gdelt2"):
        key = relation_key(e, "gdelt2", rows, symmetric)
        if key is not None and e["url"]:
            seen[key].add(e["url"])
    relations = gk.aggregate_events(sample_events("gdelt2"), period="M")
    got = by_key(relations)
    several = 0
    for key, urls in seen.items():
        # code-point order, as SQL compares text; one URL is written once
        first, last = min(urls), max(urls)
        assert got[key].document == first, key
        assert got[key].urls == (first if first == last else f"{first} {last}"), key
        several += first != last
    assert several > 0  # some relations have events from several articles


# URLs beyond ASCII, one that sorts before a prefix of it, and none at all: SQL's order
# of text is the order of code points, which Python's min and max give
_URLS = [
    "https://b.example/z",
    "https://b.example/\u00e9t\u00e9",
    "https://b.example/",
    "https://b.example/\U0001f600",
    "",
    "https://a.example/\u4e2d\u6587",
    "https://b.example/Z",
]


def test_urls_beyond_ascii_are_ordered_by_code_point_and_missing_ones_skipped(engine, tmp_path):
    rows = raw_rows(SAMPLES["gdelt2"], header=False)
    path = tmp_path / "urls.tsv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        for i, row in enumerate(rows):
            handle.write("\t".join([*row[:-1], _URLS[i % len(_URLS)]]) + "\n")
    rows_by_cameo = cameo_rows()
    symmetric = symmetric_types()
    seen: dict = defaultdict(set)
    kept: set = set()
    for e in raw_events("gdelt2", path):
        key = relation_key(e, "gdelt2", rows_by_cameo, symmetric)
        if key is None:
            continue
        kept.add(key)
        if e["url"]:
            seen[key].add(e["url"])
    got = by_key(gk.aggregate_events(gk.read_events(path, format="gdelt2"), period="M"))
    assert set(got) == kept
    for key in kept:
        urls = seen.get(key)
        if not urls:
            assert got[key].urls == "" and not got[key].document.startswith("http"), key
            continue
        first, last = min(urls), max(urls)
        assert got[key].document == first, key
        assert got[key].urls == (first if first == last else f"{first} {last}"), key
    assert any(len(u) > 1 and not min(u).isascii() for u in seen.values())
    assert any(key not in seen for key in kept)  # relations with no URL at all


# codes of the codebook, codes only a prefix of which is (five digits, a letter), codes
# no rule maps, and a root alone
_ODD_CODES = ["0841", "08411", "1951", "195", "19", "99", "999", "1a", "0", "0431x", "204"]


def test_odd_codes_get_the_longest_prefix_rule_and_unmapped_ones_are_counted(engine, tmp_path):
    rows = raw_rows(SAMPLES["gdelt2"], header=False)
    path = tmp_path / "codes.tsv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        for i, row in enumerate(rows):
            code = _ODD_CODES[i % len(_ODD_CODES)]
            changed = [*row[:26], code, code[:3], code[:2], *row[29:]]
            handle.write("\t".join(changed) + "\n")
    rows_by_cameo = cameo_rows()
    symmetric = symmetric_types()
    expected: Counter = Counter()
    unmapped = 0
    for e in raw_events("gdelt2", path):
        source, target = ids(e, "gdelt2")
        if not source or not target or source == target:
            continue
        relation = mapped(e["code"], rows_by_cameo)
        if relation is None:
            unmapped += 1
            continue
        if not relation:
            continue
        if relation in symmetric:
            source, target = sorted((source, target))
        expected[source, target, e["day"][:7], relation] += 1
    relations = gk.aggregate_events(gk.read_events(path, format="gdelt2"), period="M")
    got = {key: row.events for key, row in by_key(relations).items()}
    assert got == dict(expected)
    assert relations.attrs["policy"]["fates"]["unmapped code"] == unmapped > 0
    # the codes only a prefix of which is in the codebook made relations too
    beyond = {mapped(code, rows_by_cameo) for code in ("08411", "0431x")}
    assert beyond <= {key[3] for key in got} and None not in beyond


def test_url_numbers_given_or_made_in_the_query_are_the_same(sample_events):
    from graphkit.events.actor_ids import actor_identities
    from graphkit.events.cell_expression import cells_expression, url_numbers

    events = sample_events("gdelt2")
    options = {
        "period": "M",
        "actors": "code",
        "mappings": {"cameo": gk.event_mapping("cameo")},
        "identities": actor_identities(events),
    }
    urls = url_numbers(events, lambda expression: expression.to_pyarrow())
    texts = urls["url"].to_pylist()
    assert texts == sorted(set(texts)) and urls["number"].to_pylist() == list(range(len(texts)))
    keys = ["fate", "source", "target", "relation", "period_start", "code", "quad"]

    def rows(expression):
        table = expression.to_pyarrow().to_pandas()
        return table.sort_values(keys, na_position="first").reset_index(drop=True)

    given = rows(cells_expression(events, urls=urls, **options))
    made = rows(cells_expression(events, **options))
    pd.testing.assert_frame_equal(given, made)
    assert given["url_first"].notna().any()
