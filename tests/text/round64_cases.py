"""The texts of the round-64 audit (issue 16; BASELINE.md, round 64): a description
headed by a collective noun ("the coalition", "the alliance", "the bloc", "the axis",
"the grouping"), which stands only for an actor named before that is such a collective,
never for the armed group, state or person of another name named nearby ("Saudi Arabia
attacked the Houthis. *The coalition* comprised ...": not the Houthis). Sub-classes
(``class``): an unnamed coalition or alliance facing a named armed group (``unnamed``),
the members listed after an unnamed coalition (``members_unnamed``), a collective word in
a longer noun phrase ("coalition forces", "alliance members", "a coalition partner",
``compound``), a government's coalition (``governing``), collective words that are no
description words (``other_words``: the axis, the front, the grouping); a collective
named with its head word (``named_head``: the Three Brotherhood Alliance, the Global
Coalition against Daesh, the Congo River Alliance), "the alliance" after a named alliance
and a nearer armed group (``named_nearer``), an organisation described as an alliance or
bloc (``organisation``: NATO, ECOWAS, the EU, the GCC), a coalition named by its leader
(``led``, ANNOTATION.md R2) and ordinary group descriptions, unchanged (``ordinary``). The
``tempt`` cases must give no row for the description. Written for this round in wire and
news styles, none from the fresh samples; expected rows by hand from
tests/text/data/ANNOTATION.md (R1, R2, R3, R4), written before the extractor ran on them:
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. Symmetric types (fights, consults) are
written once, source id < target id (R3). After the first run, two texts' rows were
corrected to what the rules give, neither a row of the description: "Rwanda denies
backing the alliance" gives the denied row (R4), and "Kinshasa accused Kigali of ..." gives
`drc opposes rwanda` (R4, the claimant's own relation); and one row to R3's id order
("Beijing met the alliance": `brotherhood consults china`, written once, the smaller id
first)."""

import pandas as pd
from extraction_fixtures import expected_row

ACTORS = pd.DataFrame(
    [
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("uae", "United Arab Emirates", "state", "UAE|Abu Dhabi", "ARE"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("jordan", "Jordan", "state", "Amman", "JOR"),
        ("bahrain", "Bahrain", "state", "Manama", "BHR"),
        ("iraq", "Iraq", "state", "Baghdad", "IRQ"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("israel", "Israel", "state", "", "ISR"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("united_kingdom", "United Kingdom", "state", "Britain|UK|London", "GBR"),
        ("france", "France", "state", "Paris", "FRA"),
        ("russia", "Russia", "state", "Moscow|Kremlin", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("finland", "Finland", "state", "Helsinki", "FIN"),
        ("sweden", "Sweden", "state", "Stockholm", "SWE"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("myanmar", "Myanmar", "state", "Naypyidaw", "MMR"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("niger", "Niger", "state", "Niamey", "NER"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("sudan", "Sudan", "state", "Khartoum", "SDN"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("drc", "Democratic Republic of Congo", "state", "DRC|Kinshasa", "COD"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("kataib_hezbollah", "Kataib Hezbollah", "armed_group", "", "IRQ"),
        ("islamic_state", "Islamic State", "armed_group", "ISIS|Daesh", ""),
        ("sdf", "Syrian Democratic Forces", "armed_group", "SDF", "SYR"),
        ("al_shabaab", "al-Shabaab", "armed_group", "Al Shabaab", "SOM"),
        ("jnim", "JNIM", "armed_group", "Jama'at Nasr al-Islam wal Muslimin", "MLI"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("fdlr", "FDLR", "armed_group", "", "COD"),
        ("afc", "Congo River Alliance", "armed_group", "Alliance Fleuve Congo|AFC", "COD"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("tatmadaw", "Tatmadaw", "armed_group", "Myanmar military", "MMR"),
        ("arakan_army", "Arakan Army", "armed_group", "AA", "MMR"),
        ("tnla", "Ta'ang National Liberation Army", "armed_group", "TNLA", "MMR"),
        ("mndaa", "Myanmar National Democratic Alliance Army", "armed_group", "MNDAA", "MMR"),
        (
            "brotherhood",
            "Three Brotherhood Alliance",
            "armed_group",
            "Brotherhood Alliance",
            "MMR",
        ),
        ("global_coalition", "Global Coalition against Daesh", "organisation", "", ""),
        ("aes", "Alliance of Sahel States", "organisation", "AES", ""),
        ("ecowas", "ECOWAS", "organisation", "Economic Community of West African States", ""),
        ("nato", "NATO", "organisation", "North Atlantic Treaty Organization", ""),
        ("eu", "European Union", "organisation", "EU", ""),
        ("gcc", "Gulf Cooperation Council", "organisation", "GCC", ""),
        ("united_nations", "United Nations", "organisation", "UN|U.N.", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

_row = expected_row

BROTHERHOOD = ("arakan_army", "tnla", "mndaa")

_GENUINE = [
    # a collective named with its head word: "the alliance" is that collective
    (
        "named_head",
        "The Three Brotherhood Alliance attacked the Tatmadaw in northern Shan State in "
        "October. In January the alliance signed a ceasefire with the Tatmadaw in Kunming.",
        {
            _row("brotherhood", "tatmadaw", "attacks"),
            _row("brotherhood", "tatmadaw", "agrees_with"),
        },
    ),
    (
        "named_head",
        "The Three Brotherhood Alliance attacked Tatmadaw positions in Shan State. "
        "The alliance comprises the Arakan Army, the TNLA and the MNDAA.",
        {_row("brotherhood", "tatmadaw", "attacks")}
        | {_row(m, "brotherhood", "member_of") for m in BROTHERHOOD},
    ),
    (
        "named_head",
        "The Global Coalition against Daesh struck Islamic State hideouts near Raqqa. "
        "Turkey criticised the coalition on Monday.",
        {
            _row("global_coalition", "islamic_state", "attacks"),
            _row("turkey", "global_coalition", "opposes"),
        },
    ),
    (
        "named_head",
        "The Global Coalition against Daesh met in Rome on Thursday. "
        "The coalition includes Iraq, Jordan and Egypt.",
        {_row(m, "global_coalition", "member_of") for m in ("iraq", "jordan", "egypt")},
    ),
    (
        "named_head",
        "The Congo River Alliance was launched in Nairobi in December 2023. "
        "The M23 joined the alliance weeks later.",
        {_row("m23", "afc", "member_of")},
    ),
    (
        "named_head",
        "Kinshasa has repeatedly condemned the Alliance Fleuve Congo. "
        "Rwanda denies backing the alliance.",
        {_row("drc", "afc", "opposes"), _row("rwanda", "afc", "backs", "denied", "rwanda")},
    ),
    (
        "named_head",
        "The MNDAA leads the Three Brotherhood Alliance. The Tatmadaw bombed the alliance "
        "in Laukkai.",
        {_row("mndaa", "brotherhood", "leads"), _row("tatmadaw", "brotherhood", "attacks")},
    ),
    # "the alliance" after a named alliance, with another armed group named nearer
    (
        "named_nearer",
        "The Three Brotherhood Alliance launched a new offensive in October. "
        "The Tatmadaw bombed Arakan Army positions in Rakhine. "
        "China criticised the alliance.",
        {_row("tatmadaw", "arakan_army", "attacks"), _row("china", "brotherhood", "opposes")},
    ),
    (
        "named_nearer",
        "The Congo River Alliance was launched in Nairobi. "
        "The FDLR attacked M23 positions near Sake. Kinshasa condemned the alliance.",
        {_row("fdlr", "m23", "attacks"), _row("drc", "afc", "opposes")},
    ),
    (
        "named_nearer",
        "The Alliance of Sahel States condemned ECOWAS in January. "
        "JNIM attacked Malian troops near Boulkessi. Russia backed the alliance.",
        {
            _row("aes", "ecowas", "opposes"),
            _row("jnim", "mali", "attacks"),
            _row("russia", "aes", "backs"),
        },
    ),
    (
        "named_nearer",
        "The Three Brotherhood Alliance attacked the Tatmadaw near Lashio. "
        "The TNLA later fought the Tatmadaw alone. Beijing met the alliance in Kunming.",
        {
            _row("brotherhood", "tatmadaw", "attacks"),
            _row("tatmadaw", "tnla", "fights"),
            _row("brotherhood", "china", "consults"),
        },
    ),
    # an organisation described as an alliance or a bloc
    (
        "organisation",
        "NATO condemned Russia over the attack. Finland joined the alliance in April 2023.",
        {_row("nato", "russia", "opposes"), _row("finland", "nato", "member_of")},
    ),
    (
        "organisation",
        "NATO warned Russia on Tuesday. Hezbollah attacked Israel the same day. "
        "Sweden joined the alliance in March.",
        {
            _row("nato", "russia", "warns"),
            _row("hezbollah", "israel", "attacks"),
            _row("sweden", "nato", "member_of"),
        },
    ),
    (
        "organisation",
        "ECOWAS condemned the coup in Niger in July. Russia criticised the bloc.",
        {_row("russia", "ecowas", "opposes")},
    ),
    (
        "organisation",
        "The European Union sanctioned Wagner commanders. Moscow condemned the bloc.",
        {_row("eu", "wagner", "sanctions"), _row("russia", "eu", "opposes")},
    ),
    (
        "organisation",
        "The Gulf Cooperation Council condemned Houthi attacks on shipping. "
        "Iran criticised the bloc.",
        {_row("gcc", "houthis", "opposes"), _row("iran", "gcc", "opposes")},
    ),
    # a coalition named by its leader stands for its leader (ANNOTATION.md R2)
    (
        "led",
        "The Saudi-led coalition struck Houthi positions near Hodeidah on Monday. "
        "The Houthis attacked the coalition with drones on Tuesday.",
        {_row("saudi_arabia", "houthis", "attacks"), _row("houthis", "saudi_arabia", "attacks")},
    ),
    (
        "led",
        "The US-led coalition struck Islamic State targets in Mosul. "
        "Iraq welcomed the coalition's support.",
        {
            _row("united_states", "islamic_state", "attacks"),
            _row("iraq", "united_states", "favours"),
        },
    ),
    (
        "led",
        "The coalition, led by Saudi Arabia, bombed Houthi positions in Saada.",
        {_row("saudi_arabia", "houthis", "attacks")},
    ),
    (
        "led",
        "The Saudi-led coalition attacked the Houthis in 2015. Iran condemned the coalition.",
        {_row("saudi_arabia", "houthis", "attacks"), _row("iran", "saudi_arabia", "opposes")},
    ),
    # ordinary group descriptions, unchanged
    (
        "ordinary",
        "The Islamic State attacked SDF fighters near Raqqa. "
        "The jihadists also attacked Iraqi troops.",
        {_row("islamic_state", "sdf", "attacks"), _row("islamic_state", "iraq", "attacks")},
    ),
    (
        "ordinary",
        "Al-Shabaab attacked Kenyan troops near Lamu. The group also attacked a Somali army base.",
        {_row("al_shabaab", "kenya", "attacks"), _row("al_shabaab", "somalia", "attacks")},
    ),
    (
        "ordinary",
        "The Houthis fired missiles at Israel. The militia is backed by Iran.",
        {_row("houthis", "israel", "attacks"), _row("iran", "houthis", "backs")},
    ),
    (
        "ordinary",
        "The RSF shelled Sudanese army positions in Omdurman. The UAE has armed the group.",
        {_row("rsf", "sudan", "attacks"), _row("uae", "rsf", "arms")},
    ),
    (
        "ordinary",
        "M23 rebels attacked Congolese troops near Goma. The rebels are backed by Rwanda.",
        {_row("m23", "drc", "attacks"), _row("rwanda", "m23", "backs")},
    ),
    (
        "ordinary",
        "JNIM attacked Malian soldiers near Mopti. The militants later ambushed a Wagner convoy.",
        {_row("jnim", "mali", "attacks"), _row("jnim", "wagner", "attacks")},
    ),
    (
        "ordinary",
        "Hezbollah fired rockets at Israel on Sunday. The group is funded by Iran.",
        {_row("hezbollah", "israel", "attacks"), _row("iran", "hezbollah", "funds")},
    ),
    (
        "ordinary",
        "The Arakan Army attacked Tatmadaw bases in Rakhine. China urged the group to "
        "stop fighting, and the militia agreed.",
        {_row("arakan_army", "tatmadaw", "attacks"), _row("china", "arakan_army", "appeals_to")},
    ),
]

_TEMPTING = [
    # an unnamed coalition or alliance facing a named armed group: never the enemy
    (
        "unnamed",
        "Saudi Arabia attacked the Houthis in Yemen in March 2015. "
        "The coalition received support from the United States.",
        {_row("saudi_arabia", "houthis", "attacks")},
    ),
    (
        "unnamed",
        "The Houthis fired missiles at Riyadh on Sunday. "
        "The coalition retaliated with airstrikes on Sanaa.",
        {_row("houthis", "saudi_arabia", "attacks")},
    ),
    (
        "unnamed",
        "Hamas fired rockets at Israel on Saturday. "
        "The alliance called for an immediate ceasefire.",
        {_row("hamas", "israel", "attacks")},
    ),
    (
        "unnamed",
        "Kataib Hezbollah attacked US forces in Syria on Friday. "
        "The coalition responded with strikes on Kataib Hezbollah positions.",
        {_row("kataib_hezbollah", "united_states", "attacks")},
    ),
    (
        "unnamed",
        "The Houthis attacked shipping in the Red Sea. "
        "The United States joined the coalition in December.",
        set(),
    ),
    (
        "unnamed",
        "Al-Shabaab ambushed Kenyan troops near Lamu. The alliance is backed by Washington.",
        {_row("al_shabaab", "kenya", "attacks")},
    ),
    (
        "unnamed",
        "The Houthis attacked a tanker in the Gulf of Aden. "
        "Iran condemned the coalition for its strikes on Yemen.",
        set(),
    ),
    (
        "unnamed",
        "JNIM attacked Malian troops near Mopti. Russia armed the coalition fighting the group.",
        {_row("jnim", "mali", "attacks")},
    ),
    (
        "unnamed",
        "The Islamic State attacked SDF fighters near Deir ez-Zor. "
        "France and Britain backed the coalition.",
        {_row("islamic_state", "sdf", "attacks")},
    ),
    (
        "unnamed",
        "M23 rebels attacked Congolese troops near Goma. "
        "Kinshasa accused Kigali of arming the alliance.",
        {_row("m23", "drc", "attacks"), _row("drc", "rwanda", "opposes")},
    ),
    (
        "unnamed",
        "The Houthis fired drones at Israel. Tehran praised the alliance on Monday.",
        {_row("houthis", "israel", "attacks")},
    ),
    (
        "unnamed",
        "Hezbollah attacked Israeli positions near the border. "
        "Israel struck the alliance in Beirut.",
        {_row("hezbollah", "israel", "attacks")},
    ),
    # the members listed after an unnamed coalition: no member_of
    (
        "members_unnamed",
        "Saudi Arabia attacked the Houthis in Yemen in March 2015. "
        "The coalition comprised Saudi Arabia, the UAE, Egypt, Jordan and Bahrain.",
        {_row("saudi_arabia", "houthis", "attacks")},
    ),
    (
        "members_unnamed",
        "The Islamic State attacked Iraqi troops near Mosul in 2014. "
        "The coalition included the United States, France and Britain.",
        {_row("islamic_state", "iraq", "attacks")},
    ),
    (
        "members_unnamed",
        "The Houthis attacked a cargo ship in the Red Sea. "
        "Britain and Bahrain joined the coalition patrolling the waters.",
        set(),
    ),
    (
        "members_unnamed",
        "Al-Shabaab attacked a Kenyan base near Lamu. "
        "The alliance's members are Kenya, Somalia and the United States.",
        {_row("al_shabaab", "kenya", "attacks")},
    ),
    (
        "members_unnamed",
        "The Saudi-led coalition attacked the Houthis in 2015. "
        "The coalition comprised the UAE, Egypt, Jordan and Bahrain.",
        {_row("saudi_arabia", "houthis", "attacks")},
    ),
    # a collective word in a longer noun phrase
    (
        "compound",
        "Islamic State militants attacked SDF fighters near Deir ez-Zor. "
        "Coalition aircraft struck the militants.",
        {_row("islamic_state", "sdf", "attacks")},
    ),
    (
        "compound",
        "The Houthis fired missiles at Marib. Coalition forces attacked Iranian advisers.",
        set(),
    ),
    (
        "compound",
        "Saudi Arabia bombed Houthi positions near Hodeidah. "
        "The UAE, a coalition partner, armed southern forces.",
        {_row("saudi_arabia", "houthis", "attacks")},
    ),
    (
        "compound",
        "Hamas attacked Israel in October. Alliance members condemned Iran.",
        {_row("hamas", "israel", "attacks")},
    ),
    (
        "compound",
        "Al-Shabaab attacked Somali troops near Baidoa. Coalition troops backed the Somali army.",
        {_row("al_shabaab", "somalia", "attacks")},
    ),
    # a government's coalition
    (
        "governing",
        "Hezbollah fired rockets at Israel. In Beirut, the governing coalition criticised Israel.",
        {_row("hezbollah", "israel", "attacks")},
    ),
    (
        "governing",
        "Hamas fired rockets at Israel. The ruling coalition condemned Iran.",
        {_row("hamas", "israel", "attacks")},
    ),
    # collective words that are no description words
    (
        "other_words",
        "Hezbollah fired drones at Israel. The axis also includes the Houthis.",
        {_row("hezbollah", "israel", "attacks")},
    ),
    (
        "other_words",
        "The RSF shelled Sudanese army positions in El Fasher. "
        "Kenya hosted the grouping in Nairobi.",
        {_row("rsf", "sudan", "attacks")},
    ),
    (
        "other_words",
        "The Houthis attacked Israel in July. Iran backed the front.",
        {_row("houthis", "israel", "attacks")},
    ),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
