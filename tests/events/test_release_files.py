"""Issue 19, event side: real release files and what users and spreadsheets make of them.

Each test is one class of failure found reading official releases (UCDP GED, ACLED,
ICEWS, GDELT) and their variants as users save them, written so it failed before the fix.
"""

from __future__ import annotations

import csv
import warnings
import zipfile
from pathlib import Path

import pytest

import graphkit as gk
from conftest import SAMPLES, SYNTHETIC
from graphkit.cli import main
from graphkit.events.pipeline import build_event_graph
from graphkit.events.sources import event_source

pytestmark = pytest.mark.engine


def read_quietly(paths, format: str, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.EventProblemsWarning)
        return gk.read_events(paths, format=format, **options)


def rows_of(events) -> list[dict]:
    return events.order_by(["file", "line"]).to_pyarrow().to_pylist()


# -- item 7: third-party warnings never reach users ------------------------------------


@pytest.mark.parametrize("format", ["gdelt2", "icews", "ucdp", "acled"])
def test_reading_describing_and_building_raise_no_library_warning(engine, format):
    path = {**SAMPLES, **SYNTHETIC}[format]
    # recorded, not raised: DuckDB ignores a warning filter's "error" and warns on
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = build_event_graph(path, format)
        summary = gk.describe_events(result.events)
    assert summary.rows == result.count > 0
    assert [f"{w.category.__name__}: {w.message}" for w in caught] == []


# -- sources written as the releases write them -----------------------------------------


def ucdp_rows(count: int, **values: str) -> list[dict[str, str]]:
    """UCDP GED rows under the real header, each a state-based event of its own."""
    rows = []
    for i in range(count):
        row = dict.fromkeys(event_source("ucdp").columns, "")
        row.update(
            id=str(1000 + i),
            type_of_violence="1",
            side_a="Government of Testland",
            side_b="TLF",
            number_of_sources="1",
            source_article=f"Wire {i}",
            date_start=f"2021-03-{1 + i % 28:02d} 00:00:00.000",
            best="2",
        )
        row.update(values)
        rows.append(row)
    return rows


def write_csv(path: Path, rows: list[dict[str, str]], *, newline: str = "\n") -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, list(rows[0]), lineterminator=newline)
        writer.writeheader()
        writer.writerows(rows)
    return path


# -- item 2: a line break inside a quoted value is data ---------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_line_breaks_inside_quoted_values_are_data_and_an_official_file_reads_strictly(
    engine, tmp_path, newline
):
    rows = ucdp_rows(4)
    rows[1]["source_article"] = "Agence X,\n2021-03-02;\n\nRadio Y"
    rows[3]["source_original"] = "one\ttab and a\r\nbreak"
    path = write_csv(tmp_path / "ged.csv", rows, newline=newline)
    events = gk.read_events(path, format="ucdp", errors="raise")  # no problem at all
    read = rows_of(events)
    assert [r["event_id"] for r in read] == ["1000", "1001", "1002", "1003"]
    assert [r["line"] for r in read] == [2, 3, 7, 8]  # the record after the breaks
    assert read[1]["story_id"] == "Agence X,\n2021-03-02;\n\nRadio Y"
    assert events.problems.empty


# -- items 1, 3: archive members that are not data --------------------------------------


def macos_zip(path: Path, data: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ged191/", b"")
        archive.writestr("ged191/ged191.csv", data)
        # what macOS's Finder adds: AppleDouble resource files (they start with NULs)
        apple_double = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + b"\x00" * 200
        archive.writestr("__MACOSX/ged191/._ged191.csv", apple_double)
        archive.writestr("ged191/._ged191.csv", apple_double)
        archive.writestr("ged191/.DS_Store", b"\x00\x00\x00\x01Bud1" + b"\x00" * 100)
    return path


def test_macos_metadata_and_folder_entries_are_skipped_with_a_note(engine, tmp_path):
    text = SYNTHETIC["ucdp"].read_text(encoding="utf-8")
    archive = macos_zip(tmp_path / "ged191.zip", text)
    events = gk.read_events(archive, format="ucdp", errors="raise")
    assert events.count().to_pyarrow().as_py() == len(text.strip().splitlines()) - 1
    status = dict(zip(events.files["file"], events.files["status"], strict=True))
    assert status == {
        f"{archive}:ged191/": "a folder entry, not data (skipped)",
        f"{archive}:__MACOSX/ged191/._ged191.csv": "macOS metadata, not data (skipped)",
        f"{archive}:ged191/._ged191.csv": "macOS metadata, not data (skipped)",
        f"{archive}:ged191/.DS_Store": "a file manager's metadata, not data (skipped)",
        f"{archive}:ged191/ged191.csv": "read",
    }


def test_events_build_of_a_macos_zip_beside_an_empty_file_lists_the_file_and_builds(
    engine, tmp_path, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    archive = macos_zip(tmp_path / "ged191.zip", SYNTHETIC["ucdp"].read_text(encoding="utf-8"))
    (tmp_path / "empty.csv").write_bytes(b"")
    assert main(["events", "build", str(archive), "empty.csv", "-f", "ucdp"]) == 0
    err = capsys.readouterr().err
    assert "empty.csv: expected a file with event rows (the file is empty)" in err
    assert "internal error" not in err and "UTF-16" not in err
    assert (tmp_path / "out" / "events.html").exists()


# -- item 16: damaged and encrypted archives --------------------------------------------


def gdelt_text(copies: int) -> str:
    """The GDELT sample ``copies`` times, each copy's ids made unique."""
    lines = SAMPLES["gdelt2"].read_text(encoding="utf-8").splitlines()
    return "".join(
        f"{n}{line[line.index(chr(9)) :]}\n"
        for n, line in enumerate((line for _ in range(copies) for line in lines), 1)
    )


def flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x10]) + data[at + 1 :]


@pytest.mark.parametrize("where", [0.3, 0.5, 0.7, 0.9])
def test_a_flipped_byte_in_a_zip_member_keeps_none_of_its_rows(engine, tmp_path, where):
    good = tmp_path / "good.CSV"
    good.write_text(gdelt_text(1), encoding="utf-8")
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.export.CSV", gdelt_text(20))  # 10,000 rows
    data = whole.read_bytes()
    start = 30 + len("a.export.CSV")  # the member's data after its local header
    end = data.rindex(b"PK\x01\x02")  # the central directory
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(flipped(data, start + int((end - start) * where)))
    events = read_quietly([damaged, good], "gdelt2")
    files = events.files.set_index("file")
    member = f"{damaged}:a.export.CSV"
    assert tuple(files.loc[member, ["rows", "status"]]) == (0, "damaged")
    assert events.count().to_pyarrow().as_py() == 500  # the good file only
    assert events.filter(events.file == member).count().to_pyarrow().as_py() == 0
    (problem,) = events.problems[events.problems.file == member].itertuples()
    assert problem.expected.startswith("undamaged zip data: ")
    assert "none of its rows were kept" in problem.expected


def test_a_flipped_byte_in_a_gzip_file_keeps_none_of_its_rows(engine, tmp_path):
    import gzip

    data = gzip.compress(gdelt_text(4).encode())
    damaged = tmp_path / "damaged.CSV.gz"
    damaged.write_bytes(flipped(data, len(data) // 2))
    with pytest.raises(gk.DataError, match="undamaged gzip data") as error:
        read_quietly(damaged, "gdelt2")
    assert len(error.value.problems) == 1


def encrypted_zip(path: Path, text: str) -> Path:
    """A zip whose member says it is encrypted (the flag zipfile cannot write)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("events.CSV", text)
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        data[at + offset] |= 0x01
    path.write_bytes(bytes(data))
    return path


def test_an_encrypted_member_is_one_clear_problem_without_a_traceback(engine, tmp_path, capsys):
    archive = encrypted_zip(tmp_path / "locked.zip", gdelt_text(1))
    good = tmp_path / "good.CSV"
    good.write_text(gdelt_text(1), encoding="utf-8")
    events = read_quietly([archive, good], "gdelt2")
    (problem,) = events.problems.itertuples()
    assert problem.file == f"{archive}:events.CSV"
    assert problem.expected.startswith("an archive member without a password (this one is")
    assert main(["events", "describe", str(archive), "-f", "gdelt2"]) == 1
    err = capsys.readouterr().err
    assert "encrypted" in err and "Traceback" not in err and "internal error" not in err


# -- item 22: an unclosed quote costs one row, not the rest of the file -----------------


def test_an_unclosed_quote_names_its_line_and_every_later_row_is_read(engine, tmp_path):
    rows = ucdp_rows(6)
    path = write_csv(tmp_path / "ged.csv", rows)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2].replace("Wire 1", '"Wire 1')  # opens a quote it never closes
    path.write_text("".join(lines), encoding="utf-8")
    events = read_quietly(path, "ucdp")
    assert [r["event_id"] for r in rows_of(events)] == ["1000", "1002", "1003", "1004", "1005"]
    (problem,) = events.problems.itertuples()
    assert problem.line == 3
    assert problem.expected.startswith("a closing quote for the quote opened on this line")
    assert problem.expected.endswith(
        "this line was skipped and the lines after it read on their own"
    )


def test_an_unclosed_quote_in_the_last_row_is_that_row_only(engine, tmp_path):
    path = write_csv(tmp_path / "ged.csv", ucdp_rows(3))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Wire 2", '"Wire 2'), encoding="utf-8")
    events = read_quietly(path, "ucdp")
    assert [r["event_id"] for r in rows_of(events)] == ["1000", "1001"]
    assert list(events.problems.line) == [4]


# -- item 13: a name that exists is that file -------------------------------------------


@pytest.mark.parametrize(
    "name", ["events[1].csv", 'it\'s "q" [x].csv', "a*b?.csv", "ünï cödé [2024].csv"]
)
def test_a_file_whose_name_looks_like_a_pattern_is_that_file(engine, tmp_path, name):
    write_csv(tmp_path / name, ucdp_rows(2))
    write_csv(tmp_path / "events1.csv", ucdp_rows(5, side_b="other"))  # what [1] would match
    write_csv(tmp_path / "ab1.csv", ucdp_rows(5, side_b="other"))
    events = read_quietly(tmp_path / name, "ucdp")
    assert [r["file"] for r in rows_of(events)] == [str(tmp_path / name)] * 2


@pytest.mark.parametrize("name", ['it\'s "q" [x].parquet', "events[1].parquet"])
def test_a_parquet_file_whose_name_looks_like_a_pattern_is_read(engine, tmp_path, name):
    import pandas as pd

    pd.DataFrame(ucdp_rows(3)).to_parquet(tmp_path / name)
    pd.DataFrame(ucdp_rows(7, side_b="other")).to_parquet(tmp_path / "events1.parquet")
    events = read_quietly(tmp_path / name, "ucdp")
    assert events.count().to_pyarrow().as_py() == 3
    assert list(events.files.file) == [str(tmp_path / name)]


def test_a_pattern_is_a_pattern_only_when_no_file_has_that_name(engine, tmp_path):
    write_csv(tmp_path / "events1.csv", ucdp_rows(2))
    write_csv(tmp_path / "events2.csv", ucdp_rows(1, id="2000"))
    events = read_quietly(str(tmp_path / "events[12].csv"), "ucdp")
    assert sorted({r["file"] for r in rows_of(events)}) == [
        str(tmp_path / "events1.csv"),
        str(tmp_path / "events2.csv"),
    ]


# -- item 15: a file given twice is read once; a repeated event id is a problem ----------


def test_a_file_given_twice_or_matched_twice_is_read_once_with_a_note(engine, tmp_path):
    path = write_csv(tmp_path / "ged.csv", ucdp_rows(4))
    link = tmp_path / "link.csv"
    link.symlink_to(path)
    events = gk.read_events(
        [path, str(path), str(tmp_path / "*.csv"), link], format="ucdp", errors="raise"
    )
    assert events.count().to_pyarrow().as_py() == 4
    # the glob matches the file and its link: four repeats of one file
    assert list(events.files.status) == ["read", *["repeated (read once)"] * 4]
    assert events.problems.empty


def test_events_read_twice_in_overlapping_downloads_are_counted_once(engine, tmp_path):
    rows = ucdp_rows(6)
    write_csv(tmp_path / "jan-apr.csv", rows[:4])
    write_csv(tmp_path / "mar-jun.csv", rows[2:])
    events = read_quietly(tmp_path / "*.csv", "ucdp")
    read = rows_of(events)
    assert sorted(r["event_id"] for r in read) == [str(1000 + i) for i in range(6)]
    repeats = events.problems
    assert list(zip(repeats.file, repeats.line, repeats.value, strict=True)) == [
        (str(tmp_path / "mar-jun.csv"), 2, "1002"),
        (str(tmp_path / "mar-jun.csv"), 3, "1003"),
    ]
    assert repeats.expected[0] == (
        f"an event id not read before ({tmp_path / 'jan-apr.csv'}, line 4 has it too); "
        "the row was skipped as a repeat"
    )
    relations = gk.aggregate_events(events)
    assert int(relations["events"].sum()) == 6


# -- item 17: reading costs what the rows kept cost, not what a file expands to ----------


def gdelt_line(event_id: int) -> bytes:
    line = SAMPLES["gdelt2"].read_bytes().split(b"\n", 1)[0]
    return str(event_id).encode() + line[line.index(b"\t") :] + b"\n"


def peak_bytes_reading(path: Path) -> tuple[int, object]:
    """Python's peak allocation while reading ``path``, after one read of a one-line file
    of the same name (so modules and tables loaded once per session are not counted)."""
    import tracemalloc

    warm = path.parent / "warm-up" / path.name
    warm.parent.mkdir(exist_ok=True)
    if path.suffix == ".zip":
        with zipfile.ZipFile(warm, "w") as handle:
            handle.writestr("warm.CSV", gdelt_line(1))
    elif path.suffix == ".gz":
        import gzip

        warm.write_bytes(gzip.compress(gdelt_line(1)))
    else:
        warm.write_bytes(gdelt_line(1))
    read_quietly(warm, "gdelt2")
    tracemalloc.start()
    try:
        events = read_quietly(path, "gdelt2")
        return tracemalloc.get_traced_memory()[1], events
    finally:
        tracemalloc.stop()


def test_one_huge_line_in_a_small_gzip_is_one_problem_and_never_held_whole(engine, tmp_path):
    import gzip

    path = tmp_path / "huge.CSV.gz"
    with gzip.open(path, "wb", compresslevel=9) as handle:
        handle.write(gdelt_line(1))
        for _ in range(64):  # a 64 MiB line
            handle.write(b"x" * (1 << 20))
        handle.write(b"\n" + gdelt_line(2))
    assert path.stat().st_size < 200_000
    peak, events = peak_bytes_reading(path)
    assert [r["event_id"] for r in rows_of(events)] == ["1", "2"]
    (problem,) = events.problems.itertuples()
    assert (problem.line, problem.expected) == (
        2,
        f"a line of at most 524,288 bytes (this one has {64 * 2**20 + 1:,}); the line was skipped",
    )
    assert peak < 24 * 2**20  # a few chunks of a mebibyte, not the line


@pytest.mark.parametrize("archive", ["zip", "plain"])
def test_a_file_of_blank_lines_costs_little_time_and_memory(engine, tmp_path, archive):
    import time

    data = gdelt_line(1) + b"\n" * (48 << 20) + b"\r\n" * 1000 + gdelt_line(2)
    if archive == "zip":
        path = tmp_path / "blank.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as handle:
            handle.writestr("blank.CSV", data)
    else:
        path = tmp_path / "blank.CSV"
        path.write_bytes(data)
    began = time.perf_counter()
    peak, events = peak_bytes_reading(path)
    seconds = time.perf_counter() - began
    read = rows_of(events)
    assert [(r["event_id"], r["line"]) for r in read] == [("1", 1), ("2", (48 << 20) + 1002)]
    assert events.problems.empty
    assert peak < 24 * 2**20
    assert seconds < 20  # 0.2 s here; it was minutes, a Python loop per blank line


# -- item 4: dates as spreadsheets and older releases write them ------------------------


def acled_rows(dates: list[str], **values: str) -> list[dict[str, str]]:
    rows = []
    for i, date in enumerate(dates):
        row = dict.fromkeys(event_source("acled").columns, "")
        row.update(
            event_id_cnty=f"TST{i}",
            event_date=date,
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1="Military Forces of Testland",
            inter1="State forces",
            actor2="Testland Liberation Front",
            inter2="Rebel group",
            source="Wire",
            fatalities="1",
        )
        row.update(values)
        rows.append(row)
    return rows


WRITTEN = {
    "2020-05-09": "2020-05-09",
    "9-May-20": "2020-05-09",  # Excel's d-mmm-yy
    "09-May-2020": "2020-05-09",
    "09 May 2020": "2020-05-09",  # ACLED's older exports
    "9 May 2020": "2020-05-09",
    "9 may 2020": "2020-05-09",
    "9 Sept. 2020": "2020-09-09",
    "May 9, 2020": "2020-05-09",
    "May 9 2020": "2020-05-09",
    "2020/05/09": "2020-05-09",
    "13/05/2020": "2020-05-13",  # day first: the day is above 12
    "5/13/20": "2020-05-13",  # month first: the day is above 12
    "05/05/2020": "2020-05-05",  # the same either way
    "9-May-20 14:30": "2020-05-09",
    "1-Jan-29": "2029-01-01",  # the pivot: 00-29 are 20YY
    "1-Jan-30": "1930-01-01",  # 30-99 are 19YY
    "31-Dec-99": "1999-12-31",
}


def test_every_unambiguous_written_date_is_read_as_the_day_it_names(engine, tmp_path):
    path = write_csv(tmp_path / "acled.csv", acled_rows(list(WRITTEN)))
    events = gk.read_events(path, format="acled", errors="raise")
    read = {r["line"]: str(r["date"]) for r in rows_of(events)}
    assert read == {line: date for line, date in enumerate(WRITTEN.values(), 2)}


def test_an_excel_saved_acled_file_is_dated_whole(engine, tmp_path):
    days = [f"{d}-{m}-20" for m in ("Jan", "Feb", "Mar") for d in range(1, 29)]
    path = write_csv(tmp_path / "acled.csv", acled_rows(days))
    events = gk.read_events(path, format="acled", errors="raise")
    assert events.filter(events.date.isnull()).count().to_pyarrow().as_py() == 0
    assert gk.aggregate_events(events, period="M")["events"].tolist() == [28, 28, 28]


def test_dates_that_could_mean_two_days_are_refused_with_the_reason(engine, tmp_path):
    path = write_csv(tmp_path / "acled.csv", acled_rows(["05/09/20", "9-May-20", "31-Feb-20"]))
    events = read_quietly(path, "acled")
    assert [str(r["date"]) for r in rows_of(events)] == ["None", "2020-05-09", "None"]
    problems = events.problems
    assert list(zip(problems.line, problems.value, strict=True)) == [
        (2, "05/09/20"),
        (4, "31-Feb-20"),
    ]
    assert problems.expected[0].startswith("a date whose day and month can be told apart")
    assert "'05/09/20' is 5 September or May 9" in problems.expected[0]
    assert problems.expected[1].startswith("a date as YYYY-MM-DD, '9 May 2020', '9-May-20'")
    assert "a two-digit year 00-29 is 20YY, 30-99 is 19YY" in problems.expected[1]


@pytest.mark.parametrize("format", ["ucdp", "icews", "polecat"])
def test_every_source_with_written_dates_reads_spreadsheet_dates(engine, tmp_path, format):
    spec = event_source(format)
    text = SYNTHETIC.get(format, SAMPLES.get(format)).read_text(encoding="utf-8")
    delimiter = spec.delimiter
    lines = text.splitlines()
    header = next(csv.reader([lines[0]], delimiter=delimiter))
    first = next(csv.reader([lines[1]], delimiter=delimiter))
    first[header.index(spec.date.column)] = "9-May-20"
    path = tmp_path / "events.txt"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(header)
        writer.writerow(first)
    events = gk.read_events(path, format=format, errors="raise")
    assert [str(r["date"]) for r in rows_of(events)] == ["2020-05-09"]


# -- item 5: older layouts ---------------------------------------------------------------

ACLED_2016 = (
    "GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,"
    "ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,"
    "LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES"
)
"""ACLED's All-Africa download of 2016, header as a fixture of OCHA-DAP/hdx-python-utilities
keeps it (tests/hdx/utilities/test_downloader.py): upper case, no sub-event type, the
event types before 2019, dates day first, actor types as numbers."""

ACLED_2016_ROWS = [
    # the fixture's rows (as downloaded), then ones of the other older types
    "615,1416RTA,,18/04/2001,2001,1,Violence against civilians,Police Forces of Algeria "
    "(1999-),,1,Civilians (Algeria),Berber Ethnic Group (Algeria),7,17,Algeria,Tizi Ouzou,"
    "Beni-Douala,,Beni Douala,36.61954,4.08282,1,Associated Press Online,A Berber student was "
    "shot.,1",
    "615,2229RTA,,19/04/2001,2001,1,Riots/Protests,Rioters (Algeria),Berber Ethnic Group "
    "(Algeria),5,Police Forces of Algeria (1999-),,1,15,Algeria,Tizi Ouzou,Tizi Ouzou,,Tizi "
    'Ouzou,36.71183,4.04591,3,Kabylie report,"Riots were reported, with dozens wounded.",0',
    "615,2240RTA,,05/04/2001,2001,1,Remote violence,Rebels (Algeria),,2,Police Forces of "
    "Algeria (1999-),,1,12,Algeria,Bejaia,Amizour,,Amizour,36.64022,4.90131,1,Wire,Shelling.,2",
    "615,2241RTA,,06/04/2001,2001,1,Battle-No change of territory,Rebels (Algeria),,2,"
    "Military Forces of Algeria (1999-),,1,12,Algeria,Bejaia,Amizour,,Amizour,36.64022,"
    "4.90131,1,Wire,Clash.,4",
    "615,2242RTA,,07/04/2001,2001,1,Headquarters or base established,Rebels (Algeria),,2,,,0,"
    "20,Algeria,Bejaia,Amizour,,Amizour,36.64022,4.90131,1,Wire,A base.,0",
]


def test_acleds_2016_all_africa_layout_reads_with_its_old_types_and_dates(engine, tmp_path):
    path = tmp_path / "ACLED-All-Africa-File_20160101.csv"
    path.write_text("\n".join([ACLED_2016, *ACLED_2016_ROWS]) + "\n", encoding="utf-8")
    events = gk.read_events(path, format="acled", errors="raise")
    read = rows_of(events)
    assert [(r["event_id"], str(r["date"]), r["code"]) for r in read] == [
        ("1416RTA", "2001-04-18", "Violence against civilians"),
        ("2229RTA", "2001-04-19", "Riots/Protests"),
        # day first, as the file's other dates tell (18/04, 19/04)
        ("2240RTA", "2001-04-05", "Remote violence"),
        ("2241RTA", "2001-04-06", "Battle-No change of territory"),
        ("2242RTA", "2001-04-07", "Headquarters or base established"),
    ]
    assert [r["quad_class"] for r in read] == [4, 4, 4, 4, None]
    relations = gk.aggregate_events(events, period=None)
    assert sorted(relations["relation"]) == ["attacks", "attacks", "fights", "protests_against"]
    fates = relations.attrs["policy"]["fates"]
    assert (fates["relation"], fates["no actor"]) == (4, 1)  # the base has no second actor


def test_the_2016_api_output_without_sub_event_type_reads(engine, tmp_path):
    rows = acled_rows(["2016-03-01", "2016-03-02"], event_type="Riots/Protests")
    for row in rows:
        del row["sub_event_type"]
    events = gk.read_events(write_csv(tmp_path / "api.csv", rows), "acled", errors="raise")
    assert [r["code"] for r in rows_of(events)] == ["Riots/Protests"] * 2


def test_the_old_acled_types_are_mapped_as_data_with_what_they_lose(engine):
    mapping = gk.event_mapping("acled").set_index("code")
    old = {
        "Battle-No change of territory": "fights",
        "Battle-Government regains territory": "fights",
        "Battle-Non-state actor overtakes territory": "fights",
        "Remote violence": "attacks",
        "Riots/Protests": "protests_against",
        "Strategic development": "",
        "Headquarters or base established": "",
        "Non-violent transfer of territory": "",
    }
    for code, relation in old.items():
        assert (mapping.loc[code, "relation"] or "") == relation, code
        assert mapping.loc[code, "note"].startswith("ACLED's type before 2019"), code


@pytest.mark.parametrize("case", ["upper", "title", "spaced"])
def test_column_names_are_matched_whatever_their_case(engine, tmp_path, case):
    rows = ucdp_rows(2)
    spell = {"upper": str.upper, "title": str.title, "spaced": lambda c: f" {c} "}[case]
    renamed = [{spell(k): v for k, v in row.items()} for row in rows]
    events = gk.read_events(write_csv(tmp_path / "ged.csv", renamed), "ucdp", errors="raise")
    assert [r["event_id"] for r in rows_of(events)] == ["1000", "1001"]


GED_22 = (
    "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,"
    "conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,"
    "side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,"
    "source_date,source_headline,source_original,where_prec,where_coordinates,"
    "where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,"
    "region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,"
    "deaths_unknown,best,high,low,gwnoa,gwnob"
)
"""GED 22.1 and later (49 columns): shared/reference/event-data.md [UCDP-schema]."""

GED_20 = (
    "id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,"
    "side_a_new_id,side_a,side_b_new_id,side_b,number_of_sources,source_article,source_office,"
    "source_date,source_headline,source_original,where_prec,where_coordinates,"
    "where_description,adm_1,adm_2,latitude,longitude,country,region,event_clarity,date_prec,"
    "date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low"
)
"""GED 20.1's variables in the order mcgirjau/ucdp documents them (R/GED.R @ 3aaf9617):
no ``relid``, ``code_status`` nor ``*_dset_id``."""

GED_5 = (
    "id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,"
    "side_a_new_id,gwnoa,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,"
    "source_office,source_date,source_headline,source_original,where_prec,where_coordinates,"
    "adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,"
    "event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,"
    "deaths_unknown,best,high,low"
)
"""GED 5.0 to 17.x (42 columns): the Gleditsch-Ward codes beside each side, no
``where_description`` (as recalled from the GED 5.0 codebook, not checked against a
file here: the test holds for any order of these names)."""


@pytest.mark.parametrize("header", [GED_22, GED_20, GED_5], ids=["ged22+", "ged20", "ged5"])
def test_every_ged_layout_since_5_0_reads(engine, tmp_path, header):
    names = header.split(",")
    rows = [{c: r.get(c, "") for c in names} for r in ucdp_rows(3)]
    path = write_csv(tmp_path / "ged.csv", rows)
    events = gk.read_events(path, format="ucdp", errors="raise")
    read = rows_of(events)
    assert [(r["event_id"], r["source"], r["target"], r["fatalities"]) for r in read] == [
        (str(1000 + i), "Government of Testland", "TLF", 2) for i in range(3)
    ]


ICEWS_YEARLY = (
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\t"
    "Intensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\t"
    "Publisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude"
)
"""The Dataverse yearly files' header (events.YYYY.*.tab), as andybega/icews keeps a
sample of it (inst/extdata/events.2018.sample.tab; shared/reference/event-data.md)."""


def test_an_icews_yearly_file_reads_and_the_2017_one_without_cameo_is_named(engine, tmp_path):
    assert SAMPLES["icews"].read_text(encoding="utf-8").split("\n", 1)[0] == ICEWS_YEARLY
    row = "1\t2017-01-01\tPolice (India)\tPolice\tIndia\tx\t0211\t3.4\tCitizen (India)\t\tIndia\t9"
    row += "\t1\tp\t\t\t\tIndia\t1\t2"
    path = tmp_path / "events.2016.20170206.tab"
    path.write_text(f"{ICEWS_YEARLY}\n{row}\n", encoding="utf-8")
    events = gk.read_events(path, format="icews", errors="raise")
    assert [r["code"] for r in rows_of(events)] == ["0211"]
    # the 2017 file has no CAMEO Code column (ICEWS issue 73)
    names = ICEWS_YEARLY.split("\t")
    drop = names.index("CAMEO Code")
    without = "\t".join(n for i, n in enumerate(names) if i != drop)
    short = "\t".join(f for i, f in enumerate(row.split("\t")) if i != drop)
    path.write_text(f"{without}\n{short}\n", encoding="utf-8")
    with pytest.raises(gk.DataError, match="a ICEWS header with the columns 'CAMEO Code'"):
        read_quietly(path, "icews")


GDELT_HEADERS = {
    "gdelt1": event_source("gdelt1").columns,
    "gdelt2": event_source("gdelt2").columns,
}
"""GDELT files have no header; the codebook's names as a header row are what
linwoodc3/gdeltPyR's utils/schema_csvs/GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv
and GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv list (58 and 61 names, the same
as the records'), and what a BigQuery export writes first."""


@pytest.mark.parametrize("format", ["gdelt1", "gdelt2"])
def test_a_gdelt_file_with_the_codebook_header_row_reads_every_event(engine, tmp_path, format):
    names = GDELT_HEADERS[format]
    assert (len(names), names[:3], names[-2:]) == (
        58 if format == "gdelt1" else 61,
        ("GLOBALEVENTID", "SQLDATE", "MonthYear"),
        ("DATEADDED", "SOURCEURL"),
    )
    text = SAMPLES[format].read_text(encoding="utf-8")
    for header, name in (("\t".join(names), "plain.CSV"), ("\t".join(names).upper(), "up.CSV")):
        path = tmp_path / name
        path.write_text(f"{header}\n{text}", encoding="utf-8")
        events = gk.read_events(path, format=format, errors="raise")
        assert events.count().to_pyarrow().as_py() == len(text.splitlines())
        assert min(r["line"] for r in rows_of(events)) == 2


# -- item 10: text columns are text, whether empty or not -------------------------------


def test_what_reading_found_is_typed_the_same_with_or_without_problems(engine, tmp_path):
    clean = gk.read_events(SYNTHETIC["ucdp"], format="ucdp")
    rows = ucdp_rows(2)
    rows[1]["best"] = "many"
    damaged = read_quietly(write_csv(tmp_path / "ged.csv", rows), "ucdp")
    for events in (clean, damaged):
        assert events.problems.dtypes.astype(str).tolist() == ["str", "Int64", "str", "str", "str"]
        assert events.files.dtypes.astype(str).tolist() == ["str", "int64", "int64", "str"]
    # a file-level problem has no column and no value: still text columns
    (problem,) = damaged.problems.itertuples()
    assert problem.column == "best" and problem.value == "many"
    damaged.problems.loc[0, "column"] = "a string"  # assignable, unlike a float column


def test_a_table_not_read_from_files_is_described_with_typed_empty_tables(engine):
    import ibis

    raw = ibis.memtable({c: ["x"] for c in event_source("ucdp").needed})
    summary = gk.describe_events(gk.as_events(raw, "ucdp"))
    assert summary.problems.empty and summary.files.empty
    assert list(summary.problems.columns) == ["file", "line", "column", "value", "expected"]
    assert summary.files.dtypes.astype(str).tolist() == ["str", "int64", "int64", "str"]


# -- item 11: whatever reading accepts builds ------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "problems"),
    [
        ("Army of Testland", "army of testland", 1),
        ("Army of Testland", "Army of Testland ", 0),
        ("S\u00e3o Militia", "Sa\u0303o Militia", 0),
        ("Army\u200b of Testland", "Army of Testland", 0),
    ],
    ids=["case", "trailing-space", "unicode-form", "invisible"],
)
def test_actor_spellings_the_actors_table_would_merge_or_refuse_build(
    engine, tmp_path, first, second, problems
):
    rows = acled_rows(["2023-01-05", "2023-01-06"])
    rows[0]["actor1"], rows[1]["actor1"] = first, second
    path = write_csv(tmp_path / "acled.csv", rows)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.EventProblemsWarning)
        result = build_event_graph(path, "acled")  # it ended in a DataError on the actors
    read = rows_of(result.events)
    assert len({r["source"] for r in read}) == 1  # one actor, in one spelling
    assert result.graph.number_of_nodes() == 2 and result.fates["relation"] == 2
    assert len(result.events.problems) == problems
    if problems:
        assert list(result.events.problems.line) == [3]  # in the event file, located


def test_a_spelling_differing_only_in_case_is_a_located_problem_read_as_the_first(engine, tmp_path):
    rows = acled_rows(["2023-01-05", "2023-01-06", "2023-01-07"])
    rows[1]["actor2"] = "TESTLAND LIBERATION FRONT"
    events = read_quietly(write_csv(tmp_path / "acled.csv", rows), "acled")
    assert {r["target"] for r in rows_of(events)} == {"Testland Liberation Front"}
    (problem,) = events.problems.itertuples()
    assert (problem.file, problem.line, problem.column, problem.value) == (
        str(tmp_path / "acled.csv"),
        3,
        "actor2",
        "TESTLAND LIBERATION FRONT",
    )
    assert problem.expected == (
        "the spelling 'Testland Liberation Front' read before (names that differ only in "
        "letter case are one actor); read as that"
    )


def test_a_field_over_the_field_limit_is_one_located_problem_and_the_rest_builds(engine, tmp_path):
    rows = acled_rows(["2023-01-05", "2023-01-06"])
    rows[0]["actor1"] = "A" * 1_100_000
    path = write_csv(tmp_path / "acled.csv", rows)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.EventProblemsWarning)
        result = build_event_graph(path, "acled")
    (problem,) = result.events.problems.itertuples()
    assert (problem.file, problem.line) == (str(path), 2)
    assert problem.expected.startswith("a line of at most 524,288 bytes")
    assert result.count == 1 and result.graph.number_of_edges() == 1


# -- item 12: sums never overflow -------------------------------------------------------


def test_counts_beyond_any_source_are_located_problems_and_sums_never_overflow(
    engine, tmp_path, capsys, monkeypatch
):
    columns = event_source("gdelt2").columns
    lines = SAMPLES["gdelt2"].read_text(encoding="utf-8").splitlines()
    countries = [columns.index("Actor1CountryCode"), columns.index("Actor2CountryCode")]
    first = next(  # a row between two countries, so the three make one relation (a bare
        # role such as BUS is no actor)
        fields
        for fields in (line.split("\t") for line in lines)
        if all(fields[i] for i in countries) and fields[countries[0]] != fields[countries[1]]
    )
    column = columns.index("NumMentions")
    rows = []
    for n, mentions in enumerate(["5000000000000000000", "5000000000000000000", "2147483647"]):
        fields = list(first)
        fields[0], fields[column] = str(n + 1), mentions
        rows.append("\t".join(fields))
    path = tmp_path / "big.CSV"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    events = read_quietly(path, "gdelt2")
    assert [(p.line, p.value) for p in events.problems.itertuples()] == [
        (1, "5000000000000000000"),
        (2, "5000000000000000000"),
    ]
    assert set(events.problems.expected) == {"an integer from 0 to 2,147,483,647"}
    relations = gk.aggregate_events(events, period=None)
    assert int(relations["events"].sum()) == 3
    monkeypatch.chdir(tmp_path)
    assert main(["events", "describe", str(path), "-f", "gdelt2"]) == 0
    described = capsys.readouterr().out
    assert "2 problems found" in described
    assert main(["events", "build", str(path), "-f", "gdelt2"]) in (0, 1)
    built = capsys.readouterr()
    assert "graphkit: 2 problem(s) reading the files:" in built.err
    assert "Integer value out of bounds" not in built.err + built.out


# -- item 14: outputs that are inputs are refused ---------------------------------------


def test_events_build_refuses_tables_that_would_overwrite_an_input(engine, tmp_path, capsys):
    folder = tmp_path / "tables"
    folder.mkdir()
    actors = write_csv(folder / "actors.csv", acled_rows(["2023-01-05"]))
    before = actors.read_bytes()
    for given in ([str(actors)], [str(folder / "*.csv")]):
        code = main(["events", "build", *given, "-f", "acled", "--tables", str(folder)])
        err = capsys.readouterr().err
        assert code == 2
        assert f"--tables {str(folder / 'actors.csv')!r} is an input of this command" in err
        assert actors.read_bytes() == before


def test_hdxs_hxl_tag_row_is_skipped_with_a_note_and_no_problem(engine, tmp_path):
    rows = acled_rows(["2023-01-05", "2023-01-06"])
    tags = dict.fromkeys(rows[0], "")
    tags.update(
        event_id_cnty="#event+code", event_date="#date+occurred", actor1="#group+name+first"
    )
    tags.update(fatalities="#affected+killed", event_type="#event+type")
    path = write_csv(tmp_path / "acled-hdx.csv", [tags, *rows])  # the tags under the header
    events = gk.read_events(path, format="acled", errors="raise")
    assert [r["line"] for r in rows_of(events)] == [3, 4]
    assert list(events.files.status) == ["read; its HXL tag row (line 2) skipped"]
    hashtag_actor = acled_rows(["2023-01-07"], actor1="#MeToo movement")  # data, not tags
    events = gk.read_events(write_csv(tmp_path / "tag.csv", hashtag_actor), format="acled")
    assert [r["source"] for r in rows_of(events)] == ["#MeToo movement"]
