"""A list negated in its own words denies the relation with its members (ANNOTATION.md
R4: a negated relation is `denied`): "Russia armed *neither* Armenia *nor* Azerbaijan"
as "Russia did not arm Armenia or Azerbaijan", and "armed Armenia *but not* Azerbaijan"
for the one member (``frames.candidates._neither``). Before, both read as asserted. The
texts are written for the test; the rows by hand."""

import pytest
from extraction_fixtures import (  # noqa: F401 (nlp: the shared spaCy fixture)
    PROBE_ACTORS,
    annotated_rows,
    expected_row,
    nlp,
)

pytestmark = pytest.mark.model

R = expected_row
CASES = [
    (
        "Russia armed neither Armenia nor Azerbaijan.",
        {R("russia", "armenia", "arms", "denied"), R("russia", "azerbaijan", "arms", "denied")},
    ),
    (
        "Russia supported neither Armenia nor Azerbaijan.",
        {R("russia", "armenia", "backs", "denied"), R("russia", "azerbaijan", "backs", "denied")},
    ),
    (
        "Russia armed Armenia but not Azerbaijan.",
        {R("russia", "armenia", "arms"), R("russia", "azerbaijan", "arms", "denied")},
    ),
    # the same without a negated list: as before
    (
        "Russia did not arm Armenia or Azerbaijan.",
        {R("russia", "armenia", "arms", "denied"), R("russia", "azerbaijan", "arms", "denied")},
    ),
    (
        "Russia armed Armenia and Azerbaijan.",
        {R("russia", "armenia", "arms"), R("russia", "azerbaijan", "arms")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_a_negated_list_denies_the_relation_with_its_members(nlp, text, expected):  # noqa: F811
    assert annotated_rows(nlp, text, PROBE_ACTORS) == expected


@pytest.mark.xfail(strict=True, reason="the parser makes 'Neither Russia nor Iran' the root")
def test_a_negated_list_of_subjects_denies_too(nlp):  # noqa: F811
    text = "Neither Russia nor Iran armed Azerbaijan."
    assert annotated_rows(nlp, text, PROBE_ACTORS) == {
        R("iran", "azerbaijan", "arms", "denied"),
        R("russia", "azerbaijan", "arms", "denied"),
    }
