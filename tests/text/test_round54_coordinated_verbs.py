"""Round 54 of issue 16: relation verbs joined by "and", "or" or commas before one shared
object ("Iran arms and funds Hezbollah", "Rwanda backs and arms the M23 rebels", "Qatar
arms, trains and funds Hamas"). The parser read such a chain of "-s" or "-ed" forms after
a name as one noun phrase, or only its first verb as a verb, so no row, or the first
verb's row only, was read. The audit's sentences (tests/text/round54_cases.py, written
for the round), between a quarter and a half built to tempt a wrong result (a real noun
phrase "arms and funds", a chain with no actor after it, a chain denied, ended or
hypothetical, an object relative clause), each with the rows ANNOTATION.md gives by
hand."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round54_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 54).
KNOWN_GAPS = {
    # "supplies" with no thing supplied gives "backs" beside "arms" (the lexicon's two
    # rows for supply); the rules name no row for the bare verb
    "Belarus supplies and trains Russia.",
    # "Israeli officials" taken for Israel as the claimant; written by hand as no actor
    # (as "Western officials"), a contestable reading the rules do not settle
    "Qatar funds and arms Hamas, Israeli officials say.",
    # "it" after "while" / "and" resolved to the subject of the clause before, not to its
    # object (coreference, not the chain)
    "Eritrea trains and arms the TPLF, while Egypt funds it.",
    "Venezuela shelters and arms the ELN, and Colombia fights it.",
    # an object relative "which Iran arms and funds": the second parse hangs the pronoun
    # on one verb only, or reads no chain; only the first suspect's row (as before)
    "Hezbollah, which Iran arms and funds, attacked Israel.",
    "Hamas, which Qatar funds and arms, rejected the offer.",
    "The TTP, which Pakistan once armed and funded, now attacks Pakistan.",
    # a pronoun subject ("that it arms and funds") is no mention, so no chain is framed
    "Qatar denies that it arms and funds Hamas.",
    # "neither ... nor" is no joiner of the chain
    "Rwanda neither arms nor funds the M23 rebels.",
    # two clauses, each verb with its own subject or object: misread before this round
    # (a subject taken across "and", "it" resolved to the wrong name)
    "Iran arms Hezbollah and Qatar funds Hamas.",
    "Rwanda arms the M23 rebels and funds them.",
    "Eritrea trains the TPLF and Egypt arms it.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 54 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_has_its_promised_shape():
    assert_a_third_tempting(CASES, at_least=72)
