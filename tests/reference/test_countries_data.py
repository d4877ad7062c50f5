"""Checks on the data in ``graphkit/data/reference/countries.csv`` (no graphkit code involved).

Expected values in the spot checks are copied by hand from the published lists (the
Gleditsch-Ward and COW state lists, ISO 3166, ICEWS/UCDP/ACLED country names, CAMEO's
code lists), not from the table itself.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "graphkit" / "data" / "reference" / "countries.csv"
TOOLS = ROOT / "tools" / "reference"
SOURCES = TOOLS / "sources"
CURATED = TOOLS / "curated"
KINDS = {"state", "former_state", "territory", "international_organisation", "region"}
# ids outside ISO 3166 chosen by the documented rule (SOURCES.md)
DOCUMENTED_NON_ISO = {"XKX", "YAR", "RVN", "ZAN", "ABK", "SOS"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text).replace("'", "")
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def _read(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


@pytest.fixture(scope="module")
def rows() -> dict[str, dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        data = list(csv.DictReader(fh))
    ids = [r["id"] for r in data]
    assert len(ids) == len(set(ids)), "ids are not unique"
    return {r["id"]: r for r in data}


@pytest.fixture(scope="module")
def iso() -> tuple[dict[str, dict[str, str]], set[str]]:
    iso1 = json.loads((SOURCES / "pycountry" / "iso3166-1.json").read_text(encoding="utf-8"))
    iso3 = json.loads((SOURCES / "pycountry" / "iso3166-3.json").read_text(encoding="utf-8"))
    return {e["alpha_3"]: e for e in iso1["3166-1"]}, {e["alpha_3"] for e in iso3["3166-3"]}


def test_file_is_utf8_lf_and_sorted_by_id() -> None:
    raw = TABLE.read_bytes()
    raw.decode("utf-8")
    assert b"\r" not in raw
    assert raw.endswith(b"\n")
    with TABLE.open(encoding="utf-8", newline="") as fh:
        ids = [r["id"] for r in csv.DictReader(fh)]
    assert ids == sorted(ids)


def test_ids_are_iso_or_documented_and_never_collide(rows, iso) -> None:
    iso1, iso3 = iso
    for rid, r in rows.items():
        assert r["kind"] in KINDS, rid
        if r["kind"] == "international_organisation":
            assert re.fullmatch(r"[A-Z][A-Z0-9_]+", rid), rid
            assert rid not in iso1 and rid not in iso3, f"organisation id {rid} is an ISO code"
            continue
        assert re.fullmatch(r"[A-Z]{3}", rid), rid
        if r["kind"] == "region":
            assert rid not in iso1 and rid not in iso3, f"region id {rid} is an ISO code"
        elif r["iso2"]:
            assert iso1[rid]["alpha_2"] == r["iso2"], rid
        elif rid in DOCUMENTED_NON_ISO:
            assert rid not in iso1 and rid not in iso3, f"documented id {rid} is an ISO code"
        else:
            assert rid in iso3, f"{rid} is neither ISO 3166-1, ISO 3166-3 nor documented"


def test_every_current_iso_country_is_present(rows, iso) -> None:
    iso1, _ = iso
    assert len(iso1) == 249
    missing = sorted(set(iso1) - set(rows))
    assert missing == []
    for a3, e in iso1.items():
        assert rows[a3]["iso2"] == e["alpha_2"]
        assert rows[a3]["iso_numeric"] == e["numeric"]
        assert rows[a3]["kind"] in {"state", "territory"}


def test_no_label_shared_by_two_rows_unless_listed(rows) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for rid, r in rows.items():
        for v in [r["name"], *_split(r["aliases"]), *_split(r["demonyms"]), *_split(r["capitals"])]:
            owners[_norm(v)].add(rid)
    listed = {_norm(a["value"]): set(_split(a["ids"])) for a in _read(CURATED / "ambiguities.csv")}
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert {k: v for k, v in shared.items() if k not in listed} == {}
    # and the exceptions list itself: each entry is shared by exactly the rows it names
    assert listed, "the list of known ambiguities is empty"
    for value, ids in listed.items():
        assert owners[value] == ids, value
        assert all(a["why"].strip() for a in _read(CURATED / "ambiguities.csv"))


def test_gw_and_cow_codes_are_unique_numbers(rows) -> None:
    for column in ("gw_code", "cow_code", "cameo"):
        seen: dict[str, str] = {}
        for rid, r in rows.items():
            v = r[column]
            if not v:
                continue
            if column != "cameo":
                assert re.fullmatch(r"[1-9][0-9]{0,2}", v), (rid, column, v)
            assert v not in seen, f"{column} {v} on {seen.get(v)} and {rid}"
            seen[v] = rid


def test_columns_are_well_formed(rows) -> None:
    for rid, r in rows.items():
        assert r["name"], rid
        assert r["iso_numeric"] == "" or re.fullmatch(r"[0-9]{3}", r["iso_numeric"]), rid
        for col in ("start", "end"):
            assert r[col] == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[col]), (rid, col)
        if r["kind"] == "former_state":
            assert r["end"], f"former state {rid} has no end date"
        for code in _split(r["cameo_regions"]):
            assert rows[code]["kind"] == "region", (rid, code)
        if r["part_of"]:
            assert rows[r["part_of"]]["kind"] == "state", (rid, r["part_of"])
        for v in r.values():
            assert v[:1] not in ("=", "+", "-", "@"), (rid, v)


@pytest.mark.parametrize(
    ("rid", "column", "expected"),
    [
        ("LBN", "name", "Lebanon"),
        ("COD", "name", "Democratic Republic of the Congo"),
        ("RUS", "name", "Russia"),
        ("USA", "name", "United States"),
        ("GBR", "name", "United Kingdom"),
        ("RUS", "icews_name", "Russian Federation"),  # ICEWS events name Russia so
        ("PSE", "icews_name", "Occupied Palestinian Territory"),
        ("PSE", "acled_name", "Palestine"),  # acledR's acled_countries
        ("COD", "ucdp_name", "DR Congo (Zaire)"),  # UCDP ACD location name
        ("COD", "acled_name", "Democratic Republic of Congo"),
        ("RUS", "gw_code", "365"),  # GW: 365 RUS Russia (Soviet Union)
        ("RUS", "cow_code", "365"),  # COW: RUS,365,Russia
        ("USA", "gw_code", "2"),
        ("SYR", "gw_code", "652"),
        ("TUR", "gw_code", "640"),
        ("ISR", "gw_code", "666"),
        ("IRN", "gw_code", "630"),
        ("XKX", "gw_code", "347"),  # GW: 347 KOS Kosovo 17:02:2008
        ("XKX", "cow_code", "347"),
        ("YEM", "gw_code", "678"),  # GW continues the Yemen Arab Republic's 678
        ("YEM", "cow_code", "679"),  # COW: YEM,679,Yemen from 1990
        ("DEU", "gw_code", "260"),  # GW: 260 GFR German Federal Republic
        ("DEU", "cow_code", "255"),  # COW: GMY,255,Germany since 1990
        ("DEU", "cow_abbrev", "GMY"),
        ("PSE", "iso_numeric", "275"),
        ("LBN", "iso_numeric", "422"),
        ("USA", "cameo", "USA"),
        ("UN", "cameo", "UNO"),  # CAMEO manual table 3.4
        ("NATO", "cameo_actor", "IGOWSTNAT"),  # PETRARCH: NATO_ [IGOWSTNAT]
        ("EU", "cameo_actor", "IGOEUREEC"),
        ("AFR", "kind", "region"),
        ("SUN", "kind", "former_state"),
    ],
)
def test_spot_values_from_the_published_lists(rows, rid, column, expected) -> None:
    assert rows[rid][column] == expected


@pytest.mark.parametrize(
    ("rid", "column", "member"),
    [
        ("LBN", "capitals", "Beirut"),
        ("COD", "aliases", "DR Congo"),
        ("COD", "aliases", "DRC"),
        ("COD", "aliases", "Congo-Kinshasa"),
        ("ARE", "aliases", "UAE"),
        ("USA", "aliases", "US"),
        ("USA", "aliases", "U.S."),
        ("USA", "aliases", "America"),
        ("GBR", "aliases", "Britain"),
        ("IRN", "demonyms", "Iranian"),
        ("ARE", "demonyms", "Emirati"),
        ("SAU", "demonyms", "Saudi"),
        ("ISR", "demonyms", "Israeli"),
        ("ROU", "cameo_variants", "ROM"),  # GDELT's CAMEO.country.txt writes ROM
        ("TLS", "former_codes", "TMP"),  # ISO 3166-3
        ("SAU", "cameo_regions", "MEA"),
    ],
)
def test_spot_members(rows, rid, column, member) -> None:
    assert member in _split(rows[rid][column])


def test_text_extractor_table_is_covered(rows) -> None:
    # the text extractor's own country table, retired when text moved to this one (its
    # copy is kept as a build source): every name, demonym and capital it knew is here
    path = ROOT / "tools" / "reference" / "sources" / "graphkit" / "text_countries.csv"
    missing = []
    for t in _read(path):
        r = rows[t["country"]]
        have = {
            _norm(v)
            for v in [
                r["name"],
                *_split(r["aliases"]),
                *_split(r["demonyms"]),
                *_split(r["capitals"]),
            ]
        }
        for col in ("names", "demonyms", "capitals"):
            missing += [(t["country"], col, v) for v in _split(t[col]) if _norm(v) not in have]
    assert missing == []


def test_build_script_reproduces_the_committed_csv_byte_for_byte(tmp_path) -> None:
    out = tmp_path / "countries.csv"
    done = subprocess.run(
        [sys.executable, str(TOOLS / "build_countries.py"), "--output", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == TABLE.read_bytes()


def test_build_script_names_the_file_and_line_of_a_bad_override(tmp_path) -> None:
    copy = tmp_path / "tools" / "reference"
    shutil.copytree(TOOLS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    overrides = copy / "curated" / "overrides.csv"
    n = len(overrides.read_text(encoding="utf-8").splitlines()) + 1
    with overrides.open("a", encoding="utf-8") as fh:
        fh.write("QQQ,aliases,add,Nowhere,a test\nLBN,capitals,remove,Atlantis,a test\n")
    done = subprocess.run(
        [sys.executable, str(copy / "build_countries.py"), "--output", str(tmp_path / "x.csv")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert f"curated/overrides.csv line {n}: unknown id 'QQQ'" in done.stderr
    assert (
        f"curated/overrides.csv line {n + 1}: LBN capitals has no 'Atlantis' to remove"
        in done.stderr
    )
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.csv").exists()


def _sample(name: str) -> Path | None:
    for folder in (ROOT / "data" / "samples", ROOT / "graphkit" / "data" / "samples"):
        if (folder / name).exists():
            return folder / name
    return None


def test_icews_sample_country_names_all_resolve(rows) -> None:
    path = _sample("icews_sample.tsv")
    if path is None:
        pytest.skip("ICEWS sample not in this checkout")
    with path.open(encoding="utf-8", newline="") as fh:
        names = {
            r[k]
            for r in csv.DictReader(fh, delimiter="\t")
            for k in ("Source Country", "Target Country", "Country")
        }
    known = {r["icews_name"] for r in rows.values()}
    assert "Russian Federation" in names and "Occupied Palestinian Territory" in names
    assert sorted(names - known - {"NA"}) == []


@pytest.mark.parametrize("name", ["gdelt1_sample.tsv", "gdelt2_sample.tsv"])
def test_gdelt_sample_country_and_organisation_codes_all_resolve(rows, name) -> None:
    path = _sample(name)
    if path is None:
        pytest.skip("GDELT sample not in this checkout")
    codes = {c for r in rows.values() for c in [r["cameo"], *_split(r["cameo_variants"])] if c}
    seen, missing = set(), set()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            for first in (5, 15):  # Actor1Code, Actor2Code blocks
                country, group = row[first + 2], row[first + 3]
                seen.update(c for c in (country, group) if c)
                if country and country not in codes:
                    missing.add(country)
                if group and group not in codes and group != "TAL":  # Taliban: not a state or body
                    missing.add(group)
    assert len(seen) > 50
    assert sorted(missing) == []
