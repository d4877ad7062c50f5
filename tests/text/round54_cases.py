"""The sentences of the round-54 audit (issue 16; BASELINE.md, round 54): relation verbs
joined by "and", "or" or commas before one shared object ("Iran arms and funds
Hezbollah", "Rwanda backs and arms the M23 rebels", "Qatar arms, trains and funds
Hamas"). spaCy's small English model reads such a chain of "-s" or "-ed" forms after a
name as one noun phrase ("Iran arms and funds": NNS NNS, the object an apposition), or
reads only the first verb as a verb and the others as nouns, so no row, or the first
verb's row only, was read. Written for this round in wire, news, think-tank and
encyclopedia styles. Between a quarter and a half built to tempt a wrong result
(``tempt``: a real noun phrase "arms and funds", a chain with no actor after it, a
chain denied, ended or hypothetical, a chain in an object relative clause whose doer is
the name before the relative pronoun's antecedent). Expected rows by hand from
tests/text/data/ANNOTATION.md: ``(class, kind, text, rows)`` with rows ``(source,
relation, target, modality, attributed_to)``; an empty set means no row."""

import pandas as pd
from extraction_fixtures import ASSERTED, expected_row

ACTORS = pd.DataFrame(
    [
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("israel", "Israel", "state", "", "ISR"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP", "PAK"),
        ("afghanistan", "Afghanistan", "state", "Kabul", "AFG"),
        ("algeria", "Algeria", "state", "Algiers", "DZA"),
        ("polisario", "Polisario Front", "armed_group", "Polisario", "ESH"),
        ("morocco", "Morocco", "state", "Rabat", "MAR"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("m23", "M23", "armed_group", "M23 rebels", "COD"),
        ("drc", "Democratic Republic of Congo", "state", "DRC|Kinshasa", "COD"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
        ("russia", "Russia", "state", "Moscow|Kremlin", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("pkk", "Kurdistan Workers' Party", "armed_group", "PKK", "TUR"),
        ("iraq", "Iraq", "state", "Baghdad", "IRQ"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("myanmar", "Myanmar", "state", "Naypyidaw", "MMR"),
        ("united_nations", "United Nations", "organization", "UN|U.N.", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = ASSERTED
_row = expected_row


def _rows(source: str, target: str, *relations: str, modality: str = A, by: str = "") -> set:
    return {_row(source, target, r, modality, by) for r in relations}


_GENUINE: list[tuple[str, str, set]] = [
    # two present forms before one object, the pair read as a noun phrase
    ("present_pair", "Iran arms and funds Hezbollah.", _rows("iran", "hezbollah", "arms", "funds")),
    ("present_pair", "Qatar funds and arms Hamas.", _rows("qatar", "hamas", "funds", "arms")),
    ("present_pair", "Pakistan arms and funds the TTP.", _rows("pakistan", "ttp", "arms", "funds")),
    (
        "present_pair",
        "Algeria arms and funds Polisario.",
        _rows("algeria", "polisario", "arms", "funds"),
    ),
    (
        "present_pair",
        "Rwanda arms and finances the M23 rebels.",
        _rows("rwanda", "m23", "arms", "funds"),
    ),
    ("present_pair", "Eritrea trains and equips the TPLF.", _rows("eritrea", "tplf", "arms")),
    (
        "present_pair",
        "Venezuela shelters and funds the ELN.",
        _rows("venezuela", "eln", "backs", "funds"),
    ),
    ("present_pair", "Belarus supplies and trains Russia.", _rows("belarus", "russia", "arms")),
    ("present_pair", "Iran arms and trains the Houthis.", _rows("iran", "houthis", "arms")),
    ("present_pair", "China funds and equips Myanmar.", _rows("china", "myanmar", "funds", "arms")),
    (
        "present_pair",
        "Saudi Arabia arms and funds Egypt.",
        _rows("saudi_arabia", "egypt", "arms", "funds"),
    ),
    # three or more forms in a list
    (
        "present_list",
        "Qatar arms, trains and funds Hamas.",
        _rows("qatar", "hamas", "arms", "funds"),
    ),
    (
        "present_list",
        "Iran arms, funds, and trains Hezbollah.",
        _rows("iran", "hezbollah", "arms", "funds"),
    ),
    (
        "present_list",
        "Rwanda trains, arms and bankrolls the M23 rebels.",
        _rows("rwanda", "m23", "arms", "funds"),
    ),
    (
        "present_list",
        "Algeria shelters, arms and funds Polisario.",
        _rows("algeria", "polisario", "backs", "arms", "funds"),
    ),
    (
        "present_list",
        "Eritrea funds, trains, and arms the TPLF.",
        _rows("eritrea", "tplf", "funds", "arms"),
    ),
    # the first verb read as a verb, the next as a noun
    (
        "mixed_pair",
        "Rwanda backs and arms the M23 rebels.",
        _rows("rwanda", "m23", "backs", "arms"),
    ),
    (
        "mixed_pair",
        "Venezuela supports and arms the ELN.",
        _rows("venezuela", "eln", "backs", "arms"),
    ),
    (
        "mixed_pair",
        "Iran supports and funds the Houthis.",
        _rows("iran", "houthis", "backs", "funds"),
    ),
    ("mixed_pair", "Qatar backs and funds Hamas.", _rows("qatar", "hamas", "backs", "funds")),
    (
        "mixed_pair",
        "Russia supports and equips Belarus.",
        _rows("russia", "belarus", "backs", "arms"),
    ),
    # adverbs before or inside the chain
    (
        "adverb",
        "Iran quietly arms and funds the Houthis.",
        _rows("iran", "houthis", "arms", "funds"),
    ),
    ("adverb", "Pakistan still arms and funds the TTP.", _rows("pakistan", "ttp", "arms", "funds")),
    ("adverb", "Qatar openly funds and arms Hamas.", _rows("qatar", "hamas", "funds", "arms")),
    (
        "adverb",
        "Algeria reportedly arms and funds Polisario.",
        _rows("algeria", "polisario", "arms", "funds", modality="reported"),
    ),
    # past forms
    (
        "past_pair",
        "Algeria armed and funded Polisario.",
        _rows("algeria", "polisario", "arms", "funds"),
    ),
    ("past_pair", "Eritrea armed and trained the TPLF.", _rows("eritrea", "tplf", "arms")),
    (
        "past_pair",
        "Rwanda funded and armed the M23 rebels.",
        _rows("rwanda", "m23", "funds", "arms"),
    ),
    (
        "past_pair",
        "Venezuela sheltered and funded the ELN.",
        _rows("venezuela", "eln", "backs", "funds"),
    ),
    ("past_pair", "Turkey shelled and bombed the PKK.", _rows("turkey", "pkk", "attacks")),
    # a relative clause on the doer
    (
        "relative",
        "Iran, which arms and funds Hezbollah, condemned the strike.",
        _rows("iran", "hezbollah", "arms", "funds"),
    ),
    (
        "relative",
        "Qatar, which funds and arms Hamas, hosted the talks.",
        _rows("qatar", "hamas", "funds", "arms"),
    ),
    (
        "relative",
        "Pakistan, which arms and trains the TTP, denied the report.",
        _rows("pakistan", "ttp", "arms"),
    ),
    (
        "relative",
        "Rwanda - which arms and funds the M23 rebels - rejected the claim.",
        _rows("rwanda", "m23", "arms", "funds"),
    ),
    (
        "relative",
        "Algeria — which arms and funds Polisario — recalled its envoy.",
        _rows("algeria", "polisario", "arms", "funds"),
    ),
    # attributed to a claimant
    (
        "reported",
        "The UN says Iran arms and funds the Houthis.",
        _rows("iran", "houthis", "arms", "funds", modality="reported", by="united_nations"),
    ),
    (
        "reported",
        "Israel says Iran arms and funds Hezbollah.",
        _rows("iran", "hezbollah", "arms", "funds", modality="reported", by="israel"),
    ),
    (
        "reported",
        "Analysts said Eritrea arms and trains the TPLF.",
        _rows("eritrea", "tplf", "arms", modality="reported"),
    ),
    (
        "reported",
        "Morocco accuses Algeria, saying Algeria arms and funds Polisario.",
        _rows("algeria", "polisario", "arms", "funds", modality="reported", by="morocco")
        | {_row("morocco", "algeria", "opposes")},
    ),
    (
        "reported",
        "Colombia believes Venezuela shelters and arms the ELN.",
        _rows("venezuela", "eln", "backs", "arms", modality="reported", by="colombia"),
    ),
    (
        "reported",
        "Kinshasa says Rwanda arms and funds the M23 rebels.",
        _rows("rwanda", "m23", "arms", "funds", modality="reported", by="drc"),
    ),
    # followed by more of the clause
    (
        "longer",
        "Iran arms and funds Hezbollah through Syria.",
        _rows("iran", "hezbollah", "arms", "funds"),
    ),
    (
        "longer",
        "Qatar funds and arms Hamas, Israeli officials say.",
        _rows("qatar", "hamas", "funds", "arms", modality="reported"),
    ),
    (
        "longer",
        "Pakistan arms and funds the TTP across the Afghan border.",
        _rows("pakistan", "ttp", "arms", "funds"),
    ),
    (
        "longer",
        "Since 2012, Rwanda arms and funds the M23 rebels in North Kivu.",
        _rows("rwanda", "m23", "arms", "funds"),
    ),
    (
        "longer",
        "Eritrea trains and arms the TPLF, while Egypt funds it.",
        _rows("eritrea", "tplf", "arms") | {_row("egypt", "tplf", "funds")},
    ),
    (
        "longer",
        "Venezuela shelters and arms the ELN, and Colombia fights it.",
        _rows("venezuela", "eln", "backs", "arms") | {_row("colombia", "eln", "fights")},
    ),
    (
        "longer",
        "Iran arms and funds the Houthis, who attack Saudi Arabia.",
        _rows("iran", "houthis", "arms", "funds") | {_row("houthis", "saudi_arabia", "attacks")},
    ),
]

_TEMPTING: list[tuple[str, str, set]] = [
    # a real noun phrase "arms and funds": no actor after the chain
    ("noun_phrase", "Iran arms and funds reached Hezbollah through Syria.", set()),
    ("noun_phrase", "The Qatar arms and funds inquiry ended in Doha.", set()),
    ("noun_phrase", "Pakistan arms and funds were seized at the border.", set()),
    ("noun_phrase", "Algeria arms and trains fighters in the desert.", set()),
    ("noun_phrase", "Iran arms and funds militias across the region.", set()),
    ("noun_phrase", "Rwanda trains and equips its own army.", set()),
    ("noun_phrase", "Turkey bombs and shells positions in the mountains.", set()),
    ("noun_phrase", "Eritrea's arms and funds went missing.", set()),
    ("noun_phrase", "Turkey arms or funds the enemies of the PKK in Iraq.", set()),
    # the doer is the other name: an object relative clause
    (
        "object_relative",
        "Hezbollah, which Iran arms and funds, attacked Israel.",
        _rows("iran", "hezbollah", "arms", "funds") | {_row("hezbollah", "israel", "attacks")},
    ),
    (
        "object_relative",
        "Hamas, which Qatar funds and arms, rejected the offer.",
        _rows("qatar", "hamas", "funds", "arms"),
    ),
    (
        "object_relative",
        "The TTP, which Pakistan once armed and funded, now attacks Pakistan.",
        _rows("pakistan", "ttp", "arms", "funds", modality="ended")
        | {_row("ttp", "pakistan", "attacks")},
    ),
    # the chain denied, ended, hypothetical or planned
    (
        "denied",
        "Qatar denies that it arms and funds Hamas.",
        _rows("qatar", "hamas", "arms", "funds", modality="denied", by="qatar"),
    ),
    (
        "denied",
        "Rwanda neither arms nor funds the M23 rebels.",
        _rows("rwanda", "m23", "arms", "funds", modality="denied"),
    ),
    (
        "denied",
        "Iran no longer arms and funds the Houthis.",
        _rows("iran", "houthis", "arms", "funds", modality="ended"),
    ),
    (
        "denied",
        "Algeria once armed and funded Polisario.",
        _rows("algeria", "polisario", "arms", "funds", modality="ended"),
    ),
    (
        "hypothetical",
        "Eritrea may arm and train the TPLF.",
        _rows("eritrea", "tplf", "arms", modality="hypothetical"),
    ),
    (
        "hypothetical",
        "Venezuela will shelter and fund the ELN.",
        _rows("venezuela", "eln", "backs", "funds", modality="planned"),
    ),
    # a chain whose verbs give other relations
    (
        "other_relation",
        "Turkey condemns and sanctions Iraq.",
        {_row("turkey", "iraq", "opposes"), _row("turkey", "iraq", "sanctions")},
    ),
    (
        "other_relation",
        "Israel targets and bombs Hezbollah.",
        _rows("israel", "hezbollah", "attacks"),
    ),
    (
        "other_relation",
        "Saudi Arabia bombs and besieges the Houthis.",
        _rows("saudi_arabia", "houthis", "attacks"),
    ),
    (
        "other_relation",
        "Morocco denounces and criticises Algeria.",
        _rows("morocco", "algeria", "opposes"),
    ),
    # two subjects, two objects: each verb keeps its own
    (
        "two_clauses",
        "Iran arms Hezbollah and Qatar funds Hamas.",
        {_row("iran", "hezbollah", "arms"), _row("qatar", "hamas", "funds")},
    ),
    (
        "two_clauses",
        "Rwanda arms the M23 rebels and funds them.",
        _rows("rwanda", "m23", "arms", "funds"),
    ),
    (
        "two_clauses",
        "Eritrea trains the TPLF and Egypt arms it.",
        {_row("eritrea", "tplf", "arms"), _row("egypt", "tplf", "arms")},
    ),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
