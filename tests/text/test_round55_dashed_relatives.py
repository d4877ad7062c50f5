"""Round 55 of issue 16, on precision: a relative clause set off inside the sentence by
dashes ("Iran - which arms Hezbollah - was attacked by Israel"). The parser read the
clause between dashes as running on into the main verb, so the relative's object became
the main verb's party (``israel attacks hezbollah``) and the true row was lost, or the
head noun was left as the sentence's root with no row of the main verb. The audit's
sentences (tests/text/round55_cases.py, written for the round), most built to tempt the
wrong row (dashes, en and em dashes, brackets, commas; passive and active main verbs),
at least a quarter the nearby true shapes that must keep their rows, each with the rows
ANNOTATION.md gives by hand."""

import pytest
from extraction_fixtures import annotated_rows, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round55_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 55).
KNOWN_GAPS = {
    # the aside parsed right up to its closing dash, the main verb then read as a
    # modifier of the object ("attacked/amod Syria"), with commas too
    "Turkey - which hosts millions of refugees - attacked Syria.",
    "Pakistan - which funds LeT - attacked India.",
    # an aside of no relative clause between dashes: the verb after it read as a
    # modifier (not this round's repair, which takes relative clauses only)
    "Chad - not for the first time - attacked Sudan.",
    "India - according to officials - attacked Pakistan.",
    # a dash between two clauses or before a second verb: the first clause's verb read
    # as a noun ("arms") and the repair of round 15 finds no frame across the dash
    "Iran arms Hezbollah - and funds it too.",
    "Iran arms Hezbollah - Israel attacked it.",
    "Sudan arms the RSF - Chad attacked Sudan.",
    "Pakistan funds LeT - India says.",
    # "hired" gives Wagner backing Mali (the lexicon's hire of a force); written by hand
    # as no row, which the rules do not settle
    "Mali - which hired Wagner - was attacked by Niger.",
    # "LeT" read as a verb after "arms" whatever the punctuation (a name misread, round 17)
    "Pakistan—which arms LeT—was attacked by India.",
    "Pakistan, which arms LeT, was attacked by India.",
    "Pakistan, which arms LeT, attacked India.",
    # an object relative between dashes: the commas' parse reads "Turkey arms" as the
    # subject of "attacked" too
    "Azerbaijan - which Turkey arms - attacked Armenia.",
    # a fronted adverbial: the commas' parse makes the head an apposition of "Monday"
    "On Monday, Iran - which arms Hezbollah - was attacked by Israel.",
    # unnamed officials' claim: written by hand as asserted, read as reported (the
    # relative's row inside it as asserted); the rules do not say which
    "Officials said Sudan - which arms the RSF - was attacked by Chad.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 55 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_has_its_promised_shape():
    # a precision round: most cases tempt the wrong row, at least a quarter are genuine
    # (so not assert_a_third_tempting, whose tempting share is at most a half)
    assert len(CASES) >= 72
    genuine = sum(1 for case in CASES if case[1] == "genuine")
    assert genuine >= len(CASES) // 4
    assert len(CASES) - genuine > len(CASES) // 2
