"""The sentences of the round-37 audit (issue 16; BASELINE.md, round 37): memberships and
coalitions named by a collective noun and a list ("made up of", "composed of",
"comprising", "consisting of", "an alliance of/between", "a coalition including", "whose
members include", "X, Y and Z, all members of W"), by "affiliate", "branch" or "wing" with
a possessor, and by appositive lists. Written for this round in news, wire and think-tank
styles, on conflicts and actors the fresh sample does not use (Iraq's militias, the Congo
and its neighbours, the Philippines, Colombia, Kashmir and Pakistan, NATO, the CSTO, BRICS
and the Islamic State's provinces). About a third are built to tempt a wrong row
(``tempt``: an unnamed coalition, force or committee made of actors, a list of places or
states that forms no actor, demonyms of fighters, "made up of volunteers", "members of
parliament"), the rest are genuine (``genuine``). Expected rows by hand from
tests/text/data/ANNOTATION.md (R2 ``member_of``: a part, branch, wing, affiliate or member
of the target, or a state contributing troops to its mission; round-37 additions in R2):
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("nato", "NATO", "organisation", "North Atlantic Treaty Organization", ""),
        ("poland", "Poland", "state", "", "POL"),
        ("lithuania", "Lithuania", "state", "", "LTU"),
        ("latvia", "Latvia", "state", "", "LVA"),
        ("estonia", "Estonia", "state", "", "EST"),
        ("norway", "Norway", "state", "", "NOR"),
        ("finland", "Finland", "state", "", "FIN"),
        ("sweden", "Sweden", "state", "", "SWE"),
        ("csto", "Collective Security Treaty Organization", "organisation", "CSTO", ""),
        ("russia", "Russia", "state", "", "RUS"),
        ("armenia", "Armenia", "state", "", "ARM"),
        ("belarus", "Belarus", "state", "", "BLR"),
        ("kazakhstan", "Kazakhstan", "state", "", "KAZ"),
        ("kyrgyzstan", "Kyrgyzstan", "state", "", "KGZ"),
        ("tajikistan", "Tajikistan", "state", "", "TJK"),
        ("brics", "BRICS", "organisation", "", ""),
        ("brazil", "Brazil", "state", "", "BRA"),
        ("india", "India", "state", "", "IND"),
        ("china", "China", "state", "", "CHN"),
        ("south_africa", "South Africa", "state", "", "ZAF"),
        ("sadc", "Southern African Development Community", "organisation", "SADC", ""),
        ("malawi", "Malawi", "state", "", "MWI"),
        ("tanzania", "Tanzania", "state", "", "TZA"),
        ("eac", "East African Community", "organisation", "EAC", ""),
        ("kenya", "Kenya", "state", "", "KEN"),
        ("uganda", "Uganda", "state", "", "UGA"),
        ("burundi", "Burundi", "state", "", "BDI"),
        ("rwanda", "Rwanda", "state", "", "RWA"),
        ("south_sudan", "South Sudan", "state", "", "SSD"),
        ("drc", "Democratic Republic of the Congo", "state", "DRC", "COD"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("afc", "Alliance Fleuve Congo", "armed_group", "AFC", "COD"),
        ("adf", "Allied Democratic Forces", "armed_group", "ADF", "COD"),
        ("pmf", "Popular Mobilization Forces", "armed_group", "PMF", "IRQ"),
        ("kataib_hezbollah", "Kataib Hezbollah", "armed_group", "KH", "IRQ"),
        ("nujaba", "Harakat al-Nujaba", "armed_group", "", "IRQ"),
        ("irq_resistance", "Islamic Resistance in Iraq", "armed_group", "", "IRQ"),
        ("islamic_state", "Islamic State", "armed_group", "ISIS", ""),
        ("iswap", "Islamic State West Africa Province", "armed_group", "ISWAP", "NGA"),
        ("iscap", "Islamic State Central Africa Province", "armed_group", "ISCAP", "COD"),
        ("iskp", "Islamic State Khorasan Province", "armed_group", "ISKP", "AFG"),
        ("abu_sayyaf", "Abu Sayyaf", "armed_group", "", "PHL"),
        ("nigeria", "Nigeria", "state", "", "NGA"),
        ("al_qaeda", "al-Qaeda", "armed_group", "al-Qaida", ""),
        ("aqis", "al-Qaeda in the Indian Subcontinent", "armed_group", "AQIS", ""),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
        ("taliban", "Taliban", "armed_group", "", "AFG"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP", "PAK"),
        ("pakistan", "Pakistan", "state", "", "PAK"),
        ("let", "Lashkar-e-Taiba", "armed_group", "LeT", "PAK"),
        ("jem", "Jaish-e-Mohammed", "armed_group", "JeM", "PAK"),
        ("hizbul", "Hizbul Mujahideen", "armed_group", "", "IND"),
        ("ujc", "United Jihad Council", "armed_group", "", "PAK"),
        ("cpp", "Communist Party of the Philippines", "armed_group", "CPP", "PHL"),
        ("npa", "New People's Army", "armed_group", "NPA", "PHL"),
        ("ndf", "National Democratic Front", "armed_group", "NDF", "PHL"),
        ("philippines", "Philippines", "state", "", "PHL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("colombia", "Colombia", "state", "", "COL"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)


def _m(*pairs: str) -> set[tuple[str, str, str, str, str]]:
    """``member_of`` rows, asserted: ``"a>b"`` is ``a member_of b``."""
    return {(p.split(">")[0], "member_of", p.split(">")[1], "asserted", "") for p in pairs}


CSTO6 = ("russia", "armenia", "belarus", "kazakhstan", "kyrgyzstan", "tajikistan")
BRICS5 = ("brazil", "russia", "india", "china", "south_africa")

CASES = [
    # --- made up of / composed of / consisting of / comprising (verbs)
    (
        "made_up_of",
        "genuine",
        "The Collective Security Treaty Organization is made up of Russia, Armenia, Belarus, "
        "Kazakhstan, Kyrgyzstan and Tajikistan.",
        _m(*(f"{s}>csto" for s in CSTO6)),
    ),
    (
        "made_up_of",
        "genuine",
        "BRICS is composed of Brazil, Russia, India, China and South Africa.",
        _m(*(f"{s}>brics" for s in BRICS5)),
    ),
    (
        "made_up_of",
        "genuine",
        "The National Democratic Front comprises the Communist Party of the Philippines and the "
        "New People's Army.",
        _m("cpp>ndf", "npa>ndf"),
    ),
    (
        "made_up_of",
        "genuine",
        "The Islamic Resistance in Iraq consists of Kataib Hezbollah, Harakat al-Nujaba and "
        "smaller groups.",
        _m("kataib_hezbollah>irq_resistance", "nujaba>irq_resistance"),
    ),
    (
        "made_up_of",
        "genuine",
        "The Alliance Fleuve Congo is made up of the M23 and several political parties.",
        _m("m23>afc"),
    ),
    (
        "made_up_of",
        "genuine",
        "The Popular Mobilization Forces are made up of dozens of militias, including Kataib "
        "Hezbollah and Harakat al-Nujaba.",
        _m("kataib_hezbollah>pmf", "nujaba>pmf"),
    ),
    (
        "made_up_of",
        "genuine",
        "The United Jihad Council is made up of Hizbul Mujahideen, Lashkar-e-Taiba and "
        "Jaish-e-Mohammed, officials said.",
        {
            ("hizbul", "member_of", "ujc", "reported", ""),
            ("let", "member_of", "ujc", "reported", ""),
            ("jem", "member_of", "ujc", "reported", ""),
        },
    ),
    (
        "made_up_of",
        "genuine",
        "The East African Community comprises Kenya, Uganda, Tanzania, Rwanda and Burundi.",
        _m("kenya>eac", "uganda>eac", "tanzania>eac", "rwanda>eac", "burundi>eac"),
    ),
    # participle after the collective: "X, made up of A and B, ..."
    (
        "made_up_of_participle",
        "genuine",
        "The National Democratic Front, made up of the Communist Party of the Philippines and "
        "the New People's Army, rejected the talks.",
        _m("cpp>ndf", "npa>ndf"),
    ),
    (
        "made_up_of_participle",
        "genuine",
        "BRICS, a bloc comprising Brazil, Russia, India, China and South Africa, met in Kazan.",
        _m(*(f"{s}>brics" for s in BRICS5)),
    ),
    (
        "made_up_of_participle",
        "genuine",
        "The East African Community, which comprises Kenya, Uganda and Tanzania, met in Arusha.",
        _m("kenya>eac", "uganda>eac", "tanzania>eac"),
    ),
    (
        "made_up_of_participle",
        "genuine",
        "The Islamic Resistance in Iraq, consisting of Kataib Hezbollah and Harakat al-Nujaba, "
        "claimed the drone strike.",
        _m("kataib_hezbollah>irq_resistance", "nujaba>irq_resistance"),
    ),
    # contributing states: troops from A, B and C in an organisation's mission or force
    (
        "troops_from",
        "genuine",
        "The SADC mission in Congo was composed of troops from South Africa, Malawi and Tanzania.",
        _m("south_africa>sadc", "malawi>sadc", "tanzania>sadc"),
    ),
    (
        "troops_from",
        "genuine",
        "The EAC regional force was made up of troops from Kenya, Uganda, Burundi and South Sudan.",
        _m("kenya>eac", "uganda>eac", "burundi>eac", "south_sudan>eac"),
    ),
    (
        "troops_from",
        "genuine",
        "The CSTO force was composed of troops from Russia, Armenia and Belarus.",
        _m("russia>csto", "armenia>csto", "belarus>csto"),
    ),
    # --- appositive: "an alliance / a coalition / a bloc of A, B and C"
    (
        "alliance_of",
        "genuine",
        "The CSTO, an alliance of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and "
        "Tajikistan, sent troops to Almaty.",
        _m(*(f"{s}>csto" for s in CSTO6)),
    ),
    (
        "alliance_of",
        "genuine",
        "The United Jihad Council, an alliance between Hizbul Mujahideen, Lashkar-e-Taiba and "
        "Jaish-e-Mohammed, was formed in 1994.",
        _m("hizbul>ujc", "let>ujc", "jem>ujc")
        | {
            (a, "allied_with", b, "asserted", "")
            for a, b in (("hizbul", "jem"), ("hizbul", "let"), ("jem", "let"))
        },
    ),
    (
        "alliance_of",
        "genuine",
        "The Alliance Fleuve Congo, an alliance between the M23 and exiled politicians, was "
        "launched in Nairobi.",
        _m("m23>afc"),
    ),
    (
        "alliance_of",
        "genuine",
        "The National Democratic Front, a coalition of the Communist Party of the Philippines "
        "and the New People's Army, held talks in Oslo.",
        _m("cpp>ndf", "npa>ndf"),
    ),
    (
        "alliance_of",
        "genuine",
        "The Islamic Resistance in Iraq, a coalition including Kataib Hezbollah and Harakat "
        "al-Nujaba, claimed the attack.",
        _m("kataib_hezbollah>irq_resistance", "nujaba>irq_resistance"),
    ),
    (
        "alliance_of",
        "genuine",
        "The Popular Mobilization Forces, an umbrella of militias that includes Kataib "
        "Hezbollah, were formed in 2014.",
        _m("kataib_hezbollah>pmf"),
    ),
    (
        "alliance_of",
        "genuine",
        "The Alliance Fleuve Congo, a coalition of armed groups including the M23, was "
        "launched in December 2023.",
        _m("m23>afc"),
    ),
    # --- whose members are / include; "includes" as the verb
    (
        "whose_members",
        "genuine",
        "NATO, whose members include Poland, Lithuania and Norway, held drills in the Baltic.",
        _m("poland>nato", "lithuania>nato", "norway>nato"),
    ),
    (
        "whose_members",
        "genuine",
        "The Southern African Development Community, whose members include South Africa, "
        "Malawi and Tanzania, deployed troops to Congo.",
        _m("south_africa>sadc", "malawi>sadc", "tanzania>sadc"),
    ),
    (
        "whose_members",
        "genuine",
        "The CSTO, whose members are Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and "
        "Tajikistan, held a summit in Minsk.",
        _m(*(f"{s}>csto" for s in CSTO6)),
    ),
    (
        "whose_members",
        "genuine",
        "The Islamic Resistance in Iraq includes Kataib Hezbollah and Harakat al-Nujaba.",
        _m("kataib_hezbollah>irq_resistance", "nujaba>irq_resistance"),
    ),
    (
        "whose_members",
        "genuine",
        "The members of the United Jihad Council are Hizbul Mujahideen, Lashkar-e-Taiba and "
        "Jaish-e-Mohammed.",
        _m("hizbul>ujc", "let>ujc", "jem>ujc"),
    ),
    # --- "A, B and C, all/both members of W"
    (
        "all_members_of",
        "genuine",
        "Lithuania, Latvia and Estonia, all members of NATO, raised their defence budgets.",
        _m("lithuania>nato", "latvia>nato", "estonia>nato"),
    ),
    (
        "all_members_of",
        "genuine",
        "Kataib Hezbollah and Harakat al-Nujaba, both members of the Islamic Resistance in "
        "Iraq, claimed the attack.",
        _m("kataib_hezbollah>irq_resistance", "nujaba>irq_resistance"),
    ),
    (
        "all_members_of",
        "genuine",
        "Brazil and India, both founding members of BRICS, opposed the expansion.",
        _m("brazil>brics", "india>brics"),
    ),
    (
        "all_members_of",
        "genuine",
        "Hizbul Mujahideen and Lashkar-e-Taiba, both members of the United Jihad Council, "
        "operate in Kashmir.",
        _m("hizbul>ujc", "let>ujc"),
    ),
    (
        "all_members_of",
        "genuine",
        "Finland and Sweden became members of NATO in 2023 and 2024.",
        _m("finland>nato", "sweden>nato"),
    ),
    (
        "all_members_of",
        "genuine",
        "Kenya, a member of the East African Community, sent troops to Goma.",
        _m("kenya>eac"),
    ),
    # --- affiliate / branch / wing with a possessor, a list of affiliates
    (
        "affiliate",
        "genuine",
        "Al-Qaeda's South Asian affiliate, al-Qaeda in the Indian Subcontinent, was founded in "
        "2014.",
        _m("aqis>al_qaeda"),
    ),
    (
        "affiliate",
        "genuine",
        "The Islamic State's Central African affiliate ISCAP claimed the massacre.",
        _m("iscap>islamic_state"),
    ),
    (
        "affiliate",
        "genuine",
        "Islamic State affiliates ISWAP, ISCAP and ISKP have grown stronger since 2019.",
        _m("iswap>islamic_state", "iscap>islamic_state", "iskp>islamic_state"),
    ),
    (
        "affiliate",
        "genuine",
        "Al-Qaeda affiliates AQIS and al-Shabaab praised the attack.",
        _m("aqis>al_qaeda", "al_shabaab>al_qaeda"),
    ),
    (
        "affiliate",
        "genuine",
        "Abu Sayyaf, the Islamic State's Philippine affiliate, bombed a cathedral in Jolo.",
        _m("abu_sayyaf>islamic_state"),
    ),
    (
        "affiliate",
        "genuine",
        "ISWAP, the Islamic State's West African branch, attacked a Nigerian army base.",
        _m("iswap>islamic_state") | {("iswap", "attacks", "nigeria", "asserted", "")},
    ),
    (
        "affiliate",
        "genuine",
        "The CPP's armed wing, the NPA, ambushed soldiers in Samar.",
        _m("npa>cpp"),
    ),
    (
        "affiliate",
        "genuine",
        "The NPA, the armed wing of the Communist Party of the Philippines, ambushed an army "
        "patrol.",
        _m("npa>cpp"),
    ),
    ("affiliate", "genuine", "The TTP is the Pakistani branch of the Taliban.", _m("ttp>taliban")),
    (
        "affiliate",
        "genuine",
        "ISKP, the Islamic State's affiliate in Afghanistan, fights the Taliban.",
        _m("iskp>islamic_state") | {("iskp", "fights", "taliban", "asserted", "")},
    ),
    (
        "affiliate",
        "genuine",
        "Al-Qaeda's affiliates, AQIS and al-Shabaab, issued statements.",
        _m("aqis>al_qaeda", "al_shabaab>al_qaeda"),
    ),
    (
        "affiliate",
        "genuine",
        "The Islamic State's affiliates ISWAP and ISCAP expanded in 2023.",
        _m("iswap>islamic_state", "iscap>islamic_state"),
    ),
    (
        "affiliate",
        "genuine",
        "The Islamic State's ISWAP killed dozens of soldiers in Borno.",
        _m("iswap>islamic_state"),
    ),
    (
        "linked",
        "genuine",
        "The ADF, linked to the Islamic State's ISCAP, attacked Beni.",
        {("adf", "linked_to", "iscap", "asserted", "")} | _m("iscap>islamic_state"),
    ),
    # ---------------------------------------------------------------- tempting
    (
        "tempt_unnamed",
        "tempt",
        "A coalition of civil society groups in Goma condemned the violence.",
        set(),
    ),
    ("tempt_unnamed", "tempt", "The crowd was made up of volunteers and students.", set()),
    (
        "tempt_unnamed",
        "tempt",
        "The delegation was composed of officials from Kinshasa and Kigali.",
        set(),
    ),
    (
        "tempt_unnamed",
        "tempt",
        "The committee, made up of Kenyan and Ugandan officials, met in Arusha.",
        set(),
    ),
    ("tempt_unnamed", "tempt", "A coalition of rebel groups including the M23 seized Goma.", set()),
    (
        "tempt_unnamed",
        "tempt",
        "The force, made up of troops from Kenya and Uganda, left Goma in December.",
        set(),
    ),
    (
        "tempt_unnamed",
        "tempt",
        "The coalition includes Kataib Hezbollah, Harakat al-Nujaba and Kataib Sayyid al-Shuhada.",
        set(),
    ),
    ("tempt_unnamed", "tempt", "The ELN is made up of several fronts and urban cells.", set()),
    ("tempt_unnamed", "tempt", "The ELN's urban wing carried out the bombing in Bogota.", set()),
    ("tempt_places", "tempt", "The region comprises North Kivu, Ituri and Tanganyika.", set()),
    (
        "tempt_places",
        "tempt",
        "The smuggling route consists of roads through Rwanda, Uganda and Burundi.",
        set(),
    ),
    (
        "tempt_places",
        "tempt",
        "The tour was made up of stops in Poland, Lithuania and Norway.",
        set(),
    ),
    ("tempt_places", "tempt", "The summit's agenda comprised trade, energy and security.", set()),
    (
        "tempt_demonym",
        "tempt",
        "The ADF, which comprises mostly Ugandan fighters, attacked Beni.",
        set(),
    ),
    ("tempt_demonym", "tempt", "The M23 is made up largely of Congolese Tutsis.", set()),
    ("tempt_demonym", "tempt", "The NPA is composed mostly of Filipino farmers.", set()),
    ("tempt_people", "tempt", "Members of parliament in Nairobi debated the deployment.", set()),
    ("tempt_people", "tempt", "Several members of parliament criticised the NATO summit.", set()),
    (
        "tempt_people",
        "tempt",
        "The team was made up of volunteers from Malawi and Tanzania.",
        set(),
    ),
    (
        "tempt_people",
        "tempt",
        "An alliance of convenience has formed among smugglers in the Sahel.",
        set(),
    ),
    (
        "tempt_no_list",
        "tempt",
        "Islamic State affiliates in Africa have grown stronger since 2019.",
        set(),
    ),
    ("tempt_no_list", "tempt", "The bloc's members met in Kazan to discuss trade.", set()),
    (
        "tempt_no_list",
        "tempt",
        "Al-Qaeda's affiliates have lost ground in Somalia and Mali.",
        set(),
    ),
    ("tempt_origin", "tempt", "Pakistan's Lashkar-e-Taiba denied the attack.", set()),
    ("tempt_origin", "tempt", "Congo's M23 rebels seized Goma in January.", set()),
]
