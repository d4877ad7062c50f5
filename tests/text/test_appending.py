"""Accepted rows added to the tables they are for: a relation from the same sentence of the
same document held once, the whole table validated as one, nothing half-added; the
proposals written for a spreadsheet. What ``graphkit accept`` and ``graphkit
accept-actors`` do, as library functions (no model needed)."""

import math

import pandas as pd
import pytest

import graphkit as gk
from graphkit import DataError
from graphkit.io.spreadsheet import read_people_csv

ACTORS = pd.DataFrame(
    {
        "id": ["iran", "hezbollah", "houthis", "israel"],
        "name": ["Iran", "Hezbollah", "Houthis", "Israel"],
        "kind": ["state", "armed_group", "armed_group", "state"],
    }
)


def _relations(rows) -> pd.DataFrame:
    columns = ["source", "target", "relation", "weight", "evidence", "document"]
    return pd.DataFrame(rows, columns=columns)


TABLE = _relations(
    [
        ("iran", "hezbollah", "backs", 1.0, "Iran backs Hezbollah.", "a.txt"),
        ("israel", "hezbollah", "opposes", 1.0, "Israel struck Hezbollah.", None),
    ]
)


def test_only_the_rows_the_table_lacks_are_added_in_their_order():
    new = _relations(
        [
            # the same relation from the same sentence, with another weight: held already
            ("iran", "hezbollah", "backs", 0.9, "Iran backs Hezbollah.", "a.txt"),
            # the same sentence in another document: a new row
            ("iran", "hezbollah", "backs", 0.9, "Iran backs Hezbollah.", "b.txt"),
            # a missing document is the same as the table's missing document
            ("israel", "hezbollah", "opposes", 0.8, "Israel struck Hezbollah.", math.nan),
            ("iran", "houthis", "backs", 0.75, "Iran arms the Houthis.", "a.txt"),
        ]
    )
    combined = gk.append_relations(TABLE, new, actors=gk.read_actors(ACTORS))
    assert list(zip(combined["target"], combined["document"].fillna(""), strict=True)) == [
        ("hezbollah", "a.txt"),
        ("hezbollah", ""),
        ("hezbollah", "b.txt"),
        ("houthis", "a.txt"),
    ]
    assert combined["weight"].tolist() == [1.0, 1.0, 0.9, 0.75]
    # appending the same rows again adds nothing
    assert len(gk.append_relations(combined, new)) == 4


def test_a_table_that_does_not_exist_yet_gets_the_new_rows_validated():
    new = TABLE.assign(source=["iran", "israel"])
    combined = gk.append_relations(None, new)
    assert combined[["source", "target"]].values.tolist() == [
        ["iran", "hezbollah"],
        ["israel", "hezbollah"],
    ]
    with pytest.raises(DataError, match="expected an actor other than the source"):
        gk.append_relations(None, new.assign(target=["iran", "israel"]))


def test_a_relations_file_is_read_and_every_problem_of_the_whole_is_listed(tmp_path):
    path = tmp_path / "relations.csv"
    TABLE.to_csv(path, index=False)
    new = _relations([("iran", "hamas", "backs", 0.9, "Iran funds Hamas.", "a.txt")])
    with pytest.raises(DataError) as caught:
        gk.append_relations(path, new, actors=gk.read_actors(ACTORS))
    assert [(p.line, p.column) for p in caught.value.problems] == [(4, "target")]
    assert "'hamas'" in str(caught.value)
    grown = gk.append_relations(path, new)
    assert len(grown) == 3 and grown.loc[2, "target"] == "hamas"


def test_actors_are_added_after_the_table_and_validated_as_one(tmp_path):
    path = tmp_path / "actors.csv"
    ACTORS.to_csv(path, index=False)
    new = pd.DataFrame({"id": ["hamas"], "name": ["Hamas"], "kind": ["armed_group"]})
    grown = gk.append_actors(path, new)
    assert grown.index.tolist() == ["iran", "hezbollah", "houthis", "israel", "hamas"]
    assert gk.append_actors(None, new).index.tolist() == ["hamas"]
    with pytest.raises(DataError) as caught:
        gk.append_actors(ACTORS, pd.concat([new, new.assign(name="Hamas movement")]))
    assert "hamas" in str(caught.value)


def test_proposals_are_written_for_a_spreadsheet_and_read_back(tmp_path):
    proposals = pd.DataFrame(
        {"id": ["abu_ali"], "name": ["=Abu Ali"], "kind": ["person"], "ok": [True]}
    )
    path = gk.write_proposals(proposals, tmp_path / "new.csv")
    assert "'=Abu Ali" in path.read_text(encoding="utf-8")
    assert read_people_csv(path).loc[0, "name"] == "=Abu Ali"
    assert gk.accept_actors(path).loc["abu_ali", "name"] == "=Abu Ali"
