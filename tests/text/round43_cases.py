"""The sentences of the round-43 audit (issue 16; BASELINE.md, round 43): a participle
(-ing or -ed) that modifies a noun and says what that noun did or had done to it ("footage
showing Russian troops shelling Ukrainian positions", "drones launched by X at Y", "a convoy
carrying X's weapons to Y", "jets bombing Z camps"): the doer is the modified noun, or its
owner by a possessive or a demonym (R1, R6). Written for this round in news, wire and
think-tank styles, on conflicts and actors the fresh sample does not use (Ukraine, the
Caucasus, Kashmir, the Horn of Africa, the Great Lakes, the Sahel, the Korean peninsula,
Colombia, Kurdistan). About a third are built to tempt a wrong row (``tempt``: a participle
on a thing with no act on an actor, "troops stationed in X", "a plan calling for talks",
"a ship carrying grain to X", people of a nationality who are no actor), the rest are
genuine (``genuine``). Expected rows by hand from tests/text/data/ANNOTATION.md:
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. Rows of the types the scorer ignores are not
counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("russia", "Russia", "state", "Moscow|Kremlin", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|Congo|Kinshasa", "COD"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM", "MLI"),
        ("north_korea", "North Korea", "state", "Pyongyang|DPRK", "PRK"),
        ("south_korea", "South Korea", "state", "Seoul", "KOR"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("turkey", "Turkey", "state", "Ankara|Türkiye", "TUR"),
        ("pkk", "Kurdistan Workers' Party", "armed_group", "PKK", "TUR"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("al_shabaab", "al-Shabaab", "armed_group", "Shabaab", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("uganda", "Uganda", "state", "Kampala", "UGA"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = "asserted"
R = "reported"

CASES = [
    # -- genuine: an -ing participle on a noun whose owner does the act
    (
        "ing",
        "genuine",
        "Kyiv released footage of Russian troops shelling Ukrainian positions near Bakhmut.",
        {("russia", "attacks", "ukraine", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Ukraine published a video of its drones striking Russian positions in Kherson.",
        {("ukraine", "attacks", "russia", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Armenia released a video of Azerbaijani troops shelling Armenian villages.",
        set(),
    ),
    (
        "ing",
        "genuine",
        "Yerevan shared images of Azerbaijan's drones striking Armenian army posts.",
        {("azerbaijan", "attacks", "armenia", A, "")},
    ),
    (
        "ing",
        "genuine",
        "India released footage of its jets striking Pakistani positions"
        " across the line of control.",
        {("india", "attacks", "pakistan", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Islamabad showed images of Indian artillery shelling Pakistani posts in Kashmir.",
        {("india", "attacks", "pakistan", A, "")},
    ),
    (
        "ing",
        "genuine",
        "The report cited satellite images of Eritrean troops fighting alongside"
        " Ethiopian forces in Tigray.",
        {("eritrea", "cooperates_with", "ethiopia", A, "")},
    ),
    (
        "ing",
        "genuine",
        "UN experts documented Rwandan soldiers fighting alongside M23 in North Kivu.",
        {("m23", "cooperates_with", "rwanda", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Kinshasa published photos of Rwandan troops fighting alongside the M23.",
        {("m23", "cooperates_with", "rwanda", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Seoul released a video of North Korean soldiers firing at South Korean guard posts.",
        {("north_korea", "attacks", "south_korea", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Bogota released footage of ELN fighters attacking Colombian army posts in Arauca.",
        {("eln", "attacks", "colombia", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Ankara released images of its jets bombing PKK camps in northern Iraq.",
        {("turkey", "attacks", "pkk", A, "")},
    ),
    (
        "ing",
        "genuine",
        "The ministry showed footage of Turkish jets bombing PKK camps in the Qandil mountains.",
        {("turkey", "attacks", "pkk", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Mogadishu released a video of its troops attacking al-Shabaab positions near Jowhar.",
        {("somalia", "attacks", "al_shabaab", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Bamako aired footage of Malian soldiers attacking JNIM fighters near Mopti.",
        {("mali", "attacks", "jnim", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Kyiv shared a video of its navy drone hitting a Russian warship.",
        {("ukraine", "attacks", "russia", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Kenya published footage of its aircraft bombing al-Shabaab bases in Gedo.",
        {("kenya", "attacks", "al_shabaab", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Photos of Ugandan troops pounding M23 positions circulated on Monday.",
        {("uganda", "attacks", "m23", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Ethiopia released a video of its drones striking TPLF positions near Mekelle.",
        {("ethiopia", "attacks", "tplf", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Footage showing Russian jets bombing Ukrainian positions was shared widely.",
        {("russia", "attacks", "ukraine", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Footage showing Azerbaijani artillery shelling Armenian positions appeared online.",
        {("azerbaijan", "attacks", "armenia", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Reports of Rwandan soldiers fighting alongside the M23 angered Kinshasa.",
        {("m23", "cooperates_with", "rwanda", R, "")},
    ),
    (
        "ing",
        "genuine",
        "Footage of Pakistani soldiers firing at Indian posts was aired on Tuesday.",
        {("pakistan", "attacks", "india", A, "")},
    ),
    (
        "ing",
        "genuine",
        "The army released a video of its gunboats firing on ELN boats on the Arauca river.",
        set(),
    ),
    (
        "ing",
        "genuine",
        "Seoul published images of North Korea's soldiers firing on its guard posts.",
        {("north_korea", "attacks", "south_korea", A, "")},
    ),
    (
        "ing",
        "genuine",
        "A video of Azerbaijani soldiers attacking Armenian positions was released by Yerevan.",
        {("azerbaijan", "attacks", "armenia", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Kyiv said it had footage of Belarusian troops fighting alongside Russian forces.",
        {("belarus", "cooperates_with", "russia", R, "ukraine")},
    ),
    (
        "ing",
        "genuine",
        "Ethiopia showed images of Eritrean soldiers attacking TPLF positions.",
        {("eritrea", "attacks", "tplf", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Turkey released footage of PKK militants attacking Turkish soldiers.",
        {("pkk", "attacks", "turkey", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Mali released images of JNIM fighters attacking Malian soldiers in Boulkessi.",
        {("jnim", "attacks", "mali", A, "")},
    ),
    (
        "ing",
        "genuine",
        "South Korea showed footage of North Korean troops shelling South Korean islands.",
        set(),
    ),
    (
        "ing",
        "genuine",
        "Officials showed a video of al-Shabaab fighters attacking Kenyan troops in Lamu.",
        {("al_shabaab", "attacks", "kenya", A, "")},
    ),
    (
        "ing",
        "genuine",
        "India released images of Pakistani drones striking Indian positions.",
        {("pakistan", "attacks", "india", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Ukraine's military released footage of its artillery shelling Russian positions.",
        {("ukraine", "attacks", "russia", A, "")},
    ),
    (
        "ing",
        "genuine",
        "Congo showed photos of M23 fighters attacking Congolese soldiers near Goma.",
        {("m23", "attacks", "drc", A, "")},
    ),
    # -- genuine: an -ed participle on a noun with its doer by "by"
    (
        "ed",
        "genuine",
        "Drones launched by Russia at Ukrainian cities were downed overnight.",
        set(),
    ),
    (
        "ed",
        "genuine",
        "Missiles launched by Russia at Ukraine struck Kyiv overnight.",
        {("russia", "attacks", "ukraine", A, "")},
    ),
    (
        "ed",
        "genuine",
        "Rockets fired by the M23 at Congolese positions killed three soldiers.",
        {("m23", "attacks", "drc", A, "")},
    ),
    ("ed", "genuine", "Shells fired by Azerbaijan at Armenian villages damaged homes.", set()),
    (
        "ed",
        "genuine",
        "Shells fired by Azerbaijani troops at Armenian positions killed two soldiers.",
        {("azerbaijan", "attacks", "armenia", A, "")},
    ),
    (
        "ed",
        "genuine",
        "Airstrikes carried out by Turkey on PKK positions killed several militants.",
        {("turkey", "attacks", "pkk", A, "")},
    ),
    (
        "ed",
        "genuine",
        "Weapons supplied by Russia to Belarus were moved to the border.",
        {("russia", "arms", "belarus", A, "")},
    ),
    (
        "ed",
        "genuine",
        "Weapons delivered by Rwanda to the M23 were found near Goma.",
        {("rwanda", "arms", "m23", A, "")},
    ),
    # -- genuine: a convoy or ship carrying an actor's weapons to another
    (
        "carry",
        "genuine",
        "A convoy carrying Rwandan weapons to the M23 was seized near Rutshuru.",
        {("rwanda", "arms", "m23", A, "")},
    ),
    (
        "carry",
        "genuine",
        "Congolese troops stopped trucks carrying Rwandan weapons to M23 rebels.",
        {("rwanda", "arms", "m23", A, "")},
    ),
    (
        "carry",
        "genuine",
        "A ship carrying North Korean weapons to Russia was tracked by Seoul.",
        {("north_korea", "arms", "russia", A, "")},
    ),
    (
        "carry",
        "genuine",
        "Trains carrying North Korean shells to Russia crossed the border.",
        {("north_korea", "arms", "russia", A, "")},
    ),
    # -- tempting: no act on an actor, no relation type, no actor doer
    ("tempt", "tempt", "Kyiv released a video showing the damage in Odesa.", set()),
    ("tempt", "tempt", "French troops stationed in Mali left last year.", set()),
    ("tempt", "tempt", "Russian troops stationed in Belarus held drills.", set()),
    ("tempt", "tempt", "Egypt welcomed a plan calling for talks on the dam.", set()),
    ("tempt", "tempt", "A ship carrying grain to Egypt left Odesa on Monday.", set()),
    ("tempt", "tempt", "A Ukrainian ship carrying grain to Egypt left Odesa on Monday.", set()),
    ("tempt", "tempt", "Kenya released a video showing its troops patrolling the border.", set()),
    (
        "tempt",
        "tempt",
        "Footage showing Ukrainian farmers harvesting wheat was shared online.",
        set(),
    ),
    ("tempt", "tempt", "Photos of Armenian refugees fleeing Karabakh moved many.", set()),
    (
        "tempt",
        "tempt",
        "A report describing Russian losses in Bakhmut was published on Friday.",
        set(),
    ),
    ("tempt", "tempt", "Images of Indian soldiers celebrating Diwali went viral.", set()),
    ("tempt", "tempt", "The UN issued a statement calling for calm in Kashmir.", set()),
    ("tempt", "tempt", "A convoy carrying food to Tigray reached Mekelle.", set()),
    ("tempt", "tempt", "Trucks carrying aid to Goma were stuck at the border.", set()),
    ("tempt", "tempt", "Somali officials attending the summit in Nairobi left early.", set()),
    ("tempt", "tempt", "Soldiers wounded in the fighting near Bakhmut were flown to Kyiv.", set()),
    ("tempt", "tempt", "Eritrean refugees living in Ethiopia fear deportation.", set()),
    (
        "tempt",
        "tempt",
        "A video showing a Russian tank burning was shared by Ukrainian officials.",
        set(),
    ),
    ("tempt", "tempt", "Kenyan peacekeepers serving in Somalia returned home.", set()),
    ("tempt", "tempt", "A ship flying the Russian flag docked in Port Sudan.", set()),
    ("tempt", "tempt", "Colombian soldiers guarding the pipeline were ambushed.", set()),
    (
        "tempt",
        "tempt",
        "Footage of Pakistani fans cheering the Indian team surprised viewers.",
        set(),
    ),
    ("tempt", "tempt", "Turkish engineers building the bridge in Somalia were evacuated.", set()),
    (
        "tempt",
        "tempt",
        "Armenian families living near the Azerbaijani border were evacuated.",
        set(),
    ),
]
