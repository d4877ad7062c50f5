"""Clauses whose verb the parser reads as a noun or an adjective (issue 16, round 15;
BASELINE.md): "Algeria armed Polisario" is parsed as one noun phrase by the small English
model, so nothing was read. :func:`graphkit.text.parse_repair.repair_parse` parses such a
sentence again with the verb replaced by a stand-in and gives the original words that
tree. Every sentence here was written for this round (Sahel, Maghreb, South Asian,
Caucasus, Myanmar and Latin American actors; headline, wire, news, think-tank and
encyclopedia styles); the expected relation of each by hand from the annotation rules
(tests/text/data/ANNOTATION.md). Both directions: the clause read, and noun phrases with
the same words ("the Algerian arms trade", "Pakistani armed forces", "Chinese funds for
Myanmar") given no relation of the verb's type."""

import pandas as pd
import pytest
from extraction_fixtures import nlp  # noqa: F401 (the shared spaCy fixture)

from graphkit.text import extract_relations
from graphkit.text.inputs import actor_matcher
from graphkit.text.lexicon import default_lexicon
from graphkit.text.parse_repair import repair_parse

pytestmark = pytest.mark.model

ACTORS = pd.DataFrame(
    [
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("burkina", "Burkina Faso", "state", "Ouagadougou", "BFA"),
        ("algeria", "Algeria", "state", "Algiers", "DZA"),
        ("morocco", "Morocco", "state", "Rabat", "MAR"),
        ("polisario", "Polisario Front", "armed_group", "Polisario", "ESH"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("let", "Lashkar-e-Taiba", "armed_group", "LeT", "PAK"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP", "PAK"),
        ("afghanistan", "Afghanistan", "state", "Kabul", "AFG"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("cuba", "Cuba", "state", "Havana", "CUB"),
        ("myanmar", "Myanmar", "state", "Naypyidaw", "MMR"),
        ("arakan", "Arakan Army", "armed_group", "", "MMR"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("uae", "United Arab Emirates", "state", "UAE", "ARE"),
        ("lna", "Libyan National Army", "armed_group", "LNA", "LBY"),
        ("north_korea", "North Korea", "state", "Pyongyang", "PRK"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
        ("mozambique", "Mozambique", "state", "Maputo", "MOZ"),
        ("ansar", "Ansar al-Sunna", "armed_group", "", "MOZ"),
        ("jnim", "JNIM", "armed_group", "", "MLI"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

# (sentence, expected triple (source, relation, target), style); before the repair 28 of
# these 68 gave no row (BASELINE.md, round 15)
POSITIVE = [
    ("Algeria armed Polisario.", ("algeria", "arms", "polisario"), "headline"),
    ("Algeria arms the Polisario Front.", ("algeria", "arms", "polisario"), "wire"),
    ("Algeria arms Polisario.", ("algeria", "arms", "polisario"), "headline"),
    ("China arms Myanmar.", ("china", "arms", "myanmar"), "headline"),
    ("Pakistan armed Lashkar-e-Taiba.", ("pakistan", "arms", "let"), "headline"),
    ("Pakistan armed the TTP.", ("pakistan", "arms", "ttp"), "news"),
    ("North Korea arms Venezuela.", ("north_korea", "arms", "venezuela"), "headline"),
    ("Belarus armed Wagner.", ("belarus", "arms", "wagner"), "headline"),
    ("Cuba funds Venezuela.", ("cuba", "funds", "venezuela"), "headline"),
    ("The UAE funded the LNA.", ("uae", "funds", "lna"), "news"),
    ("The United Arab Emirates funds the Libyan National Army.", ("uae", "funds", "lna"), "wire"),
    ("China funded Myanmar.", ("china", "funds", "myanmar"), "headline"),
    ("Algeria backs Polisario.", ("algeria", "backs", "polisario"), "headline"),
    ("Belarus backed Wagner.", ("belarus", "backs", "wagner"), "headline"),
    ("China backs Myanmar.", ("china", "backs", "myanmar"), "headline"),
    ("Pakistan backed Lashkar-e-Taiba.", ("pakistan", "backs", "let"), "encyclopedia"),
    ("India attacks Pakistan.", ("india", "attacks", "pakistan"), "headline"),
    ("Azerbaijan attacks Armenia.", ("azerbaijan", "attacks", "armenia"), "headline"),
    ("Armenia shells Azerbaijan.", ("armenia", "attacks", "azerbaijan"), "headline"),
    ("Azerbaijan shelled Armenia.", ("azerbaijan", "attacks", "armenia"), "headline"),
    ("India strikes Pakistan.", ("india", "attacks", "pakistan"), "headline"),
    ("Pakistan strikes the TTP.", ("pakistan", "attacks", "ttp"), "headline"),
    ("Mali raids JNIM.", ("mali", "attacks", "jnim"), "headline"),
    ("Myanmar bombs the Arakan Army.", ("myanmar", "attacks", "arakan"), "headline"),
    ("Myanmar bombed the Arakan Army.", ("myanmar", "attacks", "arakan"), "news"),
    ("Mozambique targets Ansar al-Sunna.", ("mozambique", "attacks", "ansar"), "headline"),
    ("Mozambique targeted Ansar al-Sunna.", ("mozambique", "attacks", "ansar"), "news"),
    ("Cuba aids Venezuela.", ("cuba", "backs", "venezuela"), "headline"),
    ("China aided Myanmar.", ("china", "backs", "myanmar"), "headline"),
    ("China supports Myanmar.", ("china", "backs", "myanmar"), "headline"),
    ("Algeria supported Polisario.", ("algeria", "backs", "polisario"), "headline"),
    ("Wagner trained Mali.", ("wagner", "arms", "mali"), "headline"),
    ("Wagner trains Burkina Faso.", ("wagner", "arms", "burkina"), "headline"),
    ("China sanctions India.", ("china", "sanctions", "india"), "headline"),
    ("India sanctioned Pakistan.", ("india", "sanctions", "pakistan"), "headline"),
    ("Pakistan threatens India.", ("pakistan", "threatens", "india"), "headline"),
    ("Azerbaijan threatened Armenia.", ("azerbaijan", "threatens", "armenia"), "headline"),
    ("China courts Myanmar.", ("china", "courts", "myanmar"), "headline"),
    ("Morocco courted Mali.", ("morocco", "courts", "mali"), "headline"),
    ("Pakistan harbours Lashkar-e-Taiba.", ("pakistan", "backs", "let"), "think-tank"),
    ("Algeria shelters Polisario.", ("algeria", "backs", "polisario"), "think-tank"),
    ("Belarus supplied Wagner.", ("belarus", "backs", "wagner"), "headline"),
    # attribution, according to, as it had promised
    ("India said Pakistan armed Lashkar-e-Taiba.", ("pakistan", "arms", "let"), "news"),
    ("Mali said Algeria armed JNIM.", ("algeria", "arms", "jnim"), "news"),
    ("Morocco said Algeria armed Polisario.", ("algeria", "arms", "polisario"), "wire"),
    ("According to India, Pakistan armed Lashkar-e-Taiba.", ("pakistan", "arms", "let"), "news"),
    ("According to Morocco, Algeria funds Polisario.", ("algeria", "funds", "polisario"), "wire"),
    (
        "According to Armenia, Azerbaijan shelled Armenia.",
        ("azerbaijan", "attacks", "armenia"),
        "wire",
    ),
    ("Belarus armed Wagner, as it had promised.", ("belarus", "arms", "wagner"), "news"),
    ("China armed Myanmar, as it had promised.", ("china", "arms", "myanmar"), "news"),
    ("The UAE funded the LNA, as it had pledged.", ("uae", "funds", "lna"), "news"),
    # adverbs and dates
    ("Algeria openly armed Polisario.", ("algeria", "arms", "polisario"), "think-tank"),
    ("Pakistan secretly armed Lashkar-e-Taiba.", ("pakistan", "arms", "let"), "think-tank"),
    ("In 2019, the UAE funded the LNA.", ("uae", "funds", "lna"), "encyclopedia"),
    (
        "In March 2021, Myanmar bombed the Arakan Army.",
        ("myanmar", "attacks", "arakan"),
        "encyclopedia",
    ),
    ("On 4 May, India struck Pakistan.", ("india", "attacks", "pakistan"), "wire"),
    ("Azerbaijan again shelled Armenia on Tuesday.", ("azerbaijan", "attacks", "armenia"), "wire"),
    ("Belarus reportedly armed Wagner.", ("belarus", "arms", "wagner"), "wire"),
    # encyclopedia lists and construction records
    (
        "During the 1980s, Algeria armed Polisario.",
        ("algeria", "arms", "polisario"),
        "encyclopedia",
    ),
    ("From 2014, the UAE backed the LNA.", ("uae", "backs", "lna"), "encyclopedia"),
    ("Wagner trained Malian soldiers.", ("wagner", "arms", "mali"), "news"),
    ("China armed Burkina Faso.", ("china", "arms", "burkina"), "headline"),
    ("Venezuela armed Cuba.", ("venezuela", "arms", "cuba"), "headline"),
    ("Algeria armed Polisario and Mali.", ("algeria", "arms", "polisario"), "news"),
    ("Pakistan funds the TTP.", ("pakistan", "funds", "ttp"), "headline"),
    ("India funded the Arakan Army.", ("india", "funds", "arakan"), "headline"),
    ("Armenia attacked Azerbaijan.", ("armenia", "attacks", "azerbaijan"), "headline"),
    ("Islamabad armed the TTP.", ("pakistan", "arms", "ttp"), "wire"),
]

# real noun phrases: no relation of the verb's type (None: any actor) between the actors
NEGATIVE = [
    ("The Algerian arms trade grew.", ("algeria", "arms", None)),
    ("Pakistani armed forces paraded.", ("pakistan", "arms", None)),
    ("Chinese funds for Myanmar arrived.", ("china", "funds", "myanmar")),
    ("The Pakistan arms deal collapsed.", ("pakistan", "arms", None)),
    ("Algeria's armed forces are large.", ("algeria", "arms", None)),
    ("India's air strikes killed 20.", ("india", "attacks", None)),
    ("The Myanmar bombs fell on Rakhine.", ("myanmar", "attacks", None)),
    ("Azerbaijan's attacks ended.", ("azerbaijan", "attacks", None)),
    ("Armed Wagner fighters entered Mali.", ("wagner", "arms", "mali")),
    ("Mali heads of state met.", ("mali", "leads", None)),
    ("Mali's sanctions regime was lifted.", ("mali", "sanctions", None)),
    ("Cuban aid workers reached Venezuela.", ("cuba", "backs", "venezuela")),
    ("Pakistan's armed groups include the TTP.", ("pakistan", "arms", "ttp")),
    ("India's threats against Pakistan grew.", None),
]


@pytest.fixture(scope="module")
def review(nlp):  # noqa: F811
    texts = [text for text, _, _ in POSITIVE] + [text for text, _ in NEGATIVE]
    return extract_relations(
        texts, actors=ACTORS, nlp=nlp, document=[str(i) for i in range(len(texts))]
    )


def _rows(review, position):
    return review[review.document == str(position)]


@pytest.mark.parametrize(
    ("position", "text", "triple"),
    [(i, text, triple) for i, (text, triple, _) in enumerate(POSITIVE)],
    ids=[text for text, _, _ in POSITIVE],
)
def test_a_clause_whose_verb_reads_as_a_noun_or_adjective_gives_its_relation(
    review, position, text, triple
):
    rows = _rows(review, position)
    found = {(r.source, r.relation, r.target) for r in rows.itertuples()}
    assert triple in found, f"{text}: {sorted(found)}"


@pytest.mark.parametrize(
    ("position", "text", "relation"),
    [(len(POSITIVE) + i, text, relation) for i, (text, relation) in enumerate(NEGATIVE)],
    ids=[text for text, _ in NEGATIVE],
)
def test_a_noun_phrase_with_the_same_words_gives_no_relation_of_that_type(
    review, position, text, relation
):
    rows = _rows(review, position)
    if relation is None:
        assert rows.empty, f"{text}: {rows[['source', 'relation', 'target']].values.tolist()}"
        return
    source, kind, target = relation
    wrong = rows[
        (rows.source == source)
        & (rows.relation == kind)
        & ((rows.target == target) if target is not None else True)
    ]
    assert wrong.empty, f"{text}: {wrong[['source', 'relation', 'target']].values.tolist()}"


@pytest.mark.parametrize(
    ("text", "triple", "modality", "claimant"),
    [
        # R4: a claim is reported and names its claimant; the claim is still read whole
        (
            "India said Pakistan armed Lashkar-e-Taiba.",
            ("pakistan", "arms", "let"),
            "reported",
            "india",
        ),
        (
            "According to Morocco, Algeria funds Polisario.",
            ("algeria", "funds", "polisario"),
            "reported",
            "morocco",
        ),
        ("Belarus reportedly armed Wagner.", ("belarus", "arms", "wagner"), "reported", None),
        # a promise kept: the act is asserted
        (
            "Belarus armed Wagner, as it had promised.",
            ("belarus", "arms", "wagner"),
            "asserted",
            None,
        ),
        ("Algeria armed Polisario.", ("algeria", "arms", "polisario"), "asserted", None),
    ],
)
def test_a_repaired_clause_keeps_its_assertion_status_and_claimant(
    nlp,  # noqa: F811
    text,
    triple,
    modality,
    claimant,
):
    review = extract_relations(text, actors=ACTORS, nlp=nlp)
    row = review[
        (review.source == triple[0]) & (review.relation == triple[1]) & (review.target == triple[2])
    ]
    assert len(row) == 1, review[["source", "relation", "target"]].values.tolist()
    assert row.modality.iloc[0] == modality
    found = row.attributed_to.iloc[0]
    assert (None if pd.isna(found) else found) == claimant


def test_a_repaired_clause_keeps_the_date_it_states_and_the_verb_as_trigger(nlp):  # noqa: F811
    review = extract_relations(
        "In March 2021, Myanmar bombed the Arakan Army.",
        actors=ACTORS,
        nlp=nlp,
        reported="2022-01-05",
    )
    row = review[review.relation == "attacks"].iloc[0]
    assert (row.source, row.target, row.trigger) == ("myanmar", "arakan", "bombed")
    assert (row.start, row.date_basis) == ("2021-03", "stated")


@pytest.fixture(scope="module")
def matcher(nlp):  # noqa: F811
    return actor_matcher(ACTORS, default_lexicon(), nlp)


def test_the_repaired_parse_reads_the_verb_with_its_subject_and_object(nlp, matcher):  # noqa: F811
    doc = nlp("China arms Myanmar.")
    assert doc[1].pos_ != "VERB"  # the model's own reading: a compound noun
    fixed = repair_parse(doc, matcher, default_lexicon(), nlp)
    assert fixed.text == doc.text and [t.text for t in fixed] == [t.text for t in doc]
    assert (fixed[1].pos_, fixed[1].tag_, fixed[1].lemma_) == ("VERB", "VBZ", "arm")
    assert (fixed[0].dep_, fixed[0].head.i) == ("nsubj", 1)
    assert (fixed[2].dep_, fixed[2].head.i) == ("dobj", 1)


def test_a_present_verb_parsed_with_the_past_stand_in_keeps_its_present_tag(nlp, matcher):  # noqa: F811
    # "Armenia helps Azerbaijan" gives "Azerbaijan" as npadvmod; "helped" does not
    fixed = repair_parse(nlp("Armenia shells Azerbaijan."), matcher, default_lexicon(), nlp)
    assert (fixed[1].pos_, fixed[1].tag_, fixed[1].lemma_) == ("VERB", "VBZ", "shell")
    assert fixed[2].dep_ == "dobj"


def test_only_the_sentence_with_the_suspect_is_parsed_again(nlp, matcher):  # noqa: F811
    text = "Kenya's army moved north. Algeria armed Polisario. Mali raids JNIM often."
    doc = nlp(text)
    fixed = repair_parse(doc, matcher, default_lexicon(), nlp)
    first = next(iter(doc.sents))
    for token in first:
        other = fixed[token.i]
        assert (other.dep_, other.head.i, other.pos_, other.tag_) == (
            token.dep_,
            token.head.i,
            token.pos_,
            token.tag_,
        )
    assert [s.text for s in fixed.sents] == [s.text for s in doc.sents]
    assert (fixed[7].text, fixed[7].pos_, fixed[8].dep_) == ("armed", "VERB", "dobj")
    assert (fixed[11].text, fixed[11].pos_, fixed[12].dep_) == ("raids", "VERB", "dobj")


@pytest.mark.parametrize(
    "text",
    [
        "Iran armed the Houthis.",  # the model reads these right: left as parsed
        "Algeria has armed Polisario.",
        "Polisario was armed by Algeria.",
        "Algeria supported Polisario.",
        "The Algerian arms trade grew.",  # no suspect between two mentions
        "Pakistan's armed groups include the TTP.",
    ],
)
def test_a_sentence_whose_parse_has_the_verb_or_no_suspect_is_left_as_it_is(nlp, matcher, text):  # noqa: F811
    doc = nlp(text)
    assert repair_parse(doc, matcher, default_lexicon(), nlp) is doc


def test_the_repair_is_deterministic(nlp, matcher):  # noqa: F811
    text = "Mali said Algeria armed JNIM. Mozambique targets Ansar al-Sunna."
    first = repair_parse(nlp(text), matcher, default_lexicon(), nlp).to_bytes()
    second = repair_parse(nlp(text), matcher, default_lexicon(), nlp).to_bytes()
    assert first == second
