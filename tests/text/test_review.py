"""The review round trip: a spreadsheet-safe CSV read back exactly, an analyst's edits,
and accepted rows validated like any relations table."""

import pandas as pd
import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)

import graphkit as gk
from graphkit import DataError
from graphkit.datasets import data_path
from graphkit.text import accept_relations, read_review, write_review


def _review(**changes) -> pd.DataFrame:
    rows = {
        "source": ["turkey", "iran", "united_states"],
        "relation": ["backs", "backs", "designates_terrorist"],
        "target": ["hts", "syrian_government", "hts"],
        "evidence": [
            '=HYPERLINK("http://x.example","Turkey backs HTS")',
            'Iran denied "arming" the government,\nreportedly.',
            "@SUM(1) The US still lists HTS.",
        ],
        "start_char": [0, 60, 120],
        "end_char": [58, 110, 150],
        "trigger": ["backs", "arming", "lists"],
        "confidence": [0.9, 0.77, 0.85],
        "negated": [False, True, False],
        "hedged": [False, True, False],
        "attributed_to": [None, "Iran", None],
        "rule": ["verb:back", "verb:arm", "verb:list"],
        "document": ["report.txt"] * 3,
        "hypothetical": [False, False, False],
        "source_mention": ["Turkey", "Iran", "US"],
        "target_mention": ["HTS", "government", "HTS"],
        "reported": ["2024-12-07"] * 3,
        "ok": [True, False, True],
    }
    rows.update(changes)
    frame = pd.DataFrame(rows)
    text = pd.Series(["text"]).dtype
    columns = [c for c in frame.columns if frame[c].dtype == object]
    return frame.astype({c: text for c in columns})


def test_a_review_round_trips_exactly_and_no_cell_is_a_formula(tmp_path):
    review = _review()
    path = write_review(review, tmp_path / "review.csv")
    raw = path.read_text(encoding="utf-8")
    for line in raw.splitlines():
        for cell in line.split(","):
            assert not cell.startswith(("=", "+", "-", "@")), cell
    assert read_review(path).equals(review)


@pytest.mark.model
def test_an_extracted_review_round_trips_exactly(extract, tmp_path):
    review = extract(
        "Iran backs Hezbollah. According to Israel, Iran funds Hamas. Qatar would fund Hamas.",
        document="=cmd|' /C calc'!A0",
    )
    assert len(review) == 3
    assert read_review(write_review(review, tmp_path / "r.csv")).equals(review)


def test_an_analysts_edits_are_read(tmp_path):
    path = write_review(_review(), tmp_path / "review.csv")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["ok"] = ["yes", "", "X"]  # as a spreadsheet user might type them
    frame["relation"] = ["backs", "backs", "opposes"]
    frame["notes"] = ["", "", "check the date"]
    frame.to_csv(path, index=False)
    back = read_review(path)
    assert back["ok"].tolist() == [True, False, True]
    assert back["relation"].tolist()[2] == "opposes"
    assert back["notes"].tolist()[2] == "check the date"


def test_bad_cells_of_an_edited_review_are_located(tmp_path):
    path = write_review(_review(), tmp_path / "review.csv")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[0, "ok"] = "maybe"
    frame.loc[2, "start_char"] = "twelve"
    frame.to_csv(path, index=False)
    with pytest.raises(DataError) as caught:
        read_review(path)
    message = str(caught.value)
    assert "review.csv, line 2, column 'ok' (R): got 'maybe'" in message
    # the row starts on line 5: the evidence of the row above holds a line break
    assert "review.csv, line 5, column 'start_char' (E): got 'twelve'" in message


def test_accepted_rows_keep_evidence_document_date_and_span():
    actors = gk.read_actors(data_path("actors.csv"))
    accepted = accept_relations(_review(), actors=actors)
    assert accepted[["source", "relation", "target"]].values.tolist() == [
        ["turkey", "backs", "hts"],
        ["united_states", "designates_terrorist", "hts"],
    ]
    assert accepted["weight"].tolist() == [0.9, 0.85]
    assert accepted["document"].tolist() == ["report.txt", "report.txt"]
    assert accepted["reported"].tolist() == ["2024-12-07", "2024-12-07"]
    assert accepted["start_char"].tolist() == [0, 120]
    assert accepted["evidence"].iloc[0].startswith("=HYPERLINK")
    hand_coded = gk.read_relations(data_path("relations.csv"), actors=actors)
    G = gk.build_graph(actors, pd.concat([hand_coded, accepted], ignore_index=True))
    extracted = [d for _, _, d in G.edges(data=True) if d.get("trigger") == "lists"]
    assert extracted and extracted[0]["start_char"] == 120


def test_every_problem_of_the_accepted_rows_is_listed():
    actors = gk.read_actors(data_path("actors.csv"))
    review = _review(
        source=["tukrey", "iran", "hts"],
        relation=["backs", "backs", "bakcs"],
        ok=[True, True, True],
    )
    with pytest.raises(DataError) as caught:
        accept_relations(review, actors=actors)
    message = str(caught.value)
    assert "line 2, column 'source' (A): got 'tukrey'" in message
    assert "did you mean 'turkey'?" in message
    assert "negated" not in message  # the analyst's ok decides, with no second edit
    assert "line 4, column 'relation' (B): got 'bakcs'" in message
    assert "line 4, column 'target'" in message and "other than the source" in message


def test_a_review_file_is_accepted_by_path(tmp_path):
    path = write_review(_review(), tmp_path / "review.csv")
    accepted = accept_relations(path, actors=gk.read_actors(data_path("actors.csv")))
    assert len(accepted) == 2


def test_a_review_file_without_its_ok_column_accepts_nothing(tmp_path):
    path = write_review(_review().drop(columns="ok"), tmp_path / "review.csv")
    with pytest.raises(DataError, match="a column named 'ok' in the header"):
        accept_relations(path)


def test_a_review_file_with_a_column_twice_is_refused(tmp_path):
    path = tmp_path / "review.csv"
    write_review(_review(), path)
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    lines = [line + (",ok" if i == 0 else ",TRUE" if line else "") for i, line in enumerate(lines)]
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    with pytest.raises(DataError, match=r"'ok'.*each column name once"):
        read_review(path)


def test_control_characters_of_the_text_do_not_reach_the_review(nlp, actors):
    from graphkit.text import extract_relations

    text = "Turkey\x07 backs\x1b HTS.\x00"
    review = extract_relations(text, actors=actors, nlp=nlp)
    assert len(review) == 1
    assert review.loc[0, "evidence"] == "Turkey  backs  HTS."
    assert (review.loc[0, "start_char"], review.loc[0, "end_char"]) == (0, 19)
    accepted = accept_relations(review)
    assert accepted.loc[0, "evidence"] == "Turkey  backs  HTS."
    gk.build_graph(actors, accepted)  # validated like any relations table


def test_every_review_column_is_kept_or_named_review_only():
    # a column of the review neither kept nor review-only would be taken for an
    # analyst's note; a new column of REVIEW_COLUMNS must be sorted into one of them
    from graphkit.core.schema import RELATION_COLUMNS
    from graphkit.text import REVIEW_COLUMNS
    from graphkit.text.review import KEPT_COLUMNS, REVIEW_ONLY_COLUMNS

    known = {*RELATION_COLUMNS, *KEPT_COLUMNS, *REVIEW_ONLY_COLUMNS}
    assert set(REVIEW_COLUMNS) <= known


def test_columns_an_analyst_added_are_kept_on_the_accepted_relations():
    review = pd.DataFrame(
        {
            "source": ["turkey", "iran"],
            "relation": ["backs", "opposes"],
            "target": ["hts", "hts"],
            "evidence": ["Turkey backs HTS.", "Iran opposes HTS."],
            "ok": [True, False],
            "checked_by": ["ana", "bo"],
        }
    )
    accepted = accept_relations(review)
    assert list(accepted["checked_by"]) == ["ana"]
