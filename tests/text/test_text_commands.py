"""graphkit extract and graphkit accept, in-process: files written, exit codes, located
errors, nothing half-written."""

import shutil

import pandas as pd
import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)

from graphkit import read_review
from graphkit.cli import main
from graphkit.datasets import data_path

pytestmark = pytest.mark.model

ARTICLE = (
    "Turkey has been open about its backing of HTS. Iran has not armed HTS.\n"
    "HTS leader Abu Mohammad al-Julani said the group would not attack Israel."
)


@pytest.fixture
def in_tmp(tmp_path, monkeypatch, nlp):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    shutil.copy(data_path("actors.csv"), tmp_path / "actors.csv")
    return tmp_path


def test_extract_then_accept(in_tmp, capsys):
    assert main(["extract", "article.txt", "--actors", "actors.csv", "-o", "review.csv"]) == 0
    out = capsys.readouterr().out
    # "the group would not attack Israel": the group is HTS (coreference), not asserted
    assert (
        "4 candidate relations in 1 document: 2 asserted, 2 denied "
        "(ok is FALSE for the 2 not asserted)" in out
    )
    review = pd.read_csv(in_tmp / "review.csv")
    assert set(review["document"]) == {"article.txt"}
    assert (
        main(["accept", "review.csv", "--relations", "relations.csv", "--actors", "actors.csv"])
        == 0
    )
    out = capsys.readouterr().out
    assert "accepted 2 relations from review.csv; 2 added; relations.csv now holds 2" in out
    relations = pd.read_csv(in_tmp / "relations.csv")
    assert sorted(
        zip(relations["source"], relations["relation"], relations["target"], strict=True)
    ) == [
        ("abu_mohammad_al_julani", "leads", "hts"),
        ("turkey", "backs", "hts"),
    ]
    assert relations["evidence"].str.len().min() > 20 and set(relations["document"]) == {
        "article.txt"
    }
    # accepting again adds nothing; appending to a hand-coded table keeps it
    assert (
        main(["accept", "review.csv", "--relations", "relations.csv", "--actors", "actors.csv"])
        == 0
    )
    assert "0 added, 2 already in relations.csv" in capsys.readouterr().out
    shutil.copy(data_path("relations.csv"), in_tmp / "hand.csv")
    assert main(["accept", "review.csv", "--relations", "hand.csv", "--actors", "actors.csv"]) == 0
    assert len(pd.read_csv(in_tmp / "hand.csv")) == 41 + 2


def test_bad_input_exits_1_and_leaves_the_relations_file_untouched(in_tmp, capsys):
    assert main(["extract", "missing.txt"]) == 1
    assert "missing.txt: expected an existing file" in capsys.readouterr().err
    assert main(["extract", "article.txt", "-o", "review.csv"]) == 0
    review = pd.read_csv(in_tmp / "review.csv", dtype=str, keep_default_na=False)
    review.loc[0, "target"] = "htss"
    review.to_csv(in_tmp / "review.csv", index=False)
    shutil.copy(data_path("relations.csv"), in_tmp / "relations.csv")
    before = (in_tmp / "relations.csv").read_bytes()
    capsys.readouterr()
    assert main(["accept", "review.csv", "--relations", "relations.csv"]) == 1
    err = capsys.readouterr().err
    # the table checked against is named, since no --actors was given
    assert err.startswith("graphkit: note: no --actors given: using the bundled syria-2024")
    assert "graphkit: error: review.csv: 1 problem" in err
    assert "line 2, column 'target' (C): got 'htss'" in err and "did you mean 'hts'?" in err
    assert (in_tmp / "relations.csv").read_bytes() == before


def test_usage_errors_exit_2(in_tmp, capsys):
    assert main(["extract", "article.txt", "-o", "review.txt"]) == 2
    assert "ending in .csv" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["accept", "review.csv"])
    assert caught.value.code == 2


def test_extract_never_writes_over_its_own_text(in_tmp, capsys):
    (in_tmp / "article.csv").write_text("Turkey backs HTS.", encoding="utf-8")
    assert main(["extract", "article.csv", "-o", "article.csv"]) == 2
    assert "is an input of this command" in capsys.readouterr().err
    assert (in_tmp / "article.csv").read_text(encoding="utf-8") == "Turkey backs HTS."


def test_outputs_that_are_inputs_are_refused(in_tmp, capsys):
    assert main(["extract", "article.txt", "--actors", "actors.csv", "-o", "review.csv"]) == 0
    review = (in_tmp / "review.csv").read_bytes()
    capsys.readouterr()
    assert main(["accept", "review.csv", "--relations", "review.csv"]) == 2
    assert "--relations 'review.csv' is the review this command reads" in capsys.readouterr().err
    assert (in_tmp / "review.csv").read_bytes() == review
    args = ["accept", "review.csv", "--relations", "actors.csv", "--actors", "actors.csv"]
    assert main(args) == 2
    assert "is the actors table this command reads" in capsys.readouterr().err
    (in_tmp / "proposed.csv").write_text("id,name,kind,ok\nx,X,state,TRUE\n", encoding="utf-8")
    assert main(["accept-actors", "proposed.csv", "--actors", "proposed.csv"]) == 2
    assert "is the proposals this command reads" in capsys.readouterr().err
    assert (in_tmp / "proposed.csv").read_text(encoding="utf-8").startswith("id,name,kind,ok")


def test_accept_actors_without_its_ok_column_adds_nothing(in_tmp, capsys):
    (in_tmp / "proposed.csv").write_text(
        "id,name,kind\nrussia,Russia,state\nidlib,Idlib,city\n", encoding="utf-8"
    )
    before = (in_tmp / "actors.csv").read_bytes()
    assert main(["accept-actors", "proposed.csv", "--actors", "actors.csv"]) == 1
    assert "a column named 'ok' in the header" in capsys.readouterr().err
    assert (in_tmp / "actors.csv").read_bytes() == before


def test_the_bundled_actors_table_is_named_when_used(in_tmp, capsys):
    assert main(["extract", "article.txt", "-o", "review.csv"]) == 0
    err = capsys.readouterr().err
    assert "no --actors given: using the bundled syria-2024 actors table (24 actors" in err
    assert main(["extract", "article.txt", "--actors", "actors.csv", "-o", "r2.csv"]) == 0
    assert "bundled" not in capsys.readouterr().err


def test_unreadable_texts_are_each_named_and_nothing_is_written(in_tmp, capsys):
    (in_tmp / "utf16.txt").write_bytes("Turkey backs HTS.".encode("utf-16-le"))
    (in_tmp / "report.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n")
    args = ["extract", "article.txt", "utf16.txt", "report.pdf", "--actors", "actors.csv"]
    assert main([*args, "-o", "review.csv"]) == 1
    err = capsys.readouterr().err
    assert "utf16.txt: expected UTF-8 text (this file is UTF-16" in err
    assert "report.pdf: expected a text file (this one holds binary data" in err
    assert not (in_tmp / "review.csv").exists()


def test_empty_texts_are_named_and_the_others_read(in_tmp, capsys):
    assert main(["extract", "article.txt", "--actors", "actors.csv", "-o", "one.csv"]) == 0
    found = capsys.readouterr().out.split(" candidate relations")[0]
    (in_tmp / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    args = ["extract", "blank.txt", "article.txt", "--actors", "actors.csv", "-o", "review.csv"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "graphkit: warning: blank.txt is empty or blank: no relations from it" in captured.err
    assert f"{found} candidate relations in 2 documents" in captured.out
    assert int(found) >= 3


def test_extract_gives_the_types_event_data_uses_unless_asked_for_the_families(in_tmp, capsys):
    # "Iran has not armed HTS": arms (the CAMEO-mapped type) by default, backs with
    # --families; --specific is the default spelled out
    runs = {
        "default": [],
        "specific": ["--specific"],
        "families": ["--families"],
    }
    found = {}
    for name, flags in runs.items():
        out = f"{name}.csv"
        assert main(["extract", "article.txt", "--actors", "actors.csv", *flags, "-o", out]) == 0
        review = read_review(out)
        found[name] = set(review.loc[review["source"] == "iran", "relation"])
    assert found["default"] == found["specific"] == {"arms"}
    assert found["families"] == {"backs"}
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "article.txt", "--specific", "--families", "-o", "both.csv"])
    assert exit_.value.code == 2 and "not allowed with" in capsys.readouterr().err
