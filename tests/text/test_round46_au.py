"""Round 46 of issue 16: relational nouns with a possessor (ally, backer, patron, sponsor,
proxy, rival, enemy, foe, adversary) and the actors they name, in apposition (also parsed
as conjuncts after a curly apostrophe), as a copula's predicate and in an "as" phrase
before the verb or on the subject (BASELINE.md, round 46). The audit's sentences
(tests/text/round46_cases.py, written for the round), a third built to tempt a wrong row,
each with the rows ANNOTATION.md gives by hand; both directions: the tempting ones give no
wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round46_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 46).
KNOWN_GAPS = {
    # "asked X to end its support": read as asking for help (`courts`, also of the ELN the
    # support goes to), and the patron's apposition on the object of "asked" is not read
    "Colombia asked the ELN's patron, Venezuela, to end its support.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 46 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_a_curly_apostrophe_names_the_same_allies_as_a_straight_one(nlp):  # noqa: F811
    straight = rows_of(nlp, "Maduro's allies, Cuba and Russia, condemned the new sanctions.")
    curly = rows_of(nlp, "Maduro’s allies, Cuba and Russia, condemned the new sanctions.")
    assert curly == straight
    assert ("cuba", "allied_with", "nicolas_maduro", "asserted", "") in curly


def test_a_fronted_as_phrase_describes_the_subject_and_keeps_its_own_modality(nlp):  # noqa: F811
    rows = rows_of(nlp, "As Belarus's main ally, Russia rejected the sanctions.")
    # the ally is Russia, not the sanctions; "rejected" does not deny the alliance
    assert rows == {("belarus", "allied_with", "russia", "asserted", "")}


def test_an_as_phrase_after_its_verb_still_describes_the_object(nlp):  # noqa: F811
    rows = rows_of(nlp, "Pakistan treats the Afghan Taliban as its proxy.")
    assert {r[:3] for r in rows} == {("pakistan", "backs", "taliban")}
