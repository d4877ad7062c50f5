"""Round 57 of issue 16: acts of armed force named by a noun whose target is named by
what the act is for ("Haftar launched an assault *to topple* the GNA"), where the parser
hangs the purpose infinitive on the light verb instead of on the act noun, so that the
act found no target. The audit's sentences (tests/text/round57_cases.py, written for the
round), most the class itself and the plain shapes of ``attacks`` and ``fights`` beside
it, over a quarter built to tempt a wrong row (a purpose naming a place or no actor, a
purpose of help, an act with no named doer, planned, denied and conditional acts, a
symmetric fight said twice, an attack on a place), each with the rows ANNOTATION.md gives
by hand."""

import pytest
from extraction_fixtures import (  # noqa: F401 (nlp: the shared spaCy fixture)
    annotated_rows,
    assert_a_third_tempting,
    audit_params,
    nlp,
)
from round57_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 57).
KNOWN_GAPS = {
    # "tunnel" is no asset noun of cues.csv, so "Hamas tunnels" names no owner of what was
    # bombed (R6, round 50: no owner, no row); not this round's class
    "Israel bombed Hamas tunnels under Rafah.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 57 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the date the parser hangs on the purpose is the act's (dates._purpose_date)
        ("Haftar launched an assault to topple the GNA on April 4, 2019.", "2019-04-04"),
        ("On April 4, 2019, Haftar launched an assault to topple the GNA.", "2019-04-04"),
        # a date of the launching's own stays the act's
        ("Haftar launched an assault on April 4, 2019 to topple the GNA.", "2019-04-04"),
    ],
)
def test_an_act_with_a_purpose_is_dated_by_its_clause(nlp, text, start):  # noqa: F811
    from graphkit.text import extract_relations

    rows = extract_relations(text, actors=ACTORS, nlp=nlp, reported="2019-12-09")
    attacks = rows[rows.relation == "attacks"]
    assert list(attacks.start) == [start]


def test_the_audit_has_its_promised_shape():
    assert_a_third_tempting(CASES)
