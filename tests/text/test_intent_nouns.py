"""What a noun of intent or wish is to do, its owner does (ANNOTATION.md R4: what is
planned is `planned`, what is only tried, offered or wished `hypothetical`): "Iran's plan
*to arm* Hezbollah" gives Iran arms Hezbollah, planned; "Iran's attempt to arm" the same,
hypothetical (``frames.verb.verb_subjects``, an infinitive on a ``planned_head`` or
``hypothetical_head`` noun with an owner). Nouns of refusing or failing are left out
(their act is not done, and is not read as denied either: no row). And a passive verb
given two subjects by the parser keeps the first where the second sits after a clause on
it ("Washington's decision *to sanction the RSF* was welcomed by the SAF": the SAF
welcomed the decision, not the RSF; ``frames.verb._passive_subjects``). The texts are
written for the test; the rows by hand."""

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
    (
        "Iran's plan to arm Hezbollah worried Israel.",
        {expected_row("iran", "hezbollah", "arms", "planned")},
    ),
    (
        "Iran's attempt to arm Hezbollah was foiled.",
        {expected_row("iran", "hezbollah", "arms", "hypothetical")},
    ),
    (
        "Russia's pledge to defend Iran was hollow.",
        {expected_row("russia", "iran", "backs", "planned")},
    ),
    # refusing or failing: nothing
    ("Hamas's refusal to negotiate with Israel stalled the talks.", set()),
    ("The RSF's failure to attack the SAF surprised analysts.", set()),
    # two passive subjects from the parser: the first, whose clause holds the second
    (
        "Washington's decision to sanction the RSF was welcomed by the SAF.",
        {expected_row("saf", "united_states", "favours")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_a_noun_of_intent_is_its_owners(nlp, text, expected):  # noqa: F811
    assert annotated_rows(nlp, text, ACTORS) == expected
