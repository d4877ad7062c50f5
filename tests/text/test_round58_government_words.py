"""Round 58 of issue 16: a state's government or armed forces named by a bare government
word standing where a demonym could ("*government* forces", "*federal* troops", "a
*federal* army base", "*regime* bases", "*junta* troops"), read as the one state the
document names (or, for a ruling word, what the writer's earlier "junta" or "regime"
was read as). The audit's texts (tests/text/round58_cases.py, written for the round):
the class, the demonym and definite-description shapes read before it as controls, and
over a third built to tempt a wrong row (two candidate states in the document, none, a
local, regional, rebel or named other government, a coalition's forces, the only state
being the other party, denied and planned acts), each with the rows ANNOTATION.md gives
by hand."""

import pytest
from extraction_fixtures import (  # noqa: F401 (nlp: the shared spaCy fixture)
    annotated_rows,
    assert_a_third_tempting,
    audit_params,
    mentioned_rows,
    nlp,
)
from round58_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 58).
KNOWN_GAPS = {
    # the parser tags "airstrikes" a verb after a capitalised compound in these two
    # documents ("Government/compound airstrikes/VERB"), so the government word modifies
    # no noun and names no owner; with a demonym ("Nigerian airstrikes") the act is read
    "Nigeria named a new army chief. Government airstrikes killed ISWAP commanders near Lake Chad.",
    "The Tatmadaw lost Laukkai in January. Regime airstrikes hit TNLA positions near Lashio.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 58 gap"),
)
def test_a_text_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "source_mention", "target_mention"),
    [
        (
            "Ethiopia declared a state of emergency. Government forces clashed with the TPLF.",
            "Government forces -> Ethiopia",
            "TPLF",
        ),
        (
            "Ethiopia's parliament met on Monday. The TPLF attacked a federal army base.",
            "TPLF",
            "a federal army base -> Ethiopia",
        ),
    ],
)
def test_the_resolution_is_shown_as_one(nlp, text, source_mention, target_mention):  # noqa: F811
    (row,) = mentioned_rows(nlp, text, ACTORS)
    assert (row[3], row[4]) == (source_mention, target_mention)


def test_the_audit_has_its_promised_shape():
    assert_a_third_tempting(CASES)
