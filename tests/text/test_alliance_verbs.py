"""Forming an alliance states one (ANNOTATION.md R2: `allied_with` is "in a declared or
working alliance", cued by "alliance"): "A and B formed an alliance", "A forged an
alliance with B", "A built an alliance with B", "A and B cemented their alliance" give
A `allied_with` B (``relation_lexicon.csv``: form, forge, build, cement with the cue
"alliance", joint subjects both ways). Before, CAMEO's pattern "form * alliance" (050,
diplomatic cooperation) gave `favours` both ways. The texts are written for the test;
the rows by hand, by R2-R4 (negated and planned keep the row with their status, a
claimant's word is reported)."""

import pytest
from extraction_fixtures import (  # noqa: F401 (nlp: the shared spaCy fixture)
    PROBE_ACTORS,
    annotated_rows,
    expected_row,
    nlp,
)

pytestmark = pytest.mark.model

ACTORS = PROBE_ACTORS

CASES = [
    ("Iran and Hezbollah formed an alliance.", {expected_row("hezbollah", "iran", "allied_with")}),
    (
        "Mali, Niger and Chad formed a military alliance last year.",
        {
            expected_row("chad", "mali", "allied_with"),
            expected_row("chad", "niger", "allied_with"),
            expected_row("mali", "niger", "allied_with"),
        },
    ),
    (
        "Hezbollah forged an alliance with Iran in the 1980s.",
        {expected_row("hezbollah", "iran", "allied_with")},
    ),
    (
        "Russia built an alliance with Iran against the West.",
        {expected_row("iran", "russia", "allied_with")},
    ),
    # the alliance's enemy is no party of it
    (
        "Iran formed an alliance with Hezbollah against Israel.",
        {expected_row("hezbollah", "iran", "allied_with")},
    ),
    (
        "Iran and Russia did not form an alliance.",
        {expected_row("iran", "russia", "allied_with", "denied")},
    ),
    (
        "Iran and Russia plan to form an alliance.",
        {expected_row("iran", "russia", "allied_with", "planned")},
    ),
    (
        "Hamas and Islamic Jihad forged an alliance, Israeli officials said.",
        {expected_row("hamas", "islamic_jihad", "allied_with", "reported", "israel")},
    ),
    # no alliance formed, or none between named actors: nothing
    ("Mali and Niger formed a joint force.", set()),
    ("Mali formed a transitional government.", set()),
    ("The rebels formed an alliance.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_forming_an_alliance_states_one(nlp, text, expected):  # noqa: F811
    assert annotated_rows(nlp, text, ACTORS) == expected


def test_forming_an_alliance_is_no_longer_read_as_favouring(nlp):  # noqa: F811
    rows = annotated_rows(nlp, "Mali, Niger and Chad formed a defence alliance.", ACTORS)
    assert {r[1] for r in rows} == {"allied_with"}
