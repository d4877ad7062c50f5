"""The sentences of the act-noun audit (issue 16, round 18; BASELINE.md): acts named by
nouns (attack, strike, raid, offensive, bombing, shelling, incursion, deployment, visit,
sanctions, blockade, support, arms deliveries, withdrawal) whose agent is a demonym, a
possessive, a by-phrase, an of-phrase or a claimant ("claimed responsibility for"), and
stance verbs toward such acts (welcomed, praised, condemned, denounced, objected to,
protested, criticised, rejected, hailed, backed), written for the audit in news, wire,
think-tank and encyclopedia styles with actors of other conflicts than the lead's examples.
The expected rows are by hand from tests/text/data/ANNOTATION.md (R2 types, R3 direction,
symmetric types once with the smaller id as source, R4 modality and ``attributed_to``, R6
targets, and the round-18 rules on acts named by nouns): ``(source, relation, target,
modality, attributed_to)``; an empty set means no row.

Rows of the types the scorer ignores (``reports_on``, ``comments_on``, ``captures``,
``controls``, ``withdraws_from``) are not counted either way."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("mali", "Mali", "state", "", "MLI"),
        ("burkina_faso", "Burkina Faso", "state", "", "BFA"),
        ("niger", "Niger", "state", "", "NER"),
        ("france", "France", "state", "", "FRA"),
        ("russia", "Russia", "state", "", "RUS"),
        ("ukraine", "Ukraine", "state", "", "UKR"),
        ("israel", "Israel", "state", "", "ISR"),
        ("lebanon", "Lebanon", "state", "", "LBN"),
        ("iran", "Iran", "state", "", "IRN"),
        ("saudi_arabia", "Saudi Arabia", "state", "", "SAU"),
        ("united_states", "United States", "state", "US|U.S.", "USA"),
        ("turkey", "Turkey", "state", "Türkiye", "TUR"),
        ("iraq", "Iraq", "state", "", "IRQ"),
        ("syria", "Syria", "state", "", "SYR"),
        ("azerbaijan", "Azerbaijan", "state", "", "AZE"),
        ("armenia", "Armenia", "state", "", "ARM"),
        ("china", "China", "state", "", "CHN"),
        ("taiwan", "Taiwan", "state", "", "TWN"),
        ("philippines", "Philippines", "state", "the Philippines", "PHL"),
        ("colombia", "Colombia", "state", "", "COL"),
        ("venezuela", "Venezuela", "state", "", "VEN"),
        ("rwanda", "Rwanda", "state", "", "RWA"),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|DR Congo", "COD"),
        ("pakistan", "Pakistan", "state", "", "PAK"),
        ("india", "India", "state", "", "IND"),
        ("hungary", "Hungary", "state", "", "HUN"),
        ("qatar", "Qatar", "state", "", "QAT"),
        ("european_union", "European Union", "organisation", "EU", ""),
        ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM", "MLI"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("pkk", "Kurdistan Workers' Party", "armed_group", "PKK", "TUR"),
        ("sdf", "Syrian Democratic Forces", "armed_group", "SDF", "SYR"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP|Pakistani Taliban", "PAK"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = "asserted"
R = "reported"
H = "hypothetical"

# (shape, act, text, expected rows)
CASES: list[tuple[str, str, str, set[tuple[str, str, str, str, str]]]] = [
    # 1. the act noun alone, its agent a demonym
    (
        "demonym",
        "strike",
        "Israeli strikes on Hezbollah killed twelve fighters.",
        {("israel", "attacks", "hezbollah", A, "")},
    ),
    (
        "demonym",
        "offensive",
        "The Azerbaijani offensive against Armenia lasted two days.",
        {("azerbaijan", "attacks", "armenia", A, "")},
    ),
    (
        "demonym",
        "raid",
        "A Colombian raid on an ELN camp left nine dead.",
        {("colombia", "attacks", "eln", A, "")},
    ),
    (
        "demonym",
        "shelling",
        "Russian shelling of Ukrainian positions continued overnight.",
        {("russia", "attacks", "ukraine", A, "")},
    ),
    (
        "demonym",
        "sanctions",
        "American sanctions on Venezuela have cut its oil exports.",
        {("united_states", "sanctions", "venezuela", A, "")},
    ),
    (
        "demonym",
        "blockade",
        "The Chinese blockade of Taiwan was rehearsed in April.",
        {("china", "coerces", "taiwan", A, "")},
    ),
    (
        "demonym",
        "support",
        "Iranian support for the Houthis grew after 2015.",
        {("iran", "backs", "houthis", A, "")},
    ),
    (
        "demonym",
        "arms deliveries",
        "Iranian arms deliveries to Hezbollah pass through Syria.",
        {("iran", "arms", "hezbollah", A, "")},
    ),
    (
        "demonym",
        "bombing",
        "The Turkish bombing of SDF positions drew protests.",
        {("turkey", "attacks", "sdf", A, "")},
    ),
    (
        "demonym",
        "incursion",
        "A Rwandan incursion into the DRC was reported in 2022.",
        {("rwanda", "attacks", "drc", A, "")},
    ),
    # 2. the agent a possessive
    (
        "possessive",
        "incursion",
        "Turkey's incursion into Iraq began in April 2022.",
        {("turkey", "attacks", "iraq", A, "")},
    ),
    (
        "possessive",
        "attack",
        "Hezbollah's attack on Israel came a day later.",
        {("hezbollah", "attacks", "israel", A, "")},
    ),
    (
        "possessive",
        "support",
        "Rwanda's support for M23 is documented by UN experts.",
        {("rwanda", "backs", "m23", A, "")},
    ),
    (
        "possessive",
        "sanctions",
        "The EU's sanctions on Russia were extended in July.",
        {("european_union", "sanctions", "russia", A, "")},
    ),
    (
        "possessive",
        "strikes",
        "India's strikes on Pakistan followed the Pahalgam attack.",
        {("india", "attacks", "pakistan", A, "")},
    ),
    (
        "possessive",
        "blockade",
        "Saudi Arabia's blockade of Qatar ended in 2021.",
        {("saudi_arabia", "coerces", "qatar", A, "")},
    ),
    (
        "possessive",
        "visit",
        "The Iranian foreign minister's visit to Saudi Arabia eased tensions.",
        {("iran", "consults", "saudi_arabia", A, "")},
    ),
    (
        "of",
        "visit",
        "The visit of the Indian prime minister to Pakistan lasted two days.",
        {("india", "consults", "pakistan", A, "")},
    ),
    (
        "by",
        "deployment",
        "The deployment of troops to Mali by Russia began in 2021.",
        set(),
    ),  # a deployment to a state is its place (round 18): no row
    (
        "demonym",
        "withdrawal",
        "The French withdrawal from the EU mission was announced.",
        {("france", "reduces_relations", "european_union", A, "")},
    ),
    # 3. the agent a by-phrase
    (
        "by",
        "raid",
        "The raid on the ELN camp by Colombian commandos killed a commander.",
        {("colombia", "attacks", "eln", A, "")},
    ),
    (
        "by",
        "attack",
        "The attack on a Malian army base by JNIM killed 40 soldiers.",
        {("jnim", "attacks", "mali", A, "")},
    ),
    (
        "by",
        "shelling",
        "The shelling of Armenian villages by Azerbaijan resumed.",
        set(),
    ),  # villages are no actor target (R6)
    (
        "by",
        "sanctions",
        "New sanctions on Iran by the United States took effect.",
        {("united_states", "sanctions", "iran", A, "")},
    ),
    # 4. the agent an of-phrase
    (
        "of",
        "support",
        "The support of Iran for the Houthis is no secret.",
        {("iran", "backs", "houthis", A, "")},
    ),
    (
        "of",
        "attack",
        "The attack of Wagner on Ukrainian lines failed.",
        {("wagner", "attacks", "ukraine", A, "")},
    ),
    # 5. the claimant is the agent
    (
        "claim",
        "attack",
        "JNIM claimed responsibility for the attack on a Malian army base.",
        {("jnim", "attacks", "mali", R, "jnim")},
    ),
    (
        "claim",
        "bombing",
        "The TTP claimed responsibility for the bombing of a Pakistani army convoy.",
        {("ttp", "attacks", "pakistan", R, "ttp")},
    ),
    (
        "claim",
        "strike",
        "Hezbollah claimed the strike on an Israeli military post.",
        {("hezbollah", "attacks", "israel", R, "hezbollah")},
    ),
    (
        "claim",
        "attack",
        "The Houthis said they carried out the attack on a Saudi air base.",
        {("houthis", "attacks", "saudi_arabia", R, "houthis")},
    ),
    (
        "claim",
        "raid",
        "The PKK took credit for the raid on a Turkish outpost.",
        {("pkk", "attacks", "turkey", R, "pkk")},
    ),
    (
        "claim",
        "attack",
        "The ELN admitted the attack on a Colombian police station.",
        {("eln", "attacks", "colombia", R, "eln")},
    ),
    (
        "claim",
        "shelling",
        "M23 claimed responsibility for the shelling of Congolese army positions.",
        {("m23", "attacks", "drc", R, "m23")},
    ),
    (
        "claim",
        "attack",
        "In a statement, JNIM claimed the attack on Burkinabe soldiers.",
        {("jnim", "attacks", "burkina_faso", R, "jnim")},
    ),
    (
        "claim",
        "attack",
        "JNIM claimed responsibility for the attack on the hotel.",
        set(),
    ),  # a hotel of no named owner is no actor target (R6)
    (
        "claim",
        "attack",
        "JNIM denied responsibility for the attack on a Malian army base.",
        {("jnim", "attacks", "mali", "denied", "jnim")},
    ),
    # 6. stance verbs toward an act with an agent
    (
        "stance",
        "deployment",
        "Mali welcomed the deployment of Russian instructors.",
        {("mali", "favours", "russia", A, "")},
    ),
    (
        "stance",
        "deployment",
        "Iran objected to the deployment of American warships in the Gulf.",
        {("iran", "opposes", "united_states", A, "")},
    ),
    (
        "stance",
        "deployment",
        "Niger objected to the deployment of French troops in Mali.",
        {("niger", "opposes", "france", A, "")},
    ),
    (
        "stance",
        "strikes",
        "Saudi Arabia hailed the American strikes on the Houthis.",
        {
            ("saudi_arabia", "favours", "united_states", A, ""),
            ("united_states", "attacks", "houthis", A, ""),
        },
    ),
    (
        "stance",
        "offensive",
        "Armenia condemned the Azerbaijani offensive in Nagorno-Karabakh.",
        {("armenia", "opposes", "azerbaijan", A, "")},
    ),
    (
        "stance",
        "strikes",
        "Pakistan denounced India's strikes on Pakistan-administered Kashmir.",
        {("pakistan", "opposes", "india", A, "")},
    ),
    (
        "stance",
        "sanctions",
        "Venezuela rejected the new US sanctions on Caracas.",
        {
            ("venezuela", "rejects", "united_states", A, ""),
            ("united_states", "sanctions", "venezuela", A, ""),
        },
    ),
    (
        "stance",
        "visit",
        "China protested the visit of an American delegation to Taiwan.",
        {
            ("china", "opposes", "united_states", A, ""),
            ("taiwan", "consults", "united_states", A, ""),
        },
    ),
    (
        "stance",
        "sanctions",
        "Hungary backed the EU sanctions on Russia.",
        {
            ("hungary", "backs", "european_union", A, ""),
            ("european_union", "sanctions", "russia", A, ""),
        },
    ),
    (
        "stance",
        "support",
        "Ukraine praised the American support for its army.",
        {
            ("ukraine", "favours", "united_states", A, ""),
            ("united_states", "backs", "ukraine", A, ""),
        },
    ),
    (
        "stance",
        "incursion",
        "Iraq criticised Turkey's incursion into Iraq.",
        {("iraq", "opposes", "turkey", A, ""), ("turkey", "attacks", "iraq", A, "")},
    ),
    (
        "stance",
        "raid",
        "Venezuela condemned the Colombian raid on ELN camps.",
        {("venezuela", "opposes", "colombia", A, ""), ("colombia", "attacks", "eln", A, "")},
    ),
    (
        "stance",
        "withdrawal",
        "Russia welcomed the French withdrawal from Mali.",
        {("russia", "favours", "france", A, "")},
    ),
    (
        "stance",
        "bombing",
        "Syria condemned the Israeli bombing of Iranian positions.",
        {("syria", "opposes", "israel", A, ""), ("israel", "attacks", "iran", A, "")},
    ),
    (
        "stance",
        "attack",
        "Lebanon condemned the attack on Israel by Hezbollah.",
        {("lebanon", "opposes", "hezbollah", A, ""), ("hezbollah", "attacks", "israel", A, "")},
    ),
    (
        "stance",
        "support",
        "The DRC denounced Rwanda's support for M23.",
        {("drc", "opposes", "rwanda", A, ""), ("rwanda", "backs", "m23", A, "")},
    ),
    (
        "stance",
        "arms deliveries",
        "Israel protested Iranian arms deliveries to Hezbollah.",
        {("israel", "opposes", "iran", A, ""), ("iran", "arms", "hezbollah", A, "")},
    ),
    (
        "stance",
        "blockade",
        "Turkey criticised the Saudi blockade of Qatar.",
        {("turkey", "opposes", "saudi_arabia", A, ""), ("saudi_arabia", "coerces", "qatar", A, "")},
    ),
    (
        "stance",
        "deployment",
        "Burkina Faso praised the deployment of Russian troops.",
        {("burkina_faso", "favours", "russia", A, "")},
    ),
    (
        "stance",
        "strikes",
        "France denounced the Russian strikes on Ukraine's power grid.",
        {("france", "opposes", "russia", A, "")},
    ),  # a power grid: no actor target (R6)
    (
        "stance",
        "offensive",
        "Qatar criticised the Israeli offensive against Hezbollah.",
        {("qatar", "opposes", "israel", A, ""), ("israel", "attacks", "hezbollah", A, "")},
    ),
    # 7. no row: no agent, no actor target, a stance toward a non-actor
    ("none", "deployment", "The Egyptian deployment was delayed.", set()),
    ("none", "attack", "The attack on the base killed five soldiers.", set()),
    ("none", "attack", "Mali condemned the attack on the hotel.", set()),
    ("none", "deployment", "Niger welcomed the deployment of peacekeepers.", set()),
    ("none", "withdrawal", "The Russian withdrawal from Kherson surprised analysts.", set()),
    ("none", "rainfall", "Burkina Faso welcomed the early rainfall.", set()),
    ("none", "attack", "Chadian rebels claimed the attack on the convoy.", set()),
    ("none", "visit", "The visit was postponed by a week.", set()),
]
