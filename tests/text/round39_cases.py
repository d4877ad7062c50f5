"""The sentences of the round-39 audit (issue 16; BASELINE.md, round 39): objects and
subjects renamed by an apposition, a dash or brackets. A description ("a paramilitary
outfit", "an armed group", "the rebel movement", "its ally", "a militia") renamed by a name
after a comma, a dash, "known as", "called", "namely" or in brackets, and names carrying a
bracketed acronym inside lists: the named actor is the argument (ANNOTATION.md R1 and its
round-39 additions). Written for this round in news, wire and think-tank styles, on
conflicts and actors the fresh sample does not use (the Sahel, the eastern DRC, the Lake
Chad basin, Afghanistan and Pakistan, the Philippines, Mozambique, Libya). About a third
are built to tempt a wrong row (``tempt``: "a force, the largest in the region" with no
name, "the capital, Kinshasa", "a rebel group, which ...", a bracketed year or place, a
name after the comma that starts a clause of its own or ends a list), the rest are genuine
(``genuine``). Expected rows by hand from tests/text/data/ANNOTATION.md: ``(class, kind,
text, rows)`` with rows ``(source, relation, target, modality, attributed_to)``; an empty
set means no row. Rows of the types the scorer ignores are not counted either way
(``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("mali", "Mali", "state", "", "MLI"),
        ("burkina_faso", "Burkina Faso", "state", "", "BFA"),
        ("niger", "Niger", "state", "", "NER"),
        ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM", "MLI"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("russia", "Russia", "state", "Russian Federation", "RUS"),
        ("france", "France", "state", "", "FRA"),
        ("aes", "Alliance of Sahel States", "organisation", "AES", ""),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|Congo", "COD"),
        ("rwanda", "Rwanda", "state", "", "RWA"),
        ("m23", "March 23 Movement", "armed_group", "M23", "COD"),
        ("adf", "Allied Democratic Forces", "armed_group", "ADF", "UGA"),
        ("uganda", "Uganda", "state", "", "UGA"),
        ("burundi", "Burundi", "state", "", "BDI"),
        ("islamic_state", "Islamic State", "armed_group", "ISIS", ""),
        ("al_qaeda", "al-Qaeda", "armed_group", "al-Qaida", ""),
        ("iswap", "Islamic State West Africa Province", "armed_group", "ISWAP", "NGA"),
        ("boko_haram", "Boko Haram", "armed_group", "", "NGA"),
        ("nigeria", "Nigeria", "state", "", "NGA"),
        ("chad", "Chad", "state", "", "TCD"),
        ("cameroon", "Cameroon", "state", "", "CMR"),
        ("lna", "Libyan National Army", "armed_group", "LNA", "LBY"),
        ("turkey", "Turkey", "state", "", "TUR"),
        ("gnu", "Government of National Unity", "government", "GNU", "LBY"),
        ("taliban", "Taliban", "armed_group", "", "AFG"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP", "PAK"),
        ("pakistan", "Pakistan", "state", "", "PAK"),
        ("iskp", "Islamic State Khorasan Province", "armed_group", "ISKP", "AFG"),
        ("united_states", "United States", "state", "US|U.S.", "USA"),
        ("mozambique", "Mozambique", "state", "", "MOZ"),
        ("philippines", "Philippines", "state", "the Philippines", "PHL"),
        ("npa", "New People's Army", "armed_group", "NPA", "PHL"),
        ("abu_sayyaf", "Abu Sayyaf", "armed_group", "Abu Sayyaf Group", "PHL"),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("european_union", "European Union", "organisation", "EU", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, R, D = "asserted", "reported", "denied"
NONE: set[tuple[str, str, str, str, str]] = set()


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


OBJ = "an object renamed after a comma"
SUBJ = "a subject renamed after a comma"
DASH = "renamed after a dash"
BRACKET = "a renaming name with its bracketed acronym"
KNOWN = "renamed by known as, called or namely"
LIST = "list items with bracketed acronyms"
NONAME = "a description with no name after it"
PLACE = "a place after the comma"
CLAUSE = "a relative clause or a clause of its own after the comma"
YEAR = "a bracketed year, place or note"

CASES = [
    # -- genuine ------------------------------------------------------------------------
    (
        OBJ,
        "genuine",
        "Uganda attacked an Islamist militia, the ADF, near Beni.",
        row("uganda", "attacks", "adf"),
    ),
    (
        OBJ,
        "genuine",
        "Rwanda backs a rebel movement, the M23, in North Kivu.",
        row("rwanda", "backs", "m23"),
    ),
    (
        OBJ,
        "genuine",
        "Mali hired a Russian paramilitary outfit, the Wagner Group, in 2021.",
        row("wagner", "backs", "mali"),
    ),
    (
        OBJ,
        "genuine",
        "France accused Mali of hiring a Russian paramilitary outfit, the Wagner Group.",
        row("france", "opposes", "mali") | row("wagner", "backs", "mali", R, "france"),
    ),
    (
        OBJ,
        "genuine",
        "Chad struck a jihadist group, Boko Haram, on the lake islands.",
        row("chad", "attacks", "boko_haram"),
    ),
    (
        OBJ,
        "genuine",
        "Pakistan accused the Taliban of sheltering a militant group, the TTP.",
        row("pakistan", "opposes", "taliban") | row("taliban", "backs", "ttp", R, "pakistan"),
    ),
    (
        OBJ,
        "genuine",
        "Turkey sent drones to its ally, the GNU, last year.",
        row("turkey", "arms", "gnu") | row("gnu", "allied_with", "turkey"),
    ),
    (
        OBJ,
        "genuine",
        "The Philippines condemned a communist insurgency, the NPA, after the ambush.",
        row("philippines", "opposes", "npa"),
    ),
    (
        OBJ,
        "genuine",
        "Nigeria fought a splinter faction, ISWAP, around Lake Chad.",
        row("iswap", "fights", "nigeria"),
    ),
    (
        OBJ,
        "genuine",
        (
            "The European Union sanctioned a private military company, the Wagner Group, for "
            "abuses in Mali."
        ),
        row("european_union", "sanctions", "wagner"),
    ),
    (
        OBJ,
        "genuine",
        "Kinshasa has accused Rwanda of arming a rebel force, the M23, in the east.",
        row("drc", "opposes", "rwanda") | row("rwanda", "arms", "m23", R, "drc"),
    ),
    (
        OBJ,
        "genuine",
        "The Taliban attacked their main rival, ISKP, in Nangarhar.",
        row("taliban", "attacks", "iskp") | row("iskp", "opposes", "taliban"),
    ),
    (
        SUBJ,
        "genuine",
        "A jihadist coalition, JNIM, attacked Burkina Faso's army on Sunday.",
        row("jnim", "attacks", "burkina_faso"),
    ),
    (
        SUBJ,
        "genuine",
        "An Islamist militia, the ADF, killed Ugandan soldiers near the border.",
        row("adf", "attacks", "uganda"),
    ),
    (
        SUBJ,
        "genuine",
        "Its main backer, Turkey, sent drones to the GNU.",
        row("turkey", "arms", "gnu"),
    ),
    (
        SUBJ,
        "genuine",
        "A rival faction, the Islamic State Khorasan Province, attacked the Taliban in Kabul.",
        row("iskp", "attacks", "taliban"),
    ),
    (
        SUBJ,
        "genuine",
        "The armed group, the NPA, ambushed Philippine troops.",
        row("npa", "attacks", "philippines"),
    ),
    (
        SUBJ,
        "genuine",
        "A Russian private military company, the Wagner Group, backed Mali's junta.",
        row("wagner", "backs", "mali"),
    ),
    (
        DASH,
        "genuine",
        "Uganda attacked an Islamist militia \u2014 the ADF \u2014 near Beni.",
        row("uganda", "attacks", "adf"),
    ),
    (
        DASH,
        "genuine",
        "Rwanda armed a rebel movement \u2014 the M23 \u2014 in North Kivu.",
        row("rwanda", "arms", "m23"),
    ),
    (
        DASH,
        "genuine",
        "The rebel movement \u2014 the M23 \u2014 attacked Congolese troops near Goma.",
        row("m23", "attacks", "drc"),
    ),
    (
        DASH,
        "genuine",
        "Chad attacked a jihadist group -- Boko Haram -- on the lake.",
        row("chad", "attacks", "boko_haram"),
    ),
    (
        DASH,
        "genuine",
        "France condemned a Russian outfit \u2014 the Wagner Group \u2014 over abuses in Mali.",
        row("france", "opposes", "wagner"),
    ),
    (
        DASH,
        "genuine",
        "Its closest ally \u2014 Rwanda \u2014 armed the M23, UN experts found.",
        row("rwanda", "arms", "m23", R),
    ),
    (
        DASH,
        "genuine",
        (
            "The Alliance of Sahel States \u2014 an alliance of Mali, Burkina Faso and Niger "
            "\u2014 condemned France."
        ),
        row("aes", "opposes", "france")
        | row("mali", "member_of", "aes")
        | row("burkina_faso", "member_of", "aes")
        | row("niger", "member_of", "aes"),
    ),
    (
        BRACKET,
        "genuine",
        "Rwanda armed a rebel movement, the March 23 Movement (M23).",
        row("rwanda", "arms", "m23"),
    ),
    (
        BRACKET,
        "genuine",
        "Rwanda has denied arming a rebel movement, the March 23 Movement (M23).",
        row("rwanda", "arms", "m23", D, "rwanda"),
    ),
    (
        BRACKET,
        "genuine",
        "Uganda attacked an Islamist militia, the Allied Democratic Forces (ADF), near Beni.",
        row("uganda", "attacks", "adf"),
    ),
    (
        BRACKET,
        "genuine",
        (
            "Nigeria fought a splinter faction, the Islamic State West Africa Province "
            "(ISWAP), in Borno."
        ),
        row("iswap", "fights", "nigeria"),
    ),
    (
        BRACKET,
        "genuine",
        "Turkey sent drones to its ally, the Government of National Unity (GNU).",
        row("turkey", "arms", "gnu") | row("gnu", "allied_with", "turkey"),
    ),
    (
        BRACKET,
        "genuine",
        "An al-Qaeda affiliate, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), attacked Niger.",
        row("jnim", "attacks", "niger") | row("jnim", "member_of", "al_qaeda"),
    ),
    (
        BRACKET,
        "genuine",
        "The US struck a jihadist group, the Islamic State Khorasan Province (ISKP), in Kunar.",
        row("united_states", "attacks", "iskp"),
    ),
    (
        KNOWN,
        "genuine",
        "Uganda attacked an Islamist militia known as the ADF.",
        row("uganda", "attacks", "adf"),
    ),
    (KNOWN, "genuine", "Rwanda backs a rebel group called the M23.", row("rwanda", "backs", "m23")),
    (
        KNOWN,
        "genuine",
        "Chad attacked the jihadists, namely Boko Haram, on the islands.",
        row("chad", "attacks", "boko_haram"),
    ),
    (
        KNOWN,
        "genuine",
        "Pakistan bombed a militant group known as the TTP in Khost.",
        row("pakistan", "attacks", "ttp"),
    ),
    (
        KNOWN,
        "genuine",
        (
            "The Philippines designated a communist group known as the NPA as a terrorist "
            "organisation."
        ),
        row("philippines", "designates_terrorist", "npa"),
    ),
    (
        KNOWN,
        "genuine",
        "Mali hired a paramilitary company called the Wagner Group.",
        row("wagner", "backs", "mali"),
    ),
    (
        KNOWN,
        "genuine",
        "Congo condemned the rebel alliance known as the M23.",
        row("drc", "opposes", "m23"),
    ),
    (
        LIST,
        "genuine",
        (
            "Pakistan struck the Tehrik-i-Taliban Pakistan (TTP), Boko Haram and the Islamic "
            "State Khorasan Province (ISKP)."
        ),
        row("pakistan", "attacks", "ttp")
        | row("pakistan", "attacks", "boko_haram")
        | row("pakistan", "attacks", "iskp"),
    ),
    (
        LIST,
        "genuine",
        (
            "The US sanctioned the Allied Democratic Forces (ADF), the March 23 Movement "
            "(M23), and Boko Haram."
        ),
        row("united_states", "sanctions", "adf")
        | row("united_states", "sanctions", "m23")
        | row("united_states", "sanctions", "boko_haram"),
    ),
    (
        LIST,
        "genuine",
        (
            "The Islamic State Khorasan Province (ISKP) and the Islamic State West Africa "
            "Province (ISWAP) attacked the Taliban."
        ),
        row("iskp", "attacks", "taliban") | row("iswap", "attacks", "taliban"),
    ),
    (
        LIST,
        "genuine",
        "The African Union (AU) and the European Union (EU) condemned the March 23 Movement (M23).",
        row("african_union", "opposes", "m23") | row("european_union", "opposes", "m23"),
    ),
    (
        LIST,
        "genuine",
        (
            "The Islamic State's affiliates, the Islamic State West Africa Province (ISWAP) "
            "and the Islamic State Khorasan Province (ISKP), were designated by the United "
            "States."
        ),
        row("united_states", "designates_terrorist", "iswap")
        | row("united_states", "designates_terrorist", "iskp")
        | row("iswap", "member_of", "islamic_state")
        | row("iskp", "member_of", "islamic_state"),
    ),
    (
        LIST,
        "genuine",
        "Niger, Mali (the junta) and Burkina Faso condemned France.",
        row("niger", "opposes", "france")
        | row("mali", "opposes", "france")
        | row("burkina_faso", "opposes", "france"),
    ),
    # -- tempting -----------------------------------------------------------------------
    (NONAME, "tempt", "Uganda attacked a militia, the largest in the region, near Beni.", NONE),
    (NONAME, "tempt", "Rwanda backs a rebel movement, one of dozens in the east.", NONE),
    (
        NONAME,
        "tempt",
        "Chad attacked an armed group, a splinter of the old rebellion, on the lake.",
        NONE,
    ),
    (NONAME, "tempt", "A militia, the oldest in Ituri, attacked Ugandan troops.", NONE),
    (
        NONAME,
        "tempt",
        "Mali hired a paramilitary outfit \u2014 its first foreign force \u2014 in 2021.",
        NONE,
    ),
    (NONAME, "tempt", "Pakistan struck a militant group, its most dangerous foe, in Khost.", NONE),
    (NONAME, "tempt", "Nigeria fought an armed group \u2014 a ruthless one \u2014 in Borno.", NONE),
    (PLACE, "tempt", "Rwanda denied backing the rebels in the capital, Kinshasa.", NONE),
    (PLACE, "tempt", "The militia attacked a town near the capital, Bamako.", NONE),
    (PLACE, "tempt", "Uganda deployed troops to a border region, Ituri, last year.", NONE),
    (PLACE, "tempt", "A rebel group attacked its neighbour's capital, Kigali.", NONE),
    (PLACE, "tempt", "Nigeria attacked militants in a northern state, Borno.", NONE),
    (CLAUSE, "tempt", "Uganda attacked a rebel group, which operates in Ituri.", NONE),
    (CLAUSE, "tempt", "Uganda attacked a militia near Beni, Congo said.", NONE),
    (CLAUSE, "tempt", "Rwanda backs a rebel movement, Congo has long said.", NONE),
    (CLAUSE, "tempt", "Chad attacked an armed group, Nigeria and Cameroon said.", NONE),
    (CLAUSE, "tempt", "The militia attacked a convoy, the army said, killing five.", NONE),
    (CLAUSE, "tempt", "Mali hired a paramilitary outfit, France alleged.", NONE),
    (
        CLAUSE,
        "tempt",
        "Rwanda backs an armed group, and Uganda backs the ADF.",
        row("uganda", "backs", "adf"),
    ),
    (CLAUSE, "tempt", "Pakistan struck a militant group, the Taliban claimed.", NONE),
    (
        YEAR,
        "tempt",
        "Chad attacked Boko Haram (2019) near the lake.",
        row("chad", "attacks", "boko_haram"),
    ),
    (
        YEAR,
        "tempt",
        "Rwanda backs the M23 (North Kivu) in its offensive.",
        row("rwanda", "backs", "m23"),
    ),
    (YEAR, "tempt", "Uganda attacked a militia (2021) near Beni.", NONE),
    (YEAR, "tempt", "Uganda attacked an Islamist militia (Ituri) near Beni.", NONE),
    (YEAR, "tempt", "Mali hired a paramilitary outfit (see below) in 2021.", NONE),
    (YEAR, "tempt", "Pakistan struck a militant group (one of many) in Khost.", NONE),
    (
        YEAR,
        "tempt",
        "Uganda attacked the ADF (Ituri province) near Beni.",
        row("uganda", "attacks", "adf"),
    ),
]
