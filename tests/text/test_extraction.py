"""extract_relations: the review table's shape, spans and provenance, many documents and
files, deterministic output, and one clear error for bad input."""

from pathlib import Path

import pandas as pd
import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)

from graphkit import DataError
from graphkit.text import REVIEW_COLUMNS, extract_relations

pytestmark = pytest.mark.model

TEXT = (
    "Turkey has been open about its backing of HTS. Iran denied arming the Houthis.\n"
    "According to Israel, Iran funds Hezbollah. Qatar would fund Hamas."
)


def test_columns_types_and_spans(extract):
    review = extract(TEXT, document="note", reported="2024-12-07")
    assert tuple(review.columns) == REVIEW_COLUMNS
    assert len(review) == 4
    for row in review.itertuples():
        assert TEXT[row.start_char : row.end_char].strip() == row.evidence
        assert row.trigger in row.evidence
        assert row.source_mention in row.evidence and row.target_mention in row.evidence
        assert 0 < row.confidence <= 1
        assert row.document == "note" and row.reported == "2024-12-07"
        assert row.ok == (not row.negated)
    assert review["negated"].tolist() == [False, True, False, True]
    assert review["hypothetical"].tolist() == [False, False, False, True]
    empty = extract("Nothing happened here.")
    assert len(empty) == 0 and empty.dtypes.equals(review.dtypes)


def test_same_input_same_table(extract):
    assert extract(TEXT).equals(extract(TEXT))


def test_many_documents_and_files_are_batched(extract, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Iran backs Hezbollah.", encoding="utf-8")
    review = extract([TEXT, path, str(path)])
    assert review["document"].isna().sum() == 4  # the text has no name
    assert (review["document"] == "article.txt").sum() == 2
    one_by_one = pd.concat([extract(TEXT), extract(path), extract(path)], ignore_index=True)
    columns = ["source", "relation", "target", "evidence", "start_char", "negated"]
    assert review[columns].equals(one_by_one[columns])
    named = extract([TEXT, path], document=["a", "b"])
    assert set(named["document"]) == {"a", "b"}
    with pytest.raises(ValueError, match="2 names for 1 texts"):
        extract([TEXT], document=["a", "b"])


def test_actors_by_index_column_or_file(extract, actors, tmp_path):
    by_column = extract(TEXT)
    by_index = extract(TEXT, actors=actors.set_index("id"))
    assert by_column.equals(by_index)
    path = tmp_path / "actors.csv"
    actors.to_csv(path, index=False)
    assert by_column.equals(extract(TEXT, actors=path))


def test_bad_input_is_one_located_error(extract, actors, tmp_path):
    with pytest.raises(DataError, match=r"missing\.txt: expected an existing file"):
        extract(Path(tmp_path / "missing.txt"))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Iran backs Hezbollah.\nCaf\xe9".encode("latin-1"))
    with pytest.raises(DataError, match=r"latin\.txt, line 2: .*expected UTF-8 text"):
        extract(latin)
    with pytest.raises(DataError, match="got '7 Dec'; expected a date"):
        extract(TEXT, reported="7 Dec")
    with pytest.raises(DataError, match="line 4, column 'id'"):
        extract(TEXT, actors=pd.DataFrame({"id": ["iran", "hamas", ""], "name": ["a", "b", "c"]}))
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        extract([TEXT, 42])


def test_the_default_pipeline_is_the_verified_english_model(actors):
    review = extract_relations("Iran backs Hezbollah.", actors=actors)
    assert review[["source", "relation", "target"]].values.tolist() == [
        ["iran", "backs", "hezbollah"]
    ]


def test_the_seed_report_never_asserts_what_it_denies(nlp):
    import graphkit as gk
    from graphkit.datasets import data_path

    seed = Path("/work/shared/seed/000_e75a63f9a3994d58.txt")
    text = seed.read_text() if seed.exists() else TEXT
    review = extract_relations(text, actors=gk.read_actors(data_path("actors.csv")), nlp=nlp)
    assert not review[review["negated"]]["ok"].any()
    sending = review[review["trigger"] == "sending"]  # "warned Iran against sending arms"
    assert sending.empty or sending["negated"].all()
