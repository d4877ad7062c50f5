"""Partial ISO dates and the days they cover."""

import datetime as dt

import pandas as pd
import pytest

from graphkit.core.dates import parse_date, to_date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2016", dt.date(2016, 1, 1), dt.date(2016, 12, 31)),
        ("2023-02", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2024-12-05", dt.date(2024, 12, 5), dt.date(2024, 12, 5)),
    ],
)
def test_parse_date_spans(text, first, last):
    assert parse_date(text) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "24",
        "2024-13",
        "2024-02-30",
        "5 Dec 2024",
        "2024/12/05",
        "0000",
        "٢٠٢٤-١٢-٠٧",  # Arabic-Indic digits: Gephi and other tools read ASCII only
        "۲۰۲۴",  # Persian digits
        "２０２４-１２",  # fullwidth digits
        "2024-1٢",
    ],
)
def test_parse_date_rejects(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_to_date_accepts_common_types():
    day = dt.date(2024, 12, 5)
    assert to_date(pd.Timestamp("2024-12-05 13:00")) == day
    assert to_date(day) == day
    with pytest.raises(TypeError):
        to_date(20241205)
