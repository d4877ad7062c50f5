"""Build ``graphkit/data/reference/countries.csv`` from the pinned inputs in this folder.

Offline and deterministic: reads only ``tools/reference/sources/`` (vendored copies of
upstream files, see ``graphkit/data/reference/SOURCES.md``) and ``tools/reference/curated/``
(hand-made tables, each row with a ``why``), and writes the same bytes every run.

    python tools/reference/build_countries.py            # write the CSV
    python tools/reference/build_countries.py --check    # exit 1 if the committed CSV differs

Every problem found in the inputs is collected and reported together (file, row, value,
what was expected); nothing is dropped silently.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
CURATED = HERE / "curated"
ROOT = HERE.parent.parent
OUTPUT = ROOT / "graphkit" / "data" / "reference" / "countries.csv"

COLUMNS = [
    "id",
    "name",
    "kind",
    "official_name",
    "aliases",
    "demonyms",
    "capitals",
    "part_of",
    "iso2",
    "iso_numeric",
    "former_codes",
    "cameo",
    "cameo_variants",
    "cameo_actor",
    "cameo_regions",
    "gw_code",
    "cow_code",
    "cow_abbrev",
    "icews_name",
    "ucdp_name",
    "acled_name",
    "start",
    "end",
]
LABEL_COLUMNS = ("aliases", "demonyms", "capitals")
KINDS = ("state", "former_state", "territory", "international_organisation", "region")
# state lists: entries that ended before this date are outside the table's scope
STATE_LIST_SCOPE = "1946-01-01"
MATCHES = "curated/name_matches.csv"
GENERIC_WORDS = {
    "and", "arab", "commonwealth", "democratic", "federal", "federation", "islamic", "kingdom",
    "of", "people's", "peoples", "plurinational", "republic", "socialist", "state", "the",
    "union", "united", "bolivarian", "hashemite", "grand", "duchy", "principality", "sultanate",
}  # fmt: skip
SMALL_WORDS = {"of", "the", "and", "de", "da", "du", "la", "le", "al", "el", "es"}
DEMONYM_SUFFIXES = ("an", "ese", "ish", "i", "ss", "ot", "er")


class InputError(Exception):
    """All problems found in the inputs, one per line."""


def norm(text: str) -> str:
    """Case-, accent- and punctuation-blind key used to compare names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text).replace("'", "")
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV whose first lines may be ``#`` comments (vendored extracts)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines) + "\n")))


def split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def iso_date(day: str, month: str, year: str) -> str:
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


class Table:
    """Rows under construction, keyed by id, with the problems found so far."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, str]] = {}
        self.labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.problems: list[str] = []

    def add_row(self, row: dict[str, str], where: str) -> None:
        if row["id"] in self.rows:
            self.problems.append(f"{where}: id {row['id']!r} already defined")
            return
        full = dict.fromkeys(COLUMNS, "")
        full.update({k: v for k, v in row.items() if k in COLUMNS})
        self.rows[row["id"]] = full

    def add_label(self, rid: str, column: str, value: str) -> None:
        value = re.sub(r"\s+", " ", value).strip()
        if not value or rid not in self.rows:
            return
        known = {norm(v) for c in LABEL_COLUMNS for v in self.labels[rid][c]}
        known.add(norm(self.rows[rid]["name"]))
        if norm(value) in known and column != "capitals":
            return
        if norm(value) in {norm(v) for v in self.labels[rid][column]}:
            return
        self.labels[rid][column].append(value)

    def set(self, rid: str, column: str, value: str, where: str) -> None:
        if rid not in self.rows:
            self.problems.append(f"{where}: unknown id {rid!r}")
            return
        if self.rows[rid][column] and self.rows[rid][column] != value:
            self.problems.append(
                f"{where}: {rid} {column} is {self.rows[rid][column]!r} already, not {value!r}"
            )
            return
        self.rows[rid][column] = value


# ----------------------------------------------------------------------------------------
# ISO 3166 (pycountry's data) and datasets/country-codes


def _the(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


def _official(e: dict[str, str], extra: dict[str, str]) -> str:
    """ISO's official name, else the UN's formal name (UNTERM), else ISO's short name."""
    formal = re.sub(r"\s*\*+$", "", extra["UNTERM English Formal"]).strip()
    return _the(e.get("official_name", "")) or _the(formal) or e["name"]


def load_iso(t: Table) -> dict[str, str]:
    """ISO 3166-1 rows; returns alpha-2 -> alpha-3 for resolving ``part_of``."""
    iso1 = json.loads((SOURCES / "pycountry" / "iso3166-1.json").read_text(encoding="utf-8"))
    cc = {
        r["ISO3166-1-Alpha-3"]: r for r in read_csv(SOURCES / "country-codes" / "country-codes.csv")
    }
    text = {r["country"]: r for r in read_csv(SOURCES / "graphkit" / "text_countries.csv")}
    a2 = {}
    for e in iso1["3166-1"]:
        a3 = e["alpha_3"]
        a2[e["alpha_2"]] = a3
        extra = cc.get(a3)
        if extra is None:
            t.problems.append(f"country-codes.csv: no row for ISO alpha-3 {a3}")
            continue
        cldr = extra["CLDR display name"].replace(" & ", " and ").replace("St. ", "Saint ")
        own = split(text[a3]["names"]) if a3 in text else []
        name = own[0] if own else e.get("common_name") or cldr
        independent = extra["is_independent"]
        t.add_row(
            {
                "id": a3,
                "name": name,
                "kind": "state" if independent == "Yes" else "territory",
                "official_name": _official(e, extra),
                "iso2": e["alpha_2"],
                "iso_numeric": e["numeric"],
                "cameo": "",
            },
            f"iso3166-1.json {a3}",
        )
        for alias in [*own[1:], e["name"], e.get("common_name", ""), cldr]:
            if alias and "," not in alias:
                t.add_label(a3, "aliases", alias)
        short = re.sub(r"\s*(\(the\))?\s*\**$", "", extra["UNTERM English Short"]).strip()
        if short:
            t.add_label(a3, "aliases", short)
        if a3 in text:
            for d in split(text[a3]["demonyms"]):
                t.add_label(a3, "demonyms", d)
            for c in split(text[a3]["capitals"]):
                t.add_label(a3, "capitals", c)
        capital = extra["Capital"].strip()
        if (
            capital
            and norm(capital) != norm(name)
            and norm(capital) not in {norm(a) for a in t.labels[a3]["aliases"]}
        ):
            t.add_label(a3, "capitals", capital)
        m = re.fullmatch(
            r"(?:Territory|Territories|Part|Commonwealth|Crown dependency) of ([A-Z]{2})"
            r"|Associated with ([A-Z]{2})",
            independent,
        )
        if m:
            t.rows[a3]["_part_of_a2"] = m.group(1) or m.group(2)
    for row in t.rows.values():
        if "_part_of_a2" in row:
            row["part_of"] = a2[row.pop("_part_of_a2")]
    return a2


def load_entities(t: Table) -> None:
    for i, r in enumerate(read_csv(CURATED / "entities.csv"), start=2):
        where = f"curated/entities.csv line {i}"
        if r["kind"] not in KINDS:
            t.problems.append(f"{where}: kind {r['kind']!r}, expected one of {KINDS}")
        t.add_row(
            {
                k: r[k]
                for k in (
                    "id",
                    "name",
                    "kind",
                    "official_name",
                    "part_of",
                    "iso_numeric",
                    "start",
                    "end",
                )
            },
            where,
        )
        for col in LABEL_COLUMNS:
            for v in split(r[col]):
                t.add_label(r["id"], col, v)


def load_iso3(t: Table) -> None:
    """Withdrawn ISO 3166-3 codes: renamed states give ``former_codes`` and a historic alias."""
    iso3 = {
        e["alpha_3"]: e
        for e in json.loads((SOURCES / "pycountry" / "iso3166-3.json").read_text(encoding="utf-8"))[
            "3166-3"
        ]
    }
    for i, r in enumerate(read_csv(CURATED / "renamed_codes.csv"), start=2):
        where = f"curated/renamed_codes.csv line {i}"
        if r["id"] not in t.rows:
            t.problems.append(f"{where}: unknown id {r['id']!r}")
            continue
        codes = [*split(t.rows[r["id"]]["former_codes"]), r["code"]]
        t.rows[r["id"]]["former_codes"] = "|".join(sorted(codes))
        if r["code"] in iso3:
            t.add_label(r["id"], "aliases", iso3[r["code"]]["name"].split(",")[0])
        elif r["code"] != "ROM":
            t.problems.append(f"{where}: {r['code']} is not an ISO 3166-3 code")


# ----------------------------------------------------------------------------------------
# Gleditsch-Ward and COW state lists


def _matches(source: str) -> dict[str, str]:
    out = {}
    for r in read_csv(CURATED / "name_matches.csv"):
        if r["source"] == source:
            out[r["key"]] = r["id"]
    return out


def _auto_id(t: Table, name: str, index: dict[str, set[str]]) -> str | None:
    for candidate in (name, re.sub(r"\s*\(.*\)", "", name), name.split("/")[0]):
        ids = index.get(norm(candidate), set())
        if len(ids) == 1:
            return next(iter(ids))
    return None


def name_index(t: Table) -> dict[str, set[str]]:
    idx: dict[str, set[str]] = defaultdict(set)
    for rid, row in t.rows.items():
        if row["kind"] in ("international_organisation", "region"):
            continue
        for v in [row["name"], row["official_name"], *t.labels[rid]["aliases"]]:
            idx[norm(v)].add(rid)
    return idx


def load_gw(t: Table, idx: dict[str, set[str]]) -> None:
    fixed = _matches("gw")
    best: dict[str, tuple[str, str, str, str]] = {}
    for fname in ("iisystem.dat", "microstatessystem.dat"):
        text = (SOURCES / "gleditsch-ward" / fname).read_bytes().decode("cp1252")
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            code, _abbrev, name, start, end = line.split("\t")
            s = iso_date(*start.split(":"))
            e = iso_date(*end.split(":"))
            if e < STATE_LIST_SCOPE:
                continue
            where = f"gleditsch-ward/{fname} line {n}"
            rid = fixed.get(code) if code in fixed else _auto_id(t, name, idx)
            if rid is None:
                t.problems.append(
                    f"{where}: GW {code} {name!r} matches no row; add it to {MATCHES}"
                )
                continue
            if rid == "":
                continue
            prev = best.get(code)
            if prev and prev[0] != rid:
                t.problems.append(f"{where}: GW {code} matched to {rid} and to {prev[0]}")
            best[code] = (rid, s, e, name)
    for code, (rid, _s, _e, _name) in sorted(best.items(), key=lambda kv: int(kv[0])):
        t.set(rid, "gw_code", code, f"GW {code}")


def load_cow(t: Table, idx: dict[str, set[str]]) -> None:
    fixed = _matches("cow")
    seen: dict[tuple[str, str], str] = {}
    for n, r in enumerate(read_csv(SOURCES / "cow" / "statelist2024.csv"), start=2):
        end = iso_date(r["endday"], r["endmonth"], r["endyear"])
        if end < STATE_LIST_SCOPE:
            continue
        key = f"{r['ccode']}:{r['stateabb']}"
        where = f"cow/statelist2024.csv line {n}"
        rid = fixed.get(key) if key in fixed else _auto_id(t, r["statenme"], idx)
        if rid is None:
            t.problems.append(
                f"{where}: COW {key} {r['statenme']!r} matches no row; add it to {MATCHES}"
            )
            continue
        if rid == "" or (r["ccode"], r["stateabb"]) in seen:
            continue
        seen[(r["ccode"], r["stateabb"])] = rid
        t.set(rid, "cow_code", r["ccode"], where)
        t.set(rid, "cow_abbrev", r["stateabb"], where)


# ----------------------------------------------------------------------------------------
# Dataset names: ICEWS, UCDP, ACLED


def _dataset_names(
    t: Table, idx: dict[str, set[str]], source: str, names: Iterable[str], column: str
) -> None:
    fixed = _matches(source)
    for name in names:
        rid = fixed.get(name) if name in fixed else _auto_id(t, name, idx)
        if rid is None:
            t.problems.append(
                f"{source}: country name {name!r} matches no row; add it to {MATCHES}"
            )
            continue
        if rid == "":
            continue
        t.set(rid, column, name, f"{source} name {name!r}")
        if "(" not in name and "," not in name:
            t.add_label(rid, "aliases", name)


def load_datasets(t: Table, idx: dict[str, set[str]]) -> None:
    icews = [
        ln.strip()
        for ln in (SOURCES / "icews" / "icews_country_names.txt")
        .read_text(encoding="utf-8")
        .splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    _dataset_names(t, idx, "icews", icews, "icews_name")
    acled = [r["country"] for r in read_csv(SOURCES / "acled" / "acled_countries.csv")]
    _dataset_names(t, idx, "acled", acled, "acled_name")
    # UCDP: the location name where UCDP writes one, else the name after "Government of"
    by_gw: dict[str, str] = {}
    for r in read_csv(SOURCES / "ucdp" / "ucdp_acd_241_country_names.csv"):
        name = r["name"].removeprefix("Government of ")
        if r["field"] == "location" or r["gwno"] not in by_gw:
            by_gw[r["gwno"]] = name
    gw_to_id = {row["gw_code"]: rid for rid, row in t.rows.items() if row["gw_code"]}
    fixed = _matches("ucdp")
    for gw, name in sorted(by_gw.items(), key=lambda kv: int(kv[0])):
        rid = fixed[name] if name in fixed else gw_to_id.get(gw)
        if rid is None:
            t.problems.append(
                f"ucdp: {name!r} (GW {gw}) matches no row; add it to curated/name_matches.csv"
            )
            continue
        if rid:
            t.set(rid, "ucdp_name", name, f"ucdp name {name!r}")
            if "(" not in name:
                t.add_label(rid, "aliases", name)


# ----------------------------------------------------------------------------------------
# CAMEO: GDELT's country lookup and the PETRARCH (Phoenix) dictionaries


def title(token: str) -> str:
    """PETRARCH's ``ISLAMIC_REPUBLIC_OF_IRAN_`` as news writes it: ``Islamic Republic of Iran``."""
    words = token.replace("_", " ").split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in SMALL_WORDS:
            out.append(lw)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in lw.split("-")))
    return " ".join(out)


def phoenix_entries() -> list[tuple[str, list[str], list[str]]]:
    entries: list[tuple[str, list[str], list[str]]] = []
    path = SOURCES / "petrarch2" / "Phoenix.Countries.countries-only.txt"
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        codes = [c.strip() for c in re.findall(r"\[([^\]]*)\]", body)]
        if body.startswith("+"):
            entries[-1][1].append(body[1:].strip().strip("_").strip())
        elif body.startswith((" ", "\t")):
            entries[-1][2].extend(codes)
        else:
            entries.append((re.sub(r"\[.*", "", body).strip().strip("_"), [], codes))
    return entries


def _initials(text: str) -> str:
    return "".join(w[0] for w in norm(text).split() if w not in ("of", "the", "and"))


def load_cameo(t: Table) -> None:
    fixed = {
        r["key"]: r["id"] for r in read_csv(CURATED / "name_matches.csv") if r["source"] == "cameo"
    }
    regions = {r["code"] for r in read_csv(CURATED / "cameo_regions.csv")}
    # GDELT's lookup of CAMEO country codes
    gdelt: dict[str, str] = {}
    lines = (SOURCES / "gdelt" / "CAMEO.country.txt").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines[1:], start=2):
        code, label = line.split("\t")
        if code in regions:
            continue
        rid = fixed.get(code, code)
        if rid not in t.rows:
            t.problems.append(f"gdelt/CAMEO.country.txt line {n}: {code} {label!r} matches no row")
            continue
        gdelt[code] = rid
    # the PETRARCH dictionary: one main entry per code (the one with most synonyms)
    by_code: dict[str, tuple[str, list[str]]] = {}
    for head, syns, codes in phoenix_entries():
        for c in {c.split()[0] for c in codes if c}:
            if re.fullmatch(r"[A-Z]{3}", c) and (
                c not in by_code or len(syns) > len(by_code[c][1])
            ):
                by_code[c] = (head, syns)
    phoenix: dict[str, str] = {}
    for code in sorted(by_code):
        rid = fixed.get(code, code)
        if rid == "":
            continue
        if rid not in t.rows:
            t.problems.append(
                f"petrarch2 Phoenix.Countries: code {code} ({by_code[code][0]}) matches no row"
            )
            continue
        phoenix[code] = rid
    for rid in sorted(t.rows):
        row = t.rows[rid]
        if row["kind"] in ("international_organisation", "region"):
            continue
        codes = sorted(
            {c for c, r in phoenix.items() if r == rid} | {c for c, r in gdelt.items() if r == rid}
        )
        own = [c for c, r in phoenix.items() if r == rid]
        if own:
            primary = rid if rid in own else own[0]
        elif codes:
            primary = rid if rid in codes else codes[0]
        elif row["iso2"]:
            primary = rid  # CAMEO's rule: a state's code is its ISO 3166-1 alpha-3
        else:
            primary = ""
        row["cameo"] = primary
        row["cameo_variants"] = "|".join(c for c in codes if c != primary)
    # names, adjectives and short forms from the dictionary entries
    for code, rid in sorted(phoenix.items()):
        head, syns = by_code[code]
        row = t.rows[rid]
        names = [row["name"], row["official_name"], *t.labels[rid]["aliases"]]
        name_words = {w for n in names for w in norm(n).split()} - GENERIC_WORDS - SMALL_WORDS
        for raw in [head, *syns]:
            if not raw or "(" in raw:
                continue
            words = raw.replace("_", " ").split()
            letters = re.sub(r"[^A-Za-z]", "", raw)
            if len(words) == 1 and re.fullmatch(r"[A-Z.]+", raw) and 2 <= len(letters) <= 5:
                if any(_initials(n).upper() == letters for n in names):
                    t.add_label(rid, "aliases", raw)
                continue
            cand = title(raw)
            keys = norm(cand).split()
            if not keys or norm(cand) in {norm(n) for n in names}:
                continue
            last = keys[-1]
            suffix_ok = last.endswith(DEMONYM_SUFFIXES) and (
                not last.endswith("s") or last.endswith("ss")
            )
            prefix_ok = keys[:-1] == norm(row["name"]).split()[: len(keys) - 1]
            stem = max((_common_prefix(last, w) for w in name_words), default=0)
            # a near copy of a name word that does not grow from its stem is a misspelling
            misspelt = any(
                difflib.SequenceMatcher(None, last, w).ratio() >= 0.8
                and not last.startswith(w[:-2])
                for w in name_words
            )
            if (
                suffix_ok
                and prefix_ok
                and stem >= 3
                and len(last) - stem <= 5
                and last not in name_words
                and not misspelt
            ):
                t.add_label(rid, "demonyms", cand)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def load_regions_and_orgs(t: Table) -> None:
    cc = read_csv(SOURCES / "country-codes" / "country-codes.csv")
    for i, r in enumerate(read_csv(CURATED / "cameo_regions.csv"), start=2):
        where = f"curated/cameo_regions.csv line {i}"
        t.add_row(
            {
                "id": r["code"],
                "name": r["name"],
                "kind": "region",
                "official_name": r["name"],
                "cameo": r["code"],
            },
            where,
        )
        members: set[str] = set(split(r["members"]))
        if r["m49"]:
            for c in cc:
                if r["m49"] in (
                    c["Region Code"].zfill(3),
                    c["Sub-region Code"].zfill(3),
                    c["Intermediate Region Code"].zfill(3),
                ):
                    members.add(c["ISO3166-1-Alpha-3"])
        for m in sorted(members):
            if m not in t.rows:
                t.problems.append(f"{where}: member {m!r} is no row")
                continue
            t.rows[m]["cameo_regions"] = "|".join(
                sorted([*split(t.rows[m]["cameo_regions"]), r["code"]])
            )
    known = {
        r["code"] for r in read_csv(SOURCES / "petrarch2" / "Phoenix.International.org-codes.csv")
    }
    for i, r in enumerate(read_csv(CURATED / "organisations.csv"), start=2):
        where = f"curated/organisations.csv line {i}"
        if not re.fullmatch(r"[A-Z][A-Z0-9_]+", r["id"]):
            t.problems.append(f"{where}: id {r['id']!r}, expected upper-case letters, digits and _")
        if r["cameo_actor"] not in known:
            t.problems.append(
                f"{where}: CAMEO actor code {r['cameo_actor']!r} is not in Phoenix.International"
            )
        if not r["cameo_actor"].endswith(r["cameo"]):
            t.problems.append(
                f"{where}: {r['cameo_actor']!r} does not end with the organisation's code "
                f"{r['cameo']!r}"
            )
        t.add_row(
            {
                "id": r["id"],
                "name": r["name"],
                "kind": "international_organisation",
                "official_name": r["official_name"],
                "cameo": r["cameo"],
                "cameo_actor": r["cameo_actor"],
            },
            where,
        )
        for a in split(r["aliases"]):
            t.add_label(r["id"], "aliases", a)


# ----------------------------------------------------------------------------------------
# hand corrections, ambiguity and the checks on the result


def apply_overrides(t: Table) -> None:
    for i, r in enumerate(read_csv(CURATED / "overrides.csv"), start=2):
        where = f"curated/overrides.csv line {i}"
        rid, col, action, value = r["id"], r["column"], r["action"], r["value"]
        if not r["why"].strip():
            t.problems.append(f"{where}: empty why")
        if rid not in t.rows:
            t.problems.append(f"{where}: unknown id {rid!r}")
            continue
        if col in LABEL_COLUMNS:
            current = t.labels[rid][col]
            if action == "add":
                t.add_label(rid, col, value)
            elif action == "remove":
                hits = [v for v in current if norm(v) == norm(value)]
                if not hits:
                    t.problems.append(f"{where}: {rid} {col} has no {value!r} to remove")
                t.labels[rid][col] = [v for v in current if norm(v) != norm(value)]
            else:
                t.problems.append(f"{where}: action {action!r}, expected add or remove for {col}")
        elif col in COLUMNS and action == "set":
            old = t.rows[rid][col]
            if col == "name" and old and old != value:
                t.add_label(rid, "aliases", old)
            t.rows[rid][col] = value
        else:
            t.problems.append(f"{where}: cannot {action!r} column {col!r}")


def resolve_shared_labels(t: Table) -> None:
    """A label on two rows must be listed in curated/ambiguities.csv.

    A former state gives way to the current entity holding the same label.
    """
    listed = {}
    for i, r in enumerate(read_csv(CURATED / "ambiguities.csv"), start=2):
        listed[norm(r["value"])] = (set(split(r["ids"])), f"curated/ambiguities.csv line {i}")
    owners: dict[str, set[str]] = defaultdict(set)
    for rid, row in t.rows.items():
        for v in [row["name"], *(x for c in LABEL_COLUMNS for x in t.labels[rid][c])]:
            owners[norm(v)].add(rid)
    for key in sorted(owners):
        ids = owners[key]
        if len(ids) < 2 or key in listed:
            continue
        current = {i for i in ids if t.rows[i]["kind"] != "former_state"}
        if current and len(current) < len(ids):
            for rid in ids - current:  # a former state gives way to the current entity
                for c in LABEL_COLUMNS:
                    t.labels[rid][c] = [v for v in t.labels[rid][c] if norm(v) != key]
            ids = current
            if len(ids) < 2:
                continue
        t.problems.append(
            f"label {key!r} is on {sorted(ids)}: list it in curated/ambiguities.csv "
            "or remove it with an override"
        )
    for key, (ids, where) in listed.items():
        if owners.get(key, set()) != ids:
            t.problems.append(
                f"{where}: {key!r} is on {sorted(owners.get(key, set()))}, not {sorted(ids)}"
            )


def finish(t: Table) -> list[dict[str, str]]:
    for rid, row in t.rows.items():
        for c in LABEL_COLUMNS:
            row[c] = "|".join(
                v for v in t.labels[rid][c] if norm(v) != norm(row["name"]) or c == "capitals"
            )
    rows = [t.rows[k] for k in sorted(t.rows)]
    for col in ("gw_code", "cow_code", "iso_numeric", "iso2", "cameo"):
        seen: dict[str, str] = {}
        for row in rows:
            v = row[col]
            if v and v in seen and not (col == "iso_numeric" and row["kind"] == "former_state"):
                t.problems.append(f"{col} {v} is on {seen[v]} and {row['id']}")
            seen.setdefault(v, row["id"])
    for row in rows:
        for c, v in row.items():
            if v[:1] in ("=", "+", "-", "@"):
                t.problems.append(f"{row['id']} {c} starts with {v[:1]!r}, unsafe in a spreadsheet")
            if "\n" in v or "\r" in v:
                t.problems.append(f"{row['id']} {c} holds a line break")
    return rows


def build() -> str:
    t = Table()
    load_iso(t)
    load_entities(t)
    load_iso3(t)
    idx = name_index(t)
    load_gw(t, idx)
    load_cow(t, idx)
    load_datasets(t, idx)
    load_cameo(t)
    load_regions_and_orgs(t)
    apply_overrides(t)
    resolve_shared_labels(t)
    rows = finish(t)
    if t.problems:
        raise InputError("\n".join(t.problems))
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return out.getvalue()


def main(argv: Iterator[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Build graphkit's reference table of countries.")
    p.add_argument(
        "--check", action="store_true", help="compare with the committed CSV instead of writing it"
    )
    p.add_argument("--output", type=Path, default=OUTPUT)
    a = p.parse_args(list(argv) if argv is not None else None)
    try:
        text = build()
    except InputError as exc:
        problems = str(exc).splitlines()
        print(f"{len(problems)} problem(s) in the inputs:", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return 2
    if a.check:
        same = a.output.exists() and a.output.read_bytes() == text.encode("utf-8")
        print(f"{a.output}: {'up to date' if same else 'differs from a fresh build'}")
        return 0 if same else 1
    a.output.parent.mkdir(parents=True, exist_ok=True)
    a.output.write_bytes(text.encode("utf-8"))
    print(f"wrote {a.output} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
