"""Round 42 of issue 16: coordinated active verbs, gerunds and infinitives sharing the
object written once after the last (BASELINE.md, round 42). The audit's sentences
(tests/text/round42_cases.py, written for the round), a third built to tempt a wrong row,
each with the rows ANNOTATION.md gives by hand; both directions: the tempting ones give no
wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round42_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 42).
KNOWN_GAPS = {
    # the parser tags "armed" an adjective (advcl / amod of the first verb), so the verbs
    # after it lose their subject or the shared object
    "Rwanda trained, armed and funded the M23 rebels.",
    "Eritrea backed, trained and armed Ethiopia's federal army during the war.",
    # "torched" reads as CAMEO fighting (a symmetric `fights`) beside the raid's `attacks`
    "The ADF raided and then torched Ugandan army posts.",
    # the second gerund after "accused X of" is parsed as a conjunct of "accused": its
    # doer comes out the accuser, asserted
    "Islamabad accused Kabul of harbouring and arming the TTP.",
    "Kinshasa accused Kigali of backing and arming the rebels of M23.",
    "Somalia accused Eritrea of training and then arming al-Shabaab.",
    # "sanction" parsed as a noun compound of "Boko Haram"
    "Nigeria pledged to isolate and sanction Boko Haram.",
    # "pound" after "strike and" parsed as a noun
    "Kenya threatened to strike and pound al-Shabaab.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 42 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_coordinated_infinitives_share_the_object_written_after_the_last(nlp):  # noqa: F811
    rows = rows_of(nlp, "Azerbaijan threatened to shell and bomb Armenia.")
    assert ("azerbaijan", "threatens", "armenia", "asserted", "") in rows
    # and an infinitive's object that names no actor gives no threat
    assert rows_of(nlp, "Uganda threatened to resign and leave the talks.") == set()
