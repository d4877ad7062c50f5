"""The mediation frame (ANNOTATION.md R3: mediation gives the mediator `consults` with
each party, and nothing else).

- Mediating is read by the frame alone: CAMEO's verb entry codes "mediate" as its class,
  080 (yield), which made "talks between the three countries, *mediated* by the AU" (the
  participle hung on the parties by the parser) read the AU as yielding to each
  (``frames.triggers._mediates_only``). Hosting keeps CAMEO's readings.
- Mediators coordinated before an auxiliary ("Egypt and Qatar *are* mediating"), whom the
  parser hangs on the auxiliary, are the verb's subjects (``frames.syntax.own_subjects``).

The texts are written for the test; the rows by hand."""

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
    # the participle hung on the parties by the parser: CAMEO's 080 read the mediator
    # as yielding to each
    (
        "Ethiopia began filling the reservoir in July. Egypt and Sudan objected. Talks "
        "between the three countries, mediated by the African Union, have collapsed.",
        {
            expected_row("african_union", "egypt", "consults"),
            expected_row("african_union", "ethiopia", "consults"),
            expected_row("african_union", "sudan", "consults"),
            expected_row("egypt", "ethiopia", "consults", "ended"),
            expected_row("egypt", "sudan", "consults", "ended"),
            expected_row("ethiopia", "sudan", "consults", "ended"),
        },
    ),
    (
        "The African Union mediated talks between Egypt and Sudan.",
        {
            expected_row("african_union", "egypt", "consults"),
            expected_row("african_union", "sudan", "consults"),
            expected_row("egypt", "sudan", "consults"),
        },
    ),
    (
        "Kenya mediated between Ethiopia and Egypt.",
        {expected_row("egypt", "kenya", "consults"), expected_row("ethiopia", "kenya", "consults")},
    ),
    # hosting keeps CAMEO's reading (a visit hosted is consults)
    ("Kenya hosted Somalia's president.", {expected_row("kenya", "somalia", "consults")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_mediating_gives_consults_with_each_party_and_nothing_else(nlp, text, expected):  # noqa: F811
    assert annotated_rows(nlp, text, ACTORS) == expected


@pytest.mark.parametrize("verb", ["are", "were"])
def test_mediators_hung_on_the_auxiliary_mediate(nlp, verb):  # noqa: F811
    text = f"Egypt and Qatar {verb} mediating between Israel and Hamas."
    assert annotated_rows(nlp, text, ACTORS) == {
        expected_row("egypt", "hamas", "consults"),
        expected_row("egypt", "israel", "consults"),
        expected_row("hamas", "qatar", "consults"),
        expected_row("israel", "qatar", "consults"),
    }
