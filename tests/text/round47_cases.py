"""The sentences of the round-47 audit (issue 16; BASELINE.md, round 47): act and deal
nouns with their doer in a participle's "by" phrase ("the attack perpetrated by X against
Y", "an offensive launched by X", "a truce brokered by C between A and B") or in a hyphened
compound ("an Azerbaijani-launched offensive", "Kenyan-mediated talks between A and B").
Written for this round on conflicts and actors the fresh sample does not use (Nigeria and
Boko Haram, Mali and JNIM, the DR Congo, Rwanda and the M23, Pakistan and the TTP, Armenia
and Azerbaijan, Ethiopia and the TPLF, Colombia and the ELN, the Philippines, the MILF and
Abu Sayyaf). About a third built to tempt a wrong row (``tempt``: an act claimed by nobody
or done by unnamed gunmen, a truce brokered in a place, a maker's compound, "made" or
"built", a mediated process or summit with no parties, a "by" phrase of a participle that
is no doing, a town as target); the rest genuine. Expected rows by hand from
tests/text/data/ANNOTATION.md (R2, R3 and its round-47 additions, R4, R6):
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("nigeria", "Nigeria", "state", "Abuja", "NGA"),
        ("boko_haram", "Boko Haram", "armed_group", "", "NGA"),
        ("iswap", "Islamic State West Africa Province", "armed_group", "ISWAP", "NGA"),
        ("cameroon", "Cameroon", "state", "Yaounde", "CMR"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM", "MLI"),
        ("cma", "Coordination of Azawad Movements", "armed_group", "CMA", "MLI"),
        ("algeria", "Algeria", "state", "Algiers", "DZA"),
        ("france", "France", "state", "Paris", "FRA"),
        ("dr_congo", "Democratic Republic of the Congo", "state", "DR Congo|Kinshasa", "COD"),
        ("m23", "M23", "armed_group", "M23 rebels", "COD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("angola", "Angola", "state", "Luanda", "AGO"),
        ("uganda", "Uganda", "state", "Kampala", "UGA"),
        ("adf", "Allied Democratic Forces", "armed_group", "ADF", "COD"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP", "PAK"),
        ("afghanistan", "Afghanistan", "state", "Kabul", "AFG"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("south_africa", "South Africa", "state", "Pretoria", "ZAF"),
        ("al_shabaab", "Al-Shabaab", "armed_group", "al-Shabaab", "SOM"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("norway", "Norway", "state", "Oslo", "NOR"),
        ("cuba", "Cuba", "state", "Havana", "CUB"),
        ("philippines", "Philippines", "state", "Manila", "PHL"),
        ("abu_sayyaf", "Abu Sayyaf", "armed_group", "", "PHL"),
        ("milf", "Moro Islamic Liberation Front", "armed_group", "MILF", "PHL"),
        ("malaysia", "Malaysia", "state", "Kuala Lumpur", "MYS"),
        ("mozambique", "Mozambique", "state", "Maputo", "MOZ"),
        ("is_mozambique", "Islamic State Mozambique", "armed_group", "", "MOZ"),
        ("african_union", "African Union", "organisation", "AU", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

CASES = [
    (
        "participle_by",
        "genuine",
        "The ambush carried out by Boko Haram on Nigerian troops near Maiduguri killed "
        "nine soldiers.",
        {
            ("boko_haram", "attacks", "nigeria", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "The attack perpetrated by JNIM against the Malian army in Boulkessi left dozens dead.",
        {
            ("jnim", "attacks", "mali", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "An offensive launched by the M23 against Congolese forces in North Kivu "
        "displaced thousands.",
        {
            ("m23", "attacks", "dr_congo", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "Raids conducted by Pakistani forces on TTP hideouts continued through the week.",
        {
            ("pakistan", "attacks", "ttp", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "Strikes carried out by Azerbaijan on Armenian positions were reported on Tuesday.",
        {
            ("azerbaijan", "attacks", "armenia", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "The bombing carried out by Abu Sayyaf against Philippine soldiers in Jolo was condemned.",
        {
            ("abu_sayyaf", "attacks", "philippines", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "A raid mounted by the ELN on a Colombian army base in Arauca killed two soldiers.",
        {
            ("eln", "attacks", "colombia", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "The attacks perpetrated by the TTP against Pakistani police have risen sharply.",
        {
            ("ttp", "attacks", "pakistan", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "Officials described an ambush staged by ISWAP on Nigerian soldiers in Borno.",
        {
            ("iswap", "attacks", "nigeria", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "The offensive waged by the TPLF against Eritrean forces stalled in the north.",
        {
            ("tplf", "attacks", "eritrea", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "Witnesses described strikes launched by Ethiopia on TPLF positions near Mekelle.",
        {
            ("ethiopia", "attacks", "tplf", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "The Malian government condemned the attack carried out by JNIM on its troops.",
        {
            ("jnim", "attacks", "mali", "asserted", ""),
            ("mali", "opposes", "jnim", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "Dozens died in an attack carried out by Boko Haram against Cameroonian soldiers.",
        {
            ("boko_haram", "attacks", "cameroon", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "The raid carried out by Colombian troops against an ELN camp killed its commander.",
        {
            ("colombia", "attacks", "eln", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "A new offensive launched by Azerbaijan against Armenia in September drew protests.",
        {
            ("azerbaijan", "attacks", "armenia", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "Analysts said the strikes conducted by Rwanda against Congolese army positions "
        "were deliberate.",
        {
            ("rwanda", "attacks", "dr_congo", "asserted", ""),
        },
    ),
    (
        "participle_by",
        "genuine",
        "The attack launched by the ADF on Ugandan troops came a week later.",
        {
            ("adf", "attacks", "uganda", "asserted", ""),
        },
    ),
    (
        "tempt_town",
        "tempt",
        "Mozambique condemned the attack perpetrated by Islamic State Mozambique on Palma.",
        {
            ("mozambique", "opposes", "is_mozambique", "asserted", ""),
        },
    ),
    (
        "participle_mediation",
        "genuine",
        "A deal mediated by Norway between Colombia and the ELN was signed in Havana.",
        {
            ("colombia", "agrees_with", "eln", "asserted", ""),
            ("colombia", "consults", "norway", "asserted", ""),
            ("eln", "agrees_with", "colombia", "asserted", ""),
            ("eln", "consults", "norway", "asserted", ""),
        },
    ),
    (
        "participle_mediation",
        "genuine",
        "The truce brokered by Angola between the DR Congo and Rwanda held for a week.",
        {
            ("angola", "consults", "dr_congo", "asserted", ""),
            ("angola", "consults", "rwanda", "asserted", ""),
            ("dr_congo", "agrees_with", "rwanda", "asserted", ""),
            ("rwanda", "agrees_with", "dr_congo", "asserted", ""),
        },
    ),
    (
        "participle_mediation",
        "genuine",
        "Talks facilitated by Malaysia between the Philippines and the MILF resumed in "
        "Kuala Lumpur.",
        {
            ("malaysia", "consults", "milf", "asserted", ""),
            ("malaysia", "consults", "philippines", "asserted", ""),
            ("milf", "consults", "philippines", "asserted", ""),
        },
    ),
    (
        "participle_mediation",
        "genuine",
        "The agreement brokered by Kenya between Ethiopia and the TPLF ended two years of war.",
        {
            ("ethiopia", "agrees_with", "tplf", "asserted", ""),
            ("ethiopia", "consults", "kenya", "asserted", ""),
            ("kenya", "consults", "tplf", "asserted", ""),
            ("tplf", "agrees_with", "ethiopia", "asserted", ""),
        },
    ),
    (
        "participle_mediation",
        "genuine",
        "Negotiations hosted by Cuba between Colombia and the ELN resumed in March.",
        {
            ("colombia", "consults", "cuba", "asserted", ""),
            ("colombia", "consults", "eln", "asserted", ""),
            ("cuba", "consults", "eln", "asserted", ""),
        },
    ),
    (
        "participle_mediation",
        "genuine",
        "A ceasefire mediated by Russia between Armenia and Azerbaijan ended the 2020 war.",
        {
            ("armenia", "agrees_with", "azerbaijan", "asserted", ""),
            ("armenia", "consults", "russia", "asserted", ""),
            ("azerbaijan", "agrees_with", "armenia", "asserted", ""),
            ("azerbaijan", "consults", "russia", "asserted", ""),
        },
    ),
    (
        "participle_mediation",
        "genuine",
        "The accord brokered by Algeria between Mali and the CMA collapsed in 2023.",
        {
            ("algeria", "consults", "cma", "asserted", ""),
            ("algeria", "consults", "mali", "asserted", ""),
            ("cma", "agrees_with", "mali", "ended", ""),
            ("mali", "agrees_with", "cma", "ended", ""),
        },
    ),
    (
        "compound_mediation",
        "genuine",
        "Norwegian-mediated talks between Colombia and the ELN resumed in Caracas.",
        {
            ("colombia", "consults", "eln", "asserted", ""),
            ("colombia", "consults", "norway", "asserted", ""),
            ("eln", "consults", "norway", "asserted", ""),
        },
    ),
    (
        "compound_mediation",
        "genuine",
        "The Angolan-brokered truce between the DR Congo and Rwanda collapsed within days.",
        {
            ("angola", "consults", "dr_congo", "asserted", ""),
            ("angola", "consults", "rwanda", "asserted", ""),
            ("dr_congo", "agrees_with", "rwanda", "ended", ""),
            ("rwanda", "agrees_with", "dr_congo", "ended", ""),
        },
    ),
    (
        "compound_mediation",
        "genuine",
        "A Malaysian-facilitated agreement between the Philippines and the MILF was "
        "signed in 2014.",
        {
            ("malaysia", "consults", "milf", "asserted", ""),
            ("malaysia", "consults", "philippines", "asserted", ""),
            ("milf", "agrees_with", "philippines", "asserted", ""),
            ("philippines", "agrees_with", "milf", "asserted", ""),
        },
    ),
    (
        "compound_mediation",
        "genuine",
        "Kenyan-hosted talks between Ethiopia and the TPLF opened in Nairobi.",
        {
            ("ethiopia", "consults", "kenya", "asserted", ""),
            ("ethiopia", "consults", "tplf", "asserted", ""),
            ("kenya", "consults", "tplf", "asserted", ""),
        },
    ),
    (
        "compound_mediation",
        "genuine",
        "The Russian-brokered ceasefire between Armenia and Azerbaijan took effect at midnight.",
        {
            ("armenia", "agrees_with", "azerbaijan", "asserted", ""),
            ("armenia", "consults", "russia", "asserted", ""),
            ("azerbaijan", "agrees_with", "armenia", "asserted", ""),
            ("azerbaijan", "consults", "russia", "asserted", ""),
        },
    ),
    (
        "compound_mediation",
        "genuine",
        "The recently Algerian-brokered accord between Mali and the CMA was suspended.",
        {
            ("algeria", "consults", "cma", "asserted", ""),
            ("algeria", "consults", "mali", "asserted", ""),
            ("cma", "agrees_with", "mali", "ended", ""),
            ("mali", "agrees_with", "cma", "ended", ""),
        },
    ),
    (
        "compound_mediation",
        "genuine",
        "Cuban-hosted negotiations between Colombia and the ELN stalled over kidnappings.",
        {
            ("colombia", "consults", "cuba", "asserted", ""),
            ("colombia", "consults", "eln", "asserted", ""),
            ("cuba", "consults", "eln", "asserted", ""),
        },
    ),
    (
        "compound_mediation",
        "genuine",
        "A Norway-brokered deal between Colombia and the ELN raised hopes of peace.",
        {
            ("colombia", "agrees_with", "eln", "asserted", ""),
            ("colombia", "consults", "norway", "asserted", ""),
            ("eln", "agrees_with", "colombia", "asserted", ""),
            ("eln", "consults", "norway", "asserted", ""),
        },
    ),
    (
        "compound_mediation",
        "genuine",
        "Angola-mediated talks between Kinshasa and Kigali ended without agreement.",
        {
            ("angola", "consults", "dr_congo", "asserted", ""),
            ("angola", "consults", "rwanda", "asserted", ""),
            ("dr_congo", "consults", "rwanda", "asserted", ""),
        },
    ),
    (
        "compound_mediation",
        "genuine",
        "The South African-brokered deal between Ethiopia and the TPLF silenced the guns "
        "in Tigray.",
        {
            ("ethiopia", "agrees_with", "tplf", "asserted", ""),
            ("ethiopia", "consults", "south_africa", "asserted", ""),
            ("south_africa", "consults", "tplf", "asserted", ""),
            ("tplf", "agrees_with", "ethiopia", "asserted", ""),
        },
    ),
    (
        "compound_mediation",
        "genuine",
        "Diplomats praised the Kenyan-mediated ceasefire between Ethiopia and the TPLF.",
        {
            ("ethiopia", "agrees_with", "tplf", "asserted", ""),
            ("ethiopia", "consults", "kenya", "asserted", ""),
            ("kenya", "consults", "tplf", "asserted", ""),
            ("tplf", "agrees_with", "ethiopia", "asserted", ""),
        },
    ),
    (
        "compound_act",
        "genuine",
        "A Rwandan-backed offensive by the M23 against Congolese troops seized Goma.",
        {
            ("m23", "attacks", "dr_congo", "asserted", ""),
        },
    ),
    (
        "compound_act",
        "genuine",
        "The Azerbaijani-launched offensive against Armenian positions lasted a day.",
        {
            ("azerbaijan", "attacks", "armenia", "asserted", ""),
        },
    ),
    (
        "compound_act",
        "genuine",
        "A Pakistani-led raid on TTP hideouts killed eleven militants.",
        {
            ("pakistan", "attacks", "ttp", "asserted", ""),
        },
    ),
    (
        "compound_act",
        "genuine",
        "An Ethiopian-conducted strike on TPLF positions killed civilians in Mekelle.",
        {
            ("ethiopia", "attacks", "tplf", "asserted", ""),
        },
    ),
    (
        "compound_act",
        "genuine",
        "The Boko Haram-perpetrated attack on Nigerian troops was the deadliest this year.",
        {
            ("boko_haram", "attacks", "nigeria", "asserted", ""),
        },
    ),
    (
        "tempt_place",
        "tempt",
        "A Sahel-launched campaign on social media targeted Malian voters.",
        set(),
    ),
    (
        "compound_act",
        "genuine",
        "The Colombian-led raid against the ELN camp lasted two hours.",
        {
            ("colombia", "attacks", "eln", "asserted", ""),
        },
    ),
    (
        "compound_act",
        "genuine",
        "The Abu Sayyaf-perpetrated bombing against Philippine troops in Jolo killed five.",
        {
            ("abu_sayyaf", "attacks", "philippines", "asserted", ""),
        },
    ),
    (
        "compound_act",
        "genuine",
        "The Azerbaijani-conducted strikes on Armenia lasted two days.",
        {
            ("azerbaijan", "attacks", "armenia", "asserted", ""),
        },
    ),
    (
        "compound_act",
        "genuine",
        "An ISWAP-led attack on Nigerian soldiers overran the base.",
        {
            ("iswap", "attacks", "nigeria", "asserted", ""),
        },
    ),
    (
        "compound_act",
        "genuine",
        "The TTP-launched assault on Pakistani police in Bannu lasted a night.",
        {
            ("ttp", "attacks", "pakistan", "asserted", ""),
        },
    ),
    (
        "compound_act",
        "genuine",
        "Kenyan-led strikes on Al-Shabaab camps intensified in December.",
        {
            ("kenya", "attacks", "al_shabaab", "asserted", ""),
        },
    ),
    (
        "tempt_nobody",
        "tempt",
        "An attack claimed by nobody killed six Malian soldiers near Mopti.",
        set(),
    ),
    (
        "tempt_nobody",
        "tempt",
        "The raid, carried out by unidentified gunmen against Nigerian troops, killed four.",
        set(),
    ),
    (
        "tempt_nobody",
        "tempt",
        "The bombing, perpetrated by unknown assailants, destroyed a market in Jolo.",
        set(),
    ),
    (
        "tempt_nobody",
        "tempt",
        "An offensive launched by forces nobody has identified hit Armenian villages.",
        set(),
    ),
    (
        "tempt_place",
        "tempt",
        "A truce brokered in Nairobi between Ethiopia and the TPLF held for months.",
        {
            ("ethiopia", "agrees_with", "tplf", "asserted", ""),
            ("tplf", "agrees_with", "ethiopia", "asserted", ""),
        },
    ),
    (
        "tempt_place",
        "tempt",
        "The deal mediated in Havana between Colombia and the ELN was signed in 2016.",
        {
            ("colombia", "agrees_with", "eln", "asserted", ""),
            ("eln", "agrees_with", "colombia", "asserted", ""),
        },
    ),
    (
        "tempt_place",
        "tempt",
        "Talks hosted in Luanda between the DR Congo and Rwanda ended without a deal.",
        {
            ("dr_congo", "consults", "rwanda", "asserted", ""),
        },
    ),
    (
        "tempt_place",
        "tempt",
        "A Doha-hosted summit on climate finance drew forty delegations.",
        set(),
    ),
    (
        "tempt_place",
        "tempt",
        "The Havana-brokered accord was hailed by the church.",
        set(),
    ),
    (
        "tempt_maker",
        "tempt",
        "Azerbaijan used Israeli-made drones in its offensive against Armenia.",
        {
            ("azerbaijan", "attacks", "armenia", "asserted", ""),
        },
    ),
    (
        "tempt_maker",
        "tempt",
        "The M23 fired Russian-made rockets on Congolese positions.",
        {
            ("m23", "attacks", "dr_congo", "asserted", ""),
        },
    ),
    (
        "tempt_maker",
        "tempt",
        "Chinese-built drones struck TPLF positions near Mekelle.",
        set(),
    ),
    (
        "tempt_maker",
        "tempt",
        "Pakistan hit TTP hideouts with Chinese-made jets.",
        {
            ("pakistan", "attacks", "ttp", "asserted", ""),
        },
    ),
    (
        "tempt_maker",
        "tempt",
        "A Turkish-built dam in Ethiopia angered Egypt's neighbours downstream.",
        set(),
    ),
    (
        "tempt_maker",
        "tempt",
        "Israeli-made drones struck Armenian positions near Lachin.",
        set(),
    ),
    (
        "tempt_noparty",
        "tempt",
        "The Norway-brokered talks produced no statement.",
        set(),
    ),
    (
        "tempt_noparty",
        "tempt",
        "A Kenyan-hosted summit on climate finance opened in Nairobi.",
        set(),
    ),
    (
        "tempt_noparty",
        "tempt",
        "The Angolan-mediated process stalled last year.",
        set(),
    ),
    (
        "tempt_noparty",
        "tempt",
        "A Malaysian-facilitated workshop on peacebuilding ended on Friday.",
        set(),
    ),
    (
        "tempt_noparty",
        "tempt",
        "The Cuban-hosted conference on sugar prices ended on Friday.",
        set(),
    ),
    (
        "tempt_byother",
        "tempt",
        "The attack on Malian troops was condemned by France.",
        set(),
    ),
    (
        "tempt_byother",
        "tempt",
        "The offensive against the M23 was reported by Rwanda's state media.",
        set(),
    ),
    (
        "tempt_byother",
        "tempt",
        "A raid on an ELN camp, filmed by Colombian journalists, went viral.",
        set(),
    ),
    (
        "tempt_byother",
        "tempt",
        "The strikes on TTP hideouts, welcomed by Afghanistan's neighbours, drew no reply.",
        set(),
    ),
    (
        "tempt_byother",
        "tempt",
        "The ambush on Nigerian troops was investigated by the African Union.",
        set(),
    ),
    (
        "tempt_byother",
        "tempt",
        "The offensive against the TPLF, documented by Amnesty International, displaced thousands.",
        set(),
    ),
]
