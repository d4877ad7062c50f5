"""Hostile event files: every row read or reported with its file and line, never lost.

Each test makes a small file in tmp_path from the real samples (data/samples) and checks
what ``gk.read_events`` and ``graphkit events describe/build`` say about it.
"""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import pytest
from conftest import SAMPLES

import graphkit as gk
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
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.CSV", text)
        archive.writestr("b.CSV", text)
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
    assert set(files["status"]) == {"read"}
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
