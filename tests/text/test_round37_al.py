"""Round 37 of issue 16: memberships and coalitions named by a collective noun and a list
("made up of", "an alliance of/between", "a coalition including", "whose members
include", "X includes Y"), by "affiliate", "branch" or "wing" with a possessor, and by
lists of affiliates (BASELINE.md, round 37). The audit's sentences
(tests/text/round37_cases.py, written for the round), a third built to tempt a wrong row,
each with the rows ANNOTATION.md gives by hand; both directions: the tempting ones give no
wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round37_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 37).
KNOWN_GAPS = {
    # a list whose first name ends in "of the Philippines" loses its second item, the
    # New People's Army (the same list in the other order gives both): cause not found
    # within the round
    "The National Democratic Front comprises the Communist Party of the Philippines and the "
    "New People's Army.",
    "The National Democratic Front, made up of the Communist Party of the Philippines and "
    "the New People's Army, rejected the talks.",
    # the parser makes "an alliance between" a second subject beside the council, not its
    # apposition, when the list has three hyphenated names: the alliance is read, not
    # the membership
    "The United Jihad Council, an alliance between Hizbul Mujahideen, Lashkar-e-Taiba and "
    "Jaish-e-Mohammed, was formed in 1994.",
    # "an umbrella of militias that includes X": the relative clause's subject is the
    # militias, not the umbrella's holder
    "The Popular Mobilization Forces, an umbrella of militias that includes Kataib "
    "Hezbollah, were formed in 2014.",
    # "affiliates" parsed as a verb-like head with AQIS as its object ("Al-Qaeda's
    # affiliates, AQIS and al-Shabaab", the list as conjuncts, is read since round 46)
    "Al-Qaeda affiliates AQIS and al-Shabaab praised the attack.",
    # a group's possessive before another group's name ("the Islamic State's ISWAP", as
    # "al-Qaeda's JNIM") has no frame: only the nouns affiliate, branch, wing do
    "The Islamic State's ISWAP killed dozens of soldiers in Borno.",
    "The ADF, linked to the Islamic State's ISCAP, attacked Beni.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 37 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_include_with_a_named_collective_is_membership_not_yielding(nlp):  # noqa: F811
    # CAMEO codes "include" 080 (yield): a coalition that includes a group does not
    # yield to it; the hand row reads the object as the member
    rows = rows_of(nlp, "The Alliance Fleuve Congo includes the M23.")
    assert rows == {("m23", "member_of", "afc", "asserted", "")}
    # a subject that is no actor gives nothing ("the talks included Kenya")
    assert rows_of(nlp, "The talks included Kenya and Uganda.") == set()


def test_a_collective_noun_in_apposition_makes_each_listed_actor_a_member(nlp):  # noqa: F811
    rows = rows_of(nlp, "The CSTO, a bloc of Russia and Armenia, met in Minsk.")
    assert rows == {
        ("russia", "member_of", "csto", "asserted", ""),
        ("armenia", "member_of", "csto", "asserted", ""),
    }
    # the same noun unnamed gives no member (no holder): an alliance of convenience
    assert rows_of(nlp, "A bloc of Russia and Armenia met in Minsk.") == set()


def test_a_plural_title_before_a_list_holds_every_name_a_singular_one_only(nlp):  # noqa: F811
    plural = rows_of(nlp, "Islamic State affiliates ISWAP, ISCAP and ISKP have grown stronger.")
    assert {r[0] for r in plural} == {"iswap", "iscap", "iskp"}
    # an acronym the tagger takes for a common noun is still the title's holder
    assert rows_of(nlp, "Al-Qaeda's affiliate AQIS issued a statement.") == {
        ("aqis", "member_of", "al_qaeda", "asserted", "")
    }
