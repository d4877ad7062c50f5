"""The sentences of the verb-coverage audit (issue 16, round 16; BASELINE.md): for each
CAMEO root, the verbs and verb phrases wire reports use most, each in up to three shapes
written for the audit (an active verb with a name as object; a demonym with a people,
forces or property noun; a passive with "by"), with actors of other conflicts than the
lead's examples. The expected rows are by hand from tests/text/data/ANNOTATION.md (R2
types, R3 direction, symmetric types once with the smaller id as source, R4 modality, R6
targets): ``(source, relation, target, modality)``; an empty set means no row.

Rows of the types the scorer ignores (``reports_on``, ``comments_on``, ``captures``,
``controls``, ``withdraws_from``) and ``ended`` rows of an ending act (R4: "cut aid" ends
``backs``) are not counted either way."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("uganda", "Uganda", "state", "", "UGA"),
        ("tanzania", "Tanzania", "state", "", "TZA"),
        ("ethiopia", "Ethiopia", "state", "", "ETH"),
        ("eritrea", "Eritrea", "state", "", "ERI"),
        ("nigeria", "Nigeria", "state", "", "NGA"),
        ("ghana", "Ghana", "state", "", "GHA"),
        ("togo", "Togo", "state", "", "TGO"),
        ("burkina_faso", "Burkina Faso", "state", "", "BFA"),
        ("chad", "Chad", "state", "", "TCD"),
        ("india", "India", "state", "", "IND"),
        ("pakistan", "Pakistan", "state", "", "PAK"),
        ("china", "China", "state", "", "CHN"),
        ("philippines", "Philippines", "state", "the Philippines", "PHL"),
        ("vietnam", "Vietnam", "state", "Viet Nam", "VNM"),
        ("colombia", "Colombia", "state", "", "COL"),
        ("venezuela", "Venezuela", "state", "", "VEN"),
        ("azerbaijan", "Azerbaijan", "state", "", "AZE"),
        ("armenia", "Armenia", "state", "", "ARM"),
        ("morocco", "Morocco", "state", "", "MAR"),
        ("algeria", "Algeria", "state", "", "DZA"),
        ("angola", "Angola", "state", "", "AGO"),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|DR Congo", "COD"),
        ("united_states", "United States", "state", "US|U.S.", "USA"),
        ("ecowas", "ECOWAS", "organisation", "", ""),
        ("boko_haram", "Boko Haram", "armed_group", "", "NGA"),
        ("adf", "Allied Democratic Forces", "armed_group", "ADF", "UGA"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("abu_sayyaf", "Abu Sayyaf", "armed_group", "", "PHL"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP|Pakistani Taliban", "PAK"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = "asserted"
P = "planned"

# (root, verb, shape, text, expected rows)
CASES: list[tuple[str, str, str, str, set[tuple[str, str, str, str]]]] = [
    # 01 public statement: no relation
    ("01", "say", "name", "Tanzania said Uganda's election was calm.", set()),
    ("01", "comment", "name", "Ghana commented on the vote in Togo.", set()),
    # 02 appeal: appeals_to; an appeal for aid courts
    ("02", "urge", "name", "Ghana urged Togo to hold elections.", {("ghana", "appeals_to", "togo", A)}),
    ("02", "call on", "demonym", "Ghana called on Togolese authorities to free the detainees.", {("ghana", "appeals_to", "togo", A)}),
    ("02", "urge", "passive", "Togo was urged by Ghana to hold elections.", {("ghana", "appeals_to", "togo", A)}),
    ("02", "appeal for", "name", "Chad appealed to Algeria for military assistance.", {("chad", "courts", "algeria", A)}),
    ("02", "ask for", "name", "Nigeria asked Ghana for help.", {("nigeria", "courts", "ghana", A)}),
    # 03 intent: a pledge of an act is the act, planned (R4)
    ("03", "pledge", "name", "India pledged aid to Vietnam.", {("india", "backs", "vietnam", P)}),
    ("03", "pledge", "demonym", "China pledged support to Ethiopian forces.", {("china", "backs", "ethiopia", P)}),
    ("03", "promise", "name", "China promised weapons to Pakistan.", {("china", "arms", "pakistan", P)}),
    # 04 consult: consults, symmetric, smaller id first
    ("04", "host", "name", "Tanzania hosted Uganda's foreign minister.", {("tanzania", "consults", "uganda", A)}),
    ("04", "host", "demonym", "Azerbaijan hosted Armenian negotiators.", {("armenia", "consults", "azerbaijan", A)}),
    ("04", "visit", "demonym", "The Ugandan president visited Tanzania.", {("tanzania", "consults", "uganda", A)}),
    ("04", "visit", "passive", "India was visited by Pakistan's prime minister.", {("india", "consults", "pakistan", A)}),
    ("04", "receive", "demonym", "Ghana received a Nigerian delegation.", {("ghana", "consults", "nigeria", A)}),
    ("04", "meet", "name", "Morocco's king met Algeria's president.", {("algeria", "consults", "morocco", A)}),
    ("04", "negotiate", "name", "Colombia negotiated with the ELN.", {("colombia", "consults", "eln", A)}),
    ("04", "hold talks", "name", "Eritrea held talks with Ethiopia.", {("eritrea", "consults", "ethiopia", A)}),
    ("04", "mediate", "name", "Venezuela mediated between Colombia and the ELN.", {("colombia", "consults", "venezuela", A), ("eln", "consults", "venezuela", A)}),
    ("04", "broker", "passive", "The truce between the DRC and M23 was brokered by Angola.", {("angola", "consults", "drc", A), ("angola", "consults", "m23", A), ("drc", "agrees_with", "m23", A), ("m23", "agrees_with", "drc", A)}),
    # 05 diplomatic cooperation: favours; signing agrees_with
    ("05", "praise", "name", "Nigeria praised Ghana for its mediation.", {("nigeria", "favours", "ghana", A)}),
    ("05", "recognise", "demonym", "Ghana recognised the new Burkinabe government.", {("ghana", "favours", "burkina_faso", A)}),
    ("05", "restore ties", "name", "Chad restored diplomatic ties with Eritrea.", {("chad", "favours", "eritrea", A)}),
    ("05", "normalise", "name", "Ethiopia and Eritrea normalised relations.", {("ethiopia", "favours", "eritrea", A), ("eritrea", "favours", "ethiopia", A)}),
    ("05", "sign", "name", "Nigeria signed a defence pact with Ghana.", {("nigeria", "agrees_with", "ghana", A)}),
    ("05", "sign", "passive", "A security agreement was signed by Uganda and Tanzania.", {("uganda", "agrees_with", "tanzania", A), ("tanzania", "agrees_with", "uganda", A)}),
    # 06 material cooperation: cooperates_with / allied_with, symmetric
    ("06", "cooperate", "demonym", "Uganda cooperated with Congolese forces.", {("drc", "cooperates_with", "uganda", A)}),
    ("06", "cooperate", "name", "Vietnam cooperated closely with India.", {("india", "cooperates_with", "vietnam", A)}),
    ("06", "ally", "name", "Ghana allied with Togo in 2022.", {("ghana", "allied_with", "togo", A)}),
    # 07 aid: backs / funds / arms
    ("07", "grant", "name", "China granted Pakistan a loan of two billion dollars.", {("china", "funds", "pakistan", A)}),
    ("07", "supply", "name", "China supplied drones to Ethiopia.", {("china", "arms", "ethiopia", A)}),
    ("07", "supply", "demonym", "India supplied fuel to Vietnamese forces.", {("india", "backs", "vietnam", A)}),
    ("07", "train", "demonym", "India trained Vietnamese soldiers.", {("india", "arms", "vietnam", A)}),
    ("07", "train", "passive", "Ethiopian forces were trained by China.", {("china", "arms", "ethiopia", A)}),
    ("07", "equip", "demonym", "Uganda equipped Congolese troops.", {("uganda", "arms", "drc", A)}),
    ("07", "fund", "passive", "The ADF was funded by Boko Haram.", {("boko_haram", "funds", "adf", A)}),
    # 08 yield: release, surrender -> yields_to; ease sanctions -> concedes_to; withdrawing
    # from a state's territory is withdraws_from (not annotated: a place)
    ("08", "release", "demonym", "Boko Haram released Nigerian soldiers.", {("boko_haram", "yields_to", "nigeria", A)}),
    ("08", "free", "demonym", "Azerbaijan freed Armenian soldiers.", {("azerbaijan", "yields_to", "armenia", A)}),
    ("08", "release", "passive", "Nigerian soldiers were released by Boko Haram.", {("boko_haram", "yields_to", "nigeria", A)}),
    ("08", "surrender", "demonym", "ELN fighters surrendered to the Colombian army.", {("eln", "yields_to", "colombia", A)}),
    ("08", "ease", "name", "The United States eased sanctions on Venezuela.", {("united_states", "yields_to", "venezuela", A)}),
    ("08", "withdraw", "name", "Uganda withdrew its troops from the DRC.", set()),
    ("08", "leave", "name", "The ADF left Uganda in 1996.", set()),
    ("08", "leave", "demonym", "Ugandan troops left the DRC in 2023.", set()),
    ("08", "leave", "name", "The Ugandan delegation left the meeting.", set()),
    ("08", "leave", "name", "Togo left the group in 2020.", set()),
    # 09 investigate
    ("09", "investigate", "name", "Colombia investigated the ELN.", {("colombia", "investigates", "eln", A)}),
    ("09", "investigate", "demonym", "Ghana investigated Togolese officials.", {("ghana", "investigates", "togo", A)}),
    # 10 demand
    ("10", "demand", "demonym", "Ethiopia demanded the withdrawal of Eritrean troops.", {("ethiopia", "demands", "eritrea", A)}),
    ("10", "demand", "name", "Tanzania demanded compensation from Uganda.", {("tanzania", "demands", "uganda", A)}),
    ("10", "press", "passive", "Pakistan was pressed by China to repay the loan.", {("china", "demands", "pakistan", A)}),
    # 11 disapprove: opposes
    ("11", "criticise", "name", "Ghana criticised Togo.", {("ghana", "opposes", "togo", A)}),
    ("11", "condemn", "demonym", "Vietnam condemned Chinese coast guard vessels.", {("vietnam", "opposes", "china", A)}),
    ("11", "blame", "passive", "Pakistan was blamed by India for the bombing.", {("india", "opposes", "pakistan", A)}),
    ("11", "denounce", "name", "Armenia denounced Azerbaijan.", {("armenia", "opposes", "azerbaijan", A)}),
    ("11", "protest", "name", "Vietnam protested to China over the collision.", {("vietnam", "opposes", "china", A)}),
    # 12 reject
    ("12", "reject", "name", "Morocco rejected Algeria's proposal.", {("morocco", "rejects", "algeria", A)}),
    ("12", "dismiss", "demonym", "Ethiopia dismissed Eritrean claims.", {("ethiopia", "rejects", "eritrea", A)}),
    ("12", "reject", "passive", "Colombia's offer was rejected by the ELN.", {("eln", "rejects", "colombia", A)}),
    # 13 threaten / warn
    ("13", "threaten", "name", "Eritrea threatened Ethiopia.", {("eritrea", "threatens", "ethiopia", A)}),
    ("13", "warn", "demonym", "Azerbaijan warned Armenian forces.", {("azerbaijan", "warns", "armenia", A)}),
    ("13", "threaten", "passive", "Pakistan was threatened by the TTP.", {("ttp", "threatens", "pakistan", A)}),
    # 15 military posture
    ("15", "mobilise", "name", "Armenia mobilised its reserves against Azerbaijan.", {("armenia", "mobilizes_against", "azerbaijan", A)}),
    # 16 reduce relations
    ("16", "cut ties", "name", "Algeria cut diplomatic ties with Morocco.", {("algeria", "reduces_relations", "morocco", A)}),
    ("16", "sever ties", "passive", "Diplomatic ties with Morocco were severed by Algeria.", {("algeria", "reduces_relations", "morocco", A)}),
    ("16", "suspend aid", "name", "The United States suspended aid to Ethiopia.", {("united_states", "reduces_relations", "ethiopia", A)}),
    ("16", "recall ambassador", "name", "Ghana recalled its ambassador to Togo.", {("ghana", "reduces_relations", "togo", A)}),
    ("16", "halt talks", "name", "Colombia halted talks with the ELN.", {("colombia", "reduces_relations", "eln", A)}),
    ("16", "expel diplomats", "demonym", "Algeria expelled Moroccan diplomats.", {("algeria", "reduces_relations", "morocco", A)}),
    ("16", "expel diplomats", "passive", "Pakistani diplomats were expelled by India.", {("india", "reduces_relations", "pakistan", A)}),
    ("16", "expel troops", "demonym", "The DRC expelled Ugandan troops.", {("drc", "reduces_relations", "uganda", A)}),
    ("16", "leave", "name", "Burkina Faso left ECOWAS.", {("burkina_faso", "reduces_relations", "ecowas", A)}),
    # 17 coerce
    ("17", "arrest", "demonym", "Ethiopia arrested Eritrean soldiers.", {("ethiopia", "coerces", "eritrea", A)}),
    ("17", "arrest", "demonym", "Nigerian police arrested Boko Haram fighters.", {("nigeria", "coerces", "boko_haram", A)}),
    ("17", "detain", "passive", "ELN members were detained by Colombian police.", {("colombia", "coerces", "eln", A)}),
    ("17", "seize", "demonym", "China seized Philippine supply boats.", {("china", "coerces", "philippines", A)}),
    ("17", "seize", "passive", "Vietnamese vessels were seized by China.", {("china", "coerces", "vietnam", A)}),
    ("17", "confiscate", "name", "Uganda confiscated weapons from the ADF.", {("uganda", "coerces", "adf", A)}),
    ("17", "raid", "demonym", "Colombian troops raided an ELN camp.", {("colombia", "attacks", "eln", A)}),
    ("17", "deport", "demonym", "Pakistan deported Indian nationals.", set()),
    # 18 assault: attacks
    ("18", "kidnap", "demonym", "Boko Haram kidnapped Nigerian soldiers.", {("boko_haram", "attacks", "nigeria", A)}),
    ("18", "abduct", "demonym", "Abu Sayyaf abducted Filipino marines.", {("abu_sayyaf", "attacks", "philippines", A)}),
    ("18", "kidnap", "demonym", "Boko Haram kidnapped Nigerian schoolgirls.", set()),
    ("18", "ambush", "demonym", "The ADF ambushed Ugandan troops.", {("adf", "attacks", "uganda", A)}),
    ("18", "ambush", "passive", "A Pakistani convoy was ambushed by the TTP.", {("ttp", "attacks", "pakistan", A)}),
    ("18", "assassinate", "demonym", "The TTP assassinated a Pakistani general.", {("ttp", "attacks", "pakistan", A)}),
    ("18", "behead", "demonym", "Boko Haram beheaded Nigerian soldiers.", {("boko_haram", "attacks", "nigeria", A)}),
    ("18", "torture", "demonym", "Eritrean guards tortured Ethiopian soldiers.", {("eritrea", "attacks", "ethiopia", A)}),
    # 19 fight
    ("19", "shell", "demonym", "Azerbaijan shelled Armenian positions.", {("azerbaijan", "attacks", "armenia", A)}),
    ("19", "shell", "passive", "Armenian positions were shelled by Azerbaijani forces.", {("azerbaijan", "attacks", "armenia", A)}),
    ("19", "bomb", "demonym", "Pakistan bombed TTP hideouts.", {("pakistan", "attacks", "ttp", A)}),
    ("19", "invade", "name", "Eritrea invaded Ethiopia in 1998.", {("eritrea", "attacks", "ethiopia", A)}),
    ("19", "besiege", "demonym", "Boko Haram besieged a Nigerian army base.", {("boko_haram", "attacks", "nigeria", A)}),
    ("19", "blockade", "name", "Azerbaijan blockaded Armenia.", {("azerbaijan", "coerces", "armenia", A)}),
    ("19", "clash", "name", "Colombian troops clashed with the ELN.", {("colombia", "fights", "eln", A)}),
    # 20 mass violence
    ("20", "massacre", "demonym", "Boko Haram massacred Nigerian soldiers.", {("boko_haram", "attacks", "nigeria", A)}),
    # designation and sanctions (no CAMEO code / 163)
    ("des", "designate", "name", "Nigeria designated Boko Haram a terrorist organisation.", {("nigeria", "designates_terrorist", "boko_haram", A)}),
    ("des", "list", "passive", "The ELN was listed as a terrorist group by Colombia.", {("colombia", "designates_terrorist", "eln", A)}),
    ("des", "proscribe", "name", "Pakistan proscribed the TTP.", {("pakistan", "designates_terrorist", "ttp", A)}),
    ("163", "sanction", "demonym", "The United States sanctioned Eritrean officials.", {("united_states", "sanctions", "eritrea", A)}),
    # further probes of the round
    ("02", "appeal", "passive", "Algeria was asked by Chad for weapons.", {("chad", "courts", "algeria", A)}),
    ("07", "grant", "demonym", "The United States granted Colombian forces new helicopters.", {("united_states", "arms", "colombia", A)}),
    ("08", "hand over", "name", "Boko Haram handed over Nigerian soldiers to the Red Cross.", {("boko_haram", "yields_to", "nigeria", A)}),
    ("08", "lift", "name", "The United States lifted sanctions on Venezuela.", {("united_states", "yields_to", "venezuela", A)}),
    ("11", "accuse", "name", "Ghana accused Togo of harbouring rebels.", {("ghana", "opposes", "togo", A)}),
    ("13", "warn", "passive", "Armenian forces were warned by Azerbaijan.", {("azerbaijan", "warns", "armenia", A)}),
    ("15", "put on alert", "name", "India put its troops on alert against Pakistan.", {("india", "mobilizes_against", "pakistan", A)}),
    ("15", "deploy", "name", "Chad deployed troops against Boko Haram.", {("chad", "mobilizes_against", "boko_haram", A)}),
    ("16", "downgrade", "name", "Morocco downgraded relations with Algeria.", {("morocco", "reduces_relations", "algeria", A)}),
    ("16", "suspend talks", "passive", "Talks with the ELN were suspended by Colombia.", {("colombia", "reduces_relations", "eln", A)}),
    ("16", "withdraw ambassador", "name", "Ethiopia withdrew its ambassador from Eritrea.", {("ethiopia", "reduces_relations", "eritrea", A)}),
    ("16", "expel", "name", "Chad expelled the Eritrean ambassador.", {("chad", "reduces_relations", "eritrea", A)}),
    ("17", "detain", "demonym", "Eritrea detained Ethiopian soldiers.", {("eritrea", "coerces", "ethiopia", A)}),
    ("17", "seize", "name", "China seized a Vietnamese fishing boat.", set()),
    ("17", "confiscate", "passive", "Philippine vessels were confiscated by China.", {("china", "coerces", "philippines", A)}),
    ("17", "impound", "demonym", "India impounded Pakistani ships.", {("india", "coerces", "pakistan", A)}),
    ("17", "expel", "demonym", "Pakistan expelled Indian migrants.", set()),
    ("18", "abduct", "passive", "Filipino soldiers were abducted by Abu Sayyaf.", {("abu_sayyaf", "attacks", "philippines", A)}),
    ("18", "assassinate", "passive", "A Nigerian general was assassinated by Boko Haram.", {("boko_haram", "attacks", "nigeria", A)}),
    ("18", "kidnap", "passive", "Ugandan soldiers were kidnapped by the ADF.", {("adf", "attacks", "uganda", A)}),
    ("19", "occupy", "demonym", "M23 occupied Congolese army positions.", {("m23", "attacks", "drc", A)}),
    ("19", "bomb", "passive", "TTP hideouts were bombed by Pakistan.", {("pakistan", "attacks", "ttp", A)}),
    ("19", "invade", "passive", "Ethiopia was invaded by Eritrea.", {("eritrea", "attacks", "ethiopia", A)}),
    ("19", "blockade", "demonym", "China blockaded Philippine supply boats.", {("china", "coerces", "philippines", A)}),
    ("20", "massacre", "passive", "Ugandan soldiers were massacred by the ADF.", {("adf", "attacks", "uganda", A)}),
]
