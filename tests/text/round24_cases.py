"""The short documents of the round-24 audit of descriptions (issue 16; BASELINE.md, round
24): bare plural descriptions of armed groups ("the insurgents", "the jihadists", "the
gangs"), pair and set descriptions ("both sides", "the two rivals", "Both ..."), "the
government" beside "the rebels", and the doer of a possessed act ("its campaign against"),
written for this round in news, wire and think-tank styles, with conflicts and actors
other than the fresh sample's (Philippines, Sahel, Somalia, Horn of Africa, Pakistan, Sri
Lanka, Turkey, Yemen, Sudan, Mexico, Uganda). About a third are built to tempt a wrong
resolution (``tempt``: two groups named before a singular description; a description with
no armed group named; "the rebels" when only states were named; "both" after three actors;
"the fighters" of a state's army; a possessed act whose possessor is not the accused), the
rest are genuine (``genuine``). Expected rows by hand from tests/text/data/ANNOTATION.md
(R1 descriptions, R2 types, R3 symmetric types once with the smaller id as source, R4
modality and claimant, R6 targets): ``(class, kind, text, rows)`` with rows ``(source,
relation, target, modality, attributed_to)``; an empty set means no row. Rows of the types
the scorer ignores (``SCORED_OUT``) are not counted either way."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("philippines", "Philippines", "state", "Manila", "PHL"),
        ("abu_sayyaf", "Abu Sayyaf", "armed_group", "", "PHL"),
        ("npa", "New People's Army", "armed_group", "NPA", "PHL"),
        ("milf", "Moro Islamic Liberation Front", "armed_group", "MILF", "PHL"),
        ("mali", "Mali", "state", "", "MLI"),
        ("burkina_faso", "Burkina Faso", "state", "", "BFA"),
        ("niger", "Niger", "state", "", "NER"),
        ("jnim", "JNIM", "armed_group", "", ""),
        ("isgs", "Islamic State in the Greater Sahara", "armed_group", "ISGS", ""),
        ("france", "France", "state", "", "FRA"),
        ("somalia", "Somalia", "state", "", "SOM"),
        ("kenya", "Kenya", "state", "", "KEN"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
        ("ethiopia", "Ethiopia", "state", "", "ETH"),
        ("eritrea", "Eritrea", "state", "", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("pakistan", "Pakistan", "state", "", "PAK"),
        ("india", "India", "state", "", "IND"),
        ("ttp", "Tehreek-e-Taliban Pakistan", "armed_group", "TTP", "PAK"),
        ("sri_lanka", "Sri Lanka", "state", "", "LKA"),
        ("ltte", "Liberation Tigers of Tamil Eelam", "armed_group", "LTTE|Tamil Tigers", "LKA"),
        ("norway", "Norway", "state", "", "NOR"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("pkk", "Kurdistan Workers' Party", "armed_group", "PKK", "TUR"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("oman", "Oman", "state", "", "OMN"),
        ("sudan", "Sudan", "state", "", "SDN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("united_states", "United States", "state", "US|U.S.", "USA"),
        ("mexico", "Mexico", "state", "", "MEX"),
        ("sinaloa_cartel", "Sinaloa Cartel", "armed_group", "", "MEX"),
        ("cjng", "Jalisco New Generation Cartel", "armed_group", "CJNG", "MEX"),
        ("uganda", "Uganda", "state", "", "UGA"),
        ("adf", "Allied Democratic Forces", "armed_group", "ADF", "UGA"),
        ("chad", "Chad", "state", "", "TCD"),
        ("cameroon", "Cameroon", "state", "", "CMR"),
        ("hrw", "Human Rights Watch", "organisation", "HRW", ""),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("qatar", "Qatar", "state", "", "QAT"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = "asserted"
R = "reported"
PLURAL = "a bare plural description of an armed group"
PAIR = "a pair or set description"
GOV = "the government beside the rebels"
ACT = "the doer of a possessed act"

CASES: list[tuple[str, str, str, set[tuple[str, str, str, str, str]]]] = [
    # -- bare plural descriptions of an armed group ---------------------------------------
    (
        PLURAL,
        "genuine",
        "Al-Shabaab fighters stormed a hotel in Kismayo on Friday. Kenya condemned the "
        "militants in a statement.",
        {("kenya", "opposes", "al_shabaab", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "The ADF killed dozens of villagers in Ituri last week. Uganda blamed the insurgents "
        "for the massacre.",
        {("uganda", "opposes", "adf", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "JNIM besieged the town of Djibo for months. Burkina Faso launched an offensive "
        "against the jihadists in May.",
        {("burkina_faso", "attacks", "jnim", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "The TTP claimed a suicide bombing in Peshawar. Pakistan launched airstrikes on the "
        "militants near the Afghan border.",
        {("pakistan", "attacks", "ttp", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "The LTTE held much of the north for two decades. Sri Lanka fought the rebels until 2009.",
        {("ltte", "fights", "sri_lanka", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "The Sinaloa Cartel controls much of Culiacan. Mexico deployed the army against the "
        "gangs in 2019.",
        {("mexico", "mobilizes_against", "sinaloa_cartel", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "The NPA ambushed an army patrol in Samar. Manila accused the guerrillas of extortion.",
        {("npa", "attacks", "philippines", A, ""), ("philippines", "opposes", "npa", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "Houthi forces seized a cargo ship in the Red Sea. Oman urged the rebels to release "
        "its crew.",
        {("oman", "appeals_to", "houthis", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "The RSF shelled El Fasher again on Sunday. The United States condemned the "
        "paramilitaries.",
        {("united_states", "opposes", "rsf", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "The PKK ambushed Turkish soldiers in Hakkari. Ankara retaliated with airstrikes on "
        "the insurgents in northern Iraq.",
        {("pkk", "attacks", "turkey", A, ""), ("turkey", "attacks", "pkk", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "ISGS has grown in the tri-border area. France struck the jihadists near Menaka.",
        {("france", "attacks", "isgs", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "Abu Sayyaf kidnapped three tourists in Sabah. The Philippine army pursued the "
        "fighters on Jolo and attacked the militants in their camps.",
        {("philippines", "attacks", "abu_sayyaf", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "The TPLF took Mekelle in June 2021. Eritrea sent troops to fight the rebels.",
        {("eritrea", "fights", "tplf", A, "")},
    ),
    (
        PLURAL,
        "genuine",
        "The CJNG has expanded into Michoacan. The United States designated the gangsters as "
        "a terrorist organisation in 2025.",
        {("united_states", "designates_terrorist", "cjng", A, "")},
    ),
    (
        PLURAL,
        "tempt",
        "Kenya hosted talks on the drought. Ethiopia warned the militants against new attacks.",
        set(),
    ),
    (
        PLURAL,
        "tempt",
        "India and Pakistan traded artillery fire along the frontier. India blamed the "
        "militants for the escalation.",
        {("india", "fights", "pakistan", A, "")},
    ),
    (
        PLURAL,
        "tempt",
        "Somalia and Kenya restored diplomatic ties in May. The rebels were not consulted.",
        {("kenya", "favours", "somalia", A, ""), ("somalia", "favours", "kenya", A, "")},
    ),
    (
        PLURAL,
        "tempt",
        "Chadian soldiers fought alongside Cameroon's army near Lake Chad. Cameroon praised "
        "the fighters for their courage.",
        {("cameroon", "cooperates_with", "chad", A, "")},
    ),
    (
        PLURAL,
        "tempt",
        "The Philippines and the United States held joint drills on Luzon. Manila said the "
        "troops trained for months.",
        {("philippines", "cooperates_with", "united_states", A, "")},
    ),
    (
        PLURAL,
        "tempt",
        "France withdrew its troops from Mali in 2022. Mali said the soldiers had left "
        "chaos behind them.",
        set(),
    ),
    # -- pairs and sets --------------------------------------------------------------------
    (
        PAIR,
        "genuine",
        "Sudan's army and the RSF have fought since April 2023. Saudi Arabia hosted talks "
        "between both sides in Jeddah.",
        {
            ("rsf", "fights", "sudan", A, ""),
            ("rsf", "consults", "saudi_arabia", A, ""),
            ("saudi_arabia", "consults", "sudan", A, ""),
            ("rsf", "consults", "sudan", A, ""),
        },
    ),
    (
        PAIR,
        "genuine",
        "Ethiopia and Eritrea fought a border war in 1998. The African Union urged both "
        "countries to accept the ruling.",
        {
            ("eritrea", "fights", "ethiopia", A, ""),
            ("african_union", "appeals_to", "ethiopia", A, ""),
            ("african_union", "appeals_to", "eritrea", A, ""),
        },
    ),
    (
        PAIR,
        "genuine",
        "JNIM and ISGS turned on each other in 2020. Both groups attacked army posts in "
        "Mali that year.",
        {
            ("isgs", "fights", "jnim", A, ""),
            ("jnim", "attacks", "mali", A, ""),
            ("isgs", "attacks", "mali", A, ""),
        },
    ),
    (
        PAIR,
        "genuine",
        "India and Pakistan went to war over Kashmir in 1947. Both countries claim the "
        "whole region. Both struggled against rebels in their own borderlands.",
        {("india", "fights", "pakistan", A, "")},
    ),
    (
        PAIR,
        "genuine",
        "Al-Shabaab and the Islamic State in the Greater Sahara are al-Qaeda's and ISIS's "
        "franchises. The United States has designated both groups as terrorist "
        "organisations.",
        {
            ("united_states", "designates_terrorist", "al_shabaab", A, ""),
            ("united_states", "designates_terrorist", "isgs", A, ""),
        },
    ),
    (
        PAIR,
        "genuine",
        "Saudi Arabia fought the Houthis from 2015. Oman has mediated between the two rivals "
        "since 2022.",
        {
            ("houthis", "fights", "saudi_arabia", A, ""),
            ("houthis", "consults", "oman", A, ""),
            ("oman", "consults", "saudi_arabia", A, ""),
        },
    ),
    (
        PAIR,
        "genuine",
        "Kenya and Somalia have quarrelled over their sea border for years. Qatar brokered a "
        "deal between both governments in 2021.",
        {
            ("kenya", "consults", "qatar", A, ""),
            ("qatar", "consults", "somalia", A, ""),
            ("kenya", "agrees_with", "somalia", A, ""),
            ("somalia", "agrees_with", "kenya", A, ""),
        },
    ),
    (
        PAIR,
        "genuine",
        "Sri Lanka and the LTTE signed a ceasefire in 2002. Norway mediated between both "
        "sides for four years.",
        {
            ("ltte", "agrees_with", "sri_lanka", A, ""),
            ("sri_lanka", "agrees_with", "ltte", A, ""),
            ("ltte", "consults", "norway", A, ""),
            ("norway", "consults", "sri_lanka", A, ""),
        },
    ),
    (
        PAIR,
        "genuine",
        "Turkey and the PKK have fought since 1984. The United States has called on both "
        "sides to return to talks.",
        {
            ("pkk", "fights", "turkey", A, ""),
            ("united_states", "appeals_to", "turkey", A, ""),
            ("united_states", "appeals_to", "pkk", A, ""),
        },
    ),
    (
        PAIR,
        "genuine",
        "Mexico's army clashed with the Sinaloa Cartel in Culiacan. Both sides suffered "
        "heavy losses.",
        {("mexico", "fights", "sinaloa_cartel", A, "")},
    ),
    (
        PAIR,
        "genuine",
        "The Sinaloa Cartel and the CJNG have waged a turf war since 2015. Mexico has "
        "deployed troops against both groups.",
        {
            ("cjng", "fights", "sinaloa_cartel", A, ""),
            ("mexico", "mobilizes_against", "sinaloa_cartel", A, ""),
            ("mexico", "mobilizes_against", "cjng", A, ""),
        },
    ),
    (
        PAIR,
        "genuine",
        "Ethiopia and the TPLF signed a truce in Pretoria in 2022. Both parties later "
        "accused each other of violations.",
        {
            ("ethiopia", "agrees_with", "tplf", A, ""),
            ("tplf", "agrees_with", "ethiopia", A, ""),
            ("ethiopia", "opposes", "tplf", A, ""),
            ("tplf", "opposes", "ethiopia", A, ""),
        },
    ),
    (
        PAIR,
        "genuine",
        "Pakistan and the TTP ended a truce in late 2022. Qatar urged the two rivals to talk.",
        {
            ("pakistan", "agrees_with", "ttp", "ended", ""),
            ("ttp", "agrees_with", "pakistan", "ended", ""),
            ("qatar", "appeals_to", "pakistan", A, ""),
            ("qatar", "appeals_to", "ttp", A, ""),
        },
    ),
    (
        PAIR,
        "genuine",
        "Kenya and Ethiopia sent troops into Somalia in 2011. Both fought al-Shabaab for years.",
        {("al_shabaab", "fights", "kenya", A, ""), ("al_shabaab", "fights", "ethiopia", A, "")},
    ),
    (
        PAIR,
        "tempt",
        "Kenya, Ethiopia and Uganda sent troops into Somalia. Both fought al-Shabaab.",
        set(),
    ),
    (
        PAIR,
        "tempt",
        "Mali, Burkina Faso and Niger left ECOWAS in 2024. The African Union urged both "
        "countries to return.",
        set(),
    ),
    (
        PAIR,
        "tempt",
        "JNIM, ISGS and Ansar al-Islam all operate in the Sahel. France struck both groups "
        "in 2021.",
        set(),
    ),
    (
        PAIR,
        "tempt",
        "Kenya and Somalia fought al-Shabaab together in 2012. The AU thanked both countries.",
        {
            ("kenya", "cooperates_with", "somalia", A, ""),
            ("al_shabaab", "fights", "kenya", A, ""),
            ("al_shabaab", "fights", "somalia", A, ""),
            ("african_union", "favours", "kenya", A, ""),
            ("african_union", "favours", "somalia", A, ""),
        },
    ),
    (
        PAIR,
        "tempt",
        "Qatar backed the TPLF's rivals. Ethiopia and Eritrea signed a peace deal in 2018. "
        "Both neighbours reopened their embassies.",
        {
            ("eritrea", "agrees_with", "ethiopia", A, ""),
            ("ethiopia", "agrees_with", "eritrea", A, ""),
        },
    ),
    (
        PAIR,
        "tempt",
        "Turkey backed Azerbaijan's army in 2020. Both sides of the Caspian trade grew.",
        set(),
    ),
    (
        PAIR,
        "tempt",
        "The RSF attacked El Fasher. Sudan's army repelled it. Chad, Qatar and Saudi Arabia "
        "urged both sides to talk.",
        {
            ("rsf", "fights", "sudan", A, ""),
            ("chad", "appeals_to", "rsf", A, ""),
            ("chad", "appeals_to", "sudan", A, ""),
            ("qatar", "appeals_to", "rsf", A, ""),
            ("qatar", "appeals_to", "sudan", A, ""),
            ("saudi_arabia", "appeals_to", "rsf", A, ""),
            ("saudi_arabia", "appeals_to", "sudan", A, ""),
        },
    ),
    # -- the government beside the rebels --------------------------------------------------
    (
        GOV,
        "genuine",
        "The Moro Islamic Liberation Front waged an insurgency in Mindanao for decades. "
        "Talks between the government and the rebels were held in Kuala Lumpur. The "
        "Philippines finally signed a peace deal with the MILF in 2014.",
        {
            ("milf", "fights", "philippines", A, ""),
            ("milf", "consults", "philippines", A, ""),
            ("philippines", "agrees_with", "milf", A, ""),
        },
    ),
    (
        GOV,
        "genuine",
        "Sri Lanka's war with the Tamil Tigers lasted 26 years. Norway brokered talks "
        "between the government and the rebels in 2002.",
        {
            ("ltte", "fights", "sri_lanka", A, ""),
            ("ltte", "consults", "norway", A, ""),
            ("norway", "consults", "sri_lanka", A, ""),
            ("ltte", "consults", "sri_lanka", A, ""),
        },
    ),
    (
        GOV,
        "genuine",
        "The TTP has attacked Pakistani police across Khyber Pakhtunkhwa. The government and the "
        "militants agreed a month-long truce in 2021.",
        {
            ("ttp", "attacks", "pakistan", A, ""),
            ("pakistan", "agrees_with", "ttp", A, ""),
            ("ttp", "agrees_with", "pakistan", A, ""),
        },
    ),
    (
        GOV,
        "genuine",
        "The NPA has fought Manila since 1969. Fighting between the government and the "
        "guerrillas flared again in Samar.",
        {("npa", "fights", "philippines", A, "")},
    ),
    (
        GOV,
        "genuine",
        "Somalia has battled al-Shabaab since 2007. The government accused the militants of "
        "bombing a market.",
        {
            ("al_shabaab", "fights", "somalia", A, ""),
            ("somalia", "opposes", "al_shabaab", A, ""),
        },
    ),
    (
        GOV,
        "tempt",
        "Kenya and Somalia discussed al-Shabaab in Nairobi. Talks between the government and "
        "the rebels have not started.",
        {("kenya", "consults", "somalia", A, "")},
    ),
    (
        GOV,
        "tempt",
        "Ethiopia accused Eritrea of backing the TPLF. The government and the rebels later "
        "met in Pretoria.",
        {
            ("ethiopia", "opposes", "eritrea", A, ""),
            ("eritrea", "backs", "tplf", R, "ethiopia"),
            ("ethiopia", "consults", "tplf", A, ""),
        },
    ),
    (
        GOV,
        "tempt",
        "Abu Sayyaf and the NPA both operate in the Philippines' south. Manila said talks "
        "with the rebels were possible.",
        set(),
    ),
    # -- the doer of a possessed act -------------------------------------------------------
    (
        ACT,
        "genuine",
        "Human Rights Watch accused the Ethiopian army of abuses in its campaign against the TPLF.",
        {
            ("hrw", "opposes", "ethiopia", A, ""),
            ("ethiopia", "attacks", "tplf", A, ""),
        },
    ),
    (
        ACT,
        "genuine",
        "JNIM and ISGS have spread across the Sahel. HRW accused the Malian army of killing "
        "civilians in its offensive against both groups.",
        {
            ("hrw", "opposes", "mali", A, ""),
            ("mali", "attacks", "jnim", A, ""),
            ("mali", "attacks", "isgs", A, ""),
        },
    ),
    (
        ACT,
        "genuine",
        "Kenya criticised Somalia for its offensive against al-Shabaab in Gedo.",
        {
            ("kenya", "opposes", "somalia", A, ""),
            ("somalia", "attacks", "al_shabaab", A, ""),
        },
    ),
    (
        ACT,
        "genuine",
        "The African Union praised Niger for its campaign against ISGS.",
        {
            ("african_union", "favours", "niger", A, ""),
            ("niger", "attacks", "isgs", A, ""),
        },
    ),
    (
        ACT,
        "genuine",
        "HRW accused Pakistan's military of torture during its operations against the TTP.",
        {
            ("hrw", "opposes", "pakistan", A, ""),
            ("pakistan", "attacks", "ttp", A, ""),
        },
    ),
    (
        ACT,
        "genuine",
        "The United States condemned the RSF over its assault on the Sudanese army in Omdurman.",
        {
            ("united_states", "opposes", "rsf", A, ""),
            ("rsf", "attacks", "sudan", A, ""),
        },
    ),
    (
        ACT,
        "genuine",
        "The MILF fought Abu Sayyaf in Basilan. Manila welcomed its offensive against its "
        "rival, Abu Sayyaf.",
        {
            ("abu_sayyaf", "fights", "milf", A, ""),
            ("philippines", "favours", "milf", A, ""),
            ("milf", "attacks", "abu_sayyaf", A, ""),
            ("abu_sayyaf", "opposes", "milf", A, ""),
        },
    ),
    (
        ACT,
        "genuine",
        "Somalia praised Kenya for its airstrikes on al-Shabaab in Jubaland.",
        {
            ("somalia", "favours", "kenya", A, ""),
            ("kenya", "attacks", "al_shabaab", A, ""),
        },
    ),
    (
        ACT,
        "tempt",
        "HRW accused Eritrea of abuses in Ethiopia's campaign against the TPLF.",
        {
            ("hrw", "opposes", "eritrea", A, ""),
            ("ethiopia", "attacks", "tplf", A, ""),
        },
    ),
    (
        ACT,
        "tempt",
        "Chad accused the RSF of attacks on its territory.",
        {("chad", "opposes", "rsf", A, "")},
    ),
    (
        ACT,
        "tempt",
        "Kenya criticised Somalia over the offensive against al-Shabaab.",
        {("kenya", "opposes", "somalia", A, "")},
    ),
    (
        ACT,
        "tempt",
        "Ethiopia rejected HRW's criticism of its campaign against the TPLF.",
        {
            ("ethiopia", "rejects", "hrw", A, ""),
            ("hrw", "opposes", "ethiopia", A, ""),
            ("ethiopia", "attacks", "tplf", A, ""),
        },
    ),
    (
        ACT,
        "tempt",
        "Uganda blamed al-Shabaab for the attack on its troops in Somalia.",
        {
            ("uganda", "opposes", "al_shabaab", A, ""),
            ("al_shabaab", "attacks", "uganda", R, "uganda"),
        },
    ),
    (
        ACT,
        "tempt",
        "Kenya and Somalia fought al-Shabaab together. HRW praised Somalia and condemned "
        "Kenya for its airstrikes on al-Shabaab.",
        {
            ("kenya", "cooperates_with", "somalia", A, ""),
            ("al_shabaab", "fights", "kenya", A, ""),
            ("al_shabaab", "fights", "somalia", A, ""),
            ("hrw", "favours", "somalia", A, ""),
            ("hrw", "opposes", "kenya", A, ""),
            ("kenya", "attacks", "al_shabaab", A, ""),
        },
    ),
]
