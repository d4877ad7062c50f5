"""Extraction on Spark (local mode) gives exactly the rows of a local run, row for row,
and leaves no warehouse folder behind."""

from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)

from graphkit import DataError

pytestmark = [pytest.mark.model, pytest.mark.spark, pytest.mark.slow]

DOCUMENTS = pd.DataFrame(
    {
        "document": ["b.txt", "a.txt", "c.txt", "d.txt", "e.txt"],
        "text": [
            "On 14 March 2021, Iran attacked Israel. Iran denied arming the Houthis.",
            "Turkey backs HTS. Qatar would fund Hamas.\n\nLast week, Iran funded Hezbollah.",
            "Nothing here names an actor.",
            "",
            "The United States claimed that Hamas had attacked Israel. "
            "Russia stopped funding the RSF, which attacked the SAF on Tuesday.",
        ],
        "date": ["2024-06-13", "2024-04-02", None, "2024-01", "2024-06-13"],
    }
)


@pytest.fixture(scope="module")
def documents(spark):
    import ibis

    frame = spark.createDataFrame(DOCUMENTS.astype(object).where(DOCUMENTS.notna(), None))
    frame = frame.repartition(3)  # documents spread over several tasks
    frame.createOrReplaceTempView("text_documents")
    return ibis.pyspark.connect(spark).table("text_documents")


def test_spark_gives_the_local_rows(spark, documents, actors, nlp):
    from graphkit.text import extract_relations
    from graphkit.text.distributed import extract_relations_on_spark, review_in_order

    warehouse = Path(urlparse(spark.conf.get("spark.sql.warehouse.dir")).path)
    existed = warehouse.exists()
    on_spark = extract_relations_on_spark(documents, actors=actors, reported="date")
    local = extract_relations(
        list(DOCUMENTS["text"]),
        actors=actors,
        document=list(DOCUMENTS["document"]),
        reported=list(DOCUMENTS["date"]),
        nlp=nlp,
    )
    assert len(local) >= 8
    pd.testing.assert_frame_equal(on_spark, review_in_order(local))
    assert on_spark["document"].tolist() == sorted(on_spark["document"])
    assert warehouse.exists() == existed  # no spark-warehouse/ made by extraction


def test_rows_can_stay_on_the_cluster(documents, actors):
    from graphkit.text.distributed import extract_relations_on_spark

    table = extract_relations_on_spark(documents, actors=actors, reported="date", collect=False)
    assert "modality" in table.columns and "_row" in table.columns
    assert table.count().to_pyarrow().as_py() == len(
        extract_relations_on_spark(documents, actors=actors, reported="date")
    )


def test_a_missing_column_is_named(documents, actors):
    from graphkit.text.distributed import extract_relations_on_spark

    with pytest.raises(DataError) as caught:
        extract_relations_on_spark(documents, actors=actors, text="body", reported="day")
    message = str(caught.value)
    assert "a column named 'body' (found 'document', 'text', 'date')" in message
    assert "a column named 'day'" in message
