"""The sentences of the round-42 audit (issue 16; BASELINE.md, round 42): two or three
coordinated active verbs (finite verbs, gerunds, infinitives) whose object or
prepositional target is written once, after the last ("X trained, armed and funded Y",
"X shelled and then stormed Y's positions", "X threatened and later attacked Y"), and
the first verb's own object kept to itself ("X armed Y and attacked Z"). Written for this
round in news, wire and think-tank styles, on conflicts and actors the fresh sample does
not use (the Horn of Africa, the Great Lakes, Myanmar, the Caucasus, Colombia, the Lake
Chad basin, the Afghan-Pakistani border). About a third are built to tempt a wrong row
(``tempt``: an object that names no actor or a place, intransitive verbs, coordinated
verbs with subjects of their own, a first verb with its own object), the rest are
genuine (``genuine``). Expected rows by hand from tests/text/data/ANNOTATION.md (R2, R4
and the round-42 additions to "Passives, coordinated verbs and their agents"):
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. Rows of the types the scorer ignores are
not counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("al_shabaab", "al-Shabaab", "armed_group", "Shabaab", "SOM"),
        ("myanmar", "Myanmar", "state", "Naypyidaw", "MMR"),
        ("kia", "Kachin Independence Army", "armed_group", "KIA", "MMR"),
        ("arakan_army", "Arakan Army", "armed_group", "AA", "MMR"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("nigeria", "Nigeria", "state", "Abuja", "NGA"),
        ("boko_haram", "Boko Haram", "armed_group", "", "NGA"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("drc", "Democratic Republic of Congo", "state", "DRC|Kinshasa", "COD"),
        ("uganda", "Uganda", "state", "Kampala", "UGA"),
        ("adf", "Allied Democratic Forces", "armed_group", "ADF", "COD"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("ttp", "Tehreek-e-Taliban Pakistan", "armed_group", "TTP", "PAK"),
        ("afghanistan", "Afghanistan", "state", "Kabul", "AFG"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("china", "China", "state", "Beijing", "CHN"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, R = "asserted", "planned", "reported"
NONE: set[tuple[str, str, str, str, str]] = set()


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


FINITE, NONFINITE, OWN, UNNAMED, AIMED = "finite", "nonfinite", "own object", "unnamed", "aimed"

CASES = [
    # two or three finite verbs, one object after the last
    (
        FINITE,
        "genuine",
        "Rwanda trained, armed and funded the M23 rebels.",
        row("rwanda", "arms", "m23") | row("rwanda", "funds", "m23"),
    ),
    (FINITE, "genuine", "Eritrea armed and trained the TPLF's rivals for years.", NONE),
    (
        FINITE,
        "genuine",
        "Kenyan troops shelled and then bombed al-Shabaab positions near Kismayo.",
        row("kenya", "attacks", "al_shabaab"),
    ),
    (
        FINITE,
        "genuine",
        "Azerbaijan threatened and later attacked Armenia.",
        row("azerbaijan", "threatens", "armenia") | row("azerbaijan", "attacks", "armenia"),
    ),
    (
        FINITE,
        "genuine",
        "Uganda has equipped and trained the Somali army since 2007.",
        row("uganda", "arms", "somalia"),
    ),
    (
        FINITE,
        "genuine",
        "Venezuela sheltered and financed the ELN, Colombian officials said.",
        row("venezuela", "backs", "eln", R, "colombia")
        | row("venezuela", "funds", "eln", R, "colombia"),
    ),
    (
        FINITE,
        "genuine",
        "Myanmar's military bombed and shelled the Arakan Army for weeks.",
        row("myanmar", "attacks", "arakan_army"),
    ),
    (FINITE, "genuine", "Nigeria condemned and sanctioned Boko Haram's financiers.", NONE),
    (
        FINITE,
        "genuine",
        "Pakistan condemned and criticised Afghanistan over the border attacks.",
        row("pakistan", "opposes", "afghanistan"),
    ),
    (
        FINITE,
        "genuine",
        "India criticised and then sanctioned China.",
        row("india", "opposes", "china") | row("india", "sanctions", "china"),
    ),
    (FINITE, "genuine", "Ethiopia funded, armed and sheltered Eritrean opposition groups.", NONE),
    (
        FINITE,
        "genuine",
        "Uganda supported and equipped the DRC during the war.",
        row("uganda", "backs", "drc") | row("uganda", "arms", "drc"),
    ),
    (
        FINITE,
        "genuine",
        "Kenya backed and later armed Somalia's federal government.",
        row("kenya", "backs", "somalia") | row("kenya", "arms", "somalia"),
    ),
    (
        FINITE,
        "genuine",
        "Al-Shabaab ambushed and killed Kenyan soldiers near the border.",
        row("al_shabaab", "attacks", "kenya"),
    ),
    (
        FINITE,
        "genuine",
        "The TPLF shelled and raided Eritrea in November 2020.",
        row("tplf", "attacks", "eritrea"),
    ),
    (
        FINITE,
        "genuine",
        "Boko Haram attacked and besieged Nigerian army bases in Borno.",
        row("boko_haram", "attacks", "nigeria"),
    ),
    (
        FINITE,
        "genuine",
        "The ADF raided and then torched Ugandan army posts.",
        row("adf", "attacks", "uganda"),
    ),
    (
        FINITE,
        "genuine",
        "Azerbaijan has bombarded and shelled Armenia since September.",
        row("azerbaijan", "attacks", "armenia"),
    ),
    (
        FINITE,
        "genuine",
        "The TTP ambushed, shot and killed Pakistani soldiers in Waziristan.",
        row("ttp", "attacks", "pakistan"),
    ),
    (
        FINITE,
        "genuine",
        "China welcomed and praised Pakistan.",
        row("china", "favours", "pakistan"),
    ),
    (
        FINITE,
        "genuine",
        "Kinshasa denounced and condemned Rwanda at the Security Council.",
        row("drc", "opposes", "rwanda"),
    ),
    (
        FINITE,
        "genuine",
        "Eritrea backed, trained and armed Ethiopia's federal army during the war.",
        row("eritrea", "backs", "ethiopia") | row("eritrea", "arms", "ethiopia"),
    ),
    (
        FINITE,
        "genuine",
        "Kigali financed and equipped the March 23 Movement, a UN report found.",
        row("rwanda", "funds", "m23") | row("rwanda", "arms", "m23"),
    ),
    # gerunds and infinitives sharing an object
    (
        NONFINITE,
        "genuine",
        "Kinshasa accused Kigali of arming and financing M23.",
        row("drc", "opposes", "rwanda")
        | row("rwanda", "arms", "m23", R, "drc")
        | row("rwanda", "funds", "m23", R, "drc"),
    ),
    (
        NONFINITE,
        "genuine",
        "Addis Ababa accused Asmara of training and equipping the TPLF's enemies.",
        row("ethiopia", "opposes", "eritrea"),
    ),
    (
        NONFINITE,
        "genuine",
        "Somalia accused Kenya of arming and sheltering Jubaland's militias.",
        row("somalia", "opposes", "kenya"),
    ),
    (
        NONFINITE,
        "genuine",
        "Bogota accused Caracas of sheltering and funding the ELN.",
        row("colombia", "opposes", "venezuela")
        | row("venezuela", "backs", "eln", R, "colombia")
        | row("venezuela", "funds", "eln", R, "colombia"),
    ),
    (
        NONFINITE,
        "genuine",
        "Islamabad accused Kabul of harbouring and arming the TTP.",
        row("pakistan", "opposes", "afghanistan")
        | row("afghanistan", "backs", "ttp", R, "pakistan")
        | row("afghanistan", "arms", "ttp", R, "pakistan"),
    ),
    (
        NONFINITE,
        "genuine",
        "Kenya vowed to train and equip Somalia's army.",
        row("kenya", "arms", "somalia", P),
    ),
    (
        NONFINITE,
        "genuine",
        "Nigeria pledged to isolate and sanction Boko Haram.",
        row("nigeria", "sanctions", "boko_haram", P),
    ),
    (
        NONFINITE,
        "genuine",
        "Azerbaijan threatened to shell and bomb Armenia.",
        row("azerbaijan", "threatens", "armenia") | row("azerbaijan", "attacks", "armenia", P),
    ),
    (NONFINITE, "genuine", "Eritrea was blamed for arming and training the TPLF's foes.", NONE),
    (
        NONFINITE,
        "genuine",
        "Kampala began arming and training the Somali army in 2007.",
        row("uganda", "arms", "somalia"),
    ),
    (
        NONFINITE,
        "genuine",
        "Kinshasa accused Kigali of backing and arming the rebels of M23.",
        row("drc", "opposes", "rwanda")
        | row("rwanda", "backs", "m23", R, "drc")
        | row("rwanda", "arms", "m23", R, "drc"),
    ),
    (
        NONFINITE,
        "genuine",
        "Myanmar accused China of arming and funding the Arakan Army.",
        row("myanmar", "opposes", "china")
        | row("china", "arms", "arakan_army", R, "myanmar")
        | row("china", "funds", "arakan_army", R, "myanmar"),
    ),
    (
        NONFINITE,
        "genuine",
        "Somalia accused Eritrea of training and then arming al-Shabaab.",
        row("somalia", "opposes", "eritrea") | row("eritrea", "arms", "al_shabaab", R, "somalia"),
    ),
    (
        NONFINITE,
        "genuine",
        "Armenia accused Azerbaijan of shelling and blockading Armenian villages.",
        row("armenia", "opposes", "azerbaijan"),
    ),
    # the first verb's own object is not shared
    (
        OWN,
        "tempt",
        "Rwanda armed M23 and attacked the DRC.",
        row("rwanda", "arms", "m23") | row("rwanda", "attacks", "drc"),
    ),
    (
        OWN,
        "tempt",
        "Eritrea backed Ethiopia and attacked the TPLF.",
        row("eritrea", "backs", "ethiopia") | row("eritrea", "attacks", "tplf"),
    ),
    (
        OWN,
        "tempt",
        "Kenya funded Somalia's army and bombed al-Shabaab.",
        row("kenya", "funds", "somalia") | row("kenya", "attacks", "al_shabaab"),
    ),
    (
        OWN,
        "tempt",
        "Uganda criticised Kinshasa and attacked the ADF.",
        row("uganda", "opposes", "drc") | row("uganda", "attacks", "adf"),
    ),
    (
        OWN,
        "tempt",
        "Pakistan condemned the TTP and praised Afghanistan.",
        row("pakistan", "opposes", "ttp") | row("pakistan", "favours", "afghanistan"),
    ),
    (
        OWN,
        "tempt",
        "Nigeria armed local vigilantes and attacked Boko Haram.",
        row("nigeria", "attacks", "boko_haram"),
    ),
    (
        OWN,
        "tempt",
        "Venezuela criticised Bogota's decision and sheltered the ELN.",
        row("venezuela", "opposes", "colombia") | row("venezuela", "backs", "eln"),
    ),
    (
        OWN,
        "tempt",
        "Azerbaijan condemned the vote and then attacked Armenia.",
        row("azerbaijan", "attacks", "armenia"),
    ),
    # coordinated verbs with subjects of their own
    (OWN, "tempt", "Rwanda denied it and Uganda armed M23.", row("uganda", "arms", "m23")),
    (
        OWN,
        "tempt",
        "Eritrea retreated and Ethiopia attacked the TPLF.",
        row("ethiopia", "attacks", "tplf"),
    ),
    (
        OWN,
        "tempt",
        "Kenya objected, but Somalia backed Ethiopia.",
        row("somalia", "backs", "ethiopia"),
    ),
    (
        OWN,
        "tempt",
        "China hesitated while India sanctioned Pakistan.",
        row("india", "sanctions", "pakistan"),
    ),
    # an object that names no actor, a place, intransitive verbs
    (UNNAMED, "tempt", "Kenya met and thanked its allies in Nairobi.", NONE),
    (UNNAMED, "tempt", "Ethiopia rose and fell in the rankings.", NONE),
    (UNNAMED, "tempt", "Al-Shabaab attacked and captured the town of Bardhere.", NONE),
    (UNNAMED, "tempt", "M23 attacked and seized Goma in January.", NONE),
    (UNNAMED, "tempt", "The KIA advanced and then withdrew from the hills.", NONE),
    (UNNAMED, "tempt", "Armenia condemned and rejected the ruling.", NONE),
    (UNNAMED, "tempt", "Pakistan bombed and shelled mountain hideouts in Kunar.", NONE),
    (UNNAMED, "tempt", "Boko Haram attacked and burned villages in Borno.", NONE),
    (UNNAMED, "tempt", "Uganda trained and deployed troops along the border.", NONE),
    (UNNAMED, "tempt", "Colombia criticised and then signed the agreement.", NONE),
    (UNNAMED, "tempt", "Somalia welcomed and praised the ceasefire.", NONE),
    (UNNAMED, "tempt", "The Arakan Army attacked and overran the town of Paletwa.", NONE),
    (UNNAMED, "tempt", "Nigeria recruited and armed thousands of vigilantes.", NONE),
    (UNNAMED, "tempt", "Eritrea mobilised and retreated within a week.", NONE),
    (UNNAMED, "tempt", "Azerbaijan fought and won the war in 2020.", NONE),
    (UNNAMED, "tempt", "India watched and waited as China built roads.", NONE),
    (UNNAMED, "tempt", "Myanmar's junta arrested and jailed journalists.", NONE),
    (UNNAMED, "tempt", "Azerbaijan threatened to shell and bomb Armenian towns.", NONE),
    (
        NONFINITE,
        "genuine",
        "Nigeria threatened to bomb and raid Boko Haram camps.",
        row("nigeria", "threatens", "boko_haram") | row("nigeria", "attacks", "boko_haram", P),
    ),
    (
        NONFINITE,
        "genuine",
        "Kenya threatened to strike and pound al-Shabaab.",
        row("kenya", "threatens", "al_shabaab") | row("kenya", "attacks", "al_shabaab", P),
    ),
    (UNNAMED, "tempt", "Uganda threatened to resign and leave the talks.", NONE),
    (UNNAMED, "tempt", "Pakistan threatened to shell and bomb the hideouts.", NONE),
    (
        FINITE,
        "genuine",
        "Ethiopia shelled and bombed Tigray People's Liberation Front positions.",
        row("ethiopia", "attacks", "tplf"),
    ),
    # a hostile first verb shares what the last verb's act is aimed at
    (
        AIMED,
        "genuine",
        "Eritrea's navy blocked and fired water cannon at Ethiopian ships.",
        row("eritrea", "coerces", "ethiopia") | row("eritrea", "attacks", "ethiopia"),
    ),
    (
        AIMED,
        "genuine",
        "India blocked and fired shots at Chinese patrols near the lake.",
        row("india", "coerces", "china") | row("india", "attacks", "china"),
    ),
    (
        AIMED,
        "genuine",
        "Kenya condemned and fired missiles at al-Shabaab.",
        row("kenya", "opposes", "al_shabaab") | row("kenya", "attacks", "al_shabaab"),
    ),
    (
        AIMED,
        "genuine",
        "Somalia's army harassed and then shot at Kenyan soldiers.",
        row("somalia", "coerces", "kenya") | row("somalia", "attacks", "kenya"),
    ),
    (AIMED, "tempt", "Pakistan armed and sent fighters against India.", NONE),
    (AIMED, "tempt", "Colombia condemned and shot at the drones.", NONE),
]
