"""Dates of relations: what a sentence states, resolved against the reported date when it
is relative (R8 of tests/text/data/ANNOTATION.md), attached to the relation whose clause
holds it; else the reported date. Expected dates worked out by hand on a calendar."""

import pandas as pd
import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def dates_of(nlp):
    from graphkit.text.dates import find_dates

    def run(text, reported):
        doc = nlp(text)
        return [(d.value, d.basis) for d in find_dates(doc[:], reported)]

    return run


@pytest.mark.parametrize(
    ("text", "reported", "expected"),
    [
        ("On 2 June 2019 it began.", None, [("2019-06-02", "stated")]),
        ("On June 2, 2019 it began.", None, [("2019-06-02", "stated")]),
        ("It began in March 2023.", None, [("2023-03", "stated")]),
        ("It began in mid-April 2023.", None, [("2023-04", "stated")]),
        ("It began on 2024-12-05.", None, [("2024-12-05", "stated")]),
        ("It began in 2003.", None, [("2003", "stated")]),
        ("It has held since 2014.", None, [("2014", "stated")]),
        ("The 2019 attack was the worst.", None, [("2019", "stated")]),
        # 2024-04-02 is a Tuesday: last week is 25-31 March, its Thursday the 28th
        ("It happened last week.", "2024-04-02", [("2024-03", "relative")]),
        # 2024-06-13 is a Thursday: the last Tuesday on or before it is the 11th
        ("It happened on Tuesday.", "2024-06-13", [("2024-06-11", "relative")]),
        ("It happened on Thursday.", "2024-06-13", [("2024-06-13", "relative")]),
        ("It happened yesterday.", "2024-03-01", [("2024-02-29", "relative")]),
        ("It happened last month.", "2024-01-15", [("2023-12", "relative")]),
        ("It happened earlier this month.", "2024-01-15", [("2024-01", "relative")]),
        ("It happened last year.", "2024-01", [("2023", "relative")]),
        ("It happened in November last year.", "2024-03-05", [("2023-11", "relative")]),
        # the last July not after the reported date; the last 4 June likewise
        ("It happened in July.", "2024-03-05", [("2023-07", "relative")]),
        ("It happened in July.", "2024-09-05", [("2024-07", "relative")]),
        ("It happened on 4 June.", "2024-06-03", [("2023-06-04", "relative")]),
        # resolved only as far as the reported date is precise
        ("It happened last Sunday.", "2024-03", []),
        ("It happened last month.", "2024", []),
        ("It happened on Tuesday.", None, []),
        # not dates: a modal, a count, a duration
        ("Iran may attack, as 2000 people fled for two years.", "2024-06-13", []),
    ],
)
def test_date_expressions(dates_of, text, reported, expected):
    assert dates_of(text, reported) == expected


def _dated(review):
    return {
        (row.source, row.relation, row.target): tuple(
            None if pd.isna(v) else v for v in (row.start, row.date_basis)
        )
        for row in review.itertuples()
    }


def test_a_relation_takes_the_date_its_clause_states(extract):
    review = extract(
        "On 14 March 2021, Iran attacked Israel. Iran backs Hezbollah. "
        "Last week, Qatar funded Hamas.",
        reported="2024-04-02",
    )
    assert _dated(review) == {
        ("iran", "opposes", "israel"): ("2021-03-14", "stated"),
        ("iran", "backs", "hezbollah"): ("2024-04-02", "reported"),
        ("qatar", "backs", "hamas"): ("2024-03", "relative"),
    }


def test_a_date_of_another_clause_dates_nothing(extract):
    review = extract("Iran, which attacked Israel in 2019, backs Hezbollah.", reported="2024-06-13")
    dated = _dated(review)
    assert dated[("iran", "backs", "hezbollah")] == ("2024-06-13", "reported")
    assert dated[("iran", "opposes", "israel")] == ("2019", "stated")


def test_an_end_date_is_no_start(extract):
    review = extract("Qatar funded Hamas until 2015.", reported="2024-06-13")
    assert _dated(review) == {("qatar", "backs", "hamas"): ("2024-06-13", "reported")}


def test_an_actors_name_is_not_a_date(extract, actors):
    table = pd.concat(
        [
            actors,
            pd.DataFrame(
                [("m23", "March 23 Movement", "armed_group", "M23", "COD")],
                columns=actors.columns,
            ),
        ],
        ignore_index=True,
    )
    review = extract("Iran backs the March 23 Movement.", actors=table, reported="2012-12-04")
    assert _dated(review) == {("iran", "backs", "m23"): ("2012-12-04", "reported")}


def test_without_a_reported_date_only_stated_dates(extract):
    review = extract("On Tuesday Iran attacked Israel. In 2019 Qatar funded Hamas.")
    assert _dated(review) == {
        ("iran", "opposes", "israel"): (None, None),
        ("qatar", "backs", "hamas"): ("2019", "stated"),
    }
