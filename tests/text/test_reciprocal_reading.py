"""Coordinated subjects act on each other only where the verb's target is not written.

"Kenya and Uganda fought" says the two fought each other; "Kenya and Uganda struggled
against the insurgents" says they fought someone else together, also when the actors
table does not know who (found on a fresh news sample after round 24: "Both struggled
against the insurgents" gave the two allies fighting each other). And a description in
the object never stands for what the subject stands for, also where the subject is a
pronoun or "both". Expected rows by hand from ANNOTATION.md (R2, R3).
"""

from __future__ import annotations

import pytest
from extraction_fixtures import annotated_rows, nlp  # noqa: F401 (nlp: fixture)
from round24_cases import ACTORS

pytestmark = pytest.mark.model


def rows_of(nlp, text):  # noqa: F811
    return {row[:3] for row in annotated_rows(nlp, text, ACTORS)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda struggled against the insurgents.",
        "Kenya and Uganda fought the insurgents in the border region.",
        "Kenya and Uganda met with Somali elders in Mogadishu.",
    ],
)
def test_a_written_target_the_table_lacks_is_not_read_as_each_other(nlp, text):  # noqa: F811
    assert rows_of(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Uganda fought.", {("kenya", "fights", "uganda")}),
        (
            "Kenya and Uganda clashed with each other along the border.",
            {("kenya", "fights", "uganda")},
        ),
        ("Kenya and Uganda met in Kampala.", {("kenya", "consults", "uganda")}),
        ("Kenya and Uganda fought a border war.", {("kenya", "fights", "uganda")}),
        (
            "Kenya and Uganda fought al-Shabaab.",
            {("al_shabaab", "fights", "kenya"), ("al_shabaab", "fights", "uganda")},
        ),
    ],
)
def test_without_a_written_target_coordinated_subjects_still_act_on_each_other(
    nlp,  # noqa: F811
    text,
    expected,
):
    assert rows_of(nlp, text) == expected


def test_a_description_is_not_what_a_both_subject_stands_for(nlp):  # noqa: F811
    def fights(text):
        return {row for row in rows_of(nlp, text) if row[1] == "fights"}

    allies = "France deployed soldiers in the Sahel and Chad deployed soldiers there too. "
    assert fights(allies + "Both struggled against the militants.") == set()
    with_group = "JNIM attacked a base in Mali. " + allies
    assert fights(with_group + "Both struggled against the militants.") == {
        ("chad", "fights", "jnim"),  # a symmetric type: the ids in order
        ("france", "fights", "jnim"),
    }
