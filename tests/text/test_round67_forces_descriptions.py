"""Round 67 of issue 16: a description of a state's armed forces ("the army", "the
military") stands for the actor of the table that is a state's own armed forces named
before (by name, alias or organ: "Sudan's army", "Malian soldiers"), or for a state or
government named before that the document places in the fighting -- a party, target or
place of a fight, attack or truce, or the state of an armed group named in reach --
mapped to its own armed forces where the table has them (ANNOTATION.md R1); never for a
state named only as a host, mediator, broker, backer or speaker, and never for a group
whose name holds another forces word ("the army" is not the Rapid Support *Forces*). A
group named after an army ("the Arakan Army") is taken only where no state's forces are
in reach (``Coreference._forces_candidate``, ``Coreference._in_fighting``,
``Coreference._group_army_beside_forces``). The audit's texts (tests/text/round67_cases.py,
written for the round, none from the fresh samples) give the rows ANNOTATION.md gives by
hand."""

import pytest
from extraction_fixtures import (  # noqa: F401 (nlp: the shared spaCy fixture)
    annotated_rows,
    assert_a_third_tempting,
    audit_params,
    mentioned_rows,
    nlp,
)
from round67_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 67): frames of the sentence, not the
# description.
KNOWN_GAPS = {
    # talks whose parties are named only in the truce they aim at: the hosts consult
    # nobody (the description itself rightly stands for nobody: no state is named)
    "The talks in Jeddah, hosted by Saudi Arabia and the United States, aimed at a truce "
    "between the army and the RSF.",
    # "Fighting between A and B spread to X": a fighting noun whose verb is a spread,
    # not read as `fights` (the description, "the army" -> the SAF, is right)
    "Fighting between Sudan and the RSF spread to Darfur. Egypt backs the army.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 67 gap"),
)
def test_a_text_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_has_its_promised_shape():
    assert_a_third_tempting(CASES, at_least=40)


def test_a_host_state_named_nearer_is_passed_over_for_the_fighting_state(nlp):  # noqa: F811
    text = "Kenya hosted talks between Ethiopia and the TPLF. The army later attacked the TPLF."
    rows = mentioned_rows(nlp, text, ACTORS)
    assert ("ethiopia", "attacks", "tplf", "The army -> Ethiopia", "TPLF") in rows
    assert not any(r[0] == "kenya" and r[1] == "attacks" for r in rows)


def test_a_state_whose_forces_the_table_has_stands_for_those_forces(nlp):  # noqa: F811
    text = (
        "Saudi Arabia hosted talks between Sudan and the RSF in Jeddah. "
        "The RSF accused the army of breaking the truce."
    )
    rows = mentioned_rows(nlp, text, ACTORS)
    assert ("rsf", "opposes", "saf", "RSF", "the army -> Sudan") in rows


def test_the_army_is_no_group_named_with_another_forces_word(nlp):  # noqa: F811
    # "the army" never stands for the Rapid Support *Forces*
    text = "The RSF shelled SAF positions in Omdurman. The UAE condemned the army."
    assert ("uae", "opposes", "saf", "asserted", "") in rows_of(nlp, text)
