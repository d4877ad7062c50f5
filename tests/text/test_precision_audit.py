"""Precision audit of issue 16, round 19 (BASELINE.md): sentences written to tempt the
extractor into wrong triples, expected rows by hand from tests/text/data/ANNOTATION.md.
Both directions: the tempting sentence gives no wrong row, and the genuine relation in it
(or in a control sentence in the relation's own sense) is still read."""

import pandas as pd
import pytest
from extraction_fixtures import nlp  # noqa: F401 (the shared spaCy fixture)
from precision_audit import judge
from precision_audit_cases import ACTORS, CASES

from graphkit.text import extract_relations

pytestmark = pytest.mark.model


def rows(nlp, text):  # noqa: F811
    review = extract_relations(text, actors=ACTORS, nlp=nlp)
    return [(r.source, r.relation, r.target, r.modality) for r in review.itertuples()]


def test_the_whole_audit_gives_at_most_the_wrong_rows_left_in_baseline(nlp):  # noqa: F811
    review = extract_relations([text for _, text, _ in CASES], actors=ACTORS, nlp=nlp)
    assert isinstance(review, pd.DataFrame)
    wrong = []
    for _, text, expected in CASES:
        found = [
            (r.source, r.relation, r.target, r.modality)
            for r in review.itertuples()
            if r.evidence == text
        ]
        wrong += [(text, row) for row in judge(found, expected)[0]]
    # left (BASELINE.md round 19): "Kosovo Force" read as Kosovo (2 rows), "Yemeni forces
    # loyal to the Houthis" read as Yemen, "which includes Hezbollah" as CAMEO 080
    assert len(wrong) <= 4, wrong


@pytest.mark.parametrize(
    "text",
    [
        "India beat Pakistan in the final.",
        "Turkey defeated Greece 3-1 in a friendly match.",
        "Egypt hosted Saudi Arabia in a World Cup qualifier.",
        "Azerbaijan won the match against Armenia on penalties.",
    ],
)
def test_a_trigger_in_a_sports_clause_gives_no_relation(nlp, text):  # noqa: F811
    assert rows(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("India beat Pakistan in the Kargil war.", ("india", "fights", "pakistan")),
        ("Turkey defeated the PKK in the mountains.", ("pkk", "fights", "turkey")),
        ("Egypt hosted Saudi Arabia for talks.", ("egypt", "consults", "saudi_arabia")),
        (
            "The 1998-2000 war between Eritrea and Ethiopia killed tens of thousands.",
            ("eritrea", "fights", "ethiopia"),
        ),
        (
            "India attacked Pakistan after the match was cancelled.",
            ("india", "attacks", "pakistan"),
        ),
    ],
)
def test_the_same_triggers_outside_a_sports_clause_are_still_read(nlp, text, triple):  # noqa: F811
    found = {(s, r, t) for s, r, t, _ in rows(nlp, text)}
    assert triple in found, found


def test_a_participle_with_its_own_agent_does_not_take_the_next_verbs_object(nlp):  # noqa: F811
    found = {
        (s, r, t)
        for s, r, t, _ in rows(nlp, "Hezbollah and Hamas, both backed by Iran, condemned Israel.")
    }
    assert ("hezbollah", "backs", "israel") not in found
    assert ("hamas", "backs", "israel") not in found
    assert {("hezbollah", "opposes", "israel"), ("hamas", "opposes", "israel")} <= found


def test_verbs_sharing_an_object_are_still_read(nlp):  # noqa: F811
    found = {(s, r, t) for s, r, t, _ in rows(nlp, "Iran backed and armed the Houthis.")}
    assert {("iran", "backs", "houthis"), ("iran", "arms", "houthis")} <= found
