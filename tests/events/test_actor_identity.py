"""One actor, one id, whatever the source (issue 17): who event actors are.

On the real GDELT 1.0, GDELT 2.0 and ICEWS sample rows, and on small files shaped as
UCDP, ACLED (one written from R, one exported by HDX with its tag row) and POLECAT
write them. Expected ids and names are the reference table's rows
(``data/reference/countries.csv``, read with the csv module) and values read off the
rows by hand.
"""

from __future__ import annotations

import csv
import warnings
from collections import Counter

import pytest

import graphkit as gk
from conftest import SAMPLES, raw_rows
from graphkit.datasets import data_path
from graphkit.events.sources import SOURCES

pytestmark = pytest.mark.engine


def reference() -> dict[str, dict[str, str]]:
    with open(data_path("reference/countries.csv"), newline="", encoding="utf-8") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


COUNTRY_KINDS = {"state", "territory", "former_state"}
GENERIC_GDELT2 = {
    # every code of the GDELT 2.0 sample with no CountryCode and no KnownGroupCode that
    # names no body (read off the rows): roles, religions, ethnic groups
    *("AGR", "BUS", "COP", "COPGOV", "CVL", "EDU", "ELI", "GOV", "GOVEDU", "GOVPTY"),
    *("HLH", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "OPP", "PTY", "REB", "REF"),
    *("UAFUAF", "CHR", "CHRCTH", "JEW", "JEWOPP", "MOS", "alg", "cor", "hai"),
}


def write(path, header, rows) -> str:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)
    return str(path)


def quiet_read(path, format):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.EventProblemsWarning)
        return gk.read_events(path, format=format)


# -- the real samples ------------------------------------------------------------------


@pytest.mark.parametrize("format", ["gdelt1", "gdelt2", "icews"])
def test_every_country_actor_has_its_iso3_id_and_the_tables_name(sample_events, format):
    table = reference()
    actors = gk.event_actors(sample_events(format), actors="country")
    states = actors[actors["kind"] == "state"]
    assert len(states) > 40
    for actor, row in states.iterrows():
        assert table[actor]["kind"] in COUNTRY_KINDS, actor
        assert len(actor) == 3 and actor.isupper(), actor
        assert row["name"] == table[actor]["name"], actor
        assert row["country"] == actor
    # regions and bodies are the table's too; nothing else is left in "country" ids
    # but actors of no known country (ICEWS persons and groups without one)
    others = actors[actors["kind"] != "state"]
    for actor, row in others.iterrows():
        if actor in table:
            assert row["name"] == table[actor]["name"]
            assert table[actor]["kind"] in {"region", "international_organisation"}
        else:
            assert format == "icews" and row["kind"] in {"person", "armed_group", "organisation"}


def test_country_names_come_from_the_table_never_from_a_row(sample_events):
    gdelt1 = gk.event_actors(sample_events("gdelt1"), actors="country")
    # the examples: the rows name these countries BEIRUT, ODESSA, ...
    assert gdelt1.loc[["LBN", "UKR", "IND", "AZE", "AFG"], "name"].tolist() == [
        "Lebanon",
        "Ukraine",
        "India",
        "Azerbaijan",
        "Afghanistan",
    ]
    assert "BEIRUT" in gdelt1.loc["LBN", "raw_names"]  # kept, as the rows wrote it
    gdelt2 = gk.event_actors(sample_events("gdelt2"), actors="country")
    assert gdelt2.loc[["FRA", "ITA"], "name"].tolist() == ["France", "Italy"]
    icews = gk.event_actors(sample_events("icews"), actors="country")
    assert icews.loc[["AFG", "RUS", "PSE"], "name"].tolist() == [
        "Afghanistan",
        "Russia",
        "Palestine",
    ]
    names = {*gdelt1["name"], *gdelt2["name"], *icews["name"]}
    assert not names & {"BEIRUT", "ODESSA", "AFGHAN", "PARIS", "ITALIAN", "Citizen (Afghanistan)"}


def test_the_same_country_has_the_same_id_in_gdelt_1_gdelt_2_and_icews(sample_events):
    ids = {
        f: set(gk.event_actors(sample_events(f), actors="country").index)
        for f in ("gdelt1", "gdelt2", "icews")
    }
    shared = ids["gdelt1"] & ids["gdelt2"] & ids["icews"]
    assert {"USA", "RUS", "CHN", "GBR", "JPN", "AUS", "CAN"} <= shared
    # ICEWS writes "Russian Federation" and "Russia", GDELT RUS: one id
    assert not {"Russia", "Russian Federation", "United States"} & ids["icews"]


def test_code_ids_are_countries_roles_bodies_and_named_actors(sample_events):
    gdelt2 = gk.event_actors(sample_events("gdelt2"))
    assert gdelt2.loc["RUS+GOV", ["name", "kind", "country", "role"]].tolist() == [
        "Russia: government",
        "government",
        "RUS",
        "GOV",
    ]
    # IGOEUREEC and IGOUNODEVWBK are bodies of the table; AFGINSTAL the Taliban
    assert gdelt2.loc["EU", "name"] == "European Union" and "IGOEUREEC" not in gdelt2.index
    assert gdelt2.loc["WORLD_BANK", "name"] == "World Bank"
    assert gdelt2.loc["TAL", ["name", "kind", "country", "role"]].tolist() == [
        "Taliban",
        "armed_group",
        "AFG",
        "INS",
    ]
    icews = gk.event_actors(sample_events("icews"))
    # ICEWS sector actors are their country's role, the same ids as GDELT's
    assert icews.loc[["IND+COP", "IND+CVL", "AFG+CVL"], "name"].tolist() == [
        "India: police",
        "India: civilians",
        "Afghanistan: civilians",
    ]
    assert "Police (India)" not in icews.index and "Citizen (India)" not in icews.index
    # a person stays a person, with a country; bodies are the table's ids
    assert icews.loc["Kim Yong-chol", ["name", "kind", "country", "role"]].tolist() == [
        "Kim Yong-chol",
        "person",
        "PRK",
        "GOV",
    ]
    assert icews.loc[["EU", "UN", "ASEAN"], "kind"].tolist() == ["organisation"] * 3
    assert "RUS" in icews.index and "Russia" not in icews.index
    assert "EU" in gdelt2.index and "EU" in icews.index  # one EU in both


def test_no_generic_role_is_an_actor_unless_asked(sample_events):
    events = sample_events("gdelt2")
    relations = gk.aggregate_events(events)
    named = set(relations.source) | set(relations.target)
    assert not named & GENERIC_GDELT2
    assert not named & {"BUS+", "COMPANY", "MEDIA"}
    rows = raw_rows(SAMPLES["gdelt2"], header=False)
    # an event is generic when a side's code is one of these and neither side is blank
    generic = [r for r in rows if r[5] and r[15] and {r[5], r[15]} & GENERIC_GDELT2]
    assert relations.attrs["policy"]["fates"]["generic actor"] == len(generic) == 121
    kept = gk.aggregate_events(events, keep_generic=True)
    assert {"BUS", "MED", "CVL"} <= set(kept.source) | set(kept.target)
    assert kept.attrs["policy"]["fates"]["generic actor"] == 0
    assert kept.events.sum() > relations.events.sum()
    table = gk.event_actors(events, keep_generic=True, relations=kept)
    assert table.loc["BUS", "name"] == "Company"  # the rows' own name (COMPANY)


def test_icews_placeholder_actors_are_counted_not_actors(sample_events):
    events = sample_events("icews")
    rows = raw_rows(SAMPLES["icews"], header=True)
    unspecified = [
        r
        for r in rows
        if "Unspecified Actor" in (r["Source Name"], r["Target Name"])
        and "NA" not in (r["Source Name"], r["Target Name"])
    ]
    relations = gk.aggregate_events(events)
    assert relations.attrs["policy"]["fates"]["placeholder actor"] == len(unspecified) == 8
    assert "Unspecified Actor" not in set(gk.event_actors(events).index)


@pytest.mark.parametrize("format", ["gdelt1", "gdelt2", "icews"])
def test_sample_graphs_state_each_symmetric_relation_once(format):
    with warnings.catch_warnings():
        warnings.simplefilter("error", gk.SymmetricRelationWarning)
        for actors in ("code", "country", "country+role"):
            result = gk.events.build_event_graph(SAMPLES[format], format, actors=actors)
            assert result.graph.number_of_edges() == len(result.relations) > 0


def test_a_symmetric_type_is_one_relation_per_pair_with_both_directions_events(engine, tmp_path):
    columns = SOURCES["gdelt2"].columns
    at = {c: i for i, c in enumerate(columns)}

    def row(event_id, a, b, code):
        cells = [""] * len(columns)
        values = {
            "GLOBALEVENTID": event_id,
            "SQLDATE": "20240305",
            "Actor1Code": a,
            "Actor1CountryCode": a,
            "Actor2Code": b,
            "Actor2CountryCode": b,
            "IsRootEvent": "1",
            "EventCode": code,
            "EventRootCode": code[:2],
            "QuadClass": "1" if code < "06" else "4",
            "GoldsteinScale": "1.0" if code < "06" else "-10.0",
            "NumMentions": "1",
            "NumSources": "1",
            "NumArticles": "1",
            "SOURCEURL": f"https://news.example/{event_id}",
        }
        for name, value in values.items():
            cells[at[name]] = value
        return "\t".join(cells)

    rows = [
        row("1", "TUR", "SYR", "040"),  # Turkey consults Syria
        row("2", "SYR", "TUR", "040"),  # and Syria Turkey: one consultation pair
        row("3", "SYR", "TUR", "042"),
        row("4", "TUR", "SYR", "190"),  # fighting, also symmetric
        row("5", "TUR", "SYR", "183"),  # an attack keeps its direction
    ]
    path = tmp_path / "events.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    relations = gk.aggregate_events(gk.read_events(path, format="gdelt2"), period=None)
    table = relations.set_index("relation")[["source", "target", "events", "directed"]]
    assert table.to_dict("index") == {
        "attacks": {"source": "TUR", "target": "SYR", "events": 1, "directed": True},
        "consults": {"source": "SYR", "target": "TUR", "events": 3, "directed": False},
        "fights": {"source": "SYR", "target": "TUR", "events": 1, "directed": False},
    }
    consults = relations.set_index("relation").loc["consults"]
    assert consults.evidence.endswith(
        "symmetric: events in either direction, one relation per pair"
    )
    vocabulary = gk.default_vocabulary()
    mapped = {r for r in gk.event_mapping("cameo").relation if r}
    assert relations.attrs["policy"]["symmetric"] == sorted(
        r for r in mapped if vocabulary.relation(r).symmetric
    )


# -- UCDP, ACLED, POLECAT shaped files ----------------------------------------------------


def ucdp_file(tmp_path) -> str:
    columns = SOURCES["ucdp"].columns
    base = dict.fromkeys(columns, "")

    def row(id, kind, a, b, gwnoa, gwnob, country_id, deaths):
        values = {
            **base,
            "id": id,
            "year": "2020",
            "type_of_violence": kind,
            "side_a": a,
            "side_b": b,
            "gwnoa": gwnoa,
            "gwnob": gwnob,
            "country_id": country_id,
            "number_of_sources": "1",
            "source_article": f"Wire {id}",
            "date_start": "2020-03-01 00:00:00.000",
            "date_end": "2020-03-01 00:00:00.000",
            "best": deaths,
        }
        return [values[c] for c in columns]

    rows = [
        row("1", "1", "Government of Syria", "Syrian insurgents", "652", "", "652", "4"),
        row("2", "1", "Government of Afghanistan", "XXX700", "700", "", "700", "2"),
        row("3", "2", "Check dyad", "Taleban", "", "", "700", "1"),
        row("4", "3", "IS", "Civilians", "", "", "645", "7"),
        row("5", "1", "Government of Turkey", "PKK", "640", "", "640", "3"),
        row(
            "6",
            "1",
            "Government of Russia (Soviet Union)",
            "Government of Ukraine",
            "365",
            "369",
            "369",
            "9",
        ),
    ]
    return write(tmp_path / "ged.csv", columns, rows)


def test_ucdp_governments_are_their_states_and_placeholders_never_actors(engine, tmp_path):
    events = quiet_read(ucdp_file(tmp_path), "ucdp")
    relations = gk.aggregate_events(events, period=None)
    fates = relations.attrs["policy"]["fates"]
    assert fates["placeholder actor"] == 2 and fates["relation"] == 4
    actors = gk.event_actors(events, relations=relations)
    assert not {"XXX700", "Check dyad"} & set(actors.index)
    assert actors.loc["SYR+GOV", "name"] == "Syria: government"
    # by the Gleditsch-Ward number: UCDP's "Russia (Soviet Union)" is Russia (GW 365)
    assert actors.loc["RUS+GOV", "name"] == "Russia: government"
    # an armed group keeps its name, placed in the country of its events
    assert actors.loc["Syrian insurgents", ["kind", "country"]].tolist() == ["armed_group", "SYR"]
    assert actors.loc["IRQ+CVL", "name"] == "Iraq: civilians"  # one-sided violence (GW 645)
    by_country = gk.aggregate_events(events, period=None, actors="country")
    pairs = {(r.source, r.target) for r in by_country.itertuples()}
    assert ("RUS", "UKR") in pairs  # interstate: two countries
    # a civil war is domestic by country: a self-dyad, counted
    assert by_country.attrs["policy"]["fates"]["self-dyad"] == 3


ACLED_COLUMNS = SOURCES["acled"].columns


def acled_rows():
    base = dict.fromkeys(ACLED_COLUMNS, "NA")

    def row(id, kind, sub, a1, inter1, a2, inter2, deaths, country="Sudan"):
        values = {
            **base,
            "event_id_cnty": id,
            "event_date": "2023-05-02",
            "year": "2023",
            "event_type": kind,
            "sub_event_type": sub,
            "actor1": a1,
            "inter1": inter1,
            "actor2": a2,
            "inter2": inter2,
            "iso": "729",
            "country": country,
            "source": "Sudan Tribune",
            "fatalities": deaths,
            "timestamp": "1683000000",
        }
        return [values[c] for c in ACLED_COLUMNS]

    return [
        row(
            "SUD1",
            "Battles",
            "Armed clash",
            "Military Forces of Sudan (2019-)",
            "State forces",
            "Rapid Support Forces",
            "Political militia",
            "12",
        ),
        row(
            "SUD2",
            "Protests",
            "Peaceful protest",
            "Protesters (Sudan)",
            "Protesters",
            "NA",
            "NA",
            "0",
        ),
        row(
            "SUD3",
            "Protests",
            "Peaceful protest",
            "Protesters (Sudan)",
            "Protesters",
            "NA",
            "NA",
            "0",
        ),
        row(
            "SUD4",
            "Violence against civilians",
            "Attack",
            "Rapid Support Forces",
            "Political militia",
            "Civilians (Sudan)",
            "Civilians",
            "5",
        ),
        row(
            "SUD5",
            "Violence against civilians",
            "Attack",
            "Unidentified Armed Group (Sudan)",
            "Political militia",
            "Civilians (International)",
            "Civilians",
            "1",
        ),
        row(
            "SYR1",
            "Battles",
            "Armed clash",
            "Military Forces of Turkey (2016-)",
            "External/Other forces",
            "Military Forces of Syria (2000-)",
            "State forces",
            "2",
            country="Syria",
        ),
    ]


def test_an_acled_file_written_from_r_has_no_na_actor(engine, tmp_path):
    # R's write.csv and readr's write_csv write a missing value as NA
    path = write(tmp_path / "acled_r.csv", ACLED_COLUMNS, acled_rows())
    events = quiet_read(path, "acled")
    relations = gk.aggregate_events(events, period=None)
    fates = relations.attrs["policy"]["fates"]
    assert fates["no actor"] == 2  # the two protests with actor2 NA
    assert fates["generic actor"] == 1  # civilians of no country
    actors = gk.event_actors(events, relations=relations)
    assert "NA" not in actors.index and "NA" not in set(actors["name"])
    assert actors.loc["SDN+MIL", "name"] == "Sudan: military"
    assert actors.loc["Rapid Support Forces", ["kind", "country"]].tolist() == [
        "armed_group",
        "SDN",
    ]
    assert actors.loc["SDN+CVL", "name"] == "Sudan: civilians"
    assert {"TUR+MIL", "SYR+MIL"} <= set(actors.index)
    by_country = gk.aggregate_events(events, period=None, actors="country")
    assert ("SYR", "TUR") in {(r.source, r.target) for r in by_country.itertuples()}


def test_an_hdx_export_tag_row_never_makes_actors(engine, tmp_path):
    # HDX adds a second header of HXL hashtags under the column names
    tags = [
        "#event+code",
        "#date+occurred",
        "#date+year",
        "#x_precision",
        "#x_disorder",
        "#event+type",
        "#event+type+sub",
        "#group+name+first",
        "#group+name+first+assoc",
        "#x_inter1",
        "#group+name+second",
        "#group+name+second+assoc",
        "#x_inter2",
        "#x_interaction",
        "#x_civilian",
        "#country+code",
        "#region+name",
        "#country+name",
        "#adm1+name",
        "#adm2+name",
        "#adm3+name",
        "#loc+name",
        "#geo+lat",
        "#geo+lon",
        "#geo+precision",
        "#meta+source",
        "#meta+source+scale",
        "#description",
        "#affected+killed",
        "#meta+tags",
        "#date+updated",
    ]
    assert len(tags) == len(ACLED_COLUMNS)
    path = write(tmp_path / "hdx.csv", ACLED_COLUMNS, [tags, *acled_rows()])
    events = quiet_read(path, "acled")
    relations = gk.aggregate_events(events, period=None, keep_generic=True)
    actors = gk.event_actors(events, keep_generic=True)  # every event's actors
    ids = {*relations.source, *relations.target, *actors.index}
    assert not {i for i in ids if i.startswith("#")}
    from graphkit.events.actor_ids import actor_identities

    tagged = actor_identities(events).query("raw.str.startswith('#')", engine="python")
    # the reader may skip the tag row (then there is none), else its tags are placeholders
    assert set(tagged["status"]) <= {"placeholder"}
    assert sum(relations.attrs["policy"]["fates"].values()) == events.count().to_pyarrow().as_py()


def test_polecat_acled_and_ucdp_give_syria_and_turkey_the_same_ids(engine, tmp_path):
    polecat = SOURCES["polecat"].columns
    base = dict.fromkeys(polecat, "")
    rows = [
        {
            **base,
            "Event ID": "p1",
            "Event Date": "2023-05-01",
            "Event Type": "ACCUSE",
            "Event Mode": "",
            "Intensity": "-3",
            "Actor Name": "Turkey",
            "Actor Country": "TUR",
            "Primary Actor Sector": "GOV",
            "Recipient Name": "Syria",
            "Recipient Country": "SYR",
            "Primary Recipient Sector": "GOV",
            "Source": "https://news.example/p1",
        },
        {
            **base,
            "Event ID": "p2",
            "Event Date": "2023-05-02",
            "Event Type": "ACCUSE",
            "Event Mode": "",
            "Intensity": "-3",
            "Actor Name": "Recep Tayyip Erdoğan",
            "Actor Country": "TUR",
            "Primary Actor Sector": "GOV",
            "Recipient Name": "Syria",
            "Recipient Country": "SYR",
            "Primary Recipient Sector": "",
            "Source": "s2",
        },
    ]
    path = tmp_path / "polecat.tsv"
    path.write_text(
        "\t".join(polecat) + "\n" + "".join("\t".join(r[c] for c in polecat) + "\n" for r in rows),
        encoding="utf-8",
    )
    found = {}
    for format, file in (
        ("polecat", str(path)),
        ("acled", write(tmp_path / "acled.csv", ACLED_COLUMNS, acled_rows())),
        ("ucdp", ucdp_file(tmp_path)),
    ):
        found[format] = gk.event_actors(quiet_read(file, format), actors="country")
    for format, actors in found.items():
        assert actors.loc[["SYR", "TUR"], "name"].tolist() == ["Syria", "Turkey"], format
    assert set(found["polecat"].index) == {"SYR", "TUR"}
    code = gk.aggregate_events(quiet_read(str(path), "polecat"), period=None)
    # a named person stays a person; a state named as its country is the state
    assert set(code.source) == {"TUR", "Recep Tayyip Erdoğan"} and set(code.target) == {"SYR"}


def test_syria_and_gdelt_combine_on_their_common_states():
    syria, gdelt = gk.load_dataset("syria-2024"), gk.load_dataset("gdelt-2019-10")
    G = gk.combine([syria, gdelt])
    merged = Counter(d.get("reference_id") for _, d in G.nodes(data=True))
    assert merged["TUR"] == merged["USA"] == merged["RUS"] == merged["SYR"] == 1
    assert G.nodes["turkey"]["source_ids"] == "syria-2024:turkey|gdelt-2019-10:TUR"
    # the GDELT side is named from the reference table, as the hand-coded side is
    assert gdelt.nodes["TUR"]["name"] == "Turkey" and gdelt.nodes["RUS"]["name"] == "Russia"
    datasets = {d["dataset"] for u, v, d in G.edges(data=True) if "turkey" in (u, v)}
    assert datasets == {"syria-2024", "gdelt2"}
