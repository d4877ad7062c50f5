"""Reading raw event files: the real samples whole, every container, every hostile input."""

from __future__ import annotations

import gzip
import shutil
import zipfile
from pathlib import Path

import pytest

import graphkit as gk
from conftest import SAMPLES, SYNTHETIC, raw_rows

pytestmark = pytest.mark.engine

GDELT_CODE, GDELT_GOLDSTEIN, GDELT_ID = 26, 30, 0


def rows_of(events) -> list[dict]:
    return events.order_by(["file", "line"]).to_pyarrow().to_pylist()


def read_quietly(*args, **kwargs):
    with pytest.warns(gk.EventProblemsWarning):
        return gk.read_events(*args, **kwargs)


@pytest.mark.parametrize("format", ["gdelt2", "gdelt1"])
def test_a_real_gdelt_sample_is_read_whole_with_codes_and_scores_as_in_the_file(engine, format):
    raw = raw_rows(SAMPLES[format], header=False)
    events = gk.read_events(SAMPLES[format], format=format)
    got = rows_of(events)
    assert len(got) == len(raw) == 500
    assert events.problems.empty
    assert [r["event_id"] for r in got] == [r[GDELT_ID] for r in raw]
    assert [r["code"] for r in got] == [r[GDELT_CODE] for r in raw]
    assert any(r["code"].startswith("0") for r in got)  # leading zeros kept
    assert sum(r["goldstein"] for r in got) == pytest.approx(
        sum(float(r[GDELT_GOLDSTEIN]) for r in raw), abs=1e-9
    )
    assert [r["line"] for r in got] == list(range(1, 501))
    assert events.files[["rows", "problems", "status"]].values.tolist() == [[500, 0, "read"]]


def test_the_real_icews_sample_is_read_whole(engine):
    raw = raw_rows(SAMPLES["icews"], header=True)
    got = rows_of(gk.read_events(SAMPLES["icews"], format="icews"))
    assert len(got) == len(raw) == 500
    assert [r["code"] for r in got] == [r["CAMEO Code"] for r in raw]
    assert sum(r["goldstein"] for r in got) == pytest.approx(
        sum(float(r["Intensity"]) for r in raw), abs=1e-9
    )
    assert [r["source"] for r in got] == [
        None if r["Source Name"] == "NA" else r["Source Name"] for r in raw
    ]
    assert "Recep Tayyip Erdoğan" in {r["source"] for r in got}  # diacritics survive
    assert got[0]["line"] == 2  # the header is line 1
    # (Event ID, Event Date) is the unique key, not Event ID alone
    assert len({r["event_id"] for r in got}) == len({(r["Event ID"], r["Event Date"]) for r in raw})


def test_gdelt1_backfile_rows_of_57_fields_are_read_without_a_url(engine, tmp_path):
    line = SAMPLES["gdelt1"].read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "mixed.tsv"
    backfile = "9" + "\t".join(line.split("\t")[:-1])  # another event, without SOURCEURL
    path.write_text(line + "\n" + backfile + "\n", encoding="utf-8")
    events = gk.read_events(path, format="gdelt1")
    got = rows_of(events)
    assert len(got) == 2 and events.problems.empty
    assert got[0]["url"].startswith("http") and got[1]["url"] is None


def test_zip_gzip_globs_and_lists_read_the_same_rows(engine, tmp_path):
    lines = SAMPLES["gdelt2"].read_bytes().splitlines(keepends=True)
    with zipfile.ZipFile(tmp_path / "a.export.CSV.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.export.CSV", b"".join(lines[:200]))
        archive.writestr("b.export.CSV", b"".join(lines[200:300]))
    with gzip.open(tmp_path / "c.export.CSV.gz", "wb") as handle:
        handle.write(b"".join(lines[300:]))
    by_glob = gk.read_events(str(tmp_path / "*.export.CSV.*"), format="gdelt2")
    by_list = gk.read_events(
        [tmp_path / "c.export.CSV.gz", tmp_path / "a.export.CSV.zip"], format="gdelt2"
    )
    whole = gk.read_events(SAMPLES["gdelt2"], format="gdelt2")
    ids = sorted(r["event_id"] for r in rows_of(whole))
    assert sorted(r["event_id"] for r in rows_of(by_glob)) == ids
    assert sorted(r["event_id"] for r in rows_of(by_list)) == ids
    assert by_glob.files["rows"].tolist() == [200, 100, 200]
    assert by_glob.files["file"].iloc[1].endswith("a.export.CSV.zip:b.export.CSV")


@pytest.mark.parametrize("columns", ["all", "needed"])
def test_parquet_with_the_codebook_names_reads_like_the_text_file(engine, tmp_path, columns):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from graphkit.events import SOURCES

    spec = SOURCES["gdelt2"]
    raw = raw_rows(SAMPLES["gdelt2"], header=False)
    names = spec.columns if columns == "all" else spec.needed
    table = pa.table({c: [r[spec.columns.index(c)] for r in raw] for c in names})
    pq.write_table(table, tmp_path / "events.parquet")
    from_parquet = rows_of(gk.read_events(tmp_path / "events.parquet", format="gdelt2"))
    from_text = rows_of(gk.read_events(SAMPLES["gdelt2"], format="gdelt2"))
    drop = ("file",)
    assert [{k: v for k, v in r.items() if k not in drop} for r in from_parquet] == [
        {k: v for k, v in r.items() if k not in drop} for r in from_text
    ]


def test_integer_cameo_codes_get_their_leading_zeros_back(engine, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from graphkit.events import SOURCES

    spec = SOURCES["gdelt2"]
    raw = raw_rows(SAMPLES["gdelt2"], header=False)
    typed = {c: [r[spec.columns.index(c)] for r in raw] for c in spec.needed}
    for column in ("GLOBALEVENTID", "SQLDATE", "EventCode", "EventRootCode", "NumMentions"):
        typed[column] = [int(v) for v in typed[column]]
    typed["GoldsteinScale"] = [float(v) for v in typed["GoldsteinScale"]]
    pq.write_table(pa.table(typed), tmp_path / "typed.parquet")
    got = rows_of(gk.read_events(tmp_path / "typed.parquet", format="gdelt2"))
    assert [r["code"] for r in got] == [r[GDELT_CODE] for r in raw]
    assert [r["root_code"] for r in got] == [r[28] for r in raw]


def test_a_truncated_zip_is_read_up_to_where_it_stops_and_other_files_whole(engine, tmp_path):
    with zipfile.ZipFile(tmp_path / "cut.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        # other events than the sample's (a repeated id is read once)
        lines = SAMPLES["gdelt2"].read_text(encoding="utf-8").splitlines(True)
        archive.writestr("cut.export.CSV", "".join("9" + line for line in lines))
    data = (tmp_path / "cut.zip").read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])  # no central directory left
    events = read_quietly([tmp_path / "cut.zip", SAMPLES["gdelt2"]], format="gdelt2")
    assert events.files.status.tolist() == ["truncated", "read"]
    assert events.files.rows.iloc[1] == 500 and 0 < events.files.rows.iloc[0] < 500
    (problem,) = events.problems.itertuples()
    assert problem.file.endswith("cut.zip:cut.export.CSV") and "ends early" in problem.expected


def test_a_truncated_zip_of_the_right_format_keeps_its_complete_lines(engine, tmp_path):
    with zipfile.ZipFile(tmp_path / "cut.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(SAMPLES["gdelt2"], "cut.export.CSV")
    data = (tmp_path / "cut.zip").read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: int(len(data) * 0.6)])
    events = read_quietly(tmp_path / "cut.zip", format="gdelt2")
    got = rows_of(events)
    raw = raw_rows(SAMPLES["gdelt2"], header=False)
    assert 0 < len(got) < 500
    assert [r["event_id"] for r in got] == [r[0] for r in raw[: len(got)]]
    (problem,) = events.problems.itertuples()
    assert problem.line == len(got) + 1 and "ends early" in problem.expected
    assert events.files.status.tolist() == ["truncated"]


def test_a_truncated_gzip_is_read_up_to_where_it_stops(engine, tmp_path):
    with gzip.open(tmp_path / "cut.tsv.gz", "wb") as handle:
        handle.write(SAMPLES["icews"].read_bytes())
    data = (tmp_path / "cut.tsv.gz").read_bytes()
    (tmp_path / "cut.tsv.gz").write_bytes(data[: len(data) // 2])
    events = read_quietly(tmp_path / "cut.tsv.gz", format="icews")
    assert 0 < events.count().to_pyarrow().as_py() < 500
    assert events.problems.expected.str.contains("gzip data ends early").all()


def test_rows_with_the_wrong_number_of_fields_are_listed_and_the_rest_read(engine, tmp_path):
    lines = SAMPLES["gdelt2"].read_text(encoding="utf-8").splitlines()
    lines[9] = "\t".join(lines[9].split("\t")[:-1])  # line 10: a field short
    lines[19] += "\textra"  # line 20: a field too many
    (tmp_path / "bad.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    events = read_quietly(tmp_path / "bad.tsv", format="gdelt2")
    assert events.count().to_pyarrow().as_py() == 498
    assert events.problems.line.tolist() == [10, 20]
    assert events.problems.expected.tolist() == [
        "61 tab-separated fields (GDELT 2.0); found 60",
        "61 tab-separated fields (GDELT 2.0); found 62",
    ]


def test_non_numeric_scores_and_bad_dates_are_listed_and_the_rows_kept(engine, tmp_path):
    lines = [
        line.split("\t") for line in SAMPLES["gdelt2"].read_text(encoding="utf-8").splitlines()
    ]
    lines[4][GDELT_GOLDSTEIN] = "abc"
    lines[6][1] = "20191345"  # month 13
    lines[7][31] = "12x"  # NumMentions
    (tmp_path / "bad.tsv").write_text(
        "\n".join("\t".join(f) for f in lines) + "\n", encoding="utf-8"
    )
    events = read_quietly(tmp_path / "bad.tsv", format="gdelt2")
    got = rows_of(events)
    assert len(got) == 500
    assert got[4]["goldstein"] is None and got[6]["date"] is None and got[7]["mentions"] is None
    problems = events.problems[["line", "column", "value", "expected"]].values.tolist()
    assert problems == [
        [5, "GoldsteinScale", "abc", "a number from -10 to 10"],
        [7, "SQLDATE", "20191345", "a date as YYYYMMDD"],
        [8, "NumMentions", "12x", "an integer from 0 to 2,147,483,647"],
    ]
    with pytest.raises(gk.DataError) as caught:
        gk.read_events(tmp_path / "bad.tsv", format="gdelt2", errors="raise")
    message = str(caught.value)
    assert (
        "bad.tsv, line 5, column 'GoldsteinScale' (AE): got 'abc'; "
        "expected a number from -10 to 10" in message
    )


def test_bytes_that_are_not_utf8_are_listed_and_read_as_windows_1252(engine, tmp_path):
    lines = SAMPLES["icews"].read_bytes().splitlines(keepends=True)
    lines[3] = lines[3].replace(b"\tOsaka\t", b"\tOs\xe1ka\t")
    (tmp_path / "mixed.tab").write_bytes(b"".join(lines))
    events = read_quietly(tmp_path / "mixed.tab", format="icews", keep=True)
    got = rows_of(events)
    assert len(got) == 500 and got[2]["City"] == "Osáka"
    (problem,) = events.problems.itertuples()
    assert problem.line == 4 and "UTF-8" in problem.expected


def test_an_empty_file_is_listed_and_alone_is_an_error(engine, tmp_path):
    (tmp_path / "empty.tsv").write_bytes(b"")
    events = read_quietly([tmp_path / "empty.tsv", SAMPLES["gdelt2"]], format="gdelt2")
    assert events.count().to_pyarrow().as_py() == 500
    assert events.files.status.tolist() == ["empty", "read"]
    with pytest.raises(gk.DataError, match=r"empty\.tsv: expected a file with event rows"):
        gk.read_events(tmp_path / "empty.tsv", format="gdelt2")


def test_the_wrong_format_is_one_clear_error_that_names_the_right_one(engine):
    with pytest.raises(gk.DataError) as caught:
        gk.read_events(SAMPLES["icews"], format="gdelt2")
    (problem,) = caught.value.problems
    assert "looks like format='icews'" in problem.expected and problem.line == 1
    with pytest.raises(gk.DataError, match="looks like format='gdelt2'"):
        gk.read_events(SAMPLES["gdelt2"], format="gdelt1")
    with pytest.raises(gk.DataError, match="'CAMEO Code'"):
        gk.read_events(SYNTHETIC["polecat"], format="icews")


def test_a_directory_a_missing_file_and_an_empty_glob_are_clear_errors(engine, tmp_path):
    with pytest.raises(gk.DataError, match="not a directory"):
        gk.read_events(tmp_path, format="gdelt2")
    with pytest.raises(gk.DataError) as caught:
        gk.read_events([tmp_path / "no.tsv", str(tmp_path / "*.zip")], format="gdelt2")
    assert [p.expected for p in caught.value.problems] == [
        "an existing file",
        "files matching this pattern (none found)",
    ]
    with pytest.raises(ValueError, match="unknown event format 'gdelt'"):
        gk.read_events(SAMPLES["gdelt2"], format="gdelt")


def test_an_icews_file_without_a_cameo_code_column_is_refused_by_name(engine, tmp_path):
    text = SAMPLES["icews"].read_text(encoding="utf-8").replace("CAMEO Code", "CAMEO", 1)
    (tmp_path / "events.2017.tab").write_text(text, encoding="utf-8")
    with pytest.raises(gk.DataError, match=r"events\.2017\.tab, line 1: .*'CAMEO Code'"):
        gk.read_events(tmp_path / "events.2017.tab", format="icews")


def test_events_can_live_in_a_given_duckdb_database(engine, tmp_path):
    import duckdb

    con = duckdb.connect(str(tmp_path / "events.duckdb"))
    events = gk.read_events(SAMPLES["gdelt2"], format="gdelt2", connection=con)
    name = events.get_name()
    assert con.execute(f'SELECT count(*) FROM "{name}"').fetchone() == (500,)
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.mark.parametrize("typed", [False, True])
def test_problems_in_parquet_files_are_those_of_the_same_rows_as_text(engine, tmp_path, typed):
    """Parquet's checks run one filtered scan per column on the files themselves (and
    the repeat check on the raw id): the problems, the rows kept and the cleaned text
    must be those the one-pass checks of a text file give for the same rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from graphkit.events import SOURCES

    spec = SOURCES["gdelt2"]
    raw = [list(r) for r in raw_rows(SAMPLES["gdelt2"], header=False)[:40]]
    at = spec.columns.index
    raw[3][at("Actor1Name")] = "SYRIA\x07REBELS"  # a control character (BEL)
    raw[5][at("SOURCEURL")] = "https://example.org/\x1b[31m"  # an escape in a URL
    raw[7][at("GoldsteinScale")] = "11.5"  # outside [-10, 10]
    raw[9][at("SQLDATE")] = "20190231"  # no such day
    raw[11][at("NumMentions")] = "-3"  # a negative count
    raw[13][at("GLOBALEVENTID")] = raw[2][at("GLOBALEVENTID")]  # a repeated id
    raw[15][at("QuadClass")] = "7"
    halves = [raw[:20], raw[20:]]
    text_files, parquet_files = [], []
    for i, rows in enumerate(halves):
        text = tmp_path / f"part{i}.tsv"
        text.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
        text_files.append(text)
        columns = {c: [r[at(c)] for r in rows] for c in spec.needed}
        if typed:
            for c in ("GLOBALEVENTID", "SQLDATE", "NumMentions", "QuadClass"):
                columns[c] = [int(v) for v in columns[c]]
            columns["GoldsteinScale"] = [float(v) for v in columns["GoldsteinScale"]]
        parquet = tmp_path / f"part{i}.parquet"
        pq.write_table(pa.table(columns), parquet)
        parquet_files.append(parquet)
    from_text = read_quietly(text_files, format="gdelt2")
    from_parquet = read_quietly(parquet_files, format="gdelt2")

    def located(events):
        problems = events.problems.assign(file=events.problems.file.str.extract(r"part(\d)")[0])
        return sorted(problems[["file", "line", "column", "value"]].itertuples(index=False))

    # the same problems at the same file and line (the file's number: part0, part1)
    assert located(from_parquet) == located(from_text)
    assert len(from_text.problems) == 7
    drop = ("file",)
    assert [{k: v for k, v in r.items() if k not in drop} for r in rows_of(from_parquet)] == [
        {k: v for k, v in r.items() if k not in drop} for r in rows_of(from_text)
    ]
    names = {r["source_name"] for r in rows_of(from_parquet)}
    assert "SYRIA REBELS" in names  # the control character was read as a space


def test_parquet_files_without_problems_list_none(engine, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from graphkit.events import SOURCES

    spec = SOURCES["gdelt2"]
    raw = raw_rows(SAMPLES["gdelt2"], header=False)
    table = pa.table({c: [r[spec.columns.index(c)] for r in raw] for c in spec.needed})
    pq.write_table(table.slice(0, 250), tmp_path / "a.parquet")
    pq.write_table(table.slice(250), tmp_path / "b.parquet")
    events = gk.read_events([tmp_path / "a.parquet", tmp_path / "b.parquet"], format="gdelt2")
    assert events.problems.empty
    assert events.count().to_pyarrow().as_py() == 500


def test_a_clean_text_file_compiles_no_value_check_and_a_bad_value_still_does(
    engine, tmp_path, monkeypatch
):
    # the checks column by column are an Ibis union of some twenty parts: compiling it
    # costs about 0.3 s, which a file with no suspect row does not need
    import graphkit.events.reading as reading

    compiled = []
    real = reading.value_problems
    monkeypatch.setattr(
        reading, "value_problems", lambda *a, **k: compiled.append(1) or real(*a, **k)
    )
    clean = gk.read_events(SAMPLES["gdelt2"], format="gdelt2")
    assert clean.problems.empty and compiled == []
    assert clean.count().to_pyarrow().as_py() == 500
    lines = SAMPLES["gdelt2"].read_text(encoding="utf-8").splitlines()
    fields = lines[2].split("\t")
    fields[GDELT_GOLDSTEIN] = "abc"
    lines[2] = "\t".join(fields)
    (tmp_path / "bad.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    bad = read_quietly(tmp_path / "bad.tsv", format="gdelt2")
    assert compiled == [1]
    assert bad.problems[["line", "column", "value"]].values.tolist() == [
        [3, "GoldsteinScale", "abc"]
    ]


@pytest.mark.parametrize(
    ("first", "second", "repeated"),
    [
        ([1, 2, 3, 4], [5, 6, 7, 8], []),  # rising through both files: no repeat
        ([8, 7, 6, 5], [4, 3, 2, 1], []),  # falling, all distinct: still none
        ([1, 2, 3, 4], [4, 5, 6, 7], [("b", 1)]),  # the last id of a starts b
        ([1, 9, 3, 4], [5, 6, 7, 9], [("b", 4)]),  # apart, in order elsewhere
        ([1, 2, 2, 3], [5, 6, 7, 8], [("a", 3)]),  # side by side in one file
    ],
)
def test_repeated_integer_ids_in_parquet_are_found_wherever_they_fall(
    engine, tmp_path, first, second, repeated
):
    """Integer ids that rise through the files prove that none repeats; ids in any
    other order are grouped. Either way each repeat is found, in the later row."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from graphkit.events import SOURCES

    spec = SOURCES["gdelt2"]
    raw = raw_rows(SAMPLES["gdelt2"], header=False)[:8]
    columns = {c: [r[spec.columns.index(c)] for r in raw] for c in spec.needed}
    table = pa.table(columns).set_column(
        spec.needed.index("GLOBALEVENTID"), "GLOBALEVENTID", pa.array(first + second)
    )
    pq.write_table(table.slice(0, 4), tmp_path / "a.parquet")
    pq.write_table(table.slice(4), tmp_path / "b.parquet")
    files = [tmp_path / "a.parquet", tmp_path / "b.parquet"]
    if repeated:
        events = read_quietly(files, format="gdelt2")
    else:
        events = gk.read_events(files, format="gdelt2")
    problems = events.problems
    found = [(Path(f).stem, n) for f, n in zip(problems.file, problems.line, strict=True)]
    assert found == repeated
    assert events.count().to_pyarrow().as_py() == 8 - len(repeated)


def test_rising_ids_are_checked_across_every_chunk_they_are_streamed_in(engine, tmp_path):
    """The proof that integer ids do not repeat streams them in chunks: a fall inside
    a chunk and one across two chunks both defeat it."""
    import ibis
    import pyarrow as pa
    import pyarrow.parquet as pq

    from graphkit.events.reading import _DirectRead, _increasing, _parquet_view

    def increasing(ids, chunk):
        path = tmp_path / f"ids{len(list(tmp_path.iterdir()))}.parquet"
        pq.write_table(pa.table({"id": pa.array(ids, pa.int64())}), path, row_group_size=3)
        backend = ibis.duckdb.connect()
        view = _parquet_view(backend.con, backend, [path])
        direct = _DirectRead.of(backend, view, [path])
        return _increasing(backend.con, direct, '"id"', chunk=chunk)

    rising = list(range(0, 50_000, 7))
    assert increasing(rising, chunk=2048)
    assert increasing([None, 1, None, 2, 5], chunk=2048)  # nulls are no ids
    # a fall deep inside the second chunk, and one exactly where a chunk starts
    inside = [*rising[:3000], rising[2999], *rising[3000:]]
    assert not increasing(inside, chunk=2048)
    across = [*rising[:2048], rising[2047], *rising[2048:]]
    assert not increasing(across, chunk=2048)


@pytest.mark.parametrize("format", ["gdelt2", "icews"])
def test_parquet_checks_compiled_together_find_the_rows_each_filter_finds(engine, tmp_path, format):
    """The checks of Parquet files are compiled in one pass, as the columns of one
    selection, and each is written as its own scan: every scan must keep exactly the
    rows the same test compiled alone as a filter keeps (a bad value in every column
    the checks read, one per row), and the one pass must be taken, not its fallback."""
    import ibis
    import pyarrow as pa
    import pyarrow.parquet as pq

    from graphkit.events import SOURCES
    from graphkit.events.checks import suspect_tests
    from graphkit.events.reading import _DirectRead, _parquet_view

    spec = SOURCES[format]
    rows = [list(r) for r in raw_rows(SAMPLES[format], header=spec.header)]
    needed = [c for c in spec.needed if c in spec.columns]
    for i, column in enumerate(needed):
        row = rows[i % len(rows)]
        row[spec.columns.index(column)] = "a\x07b" if i % 2 else "x"
    path = tmp_path / "bad.parquet"
    pq.write_table(pa.table({c: [r[spec.columns.index(c)] for r in rows] for c in needed}), path)
    backend = ibis.duckdb.connect()
    view = _parquet_view(backend.con, backend, [path])
    direct = _DirectRead.of(backend, view, [path])
    tests = suspect_tests(direct.table, format)
    assert direct._test_columns([t for _c, t, _x in tests]) is not None
    together = direct.scans(tests)
    table = direct.table
    alone = [
        direct.sql(
            table.filter(test).select(
                _gk_file=table.filename,
                _gk_line=table.file_row_number + 1,
                _gk_controls=ibis.literal(control),
            )
        )
        for _column, test, control in tests
    ]
    kept = [sorted(backend.con.execute(s).fetchall()) for s in together]
    assert kept == [sorted(backend.con.execute(s).fetchall()) for s in alone]
    # every test finds its column's bad value ("x" where text is fine finds nothing)
    assert sum(1 for k in kept if k) >= len(needed) // 2
