"""The texts of the round-59 audit (issue 16; BASELINE.md, round 59): a stance verb whose
object is an actor's act or attempt named by a noun the lexicon did not have as one --
"welcomed *Iraq's move*", "criticised *the junta's use* of drones", "backed *Guyana's
bid*", "supported *Kosovo's independence*", "praised *Ethiopia's step*", "welcomed
*Qatar's efforts*", "denounced *the RSF's gains*" --, the largest class of round 59's
second fresh sample that a lexicon addition can close (an object whose owner is the
target: 8 misses in 5 of its 14 items). The owner is named by a possessive, a demonym or
a "by" phrase. Beside them, as controls, the event nouns read before the round
("decision", "raid"). Over a quarter are built to tempt a wrong row (``tempt``: the noun
with no owner, an owner in a "by" phrase of another noun, no stance verb, the stance
negated or planned, a pronoun object, a use of a thing): they must give no row, or a row
of the right status only. Written for this round in wire and news styles, none from the
fresh sample; expected rows by hand from tests/text/data/ANNOTATION.md (R1, R2, R4),
written before the extractor ran on them: ``(class, kind, text, rows)`` with rows
``(source, relation, target, modality, attributed_to)``; an empty set means no row."""

import pandas as pd
from extraction_fixtures import ASSERTED, expected_row

ACTORS = pd.DataFrame(
    [
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("israel", "Israel", "state", "", "ISR"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("european_union", "European Union", "organisation", "EU", ""),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
        ("guyana", "Guyana", "state", "Georgetown", "GUY"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("brazil", "Brazil", "state", "Brasilia", "BRA"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("abkhazia", "Abkhazia", "government", "", "GEO"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("sudan", "Sudan", "state", "Khartoum", "SDN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("philippines", "Philippines", "state", "Manila", "PHL"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("united_nations", "United Nations", "organisation", "UN|U.N.", ""),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = ASSERTED
_row = expected_row

_GENUINE = [
    # the class: a stance verb, an act noun the lexicon lacked, its owner the target
    (
        "owner_object",
        "Egypt welcomed Qatar's efforts to secure a truce in Gaza.",
        {_row("egypt", "qatar", "favours")},
    ),
    (
        "owner_object",
        "The European Union criticised Serbia's move to close the border crossings.",
        {_row("european_union", "serbia", "opposes")},
    ),
    (
        "owner_object",
        "Kosovo condemned Serbia's use of force near the border on Sunday.",
        {_row("kosovo", "serbia", "opposes")},
    ),
    (
        "owner_object",
        "Guyana rejected Venezuela's bid to annex the Essequibo region.",
        {_row("guyana", "venezuela", "rejects")},
    ),
    (
        "owner_object",
        "Brazil has backed Guyana's bid for a seat on the Security Council.",
        {_row("brazil", "guyana", "backs")},
    ),
    (
        "owner_object",
        "Russia recognised Abkhazia's independence in August 2008.",
        {_row("russia", "abkhazia", "favours")},
    ),
    (
        "owner_object",
        "The United States supported Kosovo's independence in 2008.",
        {_row("united_states", "kosovo", "backs")},
    ),
    (
        "owner_object",
        "Kenya praised Ethiopia's step to reopen the border crossing at Moyale.",
        {_row("kenya", "ethiopia", "favours")},
    ),
    (
        "owner_object",
        "Sudan denounced the RSF's gains in Darfur as a threat to the country's unity.",
        {_row("sudan", "rsf", "opposes")},
    ),
    (
        "owner_object",
        "The Philippines protested China's use of water cannon near the shoal.",
        {_row("philippines", "china", "opposes")},
    ),
    (
        "owner_object",
        "Qatar welcomed Saudi Arabia's move to restore direct flights.",
        {_row("qatar", "saudi_arabia", "favours")},
    ),
    (
        "owner_object",
        "Hamas rejected Israel's move to expand the operation in Rafah.",
        {_row("hamas", "israel", "rejects")},
    ),
    (
        "owner_object",
        "Egypt and Sudan criticised Ethiopia's move to fill the reservoir of the dam.",
        {_row("egypt", "ethiopia", "opposes"), _row("sudan", "ethiopia", "opposes")},
    ),
    (
        "owner_object",
        "The African Union praised Kenya's efforts to end the fighting.",
        {_row("african_union", "kenya", "favours")},
    ),
    (
        "owner_object",
        "Saudi Arabia welcomed Iran's step to release the detained sailors.",
        {_row("saudi_arabia", "iran", "favours")},
    ),
    (
        "owner_object",
        "Turkey backed Azerbaijan's bid to host the climate summit.",
        {_row("turkey", "azerbaijan", "backs")},
    ),
    (
        "owner_object",
        "Venezuela denounced Guyana's use of foreign troops in the disputed area.",
        {_row("venezuela", "guyana", "opposes")},
    ),
    (
        "owner_object",
        "China condemned the Philippines' bid to take the dispute to arbitration.",
        {_row("china", "philippines", "opposes")},
    ),
    # the owner named by a demonym or a capital
    (
        "owner_demonym",
        "Israel criticised the Egyptian move to join the case at the court.",
        {_row("israel", "egypt", "opposes")},
    ),
    (
        "owner_demonym",
        "Qatar welcomed the Saudi move to reopen the border.",
        {_row("qatar", "saudi_arabia", "favours")},
    ),
    (
        "owner_demonym",
        "Ethiopia rejected the Egyptian bid to take the dam dispute to the Security Council.",
        {_row("ethiopia", "egypt", "rejects")},
    ),
    (
        "owner_demonym",
        "Kosovo condemned Belgrade's move to deploy troops near the border.",
        {_row("kosovo", "serbia", "opposes")},
    ),
    (
        "owner_demonym",
        "Serbia held elections in December. Kosovo later criticised the Serbian move to ban "
        "the dinar.",
        {_row("kosovo", "serbia", "opposes")},
    ),
    # the owner in a "by" phrase or a passive
    (
        "owner_by",
        "Armenia welcomed the move by the European Union to send monitors to the border.",
        {_row("armenia", "european_union", "favours")},
    ),
    (
        "owner_by",
        "Guyana's bid for a seat on the council was backed by Brazil.",
        {_row("brazil", "guyana", "backs")},
    ),
    # controls: event nouns the lexicon had before the round
    (
        "control",
        "The United Nations welcomed Sudan's decision to reopen the Adre crossing.",
        {_row("united_nations", "sudan", "favours")},
    ),
    (
        "control",
        "Qatar condemned Israel's raid on the hospital in Gaza City.",
        {_row("qatar", "israel", "opposes")},
    ),
    (
        "control",
        "Kenya criticised Somalia's decision to suspend flights to Nairobi.",
        {_row("kenya", "somalia", "opposes")},
    ),
]

_TEMPTING = [
    # the noun with no owner: no target
    ("no_owner", "Egypt welcomed the move on Tuesday.", set()),
    ("no_owner", "Kosovo criticised the use of force near the border.", set()),
    ("no_owner", "Qatar welcomed the moves by both sides.", set()),
    ("no_owner", "Turkey praised the use of drones in the war.", set()),
    ("no_owner", "Sudan welcomed the step, but the RSF rejected it.", set()),
    ("no_owner", "China welcomed the gains in trade this year.", set()),
    # the owner of another noun
    (
        "other_owner",
        "Sudan condemned the use of foreign drones by the RSF.",
        {_row("sudan", "rsf", "opposes")},
    ),
    # no stance verb
    ("no_stance", "Guyana said Venezuela's move would fail.", set()),
    ("no_stance", "Israel's move to expand the operation drew no comment from Egypt.", set()),
    ("no_stance", "Kosovo's move surprised many diplomats in Brussels.", set()),
    ("no_stance", "Saudi Arabia has yet to comment on Iran's move to release the sailors.", set()),
    (
        "no_stance",
        "Ethiopia's independence from colonial rule is a point of national pride.",
        set(),
    ),
    # the stance negated or planned
    (
        "status",
        "Serbia did not criticise Kosovo's move to ban the dinar.",
        {_row("serbia", "kosovo", "opposes", "denied")},
    ),
    (
        "status",
        "Brazil will back Guyana's bid for a seat on the Security Council next year.",
        {_row("brazil", "guyana", "backs", "planned")},
    ),
    # a thing's use, not an actor's
    ("thing", "The Egyptian foreign minister said the use of force was not an option.", set()),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
