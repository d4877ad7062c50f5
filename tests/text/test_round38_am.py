"""Round 38 of issue 16: collective and joint subjects (BASELINE.md, round 38). The
audit's sentences (tests/text/round38_cases.py, written for the round), a third built to
tempt a wrong row, each with the rows ANNOTATION.md gives by hand (R2 and its round-38
additions; R3 for the symmetric ``cooperates_with``); both directions: the tempting ones
give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round38_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 38).
KNOWN_GAPS = {
    # "one of the few countries, ..., that backed": the relative clause's subject is the
    # copula's predicate, whose own subject (Djibouti) is not traced
    "Djibouti was one of the few countries, alongside Kenya, that backed Somalia's request.",
    # "fought alongside B against C": the partner is not made a doer of the fight
    "The Arakan Army fought alongside the KIA against the junta.",
    # the companion joins the subjects an object-control infinitive inherits: a wrong
    # `china consults thailand` from "pressed the junta to hold talks"
    "China, alongside Thailand, pressed the junta to hold talks.",
    # "accusing it": the pronoun resolves to the list's first member, not the object
    "Kenya, Ethiopia and Djibouti condemned al-Shabaab, accusing it of killing civilians.",
    "Serbia criticised the EU, accusing it of backing Kosovo.",
    # a relative clause on a list gives only its last member
    "Cuba and Nicaragua, which have long backed Venezuela, condemned the sanctions.",
    # a participle on a list's subject gives only its first member
    "Kenya and Somalia, backed by the European Union, attacked al-Shabaab.",
    # a participle sharing the list's subjects with its own act ("imposing a blockade on
    # it"): the participle is not read
    "Azerbaijan and Turkey cut ties with Armenia, imposing a blockade on it.",
    # "pledged support to its government" after an apposition of allies: no backs
    "Kenya and Djibouti, Somalia's staunchest allies, pledged support to its government.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 38 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Somalia jointly attacked al-Shabaab.",
        "Kenya and Somalia together attacked al-Shabaab.",
        "Kenya and Somalia, acting in concert, attacked al-Shabaab.",
        "Kenya and Somalia jointly imposed sanctions on al-Shabaab.",
    ],
)
def test_a_list_acting_jointly_on_a_third_actor_cooperates(nlp, text):  # noqa: F811
    assert ("kenya", "cooperates_with", "somalia", "asserted", "") in rows_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Somalia jointly signed a security pact.",
        "Kenya and Somalia held talks together.",
        "Kenya, together with its allies, attacked al-Shabaab.",
        "Kenya and its partners jointly attacked al-Shabaab.",
    ],
)
def test_a_joint_act_on_no_third_actor_or_with_no_named_partner_gives_no_cooperation(
    nlp,  # noqa: F811
    text,
):
    assert not any(r[1] == "cooperates_with" for r in rows_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Cuba, alongside Nicaragua, backed Venezuela.",
        "Alongside Nicaragua, Cuba backed Venezuela.",
    ],
)
def test_alongside_before_the_verb_adds_a_doer(nlp, text):  # noqa: F811
    assert rows_of(nlp, text) == {
        ("cuba", "backs", "venezuela", "asserted", ""),
        ("nicaragua", "backs", "venezuela", "asserted", ""),
    }


def test_alongside_a_place_after_the_verb_adds_no_doer(nlp):  # noqa: F811
    text = "Kenyan troops advanced alongside the Tana River and attacked al-Shabaab."
    assert rows_of(nlp, text) == {("kenya", "attacks", "al_shabaab", "asserted", "")}
