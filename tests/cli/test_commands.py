"""The graphkit command, in-process and as a real subprocess."""

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

import graphkit as gk
from graphkit.cli import main
from graphkit.datasets import data_path


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_build_writes_page_and_summarises(in_tmp, capsys):
    assert main(["build"]) == 0
    out = capsys.readouterr().out
    page = in_tmp / "out" / "syria-2024.html"
    assert page.is_file() and page.stat().st_size > 10_000
    G = gk.load_dataset()
    assert re.search(rf"actors +{G.number_of_nodes()} ", out)
    assert re.search(rf"relations +{G.number_of_edges()} ", out)
    assert "backs 3" in out  # relations by type
    assert (
        "syrian_government (3): Syrian government (Assad), Iran, Bashar al-Assad (inferred)" in out
    )
    assert "designates_terrorist" in out  # the tension within the HTS camp
    top5 = gk.centrality(G).head(5)
    assert "Most central actors" in out
    for actor in top5.index:
        assert actor in out
    assert str(Path("out") / "syria-2024.html") in out


def test_build_with_own_files_and_output(in_tmp, capsys):
    shutil.copy(data_path("actors.csv"), in_tmp / "a.csv")
    shutil.copy(data_path("relations.csv"), in_tmp / "r.csv")
    assert main(["build", "--actors", "a.csv", "--relations", "r.csv", "-o", "x/page.html"]) == 0
    assert (in_tmp / "x" / "page.html").is_file()


def test_bad_input_exits_1_with_located_reasons_and_writes_nothing(in_tmp, capsys):
    shutil.copy(data_path("actors.csv"), in_tmp / "a.csv")
    (in_tmp / "r.csv").write_text(
        "source,target,relation\nturkey,hts,backs\nturkey,htss,backs\nturkey,hts,bakcs\n"
    )
    assert main(["build", "--actors", "a.csv", "--relations", "r.csv"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("graphkit: error: r.csv: 2 problems")
    assert "line 3, column 'target'" in err and "'htss'" in err
    assert "line 4, column 'relation'" in err and "'bakcs'" in err
    assert not (in_tmp / "out").exists()


def test_analyze_prints_tables_and_writes_csv(in_tmp, capsys):
    assert main(["analyze", "--top", "3", "--csv", "tables"]) == 0
    out = capsys.readouterr().out
    G = gk.load_dataset()
    table = gk.centrality(G)
    assert f"Centrality (top 3 of {len(table)})" in out
    assert "frustration index" in out
    implied = gk.implied_relations(G)
    assert implied["explanation"].iloc[0] in out
    written = {p.name: p for p in (in_tmp / "tables").iterdir()}
    assert sorted(written) == ["camps.csv", "centrality.csv", "implied.csv", "tensions.csv"]
    again = pd.read_csv(written["centrality.csv"], index_col=0)
    assert list(again.index) == list(table.index)
    assert len(pd.read_csv(written["tensions.csv"])) == len(gk.frustrated_edges(G))


def test_validate(in_tmp, capsys):
    assert main(["validate", "--strict"]) == 0
    assert capsys.readouterr().out.startswith("OK: syria-2024: 24 actors")


def test_missing_file_is_bad_input_and_half_options_are_bad_usage(in_tmp, capsys):
    assert main(["validate", "--actors", "nope.csv", "--relations", "r.csv"]) == 1
    assert "nope.csv" in capsys.readouterr().err
    assert main(["validate", "--actors", "nope.csv"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: graphkit validate")
    assert "both --actors and --relations" in err


def test_validate_lists_the_problems_of_both_files(in_tmp, capsys):
    (in_tmp / "a.csv").write_text(
        "id,name,kind\nturkey,Turkey,state\nhts,,armed_group\niran,Iran,stat\n"
    )
    (in_tmp / "r.csv").write_text(
        "source,target,relation\nturkey,hts,backs\nturkey,irn,backs\nturkey,hts,bakcs\n"
    )
    assert main(["validate", "--actors", "a.csv", "--relations", "r.csv"]) == 1
    err = capsys.readouterr().err
    assert "a.csv, line 3, column 'name'" in err and "a.csv, line 4, column 'kind'" in err
    # the relations are checked against the ids the bad actors file does hold
    assert "r.csv, line 3, column 'target' (B): got 'irn'" in err and "'iran'" in err
    assert "r.csv, line 4, column 'relation'" in err
    assert "line 2" not in err


@pytest.mark.parametrize("top", ["0", "-1", "x"])
def test_top_must_be_a_positive_number(capsys, top):
    with pytest.raises(SystemExit) as info:
        main(["analyze", "--top", top])
    assert info.value.code == 2
    assert "expected a whole number of 1 or more" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export(in_tmp, capsys, fmt):
    assert main(["export", "-f", fmt]) == 0
    path = in_tmp / "out" / f"syria-2024.{fmt}"
    H = gk.read_graph(path)
    assert H.number_of_edges() == gk.load_dataset().number_of_edges()


@pytest.mark.parametrize(("name", "root"), [("g.gexf", "gexf"), ("g.graphml", "graphml")])
def test_export_format_follows_the_extension(in_tmp, name, root):
    assert main(["export", "-o", f"x/{name}"]) == 0
    assert ET.parse(in_tmp / "x" / name).getroot().tag.endswith("}" + root)
    assert main(["export", "-f", "json", "-o", "g.data"]) == 0  # no known extension: -f says
    assert json.loads((in_tmp / "g.data").read_text())["directed"] is True


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "-f", "json", "-o", "g.graphml"], "which is GraphML, but the format"),
        (["export", "-o", "g.txt"], "cannot tell the format of 'g.txt'"),
        (["export", "-o", "."], "is a folder"),
        (["build", "-o", "page.txt"], "ending in .html or .htm, not 'page.txt'"),
        (["build", "-o", "."], "is a folder"),
        (["analyze", "--csv", "file.csv"], "--csv takes a folder"),
    ],
)
def test_outputs_that_contradict_their_format_are_usage_errors(in_tmp, capsys, argv, message):
    (in_tmp / "file.csv").write_text("a file")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: graphkit {argv[0]}") and message in err
    assert sorted(p.name for p in in_tmp.iterdir()) == ["file.csv"]


def test_analyze_limits_every_list_and_the_implied_table(in_tmp, capsys):
    argv = ["analyze", "--top", "1", "--csv", "t", "--implied-top", "4", "--implied-per-actor", "1"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "hts (9): Hayat Tahrir al-Sham, and 8 more" in out and "and 1 more camp\n" in out
    assert "Implied alignments (top 1 of 4 kept):" in out
    assert len(pd.read_csv(in_tmp / "t" / "implied.csv")) == 4


@pytest.mark.parametrize(
    "argv",
    [
        ["--implied-top", "0"],
        ["--implied-per-actor", "-2"],
        ["--implied-min-score", "-1"],
        ["--time-limit", "x"],
    ],
)
def test_analyze_caps_must_be_numbers_in_range(capsys, argv):
    with pytest.raises(SystemExit) as info:
        main(["analyze", *argv])
    assert info.value.code == 2


def test_errors_print_data_text_inert(in_tmp, capsys):
    actors = "\x1b]0;pwned\x07actors.csv"  # a file name can carry escape sequences too
    (in_tmp / actors).write_text("id,name,kind\nturkey,Turkey,stat\n")
    (in_tmp / "r.csv").write_text("source,target,relation\nturkey,\x1b[2Jx,backs\n")
    assert main(["validate", "--actors", actors, "--relations", "r.csv"]) == 1
    assert main(["build", "--actors", actors, "--relations", "missing.csv"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "\\x1b[2Jx" in err and "\\x1b]0;pwned\\x07actors.csv" in err


def test_a_missing_file_names_the_file_without_errno(in_tmp, capsys):
    assert main(["build", "--actors", "none.csv", "--relations", "none.csv"]) == 1
    err = capsys.readouterr().err
    assert "none.csv" in err and "[Errno" not in err and "Traceback" not in err


def test_console_script_runs_as_a_subprocess(tmp_path):
    exe = Path(sys.executable).with_name("graphkit")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "graphkit"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [*command, "build"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "Most central actors" in done.stdout
    assert (tmp_path / "out" / "syria-2024.html").is_file()
    bad = subprocess.run(
        [*command, "validate", "--actors", "missing.csv", "--relations", "x"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert bad.returncode == 1
    assert "missing.csv" in bad.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "-f", "json", "-o", "r.csv"],
        ["export", "-f", "graphml", "-o", "sub/../a.csv"],
        ["build", "-o", "r.csv"],
    ],
)
def test_an_output_never_overwrites_an_input(in_tmp, capsys, argv):
    shutil.copy(data_path("actors.csv"), in_tmp / "a.csv")
    shutil.copy(data_path("relations.csv"), in_tmp / "r.csv")
    (in_tmp / "sub").mkdir()
    before = {p.name: p.read_bytes() for p in in_tmp.glob("*.csv")}
    assert main([argv[0], "--actors", "a.csv", "--relations", "r.csv", *argv[1:]]) == 2
    err = capsys.readouterr().err
    assert "is an input" in err or "ending in .html" in err
    assert {p.name: p.read_bytes() for p in in_tmp.glob("*.csv")} == before


def test_a_graph_is_not_written_under_a_table_or_page_name(in_tmp, capsys):
    for name in ("g.csv", "g.tsv", "g.html", "g.png"):
        assert main(["export", "-f", "json", "-o", name]) == 2
        assert f"'{name}'" in capsys.readouterr().err
    assert list(in_tmp.iterdir()) == []
