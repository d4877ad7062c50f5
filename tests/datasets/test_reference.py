"""The reference table as the package reads it, and the lookups into it.

Expected ids are written by hand from the published lists (ISO 3166, the Gleditsch-Ward
and COW state lists, CAMEO's country and organisation codes); the exhaustive checks
compare the lookups with a plain scan of the CSV file, a second reading that shares no
code with the library's.
"""

from __future__ import annotations

import csv
import time

import numpy as np
import pandas as pd
import pytest

import graphkit as gk
from graphkit.base.data_files import data_path
from graphkit.datasets.reference import BY, label_key


def csv_rows() -> list[dict[str, str]]:
    with data_path("reference/countries.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# ---------------------------------------------------------------- countries()


def test_countries_is_the_csv_one_row_per_entity_indexed_by_id():
    rows = csv_rows()
    table = gk.countries()
    assert table.index.name == "id"
    assert table.index.tolist() == [r["id"] for r in rows]
    assert table.index.is_unique and len(table) == 321
    assert table["kind"].value_counts().to_dict() == {
        "state": 197,
        "territory": 56,
        "international_organisation": 33,
        "region": 25,
        "former_state": 10,
    }
    assert list(table.columns) == [c for c in rows[0] if c != "id"]


def test_countries_gives_a_fresh_copy_each_time():
    table = gk.countries()
    table.loc["TUR", "name"] = "changed"
    table.loc["USA", "gw_code"] = 999
    again = gk.countries()
    assert again.loc["TUR", "name"] == "Turkey" and again.loc["USA", "gw_code"] == 2


def test_countries_missing_values_are_missing_and_numbers_are_integers():
    table = gk.countries()
    assert not (table.select_dtypes(exclude="number") == "").any().any()
    assert pd.isna(table.loc["AFR", "iso2"]) and pd.isna(table.loc["PRI", "gw_code"])
    assert str(table["gw_code"].dtype) == "Int64" and str(table["cow_code"].dtype) == "Int64"
    # published values: ISO 3166-1 numeric, Gleditsch-Ward, COW
    assert table.loc["TUR", "iso_numeric"] == "792" and table.loc["AFG", "iso_numeric"] == "004"
    assert int(table.loc["USA", "gw_code"]) == 2 and int(table.loc["RUS", "gw_code"]) == 365
    assert int(table.loc["SRB", "gw_code"]) == 340 and int(table.loc["SRB", "cow_code"]) == 345


# ---------------------------------------------------------------- label_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Türkiye", "TURKIYE"),
        ("U.S.", "us"),
        ("the United States", "United States"),
        ("Côte d’Ivoire", "Cote d'Ivoire"),
        ("Guinea-Bissau", "guinea  bissau"),
        ("Trinidad & Tobago", "Trinidad and Tobago"),
        ("Democratic Republic of the Congo", "Democratic Republic of Congo"),
    ],
)
def test_label_key_ignores_case_accents_punctuation_and_the(one, other):
    assert label_key(one) == label_key(other)


@pytest.mark.parametrize(("one", "other"), [("Niger", "Nigeria"), ("Dominica", "Dominican")])
def test_label_key_keeps_different_words_apart(one, other):
    assert label_key(one) != label_key(other)


# ---------------------------------------------------------------- resolve_countries


@pytest.mark.parametrize(
    ("value", "expected", "field"),
    [
        ("Turkey", "TUR", "name"),
        ("TÜRKIYE", "TUR", "aliases"),
        ("the U.S.A.", "USA", "aliases"),
        ("Cote d'Ivoire", "CIV", "aliases"),
        ("Republic of Côte d’Ivoire", "CIV", "official_name"),
        ("Burma", "MMR", "aliases"),
        ("Russian Federation", "RUS", "official_name"),
        ("Kremlin", "RUS", "capitals"),
        ("Damascus", "SYR", "capitals"),
        ("Syrian", "SYR", "demonyms"),
        ("Soviet", "SUN", "demonyms"),
        ("United Nations", "UN", "name"),
        ("North Atlantic Treaty Organisation", "NATO", "aliases"),
        ("Middle East", "MEA", "name"),
        ("Serbia (Yugoslavia)", "SRB", "ucdp_name"),
        ("eSwatini", "SWZ", "name"),
    ],
)
def test_resolve_a_label(value, expected, field):
    found = gk.resolve_countries([value]).iloc[0]
    assert (found["id"], found["field"]) == (expected, field)
    assert pd.isna(found["candidates"])


@pytest.mark.parametrize(
    ("value", "candidates"), [("Congolese", "COD|COG"), ("dominican", "DMA|DOM")]
)
def test_an_ambiguous_label_resolves_to_no_row_and_lists_its_rows(value, candidates):
    found = gk.resolve_countries([value]).iloc[0]
    assert pd.isna(found["id"]) and found["candidates"] == candidates
    assert found["field"] == "demonyms"


def test_unknown_and_missing_values_resolve_to_nothing():
    found = gk.resolve_countries(["Atlantis", "", None, np.nan, "the", 42])
    assert found.isna().all().all()


@pytest.mark.parametrize(
    ("value", "expected", "field"),
    [
        ("TUR", "TUR", "id"),
        (" tur ", "TUR", "id"),
        ("ROM", "ROU", "cameo_variants"),  # CAMEO's code for Romania before 2002
        ("ZAR", "COD", "former_codes"),  # Zaire
        ("BUR", "MMR", "former_codes"),
        ("KSV", "XKX", "cameo"),  # CAMEO's Kosovo
        ("WSB", "PSE", "cameo_variants"),
        ("UNO", "UN", "cameo"),
        ("NAT", "NATO", "cameo"),
        ("IGOWSTNAT", "NATO", "cameo_actor"),
        ("AFR", "AFR", "id"),
        ("MEA", "MEA", "id"),
    ],
)
def test_resolve_a_code(value, expected, field):
    found = gk.resolve_countries([value], by="code").iloc[0]
    assert (found["id"], found["field"]) == (expected, field)


def test_a_label_is_not_a_code_and_a_code_not_a_label():
    assert pd.isna(gk.resolve_countries(["Turkey"], by="code")["id"].iloc[0])
    assert pd.isna(gk.resolve_countries(["ZAR"], by="label")["id"].iloc[0])


def test_resolve_numbers_however_written():
    found = gk.resolve_countries([4, "004", "4", 4.0, np.int16(4), 792], by="iso_numeric")
    assert found["id"].tolist() == ["AFG"] * 5 + ["TUR"]
    gw = gk.resolve_countries([2, 365, 640, 652, 340, 345], by="gw")["id"].tolist()
    assert gw == ["USA", "RUS", "TUR", "SYR", "SRB", "YUG"]
    cow = gk.resolve_countries([2, 365, 640, 345], by="cow")["id"].tolist()
    assert cow == ["USA", "RUS", "TUR", "SRB"]


def test_numbers_that_are_not_whole_or_not_numbers_resolve_to_nothing():
    found = gk.resolve_countries([2.5, True, "2a", "", "٢", float("inf")], by="gw")
    assert found["id"].isna().all()


def test_a_number_of_two_rows_is_ambiguous():
    found = gk.resolve_countries([891], by="iso_numeric").iloc[0]
    assert pd.isna(found["id"]) and found["candidates"] == "SCG|YUG"


def test_the_dataset_name_lookups_take_only_that_datasets_names():
    assert gk.resolve_countries(["Russian Federation"], by="icews")["id"].iloc[0] == "RUS"
    assert pd.isna(gk.resolve_countries(["Russia"], by="icews")["id"].iloc[0])
    assert gk.resolve_countries(["Myanmar (Burma)"], by="ucdp")["id"].iloc[0] == "MMR"
    assert pd.isna(gk.resolve_countries(["Burma"], by="ucdp")["id"].iloc[0])
    assert gk.resolve_countries(["eSwatini"], by="acled")["id"].iloc[0] == "SWZ"
    assert pd.isna(gk.resolve_countries(["Swaziland"], by="acled")["id"].iloc[0])
    assert gk.resolve_countries(["TR"], by="iso2")["id"].iloc[0] == "TUR"
    assert gk.resolve_countries(["GMY"], by="cow_abbrev")["id"].iloc[0] == "DEU"


def test_a_series_keeps_its_index_and_the_columns_are_text():
    values = pd.Series(["Syria", "nowhere"], index=[10, 20])
    found = gk.resolve_countries(values)
    assert found.index.tolist() == [10, 20]
    assert list(found.columns) == ["id", "field", "candidates"]
    assert all(pd.api.types.is_string_dtype(found[c]) for c in found.columns)
    assert gk.resolve_countries("Syria")["id"].tolist() == ["SYR"]


def test_an_unknown_by_is_refused_with_the_closest():
    with pytest.raises(ValueError, match=r"unknown by='lable' \(did you mean 'label'\?\)"):
        gk.resolve_countries(["Syria"], by="lable")


def scanned(by: str) -> dict[object, set[str]]:
    """Every key of a lookup and the ids it names, by a plain scan of the CSV file."""
    numeric = by in ("iso_numeric", "gw", "cow")
    keys: dict[object, set[str]] = {}
    for row in csv_rows():
        for field in BY[by]:
            for value in row[field].split("|"):
                if not value:
                    continue
                if numeric:
                    key: object = int(value)
                elif by in ("label", "icews", "ucdp", "acled"):
                    key = label_key(value)
                else:
                    key = value.upper()
                keys.setdefault(key, set()).add(row["id"])
    return keys


@pytest.mark.parametrize("by", list(BY))
def test_every_value_of_the_table_resolves_to_its_row_or_is_listed_ambiguous(by):
    rows = csv_rows()
    keys = scanned(by)
    values, owners = [], []
    for row in rows:
        for field in BY[by]:
            for value in row[field].split("|"):
                if value:
                    values.append(int(value) if by in ("iso_numeric", "gw", "cow") else value)
                    owners.append(row["id"])
    found = gk.resolve_countries(values, by=by)
    for value, owner, entity, candidates in zip(
        values, owners, found["id"], found["candidates"], strict=True
    ):
        key = (
            value
            if isinstance(value, int)
            else label_key(value)
            if by in ("label", "icews", "ucdp", "acled")
            else value.upper()
        )
        if len(keys[key]) == 1:
            assert entity == owner, (by, value)
        else:
            assert pd.isna(entity) and candidates == "|".join(sorted(keys[key])), (by, value)


def test_the_only_ambiguous_labels_are_those_sources_md_lists():
    ambiguous = {k for k, ids in scanned("label").items() if len(ids) > 1}
    assert ambiguous == {"congolese", "dominican"}


def test_a_million_labels_resolve_in_well_under_a_second():
    labels = [
        part
        for row in csv_rows()
        for field in BY["label"]
        for part in row[field].split("|")
        if part
    ]
    labels += ["Atlantis", "Congolese", None]
    rng = np.random.default_rng(17)
    values = pd.Series(np.array(labels, dtype=object)[rng.integers(0, len(labels), 1_000_000)])
    expected = gk.resolve_countries(pd.Series(labels, dtype=object))["id"].fillna("-")
    lookup = {
        ("-" if label is None else label): e for label, e in zip(labels, expected, strict=True)
    }
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        found = gk.resolve_countries(values)
        timings.append(time.perf_counter() - start)
    assert found["id"].fillna("-").tolist() == [lookup[v] for v in values.fillna("-").tolist()]
    assert min(timings) < 1.0, timings


# ---------------------------------------------------------------- country_actors


def test_country_actors_is_an_actors_table_build_graph_accepts():
    actors = gk.country_actors(["TUR", "UN", "MEA", "PRI", "SUN", "TUR"])
    assert actors.index.tolist() == ["TUR", "UN", "MEA", "PRI", "SUN"]
    assert actors["kind"].tolist() == ["state", "organisation", "region", "state", "state"]
    assert actors["reference_kind"].tolist() == [
        "state",
        "international_organisation",
        "region",
        "territory",
        "former_state",
    ]
    assert actors.loc["TUR", "country"] == "TUR" and pd.isna(actors.loc["UN", "country"])
    assert actors.loc["TUR", "aliases"] == "Republic of Türkiye|Türkiye"
    assert actors.loc["SUN", "aliases"] == "Union of Soviet Socialist Republics|USSR|U.S.S.R."
    relations = pd.DataFrame({"source": ["TUR"], "target": ["UN"], "relation": ["consults"]})
    G = gk.build_graph(actors, relations)
    assert G.nodes["UN"]["name"] == "United Nations" and G.nodes["MEA"]["place"] is True


def test_country_actors_without_ids_is_every_row():
    assert gk.country_actors().index.tolist() == gk.countries().index.tolist()


def test_country_actors_refuses_unknown_ids_listing_each():
    with pytest.raises(gk.DataError) as caught:
        gk.country_actors(["TUR", "TURK", "Turkey", "ZAR"])
    message = str(caught.value)
    assert "3 problems" in message
    assert "got 'TURK'; expected an id of the reference table (gk.countries()) " in message
    assert "(did you mean 'TUR'?)" in message
    assert (
        "got 'Turkey'; expected an id of the reference table (gk.countries()) ('Turkey' is TUR)"
        in message
    )
    assert (
        "got 'ZAR'; expected an id of the reference table (gk.countries()) ('ZAR' is COD)"
        in message
    )
