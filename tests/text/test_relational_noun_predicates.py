"""A relational noun says who its holder is in more shapes than "X is Y's ally" (ANNOTATION.md
R2, relations named by nouns: the holder of "ally", "backer", "supplier", "enemy" is the
actor the clause says it is): "X is *among* Y's backers", "*Among* Y's backers is X", "Y
counts X *among* its allies", "X is *one of* Y's closest allies", "X, *one of* Y's
allies, ...", "Y's backers *include* X and Z" (``frames.syntax.holders``). Said as the
clause's predicate, the relation carries the clause's modality ("is not among": denied;
"is no longer one of": ended; "may be among": hypothetical); said in an apposition it is
a description, asserted (``frames.noun._predicate``). The texts are written for the test;
the rows by hand."""

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
    ("Qatar is among Hamas's main backers.", {R("qatar", "hamas", "backs")}),
    (
        "Egypt and the UAE are among the SAF's backers.",
        {R("egypt", "saf", "backs"), R("uae", "saf", "backs")},
    ),
    ("Among Hamas's backers is Qatar.", {R("qatar", "hamas", "backs")}),
    ("Iran counts Hezbollah among its allies.", {R("hezbollah", "iran", "allied_with")}),
    ("Qatar is one of Hamas's main backers.", {R("qatar", "hamas", "backs")}),
    ("Russia remains one of Iran's closest allies.", {R("iran", "russia", "allied_with")}),
    ("Iran is one of the RSF's arms suppliers.", {R("iran", "rsf", "arms")}),
    (
        "Russia, one of Iran's closest allies, vetoed the resolution.",
        {R("iran", "russia", "allied_with")},
    ),
    (
        "One of Iran's allies, Russia, vetoed the resolution.",
        {R("iran", "russia", "allied_with")},
    ),
    ("The SDF's allies include the United States.", {R("sdf", "united_states", "allied_with")}),
    ("Hezbollah's backers include Iran.", {R("iran", "hezbollah", "backs")}),
    (
        "The SAF's foreign backers include Egypt and Turkey.",
        {R("egypt", "saf", "backs"), R("turkey", "saf", "backs")},
    ),
    ("The SAF's enemies include the RSF.", {R("rsf", "saf", "opposes")}),
    # the clause's modality
    ("Qatar is not one of Hamas's backers.", {R("qatar", "hamas", "backs", "denied")}),
    ("Qatar is not among Hamas's backers.", {R("qatar", "hamas", "backs", "denied")}),
    ("Russia is no longer one of Iran's allies.", {R("iran", "russia", "allied_with", "ended")}),
    ("Qatar may be among Hamas's backers.", {R("qatar", "hamas", "backs", "hypothetical")}),
    (
        "Washington said Qatar was among Hamas's backers.",
        {R("qatar", "hamas", "backs", "reported", "united_states")},
    ),
    (
        "Hezbollah's backers include Iran, according to Israel.",
        {R("iran", "hezbollah", "backs", "reported", "israel")},
    ),
    # no holder named, or no relational noun
    ("Several of Iran's allies condemned Israel.", set()),
    ("Fighting broke out among the RSF's allies.", set()),
    ("Iran's demands include a ceasefire with Israel.", set()),
]

KNOWN_GAPS = {
    # the listing verb's own "no longer" is not read: the noun is its subject, and a
    # subject's clause is not climbed for modality
    "Hezbollah's backers no longer include Iran.",
}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_a_relational_nouns_holder_is_found_in_the_clause_that_says_it(nlp, text, expected):  # noqa: F811
    assert annotated_rows(nlp, text, ACTORS) == expected


@pytest.mark.xfail(strict=True, reason="a listing verb's negation is not read")
@pytest.mark.parametrize("text", sorted(KNOWN_GAPS))
def test_a_listing_verbs_negation_ends_the_relation(nlp, text):  # noqa: F811
    assert annotated_rows(nlp, text, ACTORS) == {R("iran", "hezbollah", "backs", "ended")}
