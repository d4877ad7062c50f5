"""Only bad input reads as bad input: a programming error is reported as an internal error."""

from __future__ import annotations

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
