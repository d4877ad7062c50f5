"""Assertion status kept to its own clause (issue 16, round 7): a negation, plan, wish or
ending governs only its own clause and what that clause governs; a relation in a relative
clause, an apposition or a description keeps its own status; a change of degree ("agreed
*not to escalate* the conflict") presupposes the relation it changes; finishing a meeting
says it took place; and a line that opens a new item (a bullet, a number, or a line of a
paragraph that is not hard-wrapped) is a sentence of its own, while hard-wrapped prose
stays one sentence. Every sentence and actor is written for these tests (Andean actors),
negatives beside each class; the expected readings by hand from the annotation rules
(tests/text/data/ANNOTATION.md, R4)."""

import pandas as pd
import pytest
from extraction_fixtures import nlp  # noqa: F401 (the shared spaCy fixture)

from graphkit.text import extract_relations

pytestmark = pytest.mark.model

ACTORS = pd.DataFrame(
    [
        ("peru", "Peru", "state", "", "PER"),
        ("chile", "Chile", "state", "", "CHL"),
        ("bolivia", "Bolivia", "state", "", "BOL"),
        ("colombia", "Colombia", "state", "", "COL"),
        ("venezuela", "Venezuela", "state", "", "VEN"),
        ("eln", "ELN", "armed_group", "National Liberation Army", "COL"),
        ("farc", "FARC", "armed_group", "", "COL"),
        ("oas", "Organization of American States", "igo", "OAS", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)


def statuses(nlp, text):  # noqa: F811
    review = extract_relations(text, actors=ACTORS, nlp=nlp)
    found: dict[tuple[str, str, str], str] = {}
    for row in review.itertuples():
        key = (row.source, row.relation, row.target)
        if row.relation in ("fights", "consults", "allied_with"):
            key = (min(row.source, row.target), row.relation, max(row.source, row.target))
        found[key] = row.modality
    return found


# -- a relative clause, an apposition or a description keeps its own status ----------------


@pytest.mark.parametrize(
    ("text", "kept", "governed"),
    [
        (
            "Peru will not meet Chile, which has been attacking Bolivia for months.",
            ("chile", "attacks", "bolivia"),
            (("chile", "consults", "peru"), "denied"),
        ),
        (
            "Peru may sanction Colombia, which has armed the ELN since 2010.",
            ("colombia", "arms", "eln"),
            (("peru", "sanctions", "colombia"), "hypothetical"),
        ),
        (
            "Peru plans to sanction Colombia, which funds the ELN.",
            ("colombia", "funds", "eln"),
            (("peru", "sanctions", "colombia"), "planned"),
        ),
        (
            "Chile refused to meet Bolivia, a long-standing ally of Peru.",
            ("bolivia", "allied_with", "peru"),
            (("bolivia", "consults", "chile"), "denied"),
        ),
        (
            "Peru refused to condemn the Venezuelan-backed ELN.",
            ("venezuela", "backs", "eln"),
            (("peru", "opposes", "eln"), "denied"),
        ),
        (
            "Peru did not join the OAS mission, which Chile leads.",
            ("chile", "leads", "oas"),
            (("peru", "member_of", "oas"), "denied"),
        ),
        (
            "Peru ended its support for the ELN, which had attacked Chile.",
            ("eln", "attacks", "chile"),
            (("peru", "backs", "eln"), "ended"),
        ),
    ],
)
def test_a_relative_clause_or_apposition_keeps_its_own_status(nlp, text, kept, governed):  # noqa: F811
    found = statuses(nlp, text)
    assert found.get(kept) == "asserted"
    assert found.get(governed[0]) == governed[1]


def test_a_relative_clause_inside_a_report_is_asserted(nlp):  # noqa: F811
    text = "Colombia said that the ELN, which is backed by Venezuela, had attacked Peru."
    found = statuses(nlp, text)
    assert found.get(("venezuela", "backs", "eln")) == "asserted"
    assert found.get(("eln", "attacks", "peru")) == "reported"


def test_both_relations_of_a_relative_clause_and_its_main_clause_are_asserted(nlp):  # noqa: F811
    found = statuses(nlp, "Venezuela, which the ELN backs, attacked Colombia.")
    assert found.get(("venezuela", "attacks", "colombia")) == "asserted"


@pytest.mark.parametrize(
    ("text", "asserted", "denied"),
    [
        (
            "Peru attacked Chile but did not attack Bolivia.",
            ("peru", "attacks", "chile"),
            ("peru", "attacks", "bolivia"),
        ),
        (
            "Peru did not attack Bolivia but attacked Chile.",
            ("peru", "attacks", "chile"),
            ("peru", "attacks", "bolivia"),
        ),
    ],
)
def test_a_negation_stays_in_its_own_conjunct(nlp, text, asserted, denied):  # noqa: F811
    found = statuses(nlp, text)
    assert found.get(asserted) == "asserted"
    assert found.get(denied) == "denied"


def test_a_negation_in_a_following_clause_does_not_reach_the_first(nlp):  # noqa: F811
    found = statuses(nlp, "Peru attacked Chile, and Bolivia did not respond.")
    assert found.get(("peru", "attacks", "chile")) == "asserted"


# -- negatives: what is denied stays denied ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Peru denied arming the ELN.", ("peru", "arms", "eln")),
        ("The claim that Peru is arming the ELN is wrong.", ("peru", "arms", "eln")),
        ("Peru did not launch an attack on Chile.", ("peru", "attacks", "chile")),
        ("Peru did not attack Chile.", ("peru", "attacks", "chile")),
    ],
)
def test_what_is_denied_stays_denied(nlp, text, triple):  # noqa: F811
    assert statuses(nlp, text).get(triple) == "denied"


def test_stopping_still_ends(nlp):  # noqa: F811
    assert statuses(nlp, "Peru stopped funding the ELN.").get(("peru", "funds", "eln")) == "ended"


# -- a change of degree presupposes the relation ----------------------------------------


@pytest.mark.parametrize(
    ("text", "triple", "status"),
    [
        (
            "Peru and Chile agreed not to escalate their war.",
            ("chile", "fights", "peru"),
            "asserted",
        ),
        (
            "Both states agreed not to escalate the conflict between Peru and Chile.",
            ("chile", "fights", "peru"),
            "asserted",
        ),
        (
            "Venezuela did not increase its support for the ELN.",
            ("venezuela", "backs", "eln"),
            "asserted",
        ),
        (
            "Venezuela may increase its support for the ELN.",
            ("venezuela", "backs", "eln"),
            "asserted",
        ),
        (
            "Colombia said it would step up its attacks on the ELN.",
            ("colombia", "attacks", "eln"),
            "reported",
        ),
    ],
)
def test_a_change_of_degree_leaves_the_relation_holding(nlp, text, triple, status):  # noqa: F811
    assert statuses(nlp, text).get(triple) == status


def test_launching_is_no_change_of_degree(nlp):  # noqa: F811
    found = statuses(nlp, "Peru will launch an attack on Chile.")
    assert found.get(("peru", "attacks", "chile")) == "planned"


# -- finishing a meeting says it took place ------------------------------------------------


def test_ending_a_meeting_says_it_took_place(nlp):  # noqa: F811
    text = (
        "After six hours, the foreign ministers of Peru and Chile ended the meeting without a deal."
    )
    assert statuses(nlp, text).get(("chile", "consults", "peru")) == "asserted"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Colombia suspended its talks with the ELN.", ("colombia", "consults", "eln")),
        ("Colombia ended peace talks with the ELN.", ("colombia", "consults", "eln")),
        ("Colombia ended its support for the ELN.", ("colombia", "backs", "eln")),
    ],
)
def test_ending_talks_or_support_still_ends_them(nlp, text, triple):  # noqa: F811
    assert statuses(nlp, text).get(triple) == "ended"


# -- line breaks: a new item is a sentence, hard-wrapped prose is not -----------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Key points\n- Peru backs Chile\n- Bolivia opposes Peru",
            ["Key points", "- Peru backs Chile", "- Bolivia opposes Peru"],
        ),
        (
            "1. Peru backs Chile\n2. Bolivia opposes Peru",
            ["1. Peru backs Chile", "2. Bolivia opposes Peru"],
        ),
        (
            "Summary\nPeru says it has struck another ELN camp, a day after announcing the "
            "death of the group's second commander\nThe army says strikes near the border "
            "killed a member of the ELN council - Venezuela has not commented\nEarlier on "
            "Sunday, Peru said it hit dozens of targets",
            [
                "Summary",
                "Peru says it has struck another ELN camp, a day after announcing the death "
                "of the group's second commander",
                "The army says strikes near the border killed a member of the ELN council - "
                "Venezuela has not commented",
                "Earlier on Sunday, Peru said it hit dozens of targets",
            ],
        ),
    ],
)
def test_a_line_that_opens_an_item_is_a_sentence(nlp, text, sentences):  # noqa: F811
    assert [s.text.strip() for s in nlp(text).sents] == sentences


@pytest.mark.parametrize(
    "text",
    [
        "Peru accused\nChile of arming the rebels.",
        "Peru and Chile have long been at odds over the border, and the dispute that\n"
        "the two states have waged for decades flared again when Bolivia\n"
        "asked the court to rule on the matter.",
    ],
)
def test_hard_wrapped_prose_stays_one_sentence(nlp, text):  # noqa: F811
    assert len(list(nlp(text).sents)) == 1


def test_a_negation_on_one_item_does_not_reach_the_next(nlp):  # noqa: F811
    text = "- Venezuela has not commented\n- Peru attacked the ELN on Sunday"
    assert statuses(nlp, text).get(("peru", "attacks", "eln")) == "asserted"
