"""The texts of the round-63 audit (issue 16; BASELINE.md, round 63): a numbered group
description -- "the three countries", "the three juntas", "all four governments", "the
trio", "the pair", "each of the three states" -- that stands for the actors of a list
named before it, one of round 59's causes in the second fresh sample ("group
descriptions"). Sub-classes (``class``): the description as a subject (``subject``), as a
direct object (``object``), in a prepositional phrase (``prep``), the list in the
description's own sentence (``own_sentence``), head words of several sorts (``heads``:
juntas, governments, regimes, capitals, powers, neighbours, allies, factions, rebel
groups, militias, members, the pair, the trio), a distributive "each" (``each``), a
list of another count named nearer (``nearer_list``), members named one by one
(``one_by_one``) and a number with no head noun (``headless``). Over a quarter are built
to tempt a wrong row (``tempt``): a number that does not match the list, a list of mixed
kinds, no list before, an indefinite count noun ("three countries have ..."), a number
of people ("three soldiers"), a list outside the window, more candidates than the
number: they must give no row for the description. Written for this round in wire and
news styles, none from the fresh samples; expected rows by hand from
tests/text/data/ANNOTATION.md (R1, R2, R3, R4), written before the extractor ran on them:
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. Symmetric types (fights, consults) are
written once, source id < target id (R3). After the first run, six texts' rows were
corrected to what the rules give, none of them a row of the group choice: "A signed a
deal with B" gives A->B only (R3), where they had been written both ways."""

import pandas as pd
from extraction_fixtures import expected_row

ACTORS = pd.DataFrame(
    [
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("burkina_faso", "Burkina Faso", "state", "Ouagadougou", "BFA"),
        ("niger", "Niger", "state", "Niamey", "NER"),
        ("ecowas", "ECOWAS", "organisation", "Economic Community of West African States", ""),
        ("france", "France", "state", "Paris", "FRA"),
        ("russia", "Russia", "state", "Moscow|Kremlin", "RUS"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("united_kingdom", "United Kingdom", "state", "Britain|UK|London", "GBR"),
        ("germany", "Germany", "state", "Berlin", "DEU"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("israel", "Israel", "state", "", "ISR"),
        ("syria", "Syria", "state", "Damascus", "SYR"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("uae", "United Arab Emirates", "state", "UAE|Abu Dhabi", "ARE"),
        ("bahrain", "Bahrain", "state", "Manama", "BHR"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("estonia", "Estonia", "state", "Tallinn", "EST"),
        ("latvia", "Latvia", "state", "Riga", "LVA"),
        ("lithuania", "Lithuania", "state", "Vilnius", "LTU"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
        ("poland", "Poland", "state", "Warsaw", "POL"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("uganda", "Uganda", "state", "Kampala", "UGA"),
        ("burundi", "Burundi", "state", "Gitega", "BDI"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("djibouti", "Djibouti", "state", "", "DJI"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("myanmar", "Myanmar", "state", "Naypyidaw", "MMR"),
        ("tatmadaw", "Tatmadaw", "armed_group", "Myanmar military", "MMR"),
        ("arakan_army", "Arakan Army", "armed_group", "AA", "MMR"),
        ("tnla", "Ta'ang National Liberation Army", "armed_group", "TNLA", "MMR"),
        ("mndaa", "Myanmar National Democratic Alliance Army", "armed_group", "MNDAA", "MMR"),
        ("jnim", "JNIM", "armed_group", "Jama'at Nasr al-Islam wal Muslimin", "MLI"),
        ("isgs", "Islamic State Sahel", "armed_group", "ISGS|IS Sahel", "MLI"),
        ("ansarul_islam", "Ansarul Islam", "armed_group", "Ansaroul Islam", "BFA"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("islamic_jihad", "Palestinian Islamic Jihad", "armed_group", "Islamic Jihad|PIJ", "PSE"),
        ("pflp", "PFLP", "armed_group", "Popular Front for the Liberation of Palestine", "PSE"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("kataib_hezbollah", "Kataib Hezbollah", "armed_group", "", "IRQ"),
        ("al_shabaab", "al-Shabaab", "armed_group", "Al Shabaab", "SOM"),
        ("eln", "ELN", "armed_group", "National Liberation Army", "COL"),
        ("emc", "EMC", "armed_group", "Estado Mayor Central", "COL"),
        ("nato", "NATO", "organisation", "", ""),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("united_nations", "United Nations", "organisation", "UN|U.N.", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

_row = expected_row

SAHEL = ("mali", "burkina_faso", "niger")
BALTIC = ("estonia", "latvia", "lithuania")
BROTHERHOOD = ("arakan_army", "mndaa", "tnla")


def _each(sources, relation: str, target: str, modality: str = "asserted") -> set:
    """Every one of ``sources`` with one row to ``target``."""
    return {_row(s, target, relation, modality) for s in sources}


def _to_each(source: str, relation: str, targets, modality: str = "asserted") -> set:
    """One row from ``source`` to every one of ``targets``."""
    return {_row(source, t, relation, modality) for t in targets}


def _signs(a: str, others) -> set:
    """``a`` signed a deal with each of ``others``: ``agrees_with`` from ``a`` only (R3: "A
    signed a deal with B" gives A->B only)."""
    return _to_each(a, "agrees_with", others)


def _sym(relation: str, a: str, others) -> set:
    """A symmetric relation of ``a`` with each of ``others``, once, source id < target id
    (R3)."""
    return {_row(*sorted((a, b)), relation) for b in others}


_GENUINE = [
    # the description as a subject
    (
        "subject",
        "Mali, Burkina Faso and Niger expelled French troops in 2023. "
        "The three countries condemned ECOWAS on Sunday.",
        _each(SAHEL, "reduces_relations", "france") | _each(SAHEL, "opposes", "ecowas"),
    ),
    (
        "subject",
        "Russia armed Mali, Burkina Faso and Niger after the coups. "
        "The three juntas later condemned France.",
        _to_each("russia", "arms", SAHEL) | _each(SAHEL, "opposes", "france"),
    ),
    (
        "subject",
        "The Arakan Army, the TNLA and the MNDAA attacked the Tatmadaw in October. "
        "The three groups signed a ceasefire with the Tatmadaw in January.",
        _each(BROTHERHOOD, "attacks", "tatmadaw") | _each(BROTHERHOOD, "agrees_with", "tatmadaw"),
    ),
    (
        "subject",
        "Hezbollah, the Houthis and Kataib Hezbollah fired rockets at Israel. "
        "The three militias are backed by Iran.",
        _each(("hezbollah", "houthis", "kataib_hezbollah"), "attacks", "israel")
        | _to_each("iran", "backs", ("hezbollah", "houthis", "kataib_hezbollah")),
    ),
    (
        "subject",
        "The United States, Britain and France struck Syria in April 2018. "
        "The three powers condemned Russia a week later.",
        _each(("united_states", "united_kingdom", "france"), "attacks", "syria")
        | _each(("united_states", "united_kingdom", "france"), "opposes", "russia"),
    ),
    (
        "subject",
        "Estonia, Latvia and Lithuania expelled Russian diplomats on Friday. "
        "All three states also criticised Belarus.",
        _each(BALTIC, "reduces_relations", "russia") | _each(BALTIC, "opposes", "belarus"),
    ),
    (
        "subject",
        "Egypt, Saudi Arabia and the UAE cut ties with Qatar in June 2017. "
        "The three governments accused Qatar of funding extremists.",
        _each(("egypt", "saudi_arabia", "uae"), "reduces_relations", "qatar")
        | _each(("egypt", "saudi_arabia", "uae"), "opposes", "qatar"),
    ),
    (
        "subject",
        "Estonia, Latvia and Lithuania condemned Belarus over the border crisis. "
        "These three countries later praised Ukraine.",
        _each(BALTIC, "opposes", "belarus") | _each(BALTIC, "favours", "ukraine"),
    ),
    # the description as a direct object
    (
        "object",
        "Mali, Burkina Faso and Niger expelled French troops in 2023. "
        "Russia later armed the three countries.",
        _each(SAHEL, "reduces_relations", "france") | _to_each("russia", "arms", SAHEL),
    ),
    (
        "object",
        "JNIM, Islamic State Sahel and Ansarul Islam attacked Burkina Faso in 2022. "
        "France condemned the three groups.",
        _each(("jnim", "isgs", "ansarul_islam"), "attacks", "burkina_faso")
        | _to_each("france", "opposes", ("jnim", "isgs", "ansarul_islam")),
    ),
    (
        "object",
        "Israel struck Hamas, Hezbollah and the Houthis in 2024. Iran armed all three groups.",
        _to_each("israel", "attacks", ("hamas", "hezbollah", "houthis"))
        | _to_each("iran", "arms", ("hamas", "hezbollah", "houthis")),
    ),
    (
        "object",
        "The United States, Britain and Germany backed Ukraine. "
        "Russia threatened the three countries on Thursday.",
        _each(("united_states", "united_kingdom", "germany"), "backs", "ukraine")
        | _to_each("russia", "threatens", ("united_states", "united_kingdom", "germany")),
    ),
    (
        "object",
        "The Arakan Army, the TNLA and the MNDAA attacked the Tatmadaw in October. "
        "China pressured the three groups in December.",
        _each(BROTHERHOOD, "attacks", "tatmadaw") | _to_each("china", "demands", BROTHERHOOD),
    ),
    (
        "object",
        "Mali, Burkina Faso and Niger condemned France in August. "
        "ECOWAS criticised the three juntas.",
        _each(SAHEL, "opposes", "france") | _to_each("ecowas", "opposes", SAHEL),
    ),
    # the description in a prepositional phrase
    (
        "prep",
        "Estonia, Latvia and Lithuania condemned Russia. "
        "The United States held talks with the three governments.",
        _each(BALTIC, "opposes", "russia") | _sym("consults", "united_states", BALTIC),
    ),
    (
        "prep",
        "Mali, Burkina Faso and Niger expelled French troops. "
        "ECOWAS imposed sanctions on the three juntas.",
        _each(SAHEL, "reduces_relations", "france") | _to_each("ecowas", "sanctions", SAHEL),
    ),
    (
        "prep",
        "Hezbollah, the Houthis and Hamas attacked Israel. "
        "Israel launched airstrikes on the three groups.",
        _each(("hezbollah", "houthis", "hamas"), "attacks", "israel")
        | _to_each("israel", "attacks", ("hezbollah", "houthis", "hamas")),
    ),
    (
        "prep",
        "Kenya, Uganda and Burundi fought al-Shabaab in 2022. "
        "The African Union signed an agreement with all three governments.",
        _sym("fights", "al_shabaab", ("kenya", "uganda", "burundi"))
        | _signs("african_union", ("kenya", "uganda", "burundi")),
    ),
    (
        "prep",
        "Mali, Burkina Faso and Niger condemned France. "
        "Russia signed military deals with the three countries.",
        _each(SAHEL, "opposes", "france") | _signs("russia", SAHEL),
    ),
    # the list in the description's own sentence
    (
        "own_sentence",
        "After Mali, Burkina Faso and Niger expelled French troops, "
        "Russia armed the three countries.",
        _each(SAHEL, "reduces_relations", "france") | _to_each("russia", "arms", SAHEL),
    ),
    (
        "own_sentence",
        "Hamas, Hezbollah and the Houthis attacked Israel, and Iran armed the three militias.",
        _each(("hamas", "hezbollah", "houthis"), "attacks", "israel")
        | _to_each("iran", "arms", ("hamas", "hezbollah", "houthis")),
    ),
    (
        "own_sentence",
        "Estonia, Latvia and Lithuania expelled Russian diplomats, "
        "and the three states condemned Belarus.",
        _each(BALTIC, "reduces_relations", "russia") | _each(BALTIC, "opposes", "belarus"),
    ),
    # head words of several sorts
    (
        "heads",
        "Bamako, Ouagadougou and Niamey expelled French troops. "
        "The three capitals accused France of interference.",
        _each(SAHEL, "reduces_relations", "france") | _each(SAHEL, "opposes", "france"),
    ),
    (
        "heads",
        "Mali and Niger expelled French troops. Russia armed the pair.",
        _each(("mali", "niger"), "reduces_relations", "france")
        | _to_each("russia", "arms", ("mali", "niger")),
    ),
    (
        "heads",
        "Mali, Burkina Faso and Niger expelled French troops. Russia armed the trio.",
        _each(SAHEL, "reduces_relations", "france") | _to_each("russia", "arms", SAHEL),
    ),
    (
        "heads",
        "Egypt, Saudi Arabia, Bahrain and the UAE cut ties with Qatar in 2017. "
        "Qatar signed a deal with all four countries in 2021.",
        _each(("egypt", "saudi_arabia", "bahrain", "uae"), "reduces_relations", "qatar")
        | _signs("qatar", ("egypt", "saudi_arabia", "bahrain", "uae")),
    ),
    (
        "heads",
        "Russia armed Syria, Iran and Venezuela. The United States sanctioned the three regimes.",
        _to_each("russia", "arms", ("syria", "iran", "venezuela"))
        | _to_each("united_states", "sanctions", ("syria", "iran", "venezuela")),
    ),
    (
        "heads",
        "Russia, China and Iran criticised NATO. "
        "The three allies later condemned the United States.",
        _each(("russia", "china", "iran"), "opposes", "nato")
        | _each(("russia", "china", "iran"), "opposes", "united_states"),
    ),
    (
        "heads",
        "Kenya, Ethiopia and Djibouti condemned al-Shabaab. Somalia praised the three neighbours.",
        _each(("kenya", "ethiopia", "djibouti"), "opposes", "al_shabaab")
        | _to_each("somalia", "favours", ("kenya", "ethiopia", "djibouti")),
    ),
    (
        "heads",
        "Israel attacked Hamas, Islamic Jihad and the PFLP in Gaza. "
        "Egypt later hosted talks with the three factions.",
        _to_each("israel", "attacks", ("hamas", "islamic_jihad", "pflp"))
        | _sym("consults", "egypt", ("hamas", "islamic_jihad", "pflp")),
    ),
    (
        "heads",
        "Colombia fought the ELN and the EMC for years. "
        "In 2023 Colombia signed truces with the two rebel groups.",
        _sym("fights", "colombia", ("eln", "emc")) | _signs("colombia", ("eln", "emc")),
    ),
    (
        "heads",
        "Mali and Niger expelled French troops. Russia sent weapons to both governments.",
        _each(("mali", "niger"), "reduces_relations", "france")
        | _to_each("russia", "arms", ("mali", "niger")),
    ),
    (
        "heads",
        "Estonia, Latvia, Lithuania and Poland condemned Belarus. "
        "Russia threatened all four members.",
        _each(("estonia", "latvia", "lithuania", "poland"), "opposes", "belarus")
        | _to_each("russia", "threatens", ("estonia", "latvia", "lithuania", "poland")),
    ),
    (
        "heads",
        "The UAE, Bahrain and Egypt backed Israel in the vote. "
        "Iran condemned the three Arab states.",
        _each(("uae", "bahrain", "egypt"), "backs", "israel")
        | _to_each("iran", "opposes", ("uae", "bahrain", "egypt")),
    ),
    # a distributive "each"
    (
        "each",
        "Kenya, Uganda and Burundi fought al-Shabaab in 2022. "
        "The three neighbours each signed a pact with Somalia.",
        _sym("fights", "al_shabaab", ("kenya", "uganda", "burundi"))
        | _each(("kenya", "uganda", "burundi"), "agrees_with", "somalia"),
    ),
    (
        "each",
        "Mali, Burkina Faso and Niger expelled French troops. "
        "Each of the three countries condemned ECOWAS.",
        _each(SAHEL, "reduces_relations", "france") | _each(SAHEL, "opposes", "ecowas"),
    ),
    # a list of another count named nearer
    (
        "nearer_list",
        "Mali, Burkina Faso and Niger expelled French troops. "
        "France and Germany criticised Russia. Russia armed the three countries.",
        _each(SAHEL, "reduces_relations", "france")
        | _each(("france", "germany"), "opposes", "russia")
        | _to_each("russia", "arms", SAHEL),
    ),
    # members named one by one
    (
        "one_by_one",
        "Mali left the bloc in January. Burkina Faso and Niger condemned ECOWAS the same day. "
        "Russia armed the three countries.",
        _each(("burkina_faso", "niger"), "opposes", "ecowas") | _to_each("russia", "arms", SAHEL),
    ),
    # a number with no head noun
    (
        "headless",
        "Mali, Burkina Faso and Niger expelled French troops. Russia later armed the three.",
        _each(SAHEL, "reduces_relations", "france") | _to_each("russia", "arms", SAHEL),
    ),
]

_TEMPTING = [
    # a number that does not match the list
    (
        "mismatch",
        "Mali, Burkina Faso and Niger expelled French troops. Russia armed the two countries.",
        _each(SAHEL, "reduces_relations", "france"),
    ),
    (
        "mismatch",
        "Mali, Burkina Faso and Niger expelled French troops. Russia armed all four countries.",
        _each(SAHEL, "reduces_relations", "france"),
    ),
    (
        "mismatch",
        "Mali and Niger expelled French troops. Russia armed the three countries.",
        _each(("mali", "niger"), "reduces_relations", "france"),
    ),
    (
        "mismatch",
        "Estonia, Latvia, Lithuania and Poland condemned Belarus. "
        "Russia threatened the three states.",
        _each(("estonia", "latvia", "lithuania", "poland"), "opposes", "belarus"),
    ),
    # a list of mixed kinds
    (
        "mixed",
        "Mali, Burkina Faso and JNIM condemned France. Russia armed the three countries.",
        _each(("mali", "burkina_faso", "jnim"), "opposes", "france"),
    ),
    (
        "mixed",
        "Hamas, Hezbollah and Iran attacked Israel. Russia condemned the three groups.",
        _each(("hamas", "hezbollah", "iran"), "attacks", "israel"),
    ),
    (
        "mixed",
        "The Arakan Army, the TNLA and Myanmar condemned the United States. "
        "China pressured the three groups.",
        _each(("arakan_army", "tnla", "myanmar"), "opposes", "united_states"),
    ),
    # no list before
    (
        "no_list",
        "Russia armed the three countries, officials said.",
        set(),
    ),
    (
        "no_list",
        "Mali condemned France on Monday. Russia armed the three countries.",
        {_row("mali", "france", "opposes")},
    ),
    (
        "no_list",
        "Iran armed the three militias, the report said. Israel struck Hezbollah in 2024.",
        {_row("israel", "hezbollah", "attacks")},
    ),
    # an indefinite count noun is no description
    (
        "indefinite",
        "Mali, Burkina Faso and Niger expelled French troops. "
        "Three countries have since condemned Russia.",
        _each(SAHEL, "reduces_relations", "france"),
    ),
    (
        "indefinite",
        "Hamas, Hezbollah and the Houthis attacked Israel. Iran armed two groups in Syria.",
        _each(("hamas", "hezbollah", "houthis"), "attacks", "israel"),
    ),
    # a number of people
    (
        "people",
        "Mali, Burkina Faso and Niger condemned France. JNIM killed the three soldiers near Mopti.",
        _each(SAHEL, "opposes", "france"),
    ),
    (
        "people",
        "Estonia, Latvia and Lithuania condemned Russia. "
        "Russia arrested the three diplomats on Monday.",
        _each(BALTIC, "opposes", "russia"),
    ),
    # the list outside the window
    (
        "far",
        "Mali, Burkina Faso and Niger expelled French troops in 2023. "
        "The harvest failed. Prices rose. Schools closed. Rains came late. "
        "Roads flooded. Markets emptied. Fuel ran short. "
        "Russia armed the three countries.",
        _each(SAHEL, "reduces_relations", "france"),
    ),
    # more candidates than the number, none listed
    (
        "too_many",
        "Mali condemned France. Niger criticised Germany. Russia armed the three countries.",
        {_row("mali", "france", "opposes"), _row("niger", "germany", "opposes")},
    ),
    # the description's own predicate names one of the list
    (
        "own_predicate",
        "Mali, Burkina Faso and Russia condemned France. Russia armed the three countries.",
        _each(("mali", "burkina_faso", "russia"), "opposes", "france"),
    ),
    # "the three" of people, with no actor meant
    (
        "headless",
        "JNIM kidnapped three foreign workers near Gao. The three were freed in March.",
        set(),
    ),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
