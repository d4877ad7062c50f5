"""The texts of the round-58 audit (issue 16; BASELINE.md, round 58): a state's
government or armed forces named by a government word standing where a demonym could
stand -- "*government* forces", "*federal* troops", "a *federal* army base", "*regime*
forces", "*junta* troops", "offensives against *regime* bases", "*government* airstrikes"
-- in a document that names the state elsewhere ("Ethiopia declared a state of
emergency. Government forces clashed with the TPLF"). Beside them, as controls, the
shapes the extractor read before the round: a demonym on a forces noun ("Sudanese
troops", "Russian forces") and a definite description ("the regime", "the junta", "the
military government", "the national government"). Written for this round in wire,
news and think-tank styles, single sentences and short documents. Most are the class
itself or its controls (``genuine``); over a third are built to tempt a wrong row
(``tempt``: two candidate states in the document, no state named at all, a government
word that is not the state's -- a local, regional, rebel or named other government, a
coalition's forces --, the only state named being the other party, and acts denied or
planned), where the government word must give no row, or a row of the right status
only. Expected rows by hand from tests/text/data/ANNOTATION.md (R1's armed forces named
by their country, pronouns and descriptions; R2; R3's symmetric types once; R4), written
before the extractor ran on them: ``(class, kind, text, rows)`` with rows ``(source,
relation, target, modality, attributed_to)``; an empty set means no row."""

import pandas as pd
from extraction_fixtures import ASSERTED, expected_row

ACTORS = pd.DataFrame(
    [
        ("ethiopia", "Ethiopia", "state", "Addis Ababa|ENDF", "ETH"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("sudan", "Sudan", "state", "Khartoum|SAF|Sudanese Armed Forces", "SDN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("somalia", "Somalia", "state", "Mogadishu|Somali National Army", "SOM"),
        ("al_shabaab", "Al-Shabaab", "armed_group", "al-Shabab", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|Congo|Kinshasa", "COD"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("uganda", "Uganda", "state", "Kampala", "UGA"),
        ("adf", "Allied Democratic Forces", "armed_group", "ADF", "UGA"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("yemen", "Yemen", "state", "", "YEM"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("tatmadaw", "Tatmadaw", "armed_group", "Myanmar military", "MMR"),
        ("tnla", "Ta'ang National Liberation Army", "armed_group", "TNLA", "MMR"),
        ("mndaa", "Myanmar National Democratic Alliance Army", "armed_group", "MNDAA", "MMR"),
        ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM", "MLI"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("nigeria", "Nigeria", "state", "Abuja", "NGA"),
        ("boko_haram", "Boko Haram", "armed_group", "", "NGA"),
        ("iswap", "Islamic State West Africa Province", "armed_group", "ISWAP", "NGA"),
        ("syria", "Syria", "state", "Damascus", "SYR"),
        ("hts", "Hayat Tahrir al-Sham", "armed_group", "HTS", "SYR"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("sdf", "Syrian Democratic Forces", "armed_group", "SDF", "SYR"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = ASSERTED
_row = expected_row

_GENUINE = [
    # a bare government word on a forces noun, the state named before (the class)
    (
        "government_word",
        "Ethiopia declared a state of emergency on Tuesday. Government forces clashed with "
        "the TPLF near Mekelle.",
        {_row("ethiopia", "tplf", "fights")},
    ),
    (
        "government_word",
        "Somalia has asked donors for more aid. Government troops attacked al-Shabaab in "
        "Middle Shabelle on Sunday.",
        {_row("somalia", "al_shabaab", "attacks")},
    ),
    (
        "government_word",
        "Nigeria's army chief visited Maiduguri. Government forces killed dozens of Boko "
        "Haram fighters in Borno.",
        {_row("nigeria", "boko_haram", "attacks")},
    ),
    (
        "government_word",
        "Mali held a constitutional referendum in June. Government troops fought JNIM near Mopti.",
        {_row("jnim", "mali", "fights")},
    ),
    (
        "government_word",
        "Sudan's economy has collapsed. Government forces shelled RSF positions in Omdurman.",
        {_row("sudan", "rsf", "attacks")},
    ),
    (
        "government_word",
        "The DRC received a new UN envoy last week. Government troops clashed with M23 "
        "rebels near Goma.",
        {_row("drc", "m23", "fights")},
    ),
    (
        "government_word",
        "Uganda reopened the border crossing. Government soldiers raided an ADF camp in the "
        "Rwenzori mountains.",
        {_row("uganda", "adf", "attacks")},
    ),
    (
        "government_word",
        "Yemen's president returned to Aden in March. Government forces attacked the "
        "Houthis near Marib.",
        {_row("yemen", "houthis", "attacks")},
    ),
    (
        "government_word",
        "Syria's economy is in ruins. Government warplanes bombed HTS positions in Idlib.",
        {_row("syria", "hts", "attacks")},
    ),
    (
        "government_word",
        "Kenya says it will keep its troops in the region. Government forces struck "
        "al-Shabaab hideouts near Lamu.",
        {_row("kenya", "al_shabaab", "attacks")},
    ),
    (
        "government_word",
        "Somalia's cabinet met in Mogadishu. Government forces attacked al-Shabaab near "
        "Afgoye, officials said.",
        {_row("somalia", "al_shabaab", "attacks", "reported")},
    ),
    (
        "government_word",
        "Ethiopia rejected the report. The TPLF was attacked by government forces near Adwa.",
        {_row("ethiopia", "tplf", "attacks")},
    ),
    # the government word on the target's forces or assets
    (
        "government_word",
        "Mali has extended the curfew. JNIM attacked a government army base near Boulkessi.",
        {_row("jnim", "mali", "attacks")},
    ),
    (
        "government_word",
        "Somalia has called for talks. Al-Shabaab fighters ambushed government troops near Baidoa.",
        {_row("al_shabaab", "somalia", "attacks")},
    ),
    (
        "government_word",
        "Nigeria is holding elections this month. Boko Haram attacked government positions "
        "in Borno.",
        {_row("boko_haram", "nigeria", "attacks")},
    ),
    (
        "government_word",
        "Sudan's prime minister resigned in January. The RSF shelled government bases in El "
        "Fasher.",
        {_row("rsf", "sudan", "attacks")},
    ),
    # federal
    (
        "government_word",
        "Ethiopia's parliament met on Monday. The TPLF attacked a federal army base in Mekelle.",
        {_row("tplf", "ethiopia", "attacks")},
    ),
    (
        "government_word",
        "Somalia named a new army chief. Federal troops attacked al-Shabaab near Jowhar.",
        {_row("somalia", "al_shabaab", "attacks")},
    ),
    (
        "government_word",
        "Nigeria's senate approved the budget. Federal forces killed Boko Haram fighters in "
        "the Sambisa forest.",
        {_row("nigeria", "boko_haram", "attacks")},
    ),
    (
        "government_word",
        "Ethiopia imposed a curfew in Gondar. Federal forces clashed with the TPLF in "
        "western Tigray.",
        {_row("ethiopia", "tplf", "fights")},
    ),
    (
        "government_word",
        "Somalia adopted a new constitution. Federal government forces fought al-Shabaab "
        "near Beledweyne.",
        {_row("al_shabaab", "somalia", "fights")},
    ),
    # regime and junta
    (
        "government_word",
        "The Tatmadaw imposed martial law in Lashio. Regime forces shelled TNLA positions on "
        "Friday.",
        {_row("tatmadaw", "tnla", "attacks")},
    ),
    (
        "government_word",
        "The Tatmadaw has lost several towns. The MNDAA launched an offensive against regime "
        "bases in Kokang.",
        {_row("mndaa", "tatmadaw", "attacks")},
    ),
    (
        "government_word",
        "Mali's junta postponed the elections. Junta troops attacked JNIM fighters near Mopti.",
        {_row("mali", "jnim", "attacks")},
    ),
    (
        "government_word",
        "Syria's regime has lost ground in the north. Regime forces shelled HTS positions "
        "near Idlib.",
        {_row("syria", "hts", "attacks")},
    ),
    (
        "government_word",
        "Syria postponed the vote. Regime aircraft bombed HTS positions near Idlib.",
        {_row("syria", "hts", "attacks")},
    ),
    (
        "government_word",
        "Sudan's military government has lost Wad Madani. Regime troops attacked the RSF in "
        "Omdurman.",
        {_row("sudan", "rsf", "attacks")},
    ),
    (
        "government_word",
        "Nigeria has criticised Mali's junta. Junta troops attacked JNIM near Mopti.",
        {_row("nigeria", "mali", "opposes"), _row("mali", "jnim", "attacks")},
    ),
    (
        "government_word",
        "The Tatmadaw rejected the ceasefire. Junta troops launched a surprise attack on "
        "MNDAA troops in Laukkai.",
        {_row("tatmadaw", "mndaa", "attacks")},
    ),
    # on an act noun
    (
        "government_word",
        "Ethiopia has closed its airspace. A government offensive against the TPLF began in "
        "November.",
        {_row("ethiopia", "tplf", "attacks")},
    ),
    (
        "government_word",
        "Nigeria named a new army chief. Government airstrikes killed ISWAP commanders near "
        "Lake Chad.",
        {_row("nigeria", "iswap", "attacks")},
    ),
    (
        "government_word",
        "The Tatmadaw lost Laukkai in January. Regime airstrikes hit TNLA positions near Lashio.",
        {_row("tatmadaw", "tnla", "attacks")},
    ),
    # a demonym on a forces noun (read before the round)
    (
        "demonym_forces",
        "Sudanese troops attacked the RSF in Omdurman.",
        {_row("sudan", "rsf", "attacks")},
    ),
    (
        "demonym_forces",
        "Russian forces shelled Kyiv overnight.",
        {_row("russia", "ukraine", "attacks")},
    ),
    (
        "demonym_forces",
        "Kenyan troops killed al-Shabaab fighters near Lamu.",
        {_row("kenya", "al_shabaab", "attacks")},
    ),
    (
        "demonym_forces",
        "Eritrean soldiers fought the TPLF near Adwa.",
        {_row("eritrea", "tplf", "fights")},
    ),
    (
        "demonym_forces",
        "Turkish forces shelled SDF positions near Kobani.",
        {_row("turkey", "sdf", "attacks")},
    ),
    ("demonym_forces", "Ugandan soldiers raided an ADF camp.", {_row("uganda", "adf", "attacks")}),
    (
        "demonym_forces",
        "Ethiopia has a new army chief. Eritrean government forces attacked the TPLF.",
        {_row("eritrea", "tplf", "attacks")},
    ),
    (
        "demonym_forces",
        "Syrian government forces attacked HTS in Idlib.",
        {_row("syria", "hts", "attacks")},
    ),
    # a definite description (read before the round)
    (
        "definite_description",
        "Syria faces a new offensive. The regime bombed HTS positions in Idlib.",
        {_row("syria", "hts", "attacks")},
    ),
    (
        "definite_description",
        "Mali has lost several towns. The junta attacked JNIM near Mopti.",
        {_row("mali", "jnim", "attacks")},
    ),
    (
        "definite_description",
        "Ethiopia signed a deal in Pretoria. The TPLF agreed to surrender its weapons to the "
        "national government.",
        {_row("tplf", "ethiopia", "yields_to", "planned")},
    ),
    (
        "definite_description",
        "Mali has lost towns in the north. The military government attacked JNIM near Mopti.",
        {_row("mali", "jnim", "attacks")},
    ),
    (
        "definite_description",
        "Sudan postponed the talks. The army attacked the RSF in Omdurman.",
        {_row("sudan", "rsf", "attacks")},
    ),
]

_TEMPTING = [
    # two candidate states in the document: whose government is not said
    (
        "two_states",
        "Kenya and Somalia held elections this year. Government forces attacked al-Shabaab "
        "near Kismayo.",
        set(),
    ),
    (
        "two_states",
        "Ethiopia and Eritrea both face drought this year. Government troops fought the "
        "TPLF near Adigrat.",
        set(),
    ),
    (
        "two_states",
        "Sudan and Uganda issued travel warnings. Government forces attacked the RSF near "
        "the border.",
        set(),
    ),
    (
        "two_states",
        "Nigeria and Mali held talks in Abuja. Government forces attacked JNIM near Mopti.",
        {_row("mali", "nigeria", "consults")},
    ),
    (
        "two_states",
        "Both Ethiopia and Eritrea declared a national holiday. Federal troops attacked the "
        "TPLF near Adigrat.",
        set(),
    ),
    (
        "two_states",
        "Turkey and Syria both claim the border town. Government forces shelled SDF "
        "positions near Manbij.",
        set(),
    ),
    (
        "two_states",
        "The DRC and Rwanda both held elections in 2024. Government troops clashed with the "
        "M23 near Goma.",
        set(),
    ),
    (
        "two_states",
        "Syria and Turkey closed the crossing. Regime forces shelled HTS positions near Idlib.",
        set(),
    ),
    (
        "two_states",
        "Russia and Ukraine both reported heavy losses. Government forces shelled positions "
        "near Donetsk.",
        set(),
    ),
    # no state named anywhere
    ("no_state", "Government forces attacked al-Shabaab near Kismayo.", set()),
    ("no_state", "Government troops clashed with the TPLF near Mekelle.", set()),
    ("no_state", "Federal forces killed Boko Haram fighters in the Sambisa forest.", set()),
    ("no_state", "Regime forces shelled HTS positions near Idlib.", set()),
    ("no_state", "The regime bombed HTS positions in Idlib.", set()),
    ("no_state", "Junta troops attacked JNIM near Mopti.", set()),
    ("no_state", "Al-Shabaab ambushed government troops near Baidoa.", set()),
    ("no_state", "The RSF shelled a federal army base in Darfur.", set()),
    ("no_state", "Government airstrikes killed ISWAP commanders near Lake Chad.", set()),
    # a government word that is not the state's
    (
        "not_the_state",
        "Somalia has appealed for aid. Local government forces clashed with al-Shabaab near "
        "Kismayo.",
        set(),
    ),
    (
        "not_the_state",
        "Ethiopia has imposed a curfew. Regional government forces in Amhara clashed with "
        "the TPLF.",
        set(),
    ),
    (
        "not_the_state",
        "Nigeria deployed more troops to Borno. Borno state government forces attacked Boko Haram.",
        set(),
    ),
    (
        "not_the_state",
        "The DRC has appealed for calm. City authorities in Goma said the M23 had attacked "
        "the town.",
        set(),
    ),
    (
        "not_the_state",
        "Sudan has rejected the plan. The RSF's parallel government forces attacked El Fasher.",
        set(),
    ),
    (
        "not_the_state",
        "Myanmar's opposition formed a rebel government. Rebel government forces attacked "
        "the Tatmadaw near Sagaing.",
        set(),
    ),
    (
        "not_the_state",
        "Saudi Arabia has resumed its air campaign. Coalition forces struck Houthi positions "
        "near Hodeidah.",
        set(),
    ),
    ("not_the_state", "Coalition airstrikes hit Houthi targets near Hodeidah.", set()),
    (
        "not_the_state",
        "Kenya has deployed police to Haiti. The Haitian government forces clashed with gangs.",
        set(),
    ),
    (
        "not_the_state",
        "Somalia has signed a deal. Somaliland government forces clashed with al-Shabaab.",
        set(),
    ),
    (
        "not_the_state",
        "The TPLF set up its own administration. Government forces of the TPLF attacked "
        "Eritrean troops.",
        {_row("tplf", "eritrea", "attacks")},
    ),
    # the only state named is the other party
    (
        "own_argument",
        "Eritrea has closed its border. Government forces shelled Eritrean positions near Badme.",
        set(),
    ),
    (
        "own_argument",
        "Rwanda denied the claims. Government troops clashed with Rwandan soldiers near Goma.",
        set(),
    ),
    # status: denied, planned
    (
        "status",
        "Somalia says its army is ready. Government forces did not attack al-Shabaab in Jowhar.",
        {_row("somalia", "al_shabaab", "attacks", "denied")},
    ),
    (
        "status",
        "Nigeria held a security summit. Government forces plan to attack ISWAP bases next month.",
        {_row("nigeria", "iswap", "attacks", "planned")},
    ),
]


CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
