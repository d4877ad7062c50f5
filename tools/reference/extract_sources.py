"""Cut the small vendored extracts in ``tools/reference/sources/`` from full upstream files.

Run once when a source is re-pinned; ``build_countries.py`` then reads only the
extracts, offline. Each extract keeps upstream text verbatim (whole lines, whole
dictionary entries or whole names) and starts with a header naming its origin.

Usage (each option names a local copy of the pinned upstream file; see
``graphkit/data/reference/SOURCES.md`` for repositories and commits)::

    python tools/reference/extract_sources.py \
        --phoenix-countries Phoenix.Countries.actors.txt \
        --phoenix-international Phoenix.International.actors.txt \
        --icews-mapping country-to-gwcode-mapping.R \
        --ucdp-acd UcdpPrioConflict_v24_1.csv \
        --acled-countries acled_countries.rda

``--acled-countries`` needs the ``rdata`` package (MIT) to read the R data file;
it is a one-off extraction tool, never a dependency of graphkit.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
from pathlib import Path

SOURCES = Path(__file__).resolve().parent / "sources"
_CODE = re.compile(r"\[([^\]]*)\]")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _entries(lines: list[str]) -> list[list[str]]:
    """Group dictionary lines into entries: head line, ``+`` synonyms, code lines."""
    entries: list[list[str]] = []
    for line in lines:
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        if body.startswith(("+", " ", "\t")) and entries:
            entries[-1].append(line)
        elif not body.startswith(("+", " ", "\t")):
            entries.append([line])
    return entries


def _codes(entry: list[str]) -> list[str]:
    codes: list[str] = []
    for line in entry:
        if line.startswith("+"):
            continue
        codes += [c.strip() for c in _CODE.findall(line.split("#", 1)[0])]
    return codes


def phoenix_countries(src: Path) -> None:
    """Keep entries coded with a bare (possibly date-restricted) three-letter country code."""
    lines = src.read_text(encoding="utf-8", errors="surrogateescape").split("\n")
    kept = [
        e
        for e in _entries(lines)
        if any(re.fullmatch(r"[A-Z]{3}(\s+[<>]?[0-9-]+)?", c) for c in _codes(e))
    ]
    out = SOURCES / "petrarch2" / "Phoenix.Countries.countries-only.txt"
    with out.open("w", encoding="utf-8", errors="surrogateescape", newline="\n") as fh:
        fh.write(f"# extract of {src.name} (sha256 {_sha256(src)})\n")
        fh.write("# entries whose code is a bare three-letter country code; lines verbatim\n")
        for e in kept:
            fh.write("\n".join(e) + "\n")


def phoenix_international(src: Path) -> None:
    """Each IGO/NGO code (date restriction dropped), its number of entries, three entry names."""
    lines = src.read_text(encoding="utf-8", errors="surrogateescape").split("\n")
    by_code: dict[str, set[str]] = {}
    for e in _entries(lines):
        for code in (c.split()[0] for c in _codes(e) if c.split()):
            if re.fullmatch(r"(IGO|NGO)[A-Z]*", code):
                name = _CODE.sub("", e[0].split("#", 1)[0]).strip()
                by_code.setdefault(code, set()).add(name)
    out = SOURCES / "petrarch2" / "Phoenix.International.org-codes.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# extract of {src.name} (sha256 {_sha256(src)}): IGO/NGO codes\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "entries", "examples"])
        for code in sorted(by_code):
            names = sorted(by_code[code])
            w.writerow([code, len(names), "|".join(names[:3])])


def icews_names(src: Path) -> None:
    """The vector of ICEWS country names quoted in andybega/icews' mapping script."""
    text = src.read_text(encoding="utf-8")
    block = text.split("countries <- c(", 1)[1].split(")\n", 1)[0]
    names = re.findall(r'"([^"]+)"', block)
    out = SOURCES / "icews" / "icews_country_names.txt"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            f"# extract of {src.name} (sha256 {_sha256(src)}): dput(sort(unique(events$country)))\n"
        )
        fh.write("\n".join(names) + "\n")


def ucdp_names(src: Path) -> None:
    """Country names UCDP writes: single-country ``location`` values and ``Government of`` sides."""
    rows = set()
    with src.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if "," not in r["location"] and "," not in r["gwno_loc"]:
                rows.add(("location", r["location"].strip(), int(r["gwno_loc"])))
            for side, gw in (("side_a", "gwno_a"), ("side_b", "gwno_b")):
                names = [x.strip() for x in r[side].split(",")]
                codes = [x.strip() for x in r[gw].split(",")]
                if len(names) == len(codes):
                    for n, c in zip(names, codes, strict=True):
                        if n.startswith("Government of ") and c:
                            rows.add(("government", n, int(c)))
    out = SOURCES / "ucdp" / "ucdp_acd_241_country_names.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# extract of {src.name} (sha256 {_sha256(src)})\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["field", "name", "gwno"])
        w.writerows(sorted(rows, key=lambda t: (t[2], t[0], t[1])))


def acled_countries(src: Path) -> None:
    """ACLED's country list as shipped in acledR's ``acled_countries`` data set."""
    import rdata  # type: ignore[import-not-found]  # one-off extraction only

    frame = rdata.read_rda(str(src))["acled_countries"]
    out = SOURCES / "acled" / "acled_countries.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# extract of {src.name} (sha256 {_sha256(src)})\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["country", "region", "start_year"])
        for r in frame.itertuples(index=False):
            w.writerow([r.country, r.region, int(r.start_year)])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--phoenix-countries", type=Path)
    p.add_argument("--phoenix-international", type=Path)
    p.add_argument("--icews-mapping", type=Path)
    p.add_argument("--ucdp-acd", type=Path)
    p.add_argument("--acled-countries", type=Path)
    a = p.parse_args()
    if a.phoenix_countries:
        phoenix_countries(a.phoenix_countries)
    if a.phoenix_international:
        phoenix_international(a.phoenix_international)
    if a.icews_mapping:
        icews_names(a.icews_mapping)
    if a.ucdp_acd:
        ucdp_names(a.ucdp_acd)
    if a.acled_countries:
        acled_countries(a.acled_countries)


if __name__ == "__main__":
    main()
