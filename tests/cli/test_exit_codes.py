"""Only bad input reads as bad input: a programming error is reported as an internal error."""

from __future__ import annotations

import warnings

import pytest

import graphkit as gk
from graphkit.cli import commands


@pytest.mark.parametrize("error", [KeyError("degree"), ValueError("cannot reshape array")])
def test_a_programming_error_is_an_internal_error_not_a_data_problem(
    monkeypatch, capsys, tmp_path, error
):
    monkeypatch.chdir(tmp_path)

    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(gk, "summarize", broken)
    assert commands.main(["build", "-o", str(tmp_path / "page.html")]) == 1
    stderr = capsys.readouterr().err
    assert stderr.startswith("graphkit: error: internal error (")
    assert type(error).__name__ in stderr and "please report it" in stderr


def test_bad_input_is_exit_1_with_the_located_problem(tmp_path, capsys):
    actors = tmp_path / "actors.csv"
    actors.write_text("id,name,kind\nturkey,Turkey,stat\n", encoding="utf-8")
    relations = tmp_path / "relations.csv"
    relations.write_text("source,target,relation\n", encoding="utf-8")
    code = commands.main(["validate", "--actors", str(actors), "--relations", str(relations)])
    stderr = capsys.readouterr().err
    assert code == 1
    assert "line 2, column 'kind'" in stderr and "internal error" not in stderr


def test_graphkit_warnings_are_one_inert_line_and_other_warnings_are_not_shown(
    monkeypatch, capsys, tmp_path
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GRAPHKIT_DEBUG", raising=False)
    summarize = gk.summarize

    def noisy(*args, **kwargs):
        warnings.warn("fetch_arrow_table() is deprecated", DeprecationWarning, stacklevel=1)
        warnings.warn("PN centrality is undefined\x1b[2J", gk.UndefinedMeasureWarning, stacklevel=1)
        return summarize(*args, **kwargs)

    monkeypatch.setattr(gk, "summarize", noisy)
    assert commands.main(["build", "-o", str(tmp_path / "page.html")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == ["graphkit: warning: PN centrality is undefined\\x1b[2J"]


def test_over_time_on_a_graph_without_dates_is_bad_input_not_an_internal_error(tmp_path, capsys):
    actors, relations = tmp_path / "actors.csv", tmp_path / "relations.csv"
    actors.write_text("id,name,kind\na,A,state\nb,B,state\n", encoding="utf-8")
    relations.write_text("source,target,relation\na,b,opposes\n", encoding="utf-8")
    argv = ["analyze", "--actors", str(actors), "--relations", str(relations)]
    code = commands.main([*argv, "--over-time", "M", "--csv", str(tmp_path / "out")])
    stderr = capsys.readouterr().err
    assert code == 1 and "internal error" not in stderr
    assert "graphkit: error: graph 'relations'" in stderr and "start or end date" in stderr


def test_build_colours_by_camp_and_gives_the_page_each_periods_camps(tmp_path, capsys):
    page, plain = tmp_path / "page.html", tmp_path / "plain.html"
    assert commands.main(["build", "--over-time", "Y", "-o", str(page)]) == 0
    assert commands.main(["build", "--color-by", "kind", "-o", str(plain)]) == 0
    html, kinds = page.read_text(encoding="utf-8"), plain.read_text(encoding="utf-8")
    assert '"colorBy":"camp"' in html and '"periods"' in html
    assert '"colorBy":"kind"' in kinds and '"periods"' not in kinds
    with pytest.raises(SystemExit) as caught:
        commands.main(["build", "--over-time", "fortnight"])
    assert caught.value.code == 2
    assert "'fortnight' is not a period length" in capsys.readouterr().err
