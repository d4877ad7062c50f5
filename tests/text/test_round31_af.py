"""Round 31 of issue 16: stances said in words (BASELINE.md, round 31). A pejorative label
given to an actor or to its act, accusations and the charges denied, blame, designations,
being at odds with or wary of another. The audit's sentences (tests/text/round31_cases.py,
written for the round), a third built to tempt a wrong row, each with the rows
ANNOTATION.md gives by hand; both directions: the tempting ones give no wrong row, the
genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round31_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 31).
KNOWN_GAPS = {
    # "described X as a proxy of Y": the description is Pakistan's claim (R4 reported),
    # but "describe" is no speech verb, so the proxy's backing comes out asserted
    "Pakistan has described the BLA as a proxy of India.",
    # the parser reads "chief called ..." as a noun phrase (no clause), "rhetoric" as a
    # compound of "reckless", "offer" as a verb, "Kosovo constructive" as one phrase
    "The UN rights chief called Ethiopia's campaign in Tigray a textbook example of ethnic "
    "cleansing.",
    "South Korea called North Korea's rhetoric reckless.",
    "Serbia called the talks with Kosovo constructive.",
    # the content of a denied accusation: reported by the accuser, but its denied row
    # (R4: both rows) is not given when the denial is a clause beside it
    "Congo has accused Rwanda of arming M23, which Kigali denies.",
    "Kinshasa accused Rwanda of backing M23, a charge that Rwanda denies.",
    "Bamako accused France of arming JNIM, a charge Paris denies.",
    # "a charge Asmara denies" parsed with "Asmara" as the charge's apposition
    "Eritrea has been accused by Ethiopia of stoking unrest, a charge Asmara denies.",
    # "laid the blame on": a light verb with a noun of blame, no row
    "Manila laid the blame on China for the collision.",
    # "description" is no claim noun: rejecting another's description is not read
    "Ethiopia rejected the TPLF's description of the offensive as genocide.",
    # "Ukraine's power grid": the grid is no asset noun of the state
    "Moscow denied that it had struck Ukraine's power grid.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 31 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_a_label_is_a_stance_only_when_it_judges(nlp):  # noqa: F811
    def triples(text):
        return {r[:3] for r in rows_of(nlp, text)}

    assert triples("Kosovo dubbed Serbia an aggressor.") == {("kosovo", "opposes", "serbia")}
    # a positive or neutral label is no stance (as round 14's "called Hamas a partner")
    assert triples("Kosovo called Serbia a trusted friend.") == set()
    assert triples("Kosovo called Serbia a neighbour.") == set()
    # the label's object is a thing with no doer, or the label is the parser's object
    assert triples("Kosovo called the referendum a sham.") == set()
    assert triples("Kosovo called Serbia's referendum a sham.") == {("kosovo", "opposes", "serbia")}
    assert triples("Niger called the JNIM fighters murderers.") == {("niger", "opposes", "jnim")}


def test_what_as_says_is_said_of_the_object(nlp):  # noqa: F811
    # "as a proxy of India" describes the BLA, not Pakistan (the subject)
    triples = {r[:3] for r in rows_of(nlp, "Pakistan has described the BLA as a proxy of India.")}
    assert ("india", "backs", "bla") in triples
    assert ("india", "backs", "pakistan") not in triples


def test_a_charge_denied_is_the_accusers_and_the_accusation_stands(nlp):  # noqa: F811
    rows = rows_of(
        nlp, "Kinshasa has accused Rwanda's troops of laying mines, a charge Rwanda denies."
    )
    assert rows == {
        ("drc", "opposes", "rwanda", "asserted", ""),
        ("rwanda", "rejects", "drc", "asserted", ""),
    }
    # a charge with no accusation beside it names nobody
    assert rows_of(nlp, "Rwanda denied the charge.") == set()
    # the walk up from a charge set beside no accusation ends at the root
    assert rows_of(nlp, "Kenya issued a statement, a charge that Rwanda denies.") == set()
    # a denial of one's own act is no rejection of anyone
    assert rows_of(nlp, "Rwanda denied that it had attacked Burundi.") == {
        ("rwanda", "attacks", "burundi", "denied", "rwanda")
    }


def test_being_at_odds_or_wary(nlp):  # noqa: F811
    def triples(text):
        return {r[:3] for r in rows_of(nlp, text)}

    assert triples("Serbia and Kosovo have been at odds.") == {
        ("serbia", "opposes", "kosovo"),
        ("kosovo", "opposes", "serbia"),
    }
    assert triples("Serbia has been at odds with Kosovo.") == {("serbia", "opposes", "kosovo")}
    assert triples("Georgia is wary of Russia's ambitions.") == {("georgia", "opposes", "russia")}
    assert triples("Georgia is wary of the weather.") == set()
    assert triples("Armenia is at loggerheads with Azerbaijan.") == {
        ("armenia", "opposes", "azerbaijan")
    }
