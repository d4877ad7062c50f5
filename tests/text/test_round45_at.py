"""Round 45 of issue 16: agreeing to an act (an agreement to meet or to disagree, or that
a finding holds, is no deal; agreeing to resume relations is a deal and the resumption
planned), agreeing on a deal, talks hosted, mediated, brokered or facilitated by a third
party, "with the assistance / help / mediation of X", and relations restored
(BASELINE.md, round 45). The audit's sentences (tests/text/round45_cases.py, written for
the round), a third built to tempt a wrong row, each with the rows ANNOTATION.md gives by
hand; both directions: the tempting ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round45_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 45).
KNOWN_GAPS = {
    # "reopen talks" is no verb of resuming talks in the lexicon
    "Russia and Ukraine agreed to reopen talks in Istanbul.",
    # "agreed on nothing": a negative pronoun as the thing agreed on is not read
    "Ukraine and Russia agreed on nothing.",
    # the parser makes the clause's subject more agents of the fronted participle: the
    # mediator's rows come (round 45), the parties' own agreement and talks do not
    "After negotiations hosted by Qatar, Colombia and the ELN agreed to resume talks.",
    "Following talks hosted by Kenya, Sudan and South Sudan agreed on a border deal.",
    # "facilitated" after a noun with a "between" phrase and before the clause's verb
    # (parse not traced this round)
    "Negotiations between Ethiopia and the TPLF facilitated by the African Union"
    " resumed in Pretoria.",
    # "negotiated the deal", "negotiated with the assistance of": a written complement
    # keeps the coordinated subjects from negotiating with each other
    "Serbia and Kosovo negotiated the deal with the help of the European Union.",
    "Colombia and the ELN negotiated with the assistance of Cuba and Norway.",
    # "was agreed between A and B": the passive "agree" has no between reading
    "The prisoner exchange was agreed between Russia and Ukraine with the mediation of Turkey.",
    # "held talks with the help of X": "hold" is no verb of concluding, so the help's
    # parties are not found
    "Ethiopia and Eritrea held talks with the help of the United States.",
    # help to rebuild one's own army is no mediation; "with the help of X" as backing is
    # not read
    "Kenya rebuilt its army with the help of the United States.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 45 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_agreeing_to_meet_is_no_deal_but_agreeing_to_restore_ties_is(nlp):  # noqa: F811
    meet = rows_of(nlp, "Serbia and Kosovo agreed to meet in Brussels next week.")
    restore = rows_of(nlp, "Serbia and Kosovo agreed to restore diplomatic relations.")
    assert {r[1] for r in meet} == {"consults"}
    assert ("kosovo", "agrees_with", "serbia", "asserted", "") in restore
    assert ("kosovo", "favours", "serbia", "planned", "") in restore


def test_the_assistance_of_x_mediates_only_talks_between_actors(nlp):  # noqa: F811
    talks = rows_of(
        nlp, "The deal was negotiated between Sudan and South Sudan with the assistance of Kenya."
    )
    assert ("kenya", "consults", "sudan", "asserted", "") in talks
    assert ("kenya", "consults", "south_sudan", "asserted", "") in talks
    assert rows_of(nlp, "Kenya negotiated the loan with the assistance of Egypt.") == set()


def test_a_fronted_host_consults_the_parties_not_the_other_way(nlp):  # noqa: F811
    rows = rows_of(nlp, "After talks hosted by Oman, Sudan and South Sudan agreed to meet.")
    assert {r for r in rows if "oman" in r[:3]} == {
        ("oman", "consults", "sudan", "asserted", ""),
        ("oman", "consults", "south_sudan", "asserted", ""),
    }
    deeper = rows_of(
        nlp,
        "After several days of intensive talks hosted by Oman, Sudan and South Sudan agreed"
        " on May 2 to restore their diplomatic relations.",
    )
    assert {r for r in deeper if "oman" in r[:3]} == {
        ("oman", "consults", "sudan", "asserted", ""),
        ("oman", "consults", "south_sudan", "asserted", ""),
    }
