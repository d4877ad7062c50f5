"""Round 29 of issue 16: agreements, signings and the parties to a deal, results a
participle states ("..., ending decades of war"), talks that collapsed, refusals to sign
(BASELINE.md, round 29). The audit's sentences (tests/text/round29_cases.py, written for
the round), a third built to tempt a wrong row, each with the rows ANNOTATION.md gives by
hand; both directions: the tempting ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round29_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 29).
KNOWN_GAPS = {
    # "memorandum of understanding", "declaration of principles" and "initial" have no
    # agreement row (the sign row's cues name the thing signed)
    "Indonesia and GAM signed a memorandum of understanding in Helsinki in 2005.",
    "Rwanda and the DRC initialled a peace agreement in Washington.",
    # "agreed to a truce with X": the verb's "with" hangs on the noun under "to"
    "The Houthis agreed to a truce with Saudi Arabia and the UAE.",
    "Israeli Prime Minister Benjamin Netanyahu agreed to a truce with Hamas.",
    # an insurgency is a directed row ("against"), so its ending names no pair
    "Nepal and the Maoists signed an accord, ending a decade-long insurgency.",
    # "its border with Rwanda" reads as sharing a border (borders, asserted): true, but
    # the rules annotate a border only where the text states it as a relation
    "Uganda reopened its border with Rwanda, ending a three-year closure.",
    # the mediation frame reads broker / mediate / host with the talks as object; a
    # guarantor or facilitator noun and "hosted the signing of" are not read (the passive
    # participle on the agreement is, since round 47)
    "Egypt and Qatar, acting as guarantors, mediated talks between Israel and Hamas.",
    "Norway acted as facilitator of the talks between Sri Lanka and the LTTE.",
    "Kenya and South Africa acted as guarantors of the deal between Ethiopia and the TPLF.",
    "Qatar hosted the signing of a deal between the DRC and M23.",
    # talks with one party in a reported clause: the announcing government is not read
    # as the other party
    "The Thai government announced that formal talks with the BRN would open next month.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 29 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_partners_after_with_are_no_parties_to_each_other(nlp):  # noqa: F811
    # "a truce with A and B": each is a partner of the truce's party, not of the other
    rows = rows_of(nlp, "The truce with Saudi Arabia and the UAE held for a year.")
    assert not {r for r in rows if {r[0], r[2]} == {"saudi_arabia", "uae"}}
    # "between A and B" still pairs them
    rows = rows_of(nlp, "The truce between Saudi Arabia and the Houthis held for a year.")
    assert {r[:3] for r in rows} == {
        ("saudi_arabia", "agrees_with", "houthis"),
        ("houthis", "agrees_with", "saudi_arabia"),
    }


def test_an_ending_participle_ends_the_parties_war_and_nothing_else(nlp):  # noqa: F811
    rows = rows_of(nlp, "Mozambique signed a deal with Renamo, ending the war.")
    assert ("mozambique", "fights", "renamo", "ended", "") in rows
    assert ("mozambique", "agrees_with", "renamo", "asserted", "") in rows
    # talks a deal ends took place: no ended consults (as "ended the meeting")
    rows = rows_of(nlp, "Kenya and Somalia signed a deal, ending years of negotiations.")
    assert not {r for r in rows if r[1] == "consults"}
    # one party named: whose war it was is not said
    rows = rows_of(nlp, "Mozambique signed a deal, ending the war.")
    assert not {r for r in rows if r[1] == "fights"}
    # signers who are people: the war was their state's and group's (R5), not theirs
    text = (
        "South Sudanese President Salva Kiir and SPLM-IO leader Riek Machar signed a "
        "peace deal, ending five years of civil war."
    )
    rows = rows_of(nlp, text)
    assert ("kiir", "agrees_with", "machar", "asserted", "") in rows
    assert not {r for r in rows if r[1] == "fights"}


def test_collapsed_talks_are_ended_and_possible_collapse_is_not(nlp):  # noqa: F811
    def modality(text):
        return {r[3] for r in rows_of(nlp, text) if r[1] == "consults"}

    assert modality("Talks between Mali and the CMA collapsed.") == {"ended"}
    assert modality("Talks between Mali and the CMA fell apart in June.") == {"ended"}
    assert modality("Talks between Mali and the CMA may collapse.") == {"asserted"}
    assert modality("Talks between Mali and the CMA did not collapse.") == {"asserted"}
    # an agreement that broke down is ended too
    assert ("hamas", "agrees_with", "israel", "ended", "") in rows_of(
        nlp, "The ceasefire between Israel and Hamas broke down in March."
    )


def test_a_refusal_to_sign_rejects_the_other_party(nlp):  # noqa: F811
    rows = rows_of(nlp, "Renamo refused to sign the accord with Mozambique.")
    assert ("renamo", "rejects", "mozambique", "asserted", "") in rows
    assert ("renamo", "agrees_with", "mozambique", "denied", "") in rows
    # refusing something that is no agreement rejects nobody
    rows = rows_of(nlp, "Renamo refused to hand over its weapons to Mozambique.")
    assert not {r for r in rows if r[1] == "rejects"}
