"""CSV files for people read back with text columns as text, even when every cell is empty."""

from __future__ import annotations

import pandas as pd

from graphkit.io.spreadsheet import read_people_csv, write_people_csv


def test_an_all_empty_column_comes_back_as_text_an_analyst_can_fill_in(tmp_path):
    path = tmp_path / "proposals.csv"
    frame = pd.DataFrame({"id": ["hts", "sdf"], "aliases": [None, None], "mentions": [3, 1]})
    write_people_csv(frame, path)
    back = read_people_csv(path)
    assert pd.api.types.is_string_dtype(back["aliases"]) and back["aliases"].isna().all()
    back.loc[0, "aliases"] = "HTS|Tahrir al-Sham"  # raised TypeError on a float64 column
    assert back.loc[0, "aliases"] == "HTS|Tahrir al-Sham"
    assert pd.api.types.is_integer_dtype(back["mentions"])  # numbers stay numbers


def test_text_that_looks_missing_stays_text(tmp_path):
    path = tmp_path / "table.csv"
    write_people_csv(pd.DataFrame({"name": ["NA", "null", ""]}), path)
    assert read_people_csv(path)["name"].tolist()[:2] == ["NA", "null"]
