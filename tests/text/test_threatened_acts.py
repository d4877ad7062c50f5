"""A threat of an act against an actor (ANNOTATION.md R4 and round 34's indirect threats:
"Threatened X with sanctions / war is `threatens` and the penalty `planned`"): "Turkey
threatened *a new offensive against* the SDF", "threatened *retaliation against*",
"threatened *war on*", "threatened *sanctions against*" give `threatens` X, asserted
(``relation_lexicon.csv``: threaten with an act noun as cue, its target the object, the
infinitive's, or the act's against/on/to), and the act itself `planned` ("threaten" is a
``light_verb`` of ``cues.csv``: its object act is its subject's). Before, an act noun as
the object gave nothing. The texts are written for the test; the rows by hand."""

import pytest
from extraction_fixtures import (  # noqa: F401 (nlp: the shared spaCy fixture)
    PROBE_ACTORS,
    annotated_rows,
    expected_row,
    nlp,
)

pytestmark = pytest.mark.model

ACTORS = PROBE_ACTORS

R = expected_row
CASES = [
    (
        "Turkey threatened a new offensive against the SDF.",
        {R("turkey", "sdf", "threatens"), R("turkey", "sdf", "attacks", "planned")},
    ),
    (
        "Turkey threatened attacks on the SDF.",
        {R("turkey", "sdf", "threatens"), R("turkey", "sdf", "attacks", "planned")},
    ),
    (
        "The United States threatened sanctions against the RSF.",
        {R("united_states", "rsf", "threatens"), R("united_states", "rsf", "sanctions", "planned")},
    ),
    (
        "Israel threatened war on Hezbollah.",
        {R("israel", "hezbollah", "threatens"), R("hezbollah", "israel", "fights", "planned")},
    ),
    ("Iran threatened retaliation against Israel.", {R("iran", "israel", "threatens")}),
    # the object, the infinitive, negation: as before
    ("Turkey threatened the SDF with a new offensive.", {R("turkey", "sdf", "threatens")}),
    (
        "Turkey threatened to launch an offensive against the SDF.",
        {R("turkey", "sdf", "threatens"), R("turkey", "sdf", "attacks", "planned")},
    ),
    (
        "Turkey did not threaten military action against the SDF.",
        {R("turkey", "sdf", "threatens", "denied"), R("turkey", "sdf", "attacks", "denied")},
    ),
    # no actor threatened
    ("Turkey threatened a veto at the UN.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_a_threatened_act_threatens_its_target(nlp, text, expected):  # noqa: F811
    assert annotated_rows(nlp, text, ACTORS) == expected
