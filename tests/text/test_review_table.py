"""The review table of DESIGN.md ("Text (review table)"): its columns, a review written by
the previous version still read and accepted, an analyst's ``ok`` taken as the decision,
dates carried to the accepted relations, and every damaged review file located."""

import pandas as pd
import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)

import graphkit as gk
from graphkit import DataError
from graphkit.text import REVIEW_COLUMNS, accept_relations, read_review, write_review

DESIGN_COLUMNS = [
    *("source", "relation", "target", "code", "modality", "attributed_to", "source_mention"),
    *("target_mention", "evidence", "start_char", "end_char", "trigger", "start"),
    *("date_basis", "confidence", "rule", "document", "reported"),
]

# the header a review CSV of the previous version had
PREVIOUS_HEADER = (
    "source,relation,target,evidence,start_char,end_char,trigger,confidence,negated,hedged,"
    "attributed_to,rule,document,hypothetical,source_mention,target_mention,reported,ok"
)
PREVIOUS_ROWS = [
    "turkey,backs,hts,Turkey backs HTS.,0,17,backs,0.9,False,False,,verb:back,a.txt,False,"
    "Turkey,HTS,2024-12-07,True",
    'iran,backs,hamas,"Iran denied\narming Hamas.",18,45,arming,0.9,True,False,Iran,verb:arm,'
    "a.txt,False,Iran,Hamas,2024-12-07,False",
    "qatar,backs,hamas,Qatar backs Hamas.,46,64,backs,0.9,False,False,,verb:back,a.txt,False,"
    "Qatar,Hamas,2024-12-07,True",
]


def _review(**changes) -> pd.DataFrame:
    rows = {
        "source": ["iran", "iran", "qatar"],
        "relation": ["backs", "backs", "backs"],
        "target": ["hezbollah", "hamas", "hamas"],
        "code": ["07", "072", None],
        "modality": ["asserted", "denied", "planned"],
        "attributed_to": [None, "iran", None],
        "evidence": [
            "Iran backs Hezbollah.",
            "Iran denied\narming Hamas.",
            "Qatar will fund Hamas.",
        ],
        "start": ["2019-06-02", "2024-03", "2024-12-07"],
        "date_basis": ["stated", "relative", "reported"],
        "confidence": [0.9, 0.8, 0.7],
        "document": ["a.txt"] * 3,
        "reported": ["2024-12-07"] * 3,
        "ok": [True, False, False],
    }
    rows.update(changes)
    return pd.DataFrame(rows)


@pytest.mark.model
def test_the_extracted_table_has_the_design_columns_in_order(extract):
    review = extract("Iran backs Hezbollah. Qatar would fund Hamas.", reported="2024-12-07")
    assert list(review.columns[: len(DESIGN_COLUMNS)]) == DESIGN_COLUMNS
    assert list(review.columns[len(DESIGN_COLUMNS) :]) == [
        "negated",
        "hedged",
        "hypothetical",
        "ok",
    ]
    assert tuple(review.columns) == REVIEW_COLUMNS
    assert review["modality"].tolist() == ["asserted", "hypothetical"]
    assert review["negated"].tolist() == [False, True]
    assert set(review["start"]) == {"2024-12-07"}


def test_a_review_of_the_previous_version_is_read_and_accepted(tmp_path):
    path = tmp_path / "old.csv"
    path.write_text(
        PREVIOUS_HEADER + "\r\n" + "\r\n".join(PREVIOUS_ROWS) + "\r\n", encoding="utf-8"
    )
    review = read_review(path)
    assert review.columns.tolist() == PREVIOUS_HEADER.split(",")
    assert review["negated"].tolist() == [False, True, False]
    accepted = accept_relations(path)
    assert accepted[["source", "target"]].values.tolist() == [["turkey", "hts"], ["qatar", "hamas"]]
    assert accepted["modality"].isna().all() and accepted["start"].isna().all()


def test_the_analysts_ok_decides_whatever_the_modality():
    review = _review(ok=[True, True, False])
    accepted = accept_relations(review)
    assert accepted[["target", "modality"]].values.tolist() == [
        ["hezbollah", "asserted"],
        ["hamas", "denied"],
    ]
    assert accepted["start"].tolist() == ["2019-06-02", "2024-03"]
    assert accepted["date_basis"].tolist() == ["stated", "relative"]
    assert accepted["code"].tolist() == ["07", "072"]
    assert accepted["attributed_to"].tolist()[1] == "iran"


def test_without_ok_only_asserted_rows_and_planned_ones_on_request():
    review = _review().drop(columns="ok")
    with pytest.raises(DataError) as caught:
        accept_relations(review)
    message = str(caught.value)
    assert "line 3, column 'modality' (E): got 'denied'" in message
    assert "line 4, column 'modality' (E): got 'planned'" in message
    kept = accept_relations(review.drop(index=1), keep_planned=True)
    assert kept["target"].tolist() == ["hezbollah", "hamas"]


def test_accepted_relations_are_dated_for_snapshots():
    actors = gk.read_actors(
        pd.DataFrame({"id": ["iran", "hezbollah", "hamas", "qatar"], "name": "x", "kind": "state"})
    )
    accepted = accept_relations(_review(ok=[True, True, True]), actors=actors)
    G = gk.build_graph(actors, accepted)
    before = gk.snapshot(G, "2020-01-01")
    assert [(u, v) for u, v, _ in before.edges(keys=True)] == [("iran", "hezbollah")]


def test_reordered_columns_read_the_same(tmp_path):
    review = _review()
    path = write_review(review, tmp_path / "review.csv")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame[frame.columns[::-1]].to_csv(tmp_path / "reversed.csv", index=False)
    back = read_review(tmp_path / "reversed.csv")
    assert back[review.columns].equals(read_review(path))
    assert accept_relations(tmp_path / "reversed.csv")["target"].tolist() == ["hezbollah"]


def test_removed_columns_are_named(tmp_path):
    path = write_review(_review().drop(columns=["evidence", "ok"]), tmp_path / "review.csv")
    with pytest.raises(DataError) as caught:
        accept_relations(path)
    message = str(caught.value)
    assert "line 1, column 'evidence'" in message and "a column named 'evidence'" in message
    assert "a column named 'ok'" in message
    assert "(found 'source', 'relation'" in message


def test_line_numbers_count_line_breaks_inside_cells(tmp_path):
    path = tmp_path / "review.csv"
    rows = [*PREVIOUS_ROWS]
    rows[2] = rows[2].replace("qatar,", "qatr,", 1).replace(",True", ",maybe")
    path.write_text(PREVIOUS_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_review(path)
    # the header is line 1, the first row line 2, the second lines 3-4: the third is line 5
    assert "line 5, column 'ok' (R): got 'maybe'" in str(caught.value)
    rows[2] = rows[2].replace(",maybe", ",True")
    path.write_text(PREVIOUS_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    actors = pd.DataFrame({"id": ["turkey", "hts", "qatar", "hamas", "iran"]})
    with pytest.raises(DataError) as caught:
        accept_relations(path, actors=actors)
    assert "line 5, column 'source' (A): got 'qatr'" in str(caught.value)


def test_a_review_in_another_encoding_is_named(tmp_path):
    text = PREVIOUS_HEADER + "\r\n" + "\r\n".join(PREVIOUS_ROWS) + "\r\n"
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes(text.encode("utf-16"))
    with pytest.raises(DataError, match="this one is UTF-16"):
        read_review(utf16)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(text.replace("Qatar backs", "Qatar\u00e9 backs").encode("cp1252"))
    with pytest.raises(DataError) as caught:
        read_review(latin)
    assert "latin.csv, line 5, column 'evidence'" in str(caught.value)  # row 2 is lines 3-4
    assert "save the file as UTF-8" in str(caught.value)


def test_edited_formulas_and_bad_modalities_are_located(tmp_path):
    path = write_review(_review(ok=[True, True, True]), tmp_path / "review.csv")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[0, "source"] = "=A3"  # a formula the analyst typed, saved unevaluated
    frame.loc[1, "modality"] = "maybe"
    frame.to_csv(path, index=False)
    with pytest.raises(DataError) as caught:
        accept_relations(path, actors=pd.DataFrame({"id": ["iran", "hezbollah", "hamas", "qatar"]}))
    message = str(caught.value)
    assert "line 3, column 'modality' (E): got 'maybe'; expected a modality, one of" in message
    with pytest.raises(DataError) as caught:
        frame.loc[1, "modality"] = "denied"
        frame.to_csv(path, index=False)
        accept_relations(path, actors=pd.DataFrame({"id": ["iran", "hezbollah", "hamas", "qatar"]}))
    assert "line 2, column 'source' (A): got '=A3'" in str(caught.value)
