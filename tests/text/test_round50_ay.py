"""Round 50 of issue 16: attacks whose target is named through a facility, unit, position,
territory or asset of an actor ("struck Ukrainian energy facilities", "bombed Hezbollah's
headquarters", "attacked the facilities of the Armenian army", "a surprise attack on troops
from India", "stormed a Somali army base"): the attacked party is the owner (ANNOTATION.md
R6, round 50). The audit's sentences (tests/text/round50_cases.py, written for the round),
a third built to tempt a wrong row, each with the rows ANNOTATION.md gives by hand; both
directions: the tempting ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round50_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 50).
KNOWN_GAPS = {
    # the troops are in a relative clause on a place ("an area where troops from X were")
    "India shelled an area where troops from Pakistan were stationed.",
    # the owner is two "of" phrases below a noun that is no asset ("the place of
    # deployment of the X contingent")
    "Azerbaijan announced an attack on the place of deployment of the Armenian contingent.",
    # spaCy parses the gerund as an adjective of the object ("striking/amod facilities"),
    # so no verb of attacking is read; "denied striking Hezbollah" gives its denied row
    "Israel denied striking Iranian nuclear facilities.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 50 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=72)


def test_from_names_the_owner_only_after_a_verb_or_noun_of_attacking(nlp):  # noqa: F811
    # "withdrew troops from X" and "sent troops from X" name a place or a sender, not an
    # owner of attacked troops
    assert rows_of(nlp, "Pakistan attacked troops from India.") == {
        ("pakistan", "attacks", "india", "asserted", "")
    }
    assert rows_of(nlp, "Turkey withdrew troops from Armenia.") == set()


def test_from_after_an_owned_unit_names_where_the_attack_came_from(nlp):  # noqa: F811
    # the troops have an owner already; "from Belarus" is where Russia attacked from
    assert rows_of(nlp, "Russia attacked Ukrainian troops from Belarus.") == {
        ("russia", "attacks", "ukraine", "asserted", "")
    }


def test_from_a_state_does_not_make_fighters_the_state(nlp):  # noqa: F811
    # fighters are a member noun: a state's fighters are not the state (as "Syria's rebels")
    assert rows_of(nlp, "The RSF attacked fighters from Somalia.") == set()
    assert rows_of(nlp, "The RSF attacked fighters from the SAF.") == {
        ("rsf", "attacks", "saf", "asserted", "")
    }


def test_its_in_a_reported_clause_with_a_plural_subject_is_the_claimants(nlp):  # noqa: F811
    # a plural noun is no antecedent of "its"; a singular subject still is
    assert rows_of(nlp, "Azerbaijan said Armenian troops shelled its positions.") == {
        ("armenia", "attacks", "azerbaijan", "reported", "azerbaijan")
    }
    assert rows_of(nlp, "Azerbaijan said the Armenian army shelled its own positions.") == set()
