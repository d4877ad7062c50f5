"""Round 41 of issue 16: a state's services, commands and units as doers, the things an
actor owns as targets (BASELINE.md, round 41). The audit's sentences
(tests/text/round41_cases.py, written for the round), a third built to tempt a wrong row,
each with the rows ANNOTATION.md gives by hand; both directions: the tempting ones give no
wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round41_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 41).
KNOWN_GAPS = {
    # "seizure" is no event noun (cues.csv event_noun, not this round's row): condemning
    # the seizure is not read as a stance toward its doer
    "The Pentagon condemned Russia's seizure of a Ukrainian grain ship.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 41 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_ramming_a_vessel_is_an_attack_on_its_owner_not_a_fight(nlp):  # noqa: F811
    rows = rows_of(nlp, "The Chinese coast guard rammed a Vietnamese fishing vessel.")
    assert {r[:3] for r in rows} == {("china", "attacks", "vietnam")}
    # a vessel of nobody in the table, and a thing that is no asset, give nothing
    assert rows_of(nlp, "The Chinese coast guard rammed an unflagged vessel.") == set()
    assert rows_of(nlp, "The Chinese coast guard rammed home its message to Vietnam.") == set()


def test_intercepting_a_vessel_coerces_its_owner_but_intercepting_missiles_does_not(nlp):  # noqa: F811
    assert {r[:3] for r in rows_of(nlp, "Venezuela intercepted a Guyanese vessel.")} == {
        ("venezuela", "coerces", "guyana")
    }
    assert rows_of(nlp, "Ukraine intercepted Russian missiles over Kyiv.") == set()


def test_a_possessed_seizure_of_a_vessel_coerces_its_owner_not_a_seizure_of_power(nlp):  # noqa: F811
    rows = rows_of(nlp, "Russia's seizure of a Ukrainian grain ship angered Kyiv.")
    assert ("russia", "coerces", "ukraine") in {r[:3] for r in rows}
    assert rows_of(nlp, "Russia's seizure of power in Kyiv failed.") == set()
