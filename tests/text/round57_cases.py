"""The sentences of the round-57 audit (issue 16; BASELINE.md, round 57): acts of armed
force named by a noun whose target is named by what the act is for ("Haftar launched an
assault *to topple* the GNA", "an offensive *to dislodge* the ADF"), where the parser hangs
the purpose infinitive on the light verb ("launched/ROOT ... topple/advcl") instead of on
the act noun, so that the act found no target; beside them the plain shapes of ``attacks``
and ``fights`` (verbs of armed action, act nouns with "on" and "against", clashes and
fighting between two actors, said once). Written for this round in wire, news, think-tank
and encyclopedia styles. Most are the class itself (``genuine``); over a quarter are built
to tempt a wrong row (``tempt``: a purpose naming a place or no actor, an act with no
named doer, a planned, denied or conditional act, a purpose of help, a symmetric fight
said twice, an attack on a place), where the act must give no row, or a row of the right
status only. Expected rows by hand from tests/text/data/ANNOTATION.md (R2, "Choice rules";
round 27's purpose infinitives; R3's symmetric types once; R4), written before the
extractor ran on them: ``(class, kind, text, rows)`` with rows ``(source, relation, target,
modality, attributed_to)``; an empty set means no row."""

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
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("israel", "Israel", "state", "", "ISR"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("tatmadaw", "Tatmadaw", "armed_group", "Myanmar military", "MMR"),
        ("tnla", "Ta'ang National Liberation Army", "armed_group", "TNLA", "MMR"),
        ("mndaa", "Myanmar National Democratic Alliance Army", "armed_group", "MNDAA", "MMR"),
        ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM", "MLI"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("gna", "Government of National Accord", "government", "GNA", "LBY"),
        ("khalifa_haftar", "Khalifa Haftar", "person", "Haftar", "LBY"),
        ("nigeria", "Nigeria", "state", "Abuja", "NGA"),
        ("boko_haram", "Boko Haram", "armed_group", "", "NGA"),
        ("iswap", "Islamic State West Africa Province", "armed_group", "ISWAP", "NGA"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = ASSERTED
_row = expected_row


def _removing(source, target, modality=A, by=""):
    """An act of force for removing its target ("an assault to topple X"): the act is on
    X (``attacks``) and the removal works against X (``opposes``, R2's "to topple")."""
    return {
        _row(source, target, "attacks", modality, by),
        _row(source, target, "opposes", modality, by),
    }


_GENUINE = [
    # the purpose infinitive the parser hangs on the light verb (the class)
    (
        "purpose_on_light_verb",
        "Haftar launched an assault to topple the Government of National Accord in April.",
        _removing("khalifa_haftar", "gna"),
    ),
    (
        "purpose_on_light_verb",
        "The RSF launched an assault to topple the Sudanese government.",
        _removing("rsf", "sudan"),
    ),
    (
        "purpose_on_light_verb",
        "In 2019 the TPLF mounted an offensive to overthrow the Ethiopian government.",
        _removing("tplf", "ethiopia"),
    ),
    (
        "purpose_on_light_verb",
        "Al-Shabaab launched a wave of attacks to topple the Somali government.",
        _removing("al_shabaab", "somalia"),
    ),
    (
        "purpose_on_light_verb",
        "JNIM has waged a campaign to oust the Malian junta from power.",
        _removing("jnim", "mali"),
    ),
    (
        "purpose_on_light_verb",
        "The M23 launched an offensive to dislodge Congolese troops from the hills.",
        {_row("m23", "drc", "attacks")},
    ),
    (
        "purpose_on_light_verb",
        "Uganda launched an operation to destroy the ADF in eastern Congo.",
        {_row("uganda", "adf", "attacks")},
    ),
    (
        "purpose_on_light_verb",
        "Nigeria began a fresh offensive to crush Boko Haram, officials said.",
        {_row("nigeria", "boko_haram", "attacks", "reported")},
    ),
    (
        "purpose_on_light_verb",
        "Kenya mounted a raid to eliminate al-Shabaab commanders near the border.",
        {_row("kenya", "al_shabaab", "attacks")},
    ),
    (
        "purpose_on_light_verb",
        "The Tatmadaw started an air campaign to dislodge the TNLA from Lashio.",
        {_row("tatmadaw", "tnla", "attacks")},
    ),
    (
        "purpose_on_light_verb",
        "Israel carried out strikes to destroy Hamas in Gaza.",
        {_row("israel", "hamas", "attacks")},
    ),
    (
        "purpose_on_light_verb",
        "The MNDAA launched a surprise offensive to oust the Tatmadaw from Kokang.",
        _removing("mndaa", "tatmadaw"),
    ),
    # the same purpose hung on the noun by the parser (found before the round)
    (
        "purpose_on_noun",
        "Israel began a campaign to destroy Hamas.",
        {_row("israel", "hamas", "attacks")},
    ),
    (
        "purpose_on_noun",
        "The M23 launched an offensive to oust the Congolese army from Goma.",
        _removing("m23", "drc"),
    ),
    (
        "purpose_on_noun",
        "ISWAP's offensive to crush Boko Haram lasted months.",
        {_row("iswap", "boko_haram", "attacks")},
    ),
    (
        "purpose_on_noun",
        "The Ethiopian offensive to crush the TPLF stalled in the hills.",
        {_row("ethiopia", "tplf", "attacks")},
    ),
    (
        "purpose_on_noun",
        "Kenya's operation to eliminate al-Shabaab fighters continued into June.",
        {_row("kenya", "al_shabaab", "attacks")},
    ),
    # act nouns with their target
    (
        "act_noun_target",
        "Uganda's offensive against the ADF resumed on Tuesday.",
        {_row("uganda", "adf", "attacks")},
    ),
    (
        "act_noun_target",
        "Israeli strikes on Hamas positions killed dozens.",
        {_row("israel", "hamas", "attacks")},
    ),
    (
        "act_noun_target",
        "The Houthis launched drone attacks on Saudi Arabia.",
        {_row("houthis", "saudi_arabia", "attacks")},
    ),
    (
        "act_noun_target",
        "The Tatmadaw carried out airstrikes against the TNLA in Shan State.",
        {_row("tatmadaw", "tnla", "attacks")},
    ),
    (
        "act_noun_target",
        "An ambush by al-Shabaab on Kenyan troops killed eleven soldiers.",
        {_row("al_shabaab", "kenya", "attacks")},
    ),
    (
        "act_noun_target",
        "JNIM's assault on Malian army posts near Mopti was repelled.",
        {_row("jnim", "mali", "attacks")},
    ),
    (
        "act_noun_target",
        "Eritrea's incursion into Ethiopia drew protests.",
        {_row("eritrea", "ethiopia", "attacks")},
    ),
    (
        "act_noun_target",
        "Nigerian bombing of ISWAP camps intensified last week.",
        {_row("nigeria", "iswap", "attacks")},
    ),
    # verbs of armed action
    (
        "armed_verb",
        "Sudanese army jets struck RSF positions in Omdurman.",
        {_row("sudan", "rsf", "attacks")},
    ),
    (
        "armed_verb",
        "The RSF shelled Sudanese army bases overnight.",
        {_row("rsf", "sudan", "attacks")},
    ),
    (
        "armed_verb",
        "Somali commandos raided an al-Shabaab camp in Jubaland.",
        {_row("somalia", "al_shabaab", "attacks")},
    ),
    (
        "armed_verb",
        "Al-Shabaab fighters ambushed a Kenyan convoy in Lamu.",
        {_row("al_shabaab", "kenya", "attacks")},
    ),
    (
        "armed_verb",
        "Israel bombed Hamas tunnels under Rafah.",
        {_row("israel", "hamas", "attacks")},
    ),
    (
        "armed_verb",
        "ISWAP militants stormed a Nigerian army base in Borno.",
        {_row("iswap", "nigeria", "attacks")},
    ),
    (
        "armed_verb",
        "The ADF was attacked by Ugandan forces on Sunday.",
        {_row("uganda", "adf", "attacks")},
    ),
    (
        "armed_verb",
        "Houthi missiles hit a Saudi oil facility.",
        {_row("houthis", "saudi_arabia", "attacks")},
    ),
    # symmetric fights, once
    (
        "symmetric_fight",
        "Rwandan troops clashed with Congolese soldiers near Goma.",
        {_row("drc", "rwanda", "fights")},
    ),
    (
        "symmetric_fight",
        "The Tatmadaw and the TNLA clashed in Lashio.",
        {_row("tatmadaw", "tnla", "fights")},
    ),
    (
        "symmetric_fight",
        "Fighting broke out between the Tatmadaw and the MNDAA.",
        {_row("mndaa", "tatmadaw", "fights")},
    ),
    (
        "symmetric_fight",
        "Clashes between Boko Haram and ISWAP left dozens dead.",
        {_row("boko_haram", "iswap", "fights")},
    ),
    (
        "symmetric_fight",
        "Mali has been battling JNIM in the centre of the country.",
        {_row("jnim", "mali", "fights")},
    ),
    (
        "symmetric_fight",
        "The war between the RSF and the Sudanese Armed Forces entered its third year.",
        {_row("rsf", "sudan", "fights")},
    ),
    (
        "symmetric_fight",
        "Kenyan soldiers fought al-Shabaab near Mandera.",
        {_row("al_shabaab", "kenya", "fights")},
    ),
    (
        "symmetric_fight",
        "Ethiopia has been at war with the TPLF since November.",
        {_row("ethiopia", "tplf", "fights")},
    ),
]

_TEMPTING = [
    # a purpose naming a place or no actor: the act has no target
    (
        "purpose_place",
        "The M23 launched an offensive to capture Goma.",
        set(),
    ),
    (
        "purpose_place",
        "The RSF mounted an assault to seize El Fasher.",
        set(),
    ),
    (
        "purpose_place",
        "Israel began an operation to destroy tunnels in Rafah.",
        set(),
    ),
    (
        "purpose_place",
        "Nigeria launched a campaign to secure the roads of Borno.",
        set(),
    ),
    (
        "purpose_place",
        "The Tatmadaw launched an offensive to retake Lashio from rebels.",
        set(),
    ),
    (
        "purpose_place",
        "Kenya started an operation to destroy militant camps in the forest.",
        set(),
    ),
    # a purpose of help or protection is no attack on the one helped
    (
        "purpose_help",
        "Rwanda launched an operation to protect Mozambique's gas fields.",
        set(),
    ),
    (
        "purpose_help",
        "Kenya launched an operation to help Somalia.",
        {_row("kenya", "somalia", "backs")},
    ),
    (
        "purpose_help",
        "Uganda mounted an operation to rescue Congolese hostages held by the ADF.",
        set(),
    ),
    (
        "purpose_help",
        "Eritrea began a campaign to support the Ethiopian government.",
        {_row("eritrea", "ethiopia", "backs")},
    ),
    # a purpose whose object names no actor of the table
    (
        "purpose_unnamed",
        "Rwandan forces mounted an incursion to crush the M23's rivals, a UN report said.",
        set(),
    ),
    (
        "purpose_unnamed",
        "The Houthis launched a new offensive on Monday to topple the Saudi-backed government.",
        set(),
    ),
    (
        "purpose_unnamed",
        "The RSF's campaign to topple the army-led government has failed.",
        set(),
    ),
    (
        "purpose_unnamed",
        "Israel launched a campaign to crush the resistance, Hamas said.",
        set(),
    ),
    # an act with no named doer
    (
        "no_doer",
        "An offensive to topple the Government of National Accord began in April.",
        set(),
    ),
    (
        "no_doer",
        "The attack on the Kenyan base killed nine.",
        set(),
    ),
    (
        "no_doer",
        "A campaign to crush Boko Haram was announced on Monday.",
        set(),
    ),
    (
        "no_doer",
        "Attacks to destroy the TNLA's supply lines continued.",
        set(),
    ),
    (
        "no_doer",
        "The assault was meant to topple the Somali government.",
        set(),
    ),
    # planned, denied, conditional acts keep their status
    (
        "status",
        "Uganda is planning an offensive to dislodge the ADF.",
        {_row("uganda", "adf", "attacks", "planned")},
    ),
    (
        "status",
        "Rwanda denied launching an offensive to destroy the Congolese army.",
        {_row("rwanda", "drc", "attacks", "denied", "rwanda")},
    ),
    (
        "status",
        "If talks fail, Kenya will launch an offensive to crush al-Shabaab.",
        {_row("kenya", "al_shabaab", "attacks", "hypothetical")},
    ),
    (
        "status",
        "The TPLF never launched an attack on Eritrea.",
        {_row("tplf", "eritrea", "attacks", "denied")},
    ),
    (
        "status",
        "Sudan said the RSF launched an assault to destroy the Sudanese army.",
        {_row("rsf", "sudan", "attacks", "reported", "sudan")},
    ),
    (
        "status",
        "Nigeria will launch an offensive against ISWAP next month.",
        {_row("nigeria", "iswap", "attacks", "planned")},
    ),
    # a symmetric fight said twice is one row
    (
        "fight_twice",
        "The Tatmadaw clashed with the TNLA, and the TNLA clashed with the Tatmadaw again.",
        {_row("tatmadaw", "tnla", "fights")},
    ),
    (
        "fight_twice",
        "Clashes between the RSF and the SAF spread as the SAF fought the RSF in Khartoum.",
        {_row("rsf", "sudan", "fights")},
    ),
    (
        "fight_twice",
        "Boko Haram fought ISWAP, and ISWAP fought Boko Haram.",
        {_row("boko_haram", "iswap", "fights")},
    ),
    (
        "fight_twice",
        "JNIM and Mali clashed; fighting between Mali and JNIM went on for days.",
        {_row("jnim", "mali", "fights")},
    ),
    # an attack on a place names no actor
    (
        "place_target",
        "The RSF shelled El Fasher for weeks.",
        set(),
    ),
    (
        "place_target",
        "Israel launched strikes on Rafah.",
        set(),
    ),
    (
        "place_target",
        "The M23 attacked Goma and Sake.",
        set(),
    ),
    (
        "place_target",
        "JNIM raided a village near Mopti.",
        set(),
    ),
    (
        "place_target",
        "The TPLF launched an offensive to take Mekelle, Eritrea said.",
        set(),
    ),
]


CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
