# ruff: noqa: E501 (the audit's sentences are kept whole on one line each)
"""Round 30 of issue 16: which actor a description stands for (BASELINE.md, round 30).
The audit's short documents (tests/text/round30_cases.py, written for the round), a third
built to tempt a wrong row, each with the rows ANNOTATION.md gives by hand; both
directions: the tempting ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round30_cases import ACTORS, CASES, A

pytestmark = pytest.mark.model

# Left (BASELINE.md, round 30), each with its cause; the expected rows follow
# ANNOTATION.md (18 expectations of the first audit were corrected by its rules: R2
# leads, envoys sent, courts, expelling an actor's envoy, stances toward an act without
# a named doer; R3 symmetric rows once in id order; R4 "vowed to fight" planned, ending
# acts; R6 towns, hotels and bases of unnamed owners; R1 a description only for an actor
# the document names).
KNOWN_GAPS = {
    # a state's armed forces without a military word in their name (the Tatmadaw) are
    # taken for the armed group an insurgent word stands for
    "The Tatmadaw bombed villages in Chin State. The insurgents attacked Myanmar's outposts.",
    "The Tatmadaw withdrew from Lashio. The rebels criticised China.",
    "The Arakan Army seized the port of Kyauktaw. The Tatmadaw responded with airstrikes. The rebels criticised ASEAN.",
    "The Arakan Army seized Buthidaung. The Tatmadaw retaliated with airstrikes. The rebels criticised China.",
    # "Myanmar's junta" / "the regime" read as the state, not the forces the table has (R1)
    "Myanmar's junta bombed Arakan Army positions. The regime also criticised ASEAN.",
    # "the mission" is no description word (commit 673ff73: it named too much else)
    "M23 fighters entered Goma. MONUSCO condemned the assault. The rebels rejected the criticism and vowed to fight the mission.",
    "MONUSCO began its withdrawal in 2024. M23 attacked Sake. The mission condemned the rebels.",
    "ATMIS opened a base in Jowhar. Al-Shabaab shelled the town. The mission criticised the militants.",
    "M23 shelled Sake. MONUSCO deployed more troops. The rebels later criticised the mission.",
    # "the bloc" is no description: a party's or a parliament's bloc as often as an
    # international body (held-out text lost precision with it)
    "ASEAN met in Jakarta in May. The bloc criticised the Tatmadaw.",
    "The EU sanctioned Wagner in 2023. The bloc accused the group of abuses in Mali.",
    "The European Union imposed new sanctions on Russia. The bloc also criticised China.",
    "The European Union sanctioned Russia. Wagner denounced the move. The bloc later criticised Mali.",
    # "the kingdom" takes the nearest state of any form
    "NATO warned China over Taiwan. The kingdom criticised Beijing.",
    # "the island" is no description: it names a region of a state as often as a state,
    # which the actor kinds cannot tell apart (held-out text lost precision with it)
    "China sent warships near Taiwan. The island condemned Beijing.",
    "Turkey sent troops to northern Cyprus in 1974. The island accused Ankara of occupation.",
    # "the Gulf state" is read as a name ("Gulf"), not a description
    "Qatar hosted talks between Rwanda and the DRC. The Gulf state also criticised M23.",
    # a frame of the sentence, not the description: "suspended" a member state, "barred
    # ... from", "invited ... to send troops" (courts, read as a visit), "an army base"
    # without its country
    "ECOWAS suspended Niger after the coup. The bloc threatened the junta with force.",
    "ECOWAS suspended Mali. The junta criticised the bloc.",
    "The Tatmadaw seized power in 2021. ASEAN barred the junta from its summit.",
    "Mozambique invited Rwanda to send troops. The government praised the deployment.",
    "The ELN ended talks with Colombia in January. The rebels attacked an army base in Arauca.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 30 gap"),
)
def test_a_document_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_an_insurgent_word_never_stands_for_a_mission_named_before(nlp):  # noqa: F811
    text = "MONUSCO patrols the hills north of Goma. The rebels have threatened the Congolese army."
    assert not any(r[0] == "monusco" for r in rows_of(nlp, text))


def test_an_insurgent_word_never_stands_for_the_states_own_forces(nlp):  # noqa: F811
    text = "The Malian Armed Forces retook Kidal in November. The rebels have vowed to fight Mali."
    assert not any(r[0] == "fama" for r in rows_of(nlp, text))


def test_an_insurgent_word_passes_a_nearer_mission_for_the_group(nlp):  # noqa: F811
    text = (
        "Al-Shabaab attacked a base near Baidoa. ATMIS sent reinforcements. "
        "The militants then threatened Kenya."
    )
    rows = {r[:3] for r in rows_of(nlp, text)}
    assert ("al_shabaab", "threatens", "kenya") in rows
    assert ("atmis", "threatens", "kenya") not in rows


def test_the_bloc_and_the_island_stand_for_nobody(nlp):  # noqa: F811
    # no description words: each names a region or a parliament's bloc as often as an
    # actor, which the actor kinds cannot tell apart
    assert rows_of(nlp, "ASEAN met in Jakarta in May. The bloc criticised the Tatmadaw.") == set()
    assert rows_of(nlp, "JNIM seized Boulkessi. The bloc criticised Mali.") == set()
    assert rows_of(nlp, "Taiwan held elections. The island criticised Beijing.") == set()


def test_a_description_never_stands_for_its_own_predicates_other_argument(nlp):  # noqa: F811
    # across sentences a subject is taken first, but not the actor the description's
    # own verb names as its object: "the kingdom condemned Algiers" is not Algeria
    text = "Algeria sent troops near Morocco. The kingdom condemned Algiers."
    assert ("morocco", "opposes", "algeria", A, "") in rows_of(nlp, text)
    # the subject still wins where it is no argument of the description's verb
    text = "Morocco held drills near Melilla. The kingdom condemned Algeria."
    assert ("morocco", "opposes", "algeria", A, "") in rows_of(nlp, text)
