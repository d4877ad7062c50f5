"""Round 61 of issue 16: a stance toward an act named by a bare definite noun ("Iran
condemned *the strikes*") is a stance toward the doer of the act that noun refers back
to, stated earlier in the sentence or in the sentences before ("Israel struck Hezbollah
in southern Lebanon."), when that act is unambiguous (``Coreference.doers``). The
audit's texts (tests/text/round61_cases.py, written for the round, none from round 59's
fresh sample): the act stated by a verb of the noun's family, of violence for a general
noun, by a passive, a light verb or an act noun with its doer, and over a quarter built
to tempt a wrong row (two acts of different doers, no earlier act, no actor doer, the
condemner's own act, another noun's owner, no stance verb, the stance planned or
denied), each with the rows ANNOTATION.md gives by hand."""

import pytest
from extraction_fixtures import (  # noqa: F401 (nlp: the shared spaCy fixture)
    annotated_rows,
    assert_a_third_tempting,
    audit_params,
    nlp,
)
from round61_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 61).
KNOWN_GAPS: set[str] = set()


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 61 gap"),
)
def test_a_text_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_has_its_promised_shape():
    assert_a_third_tempting(CASES, at_least=50)


def test_a_resolved_act_says_it_was_resolved(nlp):  # noqa: F811
    from graphkit.text import extract_relations

    text = "Israel struck Hezbollah in southern Lebanon on Tuesday. Iran condemned the strikes."
    review = extract_relations(text, actors=ACTORS, nlp=nlp)
    rows = review[review["relation"] == "opposes"]
    assert list(zip(rows["source"], rows["target"], strict=True)) == [("iran", "israel")]
    # the mention shows the resolution, as a pronoun's does: "the strikes -> Israel"
    assert rows["target_mention"].tolist() == ["the strikes -> Israel"]
