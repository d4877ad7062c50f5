"""Round 65 of issue 16: ordinary news wording of relations that the lexicon lacked,
added as hand rows of ``relation_lexicon.csv`` with the relation type ANNOTATION.md's R2
table gives them: relational nouns ("the détente / thaw / rift / feud / spat / standoff
between A and B", "the pact / armistice / summit between", "a mediator between", "the
paymaster of", "X's accession to", "an offshoot / a splinter of"), idioms ("threw its
weight behind", "fell out with", "mended fences with", "paid tribute to", "struck /
clinched / inked / sealed / hammered out a deal with", "held X responsible", "pointed the
finger at", "turned down", "turned to X for help", "kicked out", "declared persona non
grata") and verbs ("rearmed", "obtained / acquired / purchased / procured / imported
weapons from", "airlifted / smuggled weapons to", "teamed up / partnered with", "hosts US
troops", "capitulated to", "reconciled with", "rebuffed", "spurned", "implored",
"pleaded with", "pummelled", "rebelled against", "withdrew from / quit the bloc",
"presided over", "govern", "belongs to", "mutinied against"). Most rows carry cues, so
that other senses of the same verb keep their CAMEO reading ("struck Hamas positions"
is still an attack, "paid compensation" no tribute). The audit's texts
(tests/text/round65_cases.py, written for the round, none from the fresh samples or the
corpus): for each wording a text that states the relation and near misses where the
same word does not (another sense, no actor, a thing as object, negation with its
status), each with the rows ANNOTATION.md gives by hand."""

import pytest
from extraction_fixtures import (  # noqa: F401 (nlp: the shared spaCy fixture)
    annotated_rows,
    assert_a_third_tempting,
    audit_params,
    nlp,
)
from round65_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 65).
KNOWN_GAPS = {
    # CAMEO's pattern for paying compensation gives yields_to; R2 names no type for it
    "Mali paid compensation to France.",
    # the lexicon's lemmas are plain lower-case ASCII: the accented spelling is not
    # matched (the row "detente" reads the unaccented one)
    "The détente between Saudi Arabia and Iran held.",
    # the cue "fence" cannot tell the idiom "mended fences" from a fence mended
    "Israel mended the border fence with Egypt.",
    # a verb's object role does not reach the possessor of "help": no row added
    "Mali enlisted Russia's help against the jihadists.",
    # a row "membership" (holder, possessor / of, in) read nothing, cause not found in
    # the round: no row added
    "Finland's membership of NATO angered Russia.",
    # troops sent to an organisation name no recipient (round 27) and CAMEO's
    # "contribute" reads arms; a row "contribute ... troops to" read nothing: not added
    "Kenya contributed troops to the African Union.",
    # the noun frame reads the head "group", not its compound "splinter" ("a splinter
    # of al-Qaeda" reads)
    "Hayat Tahrir al-Sham is a splinter group of al-Qaeda.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 65 gap"),
)
def test_a_text_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_has_its_promised_shape():
    assert_a_third_tempting(CASES, at_least=110)


def test_a_cued_row_leaves_the_other_senses_of_its_verb_to_their_readings(nlp):  # noqa: F811
    """A hand row wins over CAMEO for its lemma only where its cue is present: "struck a
    deal with" is an agreement, "struck" alone still an attack; "turned down" a
    rejection, "turned to X for help" a request for help."""
    assert {r[1] for r in rows_of(nlp, "Israel struck a deal with Hamas.")} == {"agrees_with"}
    assert {r[1] for r in rows_of(nlp, "Israel struck Hamas positions.")} == {"attacks"}
    assert {r[1] for r in rows_of(nlp, "Niger turned down a US request.")} == {"rejects"}
    assert {r[1] for r in rows_of(nlp, "Mali turned to Russia for help.")} == {"courts"}
