"""The sentences of the double-object audit (issue 16, round 20; BASELINE.md): a recipient
written before the thing given ("Iran gave *the Houthis* drones", "granted *Egypt* a
loan"), also in the passive ("*Mali* was sent helicopters by Russia"); a target inside a
passive subject ("ties *with Kenya* were severed by Somalia"); an "X-led coalition" as an
argument ("the *US-led* coalition struck"); and "to" recipients as controls. Written for
the round in news, wire, think-tank and encyclopedia styles, with actors of other
conflicts than the lead's examples where the shape allows. Expected rows by hand from
tests/text/data/ANNOTATION.md (R2 types, R3 direction, symmetric types once with the
smaller id as source, R4 modality and ``attributed_to``, and the round-20 rules on double
objects and led coalitions): ``(source, relation, target, modality, attributed_to)``; an
empty set means no row.

Rows of the types the scorer ignores (``reports_on``, ``comments_on``, ``captures``,
``controls``, ``withdraws_from``) are not counted either way."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("iran", "Iran", "state", "", "IRN"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("yemen", "Yemen", "state", "", "YEM"),
        ("russia", "Russia", "state", "Russian Federation", "RUS"),
        ("mali", "Mali", "state", "", "MLI"),
        ("niger", "Niger", "state", "", "NER"),
        ("saudi_arabia", "Saudi Arabia", "state", "", "SAU"),
        ("egypt", "Egypt", "state", "", "EGY"),
        ("uae", "United Arab Emirates", "state", "UAE", "ARE"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("saf", "Sudanese Armed Forces", "armed_group", "SAF", "SDN"),
        ("sudan", "Sudan", "state", "", "SDN"),
        ("kenya", "Kenya", "state", "", "KEN"),
        ("somalia", "Somalia", "state", "", "SOM"),
        ("ethiopia", "Ethiopia", "state", "", "ETH"),
        ("united_states", "United States", "state", "US|U.S.", "USA"),
        ("ukraine", "Ukraine", "state", "", "UKR"),
        ("netherlands", "Netherlands", "state", "the Netherlands", "NLD"),
        ("germany", "Germany", "state", "", "DEU"),
        ("france", "France", "state", "", "FRA"),
        ("israel", "Israel", "state", "", "ISR"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("qatar", "Qatar", "state", "", "QAT"),
        ("turkey", "Turkey", "state", "Türkiye", "TUR"),
        ("armenia", "Armenia", "state", "", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "", "AZE"),
        ("china", "China", "state", "", "CHN"),
        ("pakistan", "Pakistan", "state", "", "PAK"),
        ("taiwan", "Taiwan", "state", "", "TWN"),
        ("north_korea", "North Korea", "state", "DPRK", "PRK"),
        ("syria", "Syria", "state", "", "SYR"),
        ("gna", "Government of National Accord", "government", "GNA", "LBY"),
        ("colombia", "Colombia", "state", "", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM", "MLI"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("imf", "International Monetary Fund", "organisation", "IMF", ""),
        ("world_bank", "World Bank", "organisation", "", ""),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = "asserted"
D = "denied"
E = "ended"
P = "planned"
H = "hypothetical"
R = "reported"

# (shape, verb, text, expected rows)
CASES: list[tuple[str, str, str, set[tuple[str, str, str, str, str]]]] = [
    # 1. a double object: the recipient, then the thing, whose noun decides the type
    ("double", "give", "Iran gave the Houthis drones.", {("iran", "arms", "houthis", A, "")}),
    ("double", "send", "Russia sent Mali attack helicopters.", {("russia", "arms", "mali", A, "")}),
    (
        "double",
        "grant",
        "Saudi Arabia granted Egypt a loan.",
        {("saudi_arabia", "funds", "egypt", A, "")},
    ),
    ("double", "sell", "China sold Pakistan fighter jets.", {("china", "arms", "pakistan", A, "")}),
    (
        "double",
        "supply",
        "Turkey supplied the GNA armed drones.",
        {("turkey", "arms", "gna", A, "")},
    ),
    (
        "double",
        "hand",
        "Qatar handed Hamas $30 million in cash.",
        {("qatar", "funds", "hamas", A, "")},
    ),
    (
        "double",
        "deliver",
        "Germany delivered Ukraine air-defence systems last month.",
        {("germany", "arms", "ukraine", A, "")},
    ),
    (
        "double",
        "ship",
        "North Korea has shipped Russia millions of artillery shells, according to the Pentagon.",
        {("north_korea", "arms", "russia", R, "united_states")},
    ),
    (
        "double",
        "lend",
        "The World Bank lent Ethiopia $500 million.",
        {("world_bank", "funds", "ethiopia", A, "")},
    ),
    (
        "double",
        "award",
        "The IMF awarded Pakistan a $3 billion loan.",
        {("imf", "funds", "pakistan", A, "")},
    ),
    (
        "double",
        "provide",
        "The United States has provided Ukraine more than $60 billion in weapons.",
        {("united_states", "arms", "ukraine", A, "")},
    ),
    (
        "double",
        "give",
        "Russia has given Syria S-300 missiles.",
        {("russia", "arms", "syria", A, "")},
    ),
    (
        "double",
        "supply",
        "Iran supplies Hezbollah rockets and cash.",
        {("iran", "arms", "hezbollah", A, ""), ("iran", "funds", "hezbollah", A, "")},
    ),
    (
        "double",
        "sell",
        "In 2017 Russia sold Turkey the S-400 air defence system.",
        {("russia", "arms", "turkey", A, "")},
    ),
    (
        "double",
        "give",
        "Saudi Arabia and the UAE gave Egypt billions of dollars.",
        {("saudi_arabia", "funds", "egypt", A, ""), ("uae", "funds", "egypt", A, "")},
    ),
    (
        "double",
        "send",
        "The UAE sends the RSF weapons through Chad, a UN panel found.",
        {("uae", "arms", "rsf", R, "")},
    ),
    (
        "double",
        "give",
        "Egypt gave the Sudanese army Turkish-made drones.",
        {("egypt", "arms", "saf", A, "")},
    ),
    (
        "double",
        "offer",
        "The UAE offered the RSF weapons.",
        {("uae", "arms", "rsf", H, "")},
    ),
    (
        "double",
        "give",
        "Iran reportedly gave the Houthis the missiles used in the attack.",
        {("iran", "arms", "houthis", R, "")},
    ),
    # 2. the double object in the passive: the recipient is the subject
    (
        "passive",
        "give",
        "The Houthis were given drones by Iran.",
        {("iran", "arms", "houthis", A, "")},
    ),
    (
        "passive",
        "send",
        "Mali was sent attack helicopters by Russia.",
        {("russia", "arms", "mali", A, "")},
    ),
    (
        "passive",
        "grant",
        "Egypt was granted a $1.3 billion loan by Saudi Arabia.",
        {("saudi_arabia", "funds", "egypt", A, "")},
    ),
    (
        "passive",
        "sell",
        "Azerbaijan has been sold drones by Turkey.",
        {("turkey", "arms", "azerbaijan", A, "")},
    ),
    (
        "passive",
        "promise",
        "Ukraine was promised F-16 fighter jets by the Netherlands.",
        {("netherlands", "arms", "ukraine", P, "")},
    ),
    # 3. negated and planned
    (
        "modality",
        "give",
        "Iran did not give the Houthis missiles.",
        {("iran", "arms", "houthis", D, "")},
    ),
    (
        "modality",
        "sell",
        "China has never sold Taiwan weapons.",
        {("china", "arms", "taiwan", D, "")},
    ),
    (
        "modality",
        "promise",
        "Iran promised the Houthis more missiles.",
        {("iran", "arms", "houthis", P, "")},
    ),
    (
        "modality",
        "send",
        "Russia will send Niger air-defence systems.",
        {("russia", "arms", "niger", P, "")},
    ),
    (
        "modality",
        "give",
        "The US plans to give Taiwan more Harpoon missiles.",
        {("united_states", "arms", "taiwan", P, "")},
    ),
    (
        "modality",
        "sell",
        "Germany refused to sell Turkey tanks.",
        {("germany", "arms", "turkey", D, "")},
    ),
    (
        "modality",
        "send",
        "Egypt denied that it had sent the SAF warplanes.",
        {("egypt", "arms", "saf", D, "egypt")},
    ),
    # 4. no row: the first object is no actor, the thing no support, or no recipient at all
    ("none", "give", "Iran gave the talks a chance.", set()),
    ("none", "send", "Russia sent Mali's president a letter.", set()),
    ("none", "give", "Egypt gave the city a new name.", set()),
    ("none", "send", "Russia sent Wagner mercenaries.", set()),
    ("none", "show", "Iran showed the Houthis drones.", set()),
    ("none", "give", "China gave the proposal its vote.", set()),
    ("none", "send", "Kenya sent Somalia a message of condolence.", set()),
    ("none", "give", "The talks gave Hamas and Israel a pause.", set()),
    # 5. the target inside a passive subject
    (
        "passive_subject",
        "sever",
        "Ties with Kenya were severed by Somalia.",
        {("somalia", "reduces_relations", "kenya", A, "")},
    ),
    (
        "passive_subject",
        "suspend",
        "Peace talks with the ELN were suspended by Colombia in January.",
        {("colombia", "reduces_relations", "eln", A, ""), ("colombia", "consults", "eln", E, "")},
    ),
    (
        "passive_subject",
        "cut",
        "Aid to Ethiopia was cut by the United States.",
        {
            ("united_states", "reduces_relations", "ethiopia", A, ""),
            ("united_states", "backs", "ethiopia", E, ""),
        },
    ),
    (
        "passive_subject",
        "cut",
        "Diplomatic relations with Qatar were cut by Saudi Arabia in 2017.",
        {("saudi_arabia", "reduces_relations", "qatar", A, "")},
    ),
    (
        "passive_subject",
        "suspend",
        "Military aid to Egypt was suspended by the United States.",
        {
            ("united_states", "reduces_relations", "egypt", A, ""),
            ("united_states", "backs", "egypt", E, ""),
        },
    ),
    (
        "passive_subject",
        "restore",
        "Relations with Iran have been restored by Saudi Arabia.",
        {("saudi_arabia", "favours", "iran", A, "")},
    ),
    (
        "passive_subject",
        "normalise",
        "Ties with Israel were normalised by the UAE in 2020.",
        {("uae", "favours", "israel", A, "")},
    ),
    (
        "passive_subject",
        "resume",
        "Negotiations with Hamas were resumed by Israel.",
        {("hamas", "consults", "israel", A, "")},
    ),
    (
        "passive_subject",
        "sever",
        "Ties with Kenya were not severed by Somalia.",
        {("somalia", "reduces_relations", "kenya", D, "")},
    ),
    ("passive_subject", "sever", "Ties with Kenya were severed last year.", set()),
    # 6. an X-led coalition, force, alliance or mission stands for its leader
    (
        "led",
        "strike",
        "The US-led coalition struck Houthi targets.",
        {("united_states", "attacks", "houthis", A, "")},
    ),
    (
        "led",
        "fight",
        "A Saudi-led coalition has been fighting the Houthis since 2015.",
        {("houthis", "fights", "saudi_arabia", A, "")},
    ),
    (
        "led",
        "fire",
        "The Houthis fired missiles at the Saudi-led coalition.",
        {("houthis", "attacks", "saudi_arabia", A, "")},
    ),
    (
        "led",
        "fight",
        "A French-led force fought JNIM in central Mali.",
        {("france", "fights", "jnim", A, "")},
    ),
    (
        "led",
        "bomb",
        "The coalition, led by Saudi Arabia, bombed Houthi positions.",
        {("saudi_arabia", "attacks", "houthis", A, "")},
    ),
    (
        "led",
        "back",
        "The Kenyan-led mission was backed by the United States.",
        {("united_states", "backs", "kenya", A, "")},
    ),
    (
        "led",
        "attack",
        "Al-Shabaab attacked the Ethiopian-led force near Baidoa.",
        {("al_shabaab", "attacks", "ethiopia", A, "")},
    ),
    ("none", "lead", "The United States leads the coalition against the Houthis.", set()),
    ("none", "lead", "The US-led coalition was formed in 2014.", set()),
    ("none", "lead", "Saudi-led talks began in Jeddah.", set()),
    # 7. controls: the recipient after "to"
    ("to", "send", "Egypt sent weapons to Somalia.", {("egypt", "arms", "somalia", A, "")}),
    ("to", "give", "Iran gave drones to the Houthis.", {("iran", "arms", "houthis", A, "")}),
    ("to", "sell", "China sold fighter jets to Pakistan.", {("china", "arms", "pakistan", A, "")}),
    (
        "to",
        "grant",
        "Saudi Arabia granted a loan to Egypt.",
        {("saudi_arabia", "funds", "egypt", A, "")},
    ),
    (
        "to",
        "promise",
        "Iran promised more missiles to the Houthis.",
        {("iran", "arms", "houthis", P, "")},
    ),
]
