"""Assertion status audited rule by rule (issue 16, round 14; BASELINE.md): sentences
written for the audit (East African actors, news, wire, think-tank and encyclopedia
styles), each cue word used in its own sense and in another, both directions. The
expected modality of each relation by hand from the annotation rules
(tests/text/data/ANNOTATION.md, R4): the means of an act ("*ended* the year *by
attacking*") is done; an act said to have taken place ("the *planned* offensive *began*")
is asserted whatever adjective names it; a yes/no question and a headline's infinitive
state nothing as fact."""

import pandas as pd
import pytest
from extraction_fixtures import nlp  # noqa: F401 (the shared spaCy fixture)

from graphkit.text import extract_relations

pytestmark = pytest.mark.model

ACTORS = pd.DataFrame(
    [
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("uganda", "Uganda", "state", "Kampala", "UGA"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("shabaab", "al-Shabaab", "armed_group", "Shabaab", "SOM"),
        ("adf", "ADF", "armed_group", "Allied Democratic Forces", "UGA"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)


def modality_of(nlp, text, triple):  # noqa: F811
    review = extract_relations(text, actors=ACTORS, nlp=nlp)
    found = {(row.source, row.relation, row.target): row.modality for row in review.itertuples()}
    assert triple in found, f"{triple} not found in {sorted(found)}"
    return found[triple]


ATTACK = ("kenya", "attacks", "shabaab")


@pytest.mark.parametrize(
    ("text", "triple", "expected"),
    [
        # the means of an act is done, whatever the verb it serves means
        ("Kenya ended the year by attacking al-Shabaab.", ATTACK, "asserted"),
        ("Kenya stopped al-Shabaab's advance by attacking the group.", ATTACK, "asserted"),
        ("Kenya ended its neutrality by attacking al-Shabaab.", ATTACK, "asserted"),
        ("Kenya halted the group's advance by attacking al-Shabaab in Lamu.", ATTACK, "asserted"),
        # ... while stopping, suspending and refusing the act itself still end or deny it
        ("Kenya stopped attacking al-Shabaab.", ATTACK, "ended"),
        ("Egypt suspended its aid to Somalia.", ("egypt", "backs", "somalia"), "ended"),
        ("Kenya refused to attack al-Shabaab.", ATTACK, "denied"),
        ("Eritrea denied arming al-Shabaab.", ("eritrea", "arms", "shabaab"), "denied"),
    ],
)
def test_a_means_clause_is_done_and_ending_the_act_still_ends_it(nlp, text, triple, expected):  # noqa: F811
    assert modality_of(nlp, text, triple) == expected


@pytest.mark.parametrize(
    ("text", "triple", "expected"),
    [
        # an adjective of plan, wish or hedge over an act the clause says took place
        ("The planned offensive by Kenya against al-Shabaab began on Monday.", ATTACK, "asserted"),
        ("The expected attack by Kenya on al-Shabaab came on Monday.", ATTACK, "asserted"),
        (
            "The alleged attack by al-Shabaab on Kenya took place on Monday.",
            ("shabaab", "attacks", "kenya"),
            "asserted",
        ),
        (
            "The proposed talks between Egypt and Ethiopia were held in Cairo.",
            ("egypt", "consults", "ethiopia"),
            "asserted",
        ),
        # ... but not over an act that is still to take place, or is only reported
        (
            "The planned offensive by Kenya against al-Shabaab will begin on Monday.",
            ATTACK,
            "planned",
        ),
        (
            "The proposed talks between Egypt and Ethiopia may take place in Cairo.",
            ("egypt", "consults", "ethiopia"),
            "hypothetical",
        ),
        (
            "The alleged attack by al-Shabaab on Kenya is under investigation.",
            ("shabaab", "attacks", "kenya"),
            "reported",
        ),
        (
            "The alleged attack by al-Shabaab on Kenya did not take place.",
            ("shabaab", "attacks", "kenya"),
            "denied",
        ),
        ("Eritrea allegedly armed al-Shabaab.", ("eritrea", "arms", "shabaab"), "reported"),
        ("Kenya plans to attack al-Shabaab.", ATTACK, "planned"),
    ],
)
def test_an_act_said_to_have_taken_place_is_asserted_whatever_it_was_called(
    nlp,  # noqa: F811
    text,
    triple,
    expected,
):
    assert modality_of(nlp, text, triple) == expected


@pytest.mark.parametrize(
    ("text", "triple", "expected"),
    [
        ("Did Eritrea arm al-Shabaab?", ("eritrea", "arms", "shabaab"), "hypothetical"),
        ("Kenya to attack al-Shabaab", ATTACK, "planned"),
        # a wh-question or a tag presupposes the act; a headline in the present tells it
        ("Why did Kenya attack al-Shabaab?", ATTACK, "asserted"),
        ("Kenya attacked al-Shabaab, did it not?", ATTACK, "asserted"),
        ("Kenya attacks al-Shabaab in border raid", ATTACK, "asserted"),
        ("Kenya did not hesitate to attack al-Shabaab.", ATTACK, "asserted"),
    ],
)
def test_questions_and_headline_infinitives_state_nothing_as_fact(nlp, text, triple, expected):  # noqa: F811
    assert modality_of(nlp, text, triple) == expected


@pytest.mark.parametrize(
    ("text", "triple", "expected"),
    [
        # a cue inside a clause of its own does not reach the main clause
        ("Kenya attacked al-Shabaab, which reportedly controls the town.", ATTACK, "asserted"),
        ("Kenya, which vowed revenge, attacked al-Shabaab.", ATTACK, "asserted"),
        (
            "Kenya attacked al-Shabaab after the group refused to release hostages.",
            ATTACK,
            "asserted",
        ),
        ("Kenya attacked al-Shabaab so that it could not regroup.", ATTACK, "asserted"),
        ("Kenya attacked al-Shabaab, which would later retreat.", ATTACK, "asserted"),
        ("Kenya attacked al-Shabaab, asking whether Somalia would help.", ATTACK, "asserted"),
        ("Kenya attacked al-Shabaab but did not consult Somalia.", ATTACK, "asserted"),
        (
            "Kenya attacked al-Shabaab but did not consult Somalia.",
            ("kenya", "consults", "somalia"),
            "denied",
        ),
        # attribution and hedges as R4 has them
        ("Kenya attacked al-Shabaab, officials said.", ATTACK, "reported"),
        (
            "Somalia accused Eritrea of arming al-Shabaab.",
            ("eritrea", "arms", "shabaab"),
            "reported",
        ),
        (
            "Somalia accused Eritrea of arming al-Shabaab.",
            ("somalia", "opposes", "eritrea"),
            "asserted",
        ),
        ("Kenya vowed to attack al-Shabaab.", ATTACK, "planned"),
        ("Kenya would attack al-Shabaab if provoked.", ATTACK, "hypothetical"),
        ("If Kenya attacks al-Shabaab, Somalia will protest.", ATTACK, "hypothetical"),
    ],
)
def test_audit_sentences_keep_their_status(nlp, text, triple, expected):  # noqa: F811
    assert modality_of(nlp, text, triple) == expected
