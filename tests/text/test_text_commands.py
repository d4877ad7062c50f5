"""graphkit extract and graphkit accept, in-process: files written, exit codes, located
errors, nothing half-written."""

import shutil

import pandas as pd
import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)

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
    assert "4 candidate relations in 1 document: 2 asserted, 2 negated or hypothetical" in out
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
    review.loc[1, "ok"] = "TRUE"  # a negated row accepted by mistake
    review.loc[0, "target"] = "htss"
    review.to_csv(in_tmp / "review.csv", index=False)
    shutil.copy(data_path("relations.csv"), in_tmp / "relations.csv")
    before = (in_tmp / "relations.csv").read_bytes()
    capsys.readouterr()
    assert main(["accept", "review.csv", "--relations", "relations.csv"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("graphkit: error: review.csv: 2 problems")
    assert "line 2, column 'target' (C): got 'htss'" in err and "did you mean 'hts'?" in err
    assert "line 3, column 'negated'" in err
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
