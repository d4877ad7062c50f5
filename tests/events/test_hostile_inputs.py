"""Hostile event files: every row read or reported with its file and line, never lost.

Each test makes a small file in tmp_path from the real samples (data/samples) and checks
what ``gk.read_events`` and ``graphkit events describe/build`` say about it.
"""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import pytest

import graphkit as gk
from conftest import SAMPLES, SYNTHETIC
from graphkit.cli import main

pytestmark = pytest.mark.engine


def gdelt_lines(count: int) -> list[str]:
    with open(SAMPLES["gdelt2"], encoding="utf-8") as handle:
        return [next(handle) for _ in range(count)]


def read_quietly(paths, format: str, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return gk.read_events(paths, format=format, **options)


def rows_of(events) -> int:
    return events.count().to_pyarrow().as_py()


def expected_texts(events) -> list[str]:
    return list(events.problems["expected"])


# -- A3: a truncated zip archive -------------------------------------------------------


def two_member_zip(tmp_path: Path) -> bytes:
    text = "".join(gdelt_lines(50))
    # b's events are others (ids of their own): a repeated id is read once
    other = "".join("9" + line for line in gdelt_lines(50))
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.CSV", text)
        archive.writestr("b.CSV", other)
    return whole.read_bytes()


def test_a_zip_without_its_central_directory_reads_every_member(engine, tmp_path):
    data = two_member_zip(tmp_path)
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[:-30])  # the end-of-central-directory record is gone
    events = read_quietly(cut, "gdelt2")
    assert rows_of(events) == 100
    files = events.files.set_index("file")
    assert files.loc[f"{cut}:a.CSV", "rows"] == 50
    assert files.loc[f"{cut}:b.CSV", "rows"] == 50
    assert files.loc[f"{cut}:a.CSV", "status"] == files.loc[f"{cut}:b.CSV", "status"] == "read"
    assert tuple(files.loc[str(cut), ["rows", "problems", "status"]]) == (0, 1, "truncated")
    (problem,) = events.problems.itertuples()
    assert problem.file == str(cut) and "central directory" in problem.expected


def test_half_a_zip_reads_the_first_member_and_reports_the_second_truncated(engine, tmp_path):
    data = two_member_zip(tmp_path)
    half = tmp_path / "trunc.zip"
    half.write_bytes(data[: len(data) // 2])
    events = read_quietly(half, "gdelt2")
    files = events.files.set_index("file")
    assert files.loc[f"{half}:a.CSV", "rows"] == 50
    assert files.loc[f"{half}:a.CSV", "status"] == "read"
    assert files.loc[f"{half}:b.CSV", "status"] == "truncated"
    partial = int(files.loc[f"{half}:b.CSV", "rows"])
    assert 0 <= partial < 50
    assert rows_of(events) == 50 + partial
    truncated = events.problems[events.problems.file == f"{half}:b.CSV"]
    assert list(truncated["line"]) == [partial + 1]
    with pytest.raises(gk.DataError, match=r"b\.CSV"):
        gk.read_events(half, format="gdelt2", errors="raise")


def test_describe_of_a_truncated_zip_names_both_members(engine, tmp_path, capsys):
    data = two_member_zip(tmp_path)
    half = tmp_path / "trunc.zip"
    half.write_bytes(data[: len(data) // 2])
    code = main(["events", "describe", str(half), "-f", "gdelt2"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"{half}:a.CSV: 50 rows, 0 problems (read)" in out
    assert f"{half}:b.CSV: " in out and "(truncated)" in out
    assert "1 problem found" in out


# -- A4: typed Parquet columns are checked like text ones ------------------------------


def typed_gdelt(tmp_path: Path, name: str, rows: int = 4, **typed) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from graphkit.events import SOURCES

    spec = SOURCES["gdelt2"]
    raw = [line.rstrip("\n").split("\t") for line in gdelt_lines(rows)]
    columns = {c: pa.array([r[spec.columns.index(c)] for r in raw]) for c in spec.needed}
    columns.update(typed)
    path = tmp_path / name
    pq.write_table(pa.table(columns), path)
    return path


def problems_by_line(events) -> dict[int, tuple[str, str, str]]:
    return {
        int(p.line): (p.column, p.value, p.expected)
        for p in events.problems.itertuples()
        if not isinstance(p.line, type(None))
    }


def test_a_float_date_column_is_read_when_whole_and_reported_when_not(engine, tmp_path):
    import pyarrow as pa

    dates = pa.array([20191024.0, None, 20191024.5, 99999999.0], pa.float64())
    path = typed_gdelt(tmp_path, "dates.parquet", SQLDATE=dates)
    events = read_quietly(path, "gdelt2")
    got = events.order_by("line").select("line", "date").to_pyarrow().to_pylist()
    assert str(got[0]["date"]) == "2019-10-24"
    assert [r["date"] for r in got[1:]] == [None, None, None]
    assert problems_by_line(events) == {
        3: ("SQLDATE", "20191024.5", "a date as YYYYMMDD"),
        4: ("SQLDATE", "99999999", "a date as YYYYMMDD"),
    }
    assert set(events.problems["file"]) == {str(path)}


def test_typed_scores_counts_and_actor_lists_are_each_a_located_problem(engine, tmp_path):
    import pyarrow as pa

    path = typed_gdelt(
        tmp_path,
        "typed.parquet",
        SQLDATE=pa.array([20191024, 99999999, 20191024, 20191024], pa.int64()),
        GoldsteinScale=pa.array([True, None, None, None], pa.bool_()),
        NumMentions=pa.array([1.0, 2.5, None, 3.0], pa.float64()),
        Actor1Code=pa.array([[1, 2], None, None, None], pa.list_(pa.int64())),
    )
    events = read_quietly(path, "gdelt2")
    found = sorted(
        (int(p.line), p.column, p.value, p.expected) for p in events.problems.itertuples()
    )
    assert found == [
        (1, "Actor1Code", "[1, 2]", "a single value"),
        (1, "GoldsteinScale", "true", "a number from -10 to 10"),
        (2, "NumMentions", "2.5", "an integer from 0 to 2,147,483,647"),
        (2, "SQLDATE", "99999999", "a date as YYYYMMDD"),
    ]
    got = events.order_by("line").select("source", "goldstein", "mentions").to_pyarrow()
    assert got.to_pylist()[0]["source"] is None and got.to_pylist()[0]["goldstein"] is None
    assert got.column("mentions").to_pylist() == [1, None, None, 3]


def test_integer_dates_follow_the_calendar_leap_years_included(engine, tmp_path):
    import pyarrow as pa

    # by hand: 2024 and 2000 are leap years, 2023 and 1900 are not; April has 30 days
    written = [20240229, 20230229, 20000229, 19000229, 20240431, 20241301, 20240100, 9991231]
    path = typed_gdelt(
        tmp_path, "calendar.parquet", rows=len(written), SQLDATE=pa.array(written, pa.int64())
    )
    events = read_quietly(path, "gdelt2")
    got = events.order_by("line").date.to_pyarrow().to_pylist()
    assert [None if d is None else d.isoformat() for d in got] == [
        "2024-02-29",
        None,
        "2000-02-29",
        None,
        None,
        None,
        None,
        None,
    ]
    assert sorted(problems_by_line(events)) == [2, 4, 5, 6, 7, 8]
    assert problems_by_line(events)[2] == ("SQLDATE", "20230229", "a date as YYYYMMDD")


def test_the_date_parts_computed_once_stay_out_of_the_events_even_with_raw_columns(
    engine, tmp_path
):
    import pyarrow as pa

    written = [20240229, 20230229]
    path = typed_gdelt(
        tmp_path, "parts.parquet", rows=len(written), SQLDATE=pa.array(written, pa.int64())
    )
    plain = read_quietly(path, "gdelt2")
    kept = read_quietly(path, "gdelt2", keep=True)
    assert not [c for c in [*plain.columns, *kept.columns] if c.startswith("_gk_")]
    assert "SQLDATE" not in plain.columns and "raw_date" not in kept.columns
    got = kept.order_by("line").date.to_pyarrow().to_pylist()
    assert [None if d is None else d.isoformat() for d in got] == ["2024-02-29", None]


def test_an_integer_written_with_a_fraction_in_text_is_a_problem_not_rounded(engine, tmp_path):
    lines = gdelt_lines(2)
    fields = lines[1].rstrip("\n").split("\t")
    fields[31] = "3.5"  # NumMentions
    path = tmp_path / "fraction.tsv"
    path.write_text(lines[0] + "\t".join(fields) + "\n", encoding="utf-8")
    events = read_quietly(path, "gdelt2")
    assert problems_by_line(events) == {
        2: ("NumMentions", "3.5", "an integer from 0 to 2,147,483,647")
    }
    mentions = events.order_by("line").mentions.to_pyarrow().to_pylist()
    assert mentions[1] is None


# -- numbers outside what the codebook allows ----------------------------------------------


def test_counts_scores_and_classes_outside_their_range_are_located_problems(engine, tmp_path):
    lines = gdelt_lines(5)
    changed = {2: (31, "-1"), 3: (29, "7"), 4: (30, "11.5"), 5: (25, "2")}
    for line, (index, value) in changed.items():
        fields = lines[line - 1].rstrip("\n").split("\t")
        fields[index] = value
        lines[line - 1] = "\t".join(fields) + "\n"
    path = tmp_path / "ranges.tsv"
    path.write_text("".join(lines), encoding="utf-8")
    events = read_quietly(path, "gdelt2")
    assert rows_of(events) == 5
    assert problems_by_line(events) == {
        2: ("NumMentions", "-1", "an integer from 0 to 2,147,483,647"),
        3: ("QuadClass", "7", "an integer from 1 to 4"),
        4: ("GoldsteinScale", "11.5", "a number from -10 to 10"),
        5: ("IsRootEvent", "2", "an integer from 0 to 1"),
    }
    got = events.order_by("line").select("mentions", "quad_class", "goldstein", "code")
    rows = got.to_pyarrow().to_pylist()
    assert rows[1]["mentions"] is None
    # line 3's code is 057: its root 05 is quad class 1 in GDELT's convention
    assert rows[2]["code"] == "057" and rows[2]["quad_class"] == 1
    assert rows[3]["goldstein"] is None


def test_typed_nan_infinite_and_negative_numbers_are_located_problems(engine, tmp_path):
    import pyarrow as pa

    path = typed_gdelt(
        tmp_path,
        "typed_ranges.parquet",
        GoldsteinScale=pa.array([float("nan"), float("-inf"), -10.0, 10.0], pa.float64()),
        NumArticles=pa.array([1, 0, -3, None], pa.int64()),
        NumMentions=pa.array([1.0, float("nan"), float("inf"), 2.0], pa.float64()),
    )
    events = read_quietly(path, "gdelt2")
    found = {(int(p.line), p.column, p.value, p.expected) for p in events.problems.itertuples()}
    assert found == {
        (1, "GoldsteinScale", "nan", "a number from -10 to 10"),
        (2, "GoldsteinScale", "-inf", "a number from -10 to 10"),
        (2, "NumMentions", "nan", "an integer from 0 to 2,147,483,647"),
        (3, "NumArticles", "-3", "an integer from 0 to 2,147,483,647"),
        (3, "NumMentions", "inf", "an integer from 0 to 2,147,483,647"),
    }
    got = events.order_by("line").select("goldstein", "articles", "mentions").to_pyarrow()
    assert got.to_pydict() == {
        "goldstein": [None, None, -10.0, 10.0],
        "articles": [1, 0, None, None],
        "mentions": [1, None, None, 2],
    }


def test_negative_fatalities_are_a_problem_and_not_summed(engine, tmp_path):
    rows = [
        {"event_date": "2023-01-15", "actor1": "Alpha", "actor2": "Beta", "fatalities": "-2"},
        {"event_date": "2023-01-16", "actor1": "Alpha", "actor2": "Beta", "fatalities": "3"},
    ]
    events = read_quietly(acled_file(tmp_path, rows), "acled")
    assert problems_by_line(events) == {
        2: ("fatalities", "-2", "an integer from 0 to 2,147,483,647")
    }
    (relation,) = gk.aggregate_events(events, period="M").itertuples()
    assert relation.events == 2 and relation.fatalities == 3


# -- B4: a damaged Parquet file ---------------------------------------------------------


@pytest.mark.parametrize("damage", ["text", "half"])
def test_a_damaged_parquet_file_is_one_located_problem(engine, tmp_path, capsys, damage):
    path = tmp_path / "bad.parquet"
    if damage == "text":
        path.write_text("".join(gdelt_lines(3)), encoding="utf-8")
    else:
        data = typed_gdelt(tmp_path, "good.parquet", rows=50).read_bytes()
        path.write_bytes(data[: len(data) // 2])
    with pytest.raises(gk.DataError) as caught:
        gk.read_events(path, format="gdelt2")
    (problem,) = caught.value.problems
    assert problem.source == str(path) and problem.expected.startswith("a Parquet file (")
    assert "\n" not in problem.expected and "SELECT" not in problem.expected
    code = main(["events", "describe", str(path), "-f", "gdelt2"])
    captured = capsys.readouterr()
    assert code == 1
    assert "internal error" not in captured.err and "Traceback" not in captured.err
    assert str(path) in captured.err + captured.out


def test_a_damaged_parquet_file_beside_good_files_does_not_stop_them(engine, tmp_path):
    bad = tmp_path / "bad.parquet"
    bad.write_text("not parquet\n", encoding="utf-8")
    good = typed_gdelt(tmp_path, "good.parquet", rows=5)  # the sample's first 5 events
    others = tmp_path / "others.tsv"  # events of their own (a repeated id is read once)
    others.write_text("".join("9" + line for line in gdelt_lines(20)), encoding="utf-8")
    events = read_quietly([bad, good, others], "gdelt2")
    assert rows_of(events) == 25
    assert events.files.set_index("file").loc[str(bad), "status"] == "unreadable"
    assert list(events.problems["file"]) == [str(bad)]


# -- A7: a column named twice in a header ------------------------------------------------


HEADED = {
    "icews": (SAMPLES["icews"], "\t"),
    "polecat": (SYNTHETIC["polecat"], "\t"),
    "ucdp": (SYNTHETIC["ucdp"], ","),
    "acled": (SYNTHETIC["acled"], ","),
}


def renamed_header(path: Path, delimiter: str, tmp_path: Path, rename: int, to: str) -> Path:
    text = path.read_text(encoding="utf-8")
    header, rest = text.split("\n", 1)
    names = header.split(delimiter)
    names[rename] = to
    out = tmp_path / f"twice{path.suffix}"
    out.write_text(delimiter.join(names) + "\n" + rest, encoding="utf-8")
    return out


@pytest.mark.parametrize("format", sorted(HEADED))
def test_a_used_column_named_twice_is_refused_naming_both_positions(engine, tmp_path, format):
    from graphkit.events import SOURCES

    source, delimiter = HEADED[format]
    names = source.read_text(encoding="utf-8").split("\n", 1)[0].split(delimiter)
    spec = SOURCES[format]
    used = spec.needed[-1]
    spare = next(i for i, n in enumerate(names) if n not in spec.needed and n != used)
    path = renamed_header(source, delimiter, tmp_path, spare, used)
    with pytest.raises(gk.DataError) as caught:
        gk.read_events(path, format=format)
    (problem,) = caught.value.problems
    first, second = sorted((names.index(used) + 1, spare + 1))
    assert (problem.source, problem.line, problem.column) == (str(path), 1, used)
    assert problem.column_number == second
    assert problem.expected.startswith(f"each column name once (column {first} is also")


def test_an_unused_column_named_twice_is_reported_and_the_rows_read(engine, tmp_path):
    from graphkit.events import SOURCES

    source, delimiter = HEADED["acled"]
    names = source.read_text(encoding="utf-8").split("\n", 1)[0].split(delimiter)
    assert "notes" not in SOURCES["acled"].needed and "tags" not in SOURCES["acled"].needed
    path = renamed_header(source, delimiter, tmp_path, names.index("tags"), "notes")
    events = read_quietly(path, "acled")
    whole = gk.read_events(source, format="acled")
    assert rows_of(events) == rows_of(whole)
    (problem,) = events.problems.itertuples()
    assert problem.column == "notes" and "each column name once" in problem.expected


# -- B2: dates before year 1000 and at the end of the calendar ---------------------------


def acled_file(tmp_path: Path, rows: list[dict[str, str]], name: str = "acled.csv") -> Path:
    import csv

    header = SYNTHETIC["acled"].read_text(encoding="utf-8").split("\n", 1)[0].split(",")
    path = tmp_path / name
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header, restval="")
        writer.writeheader()
        for number, row in enumerate(rows, 1):
            writer.writerow(
                {
                    "event_id_cnty": f"E{number}",
                    "event_type": "Battles",
                    "sub_event_type": "Armed clash",
                    "fatalities": "1",
                    **row,
                }
            )
    return path


EDGE_DATES = ["0999-06-15", "0001-01-01", "9999-12-31"]


@pytest.mark.parametrize("period", ["D", "W", "M", "Q", "Y"])
def test_early_and_last_dates_make_four_digit_relation_dates(engine, tmp_path, period):
    rows = [{"event_date": d, "actor1": "Alpha", "actor2": "Beta"} for d in EDGE_DATES]
    events = gk.read_events(acled_file(tmp_path, rows), format="acled")
    relations = gk.aggregate_events(events, period=period)
    assert len(relations) == 3
    width = {"D": 10, "W": 10, "M": 7, "Q": 7, "Y": 4}[period]
    for value in [*relations["start"], *relations["end"]]:
        assert len(value) == width and value[:4].isdigit(), value
    assert sorted(relations["first_event"]) == sorted(EDGE_DATES)
    last = relations.loc[relations["first_event"] == "9999-12-31"].iloc[0]
    assert last["end"] == "9999-12-31"[:width]
    first = relations.loc[relations["first_event"] == "0001-01-01"].iloc[0]
    assert first["start"] == {"D": "0001-01-01", "W": "0001-01-01"}.get(
        period, "0001-01-01"[:width]
    )


@pytest.mark.parametrize("period", ["M", "W"])
def test_events_build_with_edge_dates_builds_the_graph(engine, tmp_path, capsys, period):
    rows = [{"event_date": d, "actor1": "Alpha", "actor2": "Beta"} for d in EDGE_DATES]
    path = acled_file(tmp_path, rows)
    page = tmp_path / "page.html"
    code = main(["events", "build", str(path), "-f", "acled", "--period", period, "-o", str(page)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert page.is_file() and "internal error" not in captured.err


# -- B3: control characters in actor names and codes --------------------------------------

BELL = "B\x07ell\x1b]8;;http://x.test\x1b\\"
CSI = "X\u009b2J"


def test_control_characters_in_actors_are_located_problems_and_become_spaces(engine, tmp_path):
    rows = [
        {"event_date": "2023-01-05", "actor1": BELL, "actor2": "Beta"},
        {"event_date": "2023-01-06", "actor1": "Alpha", "actor2": CSI},
    ]
    path = acled_file(tmp_path, rows)
    events = read_quietly(path, "acled")
    found = [(p.file, int(p.line), p.column, p.value) for p in events.problems.itertuples()]
    assert found == [(str(path), 2, "actor1", BELL), (str(path), 3, "actor2", CSI)]
    assert all("control characters" in e for e in expected_texts(events))
    got = events.order_by("line").select("source", "target").to_pyarrow().to_pylist()
    assert got[0]["source"] == "B ell ]8;;http://x.test \\"
    assert got[1]["target"] == "X 2J"


def test_control_characters_in_a_gdelt_actor_code_are_found_on_the_fast_path(engine, tmp_path):
    lines = gdelt_lines(3)
    fields = lines[1].rstrip("\n").split("\t")
    fields[5] = "US\x1bA"  # Actor1Code
    path = tmp_path / "codes.tsv"
    path.write_text(lines[0] + "\t".join(fields) + "\n" + lines[2], encoding="utf-8")
    events = read_quietly(path, "gdelt2")
    assert [(int(p.line), p.column) for p in events.problems.itertuples()] == [(2, "Actor1Code")]


def test_events_build_with_control_characters_builds_and_describe_reports(engine, tmp_path, capsys):
    rows = [
        {"event_date": "2023-01-05", "actor1": BELL, "actor2": "Beta"},
        {"event_date": "2023-01-06", "actor1": "Alpha", "actor2": CSI},
    ]
    path = acled_file(tmp_path, rows)
    assert main(["events", "describe", str(path), "-f", "acled"]) == 0
    out = capsys.readouterr().out
    assert "2 problems found" in out and "\x1b" not in out and "\x07" not in out
    code = main(["events", "build", str(path), "-f", "acled", "-o", str(tmp_path / "p.html")])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "\x1b" not in captured.out + captured.err


# -- A5: tables for re-reading round-trip ------------------------------------------------


def test_events_build_tables_rebuild_the_same_graph(engine, tmp_path, capsys):
    rows = [
        {"event_date": "2023-01-05", "actor1": "=cmd|' /C calc'!A0", "actor2": "-Beta"},
        {"event_date": "2023-01-06", "actor1": "+Gamma", "actor2": "@Delta"},
        {"event_date": "2023-02-06", "actor1": "-Beta", "actor2": "+Gamma"},
    ]
    path = acled_file(tmp_path, rows)
    tables = tmp_path / "tables"
    page = tmp_path / "events.html"
    args = ["events", "build", str(path), "-f", "acled", "-o", str(page), "--tables", str(tables)]
    assert main(args) == 0
    graph_file = tmp_path / "rebuilt.json"
    rebuilt_args = [
        "export",
        "--actors",
        str(tables / "actors.csv"),
        "--relations",
        str(tables / "relations.csv"),
        "-o",
        str(graph_file),
    ]
    assert main(rebuilt_args) == 0, capsys.readouterr().err
    rebuilt = gk.read_graph(graph_file)
    events = gk.read_events(path, format="acled")
    relations = gk.aggregate_events(events)
    direct = gk.build_graph(gk.event_actors(events, relations=relations), relations)
    assert (
        set(rebuilt.nodes)
        == set(direct.nodes)
        == {"=cmd|' /C calc'!A0", "-Beta", "+Gamma", "@Delta"}
    )

    def edges(G):
        return sorted(
            (u, v, tuple(sorted((k, str(x)) for k, x in data.items())))
            for u, v, data in G.edges(data=True)
        )

    assert edges(rebuilt) == edges(direct)
    assert (
        main(
            [
                "build",
                "--actors",
                str(tables / "actors.csv"),
                "--relations",
                str(tables / "relations.csv"),
                "-o",
                str(tmp_path / "again.html"),
            ]
        )
        == 0
    )


# -- minor: counts that agree, files without rows, internal names, UTF-16 ------------------


def test_each_file_row_counts_the_problems_listed_for_that_file(engine, tmp_path):
    lines = gdelt_lines(3)
    fields = lines[1].rstrip("\n").split("\t")
    fields[30] = "strong"  # GoldsteinScale: found after reading, by the engine
    path = tmp_path / "scores.tsv"
    # events of their own beside the sample's (a repeated id is read once)
    text = lines[0] + "\t".join(fields) + "\n" + lines[2]
    path.write_text("".join("9" + line for line in text.splitlines(True)), encoding="utf-8")
    events = read_quietly([path, SAMPLES["gdelt2"]], "gdelt2")
    counts = events.problems["file"].value_counts().to_dict()
    assert dict(zip(events.files["file"], events.files["problems"], strict=True)) == {
        str(path): 1,
        str(SAMPLES["gdelt2"]): 0,
    }
    assert counts == {str(path): 1}
    assert events.files["problems"].sum() == len(events.problems)


@pytest.mark.parametrize(
    ("format", "content"),
    [
        ("gdelt2", b"\xef\xbb\xbf"),
        ("gdelt2", b"\n\n"),
        ("acled", SYNTHETIC["acled"].read_bytes().split(b"\n", 1)[0] + b"\n"),
        ("icews", b"\xef\xbb\xbf" + SAMPLES["icews"].read_bytes().split(b"\n", 1)[0] + b"\n"),
    ],
    ids=["bom-only", "blank-lines", "acled-header-only", "icews-bom-header-only"],
)
def test_a_file_without_event_rows_is_a_problem_like_an_empty_file(
    engine, tmp_path, format, content
):
    path = tmp_path / "norows.txt"
    path.write_bytes(content)
    with pytest.raises(gk.DataError, match=r"norows\.txt: expected a file with event rows"):
        gk.read_events(path, format=format)
    events = read_quietly(
        [path, SAMPLES["gdelt2"] if format == "gdelt2" else SAMPLES["icews"]]
        if format != "acled"
        else [path, SYNTHETIC["acled"]],
        format,
    )
    assert events.files.set_index("file").loc[str(path), "status"] == "empty"


def test_parquet_missing_columns_lists_only_the_files_columns(engine, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"SQLDATE": ["20191024"], "Other": ["x"]}), tmp_path / "few.parquet")
    with pytest.raises(gk.DataError) as caught:
        gk.read_events(tmp_path / "few.parquet", format="gdelt2")
    for problem in caught.value.problems:
        assert problem.expected.endswith("found 'SQLDATE', 'Other'")
        assert "_file" not in problem.expected and "_line" not in problem.expected


@pytest.mark.parametrize("bom", [True, False])
def test_a_utf16_event_file_is_one_problem_saying_so(engine, tmp_path, bom):
    text = SAMPLES["icews"].read_text(encoding="utf-8")
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.encode("utf-16" if bom else "utf-16-le"))
    with pytest.raises(gk.DataError) as caught:
        gk.read_events(path, format="icews")
    (problem,) = caught.value.problems
    assert problem.source == str(path) and "this file is UTF-16" in problem.expected


def test_blank_lines_between_gdelt_rows_make_no_events(engine, tmp_path):
    lines = gdelt_lines(3)
    path = tmp_path / "gaps.tsv"
    path.write_text(lines[0] + "\n" + lines[1] + "\n\n" + lines[2], encoding="utf-8")
    events = gk.read_events(path, format="gdelt2")
    assert events.order_by("line").line.to_pyarrow().to_pylist() == [1, 3, 6]
    assert len(events.problems) == 0
